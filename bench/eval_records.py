"""How many labels of real articles the article records get right, per half and per check.

    python bench/eval_records.py                 # counts per half, per check, per language
    python bench/eval_records.py --errors        # and each failing label of the dev half
    python bench/eval_records.py --json          # the counts as JSON

Each text is parsed twice: with its label's URL (as a crawl or a WARC gives it) and
as text alone (as a folder of extracted texts gives it). As text alone, a syndicated
copy (``(MENAFN- AzerNews)``) may name its original as the source.

The labels are in ``bench/real_corpus/`` (see its README: the split rule, the format);
the texts are read from the git-ignored cache ``.cache/real-articles/<id>.txt``. A
label whose text is not cached is listed as not scored.

Checks, each counted only where the label gives the field: source, language, title,
published, authors, views, dateline, attribution, body_start, and chrome (no line the
label marks as page chrome is a body paragraph).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import ombudsparse
from ombudsparse import Article, MonthDay, YearMonth

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "real_corpus"
CACHE = HERE.parent / ".cache" / "real-articles"


def half_of(url: str) -> str:
    """The split rule, fixed before any tuning (bench/real_corpus/README.md)."""
    return "dev" if int(hashlib.sha256(url.encode()).hexdigest(), 16) % 2 == 0 else "test"


def load_labels(corpus: Path = CORPUS) -> dict[str, dict[str, Any]]:
    labels: dict[str, dict[str, Any]] = {}
    for path in sorted(corpus.glob("labels-*.json")):
        for key, label in json.loads(path.read_text(encoding="utf-8")).items():
            if key in labels:
                raise SystemExit(f"{path}: label {key!r} is defined twice")
            labels[key] = label
    return labels


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split()).strip(" .:;,-–—/")


def _iso(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, (dt.date, MonthDay, YearMonth)):
        return value.isoformat()
    return str(value)


def _published_holds(expected: str, record: Article) -> bool:
    got = _iso(record.published)
    if got is None:
        return False
    if "T" in expected:
        # A time: the wall time must match, and the offset where the label prints one.
        wall, has_offset = expected[:16], len(expected) > 16
        return got[:16] == wall and (not has_offset or got[16:] == expected[16:])
    # A date, a month or a month-day: the record may be more precise, never different.
    return got.startswith(expected)


def _holds_source(expected: Any, record: Article) -> bool:
    got = record.source.value if record.source is not None else None
    return got == expected


CHECKS: dict[str, Callable[[Any, Article], bool]] = {
    "source": _holds_source,
    "title": lambda exp, rec: (
        rec.title is None
        if exp is None
        else rec.title is not None and _key(rec.title) == _key(exp)
    ),
    "published": lambda exp, rec: (
        rec.published is None if exp is None else _published_holds(exp, rec)
    ),
    "authors": lambda exp, rec: sorted(map(_key, rec.authors)) == sorted(map(_key, exp)),
    "views": lambda exp, rec: rec.view_count == exp,
    "dateline": lambda exp, rec: rec.dateline is not None and _key(rec.dateline.text) == _key(exp),
    "attribution": lambda exp, rec: (
        rec.attribution is not None
        and _key(exp).removeprefix("the ") in _key(rec.attribution).removeprefix("the ")
    ),
    "body_start": lambda exp, rec: bool(rec.body) and _key(rec.body[0]).startswith(_key(exp)),
    "chrome": lambda exp, rec: not any(_key(p) == _key(line) for p in rec.body for line in exp),
}


def _checks(label: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    article = label.get("article", {})
    yield "language", label.get("lang", "en")
    for name in CHECKS:
        if name in article:
            yield name, article[name]


def _outcome(name: str, expected: Any, record: Article) -> bool:
    if name == "language":
        return record.language is not None and record.language.value == expected
    return CHECKS[name](expected, record)


def _shown(record: Article, name: str) -> str:
    field = {"views": "view_count", "language": "language"}.get(name, name)
    if name == "body_start":
        return repr(record.body[:2])
    if name == "chrome":
        return repr(record.body)
    value = getattr(record, field, None)
    return repr(_iso(value) if name == "published" else value)


def evaluate(
    labels: dict[str, dict[str, Any]], cache: Path, *, with_url: bool
) -> tuple[dict[str, dict[str, list[int]]], list[str], list[tuple[str, str, Any, str]]]:
    """Score every cached label; return counts[half/lang][check] = [held, total], missing, errors."""
    counts: dict[str, dict[str, list[int]]] = {}
    missing: list[str] = []
    failures: list[tuple[str, str, Any, str]] = []
    for key, label in sorted(labels.items()):
        path = cache / f"{key}.txt"
        if not path.is_file():
            missing.append(key)
            continue
        half = half_of(label["url"])
        url = label["url"] if with_url else None
        try:
            record = ombudsparse.parse(path.read_bytes(), url=url)
        except ombudsparse.OmbudsparseError as exc:
            failures.append((key, "parse", None, f"{type(exc).__name__}: {exc}"))
            continue
        for name, expected in _checks(label):
            held = _outcome(name, expected, record)
            if name == "source" and not with_url and record.syndicated_from is not None:
                held = held or expected is None  # the copy names its original
            for group in (half, f"{half}/{label.get('lang', 'en')}"):
                row = counts.setdefault(group, {}).setdefault(name, [0, 0])
                row[0] += held
                row[1] += 1
            if not held and half == "dev":
                failures.append((key, name, expected, _shown(record, name)))
    return counts, missing, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--errors", action="store_true", help="print each dev-half failure")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()

    labels = load_labels()
    runs = {
        mode: evaluate(labels, options.cache, with_url=mode == "with URL")
        for mode in ("with URL", "text alone")
    }
    missing = runs["with URL"][1]
    if options.json:
        counts = {mode: run[0] for mode, run in runs.items()}
        json.dump({"counts": counts, "missing": missing}, sys.stdout, indent=1)
        print()
        return 0
    scored = len(labels) - len(missing)
    print(f"labels: {len(labels)} articles, {scored} scored, {len(missing)} without a cached text")
    if missing:
        print("not scored (text missing):", ", ".join(missing))
    for mode, (counts, _missing, failures) in runs.items():
        print(f"\n{mode}: labels that hold")
        for group in sorted(counts):
            rows = counts[group]
            held = sum(r[0] for r in rows.values())
            total = sum(r[1] for r in rows.values())
            cells = "  ".join(f"{name} {r[0]}/{r[1]}" for name, r in sorted(rows.items()))
            print(f"{group:8} {held:4}/{total:<4} ({held / total:.3f})  {cells}")
        if options.errors:
            for key, name, expected, got in failures:
                print(f"- {key} {name}: expected {expected!r}, got {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
