"""The HTML report at scale: build time on one core, file size, time for Chromium to open it.

Run from the repository root (needs the report extra; Chromium where installed):

    python bench/bench_report.py                  # 20,000 meetings
    python bench/bench_report.py --meetings 2000  # a quicker look

The articles are a generated crawl (``tests/crawl.py``: the three sources'
text forms, one meeting each, a meeting reported by one to three outlets),
parsed first and not timed as part of the report. Times: ``summarise``
(extracting the meetings, clustering them, counting) and ``render_report``
(matplotlib's charts and the page). Chromium's time is its run on the report's
``file://`` URL with ``--dump-dom`` (load, script run, DOM written) less its run
on an empty page, the median of three, on all the machine's cores. This is a benchmark, not a test: it
asserts nothing about time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.chromium import find_chromium, run_chromium
from tests.crawl import generated_crawl

import ombudsparse
from ombudsparse.htmlreport import render_report, summarise


def _chromium_seconds(binary: str, url: str) -> float:
    start = time.perf_counter()
    run_chromium(binary, "--dump-dom", url, timeout=300)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, default=20_000, help="reports of meetings")
    parser.add_argument("--output", default=None, help="keep the report in this file")
    args = parser.parse_args()
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    if cores is not None:
        os.sched_setaffinity(0, {min(cores)})  # the build on one core

    pages = generated_crawl(args.meetings)
    start = time.perf_counter()
    articles = [
        (page.name, ombudsparse.parse(page.text, reference_date=page.reference_date))
        for page in pages
    ]
    parsed = time.perf_counter() - start

    start = time.perf_counter()
    summary = summarise(articles)
    summarised = time.perf_counter() - start
    start = time.perf_counter()
    page = render_report(summary)
    rendered = time.perf_counter() - start

    size = len(page.encode("utf-8"))
    print(f"articles parsed (not part of the report): {len(articles)} in {parsed:.1f} s")
    print(
        f"meetings: {summary.reports} reports in {len(summary.rows)} clusters; "
        f"{len(summary.checked)} articles to check"
    )
    print(f"summarise (extract, cluster, count): {summarised:.2f} s")
    print(f"render_report (charts and page):     {rendered:.2f} s")
    print(f"report build, one core:              {summarised + rendered:.2f} s")
    print(
        f"file size: {size / 1e6:.2f} MB; {size / summary.reports:.0f} bytes per report, "
        f"{size / 1e3 / (summary.reports / 1000):.0f} kB per 1,000 meetings reported"
    )

    if cores is not None:
        os.sched_setaffinity(0, cores)  # Chromium as a user runs it, on every core
    binary = find_chromium()
    if binary is None:
        print("chromium: not installed, not timed")
        return
    with tempfile.TemporaryDirectory() as folder:
        report = Path(args.output or Path(folder) / "report.html")
        report.write_text(page, encoding="utf-8")
        blank = Path(folder) / "blank.html"
        blank.write_text("<!DOCTYPE html><title>blank</title>", encoding="utf-8")
        _chromium_seconds(binary, blank.as_uri())  # warm the disk cache
        empty = statistics.median(_chromium_seconds(binary, blank.as_uri()) for _ in range(3))
        full = statistics.median(_chromium_seconds(binary, report.as_uri()) for _ in range(3))
    print(
        f"chromium opens it: {full - empty:.2f} s beyond an empty page "
        f"({full:.2f} s in all, {empty:.2f} s for an empty page)"
    )


if __name__ == "__main__":
    main()
