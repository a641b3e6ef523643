"""Speed of HTML parsing: ombudsparse vs bare lxml (and trafilatura, where installed).

Run from the repository root:

    python bench/bench_html.py                      # generated pages of the three sources
    python bench/bench_html.py --real ../shared/eval/article-extraction-benchmark

Each round times every method over the same pages, the methods in turn, so
machine drift affects them alike; the report gives each method's median time
per page, pages per second, and the ratios side by side. This is a
benchmark, not a test: it asserts nothing about time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import pages as make_pages
from pages import pages_in_real_chrome, real_pages

import ombudsparse


def _time(function: Callable[[str, bytes], object], corpus: list[tuple[str, bytes]]) -> float:
    start = time.perf_counter()
    for url, data in corpus:
        function(url, data)
    return (time.perf_counter() - start) / len(corpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=90)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--size", type=int, default=170_000, help="bytes of chrome per page")
    parser.add_argument(
        "--real",
        metavar="EVAL_DIR",
        help="instead, the real pages of this evaluation set, each with its article replaced "
        "by one in a source's layout (real chrome, known source)",
    )
    parser.add_argument(
        "--unknown",
        metavar="EVAL_DIR",
        help="instead, the real pages of this evaluation set as they are (other sites: the "
        "generic path, no layout)",
    )
    args = parser.parse_args()
    known_source = not args.unknown
    if args.unknown:
        corpus = real_pages(args.unknown)
    elif args.real:
        corpus = pages_in_real_chrome(args.real)
    else:
        corpus = make_pages(args.pages, size=args.size)

    methods: dict[str, Callable[[str, bytes], object]] = {
        "lxml.html.fromstring": lambda _url, data: lxml.html.fromstring(data),
        "ombudsparse.parse": lambda url, data: ombudsparse.parse(data, url=url),
    }
    try:
        import trafilatura

        methods["trafilatura.extract"] = lambda url, data: trafilatura.extract(data, url=url)
    except ImportError:
        print("trafilatura is not installed: its column is left out", file=sys.stderr)

    # Every page must parse, to a record of its own source, before anything is timed.
    for url, data in corpus:
        article = ombudsparse.parse(data, url=url)
        if known_source and (article.source is None or not article.body or not article.layout):
            raise SystemExit(f"the benchmark page {url} did not parse as expected: {article}")

    timings: dict[str, list[float]] = {name: [] for name in methods}
    for function in methods.values():  # warm-up
        _time(function, corpus[:10])
    for _round in range(args.rounds):
        for name, function in methods.items():
            timings[name].append(_time(function, corpus))

    mean_size = sum(len(data) for _url, data in corpus) / len(corpus)
    print(
        f"{len(corpus)} pages, {mean_size / 1000:.0f} kB on average, {args.rounds} rounds (median)"
    )
    medians = {name: statistics.median(values) for name, values in timings.items()}
    for name, seconds in medians.items():
        print(f"  {name:<22} {seconds * 1000:7.2f} ms/page  {1 / seconds:8.1f} pages/s")
    base = medians["ombudsparse.parse"]
    lxml_time = medians["lxml.html.fromstring"]
    target = " (target <= 2 on known-source pages)" if known_source else ""
    print(f"  ombudsparse / lxml:          {base / lxml_time:.2f}x{target}")
    if "trafilatura.extract" in medians:
        trafilatura_time = medians["trafilatura.extract"]
        print(f"  trafilatura / ombudsparse:   {trafilatura_time / base:.1f}x (target >= 10)")
        # No parser that builds an lxml tree can beat trafilatura by more than this.
        print(f"  trafilatura / lxml:          {trafilatura_time / lxml_time:.1f}x (the bound)")


if __name__ == "__main__":
    main()
