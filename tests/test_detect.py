"""Source detection: URL first, then markers in the text, never a guess."""

from __future__ import annotations

import pytest

from ombudsparse import Source
from tests.helpers import parse_checked

PLAIN = "The Ombudsman received a delegation of visiting judges."


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "BAKU, Azerbaijan, November 14. The visit was discussed, the Ombudsman's Office told Trend.",
            Source.TREND,
        ),
        ("The two met, Trend reports.", Source.TREND),
        ("БАКУ /Trend/ - Омбудсмен встретилась с делегацией.", Source.TREND),
        ("Azerbaijan, Baku, Oct. 25 / Trend, A.Name /\n" + PLAIN, Source.TREND),
        ("Азербайджан, Баку, 14 ноября /корр. Trend Ф.Имя/\n" + PLAIN, Source.TREND),
        ("BAKU, Azerbaijan, Oct. 25\nTrend:\n" + PLAIN, Source.TREND),
        (
            PLAIN + "\nStay up to date with more news at Trend News Agency's WhatsApp channel",
            Source.TREND,
        ),
        ("(MENAFN- Trend News Agency) " + PLAIN, Source.TREND),
        ("The two met, Azernews reports.", Source.AZERNEWS),
        ("According to Azernews, the two met.", Source.AZERNEWS),
        (PLAIN + "\n---\nFollow us on Twitter @AzerNewsAz", Source.AZERNEWS),
        ("(MENAFN- AzerNews) " + PLAIN, Source.AZERNEWS),
        (
            "Please ensure Javascript is enabled for purposes of website accessibility\n" + PLAIN,
            Source.OMBUDSMAN,
        ),
        ("A title\n30-11-2022 361 dəfə oxunub\n" + PLAIN, Source.OMBUDSMAN),
        (
            "Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)\n" + PLAIN,
            Source.OMBUDSMAN,
        ),
    ],
)
def test_text_markers_identify_the_source(text: str, source: Source) -> None:
    article = parse_checked(text)
    assert article.source is source
    assert "source-unknown" not in [w.code.value for w in article.warnings]


@pytest.mark.parametrize(
    "text",
    [
        PLAIN,
        # Style markers of the official site are too weak on their own.
        "Ms. Sabina Aliyeva received the guests. It was noted that S. Aliyeva spoke about NPM.",
        # Other outlets' texts about the Ombudsman are not one of our sources.
        " date 2023-11-14 Baku. 14 November. REPORT.AZ/ The Ombudsman met a delegation.",
        "The trend in reports is clear: the Ombudsman met more guests.",
        "Azerbaijan's Ombudsman met the guests in Baku on November 14.",
    ],
)
def test_texts_without_markers_have_no_source_and_say_so(text: str) -> None:
    article = parse_checked(text)
    assert article.source is None
    assert [w.code.value for w in article.warnings if w.field == "source"] == ["source-unknown"]


def test_markers_of_two_sources_with_equal_weight_name_none() -> None:
    article = parse_checked("The two met, Trend reports. Earlier they met, Azernews reports.")
    assert article.source is None
    assert [w.code.value for w in article.warnings if w.field == "source"] == ["source-ambiguous"]


def test_the_stronger_marker_wins() -> None:
    article = parse_checked("The two met, Trend reports.\n---\nFollow us on Twitter @AzerNewsAz")
    assert article.source is Source.AZERNEWS


@pytest.mark.parametrize(
    ("url", "source"),
    [
        ("https://en.trend.az/azerbaijan/politics/3824474.html", Source.TREND),
        ("https://TREND.AZ./x/1.html", Source.TREND),
        ("https://www.azernews.az/nation/217417.html", Source.AZERNEWS),
        ("https://ombudsman.az/en/news/601", Source.OMBUDSMAN),
        ("https://www.ombudsman.gov.az/en/view/news/3569/a-slug", Source.OMBUDSMAN),
    ],
)
def test_the_url_domain_names_the_source(url: str, source: Source) -> None:
    article = parse_checked(PLAIN, url=url)
    assert article.source is source
    assert article.warnings[0].code.value == "date-missing"


@pytest.mark.parametrize(
    "url",
    ["https://nottrend.az/a.html", "https://trend.az.example.com/a.html", "https://report.az/a"],
)
def test_lookalike_domains_are_not_sources(url: str) -> None:
    assert parse_checked(PLAIN, url=url).source is None


def test_url_wins_over_text_markers_with_a_mismatch_warning() -> None:
    article = parse_checked(
        "The two met, Trend reports.", url="https://www.azernews.az/nation/1.html"
    )
    assert article.source is Source.AZERNEWS
    assert "source-mismatch" in [w.code.value for w in article.warnings]


def test_forced_source_wins_without_source_warnings() -> None:
    article = parse_checked(PLAIN, source=Source.TREND)
    assert article.source is Source.TREND
    assert not [w for w in article.warnings if w.field == "source"]
