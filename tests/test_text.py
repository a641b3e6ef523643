"""Shared text steps: normalisation, prefixes, syndication, attribution, language."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ombudsparse import Language, Source, YearMonth
from ombudsparse.sources import AGENCIES
from ombudsparse.text import (
    find_attribution,
    guess_language,
    normalize,
    split_extractor_prefix,
    split_syndication_prefix,
)
from tests.helpers import parse_checked


@given(st.text())
def test_normalize_is_idempotent_and_leaves_no_odd_spaces(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert not {"\r", "\u00a0", "\t"} & set(once)
    assert all(line == line.strip() for line in once.split("\n"))


@pytest.mark.parametrize(
    ("text", "date", "rest"),
    [
        (
            " date 2023-09-21 21 September 2023 16:21 (UTC+04:00)",
            dt.date(2023, 9, 21),
            "21 September 2023 16:21 (UTC+04:00)",
        ),
        ("date 2023-09-21 A title", dt.date(2023, 9, 21), "A title"),
        (
            " date 2019-11 The first sentence.",
            YearMonth(year=2019, month=11),
            "The first sentence.",
        ),
        (" date 2023-09-21\nBody", dt.date(2023, 9, 21), "Body"),
        (" date 2023-02-30 Body", None, " date 2023-02-30 Body"),
        ("The date 2023-09-21 was set.", None, "The date 2023-09-21 was set."),
        (" date 2023-09-210 x", None, " date 2023-09-210 x"),
    ],
)
def test_extractor_prefix(text: str, date: object, rest: str) -> None:
    assert split_extractor_prefix(text) == (date, rest)


def test_year_month_prefix_completes_a_year_less_dateline() -> None:
    article = parse_checked(
        " date 2019-11 BAKU, Azerbaijan, November 14. The two met, Trend reports."
    )
    assert article.published == dt.date(2019, 11, 14)
    assert article.warnings == ()


def test_prefix_alone_gives_the_date_with_a_warning() -> None:
    article = parse_checked(" date 2019-11 The two met, Trend reports.")
    assert article.published == YearMonth(year=2019, month=11)
    assert [w.code.value for w in article.warnings] == ["date-from-prefix"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("(MENAFN- Trend News Agency) Body", "Trend News Agency"),
        ("(MENAFN- AzerNews) Body", "AzerNews"),
        ("(MENAFN – AzerNews)Body", "AzerNews"),
        ("Body (MENAFN- AzerNews)", None),
    ],
)
def test_syndication_prefix(text: str, name: str | None) -> None:
    assert split_syndication_prefix(text)[0] == name


def test_syndicated_copy_names_its_original_and_joins_hard_breaks() -> None:
    text = (
        "(MENAFN- AzerNews) The Ombudswoman met the envoy of a\n"
        "neighbouring country, Azernews reports.\n\n"
        "They discussed the return of\n"
        "displaced persons."
    )
    article = parse_checked(text)
    assert article.source is Source.AZERNEWS
    assert article.syndicated_from == "AzerNews"
    assert article.body == (
        "The Ombudswoman met the envoy of a neighbouring country, Azernews reports.",
        "They discussed the return of displaced persons.",
    )


@pytest.mark.parametrize(
    ("paragraph", "own", "who", "agencies"),
    [
        (
            "The meeting was held, the Ombudsman's Office told Trend.",
            ("Trend",),
            "the Ombudsman's Office",
            (),
        ),
        (
            "The meeting was held, the Ombudsman's Office told Trend on October 25.",
            ("Trend",),
            "the Ombudsman's Office",
            (),
        ),
        ("The meeting was held, Trend reports.", ("Trend",), None, ()),
        (
            "The two met, Azernews reports, citing the Ombudsman Office.",
            ("Azernews",),
            "the Ombudsman Office",
            (),
        ),
        (
            "As Azertaj was told by the Ombudsman's Office, the two met.",
            ("Azernews",),
            "the Ombudsman's Office",
            ("Azertaj",),
        ),
        ("According to APA, the two met.", ("Trend",), None, ("APA",)),
        (
            "The two met, the press service told Report.az.",
            (),
            "the press service",
            ("Report.az",),
        ),
        # Azerbaijani agency forms (plausible for Trend, seen for other agencies).
        (
            "Görüş keçirilib. Bu barədə Trend-ə Ombudsman Aparatından məlumat verilib.",
            ("Trend",),
            "Ombudsman Aparatından",
            (),
        ),
        (
            "Görüş keçirilib, bu barədə Ombudsman Aparatından Trend-ə bildirilib.",
            ("Trend",),
            "Ombudsman Aparatından",
            (),
        ),
        (
            "Müvəkkil Səbinə Əliyeva APA-ya açıqlamasında bildirib ki, görüş olub.",
            (),
            "Müvəkkil Səbinə Əliyeva",
            ("APA",),
        ),
        ("Bu barədə Report-a Aparatdan məlumat verilib.", (), "Aparatdan", ("Report",)),
        # Russian: "сообщили Trend в ...", "передает Report".
        (
            "Омбудсмен встретилась с гостем, сообщили Trend в аппарате омбудсмена.",
            ("Trend",),
            "аппарате омбудсмена",
            (),
        ),
        ("Омбудсмен встретилась с гостем, передает Report.", (), None, ("Report",)),
        ("Reports were prepared and sent to international organizations.", (), None, ()),
        ("Hesabat beynəlxalq təşkilatlara göndərilib və bildirilib.", (), None, ()),
        ("No attribution at all.", (), None, ()),
    ],
)
def test_attribution_phrases(
    paragraph: str, own: tuple[str, ...], who: str | None, agencies: tuple[str, ...]
) -> None:
    found = find_attribution((paragraph,), AGENCIES, own_names=own)
    assert (found.who, found.agencies) == (who, agencies)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Ombudsman received the guests and informed them about the mandate.", Language.EN),
        ("Müvəkkil qonaqları qəbul edib və onlara mandatı barədə məlumat verib.", Language.AZ),
        ("Омбудсмен приняла гостей и рассказала им о мандате.", Language.RU),
        ("2023 — 4,000 — 300", None),
    ],
)
def test_language_from_the_body(text: str, language: Language | None) -> None:
    assert guess_language((text,)) is language


def _language_by_counting(text: str) -> Language | None:
    """The rule of guess_language, counted letter by letter (its ASCII shortcut aside)."""
    words = re.findall(r"[^\W\d_]+", text)
    letters = sum(map(len, words))
    if not letters:
        return None
    if sum(1 for c in text if "\u0400" <= c <= "\u04ff") * 2 > letters:
        return Language.RU
    if (
        sum(1 for c in text if (c.isascii() and c.isalpha()) or "\u00c0" <= c <= "\u024f") * 2
        <= letters
    ):
        return None
    azerbaijani = sum(1 for word in words if set(word) & set("əƏıİğĞüÜöÖşŞçÇ"))
    return Language.AZ if azerbaijani * 4 > len(words) else Language.EN


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
def test_language_of_ascii_text_is_what_the_letter_counts_give(text: str) -> None:
    assert guess_language((text,)) is _language_by_counting(text)
