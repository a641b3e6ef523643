"""Texts of other outlets: headlines, date lines, datelines, bylines and chrome (issue forms)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ombudsparse import Language, MonthDay, Source, WarningCode
from ombudsparse.outlets import looks_like_headline, parse_date_line, split_headline
from tests.helpers import parse_checked
from tests.strategies import sentences

PLUS4 = dt.timezone(dt.timedelta(hours=4))
LEAD_AZ = "İnsan hüquqları üzrə müvəkkil Səbinə Əliyeva qonaqları qəbul edib."
MORE_AZ = "Görüşdə hüquqların müdafiəsi müzakirə olunub."
LEAD_EN = "The Ombudsman Sabina Aliyeva received a delegation of visiting judges."
MORE_EN = "The parties discussed the monitoring of detention places."
LEAD_RU = "Омбудсмен Сабина Алиева встретилась с делегацией судей."
MORE_RU = "Стороны обсудили мониторинг мест лишения свободы."


def codes(article: object) -> list[str]:
    return [w.code.value for w in article.warnings]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "title", "published", "views"),
    [
        # Metbuat-style date line with a view count.
        (
            f"Ombudsman səfiri qəbul edib\n29 Sentyabr 2020 Oxunub:2380\n{LEAD_AZ}\n{MORE_AZ}",
            "Ombudsman səfiri qəbul edib",
            dt.date(2020, 9, 29),
            2380,
        ),
        # A repost's ISO line with the original's site and a counter.
        (
            f"Ombudsman met judges\n2017-11-01 19:37 | www.trend.az | 0\n{LEAD_EN}\n{MORE_EN}",
            "Ombudsman met judges",
            dt.datetime(2017, 11, 1, 19, 37, tzinfo=PLUS4),
            None,
        ),
        # Report: headline, section, date and time on lines of their own.
        (
            f"Ombudsman qonaqları qəbul edib\nDaxili siyasət\n- 27 fevral, 2026\n- 10:37\n{LEAD_AZ}\n{MORE_AZ}",
            "Ombudsman qonaqları qəbul edib",
            dt.datetime(2026, 2, 27, 10, 37, tzinfo=PLUS4),
            None,
        ),
        # Numeric date with a time; Russian headline.
        (
            f"Омбудсмен встретилась с судьями\n27.02.2026 10:37\n{LEAD_RU}\n{MORE_RU}",
            "Омбудсмен встретилась с судьями",
            dt.datetime(2026, 2, 27, 10, 37, tzinfo=PLUS4),
            None,
        ),
        # English month-first date; Baku summer time in 2015.
        (
            f"Ombudsman met judges\nJuly 12, 2015 10:00\n{LEAD_EN}\n{MORE_EN}",
            "Ombudsman met judges",
            dt.datetime(2015, 7, 12, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5))),
            None,
        ),
        # The time before the date, the section after it (Üçnöqtə).
        (
            f"Ombudsman hərbi hissəni ziyarət edib\n15:36 - 7 Fevral 2023 - Xəbər\n{LEAD_AZ}\n{MORE_AZ}",
            "Ombudsman hərbi hissəni ziyarət edib",
            dt.datetime(2023, 2, 7, 15, 36, tzinfo=PLUS4),
            None,
        ),
        # A headline printed twice (News.az), no date.
        (
            f"Ombudsman met judges\nOmbudsman met judges\n{LEAD_EN}\n{MORE_EN}",
            "Ombudsman met judges",
            None,
            None,
        ),
    ],
)
def test_other_outlets_date_lines_and_headlines_leave_the_body(
    text: str, title: str, published: object, views: int | None
) -> None:
    for prefixed in (text, f" date 2001-01-01 {text}"):
        article = parse_checked(prefixed)
        assert article.source is None
        assert article.title == title
        assert article.body[0] in (LEAD_AZ, LEAD_EN, LEAD_RU)
        assert len(article.body) == 2
        assert article.view_count == views
        if published is not None:
            assert article.published == published
    assert parse_checked(text).published == published


@pytest.mark.parametrize(
    ("line", "place", "date_text", "published"),
    [
        ("Baku. 30 October. REPORT.AZ/", "Baku", "30 October", MonthDay(month=10, day=30)),
        ("Baku, April 29, AZERTAC", "Baku", "April 29", MonthDay(month=4, day=29)),
        ("Bakı, 8 oktyabr, APA", "Bakı", "8 oktyabr", MonthDay(month=10, day=8)),
        ("Баку, 8 октября, APA", "Баку", "8 октября", MonthDay(month=10, day=8)),
    ],
)
def test_other_agencies_datelines_alone_or_before_the_lead(
    line: str, place: str, date_text: str, published: object
) -> None:
    for text in (f"{line}\n{LEAD_EN}\n{MORE_EN}", f"{line} {LEAD_EN}\n{MORE_EN}"):
        article = parse_checked(text)
        assert article.dateline is not None
        assert (article.dateline.place, article.dateline.date_text) == (place, date_text)
        assert article.published == published
        assert article.body == (LEAD_EN, MORE_EN)
        assert "year-unknown" in codes(article)


@pytest.mark.parametrize(
    "chrome",
    [
        "© Report/ Elchin Murad",
        "Foto: APA",
        "Фото: Report",
        "Teqlər: ombudsman, Səbinə Əliyeva",
        "Tags: Ombudsman",
        "Теги: омбудсмен",
        "Paylaş",
        "Telegram",
        "Hadisələri anında izləyin!",
        "Keçid et",
        "Skip to content",
        "Читайте также",
        "XS",
    ],
)
def test_credits_tags_and_share_lines_leave_the_body_wherever_they_stand(chrome: str) -> None:
    text = f"{LEAD_EN}\n{chrome}\n{MORE_EN}\n{chrome}"
    assert parse_checked(text).body == (LEAD_EN, MORE_EN)


def test_related_headlines_after_the_service_lines_leave_the_body() -> None:
    text = f"{LEAD_EN}\n{MORE_EN}\nTelegram\nKeçid et\nBorder incident reported in the north\nFollow us"
    assert parse_checked(text).body == (LEAD_EN, MORE_EN)
    # Without a service line, a last line without a full stop (a cut text) stays.
    cut = f"{LEAD_EN}\n{MORE_EN}\nThe Ombudsman also noted that the"
    assert parse_checked(cut).body[-1] == "The Ombudsman also noted that the"


def test_site_clock_in_the_header_is_not_the_publication_date() -> None:
    text = f"Keçid linkləri\n2024, 29 Mart, Cümə, Bakı vaxtı 16:01\nOmbudsman hesabat verəcək\n{LEAD_AZ}\n{MORE_AZ}"
    article = parse_checked(text)
    assert article.published is None
    assert article.title == "Ombudsman hesabat verəcək"
    assert article.body == (LEAD_AZ, MORE_AZ)


@pytest.mark.parametrize(
    "chrome", ["EN", "AZ | RU | EN", "Xəbər lenti", "Daxili siyasət", "Политика"]
)
def test_head_chrome_leaves_the_body_but_the_same_words_in_the_body_stay(chrome: str) -> None:
    article = parse_checked(f"{chrome}\nOmbudsman met judges\n{LEAD_EN}\n{MORE_EN}")
    assert article.title == "Ombudsman met judges"
    assert article.body == (LEAD_EN, MORE_EN)
    # Deep in the body the same line is the article's own (a list item, a quote);
    # a few capitals alone ("EN") never are, and go wherever they stand.
    deep = parse_checked("\n".join([LEAD_EN] * (12) + [chrome, MORE_EN])).body
    assert (chrome in deep) is (not chrome.isupper() or len(chrome) > 3)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Akbar Mammadov", ("Akbar Mammadov",)),
        ("Müəllif: Aynur Həsənova", ("Aynur Həsənova",)),
        ("Автор: Иван Петров", ("Иван Петров",)),
    ],
)
def test_bylines_become_authors(byline: str, authors: tuple[str, ...]) -> None:
    article = parse_checked(f"{byline}\n{LEAD_EN}\n{MORE_EN}")
    assert article.authors == authors
    assert article.body == (LEAD_EN, MORE_EN)


def test_relative_date_needs_the_reference_date() -> None:
    text = (
        f"Омбудсмен встретилась с судьями\nFirst News Media11:57 - Сегодня\n{LEAD_RU}\n{MORE_RU}"
    )
    alone = parse_checked(text)
    assert alone.published is None
    assert alone.body == (LEAD_RU, MORE_RU)
    assert "date-relative" in codes(alone)
    read = parse_checked(text, reference_date=dt.date(2025, 10, 8))
    assert read.published == dt.datetime(2025, 10, 8, 11, 57, tzinfo=PLUS4)
    assert "date-relative" in codes(read)
    yesterday = parse_checked(
        text.replace("Сегодня", "Вчера"), reference_date=dt.date(2025, 10, 8)
    )
    assert yesterday.published == dt.datetime(2025, 10, 7, 11, 57, tzinfo=PLUS4)


@pytest.mark.parametrize(
    "sentence",
    [
        "The 27 February 2026 meeting was held in Baku.",
        "2017-11-01 was the day the report was presented to parliament.",
        "Today the Ombudsman met the guests in her office in Baku.",
        # A time first, then a sentence: not a date line.
        "10:00 - 27 February 2026 the Ombudsman met the guests in Baku.",
        "10:00, 27 guests were received by the Ombudsman in Baku.",
    ],
)
def test_dates_inside_sentences_are_not_date_lines(sentence: str) -> None:
    assert parse_date_line(sentence) is None
    article = parse_checked(f"{sentence}\n{MORE_EN}")
    assert article.body == (sentence, MORE_EN)
    assert article.published is None


def test_a_lead_sentence_is_never_a_headline() -> None:
    assert not looks_like_headline(LEAD_EN)
    assert parse_checked(f"{LEAD_EN}\n{MORE_EN}").title is None
    # One line alone is the text, not a headline over nothing.
    assert parse_checked("Ombudsman met judges").title is None


headlines = (
    st.lists(
        st.sampled_from(["Ombudsman", "meets", "envoy", "of", "Norland", "in", "Baku", "judges"]),
        min_size=2,
        max_size=12,
    )
    .map(" ".join)
    .filter(lambda h: h.split()[-1] not in ("of", "in"))
)  # a headline ends on a word


@given(headline=headlines, body=st.lists(sentences(), min_size=1, max_size=4, unique=True))
def test_rendered_other_outlet_text_with_and_without_a_headline(
    headline: str, body: list[str]
) -> None:
    with_title = parse_checked("\n".join([headline, *body]))
    assert with_title.title == headline
    assert with_title.body == tuple(body)
    without = parse_checked("\n".join(body))
    assert without.title is None
    assert without.body == tuple(body)


def test_split_headline_keeps_a_text_of_headline_like_lines_whole() -> None:
    assert split_headline(("Ombudsman met judges", "Another short line")) == (
        None,
        ("Ombudsman met judges", "Another short line"),
    )


# ---------------------------------------------------------------- misleading attribution


@pytest.mark.parametrize(
    "text",
    [
        f"By Akbar Mammadov\n{LEAD_EN}\nThe report was praised, MP Jane Roe told Trend News Agency.",
        f'{LEAD_AZ}\n"Report" xəbər verir ki, görüşdə deputat Trend-ə bildirib ki, hər şey yaxşıdır.',
        f"{LEAD_EN} The two met, Trend reports.\nThe details were told to News.az by the office, the MP told News.az.",
        f"Ombudsman met judges\n2017-11-01 19:37 | www.trend.az | 0\n{LEAD_EN} The two met, Trend reports.",
    ],
)
def test_another_outlet_quoting_trend_is_not_trend(text: str) -> None:
    article = parse_checked(text)
    assert article.source is None
    (warning,) = [w for w in article.warnings if w.field == "source"]
    assert warning.code is WarningCode.SOURCE_UNKNOWN
    assert "trend" in warning.message


def test_trend_own_dateline_still_wins_over_a_quoted_outlet() -> None:
    text = f"BAKU, Azerbaijan, March 3. {LEAD_EN}\nThe MP told Report.az the same, she told Trend."
    assert parse_checked(text).source is Source.TREND


def test_text_language_overrules_the_url_edition_with_a_warning() -> None:
    text = f"BAKU, Azerbaijan, March 3. {LEAD_EN} {MORE_EN}\n{MORE_EN}"
    article = parse_checked(text, url="https://www.trend.az/azerbaijan/politics/4012345.html")
    assert article.language is Language.EN
    assert "language-conflict" in codes(article)
    russian = parse_checked(
        f"БАКУ /Trend/ - {LEAD_RU} {MORE_RU}\n{MORE_RU}", url="https://www.trend.az/a/1.html"
    )
    assert russian.language is Language.RU
    assert "language-conflict" not in codes(russian)


# ---------------------------------------------------------------- more outlets' forms


@pytest.mark.parametrize(
    ("text", "dateline", "published"),
    [
        ("БАКУ, 16 авг – 1NEWS.AZ", "БАКУ, 16 авг – 1NEWS.AZ", MonthDay(month=8, day=16)),
        ("БАКУ, 19 дек - Sputnik.", "БАКУ, 19 дек - Sputnik", MonthDay(month=12, day=19)),
        ("YEREVAN. –", "YEREVAN. –", None),
    ],
)
def test_agency_datelines_with_abbreviated_months_or_no_date(
    text: str, dateline: str, published: object
) -> None:
    article = parse_checked(f"Ombudsman met judges\n{text} {LEAD_RU}\n{MORE_RU}")
    assert article.dateline is not None
    assert article.dateline.text == dateline
    assert article.published == published
    assert article.body == (LEAD_RU, MORE_RU)


def test_agency_dateline_after_a_summary_paragraph() -> None:
    text = f"Омбудсмен встретилась с судьями\n{LEAD_RU}\nБАКУ, 19 дек - Sputnik. {MORE_RU}"
    article = parse_checked(text)
    assert article.published == MonthDay(month=12, day=19)
    assert article.body == (LEAD_RU, MORE_RU)


@pytest.mark.parametrize(
    "line",
    [
        "Region:Armenia, Karabakh, Azerbaijan",
        "Theme: Politics, Analytics",
        "Armenia News - NEWS.am",
        "Report.az",
        "This text available in Русский",
        "Сабина Алиева Фото: Иван Петров/Агентство",
        "Карабах - новости региона, читайте на Sputnik Азербайджан",
        "С полным текстом интервью можно ознакомиться по ссылке.",
        "1744",
    ],
)
def test_label_site_caption_promotion_and_counter_lines_are_chrome(line: str) -> None:
    article = parse_checked(f"Ombudsman met judges\n{line}\n{LEAD_EN}\n{MORE_EN}\n{line}")
    assert article.body == (LEAD_EN, MORE_EN)


def test_time_first_date_line() -> None:
    article = parse_checked(f"Ombudsman met judges\n19:20, 29.09.2017\n{LEAD_EN}\n{MORE_EN}")
    assert article.published == dt.datetime(2017, 9, 29, 19, 20, tzinfo=PLUS4)


def test_a_name_alone_on_the_last_line_is_the_author() -> None:
    article = parse_checked(f"Ombudsman met judges\n{LEAD_RU}\n{MORE_RU}\nТимур Рзаев\n1744")
    assert article.authors == ("Тимур Рзаев",)
    assert article.body == (LEAD_RU, MORE_RU)


def test_a_line_broken_off_after_a_function_word_is_not_a_headline() -> None:
    assert not looks_like_headline("In 2023, appeals were answered, Azernews reports, citing")
    assert looks_like_headline("Ombudsman meets envoy of Norland")


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "The appeal was sent, Trend reports on Sept.21 citing the Ombudsman's Office.",
            "the Ombudsman's Office",
        ),
        (
            "The report was prepared, Trend reports via the Ombudsman's office.",
            "the Ombudsman's office",
        ),
        ("Как сообщили АПА в Аппарате омбудсмена, она отметила это.", "Аппарате омбудсмена"),
        (
            "Как сообщает 1news.az со ссылкой на пресс-службу омбудсмена, она отметила.",
            "пресс-службу омбудсмена",
        ),
    ],
)
def test_attribution_variants(sentence: str, who: str) -> None:
    assert parse_checked(sentence).attribution == who


def test_trend_older_page_text_with_section_date_line_and_no_dateline() -> None:
    text = (
        "Ombudsman visits Ganja\n\nSociety Materials 22 April 2006 11:24 (UTC +04:00)\n\n"
        "Ombudsman Elmira Suleymanova visited Ganja on April 21. Trend reports that she met judges."
    )
    article = parse_checked(text)
    assert article.source is Source.TREND
    assert article.title == "Ombudsman visits Ganja"
    assert article.published == dt.datetime(2006, 4, 22, 11, 24, tzinfo=PLUS4)
    assert article.categories == ("Society",)
    assert article.body[0].startswith("Ombudsman Elmira Suleymanova visited")


def test_trend_section_date_line_and_update_note_before_the_dateline() -> None:
    text = (
        "Ombudsperson appeals to organizations (UPDATE)\n"
        "Politics Materials 21 September 2021 17:36 (UTC +04:00)\n"
        "Details added: first version posted on 10:07\n"
        "BAKU, Azerbaijan, Sept. 21\n\n"
        f"{LEAD_EN} Trend reports on Sept.21 citing the Ombudsman's Office."
    )
    article = parse_checked(text)
    assert article.published == dt.datetime(2021, 9, 21, 17, 36, tzinfo=PLUS4)
    assert article.body == (f"{LEAD_EN} Trend reports on Sept.21 citing the Ombudsman's Office.",)
    assert article.attribution == "the Ombudsman's Office"


def test_a_copy_on_another_site_is_that_sites_but_read_as_its_original() -> None:
    text = f"(MENAFN- Trend News Agency) BAKU, Azerbaijan, July 7. {LEAD_EN}\n{MORE_EN}"
    copy = parse_checked(text, url="https://menafn.com/1108000001/Ombudsperson")
    assert copy.source is None
    assert copy.syndicated_from == "Trend News Agency"
    assert copy.published == MonthDay(month=7, day=7)
    assert copy.body == (LEAD_EN, MORE_EN)
    assert "copy of trend" in copy.warnings[0].message
    # Without its URL, the text names its original.
    assert parse_checked(text).source is Source.TREND


def test_menu_lines_above_the_headline_leave_the_body() -> None:
    text = f"Old version\nLatest issue now\nOmbudsman met judges of Norland\n{LEAD_EN}\n{MORE_EN}"
    article = parse_checked(text)
    assert article.title == "Ombudsman met judges of Norland"
    assert article.body == (LEAD_EN, MORE_EN)
    # A short headline alone is the headline, not a menu.
    assert parse_checked(f"Ombudsman met judges\n{LEAD_EN}").title == "Ombudsman met judges"


# Lines that are chrome wherever they stand, and lines that are only at the head.
ANYWHERE = [
    "EN",
    "Teqlər: ombudsman",
    "© Report/ Elchin Murad",
    "Paylaş",
    "Telegram",
    "Report.az",
    "1744",
]
HEAD_ONLY = ["Xəbər lenti", "Daxili siyasət", "- 27 fevral, 2026", "- 10:37", "By Akbar Mammadov"]
chrome_lines = st.sampled_from(ANYWHERE + HEAD_ONLY)


@given(
    # Sentences ending in "?" or "!" above a date line read as headlines by design.
    body=st.lists(
        sentences().filter(lambda t: t.endswith(".")), min_size=1, max_size=8, unique=True
    ),
    chrome=st.lists(st.tuples(st.integers(0, 8), chrome_lines), max_size=6),
)
def test_chrome_anywhere_never_takes_a_sentence_of_the_body_with_it(
    body: list[str], chrome: list[tuple[int, str]]
) -> None:
    lines = list(body)
    for position, line in sorted(chrome, reverse=True):
        lines.insert(min(position, len(lines)), line)
    article = parse_checked("\n".join(lines))
    # Every sentence comes out, in order: chrome never takes a sentence with it.
    assert [p for p in article.body if p in body] == body
    # Chrome of the anywhere kind never stays; head chrome stays only below the head.
    assert not set(article.body) & set(ANYWHERE)
    assert set(article.body) - set(body) <= set(HEAD_ONLY)
    if all(position == 0 for position, _line in chrome):
        assert article.body == tuple(body)


def test_a_date_line_under_the_text_with_its_section_dates_the_article() -> None:
    text = (
        f"Ombudsman met judges\n{LEAD_EN}\n{MORE_EN}\n17 September 2021 10:24 - Social\n"
        "8 November 2021 | 09:00\nAzerbaijan marks Victory Day"
    )
    article = parse_checked(text)
    assert article.published == dt.datetime(2021, 9, 17, 10, 24, tzinfo=PLUS4)
    # The related article's date and headline are the page's, not the body's.
    assert article.body == (LEAD_EN, MORE_EN)


def test_date_lines_of_related_articles_under_the_text_are_neither_date_nor_body() -> None:
    text = (
        f"Омбудсмен встретилась с судьями\n{LEAD_RU}\n{MORE_RU}\n21 Декабря 2024 13:07\n"
        "В пенитенциарных учреждениях появится новая возможность\n21 Декабря 2024 13:27\n"
        "Избирательные участки создаются в регионах"
    )
    article = parse_checked(text)
    assert article.published is None  # no section: another article's date
    assert article.body == (LEAD_RU, MORE_RU)


def test_a_date_printed_above_the_text_wins_over_one_under_it() -> None:
    text = f"Ombudsman met judges\n27.02.2026 10:37\n{LEAD_EN}\n{MORE_EN}\n17 September 2021 10:24 - Social"
    article = parse_checked(text)
    assert article.published == dt.datetime(2026, 2, 27, 10, 37, tzinfo=PLUS4)
    assert article.body == (LEAD_EN, MORE_EN)


def test_a_sentence_under_the_text_that_starts_with_a_date_stays_body() -> None:
    closing = "17 September 2021 was the day the mission ended in Aghdam."
    article = parse_checked(f"Ombudsman met judges\n{LEAD_EN}\n{MORE_EN}\n{closing}")
    assert article.body == (LEAD_EN, MORE_EN, closing)
    assert article.published is None


def test_a_date_line_with_sentences_below_it_stands_in_the_article_and_stays_body() -> None:
    # Only a date line under the text's last sentence is the page's.
    middle = "17 September 2021 10:24 - Social"
    article = parse_checked(f"Ombudsman met judges\n{LEAD_EN}\n{middle}\n{MORE_EN}")
    assert article.body == (LEAD_EN, middle, MORE_EN)
    assert article.published is None


@pytest.mark.parametrize("clocks", [1, 2, 1_000])
def test_a_date_line_takes_one_clock_before_its_date_and_no_line_of_clocks(clocks: int) -> None:
    line = "10:00 - " * clocks + "7 Fevral 2023"
    found = parse_date_line(line)
    if clocks == 1:
        assert found == (dt.datetime(2023, 2, 7, 10, 0, tzinfo=PLUS4), None)
    else:
        assert found is None  # a time and a date's own time: no form seen
    article = parse_checked(f"Ombudsman met judges\n{line}\n{LEAD_EN}\n{MORE_EN}")
    assert article.body[-2:] == (LEAD_EN, MORE_EN)
