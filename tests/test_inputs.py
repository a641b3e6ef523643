"""The input layer: WARC archives, .gz files, globs, and the command line over them."""

from __future__ import annotations

import gc
import gzip
import io
import json
import sys
import warnings
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ombudsparse.cli import main
from ombudsparse.inputs import Document, Failed, Skipped, read_inputs

TREND_PAGE = (
    "<html><body><div class='top-part'><h1>Ombudsperson meets a delegation</h1></div>"
    "<div class='right-part'><div class='article-content article-paddings'>"
    "<p>BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the Ombudsman of "
    "Westvale, Ines Varga, Trend reports.</p></div></div></body></html>"
)
RUSSIAN_PAGE = (
    "<html><body><div class='top-part'><h1>Омбудсмен</h1></div><div class='right-part'>"
    "<div class='article-content article-paddings'><p>БАКУ /Trend/ - Омбудсмен приняла гостей.</p>"
    "</div></div></body></html>"
)


def _record(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    content_type: str,
    *,
    kind: str = "response",
    status: str = "200 OK",
    extra: dict[str, str] | None = None,
) -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    headers = {"WARC-Date": "2024-05-20T08:00:00Z", **(extra or {})}
    record = writer.create_warc_record(
        uri, kind, payload=io.BytesIO(body), http_headers=http, warc_headers_dict=headers
    )
    writer.write_record(record)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "crawl.warc.gz"
    # warcio's writer leaves temporary buffers unclosed (ResourceWarning); they are
    # warcio's, made while building this test's archive, so they are silenced here only.
    with warnings.catch_warnings(), open(path, "wb") as stream:
        warnings.simplefilter("ignore", ResourceWarning)
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
        _record(
            writer,
            "https://en.trend.az/azerbaijan/politics/1.html",
            TREND_PAGE.encode(),
            "text/html; charset=utf-8",
        )
        _record(writer, "https://en.trend.az/logo.png", b"\x89PNG\r\n", "image/png")
        _record(
            writer,
            "https://en.trend.az/missing.html",
            b"<html>gone</html>",
            "text/html",
            status="404 Not Found",
        )
        _record(
            writer,
            "https://en.trend.az/big.html",
            b"<html><body><p>cut",
            "text/html",
            extra={"WARC-Truncated": "length"},
        )
        _record(
            writer,
            "https://trend.az/azerbaijan/politics/2.html",
            RUSSIAN_PAGE.encode("cp1251"),
            "text/html; charset=windows-1251",
        )
        _record(writer, "https://en.trend.az/empty.html", b"", "text/html")
        del writer
        gc.collect()
    return path


def test_warc_records_become_documents_or_skips(archive: Path) -> None:
    items = list(read_inputs([str(archive)]))
    kinds = [type(item).__name__ for item in items]
    assert kinds == ["Document", "Skipped", "Skipped", "Skipped", "Document", "Document"]
    first = items[0]
    assert isinstance(first, Document)
    assert first.url == "https://en.trend.az/azerbaijan/politics/1.html"
    assert first.fetched is not None
    assert first.fetched.isoformat() == "2024-05-20T08:00:00+00:00"
    assert isinstance(first.offset, int)
    assert first.offset > 0  # after the warcinfo record
    reasons = [item.reason for item in items if isinstance(item, Skipped)]
    assert reasons == [
        "not HTML (content type image/png)",
        "HTTP status 404",
        "a truncated record (length)",
    ]
    russian = items[4]
    assert isinstance(russian, Document)
    assert russian.encoding == "windows-1251"


def test_parse_command_on_a_warc(archive: Path, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    errors_file = tmp_path / "errors.jsonl"
    status = main(["parse", "--errors", str(errors_file), str(archive)], stdout=out, stderr=err)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    # The empty page fails; the others come out; nothing is lost.
    assert status == 1
    assert [r["url"] for r in records] == [
        "https://en.trend.az/azerbaijan/politics/1.html",
        "https://trend.az/azerbaijan/politics/2.html",
    ]
    first = records[0]
    assert first["input"] == str(archive)
    assert isinstance(first["offset"], int)
    assert first["published"] == "2024-05-12"  # the year from the record's WARC-Date
    assert [w["code"] for w in first["warnings"]] == ["year-inferred"]
    assert records[1]["body"] == ["Омбудсмен приняла гостей."]
    (error,) = [json.loads(line) for line in errors_file.read_text(encoding="utf-8").splitlines()]
    assert error["input"] == str(archive)
    assert isinstance(error["offset"], int)
    assert "empty" in error["reason"]
    assert err.getvalue().splitlines()[1:] == [
        "ombudsparse: 2 parsed, 3 skipped (1 http-status, 1 not-html, 1 truncated), 1 failed"
    ]


def test_gz_files_and_globs(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(TREND_PAGE.encode()))
    (tmp_path / "b.txt").write_text(
        "BAKU, Azerbaijan, May 12. Text, Trend reports.", encoding="utf-8"
    )
    (tmp_path / "c.txt.gz").write_bytes(b"not gzip at all")
    items = list(read_inputs([str(tmp_path / "*")]))
    names = [(Path(item.name).name, type(item).__name__) for item in items]
    assert names == [("a.html.gz", "Document"), ("b.txt", "Document"), ("c.txt.gz", "Failed")]
    first = items[0]
    assert isinstance(first, Document)
    assert first.data == TREND_PAGE.encode()


def test_a_glob_that_matches_nothing_is_reported(tmp_path: Path) -> None:
    (item,) = list(read_inputs([str(tmp_path / "*.html")]))
    assert isinstance(item, Failed)
    assert "No such file" in item.reason


def test_without_warcio_an_archive_fails_with_the_extra_to_install(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    (item,) = list(read_inputs([str(archive)]))
    assert isinstance(item, Failed)
    assert "pip install 'ombudsparse[warc]'" in item.reason


def test_a_damaged_archive_is_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nshort")
    items = list(read_inputs([str(path)]))
    assert items
    assert all(isinstance(item, (Failed, Skipped, Document)) for item in items)


def test_parallel_parsing_gives_the_same_output_in_the_same_order(
    archive: Path, tmp_path: Path
) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    fixtures = Path(__file__).resolve().parent / "fixtures"
    outputs = []
    for jobs in ("1", "2"):
        out, err = io.StringIO(), io.StringIO()
        status = main(
            ["parse", "--jobs", jobs, str(seeds), str(fixtures), str(archive)],
            stdout=out,
            stderr=err,
        )
        outputs.append((status, out.getvalue(), err.getvalue()))
    assert outputs[0] == outputs[1]
    assert outputs[0][1].count("\n") == 5 + 11 + 2  # seeds, fixture pages, archive pages
