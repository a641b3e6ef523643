"""Scale-out on Dask's local schedulers: the same records as the command line, none twice."""

from __future__ import annotations

import gc
import io
import json
import warnings
from pathlib import Path

import dask
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import ombudsparse.dask
from ombudsparse.cli import main


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "crawl.warc.gz"
    with warnings.catch_warnings(), open(path, "wb") as stream:
        warnings.simplefilter("ignore", ResourceWarning)  # warcio's own temporary buffers
        writer = WARCWriter(stream, gzip=True)
        for n in range(10):
            url = f"https://en.trend.az/azerbaijan/politics/{n}.html"
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
            writer.write_record(request)
            body = (
                f"<html><body><div class='top-part'><h1>Meeting {n}</h1></div><div class='right-part'>"
                f"<div class='article-content article-paddings'><p>BAKU, Azerbaijan, May {n + 1}. "
                f"The Ombudsperson received guest number {n}, Trend reports.</p></div></div></body></html>"
            )
            kind = "image/png" if n == 4 else "text/html"
            http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body.encode()),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-06-01T00:00:00Z"},
            )
            writer.write_record(record)
        del writer, request, record
        gc.collect()
    return path


@pytest.mark.parametrize("scheduler", ["synchronous", "threads", "processes"])
def test_bag_gives_every_page_once_in_partitions_of_record_ranges(
    archive: Path, scheduler: str
) -> None:
    ranges = ombudsparse.dask.record_ranges(str(archive), per_partition=3)
    assert [count for _path, _offset, count in ranges] == [3, 3, 3, 1]
    bag = ombudsparse.dask.articles_bag([str(archive)], records_per_partition=3)
    assert bag.npartitions == 4
    with dask.config.set(scheduler=scheduler):
        records = bag.compute()
    out = io.StringIO()
    main(["parse", str(archive)], stdout=out, stderr=io.StringIO())
    expected = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == 9  # the PNG record is skipped
    assert sorted(records, key=lambda r: r["offset"]) == expected
    assert [r["title"] for r in records] == [f"Meeting {n}" for n in range(10) if n != 4]
    assert records[0]["published"] == "2024-05-01"  # the year from the WARC-Date


def test_bag_reports_failures_as_records(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("", encoding="utf-8")
    (record,) = ombudsparse.dask.articles_bag([str(tmp_path / "empty.html")]).compute(
        scheduler="synchronous"
    )
    assert record["input"] == str(tmp_path / "empty.html")
    assert "empty" in record["error"]
