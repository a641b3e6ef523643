"""Hostile inputs of every class of issue 11: no traceback, no hang, nothing lost.

Each class of ``tests/hostile.py`` runs here at a small size, a few cases each,
every case in its own process as a user would run it; ``--slow`` runs every
case at the issue's full sizes (``bench/bench_hostile.py`` prints the table and
the memory of the same cases).
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

import ombudsparse
from tests.hostile import Case, Outcome, build_cases, run_case

# The limit that tells a hang from a slow case; no case is near it (see the bench).
_LIMIT = 120.0


def _sample(cases: list[Case]) -> list[Case]:
    """One case of each class (the middle one: the first ones are the mildest)."""
    kinds: dict[str, list[Case]] = collections.defaultdict(list)
    for case in cases:
        kinds[case.kind].append(case)
    return [group[len(group) // 2] for group in kinds.values()]


SMALL = _sample(build_cases(scale=0.001))


def _check(outcome: Outcome) -> None:
    assert not outcome.traceback, outcome.detail
    assert not outcome.hang
    assert not outcome.lost, outcome.detail


def test_every_class_of_the_issue_is_generated() -> None:
    kinds = {case.kind for case in build_cases(scale=0.001)}
    assert kinds >= {
        "damaged archive",
        "truncated gzip",
        "gzip bomb",
        "endless input",
        "huge attributes",
        "deep nesting",
        "bad charset",
        "odd date",
        "hostile JSON record",
        "API misuse",
        "special file",
        "unwritable output",
        "signal",
        "large page",
    }
    assert len(build_cases(scale=0.001)) >= 400  # the sizes change with the scale, not the count


@pytest.mark.parametrize("case", SMALL, ids=[f"{c.kind}: {c.name[:40]}" for c in SMALL])
def test_a_hostile_case_gives_no_traceback_no_hang_and_loses_nothing(
    case: Case, tmp_path: Path
) -> None:
    _check(run_case(case, tmp_path, limit=_LIMIT))


@pytest.mark.slow
def test_every_full_size_hostile_case_gives_no_traceback_no_hang_and_loses_nothing(
    tmp_path: Path,
) -> None:
    # One test, not one per case: building the full-size cases takes a while, and
    # only when --slow asks for them.
    failures = []
    for number, case in enumerate(build_cases(scale=1.0)):
        outcome = run_case(case, tmp_path / str(number), limit=_LIMIT)
        if outcome.traceback or outcome.hang or outcome.lost:
            failures.append(f"{case.kind}: {case.name[:60]}: {outcome.detail}")
    assert not failures


def test_a_truncated_archive_accounts_for_every_record_before_the_cut(tmp_path: Path) -> None:
    case = next(c for c in build_cases(scale=0.01) if c.name.startswith("truncated.warc@"))
    outcome = run_case(case, tmp_path)
    _check(outcome)
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    errors = (tmp_path / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert case.expected is not None
    assert len(lines) + len(errors) >= case.expected


def test_a_damaged_records_error_line_is_one_printable_line(tmp_path: Path) -> None:
    flipped = [c for c in build_cases(scale=0.01) if c.name.startswith("flipped.warc.gz")]
    for number, case in enumerate(flipped[:8]):
        folder = tmp_path / str(number)
        _check(run_case(case, folder))
        for line in (folder / "stderr").read_text(encoding="utf-8").split("\n"):
            assert not line or line.startswith("ombudsparse: "), line
            assert len(line) < 400


_CANONICAL = '<link rel="canonical" href="https://en.trend.az/azerbaijan/politics/1.html">'


def _page(head: str) -> str:
    return (
        f"<html><head>{head}</head><body><div class='article-content'><p>BAKU, Azerbaijan, "
        "May 5. The Ombudsman met a delegation.</p></div></body></html>"
    )


def test_a_page_claiming_a_source_on_another_site_is_not_attributed_silently() -> None:
    page = _page('<meta property="og:site_name" content="Trend.Az">' + _CANONICAL)
    article = ombudsparse.parse(page, url="https://copies.example.com/1")
    assert article.source is None
    claims = [w for w in article.warnings if w.code.value == "source-claimed"]
    assert [w.field for w in claims] == ["source", "source"]
    assert "canonical link" in claims[0].message
    assert "og:site_name" in claims[1].message


def test_a_page_whose_site_name_and_canonical_disagree_is_warned() -> None:
    article = ombudsparse.parse(
        _page('<meta property="og:site_name" content="Azernews">' + _CANONICAL)
    )
    assert article.source is ombudsparse.Source.TREND
    assert [w.code.value for w in article.warnings if w.field == "source"] == ["source-claimed"]


def test_a_page_of_its_own_source_has_no_claim_warning() -> None:
    page = _page('<meta property="og:site_name" content="Trend.Az">')
    article = ombudsparse.parse(page, url="https://en.trend.az/azerbaijan/politics/1.html")
    assert "source-claimed" not in [w.code.value for w in article.warnings]


@pytest.mark.parametrize(
    "script", ['{"@type": "NewsArticle", headline: x', "[" * 100_000 + "]" * 100_000]
)
def test_malformed_json_ld_is_a_warning_and_the_page_is_read(script: str) -> None:
    page = (
        f'<html><head><script type="application/ld+json">{script}</script>'
        '<meta property="og:title" content="A visit"></head>'
        "<body><p>BAKU, Azerbaijan, May 5. The Ombudsman met a delegation.</p></body></html>"
    )
    article = ombudsparse.parse(page, url="https://en.trend.az/azerbaijan/politics/1.html")
    assert article.title == "A visit"
    (warning,) = [w for w in article.warnings if w.code.value == "jsonld-malformed"]
    assert "not valid JSON" in warning.message
    assert json.loads(ombudsparse.to_json(article))["warnings"]
