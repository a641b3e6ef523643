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

With ``--pages`` and ``--against`` both, the two page ratios of that code and of
this one are taken the same way (two more processes, their rounds in turn, each
round timing ours and bare lxml over every page) and printed side by side.
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


def _in_turn(
    workers: dict[str, subprocess.Popen[str]], rounds: int, count: int
) -> dict[str, list[float]]:
    """Ask each worker for a round in turn; return, per worker, the least of each of its times."""
    best = {name: [float("inf")] * count for name in workers}
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
    return best


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
    (before, after) = _in_turn(workers, rounds, 2).values()
    print(f"least of {rounds} rounds each, in turn; before: {source}")
    print(f"  {'':<22} {'before':>10} {'this tree':>10} {'ratio':>7}   target")
    for index, (name, target) in enumerate((("text", 5000), ("meetings", 2000))):
        old, new = 1 / before[index], 1 / after[index]
        print(
            f"  {name + ', articles/s':<22} {old:>10,.0f} {new:>10,.0f} {new / old:>6.2f}x"
            f"   >= {target:,} {'met' if new >= target else 'NOT MET'}"
        )


_Corpora = tuple[tuple[str, list[tuple[str, bytes]], float], ...]


def _page_corpora(eval_dir: str) -> _Corpora:
    """The page sets timed with ``--pages``: (label, pages, target ratio)."""
    return (
        ("known-source page / lxml", pages_in_real_chrome(eval_dir), 1.3),
        ("unknown page / lxml", real_pages(eval_dir), 2.0),
    )


def _page_ratios(corpora: _Corpora, rounds: int) -> list[float]:
    """Each page set's least time of ``ombudsparse.parse`` over that of bare lxml."""
    ratios = []
    for _label, corpus, _target in corpora:
        ours = _least(lambda page: ombudsparse.parse(page[1], url=page[0]), corpus, rounds)
        bare = _least(lambda page: lxml.html.fromstring(page[1]), corpus, rounds)
        ratios.append(ours / bare)
    return ratios


def _page_worker(eval_dir: str) -> None:
    """Per line read, time one round of each page set, ours then bare lxml; print the times."""
    corpora = _page_corpora(eval_dir)
    for corpus in corpora:  # every lazy import and cache filled before anything is timed
        for url, data in corpus[1]:
            ombudsparse.parse(data, url=url)
    for _line in sys.stdin:
        times = []
        for _label, corpus, _target in corpora:
            times.append(_least(lambda page: ombudsparse.parse(page[1], url=page[0]), corpus, 1))
            times.append(_least(lambda page: lxml.html.fromstring(page[1]), corpus, 1))
        print(*times, flush=True)


def _against_pages(source: str, rounds: int, eval_dir: str, corpora: _Corpora) -> None:
    """Print this code's page ratios beside those of the code in ``source``."""
    here = [sys.executable, __file__, "--page-worker", eval_dir]
    environments = {
        source: {**os.environ, "PYTHONPATH": os.path.abspath(source)},
        "this tree": None,
    }
    workers = {
        name: subprocess.Popen(
            here, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )
        for name, env in environments.items()
    }
    # (ours, bare lxml) for each page set
    (before, after) = _in_turn(workers, rounds, 2 * len(corpora)).values()
    print(f"pages, least of {rounds} rounds each, in turn; before: {source}")
    print(f"  {'':<26} {'before':>8} {'this tree':>10}   target")
    for index, (label, _corpus, target) in enumerate(corpora):
        old = before[2 * index] / before[2 * index + 1]
        new = after[2 * index] / after[2 * index + 1]
        print(
            f"  {label:<26} {old:>7.2f}x {new:>9.2f}x   <= {target}"
            f" {'met' if new <= target else 'NOT MET'}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--pages", metavar="EVAL_DIR", help="also time pages against lxml")
    parser.add_argument("--against", metavar="SRC", help="also time the package in SRC, in turn")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--page-worker", metavar="EVAL_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker()
        return
    if args.page_worker:
        _page_worker(args.page_worker)
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
        corpora = _page_corpora(args.pages)
        for (label, _corpus, target), ratio in zip(
            corpora, _page_ratios(corpora, args.rounds), strict=True
        ):
            _row(label, f"{ratio:.2f}x", f"<= {target}", ratio <= target)
        if args.against:
            _against_pages(args.against, args.rounds, args.pages, corpora)


if __name__ == "__main__":
    main()
