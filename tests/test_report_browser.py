"""The HTML report in a real browser: headless Chromium opens it from a file:// URL.

Skipped where no Chromium can be had (``.ci/run`` installs Debian's ``chromium``).
Set ``OMBUDSPARSE_SCREENSHOT=docs`` to refresh the screenshot the docs page
*Report* shows (``docs/_static/report.png``).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import lxml.html
import pytest

from ombudsparse.htmlreport import render_report, summarise
from tests.chromium import find_chromium, run_chromium
from tests.crawl import crawl_articles
from tests.test_htmlreport import CHARTS

DOCS_SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "_static" / "report.png"
_CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    _CHROMIUM is None,
    reason="no chromium on PATH (Debian: apt-get install chromium; .ci/run installs it as root)",
)
FILTER = "online Germany"


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with a throwaway profile and no network of its own."""
    assert _CHROMIUM is not None
    return run_chromium(_CHROMIUM, *args)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_report(summarise(crawl_articles())), encoding="utf-8")
    return path


def test_chromium_shows_every_chart_and_one_row_per_meeting(report: Path) -> None:
    source = lxml.html.fromstring(report.read_text(encoding="utf-8"))
    dom = lxml.html.fromstring(chromium("--dump-dom", report.as_uri()).stdout)
    for chart in CHARTS:
        (svg,) = dom.xpath(f'//figure[@id="{chart}"]/svg')
        assert len(svg.xpath(".//path")) > 10, chart
    rows = dom.xpath('//table[@id="meetings"]/tbody/tr')
    assert len(rows) == len(source.xpath('//table[@id="meetings"]/tbody/tr')) > 250
    # With no filter, the script ran and hid nothing.
    assert not dom.xpath('//table[@id="meetings"]/tbody/tr[@hidden]')
    assert dom.xpath('string(//span[@id="shown"])') == str(len(rows))


def test_chromium_filter_from_the_url_narrows_the_rows(report: Path) -> None:
    url = report.as_uri() + "#filter=" + FILTER.replace(" ", "%20")
    dom = lxml.html.fromstring(chromium("--dump-dom", url).stdout)
    rows = dom.xpath('//table[@id="meetings"]/tbody/tr')
    shown = [row for row in rows if row.get("hidden") is None]
    expected = [
        row
        for row in rows
        if all(word in row.text_content().lower() for word in FILTER.lower().split())
    ]
    assert 0 < len(shown) < len(rows)
    assert [r.text_content() for r in shown] == [r.text_content() for r in expected]
    assert dom.xpath('string(//span[@id="shown"])') == str(len(shown))
    assert dom.xpath('string(//input[@id="filter"]/@value)') in ("", FILTER)


@pytest.mark.parametrize(("sort", "descending"), [("1", False), ("-1", True)])
def test_chromium_sorts_by_a_column_from_the_url(
    report: Path, sort: str, descending: bool
) -> None:
    source = lxml.html.fromstring(report.read_text(encoding="utf-8"))
    dom = lxml.html.fromstring(chromium("--dump-dom", f"{report.as_uri()}#sort={sort}").stdout)
    keys = [
        row.xpath("string(td[1]/@data-key)")
        for row in dom.xpath('//table[@id="meetings"]/tbody/tr')
    ]
    given = [
        row.xpath("string(td[1]/@data-key)")
        for row in source.xpath('//table[@id="meetings"]/tbody/tr')
    ]
    assert keys == sorted(given, reverse=descending)
    assert keys != given  # the page's own order is not already the sorted one
    (head,) = dom.xpath('//table[@id="meetings"]/thead/tr/th[1]')
    assert head.get("aria-sort") == ("descending" if descending else "ascending")


def test_chromium_screenshot_of_the_report(report: Path, tmp_path: Path) -> None:
    screenshot = tmp_path / "report.png"
    chromium(
        "--window-size=1280,1800",
        "--hide-scrollbars",
        f"--screenshot={screenshot}",
        report.as_uri(),
    )
    data = screenshot.read_bytes()
    assert data.startswith(b"\x89PNG")
    assert len(data) > 20_000
    if os.environ.get("OMBUDSPARSE_SCREENSHOT") == "docs":
        DOCS_SCREENSHOT.parent.mkdir(exist_ok=True)
        DOCS_SCREENSHOT.write_bytes(data)


def test_chromium_takes_a_malformed_filter_in_the_url_as_typed(report: Path) -> None:
    dom = lxml.html.fromstring(chromium("--dump-dom", report.as_uri() + "#filter=Germany%").stdout)
    rows = dom.xpath('//table[@id="meetings"]/tbody/tr')
    assert rows
    assert all(row.get("hidden") is not None for row in rows)
    assert dom.xpath('string(//span[@id="shown"])') == "0"
