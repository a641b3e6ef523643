"""Cost grows with the work, not faster: per-item cost at 16x the input stays within 2x of 1x.

The inputs are ``bench/bench_scaling.py``'s, at small sizes. Each cost is the
least of several runs per item, and a step only fails when it is super-linear
in every one of three independent measurements: a quadratic step costs 8-30x
more per item at 16x, while a linear one stays near 1x, so the 2x bound
leaves a wide margin either way and machine noise does not decide the outcome
(a step far beyond the bound fails at once).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import ombudsparse
from ombudsparse.meetings.cluster import cluster_reports
from ombudsparse.parsing import _join_hard_breaks

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from scaling_workloads import (
    OFFICIAL_URL,
    listing_page,
    long_text,
    meeting_reports,
    menafn_text,
    sized_pages,
)

MAX_RATIO = 2.0
REFERENCE = dt.date(2024, 12, 31)


def _per_item(work: Callable[[Any], object], data: Any, items: int, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work(data)
        best = min(best, time.perf_counter() - start)
    return best / items


def assert_linear(
    make: Callable[[int], Any], work: Callable[[Any], object], base: int, *, runs: int = 5
) -> None:
    small, large = make(base), make(16 * base)
    ratios = []
    for _ in range(3):
        ratio = _per_item(work, large, 16 * base, runs) / _per_item(work, small, base, runs)
        if ratio <= MAX_RATIO:
            return
        ratios.append(ratio)
        if ratio > 4 * MAX_RATIO:  # far beyond what noise does: no need to measure again
            break
    pytest.fail(f"per-item cost at 16x is {min(ratios):.1f}x the cost at 1x (bound {MAX_RATIO}x)")


def _parse_pages(pages: list[tuple[str, bytes]]) -> None:
    for url, data in pages:
        ombudsparse.parse(data, url=url)


def test_page_cost_is_linear_in_page_size() -> None:
    assert_linear(sized_pages, _parse_pages, 1, runs=3)


def test_official_content_search_is_linear_in_view_count_lines() -> None:
    assert_linear(listing_page, lambda data: ombudsparse.parse(data, url=OFFICIAL_URL), 4, runs=3)


def test_hard_break_joining_is_linear_in_continuation_lines() -> None:
    assert_linear(lambda n: menafn_text(n).split("\n"), _join_hard_breaks, 250)


def test_menafn_copy_parsing_is_linear_in_continuation_lines() -> None:
    assert_linear(menafn_text, ombudsparse.parse, 250, runs=3)


def test_text_parsing_is_linear_in_paragraphs() -> None:
    assert_linear(
        long_text, lambda text: ombudsparse.parse(text, reference_date=REFERENCE), 250, runs=3
    )


def test_meeting_clustering_is_linear_in_reports() -> None:
    assert_linear(meeting_reports, cluster_reports, 125, runs=3)


def test_meeting_clustering_that_joins_undated_reports_is_linear_in_reports() -> None:
    assert_linear(
        meeting_reports, lambda reports: cluster_reports(reports, undated="unique"), 125, runs=3
    )


def test_cutting_dates_and_places_is_linear_in_a_run_of_spaces() -> None:
    # Each space of a run was a start of ",?\s+": the run was read again from each.
    from ombudsparse.meetings.people import strip_circumstances

    assert_linear(lambda n: "Council" + " " * n + "of Europe", strip_circumstances, 2000, runs=3)
