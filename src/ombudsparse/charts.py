"""Charts for the HTML report, drawn by matplotlib and rendered to inline SVG.

matplotlib (the ``report`` extra) is imported on the first chart, not with
this module; its object-oriented API is used directly (no pyplot, no global
figure state).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from ombudsparse._extras import require

__all__ = ["stacked_bars"]


def _label(text: str, width: int = 40) -> str:
    # matplotlib reads $...$ as mathematics: a dollar in a name must stay a dollar.
    text = text if len(text) <= width else text[: width - 1] + "…"
    return text.replace("$", r"\$")


def _svg(figure: Any) -> str:
    """Render a matplotlib figure to SVG markup fit to stand inside HTML."""
    matplotlib = require("matplotlib", "report", "drawing the report's charts")
    buffer = io.StringIO()
    # Text stays text (small, searchable); a fixed salt keeps ids stable between runs.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "ombudsparse"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    return svg[svg.index("<svg") :]


def _figure(width: float, height: float) -> tuple[Any, Any]:
    figure_module = require("matplotlib.figure", "report", "drawing the report's charts")
    figure = figure_module.Figure(figsize=(width, height), layout="constrained")
    return figure, figure.add_subplot()


def stacked_bars(
    title: str,
    groups: Sequence[str],
    series: Mapping[str, Sequence[int]],
    *,
    horizontal: bool = False,
    legend: bool = True,
) -> str:
    """Draw bars, one stack per group and one colour per series, as inline SVG markup.

    Args:
        title: The chart's title.
        groups: The bars' labels, in order.
        series: For each series (a legend entry), one value per group.
        horizontal: Bars along the x axis, labels down the side.
        legend: Whether to show the legend.

    Raises:
        InvalidArgumentError: matplotlib (the ``report`` extra) is not installed.
    """
    height = max(2.5, 0.25 * len(groups) + 1.2) if horizontal else 4.0
    figure, ax = _figure(6.4 if horizontal else 12.8, height)
    positions = range(len(groups))
    base = [0] * len(groups)
    for name, values in series.items():
        if horizontal:
            ax.barh(positions, values, left=base, label=name)
        else:
            ax.bar(positions, values, bottom=base, label=name)
        base = [b + v for b, v in zip(base, values, strict=True)]
    labels = [_label(g) for g in groups]
    if horizontal:
        ax.set_yticks(list(positions), labels)
        ax.invert_yaxis()
    else:
        # Past two years of months, every label would overlap: label every few bars.
        step = max(1, len(groups) // 24)
        shown = [
            label if i % step == 0 or not label[:1].isdigit() else ""
            for i, label in enumerate(labels)
        ]
        ax.set_xticks(list(positions), shown, rotation=90 if len(groups) > 12 else 0)
    if not groups:
        ax.text(0.5, 0.5, "nothing to show", ha="center", transform=ax.transAxes)
    elif legend:
        ax.legend()
    ax.set_title(_label(title, 80))
    return _svg(figure)
