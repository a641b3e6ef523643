"""HTML input: encodings, safety limits, layers and conflicts, fuzzing, real pages of other sites."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ombudsparse
from ombudsparse import DecodeError, HtmlError, Layer, OmbudsparseError, Source
from tests.helpers import check_record, parse_checked, parse_or_our_error, parse_rendered
from tests.strategies import Rendered, azernews_pages, official_pages, trend_pages

TREND_URL = "https://en.trend.az/azerbaijan/politics/4012345.html"
PLUS4 = dt.timezone(dt.timedelta(hours=4))


def trend_page(
    *, head: str = "", date_time: str = "7 July 2026 15:56 (UTC +04:00)", body: str = ""
) -> str:
    body = body or (
        "<p>BAKU, Azerbaijan, July 7. The Ombudsperson met a delegation, the Ombudsman's Office told Trend.</p>"
        "<p>The sides discussed the rights of children.</p>"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{head}</head><body>"
        "<div class='top-part'><h1>Ombudsperson meets a delegation</h1>"
        f"<div class='meta'><span class='categories'>Politics</span><span class='date-time'>{date_time}</span></div></div>"
        f"<div class='right-part'><div class='article-content article-paddings'>{body}</div></div>"
        "</body></html>"
    )


# ---------------------------------------------------------------- encodings


def test_meta_charset_decides_the_encoding_of_bytes() -> None:
    page = trend_page(body="<p>БАКУ /Trend/ - Омбудсмен встретилась с делегацией.</p>")
    page = page.replace("<meta charset='utf-8'>", "<meta charset='windows-1251'>")
    article = parse_checked(
        page.encode("cp1251"), url="https://www.trend.az/azerbaijan/politics/1.html"
    )
    assert article.body == ("Омбудсмен встретилась с делегацией.",)
    assert article.language is ombudsparse.Language.RU


def test_bom_wins_over_meta_charset() -> None:
    page = trend_page().replace("charset='utf-8'", "charset='windows-1251'")
    article = parse_checked(page.encode("utf-16"), url=TREND_URL)
    assert article.title == "Ombudsperson meets a delegation"


def test_explicit_encoding_wins_over_meta_charset() -> None:
    page = trend_page().replace("charset='utf-8'", "charset='windows-1251'")
    article = parse_checked(page.encode("utf-8"), url=TREND_URL, encoding="utf-8")
    assert article.title == "Ombudsperson meets a delegation"


def test_undecodable_page_is_our_error() -> None:
    with pytest.raises(DecodeError, match="utf-8"):
        ombudsparse.parse(b"<html><body><p>caf\xe9</p></body></html>")


def test_xml_declaration_with_encoding_is_accepted() -> None:
    page = "<?xml version='1.0' encoding='utf-8'?>" + trend_page()
    assert parse_checked(page, url=TREND_URL).title == "Ombudsperson meets a delegation"


# ---------------------------------------------------------------- safety


def test_unparseable_html_is_our_error() -> None:
    with pytest.raises(HtmlError, match="could not be parsed"):
        ombudsparse.parse("<!--")


@pytest.mark.parametrize(
    "page",
    [
        "<div>" * 50_000 + "<p>Deep inside.</p>",
        "<!DOCTYPE html><html><body>"
        + "<div><p>Many blocks.</p></div>" * 50_000
        + "</body></html>",
        "<html><body><p>" + "word " * 1_000_000 + "</p></body></html>",
        "<html><body><p title='" + "x" * 2_000_000 + "'>Huge attribute.</p></body></html>",
        "<html><body><script>"
        + "var x = 1;" * 300_000
        + "</script><p>After the script.</p></body></html>",
    ],
    ids=["deep", "many-blocks", "5MB-paragraph", "huge-attribute", "huge-script"],
)
def test_large_or_deep_pages_give_a_record_or_our_error(page: str) -> None:
    result = parse_or_our_error(page)
    if isinstance(result, OmbudsparseError):
        assert result.reason
    else:
        assert not any("var x" in p for p in result.body)


def test_oversized_input_is_our_error() -> None:
    with pytest.raises(ombudsparse.InputTooLargeError):
        ombudsparse.parse("<html><body><p>" + "x" * (33 * 1024 * 1024) + "</p></body></html>")


def test_entities_are_not_expanded_from_outside() -> None:
    page = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>Before &xxe; after.</p></body></html>"
    )
    result = parse_or_our_error(page)
    assert isinstance(result, OmbudsparseError) or not any("root:" in p for p in result.body)


# ---------------------------------------------------------------- layers and conflicts


def test_each_field_records_its_layer() -> None:
    head = (
        "<meta property='og:title' content='A meta title'>"
        "<meta property='article:published_time' content='2026-07-07T15:56:00+04:00'>"
    )
    article = parse_checked(trend_page(head=head), url=TREND_URL)
    assert article.title == "A meta title"
    assert article.provenance["title"] is Layer.META
    assert article.provenance["published"] is Layer.META
    assert article.provenance["body"] is Layer.MARKUP
    assert article.layout == "trend-v1"


def test_visible_date_that_disagrees_with_meta_is_kept_if_more_precise_with_a_warning() -> None:
    head = "<meta property='article:published_time' content='2026-07-06'>"
    article = parse_checked(trend_page(head=head), url=TREND_URL)
    assert article.published == dt.datetime(2026, 7, 7, 15, 56, tzinfo=PLUS4)
    assert article.provenance["published"] is Layer.MARKUP
    conflicts = [w for w in article.warnings if w.code is ombudsparse.WarningCode.DATE_CONFLICT]
    assert len(conflicts) == 1
    assert "2026-07-06" in conflicts[0].message


def test_year_less_markup_date_is_a_month_day_with_year_unknown_never_date_missing() -> None:
    body = "<p>Bakı. Trend:</p><p>Müvəkkil Səbinə Əliyeva qonaqları qəbul edib.</p>"
    page = trend_page(date_time="15 Noyabr 10:31 (UTC+04)", body=body)
    article = parse_checked(page, url=TREND_URL)
    assert article.published == ombudsparse.MonthDay(month=11, day=15)
    assert [(w.code.value, w.field) for w in article.warnings] == [("year-unknown", "published")]
    inferred = parse_checked(page, url=TREND_URL, reference_date=dt.date(2025, 12, 1))
    assert inferred.published == dt.date(2025, 11, 15)
    assert [w.code.value for w in inferred.warnings] == ["year-inferred"]


def test_year_less_markup_date_takes_the_year_of_an_agreeing_meta_date() -> None:
    head = "<meta itemprop='datePublished' content='2025-11-15T10:31:00+04:00'>"
    body = "<p>Bakı. Trend: Müvəkkil Səbinə Əliyeva qonaqları qəbul edib.</p>"
    page = trend_page(head=head, date_time="15 Noyabr 10:31", body=body)
    article = parse_checked(page, url=TREND_URL)
    assert article.dateline is not None
    assert article.dateline.place == "Bakı"
    assert article.published == dt.datetime(2025, 11, 15, 10, 31, tzinfo=PLUS4)
    assert article.warnings == ()


def test_agreeing_layers_keep_the_more_precise_date_silently() -> None:
    head = "<meta property='article:published_time' content='2026-07-07'>"
    article = parse_checked(trend_page(head=head), url=TREND_URL)
    assert article.published == dt.datetime(2026, 7, 7, 15, 56, tzinfo=PLUS4)
    assert article.warnings == ()


def test_jsonld_in_a_graph_is_read() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Trend"}, {"@type": "NewsArticle", "headline": "From the graph",'
        ' "datePublished": "2026-07-07T15:56:00+04:00", "author": [{"name": "Lara Venn"}, "Tomas Okafor"]}]}</script>'
    )
    article = parse_checked(trend_page(head=head), url=TREND_URL)
    assert article.title == "From the graph"
    assert article.authors == ("Lara Venn", "Tomas Okafor")
    assert article.provenance["authors"] is Layer.JSON_LD


def test_broken_jsonld_falls_back_to_the_next_layer() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    article = parse_checked(trend_page(head=head), url=TREND_URL)
    assert article.title == "Ombudsperson meets a delegation"
    assert article.provenance["title"] is Layer.MARKUP


def test_naive_meta_time_is_baku_time_on_a_source_page() -> None:
    head = "<meta property='article:published_time' content='2015-07-12T10:00:00'>"
    article = parse_checked(trend_page(head=head, date_time=""), url=TREND_URL)
    assert article.published == dt.datetime(
        2015, 7, 12, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5))
    )


def test_naive_meta_time_on_an_unknown_site_keeps_only_the_date() -> None:
    page = (
        "<html><head><meta property='article:published_time' content='2019-11-19T10:00:00'></head>"
        "<body><p>The Ombudsman met a delegation of judges from abroad.</p></body></html>"
    )
    article = parse_checked(page, url="https://example.com/news/1")
    assert article.published == dt.date(2019, 11, 19)


def test_site_name_identifies_a_saved_page_without_url() -> None:
    head = "<meta property='og:site_name' content='Trend.Az'>"
    article = parse_checked(trend_page(head=head))
    assert article.source is Source.TREND
    assert article.layout == "trend-v1"


def test_a_source_page_without_its_structure_warns_and_still_gives_the_text() -> None:
    page = "<html><body><div class='new-design'><p>BAKU, Azerbaijan, July 7. The Ombudsperson met a delegation.</p></div></body></html>"
    article = parse_checked(page, url=TREND_URL)
    assert [w.code.value for w in article.warnings][:1] == ["layout-unrecognised"]
    assert article.body == ("The Ombudsperson met a delegation.",)
    assert article.provenance["body"] is Layer.CONTENT


def test_empty_page_of_a_source_is_never_an_unexplained_empty_record() -> None:
    article = parse_checked("<html><body></body></html>", url=TREND_URL)
    codes = {w.code.value for w in article.warnings}
    assert {"layout-unrecognised", "body-empty"} <= codes


# ---------------------------------------------------------------- fuzzing

_TAGS = [
    "div",
    "p",
    "span",
    "a",
    "script",
    "style",
    "h1",
    "br",
    "table",
    "td",
    "li",
    "article",
    "meta",
    "title",
    "b",
]
_FRAGMENTS = st.one_of(
    st.sampled_from(_TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(_TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(_TAGS).map(
        lambda t: f"<{t} class='article-content article-paddings top-part date-time me-3 author'>"
    ),
    st.text(max_size=30),
    st.sampled_from(
        [
            '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "datePublished": "2023-99-99"}</script>',
            "<meta property='article:published_time' content='not a date'>",
            "<meta charset='no-such-charset'>",
            "<span class='date-time'>31 June 2023 10:00</span>",
            "<!-- unclosed comment",
            "<![CDATA[ x ]]>",
            "&nbsp;&amp;&#0;&#xD800;&bogus;",
            "<p>30-11-2022 361 dəfə oxunub</p>",
            "<a href='javascript:alert(1)'>x</a>",
            "<div title='" + "y" * 5000 + "'>",
        ]
    ),
)


@given(
    st.lists(_FRAGMENTS, max_size=40).map("".join),
    st.sampled_from(["<html>", "<!DOCTYPE html>", "<div>", "<p>"]),
    st.sampled_from(
        [
            None,
            TREND_URL,
            "https://www.azernews.az/nation/1.html",
            "https://ombudsman.az/en/news/1",
        ]
    ),
)
def test_fuzzed_html_gives_a_valid_record_or_our_error(
    soup: str, start: str, url: str | None
) -> None:
    result = parse_or_our_error(start + soup, url=url)
    assert isinstance(result, ombudsparse.Article) or result.reason


# ---------------------------------------------------------------- real pages of other sites

_EVAL = Path(
    os.environ.get(
        "OMBUDSPARSE_EVAL_DIR",
        Path(__file__).resolve().parents[2] / "shared" / "eval" / "article-extraction-benchmark",
    )
)


@pytest.mark.skipif(not _EVAL.is_dir(), reason=f"the evaluation pages are not at {_EVAL}")
def test_real_pages_of_other_sites_parse_and_are_not_attributed_to_our_sources() -> None:
    truth = json.loads((_EVAL / "ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted((_EVAL / "html").glob("*.html.gz"))
    assert len(pages) == 181
    for path in pages:
        key = path.name.removesuffix(".html.gz")
        data = gzip.decompress(path.read_bytes())
        for url in (truth[key]["url"], None):
            article = ombudsparse.parse(data, url=url)
            check_record(article)
            assert article.source is None, (key, url, article.source)
            assert article.body, key


# ---------------------------------------------------------------- render any article into each layout


@given(st.one_of(trend_pages(), azernews_pages(), official_pages()))
def test_any_article_rendered_into_a_source_layout_parses_back(rendered: Rendered) -> None:
    article = parse_rendered(rendered)
    assert not [w for w in article.warnings if w.code.value == "layout-unrecognised"]


def test_a_layout_that_promises_a_field_the_record_lacks_fails_when_made() -> None:
    from ombudsparse.sources.base import HtmlLayout

    with pytest.raises(ombudsparse.InvalidArgumentError, match="titel"):
        HtmlLayout(
            name="x-v1",
            valid_until=None,
            signature="//div",
            promises=frozenset({"titel", "body"}),
            body=lambda _page: None,
        )
