"""The generic extra: trafilatura for pages of other outlets, opt-in, flagged in provenance."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import ombudsparse
from ombudsparse import Layer
from tests.helpers import parse_checked

FIXTURES = Path(__file__).resolve().parent / "fixtures"
OTHER_PAGE = (
    "<html><head><title>City council news</title><meta property='og:title' content='Council approves the budget'>"
    "<meta property='article:published_time' content='2024-03-05T09:00:00+01:00'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Council approves the budget</h1>"
    + "".join(
        f"<p>The council discussed item number {n} of the budget for the coming year at length.</p>"
        for n in range(8)
    )
    + "</article><footer>Contact us</footer></body></html>"
)


def test_generic_path_reads_other_outlets_and_says_so() -> None:
    article = parse_checked(OTHER_PAGE, url="https://example.com/news/1", generic=True)
    assert article.source is None
    assert article.title == "Council approves the budget"
    assert len(article.body) >= 8
    assert all("item number" in p for p in article.body[-8:])
    assert article.provenance["body"] is Layer.GENERIC
    assert article.provenance["title"] is Layer.GENERIC


def test_generic_path_is_off_by_default() -> None:
    article = parse_checked(OTHER_PAGE, url="https://example.com/news/1")
    assert Layer.GENERIC not in article.provenance.values()
    assert article.provenance["body"] is Layer.CONTENT


def test_pages_of_the_sources_ignore_the_generic_path() -> None:
    page = (FIXTURES / "trend" / "en-v1.html").read_bytes()
    article = parse_checked(page, generic=True)
    assert article.layout == "trend-v1"
    assert Layer.GENERIC not in article.provenance.values()


def test_without_the_extra_the_generic_path_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(
        ombudsparse.InvalidArgumentError, match=r"pip install 'ombudsparse\[generic\]'"
    ):
        ombudsparse.parse(OTHER_PAGE, url="https://example.com/news/1", generic=True)
