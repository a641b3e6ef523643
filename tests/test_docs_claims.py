"""Claims of the README and the docs pages that a reader can check, checked (issue 12 §6).

One test per claim that no other test or doctest checks already, named after the
claim and grouped by the page that makes it. Each builds its input by hand, in
the shape the page describes. The claims that other tests check are listed,
with those tests, in the report of the change that added this file.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import re
from pathlib import Path

import attrs
import pytest

import ombudsparse
from ombudsparse import Article, Layer, MonthDay, ParseWarning, Source, WarningCode
from ombudsparse.cli import main
from ombudsparse.drift import drift_report, format_report, promised_fields
from ombudsparse.sources import PARSERS
from tests.helpers import parse_checked

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PLUS4 = dt.timezone(dt.timedelta(hours=4))

TREND_URL = "https://en.trend.az/azerbaijan/politics/4012345.html"
LEAD_EN = "The Ombudsman Sabina Aliyeva received a delegation of visiting judges."
MORE_EN = "The parties discussed the monitoring of detention places."
LEAD_AZ = "İnsan hüquqları üzrə müvəkkil Səbinə Əliyeva qonaqları qəbul edib."
TREND_BODY = (
    "<p>BAKU, Azerbaijan, July 7. The Ombudsperson met a delegation, "
    "the Ombudsman's Office told Trend.</p><p>The sides discussed the rights of children.</p>"
)


def _page(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def _codes(article: Article) -> list[str]:
    return [w.code.value for w in article.warnings]


def trend_page(
    *,
    head: str = "",
    body: str = TREND_BODY,
    date_time: str = "7 July 2026 15:56 (UTC +04:00)",
    h1: str = "Ombudsperson meets a delegation",
) -> str:
    """A page in the shape docs/html.md gives for layout trend-v1."""
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{head}</head><body>"
        f"<div class='top-part'><h1>{h1}</h1><div class='meta'>"
        f"<span class='date-time'>{date_time}</span></div></div>"
        f"<div class='right-part'><div class='article-content article-paddings'>{body}</div>"
        "</div></body></html>"
    )


# ---------------------------------------------------------------- README.md


def _expected_output(document: str, command: str) -> str:
    """The line a page prints under ``$ <command>``."""
    lines = _page(document).splitlines()
    return lines[lines.index(f"$ {command}") + 1]


def test_readme_quickstart_prints_what_parse_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    command = "ombudsparse parse seeds/003_5108123480d13a73.txt"
    printed = _expected_output("README.md", command)
    # "..." on the page stands for text left out; everything else is as printed.
    pattern = ".*?".join(re.escape(part) for part in printed.split("..."))
    out = io.StringIO()
    assert main(command.split()[1:], stdout=out, stderr=io.StringIO()) == 0
    assert re.fullmatch(pattern, out.getvalue().strip(), re.DOTALL)


def test_readme_names_every_optional_extra() -> None:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads(_page("pyproject.toml"))["project"]
    extras = set(project["optional-dependencies"]) - {"dev"}
    paragraph = _page("README.md").split("Optional extras", 1)[1].split("\n\n", 1)[0]
    assert {name for name in extras if f"`{name}`" not in paragraph} == set()


def test_readme_published_is_exactly_as_precise_as_the_input() -> None:
    forms = {
        "2023-09-21T16:21:00+04:00": parse_checked(
            "Ombudswoman meets rapporteur\n21 September 2023 16:21 (UTC+04:00)\n" + LEAD_EN,
            source="azernews",
        ),
        "2022-11-30": parse_checked(
            f"Ombudsperson visits a shelter\n30-11-2022 361 dəfə oxunub\n{LEAD_EN}",
            source="ombudsman",
        ),
        "--11-14": parse_checked(f"BAKU, Azerbaijan, November 14. {LEAD_EN}"),
    }
    for printed, article in forms.items():
        assert ombudsparse.to_dict(article)["published"] == printed
    assert _codes(forms["--11-14"]) == ["year-unknown"]


@pytest.mark.parametrize("seed", ["000_5c0cac6fa67f3c43.txt", "001_c4605cd829639fbc.txt"])
def test_readme_seeds_000_and_001_have_no_source_and_say_so(seed: str) -> None:
    article = ombudsparse.parse_file(ROOT / "seeds" / seed)
    assert article.source is None
    assert [w.code for w in article.warnings if w.field == "source"] == [
        WarningCode.SOURCE_UNKNOWN
    ]
    # "Pass --as-source (source= in Python) when you know where a text comes from."
    forced = ombudsparse.parse_file(ROOT / "seeds" / seed, source="ombudsman")
    assert forced.source is Source.OMBUDSMAN
    assert not [w for w in forced.warnings if w.field == "source"]


def test_readme_links_name_files_that_exist() -> None:
    links = re.findall(r"\]\(([^)#]+)\)", _page("README.md"))
    assert links
    assert [link for link in links if not (ROOT / link).is_file()] == []


def test_readme_points_at_evaluations_that_exist() -> None:
    status = _page("README.md").split("## Status", 1)[1]
    assert "`python bench/eval_records.py`" in status
    assert (ROOT / "bench" / "eval_records.py").is_file()
    assert list((ROOT / "bench" / "real_corpus").glob("labels-*.json"))
    assert "labelled by hand" in _page("docs/meetings.md")


# ---------------------------------------------------------------- docs/index.md


def test_index_the_article_is_frozen() -> None:
    article = parse_checked(f"BAKU, Azerbaijan, November 14. {LEAD_EN}")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "changed"  # type: ignore[misc]


# ---------------------------------------------------------------- docs/html.md


def test_html_page_is_told_from_text_for_str_and_bytes_alike() -> None:
    page = trend_page()
    as_text = parse_checked(page, url=TREND_URL)
    assert as_text.layout == "trend-v1"
    assert parse_checked(page.encode("utf-8"), url=TREND_URL) == as_text


def test_html_http_equiv_content_type_gives_the_encoding() -> None:
    head = "<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
    page = trend_page(head=head, body="<p>БАКУ /Trend/ - Омбудсмен встретилась с делегацией.</p>")
    page = page.replace("<meta charset='utf-8'>", "")
    article = parse_checked(page.encode("cp1251"), url="https://www.trend.az/a/1.html")
    assert article.body == ("Омбудсмен встретилась с делегацией.",)


def test_html_meta_charset_after_the_first_4_kib_is_not_read() -> None:
    page = (
        "<!DOCTYPE html><html><head><!--" + "x" * 5000 + "--><meta charset='windows-1251'>"
        "</head><body><p>Омбудсмен встретилась с делегацией.</p></body></html>"
    )
    # UTF-8 then, and nothing guessed: cp1251 bytes are no valid UTF-8.
    with pytest.raises(ombudsparse.DecodeError, match="utf-8"):
        ombudsparse.parse(page.encode("cp1251"))
    assert parse_checked(page.encode("utf-8")).body == ("Омбудсмен встретилась с делегацией.",)


def test_html_comments_and_processing_instructions_are_dropped() -> None:
    body = (
        "<p>BAKU, Azerbaijan, July 7. The Ombudsperson met <!-- an editor's note --> a "
        "delegation.</p><?php echo 'instruction'; ?><p>The sides discussed the rights of children.</p>"
    )
    article = parse_checked(trend_page(body=body), url=TREND_URL)
    assert article.body == (
        "The Ombudsperson met a delegation.",
        "The sides discussed the rights of children.",
    )


@pytest.mark.parametrize("kind", ['"Article"', '"NewsArticle"', '["ReportageNewsArticle"]'])
def test_html_json_ld_objects_of_article_types_are_read(kind: str) -> None:
    head = (
        f'<script type="application/ld+json">{{"@type": {kind}, "headline": "From JSON-LD", '
        '"datePublished": "2026-07-07T15:56:00+04:00", "author": {"name": "Lara Venn"}}</script>'
    )
    article = parse_checked(trend_page(head=head), url=TREND_URL)
    assert (article.title, article.authors) == ("From JSON-LD", ("Lara Venn",))
    assert article.provenance["title"] is Layer.JSON_LD
    assert article.provenance["authors"] is Layer.JSON_LD


def test_html_meta_author_is_read() -> None:
    article = parse_checked(
        trend_page(head="<meta name='author' content='Lara Venn'>"), url=TREND_URL
    )
    assert article.authors == ("Lara Venn",)
    assert article.provenance["authors"] is Layer.META


def test_html_titles_come_from_the_first_layer_that_has_one() -> None:
    jsonld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "LD"}</script>'
    )
    meta = "<meta property='og:title' content='OG'>"
    layered = {
        (jsonld + meta, "LD", Layer.JSON_LD),
        (meta, "OG", Layer.META),
        ("", "Ombudsperson meets a delegation", Layer.MARKUP),
    }
    for head, title, layer in layered:
        article = parse_checked(trend_page(head=head), url=TREND_URL)
        assert (article.title, article.provenance["title"]) == (title, layer)


def test_html_authors_come_from_the_first_layer_that_has_them() -> None:
    jsonld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": {"name": "Lara Venn"}}</script>'
    )
    meta = "<meta name='author' content='Tomas Okafor'>"
    byline = TREND_BODY + "<span class='author'>Greta Solberg</span>"
    layered = [
        (jsonld + meta, byline, "Lara Venn", Layer.JSON_LD),
        (meta, byline, "Tomas Okafor", Layer.META),
        ("", byline, "Greta Solberg", Layer.MARKUP),
    ]
    for head, body, author, layer in layered:
        article = parse_checked(trend_page(head=head, body=body), url=TREND_URL)
        assert (article.authors, article.provenance["authors"]) == ((author,), layer)


def test_html_body_from_markup_loses_dateline_and_footer_as_text_does() -> None:
    footer = "<p>Stay up to date with more news at Trend News Agency's WhatsApp channel</p>"
    article = parse_checked(trend_page(body=TREND_BODY + footer), url=TREND_URL)
    assert article.provenance["body"] is Layer.MARKUP
    assert article.dateline is not None
    assert article.dateline.place == "BAKU"
    assert article.body == (
        "The Ombudsperson met a delegation, the Ombudsman's Office told Trend.",
        "The sides discussed the rights of children.",
    )


def test_html_layouts_table_gives_what_each_layout_promises() -> None:
    rows = re.findall(r"^\| `([\w-]+)` \| [^|]+ \| ([^|]+) \|", _page("docs/html.md"), re.M)
    table = {
        name: frozenset() if cell.startswith("(none") else frozenset(cell.strip().split(", "))
        for name, cell in rows
    }
    names = {layout.name for parser in PARSERS.values() for layout in parser.layouts}
    assert names <= set(table)
    for name, promised in table.items():
        assert promised_fields(name) == promised, name


def test_html_azernews_v1_reads_h1_span_me_3_and_the_author_box_and_og_site_name() -> None:
    page = (
        "<html><head><meta property='og:site_name' content='AzerNews'></head><body>"
        "<h1>Ombudswoman meets rapporteur</h1><span class='me-3'>14 May 2024 12:40 (UTC+04:00)</span>"
        "<div class='article-content'><p>The Ombudswoman met a rapporteur on housing.</p></div>"
        "<div class='author'><img src='a.jpg' alt=''><h6>Ilkin Mammadli</h6>"
        "<a href='/authors/5'>Read more</a></div></body></html>"
    )
    article = parse_checked(page)  # no URL: og:site_name names the source
    assert (article.source, article.layout) == (Source.AZERNEWS, "azernews-v1")
    assert article.title == "Ombudswoman meets rapporteur"
    assert article.published == dt.datetime(2024, 5, 14, 12, 40, tzinfo=PLUS4)
    assert article.dateline is not None
    assert article.dateline.text == "14 May 2024 12:40 (UTC+04:00)"
    assert article.authors == ("Ilkin Mammadli",)
    assert article.body == ("The Ombudswoman met a rapporteur on housing.",)


def test_html_site_name_page_matching_no_layout_gets_layout_unrecognised() -> None:
    page = (
        "<html><head><meta property='og:site_name' content='Trend.Az'></head><body>"
        f"<div class='new-design'><p>{LEAD_EN}</p></div></body></html>"
    )
    article = parse_checked(page)
    assert (article.source, article.layout) == (Source.TREND, None)
    assert "layout-unrecognised" in _codes(article)
    assert article.provenance["body"] is Layer.CONTENT


@pytest.mark.parametrize(
    "marker",
    [
        '<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": false}</script>',
        "",
    ],
    ids=["json-ld", "paid-article-class"],
)
def test_html_either_paid_marker_gives_paywalled(marker: str) -> None:
    body = TREND_BODY if marker else TREND_BODY + "<div class='paid-article-block'>Subscribe</div>"
    article = parse_checked(trend_page(head=marker, body=body), url=TREND_URL)
    assert _codes(article) == ["paywalled"]
    assert "paywalled" not in _codes(parse_checked(trend_page(), url=TREND_URL))


def test_html_og_url_is_the_page_url_without_one() -> None:
    url = "https://en.trend.az/azerbaijan/politics/9.html"
    article = parse_checked(trend_page(head=f"<meta property='og:url' content='{url}'>"))
    assert (article.url, article.source) == (url, Source.TREND)


def test_html_page_without_url_or_site_name_is_detected_by_its_text_markers() -> None:
    page = (
        "<html><body><div><p>The two met, the Ombudsman's Office told Trend.</p>"
        "<p>Stay up to date with more news at Trend News Agency's WhatsApp channel</p></div></body></html>"
    )
    assert parse_checked(page).source is Source.TREND


def test_html_url_of_another_site_names_no_source_whatever_the_page_quotes() -> None:
    article = parse_checked(trend_page(), url="https://example.com/news/1.html")
    assert (article.source, article.layout) == (None, None)
    assert "source-unknown" in _codes(article)
    assert "layout-unrecognised" not in _codes(article)  # copies get no such warning


# ---------------------------------------------------------------- docs/check.md


_HEADER = re.compile(r"(\S+|\(no source\)) / (\S+|\(no layout\)): \d+ pages")
_FIELD = re.compile(r"  (\w+) +\d+/\d+(?: +[\w-]+ \d+(?:, [\w-]+ \d+)*)?")
_WARNINGS = re.compile(r"  warnings: [\w-]+ \d+(?:, [\w-]+ \d+)*")


def _check_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip() not in ("", "...")]


def test_check_example_has_the_form_and_field_order_of_the_real_report(tmp_path: Path) -> None:
    block = _page("docs/check.md").split("$ ombudsparse check crawl-2026-11/\n", 1)[1]
    printed = _check_lines(block.split("```", 1)[0])
    (tmp_path / "a.html").write_text(trend_page(), encoding="utf-8")
    (tmp_path / "b.html").write_text(
        f"<html><body><div class='new-design'><p>{LEAD_EN}</p></div></body></html>",
        encoding="utf-8",
    )
    out = io.StringIO()
    assert (
        main(["check", "--as-source", "trend", str(tmp_path)], stdout=out, stderr=io.StringIO())
        == 0
    )
    real = _check_lines(out.getvalue())
    for line in printed + real:
        assert any(form.fullmatch(line) for form in (_HEADER, _FIELD, _WARNINGS)), line
    shown = [m.group(1) for line in printed if (m := _FIELD.fullmatch(line))]
    fields = [m.group(1) for line in real if (m := _FIELD.fullmatch(line))]
    assert shown == fields[: len(shown)]


def test_check_strict_fails_on_a_page_that_lacks_a_promised_field(tmp_path: Path) -> None:
    page = trend_page().replace("<h1>Ombudsperson meets a delegation</h1>", "")
    (tmp_path / "untitled.html").write_text(page, encoding="utf-8")
    out = io.StringIO()
    argv = ["check", "--url", TREND_URL, str(tmp_path / "untitled.html")]
    assert main(argv, stdout=out, stderr=io.StringIO()) == 0
    assert re.search(r"MISSING .*\(promised\)", out.getvalue())
    assert main(["check", "--strict", *argv[1:]], stdout=io.StringIO(), stderr=io.StringIO()) == 1


def test_check_drift_report_in_python_is_the_same_report(tmp_path: Path) -> None:
    pages = [trend_page(), trend_page(head="<meta property='og:title' content='OG'>")]
    for n, page in enumerate(pages):
        (tmp_path / f"{n}.html").write_text(page, encoding="utf-8")
    out = io.StringIO()
    assert (
        main(["check", "--as-source", "trend", str(tmp_path)], stdout=out, stderr=io.StringIO())
        == 0
    )
    records = [ombudsparse.parse(page, source="trend") for page in pages]
    assert out.getvalue() == format_report(drift_report(records))


# ---------------------------------------------------------------- docs/report.md


def _meeting_article(guest: str = "the Ambassador of Norland, Ola Berg") -> Article:
    return ombudsparse.parse(
        f"BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received {guest}, "
        "Trend reports.",
        url="https://en.trend.az/azerbaijan/society/1.html",
        reference_date=dt.date(2024, 5, 20),
    )


def test_report_extra_brings_matplotlib() -> None:
    tomllib = pytest.importorskip("tomllib")
    extras = tomllib.loads(_page("pyproject.toml"))["project"]["optional-dependencies"]
    assert any(requirement.startswith("matplotlib") for requirement in extras["report"])
    assert "report" in extras["all"][0]


def test_report_takes_the_parse_options_it_names(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    shown = capsys.readouterr().out
    for option in ("--as-source", "--url", "--reference-date", "--generic", "--jobs", "--errors"):
        assert re.search(rf"^  {option}\b", shown, re.M), option


@pytest.mark.parametrize("name", ["records.ndjson", "records.jsonl.gz", "records.ndjson.gz"])
def test_report_reads_ndjson_and_gzipped_records(tmp_path: Path, name: str) -> None:
    pytest.importorskip("matplotlib")
    line = ombudsparse.to_json(_meeting_article()) + "\n"
    path = tmp_path / name
    data = line.encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    err = io.StringIO()
    output = tmp_path / "report.html"
    assert main(["report", str(path), "-o", str(output)], stderr=err) == 0, err.getvalue()
    assert "Ola Berg" in output.read_text(encoding="utf-8")


def test_report_names_a_failing_input_and_makes_the_report_of_the_others(
    tmp_path: Path,
) -> None:
    pytest.importorskip("matplotlib")
    inputs = tmp_path / "saved"
    inputs.mkdir()
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    (inputs / "good.txt").write_text(
        "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the "
        "Ambassador of Norland, Ola Berg, Trend reports.",
        encoding="utf-8",
    )
    err = io.StringIO()
    output = tmp_path / "report.html"
    assert main(["report", str(inputs), "-o", str(output)], stderr=err) == 1
    assert f"ombudsparse: {inputs / 'empty.txt'}: " in err.getvalue()
    assert "Ola Berg" in output.read_text(encoding="utf-8")


def test_report_counterparts_without_a_country_are_not_stated() -> None:
    from ombudsparse.htmlreport import summarise

    summary = summarise([_meeting_article("Ola Berg, a judge")])
    assert len(summary.rows) == 1
    assert summary.countries == {"not stated": 1}
    assert summary.organisations == {"not stated": 1}


def test_report_charts_show_the_fifteen_most_frequent_and_sum_up_the_rest() -> None:
    from collections import Counter

    from ombudsparse.htmlreport import _top

    counts = Counter({f"country {n:02d}": 100 - n for n in range(20)})
    names, values = _top(counts)
    assert names[:15] == [f"country {n:02d}" for n in range(15)]
    assert names[15:] == ["5 others"]
    assert values[15] == sum(100 - n for n in range(15, 20))


def test_report_year_less_and_undated_meetings_are_at_the_end_of_the_months() -> None:
    from ombudsparse.htmlreport import summarise

    dated = _meeting_article("the Ambassador of Norland, Ola Berg")
    year_less = ombudsparse.parse(
        "BAKU, Azerbaijan, June 3. The Ombudsperson Sabina Aliyeva received the Ombudsman "
        "of Estland, Pia Kask, Trend reports."
    )
    assert isinstance(year_less.published, MonthDay)
    undated = attrs.evolve(_meeting_article("Ivo Brandt, a judge"), published=None, warnings=())
    summary = summarise([undated, year_less, dated])
    assert len(summary.rows) == 3
    months = list(summary.per_month)
    assert months[0] == "2024-05"
    assert set(months[1:]) == {"year unknown", "no date"}


def test_report_displays_the_first_500_rows_and_a_show_500_more_button() -> None:
    pytest.importorskip("matplotlib")
    import lxml.html

    from ombudsparse.htmlreport import render_report, summarise

    summary = summarise([_meeting_article()])
    many = attrs.evolve(summary, rows=summary.rows * 501)
    page = lxml.html.fromstring(render_report(many))
    rows = page.xpath('//table[@id="meetings"]/tbody/tr')
    assert len(rows) == 501
    assert [n for n, row in enumerate(rows) if row.get("hidden") is not None] == [500]
    (button,) = page.xpath('//button[@id="more"]')
    assert (button.text_content(), button.get("hidden")) == ("show 500 more", None)
    few = lxml.html.fromstring(render_report(summary))
    assert few.xpath('//button[@id="more"]')[0].get("hidden") is not None


@pytest.mark.parametrize(
    ("code", "listed"),
    [
        (WarningCode.YEAR_UNKNOWN, True),
        (WarningCode.LAYOUT_UNRECOGNISED, True),
        (WarningCode.DATE_CONFLICT, True),
        (WarningCode.PAYWALLED, False),
    ],
)
def test_report_lists_articles_with_these_warnings_to_check_by_hand(
    code: WarningCode, listed: bool
) -> None:
    from ombudsparse.htmlreport import summarise

    article = Article(
        title="A title",
        warnings=(ParseWarning(code=code, field="published", message="odd"),),
    )
    checked = summarise([("by-hand.txt", article)]).checked
    assert [item.input for item in checked] == (["by-hand.txt"] if listed else [])


def test_report_render_takes_a_title_and_summarise_takes_bare_articles() -> None:
    pytest.importorskip("matplotlib")
    import lxml.html

    from ombudsparse.htmlreport import render_report, summarise

    summary = summarise([_meeting_article()])  # articles, not (name, article) pairs
    page = lxml.html.fromstring(render_report(summary, title="Meetings, 2024"))
    assert page.findtext(".//title") == "Meetings, 2024"
    assert len(summary.rows) == 1


def test_report_filter_and_sort_from_the_url_apply_together(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    import lxml.html

    from ombudsparse.htmlreport import render_report, summarise
    from tests.chromium import find_chromium, run_chromium

    binary = find_chromium()
    if binary is None:
        pytest.skip("no chromium on PATH (Debian: apt-get install chromium)")
    guests = [
        ("May 12", "the Ambassador of Germany, Ola Berg"),
        ("June 3", "the Ambassador of France, Ivo Brandt"),
        ("July 1", "the Ombudsman of Germany, Pia Kask"),
    ]
    articles = [
        ombudsparse.parse(
            f"BAKU, Azerbaijan, {day}. The Ombudsperson Sabina Aliyeva received {guest}, "
            "Trend reports.",
            reference_date=dt.date(2024, 12, 31),
        )
        for day, guest in guests
    ]
    path = tmp_path / "report.html"
    path.write_text(render_report(summarise(articles)), encoding="utf-8")
    url = path.as_uri() + "#filter=Germany&sort=-1"
    dom = lxml.html.fromstring(run_chromium(binary, "--dump-dom", url).stdout)
    rows = dom.xpath('//table[@id="meetings"]/tbody/tr')
    shown = [row.xpath("string(td[1])") for row in rows if row.get("hidden") is None]
    assert shown == ["2024-07-01", "2024-05-12"]


def test_report_page_names_the_files_and_switch_that_exist() -> None:
    for name in (
        "tests/test_htmlreport.py",
        "tests/test_report_browser.py",
        ".ci/run",
        "bench/bench_report.py",
        "docs/_static/report.png",
    ):
        assert (ROOT / name).is_file(), name
    assert 'OMBUDSPARSE_SCREENSHOT") == "docs"' in _page("tests/test_report_browser.py")
    assert "default=20_000" in _page("bench/bench_report.py")


# ---------------------------------------------------------------- docs/contributing.md


def test_contributing_names_the_parser_fields_and_field_readers_that_exist() -> None:
    from ombudsparse.sources import base, common

    parser_fields = {field.name for field in attrs.fields(base.SourceParser)}
    assert {"source", "domains", "own_names", "markers", "language_from_url"} <= parser_fields
    assert {"parse_text", "layouts", "site_names"} <= parser_fields
    layout_fields = {field.name for field in attrs.fields(base.HtmlLayout)}
    assert {"name", "valid_until", "signature", "promises"} <= layout_fields
    for reader in ("first_element", "text_at", "texts_at", "date_at"):
        assert callable(getattr(base, reader)), reader
    assert Path(common.__file__) == ROOT / "src" / "ombudsparse" / "sources" / "common.py"


def test_contributing_cli_choices_and_schema_enum_come_from_the_registry(
    capsys: pytest.CaptureFixture[str],
) -> None:
    names = [source.value for source in PARSERS]
    with pytest.raises(SystemExit):
        main(["meetings", "--help"])
    shown = capsys.readouterr().out
    assert "--as-source {" + ",".join(names) + "}" in shown
    assert "--source {" + ",".join([*names, "unknown"]) + "}" in shown
    schema = ombudsparse.json_schema()["$defs"]["Article"]["properties"]["source"]
    assert schema["anyOf"][0]["enum"] == names


# ---------------------------------------------------------------- docs/sources/trend.md


def test_trend_reports_citing_gives_the_attribution() -> None:
    article = parse_checked(
        f"BAKU, Azerbaijan, November 14. {LEAD_EN} The two met, Trend reports, citing the "
        "Ombudsman's Office."
    )
    assert article.source is Source.TREND
    assert article.attribution == "the Ombudsman's Office"


def test_trend_who_trend_e_bildirib_gives_the_attribution() -> None:
    article = parse_checked(f"{LEAD_AZ} Ombudsman Aparatı Trend-ə bildirib.")
    assert article.source is Source.TREND
    assert article.attribution == "Ombudsman Aparatı"


def test_trend_dateline_naming_another_country_is_no_evidence_of_trend() -> None:
    article = parse_checked(f"TBILISI, Georgia, Sept. 3. {LEAD_EN}")
    assert article.source is None
    assert "source-unknown" in _codes(article)


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        (f"By Akbar Mammadov\n{LEAD_EN} The two met, Azernews reports.", "byline"),
        (f'{LEAD_AZ} "Report" xəbər verir. The two met, according to Azernews.', "Report"),
    ],
)
def test_trend_the_same_holds_for_azernews_quotable_markers(text: str, conflict: str) -> None:
    # The warning says which marks conflicted: the quoted source's and the other outlet's.
    article = parse_checked(text)
    assert article.source is None
    reasons = {w.code: w.message for w in article.warnings if w.field == "source"}
    assert list(reasons) == [WarningCode.SOURCE_UNKNOWN]
    assert "azernews" in reasons[WarningCode.SOURCE_UNKNOWN]
    assert conflict in reasons[WarningCode.SOURCE_UNKNOWN]


# ---------------------------------------------------------------- docs/sources/azernews.md


def test_azernews_dateline_place_is_null() -> None:
    article = parse_checked(f"21 September 2023 16:21 (UTC+04:00)\n{LEAD_EN}", source="azernews")
    assert article.dateline is not None
    assert article.dateline.place is None
    assert article.dateline.text == "21 September 2023 16:21 (UTC+04:00)"


def test_azernews_author_box_anywhere_in_the_text() -> None:
    text = f"Lara Venn Read more\n3 March 2024 11:05 (UTC+04:00)\n{LEAD_EN}\n{MORE_EN}"
    article = parse_checked(text, source="azernews")
    assert article.authors == ("Lara Venn",)
    assert article.body == (LEAD_EN, MORE_EN)


def test_azernews_told_azernews_is_the_source_own_wording() -> None:
    article = parse_checked(f"{LEAD_EN} The two met, the office told Azernews.")
    assert article.source is Source.AZERNEWS


# ---------------------------------------------------------------- docs/sources/official.md


def test_official_views_line_is_no_dateline() -> None:
    text = f"Ombudsperson visits a shelter\n30-11-2022 361 dəfə oxunub\n{LEAD_EN}"
    article = parse_checked(text, source="ombudsman")
    assert (article.published, article.view_count) == (dt.date(2022, 11, 30), 361)
    assert article.dateline is None


def test_official_page_without_the_views_line_gets_layout_unrecognised() -> None:
    page = f"<html><body><div><h2>A title</h2><p>{LEAD_EN}</p></div></body></html>"
    article = parse_checked(page, url="https://ombudsman.az/en/view/news/1/a-slug")
    assert (article.source, article.layout) == (Source.OMBUDSMAN, None)
    assert "layout-unrecognised" in _codes(article)
    assert article.provenance["body"] is Layer.CONTENT


def test_official_call_center_916_counts_as_the_site_own_wording() -> None:
    assert parse_checked(f"Call center 916\n{LEAD_EN}").source is Source.OMBUDSMAN


# ---------------------------------------------------------------- docs/sources/other.md


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Bu gün, 11:57", dt.datetime(2025, 10, 8, 11, 57, tzinfo=PLUS4)),
        ("Вчера 09:05", dt.datetime(2025, 10, 7, 9, 5, tzinfo=PLUS4)),
    ],
)
def test_other_relative_dates_are_read_from_the_reference_date(
    line: str, published: dt.datetime
) -> None:
    text = f"Ombudsman met judges\n{line}\n{LEAD_EN}\n{MORE_EN}"
    article = parse_checked(text, reference_date=dt.date(2025, 10, 8))
    assert article.published == published
    assert "date-relative" in _codes(article)
    alone = parse_checked(text)
    assert alone.published is None
    assert "date-relative" in _codes(alone)


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["Who protects prisoners?", "27.02.2026 10:37"], "Who protects prisoners?"),
        (["Who protects prisoners?", "Who protects prisoners?"], "Who protects prisoners?"),
        (["Who protects prisoners?"], None),
        (["Ombudsman"], None),  # one word
        (["Ombudsman " + "met judges " * 30], None),  # more than 250 characters
        (["Ombudsman " + "met judges " * 20], "Ombudsman " + "met judges " * 19 + "met judges"),
    ],
)
def test_other_headline_rule(lines: list[str], title: str | None) -> None:
    article = parse_checked("\n".join([*lines, LEAD_EN, MORE_EN]))
    assert article.title == title
    assert article.body[-2:] == (LEAD_EN, MORE_EN)


@pytest.mark.parametrize("chrome", ["Politics", "AZ | RU", "Report.az"])
def test_other_top_chrome_the_page_names_is_dropped(chrome: str) -> None:
    # The page's own examples that tests/test_outlets.py does not hold.
    article = parse_checked(f"{chrome}\nOmbudsman met judges\n{LEAD_EN}\n{MORE_EN}")
    assert article.title == "Ombudsman met judges"
    assert article.body == (LEAD_EN, MORE_EN)


def test_other_only_the_first_ten_lines_are_read_as_the_heading() -> None:
    lines = [f"({n}) {LEAD_EN}" for n in range(10)] + ["27.02.2026 10:37", MORE_EN]
    article = parse_checked("\n".join(lines))
    assert article.published is None
    assert article.body == tuple(lines)


def test_other_headline_rule_applies_to_a_source_text_without_dateline() -> None:
    article = parse_checked(f"Ombudsman met judges\n{LEAD_EN}\n{MORE_EN}", source="trend")
    assert article.title == "Ombudsman met judges"
    assert article.body == (LEAD_EN, MORE_EN)


@pytest.mark.parametrize(("words", "language"), [(11, "ru"), (12, "en")])
def test_other_text_language_overrules_the_edition_from_twelve_words(
    words: int, language: str
) -> None:
    sentence = "The Ombudsman received the guests and informed them about the mandate today"
    text = " ".join(sentence.split()[:words]) + "."
    article = parse_checked(text, url="https://www.trend.az/azerbaijan/politics/1.html")
    assert article.language is not None
    assert article.language.value == language
    assert ("language-conflict" in _codes(article)) is (language == "en")
