"""The pipeline: the Python entry points give what the commands write; --jobs workers read
their own inputs, archives in spans, and the results keep the input order."""

from __future__ import annotations

import datetime as dt
import gc
import io
import json
import os
import random
import time
import uuid
import warnings
from pathlib import Path

import pytest

import ombudsparse
import ombudsparse.pipeline
from ombudsparse.cli import main
from ombudsparse.inputs import Document, archive_spans, read_inputs, read_span
from ombudsparse.pipeline import Done, Job, Product, run

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"
TREND = "BAKU, Azerbaijan, May 12. The Ombudsperson received guests, Trend reports.\n"


def _pages() -> list[tuple[str, bytes]]:
    """Real pages of the three sources, with URLs of their sites."""
    hosts = {
        "trend": "https://en.trend.az/azerbaijan/politics/{}.html",
        "azernews": "https://www.azernews.az/nation/{}.html",
        "ombudsman": "https://ombudsman.az/az/view/news/{}",
    }
    pages = []
    for folder, url in hosts.items():
        for number, path in enumerate(sorted((FIXTURES / folder).glob("*.html"))[:3]):
            pages.append((url.format(number + 1), path.read_bytes()))
    assert len(pages) >= 6
    return pages


def _headers(number: int) -> dict[str, str]:
    # Fixed, so that the archive's bytes (and the damage done to them) are the same each run.
    record_id = f"<urn:uuid:{uuid.UUID(int=number)}>"
    return {"WARC-Date": "2024-05-20T08:00:00Z", "WARC-Record-ID": record_id}


def _archive(path: Path, repeat: int = 1) -> list[str]:
    """Write a gzipped WARC of real pages, requests, an image and a revisit; return its URLs."""
    urls = []
    with warnings.catch_warnings(), path.open("wb") as stream:
        warnings.simplefilter("ignore", ResourceWarning)  # warcio's own buffers
        writer = WARCWriter(stream, gzip=True)
        for round_ in range(repeat):
            for number, (url, body) in enumerate(_pages()):
                url = f"{url}?r={round_}"
                writer.write_record(
                    writer.create_warc_record(
                        url,
                        "request",
                        payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                        warc_headers_dict=_headers(len(urls) * 2),
                    )
                )
                kind = "image/png" if number == 4 else "text/html; charset=utf-8"
                http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
                writer.write_record(
                    writer.create_warc_record(
                        url,
                        "response",
                        payload=io.BytesIO(body),
                        http_headers=http,
                        warc_headers_dict=_headers(len(urls) * 2 + 1),
                    )
                )
                urls.append(url)
        del writer
        gc.collect()
    return urls


def _command(*argv: str) -> tuple[int, list[dict[str, object]], list[dict[str, object]], str]:
    """Run a command with --errors; return its status, records, error lines and summary."""
    out, err = io.StringIO(), io.StringIO()
    errors = Path(os.environ["PIPELINE_ERRORS"])
    status = main([*argv, "--errors", str(errors)], stdout=out, stderr=err)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    failed = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    return status, records, failed, err.getvalue().splitlines()[-1]


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The seeds, a folder of texts (one empty) and a WARC of real pages."""
    monkeypatch.setenv("PIPELINE_ERRORS", str(tmp_path / "errors.jsonl"))
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(TREND, encoding="utf-8")
    (tmp_path / "texts" / "b.txt").write_text("", encoding="utf-8")
    _archive(tmp_path / "crawl.warc.gz")
    return [str(SEEDS), str(tmp_path / "texts"), str(tmp_path / "crawl.warc.gz")]


def _as_written(result: ombudsparse.Parsed) -> dict[str, object]:
    where: dict[str, object] = {"input": result.name}
    if result.offset is not None:
        where["offset"] = result.offset
    return {**where, **ombudsparse.to_dict(result.article)}


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_paths_gives_what_the_parse_command_writes(inputs: list[str], jobs: int) -> None:
    reference = dt.date(2024, 6, 1)
    status, records, failed, summary = _command("parse", "--reference-date", "2024-06-01", *inputs)
    results = list(ombudsparse.parse_paths(inputs, jobs=jobs, reference_date=reference))
    parsed = [r for r in results if isinstance(r, ombudsparse.Parsed)]
    assert [_as_written(r) for r in parsed] == records
    assert [
        {"input": r.name, "offset": r.offset, "reason": r.reason, "code": r.code}
        for r in results
        if isinstance(r, ombudsparse.Failed)
    ] == failed
    skipped = [r for r in results if isinstance(r, ombudsparse.Skipped)]
    assert summary == (
        f"ombudsparse: {len(parsed)} parsed, {len(skipped)} skipped ({len(skipped)} not-html), "
        f"{len(failed)} failed"
    )
    assert status == 1  # b.txt is empty
    assert [r.code for r in skipped] == ["not-html"]
    assert [Path(r["input"]).name for r in failed] == ["b.txt"]  # type: ignore[arg-type]
    # Every seed, text and archive page is there, in input order.
    names = [Path(r.name).name for r in results]
    assert names[:5] == sorted(p.name for p in SEEDS.iterdir())
    assert names[5:7] == ["a.txt", "b.txt"]
    offsets = [r.offset for r in results[7:]]
    assert len(offsets) == len(_pages())
    assert offsets == sorted(offsets)


@pytest.mark.parametrize("jobs", [1, 2])
def test_iter_meetings_gives_what_the_meetings_command_writes(
    inputs: list[str], jobs: int
) -> None:
    _status, rows, failed, _summary = _command("meetings", *inputs)
    results = list(ombudsparse.iter_meetings(inputs, jobs=jobs))
    reports = [r for r in results if isinstance(r, ombudsparse.MeetingReport)]
    assert rows, "the inputs report meetings"
    written = [
        {
            "input": str(row["input"])
            + (f"@{row['offset']}" if row.get("offset") is not None else ""),
            "article_source": row["article_source"],
            "article_url": row["article_url"],
            "meeting": {k: v for k, v in row.items() if k not in _MEETING_WHERE},
        }
        for row in rows
    ]
    assert [
        {
            "input": report.input,
            "article_source": report.source.value if report.source else None,
            "article_url": report.url,
            "meeting": ombudsparse.to_dict(report.meeting),
        }
        for report in reports
    ] == written
    assert [r.code for r in results if isinstance(r, ombudsparse.Failed)] == [
        line["code"] for line in failed
    ]


_MEETING_WHERE = {"input", "offset", "article_source", "article_url"}


def test_the_python_entry_points_refuse_bad_arguments_at_the_call(tmp_path: Path) -> None:
    with pytest.raises(ombudsparse.InvalidArgumentError, match="2 inputs were given"):
        ombudsparse.parse_paths(["a.html", "b.html"], url="https://en.trend.az/1.html")
    with pytest.raises(ombudsparse.InvalidArgumentError, match="jobs=0"):
        ombudsparse.iter_meetings([str(tmp_path)], jobs=0)
    with pytest.raises(ombudsparse.ArgumentTypeError, match="list of str, not str"):
        ombudsparse.parse_paths(str(tmp_path))  # type: ignore[arg-type]
    with pytest.raises(ombudsparse.InvalidArgumentError, match="timeout"):
        ombudsparse.parse_paths([str(tmp_path)], timeout=-1)


def test_a_forced_source_and_a_url_reach_the_parser(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(TREND, encoding="utf-8")
    (result,) = ombudsparse.parse_paths(
        [str(page)], source=ombudsparse.Source.AZERNEWS, url="https://www.azernews.az/n/1.html"
    )
    assert isinstance(result, ombudsparse.Parsed)
    assert result.article.source is ombudsparse.Source.AZERNEWS
    assert result.article.url == "https://www.azernews.az/n/1.html"


def test_standard_input_is_read_only_when_named(tmp_path: Path) -> None:
    (page,) = ombudsparse.parse_paths(["-"], stdin=io.BytesIO(TREND.encode()))
    assert isinstance(page, ombudsparse.Parsed)
    assert page.name == "-"
    (missing,) = ombudsparse.parse_paths(["-"])
    assert isinstance(missing, ombudsparse.Failed)
    assert missing.reason == "no standard input"


# Spans of archives


def _items(data: list[object]) -> list[tuple[str, str, int | None]]:
    return [(type(i).__name__, i.name, i.offset) for i in data]  # type: ignore[attr-defined]


@pytest.mark.parametrize("span_bytes", [1, 3_000, 50_000, 10**9])
def test_spans_of_an_archive_read_every_record_once_in_order(
    tmp_path: Path, span_bytes: int
) -> None:
    path = tmp_path / "crawl.warc.gz"
    _archive(path, repeat=2)
    whole = list(read_inputs([str(path)]))
    spans = archive_spans(str(path), span_bytes)
    assert len(spans) == -(-path.stat().st_size // span_bytes)
    pieces = [
        item
        for start, end in spans
        for item in read_span(str(path), start, end=end, resync=start > 0)
    ]
    assert _items(pieces) == _items(whole)
    assert [i.data for i in pieces if isinstance(i, Document)] == [
        i.data for i in whole if isinstance(i, Document)
    ]


def test_a_gzip_magic_inside_a_record_is_no_record_start(tmp_path: Path) -> None:
    # A page that holds gzip data stored as is (level 0): its magic bytes are in the
    # archive, but they do not start a WARC record, so no span starts there.
    import gzip

    path = tmp_path / "crawl.warc.gz"
    body = b"<html><body><p>x</p>" + gzip.compress(b"not a record" * 50) + b"</body></html>"
    _stored_archive(path, [body] * 3)
    data = path.read_bytes()
    assert data.count(b"\x1f\x8b\x08") == 6  # three records, three fakes
    whole = _items(list(read_inputs([str(path)])))
    for span_bytes in (100, 700, 1_500):
        pieces = [
            item
            for start, end in archive_spans(str(path), span_bytes)
            for item in read_span(str(path), start, end=end, resync=start > 0)
        ]
        assert _items(pieces) == whole


def test_jobs_cut_a_gzipped_archive_into_spans_and_keep_its_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crawl.warc.gz"
    _archive(path, repeat=3)
    serial = [json.loads(line) for line in _lines(str(path), jobs=1)]
    monkeypatch.setattr(ombudsparse.pipeline, "ARCHIVE_SPAN_BYTES", 2_000)
    assert len(archive_spans(str(path), 2_000)) > 5
    assert [json.loads(line) for line in _lines(str(path), jobs=2)] == serial
    assert len(serial) == 3 * (len(_pages()) - 1)


def _lines(path: str, jobs: int) -> list[str]:
    job = Job(produce=Product.LINE)
    results = list(run([path], job, jobs=jobs, timeout=30 if jobs > 1 else 0))
    assert all(isinstance(r.value, str) for r in results if isinstance(r, Done))
    return [r.value for r in results if isinstance(r, Done)]


def test_workers_read_their_own_inputs_and_send_back_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crawl.warc.gz"
    _archive(path)
    (tmp_path / "a.txt").write_text(TREND, encoding="utf-8")
    readers = tmp_path / "readers"
    readers.mkdir()
    real_span, real_file = ombudsparse.pipeline.read_span, ombudsparse.pipeline.read_file

    def span(*args: object, **kwargs: object) -> object:
        (readers / str(os.getpid())).touch()
        return real_span(*args, **kwargs)  # type: ignore[arg-type]

    def file(name: str) -> object:
        (readers / str(os.getpid())).touch()
        return real_file(name)

    monkeypatch.setattr(ombudsparse.pipeline, "read_span", span)
    monkeypatch.setattr(ombudsparse.pipeline, "read_file", file)
    lines = _lines_of([str(tmp_path / "a.txt"), str(path)])
    assert len(lines) == len(_pages())  # the text, and the pages but the image
    pids = {int(p.name) for p in readers.iterdir()}
    assert pids
    assert os.getpid() not in pids


def _lines_of(paths: list[str]) -> list[str]:
    results = list(run(paths, Job(produce=Product.LINE), jobs=2, timeout=30))
    return [r.value for r in results if isinstance(r, Done)]


# Stuck and dying workers


def test_a_worker_that_dies_fails_its_record_and_the_next_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        (tmp_path / name).write_text(TREND, encoding="utf-8")
    real = ombudsparse.pipeline.parse_document

    def dies(document: Document, options: object) -> object:
        if document.name.endswith("b.txt"):
            os._exit(9)  # as an out-of-memory kill would end it
        return real(document, options)  # type: ignore[arg-type]

    monkeypatch.setattr(ombudsparse.pipeline, "parse_document", dies)
    results = list(ombudsparse.parse_paths([str(tmp_path)], jobs=2))
    assert [(Path(r.name).name, type(r).__name__) for r in results] == [
        ("a.txt", "Parsed"),
        ("b.txt", "Failed"),
        ("c.txt", "Parsed"),
        ("d.txt", "Parsed"),
    ]
    assert results[1].code == "worker-died"  # type: ignore[union-attr]


def test_a_stuck_archive_record_times_out_by_its_offset_and_the_span_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crawl.warc.gz"
    urls = _archive(path)
    real = ombudsparse.pipeline.parse_document

    def stuck(document: Document, options: object) -> object:
        if document.url == urls[1]:
            time.sleep(120)  # the worker (forked with this patch) is terminated long before
        return real(document, options)  # type: ignore[arg-type]

    monkeypatch.setattr(ombudsparse.pipeline, "parse_document", stuck)
    started = time.monotonic()
    results = list(ombudsparse.parse_paths([str(path)], jobs=2, timeout=0.5))
    assert time.monotonic() - started < 30
    whole = list(read_inputs([str(path)]))
    assert [(r.name, r.offset) for r in results] == [(i.name, i.offset) for i in whole]
    (late,) = [r for r in results if isinstance(r, ombudsparse.Failed)]
    assert late.offset == whole[1].offset
    assert late.reason == "parsing took longer than the 0.5 s allowed"


def _stored_archive(path: Path, bodies: list[bytes]) -> None:
    """Write a gzipped WARC whose members are stored, not compressed: bodies stay as they are."""
    import gzip

    with warnings.catch_warnings(), path.open("wb") as stream:
        warnings.simplefilter("ignore", ResourceWarning)  # warcio's own buffers
        for number, body in enumerate(bodies):
            record = io.BytesIO()
            writer = WARCWriter(record, gzip=False)
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"https://en.trend.az/{number}.html",
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=http,
                )
            )
            stream.write(gzip.compress(record.getvalue(), compresslevel=0))
            del writer
            gc.collect()


def test_an_archive_stored_in_a_record_does_not_start_a_span(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A record whose payload is itself a gzipped web archive, stored as is: its members
    # decompress to WARC headers, so a span may start inside the record. The span
    # before it says where the next record really is, and the span is read again.
    inner = tmp_path / "inner.warc.gz"
    _archive(inner)
    page = f"<html><body><p>{TREND}</p></body></html>".encode()
    path = tmp_path / "outer.warc.gz"
    _stored_archive(path, [page, inner.read_bytes(), page, page])
    serial = [(type(r).__name__, r.name, r.offset) for r in run([str(path)], Job())]
    assert len(serial) == 4
    naive_differs = False
    for span_bytes in (500, 2_000, 5_000):
        pieces = [
            item
            for start, end in archive_spans(str(path), span_bytes)
            for item in read_span(str(path), start, end=end, resync=start > 0)
        ]
        naive_differs |= len(pieces) != 4
        monkeypatch.setattr(ombudsparse.pipeline, "ARCHIVE_SPAN_BYTES", span_bytes)
        results = list(run([str(path)], Job(), jobs=2, timeout=30))
        assert [(type(r).__name__, r.name, r.offset) for r in results] == serial
    assert naive_differs  # the case is real: spans alone would read the inner archive


def _stretches(results: list[object]) -> list[object]:
    """Each result but failures, and one mark per run of failures (a damaged stretch)."""
    marks: list[object] = []
    for result in results:
        mark = "damage" if isinstance(result, ombudsparse.Failed) else result
        if not (mark == "damage" and marks and marks[-1] == "damage"):
            marks.append(mark)
    return marks


@pytest.mark.parametrize("seed", range(12))
def test_spans_of_a_damaged_archive_give_the_records_and_damage_of_one_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    # Every whole record, and every damaged stretch at its place; how many error
    # lines a stretch gives may differ, as warcio reads damage from where it starts.
    rng = random.Random(seed)
    _archive(tmp_path / "whole.warc.gz", repeat=2)
    data = bytearray((tmp_path / "whole.warc.gz").read_bytes())
    if seed % 3 == 0:
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif seed % 3 == 1:
        data = data[: rng.randrange(len(data))]
    else:
        at = rng.randrange(len(data))
        data[at:at] = rng.randbytes(rng.randint(1, 3_000))
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(bytes(data))
    serial = list(run([str(path)], Job()))
    monkeypatch.setattr(ombudsparse.pipeline, "ARCHIVE_SPAN_BYTES", rng.choice([700, 2_000]))
    assert _stretches(list(run([str(path)], Job(), jobs=2, timeout=30))) == _stretches(serial)


def test_a_budget_too_short_for_any_record_fails_each_input_once(tmp_path: Path) -> None:
    # Workers are stopped again and again, even before they read: still one result an input.
    for number in range(20):
        (tmp_path / f"{number:02}.txt").write_text(TREND, encoding="utf-8")
    results = list(ombudsparse.parse_paths([str(tmp_path)], jobs=2, timeout=1e-9))
    assert [Path(r.name).name for r in results] == [f"{n:02}.txt" for n in range(20)]
    assert {type(r) for r in results} <= {ombudsparse.Parsed, ombudsparse.Failed}
    assert all(r.code == "timeout" for r in results if isinstance(r, ombudsparse.Failed))
