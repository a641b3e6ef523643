"""Hostile inputs (issue 11): tracebacks, hangs, records lost and peak memory over 400+ cases.

    python bench/bench_hostile.py                  # every case at the issue's sizes
    python bench/bench_hostile.py --scale 0.01     # the same cases, small (a quick look)
    python bench/bench_hostile.py --kind "odd date" --show-all

Generates the cases of ``tests/hostile.py`` (damaged and truncated archives,
gzip bombs, huge attributes, deep nesting, bad charsets, odd dates, hostile
JSON records, API misuse, FIFOs and devices, unwritable outputs, signals, large
pages) and runs each in its own process, on the command line or through the
API, with a time limit. The operating system's accounting of each process
(``wait4``: the process and the workers it waited for) gives its peak resident
memory. Prints one row per class and the totals; the target is no traceback,
no hang, no record lost, and a peak under 300 MB on every case. A benchmark,
not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import attrs
from tests.hostile import Case, Outcome, iter_cases, lay_out, run_case

RSS_TARGET_MB = 300


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--scale", type=float, default=1.0, help="size of the cases (1: full)")
    options.add_argument("--jobs", type=int, default=2, help="cases run at once")
    options.add_argument("--limit", type=float, default=120.0, help="seconds before a hang")
    options.add_argument("--kind", help="only the cases of this class")
    options.add_argument("--show-all", action="store_true", help="a line for every case")
    args = options.parse_args()

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        root = Path(tmp)
        # Every case is written out first and its data dropped: a process forked from
        # this one counts this one's memory in its own peak until it runs the case.
        cases: list[Case] = []
        for case in iter_cases(args.scale):
            if args.kind is None or case.kind == args.kind:
                lay_out(case, root / str(len(cases)))
                cases.append(attrs.evolve(case, files={}))
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            outcomes = list(
                pool.map(
                    lambda item: run_case(
                        item[1], root / str(item[0]), limit=args.limit, laid_out=True
                    ),
                    enumerate(cases),
                )
            )
    elapsed = time.monotonic() - started
    _print_table(outcomes, args.scale, elapsed)
    for outcome in outcomes:
        bad = outcome.traceback or outcome.hang or outcome.lost
        if bad or outcome.rss_mb >= RSS_TARGET_MB or args.show_all:
            flags = ",".join(
                name
                for name, on in (
                    ("TRACEBACK", outcome.traceback),
                    ("HANG", outcome.hang),
                    ("LOST", outcome.lost),
                    ("RSS", outcome.rss_mb >= RSS_TARGET_MB),
                )
                if on
            )
            print(
                f"{flags or 'ok':<10} {outcome.case.kind:<20} {outcome.case.name[:50]:<50} "
                f"status {outcome.status}  {outcome.rss_mb:6.0f} MB  {outcome.seconds:5.1f} s  "
                f"{outcome.detail}"
            )


def _print_table(outcomes: list[Outcome], scale: float, elapsed: float) -> None:
    kinds: dict[str, list[Outcome]] = collections.defaultdict(list)
    for outcome in outcomes:
        kinds[outcome.case.kind].append(outcome)
    header = (
        f"{'class':<22} {'cases':>5} {'tracebacks':>10} {'hangs':>5} {'lost':>5} "
        f"{'peak RSS MB':>11} {'slowest s':>9}"
    )
    print(f"hostile cases at scale {scale:g}, {elapsed:.0f} s in all")
    print(header)
    print("-" * len(header))
    for kind, group in [*sorted(kinds.items()), ("all", outcomes)]:
        if kind == "all":
            print("-" * len(header))
        print(
            f"{kind:<22} {len(group):>5} {sum(o.traceback for o in group):>10} "
            f"{sum(o.hang for o in group):>5} {sum(o.lost for o in group):>5} "
            f"{max(o.rss_mb for o in group):>11.0f} {max(o.seconds for o in group):>9.1f}"
        )


if __name__ == "__main__":
    main()
