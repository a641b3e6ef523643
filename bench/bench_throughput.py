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
ever adds time). With ``--against SRC`` (the ``src`` folder of another checkout, such
as ``git archive <commit> src | tar -x -C /tmp/before``), the text and meeting figures
of that code and of this one are taken in the same run, their rounds in turn, in two
processes, and printed side by side with their ratio. ``--jobs`` and memory are measured by ``bench/bench_warc.py``. This
is a benchmark, not a test: it asserts nothing about time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
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


def _texts_and_articles() -> tuple[list[str], list[ombudsparse.Article]]:
    paths = sorted((HERE.parent / "seeds").glob("*.txt"))
    paths += sorted((HERE.parent / ".cache" / "real-articles").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    articles = [ombudsparse.parse(text) for text in texts]
    for article in articles:  # loads the dictionaries once, before anything is timed
        ombudsparse.extract_meetings(article)
    return texts, articles


def _worker() -> None:
    """Time one round of texts and one of meetings per line read; print both, per item."""
    texts, articles = _texts_and_articles()
    for _line in sys.stdin:
        text = _least(ombudsparse.parse, texts, 1)
        meetings = _least(ombudsparse.extract_meetings, articles, 1)
        print(text, meetings, flush=True)


def _against(source: str, rounds: int) -> None:
    """Print this code's text and meeting rates beside those of the code in ``source``."""
    here = [sys.executable, __file__, "--worker"]
    workers = {
        source: subprocess.Popen(
            here,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": os.path.abspath(source)},
        ),
        "this tree": subprocess.Popen(
            here, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        ),
    }
    best = {name: [float("inf"), float("inf")] for name in workers}
    for _round in range(rounds):
        for name, worker in workers.items():  # in turn, so that both see the same load
            assert worker.stdin is not None
            assert worker.stdout is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
            times = [float(value) for value in worker.stdout.readline().split()]
            best[name] = [min(pair) for pair in zip(best[name], times, strict=True)]
    for worker in workers.values():
        assert worker.stdin is not None
        worker.stdin.close()
        worker.wait()
    (before, after) = best.values()
    print(f"least of {rounds} rounds each, in turn; before: {source}")
    print(f"  {'':<22} {'before':>10} {'this tree':>10} {'ratio':>7}   target")
    for index, (name, target) in enumerate((("text", 5000), ("meetings", 2000))):
        old, new = 1 / before[index], 1 / after[index]
        print(
            f"  {name + ', articles/s':<22} {old:>10,.0f} {new:>10,.0f} {new / old:>6.2f}x"
            f"   >= {target:,} {'met' if new >= target else 'NOT MET'}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--pages", metavar="EVAL_DIR", help="also time pages against lxml")
    parser.add_argument("--against", metavar="SRC", help="also time the package in SRC, in turn")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker()
        return

    texts, articles = _texts_and_articles()
    print(f"{len(texts)} texts (seeds and .cache/real-articles), least of {args.rounds} rounds")
    text_rate = 1 / _least(ombudsparse.parse, texts, args.rounds)
    meeting_rate = 1 / _least(ombudsparse.extract_meetings, articles, args.rounds)
    _row("text, articles/s", f"{text_rate:,.0f}", ">= 5,000", text_rate >= 5000)
    _row("meetings, articles/s", f"{meeting_rate:,.0f}", ">= 2,000", meeting_rate >= 2000)
    if args.against:
        _against(args.against, args.rounds)

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
