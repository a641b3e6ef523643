"""Drift reports: the library function and the `ombudsparse check` command."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from ombudsparse.cli import main
from ombudsparse.drift import drift_report, format_report, promised_fields
from tests.helpers import parse_checked

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TREND_URL = "https://en.trend.az/azerbaijan/politics/1.html"


def _trend_page(title: str = "<div class='top-part'><h1>A title</h1></div>") -> str:
    return (
        f"<html><body>{title}<div class='meta'><span class='date-time'>7 July 2026 15:56</span></div>"
        "<div class='article-content article-paddings'><p>BAKU, Azerbaijan, July 7. The Ombudsperson met guests.</p>"
        "</div></body></html>"
    )


def test_promised_fields_come_from_the_layouts() -> None:
    assert promised_fields("trend-v1") == {"title", "published", "body"}
    assert promised_fields("azernews-v1") == {"published", "body"}
    assert promised_fields(None) == frozenset()


def test_report_counts_fields_layers_and_warnings_per_layout() -> None:
    articles = [
        parse_checked(_trend_page(), url=TREND_URL),
        parse_checked(_trend_page(title=""), url=TREND_URL),
    ]
    report = drift_report(articles)
    (group,) = report.groups
    assert (group.source, group.layout, group.pages) == ("trend", "trend-v1", 2)
    assert group.fields["title"].found == 1
    assert dict(group.fields["title"].layers) == {"markup": 1}
    assert group.fields["body"].found == 2
    assert group.missing_promised == {"title": 1}
    assert report.drifted
    assert "MISSING in 1 (promised)" in format_report(report)


def test_report_without_drift() -> None:
    report = drift_report([parse_checked(_trend_page(), url=TREND_URL)])
    assert not report.drifted
    assert report.groups[0].missing_promised == {}


def _check(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(["check", *argv], stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_check_command_passes_strict_on_pages_that_match_their_layouts(tmp_path: Path) -> None:
    for name in ("en-v1.html", "az-v1.html", "ru-v1.html"):
        shutil.copy(FIXTURES / "trend" / name, tmp_path / name)
    status, out, err = _check("--strict", str(tmp_path))
    assert (status, err) == (0, "ombudsparse: 3 parsed, 0 skipped, 0 failed\n")
    assert out.startswith("trend / trend-v1: 3 pages\n")
    assert "  title             3/3" in out


def test_check_command_fails_strict_on_drift_and_names_it(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "trend" / "en-v1.html", tmp_path / "ok.html")
    shutil.copy(FIXTURES / "trend" / "en-unrecognised.html", tmp_path / "redesigned.html")
    status, out, _ = _check(str(tmp_path))
    assert status == 0  # without --strict drift is reported, not failed
    assert "layout-unrecognised 1" in out
    status, _, _ = _check("--strict", str(tmp_path))
    assert status == 1


def test_check_command_json_report(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(_trend_page(title=""), encoding="utf-8")
    status, out, _ = _check("--json", "--url", TREND_URL, str(tmp_path))
    assert status == 0
    data = json.loads(out)
    (group,) = data["groups"]
    assert group["layout"] == "trend-v1"
    assert group["missing_promised"] == {"title": 1}
    assert group["fields"]["body"] == {"found": 1, "layers": {"markup": 1}, "promised": True}


def test_check_command_counts_failed_inputs(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("", encoding="utf-8")
    (tmp_path / "page.html").write_text(_trend_page(), encoding="utf-8")
    # --source, not --url: one URL for a folder of two inputs is refused (issue 12).
    status, out, err = _check("--as-source", "trend", str(tmp_path))
    assert status == 1
    assert "failed inputs: 1" in out
    assert "empty.html" in err
