"""Azernews: date line, author box, footer, attribution, render/parse."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from ombudsparse import Language, Source
from tests.helpers import parse_checked, parse_rendered
from tests.strategies import Rendered, azernews_texts

LEAD = "The Ombudswoman met a visiting rapporteur, Azernews reports."
MORE = "The rapporteur was informed about the rights of refugees."
PLUS4 = dt.timezone(dt.timedelta(hours=4))


def test_azernews_full_page_text() -> None:
    text = "\n".join(
        [
            "Ombudswoman meets rapporteur",
            "3 March 2024 11:05 (UTC+04:00)",
            LEAD,
            MORE,
            "Lara Venn Read more",
            "---",
            "Follow us on Twitter @AzerNewsAz",
        ]
    )
    article = parse_checked(text, url="https://www.azernews.az/nation/217417.html")
    assert article.source is Source.AZERNEWS
    assert article.language is Language.EN
    assert article.title == "Ombudswoman meets rapporteur"
    assert article.published == dt.datetime(2024, 3, 3, 11, 5, tzinfo=PLUS4)
    assert article.authors == ("Lara Venn",)
    assert article.body == (LEAD, MORE)
    assert article.dateline is not None
    assert article.dateline.date_text == "3 March 2024 11:05 (UTC+04:00)"
    assert article.warnings == ()


@pytest.mark.parametrize(
    ("sentence", "attribution", "cited"),
    [
        (
            "The two met, Azernews reports, citing the Ombudsman Office.",
            "the Ombudsman Office",
            (),
        ),
        ("According to Azernews, the two met.", None, ()),
        (
            "As Azertaj was told by the Ombudsman's Office, the two met.",
            "the Ombudsman's Office",
            ("Azertaj",),
        ),
        ("The two met, Report informs.", None, ()),
    ],
)
def test_azernews_attribution_phrases(
    sentence: str, attribution: str | None, cited: tuple[str, ...]
) -> None:
    article = parse_checked(f"3 March 2024 11:05 (UTC+04:00)\n{sentence}", source="azernews")
    assert article.attribution == attribution
    assert article.cited_agencies == cited


def test_azernews_footer_rule_alone_at_the_end_is_removed() -> None:
    article = parse_checked(f"3 March 2024 11:05 (UTC+04:00)\n{LEAD}\n---")
    assert article.body == (LEAD,)


def test_azernews_rule_inside_the_body_is_kept() -> None:
    article = parse_checked(f"3 March 2024 11:05 (UTC+04:00)\n{LEAD}\n---\n{MORE}")
    assert article.body == (LEAD, "---", MORE)


def test_azernews_2015_summer_time_without_offset_is_plus_five() -> None:
    article = parse_checked(f"12 July 2015 10:00\n{LEAD}")
    assert article.published == dt.datetime(
        2015, 7, 12, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5))
    )
    assert isinstance(article.published, dt.datetime)
    assert article.published.utcoffset() == dt.timedelta(hours=5)


def test_azernews_printed_offset_that_baku_did_not_have_is_kept_with_a_warning() -> None:
    article = parse_checked(f"12 July 2015 10:00 (UTC+04:00)\n{LEAD}")
    assert isinstance(article.published, dt.datetime)
    assert article.published.utcoffset() == dt.timedelta(hours=4)
    assert [w.code.value for w in article.warnings] == ["offset-mismatch"]


def test_azernews_prefix_that_disagrees_with_the_date_line_warns() -> None:
    article = parse_checked(f" date 2024-03-04 3 March 2024 11:05 (UTC+04:00)\n{LEAD}")
    assert article.published == dt.datetime(2024, 3, 3, 11, 5, tzinfo=PLUS4)
    assert [w.code.value for w in article.warnings] == ["date-conflict"]


@given(azernews_texts())
def test_any_rendered_azernews_text_parses_back(rendered: Rendered) -> None:
    parse_rendered(rendered)
