"""Trend: every dateline style of SOURCES.md and plausible variants, footers, render/parse."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from ombudsparse import Language, MonthDay, Source
from tests.helpers import parse_checked, parse_rendered
from tests.strategies import Rendered, trend_texts

LEAD = "The Ombudsperson received a delegation of visiting judges."
MORE = "The parties discussed the monitoring of detention places."


@pytest.mark.parametrize(
    ("text", "place", "date_text", "published"),
    [
        # Current English style (seen): full month, no year, lead on the same line.
        (
            f"BAKU, Azerbaijan, November 14. {LEAD}\n\n{MORE}",
            "BAKU",
            "November 14",
            MonthDay(month=11, day=14),
        ),
        # Older English style (seen): abbreviated month, then a "Trend:" line.
        (
            f"BAKU, Azerbaijan, Oct. 25\nTrend:\n{LEAD}\n{MORE}",
            "BAKU",
            "Oct. 25",
            MonthDay(month=10, day=25),
        ),
        # Older style with the lead after "Trend:" on the same line.
        (
            f"BAKU, Azerbaijan, Oct. 25\nTrend: {LEAD}\n{MORE}",
            "BAKU",
            "Oct. 25",
            MonthDay(month=10, day=25),
        ),
        # Another city, another country, "Sept." abbreviation.
        (
            f"TBILISI, Georgia, Sept. 3. {LEAD}\n{MORE}",
            "TBILISI",
            "Sept. 3",
            MonthDay(month=9, day=3),
        ),
        # A dateline that prints the year.
        (
            f"BAKU, Azerbaijan, November 14, 2023. {LEAD}\n{MORE}",
            "BAKU",
            "November 14, 2023",
            dt.date(2023, 11, 14),
        ),
        # Russian (seen) and Azerbaijani (unknown, by analogy) slash datelines.
        (f"БАКУ /Trend/ - {LEAD}\n{MORE}", "БАКУ", None, None),
        (f"BAKI /Trend/ - {LEAD}\n{MORE}", "BAKI", None, None),
        (
            f"Баку, 14 ноября /Trend/ - {LEAD}\n{MORE}",
            "Баку",
            "14 ноября",
            MonthDay(month=11, day=14),
        ),
        # Azerbaijani edition (reported): "Bakı. Trend:" alone or before the lead.
        (f"Bakı. Trend:\n{LEAD}\n{MORE}", "Bakı", None, None),
        (f"Bakı. Trend: {LEAD}\n{MORE}", "Bakı", None, None),
        (f"BAKI. Trend: {LEAD}\n{MORE}", "BAKI", None, None),
        (f"Gəncə. Trend:\n{LEAD}\n{MORE}", "Gəncə", None, None),
        # Plausible variants: day before month; country first with the correspondent named.
        (
            f"BAKU, Azerbaijan, 14 November. {LEAD}\n{MORE}",
            "BAKU",
            "14 November",
            MonthDay(month=11, day=14),
        ),
        (
            f"Azerbaijan, Baku, Oct. 25 / Trend, A.Name /\n{LEAD}\n{MORE}",
            "Baku",
            "Oct. 25",
            MonthDay(month=10, day=25),
        ),
        (
            f"Азербайджан, Баку, 14 ноября /корр. Trend Ф.Имя/\n{LEAD}\n{MORE}",
            "Баку",
            "14 ноября",
            MonthDay(month=11, day=14),
        ),
    ],
)
def test_trend_dateline_styles(
    text: str, place: str, date_text: str | None, published: object
) -> None:
    article = parse_checked(text, source="trend")
    assert article.source is Source.TREND
    assert article.dateline is not None
    assert article.dateline.place == place
    assert article.dateline.date_text == date_text
    assert article.body == (LEAD, MORE)
    if published is None:
        assert article.published is None
        assert "date-missing" in [w.code.value for w in article.warnings]
    else:
        assert article.published == published


def test_trend_dateline_without_year_keeps_year_unknown() -> None:
    article = parse_checked(f"BAKU, Azerbaijan, November 14. {LEAD}")
    assert article.published == MonthDay(month=11, day=14)
    (warning,) = article.warnings
    assert (warning.code.value, warning.field) == ("year-unknown", "published")


def test_trend_year_is_inferred_from_a_reference_date_across_new_year() -> None:
    article = parse_checked(
        f"BAKU, Azerbaijan, Dec. 30. {LEAD}", reference_date=dt.date(2024, 1, 3)
    )
    assert article.published == dt.date(2023, 12, 30)
    assert [w.code.value for w in article.warnings] == ["year-inferred"]


def test_trend_year_from_matching_extractor_prefix_needs_no_warning() -> None:
    article = parse_checked(f" date 2023-11-14 BAKU, Azerbaijan, November 14. {LEAD}")
    assert article.published == dt.date(2023, 11, 14)
    assert article.warnings == ()


def test_trend_year_from_a_later_extractor_prefix_is_inferred_and_said() -> None:
    article = parse_checked(f" date 2024-01-02 BAKU, Azerbaijan, Dec. 30. {LEAD}")
    assert article.published == dt.date(2023, 12, 30)
    assert [w.code.value for w in article.warnings] == ["year-inferred"]


@pytest.mark.parametrize(
    "footer",
    [
        "Stay up to date with more news at Trend News Agency's WhatsApp channel",
        "Stay up-to-date with more news on Trend News Agency's WhatsApp channel",
        "Stay up to date with more news at Trend News Agency’s WhatsApp channel.",
        "Follow Trend News Agency on Telegram",
    ],
)
def test_trend_footers_are_removed(footer: str) -> None:
    article = parse_checked(f"BAKU, Azerbaijan, November 14. {LEAD}\n\n{MORE}\n\n{footer}")
    assert article.body == (LEAD, MORE)


def test_trend_title_and_visible_date_before_the_dateline() -> None:
    text = f"Ombudsperson receives judges\n7 July 2026 15:56 (UTC +04:00)\nBAKU, Azerbaijan, July 7. {LEAD}"
    article = parse_checked(text)
    assert article.title == "Ombudsperson receives judges"
    assert article.published == dt.datetime(
        2026, 7, 7, 15, 56, tzinfo=dt.timezone(dt.timedelta(hours=4))
    )
    assert article.warnings == ()


def test_trend_visible_date_that_contradicts_the_dateline_is_kept_with_a_warning() -> None:
    text = f"Title\n7 July 2026 15:56 (UTC +04:00)\nBAKU, Azerbaijan, July 8. {LEAD}"
    article = parse_checked(text)
    assert isinstance(article.published, dt.datetime)
    assert [w.code.value for w in article.warnings] == ["date-conflict"]


def test_trend_attribution_told_trend_on_a_date() -> None:
    article = parse_checked(
        "BAKU, Azerbaijan, Oct. 25\nTrend:\nThe visit is planned, the Ombudsman's Office told Trend on October 25."
    )
    assert article.attribution == "the Ombudsman's Office"
    assert article.cited_agencies == ()


@pytest.mark.parametrize(
    ("url", "language"),
    [
        ("https://en.trend.az/azerbaijan/politics/3824474.html", Language.EN),
        ("https://az.trend.az/azerbaijan/politics/3824474.html", Language.AZ),
        ("https://www.trend.az/azerbaijan/politics/3824474.html", Language.RU),
        ("https://trend.az/azerbaijan/politics/3824474.html", Language.RU),
    ],
)
def test_trend_edition_language_comes_from_the_url(url: str, language: Language) -> None:
    article = parse_checked(f"BAKU, Azerbaijan, November 14. {LEAD}", url=url)
    assert article.source is Source.TREND
    assert article.language is language
    assert article.url == url


def test_trend_text_without_dateline_keeps_every_paragraph() -> None:
    article = parse_checked(f"{LEAD}\n{MORE}", source="trend")
    assert article.body == (LEAD, MORE)
    assert article.dateline is None


@given(trend_texts())
def test_any_rendered_trend_text_parses_back(rendered: Rendered) -> None:
    article = parse_rendered(rendered)
    assert not any("WhatsApp" in p for p in article.body)


AZ_LEAD = "İnsan hüquqları üzrə müvəkkil Səbinə Əliyeva qonaqları qəbul edib."
AZ_MORE = "Görüşdə hüquqların müdafiəsi müzakirə olunub."


@pytest.mark.parametrize(
    "footer",
    [
        "Trend-i buradan izləyin",
        "Trend-in Telegram kanalına abunə olun",
        "Trend-i WhatsApp kanalında izləyin",
        "Trend-i Google News-da izləyin",
        "Ən son xəbərləri Trend-in Facebook səhifəsində izləyin",
    ],
)
def test_trend_azerbaijani_edition_without_url_is_trend_and_drops_footers(footer: str) -> None:
    text = (
        "Ombudsman qonaqları qəbul edib\n6 Dekabr 2025 15:49 (UTC +04:00)\n"
        f"Bakı. Trend:\n{AZ_LEAD} Bu barədə Trend-ə Ombudsman Aparatından məlumat verilib.\n"
        f"{AZ_MORE}\n{footer}"
    )
    article = parse_checked(text)
    assert article.source is Source.TREND
    assert article.language is Language.AZ
    assert article.title == "Ombudsman qonaqları qəbul edib"
    assert article.published == dt.datetime(
        2025, 12, 6, 15, 49, tzinfo=dt.timezone(dt.timedelta(hours=4))
    )
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.place) == ("Bakı. Trend:", "Bakı")
    assert article.attribution == "Ombudsman Aparatından"
    assert article.body[-1] == AZ_MORE
    assert article.body[0].startswith("İnsan hüquqları")


def test_trend_attribution_in_azerbaijani_alone_names_trend() -> None:
    article = parse_checked(f"{AZ_LEAD} Ombudsman Aparatından Trend-ə bildirilib.")
    assert article.source is Source.TREND
    assert article.attribution == "Ombudsman Aparatından"


def test_trend_footer_words_in_a_body_sentence_are_kept() -> None:
    sentence = "The Ombudsperson spoke about hate speech on Facebook and other networks."
    article = parse_checked(f"BAKU, Azerbaijan, March 3. {LEAD}\n{sentence}")
    assert article.body == (LEAD, sentence)


def test_trend_headline_printed_twice_before_the_dateline_is_one_title() -> None:
    article = parse_checked(
        f"Ombudsperson meets judges\nOmbudsperson meets judges\nBAKU, Azerbaijan, March 3. {LEAD}"
    )
    assert article.title == "Ombudsperson meets judges"
    assert article.body == (LEAD,)
