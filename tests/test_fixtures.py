"""Golden tests for hand-written HTML pages: per source, layout and edition.

Each ``tests/fixtures/<source>/<name>.html`` is a page written by hand in the
shape SOURCES.md describes (invented people and sentences); ``<name>.json``
beside it is the record expected, written and reviewed field by field.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import assert_matches_golden, check_record, parse_checked

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = sorted(FIXTURES.glob("*/*.html"))


def test_every_fixture_page_has_its_expected_record() -> None:
    assert PAGES
    for page in PAGES:
        assert page.with_suffix(".json").is_file(), page


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_page_matches_its_expected_record(page: Path) -> None:
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    article = parse_checked(page.read_bytes(), url=expected["url"])
    assert_matches_golden(check_record(article), expected)


def test_every_layout_of_every_source_has_a_fixture_page() -> None:
    from ombudsparse.sources import PARSERS

    layouts = {
        json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))["layout"]
        for page in PAGES
    }
    for parser in PARSERS.values():
        for layout in parser.layouts:
            assert layout.name in layouts, (parser.source, layout.name)


@pytest.mark.parametrize(
    "page", [p for p in PAGES if b'rel="canonical"' in p.read_bytes()], ids=lambda p: p.stem
)
def test_canonical_link_gives_the_url_and_source_of_a_saved_page(page: Path) -> None:
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    article = parse_checked(page.read_bytes())
    assert article.url == expected["url"]
    assert (article.source.value if article.source else None) == expected["source"]
