"""Drift reports: how each source's layouts fared on a set of pages.

On the day a site changes its markup, a report over the newly crawled pages
shows which layout stopped giving which field, and from which layer the
fields now come, before months of records are silently incomplete.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

import attrs

from ombudsparse._arguments import check_items, check_type
from ombudsparse.errors import InvalidArgumentError, WarningCode
from ombudsparse.model import Article, FieldName, field_range
from ombudsparse.sources import PARSERS

__all__ = ["DriftReport", "FieldStats", "GroupReport", "drift_report", "promised_fields"]

#: The fields a drift report counts, in record order.
REPORTED_FIELDS: tuple[FieldName, ...] = (*field_range("title", "attribution"), "language")


def promised_fields(layout: str | None) -> frozenset[FieldName]:
    """Return the fields a layout (by name) promises on every page; empty if unknown.

    Example:
        >>> sorted(promised_fields("trend-v1"))
        ['body', 'published', 'title']
    """
    for parser in PARSERS.values():
        for known in parser.layouts:
            if known.name == layout:
                return known.promises
    return frozenset()


@attrs.frozen(kw_only=True)
class FieldStats:
    """How often one field was found in a group, and in which layers.

    Example:
        >>> import ombudsparse
        >>> article = ombudsparse.parse("BAKU, Azerbaijan, May 12. The Ombudsperson met guests.")
        >>> stats = drift_report([article]).groups[0].fields["published"]
        >>> stats.found, dict(stats.layers), stats.promised
        (1, {'text': 1}, False)
    """

    #: Pages of the group that gave the field.
    found: int
    #: Of those, how many per layer (``json-ld``, ``meta``, ``markup``, ...).
    layers: Mapping[str, int]
    #: Whether the group's layout promises the field.
    promised: bool


@attrs.frozen(kw_only=True)
class GroupReport:
    """The pages of one source and layout.

    Example:
        >>> import ombudsparse
        >>> article = ombudsparse.parse("BAKU, Azerbaijan, May 12. The Ombudsperson met guests.")
        >>> group = drift_report([article]).groups[0]
        >>> group.source, group.layout, group.pages, dict(group.warnings)
        ('trend', None, 1, {'year-unknown': 1})
    """

    source: str | None
    layout: str | None
    pages: int
    fields: Mapping[FieldName, FieldStats]
    warnings: Mapping[str, int]

    @property
    def missing_promised(self) -> dict[FieldName, int]:
        """For each promised field, how many pages lacked it (only fields that some did)."""
        return {
            name: self.pages - stats.found
            for name, stats in self.fields.items()
            if stats.promised and stats.found < self.pages
        }

    @property
    def unrecognised(self) -> int:
        """How many pages of a known source matched none of its layouts."""
        return self.warnings.get(WarningCode.LAYOUT_UNRECOGNISED.value, 0)


@attrs.frozen(kw_only=True)
class DriftReport:
    """A drift report: one group per source and layout, plus the inputs that failed.

    Example:
        >>> import ombudsparse
        >>> article = ombudsparse.parse("BAKU, Azerbaijan, May 12. The Ombudsperson met guests.")
        >>> report = drift_report([article], failures=2)
        >>> len(report.groups), report.failures, report.drifted
        (1, 2, False)
    """

    groups: tuple[GroupReport, ...]
    failures: int = 0

    @property
    def drifted(self) -> bool:
        """Whether any page lacked a promised field or matched no layout of its source."""
        return any(group.missing_promised or group.unrecognised for group in self.groups)


def _has(article: Article, name: str) -> bool:
    value = getattr(article, name)
    return value not in (None, (), "")


def drift_report(articles: Iterable[Article], *, failures: int = 0) -> DriftReport:
    """Summarise records per source and layout: fields found, their layers, warnings.

    Example:
        >>> import ombudsparse
        >>> page = ("<html><body><div class='article-content article-paddings'>"
        ...         "<p>BAKU, Azerbaijan, July 7. The Ombudsperson met guests.</p></div>"
        ...         "</body></html>")
        >>> article = ombudsparse.parse(page, url="https://en.trend.az/a/b/1.html")
        >>> report = drift_report([article])
        >>> group = report.groups[0]
        >>> (group.source, group.layout, group.pages), group.missing_promised
        (('trend', 'trend-v1', 1), {'title': 1})
        >>> report.drifted
        True
    """
    pages: Counter[tuple[str | None, str | None]] = Counter()
    found: dict[tuple[str | None, str | None], Counter[str]] = {}
    layers: dict[tuple[str | None, str | None], dict[str, Counter[str]]] = {}
    warnings: dict[tuple[str | None, str | None], Counter[str]] = {}
    check_type(failures, int, name="failures", function="drift_report()")
    if failures < 0:
        raise InvalidArgumentError(f"failures must be >= 0, not {failures}", field="failures")
    for article in check_items(articles, Article, name="articles", function="drift_report()"):
        key = (article.source.value if article.source else None, article.layout)
        pages[key] += 1
        group_found = found.setdefault(key, Counter())
        group_layers = layers.setdefault(key, {})
        for name in REPORTED_FIELDS:
            if _has(article, name):
                group_found[name] += 1
                layer = article.provenance.get(name)
                if layer is not None:
                    group_layers.setdefault(name, Counter())[layer.value] += 1
        warnings.setdefault(key, Counter()).update(w.code.value for w in article.warnings)
    groups = []
    for key in sorted(pages, key=lambda k: (k[0] or "~", k[1] or "~")):
        promised = promised_fields(key[1])
        fields = {
            name: FieldStats(
                found=found[key][name],
                layers=dict(layers[key].get(name, Counter()).most_common()),
                promised=name in promised,
            )
            for name in REPORTED_FIELDS
        }
        groups.append(
            GroupReport(
                source=key[0],
                layout=key[1],
                pages=pages[key],
                fields=fields,
                warnings=dict(warnings[key].most_common()),
            )
        )
    return DriftReport(groups=tuple(groups), failures=failures)


def format_report(report: DriftReport) -> str:
    """Render a drift report as a plain-text table.

    Example:
        >>> print(format_report(DriftReport(groups=())).strip())
        no pages
    """
    lines = [] if report.groups else ["no pages"]
    for group in report.groups:
        source, layout = group.source or "(no source)", group.layout or "(no layout)"
        lines.append(f"{source} / {layout}: {group.pages} pages")
        for name, stats in group.fields.items():
            layers = ", ".join(f"{layer} {count}" for layer, count in stats.layers.items())
            flag = ""
            if stats.promised and stats.found < group.pages:
                flag = f"  MISSING in {group.pages - stats.found} (promised)"
            lines.append(f"  {name:<12} {stats.found:>6}/{group.pages:<6} {layers}{flag}".rstrip())
        if group.warnings:
            listed = ", ".join(f"{code} {count}" for code, count in group.warnings.items())
            lines.append(f"  warnings: {listed}")
    if report.failures:
        lines.append(f"failed inputs: {report.failures}")
    return "\n".join(lines) + "\n"
