"""Per-item cost at 1x, 4x and 16x the work: does every path stay linear?

Run from the repository root:

    python bench/bench_scaling.py                   # every workload at its default sizes
    python bench/bench_scaling.py --only menafn     # one workload
    python bench/bench_scaling.py --meetings 1000   # cluster 1,000 / 4,000 / 16,000 reports

For each workload the input at 1x, 4x and 16x its base size is built once
(``bench/scaling_workloads.py``), then timed: the least of up to ``--rounds``
runs (fewer when one run takes long), divided by the number of items. The
last column is the per-item cost at 16x over the one at 1x: about 1 for
linear work, 16 for quadratic. This is a benchmark, not a test: it asserts
nothing (``tests/test_scaling.py`` checks the same paths at small sizes).

Meetings happen a few a day, so more reports span more years; a year-less
date (5 % of the reports) matches its month and day in any year, so its
look-ups grow with the years. Clustering's per-report cost rises from 6,250
to 100,000 reports by about 1.5-1.8x on a shared machine: the look-ups of
year-less reports (now about a fifth of that rise) and, for the rest, the
garbage collector and the name-form caches (65,536 entries) working on
sixteen times the data, not more work per report (the calls per report are
the same at every size).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scaling_workloads import (
    OFFICIAL_URL,
    listing_page,
    long_text,
    meeting_reports,
    menafn_text,
    sized_pages,
)

import ombudsparse
from ombudsparse.meetings.cluster import cluster_reports

REFERENCE = dt.date(2024, 12, 31)


def _parse_pages(pages: list[tuple[str, bytes]]) -> None:
    for url, data in pages:
        ombudsparse.parse(data, url=url)


# name: (what an item is, base size, make the input from n, do the work)
WORKLOADS: dict[str, tuple[str, int, Callable[[int], Any], Callable[[Any], object]]] = {
    "page": ("80 kB of page", 1, sized_pages, _parse_pages),
    "views": (
        "view-count line",
        62,
        listing_page,
        lambda data: ombudsparse.parse(data, url=OFFICIAL_URL),
    ),
    "menafn": ("continuation line", 6_250, menafn_text, ombudsparse.parse),
    "paragraphs": (
        "paragraph",
        62_500,
        long_text,
        lambda text: ombudsparse.parse(text, reference_date=REFERENCE),
    ),
    "meetings": ("meeting report", 6_250, meeting_reports, cluster_reports),
    "meetings-undated": (
        "meeting report",
        6_250,
        meeting_reports,
        lambda reports: cluster_reports(reports, undated="unique"),
    ),
}


def _per_item(work: Callable[[Any], object], data: Any, items: int, rounds: int) -> float:
    """Return the least time of up to ``rounds`` runs, per item; stop early after 10 s."""
    best = float("inf")
    spent = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        work(data)
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        spent += elapsed
        if spent > 10:
            break
    return best / items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=sorted(WORKLOADS), action="append")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--meetings", type=int, help="base number of reports to cluster")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every base size")
    args = parser.parse_args()

    print(
        f"{'workload':<16} {'item':<18} {'n at 1x':>9} {'1x':>10} {'4x':>10} {'16x':>10} "
        f"{'16x/1x':>7}"
    )
    for name in args.only or WORKLOADS:
        item, base, make, work = WORKLOADS[name]
        if name.startswith("meetings") and args.meetings:
            base = args.meetings
        base = max(1, round(base * args.scale))
        costs = []
        for factor in (1, 4, 16):
            n = base * factor
            costs.append(_per_item(work, make(n), n, args.rounds))
        cells = " ".join(f"{c * 1e6:>8.1f}µs" for c in costs)
        print(
            f"{name:<16} {item:<18} {base:>9,} {cells} {costs[2] / costs[0]:>6.2f}x",
            flush=True,
        )


if __name__ == "__main__":
    main()
