"""The official site: chrome, title, views line, repeated title, body-only copies."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from ombudsparse import Language, Source
from tests.helpers import parse_checked, parse_rendered
from tests.strategies import Rendered, official_texts

TITLE = "Ombudsperson visits a children's shelter"
LEAD = "The Ombudsperson visited a shelter for children in Shaki."
MORE = "It was noted that the conditions had improved."
ACCESSIBILITY = "Please ensure Javascript is enabled for purposes of website accessibility"
SITE = "Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)"


@pytest.mark.parametrize(
    "chrome",
    [
        [f"{ACCESSIBILITY} {SITE}", "Call center 916"],
        [ACCESSIBILITY, SITE, "916", "Call center 916"],
        [SITE],
        [],
        ["Home", "News", "Search"],  # unknown chrome: still above the title, so dropped
    ],
)
def test_official_page_text_with_any_chrome(chrome: list[str]) -> None:
    text = "\n".join([*chrome, TITLE, "05-03-2024 1 204 dəfə oxunub", TITLE, LEAD, MORE])
    article = parse_checked(text, source="ombudsman")
    assert article.title == TITLE
    assert article.published == dt.date(2024, 3, 5)
    assert article.view_count == 1204
    assert article.body == (LEAD, MORE)
    assert article.warnings == ()


def test_official_page_without_repeated_title() -> None:
    text = "\n".join([ACCESSIBILITY, TITLE, "05-03-2024 12 dəfə oxunub", LEAD, MORE])
    article = parse_checked(text)
    assert article.source is Source.OMBUDSMAN
    assert article.title == TITLE
    assert article.body == (LEAD, MORE)


def test_official_title_only_after_the_views_line() -> None:
    article = parse_checked(
        "\n".join(["05-03-2024 12 dəfə oxunub", TITLE, LEAD]), source="ombudsman"
    )
    assert article.title == TITLE
    assert article.body == (LEAD,)


def test_official_views_line_first_does_not_take_a_sentence_for_a_title() -> None:
    article = parse_checked(
        "\n".join(["05-03-2024 12 dəfə oxunub", LEAD, MORE]), source="ombudsman"
    )
    assert article.title is None
    assert article.body == (LEAD, MORE)


def test_official_body_only_copy_drops_leading_chrome_only() -> None:
    article = parse_checked(
        "\n".join([ACCESSIBILITY, "Call center 916", LEAD, "916", MORE]), source="ombudsman"
    )
    assert article.title is None
    assert article.body == (LEAD, "916", MORE)
    assert [w.code.value for w in article.warnings] == ["date-missing"]


def test_official_date_deep_in_a_body_only_copy_stays_in_the_body() -> None:
    paragraphs = [LEAD, *(f"{MORE} ({n})" for n in range(12)), "05-03-2024", "The end."]
    article = parse_checked("\n".join(paragraphs), source="ombudsman")
    assert article.body == tuple(paragraphs)
    assert article.published is None


@pytest.mark.parametrize(
    ("url", "language"),
    [
        ("https://ombudsman.az/en/view/news/3569/a-slug", Language.EN),
        ("https://ombudsman.az/az/news/601", Language.AZ),
        ("https://www.ombudsman.gov.az/ru/news/601", Language.RU),
    ],
)
def test_official_edition_language_comes_from_the_url(url: str, language: Language) -> None:
    article = parse_checked(f"{TITLE}\n05-03-2024 12 dəfə oxunub\n{LEAD}", url=url)
    assert article.source is Source.OMBUDSMAN
    assert article.language is language


@given(official_texts())
def test_any_rendered_official_text_parses_back(rendered: Rendered) -> None:
    parse_rendered(rendered)
