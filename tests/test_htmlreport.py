"""The HTML report: its structure parsed with lxml, on the seeds plus a generated crawl."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import lxml.html
import pytest

import ombudsparse
from ombudsparse import (
    Article,
    ParseWarning,
    WarningCode,
    cluster_meetings,
)
from ombudsparse.cli import main
from ombudsparse.errors import InvalidArgumentError
from ombudsparse.htmlreport import render_report, summarise
from tests.crawl import SEEDS, crawl_articles, generated_crawl

CHARTS = (
    "chart-months",
    "chart-countries",
    "chart-organisations",
    "chart-coverage",
    "chart-languages",
)


@pytest.fixture(scope="module")
def articles() -> list[tuple[str, Article]]:
    return crawl_articles()


@pytest.fixture(scope="module")
def page(articles: list[tuple[str, Article]]) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(render_report(summarise(articles)))


def test_report_has_one_table_row_per_meeting_cluster(
    articles: list[tuple[str, Article]], page: lxml.html.HtmlElement
) -> None:
    clusters = cluster_meetings(article for _name, article in articles)
    rows = page.xpath('//table[@id="meetings"]/tbody/tr')
    assert len(clusters) > 250
    assert len(rows) == len(clusters)
    assert all(len(row.xpath("./td")) == 8 for row in rows)


@pytest.mark.parametrize("chart", CHARTS)
def test_report_chart_is_inline_svg_with_marks(page: lxml.html.HtmlElement, chart: str) -> None:
    (figure,) = page.xpath(f'//figure[@id="{chart}"]')
    (svg,) = figure.xpath("./svg")
    assert figure.xpath("./figcaption")[0].text_content().strip()
    # matplotlib draws each bar as a path: a chart with data has many.
    assert len(svg.xpath(".//path")) > 10


def test_report_loads_nothing_from_the_network(page: lxml.html.HtmlElement) -> None:
    assert not page.xpath("//link | //iframe | //img | //object | //embed")
    assert not page.xpath("//script[@src]")
    assert len(page.xpath("//script")) == 1
    assert "@import" not in "".join(page.xpath("//style/text()"))


def test_report_lists_the_articles_that_gave_warnings_to_check(
    articles: list[tuple[str, Article]], page: lxml.html.HtmlElement
) -> None:
    expected = [
        name
        for name, article in articles
        if any(w.code is WarningCode.YEAR_UNKNOWN for w in article.warnings)
    ]
    names = [
        row.xpath("./td")[0].text_content()
        for row in page.xpath('//table[@id="checked"]/tbody/tr')
    ]
    assert expected
    assert names == expected
    assert str(SEEDS / "003_5108123480d13a73.txt") in names


def test_report_links_outlets_and_shows_evidence_sentences() -> None:
    article = ombudsparse.parse(
        "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the "
        "Ambassador of Norland, Ola Berg, Trend reports.",
        url="https://en.trend.az/azerbaijan/society/1.html",
        reference_date=dt.date(2024, 5, 20),
    )
    page = lxml.html.fromstring(render_report(summarise([article])))
    (row,) = page.xpath('//table[@id="meetings"]/tbody/tr')
    cells = [cell.text_content() for cell in row.xpath("./td")]
    assert cells[0] == "2024-05-12"
    assert cells[1] == "Ola Berg"
    assert cells[7].startswith("The Ombudsperson Sabina Aliyeva received")
    assert row.xpath(".//a/@href") == ["https://en.trend.az/azerbaijan/society/1.html"]


def test_report_escapes_text_from_articles() -> None:
    article = ombudsparse.parse(
        "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the "
        "Ambassador of Norland, Ola Berg, <script>alert(1)</script> Trend reports.",
        url='javascript:alert("x")',
    )
    marked = Article(
        title="<b>bold</b> & <img src=x onerror=alert(1)>",
        url="https://example.org/?a=1&b=<2>",
        warnings=(ParseWarning(code=WarningCode.DATE_CONFLICT, message="<i>two dates</i>"),),
    )
    text = render_report(summarise([article, ("<odd>.txt", marked)]))
    page = lxml.html.fromstring(text)
    assert len(page.xpath("//script")) == 1
    assert not page.xpath("//img | //b[text()='bold'] | //i")
    # A URL that is not http(s) is shown, never linked.
    assert not page.xpath('//a[starts-with(@href, "javascript")]')
    checked = page.xpath('//table[@id="checked"]/tbody/tr/td')
    assert checked[0].text_content() == "<odd>.txt"
    assert checked[3].text_content() == "<b>bold</b> & <img src=x onerror=alert(1)>"


def test_report_of_no_articles_still_draws_every_chart() -> None:
    page = lxml.html.fromstring(render_report(summarise([])))
    assert all(page.xpath(f'//figure[@id="{chart}"]/svg') for chart in CHARTS)
    assert not page.xpath('//table[@id="meetings"]/tbody/tr')


def test_report_without_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(InvalidArgumentError, match=r"ombudsparse\[report\]"):
        render_report(summarise([]))


def test_cli_report_reads_records_and_pages(tmp_path: Path) -> None:
    records = tmp_path / "seeds.jsonl"
    with records.open("w", encoding="utf-8") as out:
        assert main(["parse", str(SEEDS)], stdout=out) == 0
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in generated_crawl(30):
        (pages / page.name).write_text(page.text, encoding="utf-8")
    output = tmp_path / "report.html"
    err = io.StringIO()
    status = main(
        ["report", str(records), str(pages), "--reference-date", "2025-12-31", "-o", str(output)],
        stderr=err,
    )
    # Nothing on standard error but the summary line of every run.
    assert (status, err.getvalue()) == (0, "ombudsparse: 35 parsed, 0 skipped, 0 failed\n")
    tree = lxml.html.fromstring(output.read_text(encoding="utf-8"))
    assert tree.xpath('string(//p[@id="totals"])').startswith("35 articles")
    names = tree.xpath('//table[@id="checked"]/tbody/tr/td[1]/text()')
    assert [Path(name).name for name in names] == ["003_5108123480d13a73.txt"]


def test_cli_report_names_a_bad_record_line_and_goes_on(tmp_path: Path) -> None:
    records = tmp_path / "bad.jsonl"
    records.write_text('{"published": "yesterday"}\n{"body": ["A text."]}\n', encoding="utf-8")
    err = io.StringIO()
    status = main(["report", str(records), "-o", str(tmp_path / "r.html")], stderr=err)
    assert status == 1
    assert f"{records}:1" in err.getvalue()
    assert (tmp_path / "r.html").exists()
