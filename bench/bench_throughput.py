"""Issue 14's speed targets, each as a ratio measured in the same run, on one core.

Run from the repository root:

    python bench/bench_throughput.py                       # texts and meetings
    python bench/bench_throughput.py --pages ../shared/eval/article-extraction-benchmark

* **text**: ``ombudsparse.parse`` of the seeds and the real texts of the git-ignored
  cache ``.cache/real-articles/`` (as text alone), articles a second (target >= 5,000);
* **meetings**: ``extract_meetings`` of the same articles, parsed beforehand,
  articles a second (target >= 2,000);
* with ``--pages``: ``ombudsparse.parse`` over bare ``lxml.html.fromstring`` on the
  evaluation set's pages, each with its article in a source's layout (known source,
  target <= 1.3) and as they are (unknown outlets, target <= 2).

Each figure is the least time of ``--rounds`` runs (the machine's other work only
ever adds time). ``--jobs`` and memory are measured by ``bench/bench_warc.py``. This
is a benchmark, not a test: it asserts nothing about time.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import lxml.html

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pages import pages_in_real_chrome, real_pages

import ombudsparse

_T = TypeVar("_T")


def _least(function: Callable[[_T], object], items: Sequence[_T], rounds: int) -> float:
    """The least time of a round over all items, per item."""
    best = float("inf")
    for _round in range(rounds):
        start = time.perf_counter()
        for item in items:
            function(item)
        best = min(best, time.perf_counter() - start)
    return best / len(items)


def _row(name: str, value: str, target: str, met: bool) -> None:
    print(f"  {name:<34} {value:>14}   target {target:<10} {'met' if met else 'NOT MET'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--pages", metavar="EVAL_DIR", help="also time pages against lxml")
    args = parser.parse_args()

    paths = sorted((HERE.parent / "seeds").glob("*.txt"))
    paths += sorted((HERE.parent / ".cache" / "real-articles").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    articles = [ombudsparse.parse(text) for text in texts]
    for article in articles:  # loads the dictionaries once, before anything is timed
        ombudsparse.extract_meetings(article)
    print(f"{len(texts)} texts (seeds and .cache/real-articles), least of {args.rounds} rounds")
    text_rate = 1 / _least(ombudsparse.parse, texts, args.rounds)
    meeting_rate = 1 / _least(ombudsparse.extract_meetings, articles, args.rounds)
    _row("text, articles/s", f"{text_rate:,.0f}", ">= 5,000", text_rate >= 5000)
    _row("meetings, articles/s", f"{meeting_rate:,.0f}", ">= 2,000", meeting_rate >= 2000)

    if args.pages:
        for label, corpus, target in (
            ("known-source page / lxml", pages_in_real_chrome(args.pages), 1.3),
            ("unknown page / lxml", real_pages(args.pages), 2.0),
        ):
            ours = _least(lambda page: ombudsparse.parse(page[1], url=page[0]), corpus, 3)
            bare = _least(lambda page: lxml.html.fromstring(page[1]), corpus, 3)
            _row(label, f"{ours / bare:.2f}x", f"<= {target}", ours / bare <= target)


if __name__ == "__main__":
    main()
