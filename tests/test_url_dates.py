"""A date in the page's URL dates an article that gives no other (dates.parse_url_date)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ombudsparse
from ombudsparse import Layer, YearMonth
from ombudsparse.dates import parse_url_date

TEXT = "The Ombudsman Sabina Aliyeva received a delegation of visiting judges."


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://eng.example.org/2021/09/17/delegation-visits/", dt.date(2021, 9, 17)),
        ("https://example.az/2021/9/7/delegation", dt.date(2021, 9, 7)),
        ("https://example.az/news/2024-02-16-ombudsman-meets.html", dt.date(2024, 2, 16)),
        ("https://example.az/news/2024_02_16", dt.date(2024, 2, 16)),
        ("https://example.az/archive/2023/11/", YearMonth(year=2023, month=11)),
        ("https://example.az/archive/2023/11", YearMonth(year=2023, month=11)),
        # Not a date: an id, a day that does not exist, separators that differ, no path.
        ("https://example.az/news/362372", None),
        ("https://example.az/news/20210917", None),
        ("https://example.az/2021/02/30/x", None),
        ("https://example.az/2021/09-17/x", None),
        ("https://example.az/2021/13/01/x", None),
        ("https://example.az/2021/091/x", None),
        ("https://2021.example.az/?date=2021/09/17#2021/09/17", None),
        ("https://example.az/photo-12021/09/17", None),
        # A year and a one-digit number ending the path: an id or a page as likely.
        ("https://example.az/news/2015/3", None),
        ("https://example.az/news/2015/3/", YearMonth(year=2015, month=3)),
        # A URL that cannot be split (an unclosed IPv6 bracket) gives no date, no error.
        ("http://[abc/2021/09/17/x", None),
    ],
)
def test_the_date_a_url_path_gives(url: str, expected: object) -> None:
    assert parse_url_date(url) == expected


@given(st.text())
def test_any_url_gives_a_real_date_or_none(url: str) -> None:
    found = parse_url_date(url)
    assert found is None or isinstance(found, (dt.date, YearMonth))


def test_a_text_with_no_date_is_dated_by_its_url() -> None:
    url = "https://eng.example.org/2021/09/17/delegation-visits/"
    article = ombudsparse.parse(TEXT, url=url)
    assert article.published == dt.date(2021, 9, 17)
    assert article.provenance["published"] is Layer.URL
    assert "date-missing" not in [w.code.value for w in article.warnings]
    # Without the URL, nothing dates it.
    undated = ombudsparse.parse(TEXT)
    assert undated.published is None
    assert "date-missing" in [w.code.value for w in undated.warnings]


def test_a_date_the_text_prints_wins_over_the_url_without_a_conflict() -> None:
    article = ombudsparse.parse(
        f"Ombudsman met judges\n27.02.2026 10:37\n{TEXT}",
        url="https://example.az/2021/09/17/ombudsman-met-judges",
    )
    assert article.published == dt.datetime(
        2026, 2, 27, 10, 37, tzinfo=dt.timezone(dt.timedelta(hours=4))
    )
    assert article.provenance["published"] is Layer.TEXT
    assert not [w for w in article.warnings if w.field == "published"]


def test_a_url_date_after_the_reference_date_is_not_taken() -> None:
    article = ombudsparse.parse(
        TEXT, url="https://example.az/2031/09/17/x", reference_date=dt.date(2024, 1, 1)
    )
    assert article.published is None
    assert "date-missing" in [w.code.value for w in article.warnings]


def test_a_page_of_another_outlet_without_a_declared_date_is_dated_by_its_url() -> None:
    page = (
        "<html><head><title>Ombudsman met judges</title></head><body><article>"
        f"<h1>Ombudsman met judges</h1><p>{TEXT}</p>"
        "<p>The parties discussed the monitoring of detention places.</p>"
        "</article></body></html>"
    )
    article = ombudsparse.parse(page, url="https://news.example.org/2023/11/ombudsman-met")
    assert article.published == YearMonth(year=2023, month=11)
    assert article.provenance["published"] is Layer.URL
