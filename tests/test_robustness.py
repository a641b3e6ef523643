"""Nothing lost, nothing hangs: outputs, damaged archives, hostile inputs and signals (issue 11)."""

from __future__ import annotations

import contextlib
import csv
import gc
import gzip
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import ombudsparse
import ombudsparse.cli
import ombudsparse.inputs
import ombudsparse.pipeline
from ombudsparse.cli import main
from ombudsparse.inputs import Document, Failed, read_inputs

TREND = "BAKU, Azerbaijan, November 14. The two met, Trend reports.\n"
PAGE = (
    b"<html><body><div class='article-content'><p>BAKU, Azerbaijan, May 12. The "
    b"Ombudsperson received a delegation, Trend reports.</p></div></body></html>"
)
SUMMARY = re.compile(r"ombudsparse: \d+ parsed, \d+ skipped.*, \d+ failed.*")


def _run(*argv: str) -> tuple[int, str, list[str]]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue().splitlines()


def _warc(records: int = 3, *, gz: bool = False, uri: bool = True) -> bytes:
    """Build an archive of ``records`` HTML responses; without ``uri`` the second has none."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # warcio's own buffers
        writer = WARCWriter(buffer, gzip=gz)
        for number in range(records):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://en.trend.az/azerbaijan/{number}.html",
                "response",
                payload=io.BytesIO(PAGE),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-05-20T08:00:00Z"},
            )
            if not uri and number == 1:
                record.rec_headers.remove_header("WARC-Target-URI")
            writer.write_record(record)
        del writer, record, http
        gc.collect()
    return buffer.getvalue()


def _offsets(data: bytes) -> list[int]:
    return [match.start() for match in re.finditer(rb"WARC/1\.\d\r\n", data)]


# 1. Never destroy, never silently drop


def test_output_naming_an_input_is_refused_before_reading(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(TREND, encoding="utf-8")
    for option in ("-o", "--errors"):
        status, out, errors = _run("parse", str(page), option, str(page))
        assert (status, out) == (2, "")
        (error,) = errors
        assert error.startswith(f"ombudsparse: {option} {page} would overwrite")
        assert page.read_text(encoding="utf-8") == TREND


def test_output_inside_an_input_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TREND, encoding="utf-8")
    target = tmp_path / "sub" / "out.jsonl"
    target.parent.mkdir()
    status, out, errors = _run("parse", str(tmp_path), "-o", str(target))
    assert (status, out, len(errors)) == (2, "", 1)
    assert "lie among the inputs" in errors[0]
    assert not target.exists()
    assert not Path(f"{target}.partial").exists()


def test_output_and_errors_naming_one_file_are_refused(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TREND, encoding="utf-8")
    target = str(tmp_path / "out.jsonl")
    status, _, errors = _run("parse", str(tmp_path / "in"), "-o", target, "--errors", target)
    assert status == 2
    assert errors == [f"ombudsparse: -o and --errors name the same file: {target}"]


def test_an_output_is_renamed_into_place_only_when_the_run_ends(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TREND, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    status, out, errors = _run("parse", str(tmp_path / "in"), "-o", str(target))
    assert (status, out) == (0, "")
    assert [json.loads(line)["source"] for line in target.read_text().splitlines()] == ["trend"]
    assert not Path(f"{target}.partial").exists()
    assert SUMMARY.fullmatch(errors[-1])


def test_an_interrupted_run_keeps_the_old_output_and_a_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / "in" / name).write_text(TREND, encoding="utf-8")
    target = tmp_path / "out.csv"
    target.write_text("the previous run's whole table\n", encoding="utf-8")
    real = ombudsparse.pipeline.parse_document
    seen: list[str] = []

    def interrupted(document: object, options: object) -> object:
        seen.append("x")
        if len(seen) == 2:
            raise KeyboardInterrupt
        return real(document, options)  # type: ignore[arg-type]

    monkeypatch.setattr(ombudsparse.pipeline, "parse_document", interrupted)
    status, _, errors = _run("parse", str(tmp_path / "in"), "-o", str(target))
    assert status == 130
    assert target.read_text(encoding="utf-8") == "the previous run's whole table\n"
    partial = Path(f"{target}.partial")
    rows = partial.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("input,offset,source")
    assert len(rows) == 2  # the header and the one record parsed before the interruption
    assert any(str(partial) in line for line in errors)
    assert errors[-1] == "ombudsparse: 1 parsed, 0 skipped, 0 failed"


def test_a_half_read_record_is_an_error_not_an_empty_page(tmp_path: Path) -> None:
    data = _warc(3)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:-60])  # the last record ends before its Content-Length
    status, out, errors = _run("parse", str(path))
    assert status == 1
    assert len(out.splitlines()) == 2
    last = _offsets(data)[2]
    assert errors[0].startswith(f"ombudsparse: {path}@{last}: a record cut short")


def test_a_truncated_gzipped_archive_reports_the_cut_record(tmp_path: Path) -> None:
    data = _warc(3, gz=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - 80])
    status, out, errors = _run("parse", str(path))
    assert status == 1
    assert len(out.splitlines()) == 2
    assert re.fullmatch(rf"ombudsparse: {re.escape(str(path))}@\d+: .*", errors[0])


def test_a_content_length_too_long_hides_no_record(tmp_path: Path) -> None:
    data = _warc(3)
    path = tmp_path / "long.warc"
    path.write_bytes(data.replace(b"Content-Length: ", b"Content-Length: 9", 1))
    status, out, errors = _run("parse", str(path))
    assert status == 1
    urls = [json.loads(line)["url"] for line in out.splitlines()]
    assert urls == [
        "https://en.trend.az/azerbaijan/1.html",
        "https://en.trend.az/azerbaijan/2.html",
    ]
    assert errors[0].startswith(f"ombudsparse: {path}@0: a record cut short")


def test_a_content_length_too_short_is_an_error_and_the_next_records_are_read(
    tmp_path: Path,
) -> None:
    data = _warc(3)
    start = data.index(b"Content-Length: ") + len(b"Content-Length: ")
    end = data.index(b"\r\n", start)
    path = tmp_path / "short.warc"
    path.write_bytes(data[:start] + b"50" + data[end:])
    status, out, errors = _run("parse", str(path))
    assert status == 1
    assert len(out.splitlines()) == 2
    assert errors[0] == (
        f"ombudsparse: {path}@0: wrong Content-Length: the record is not followed by a blank line"
    )


def test_a_record_without_target_uri_is_an_error_and_the_next_is_read(tmp_path: Path) -> None:
    data = _warc(3, uri=False)
    path = tmp_path / "nouri.warc"
    path.write_bytes(data)
    status, out, errors = _run("parse", str(path))
    assert status == 1
    assert len(out.splitlines()) == 2
    second = _offsets(data)[1]
    assert errors[0].startswith(f"ombudsparse: {path}@{second}: ")
    assert "WARC-Target-URI" in errors[0] or "damaged" in errors[0]


@pytest.mark.parametrize("content", [b"", b"hello, this is not an archive\n"])
def test_an_empty_or_foreign_warc_file_is_an_error_line(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.warc"
    path.write_bytes(content)
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, Failed)
    status, _, errors = _run("parse", str(path))
    assert status == 1
    assert errors[0].startswith(f"ombudsparse: {path}")
    assert errors[-1] == "ombudsparse: 0 parsed, 0 skipped, 1 failed"


def test_the_summary_is_on_stderr_without_a_terminal_and_quiet_silences_it(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(TREND, encoding="utf-8")
    assert _run("parse", str(tmp_path))[2] == ["ombudsparse: 1 parsed, 0 skipped, 0 failed"]
    assert _run("parse", "--quiet", str(tmp_path))[2] == []


def test_unreadable_folders_are_error_lines_and_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(TREND, encoding="utf-8")
    locked = tmp_path / "locked"
    real_walk = os.walk

    def walk(top: str, onerror: object = None, **kwargs: object) -> object:
        assert callable(onerror)
        onerror(PermissionError(13, "Permission denied", str(locked)))
        return real_walk(top, onerror=onerror)

    monkeypatch.setattr(ombudsparse.inputs.os, "walk", walk)
    status, out, errors = _run("parse", str(tmp_path))
    assert status == 1
    assert len(out.splitlines()) == 1
    assert errors == [
        f"ombudsparse: {locked}: unreadable folder: Permission denied",
        "ombudsparse: 1 parsed, 0 skipped, 1 failed, 1 unreadable folder",
    ]


# 3. Bounded time and memory per record


@pytest.fixture
def small_cap(monkeypatch: pytest.MonkeyPatch) -> int:
    """Cap inputs at 64 KiB, so that bombs are cheap to build; the logic is the same."""
    monkeypatch.setattr(ombudsparse.decoding, "MAX_INPUT_BYTES", 64 * 1024)
    monkeypatch.setattr(ombudsparse.inputs, "MAX_INPUT_BYTES", 64 * 1024)
    return 64 * 1024


def test_a_gzip_bomb_stops_at_the_cap(tmp_path: Path, small_cap: int) -> None:
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * (small_cap * 20)))
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, Failed)
    assert item.code == "too-large"
    assert f"larger than the {small_cap} bytes accepted" in item.reason


def test_a_gzip_bomb_in_an_archive_record_stops_at_the_cap(tmp_path: Path, small_cap: int) -> None:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        writer = WARCWriter(buffer, gzip=True)
        for encoding, body in (("gzip", gzip.compress(b"a" * small_cap * 20)), (None, PAGE)):
            headers = [("Content-Type", "text/html")]
            if encoding:
                headers.append(("Content-Encoding", encoding))
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                "https://en.trend.az/x.html",
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
            )
            writer.write_record(record)
        del writer, record, http
        gc.collect()
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(buffer.getvalue())
    items = list(read_inputs([str(path)]))
    assert [type(item).__name__ for item in items] == ["Failed", "Document"]
    assert isinstance(items[0], Failed)
    assert items[0].code == "too-large"
    assert items[0].offset == 0


def test_an_endless_standard_input_stops_at_the_cap(small_cap: int) -> None:
    class Zeros(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
            buffer[:] = bytes(len(buffer))
            return len(buffer)

    (item,) = list(read_inputs(["-"], stdin=io.BufferedReader(Zeros())))
    assert isinstance(item, Failed)
    assert item.code == "too-large"


def test_an_endless_header_line_in_an_archive_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "endless.warc.gz"
    path.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nX: " + b"a" * (3 << 20)))
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, Failed)
    assert "header line longer than" in item.reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifos_sockets_and_devices_are_reported_never_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TREND, encoding="utf-8")
    os.mkfifo(tmp_path / "fifo.html")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "socket.html"))
    try:
        # In a process of its own, so that a regression hangs that process, not the suite.
        run = subprocess.run(
            [sys.executable, "-m", "ombudsparse", "parse", str(tmp_path), "/dev/zero"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        server.close()
    assert run.returncode == 1
    assert len(run.stdout.splitlines()) == 1
    assert run.stderr.splitlines() == [
        f"ombudsparse: {tmp_path / 'fifo.html'}: a FIFO, not a file: not read",
        f"ombudsparse: {tmp_path / 'socket.html'}: a socket, not a file: not read",
        "ombudsparse: /dev/zero: a character device, not a file: not read",
        "ombudsparse: 1 parsed, 0 skipped, 3 failed",
    ]


@pytest.mark.parametrize("jobs", ["0", "-1", "100000", "many"])
def test_jobs_out_of_bounds_are_refused(
    tmp_path: Path, jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(TREND, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["parse", "--jobs", jobs, str(tmp_path)])
    assert exit_.value.code == 2
    assert "argument --jobs/-j" in capsys.readouterr().err


# 4. Outputs, environment and signals


@pytest.mark.parametrize("where", ["missing/out.jsonl", "folder"])
def test_an_unwritable_output_is_one_clear_error_before_reading(
    tmp_path: Path, where: str
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TREND, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    target = tmp_path / where
    for option in ("-o", "--errors"):
        status, out, errors = _run("parse", str(tmp_path / "in"), option, str(target))
        assert (status, out) == (2, "")
        (error,) = errors
        assert error.startswith(f"ombudsparse: cannot write {target}: ")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in read-only folders")
def test_a_read_only_folder_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TREND, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    status, _, errors = _run("parse", str(tmp_path / "in"), "-o", str(locked / "out.jsonl"))
    assert status == 2
    assert errors == [f"ombudsparse: cannot write {locked / 'out.jsonl'}: Permission denied"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("output_format", ["jsonl", "csv", "parquet"])
def test_a_full_disk_is_one_clear_error(tmp_path: Path, output_format: str) -> None:
    (tmp_path / "a.txt").write_text(TREND, encoding="utf-8")
    argv = ("parse", str(tmp_path / "a.txt"), "--format", output_format, "-o", "/dev/full")
    status, _, errors = _run(*argv)
    assert status == 2
    assert errors[0].startswith("ombudsparse: cannot write /dev/full: ")
    assert "No space left on device" in errors[0]


def test_a_full_standard_output_is_one_clear_error(tmp_path: Path) -> None:
    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

    (tmp_path / "a.txt").write_text(TREND, encoding="utf-8")
    err = io.StringIO()
    assert main(["parse", str(tmp_path / "a.txt")], stdout=Full(), stderr=err) == 2
    assert err.getvalue().splitlines()[0] == (
        "ombudsparse: cannot write standard output: No space left on device"
    )


def test_undecodable_file_names_are_written_escaped(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    try:
        (tmp_path / name).write_text(TREND, encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("the file system takes no such name")
    out, err = io.BytesIO(), io.StringIO()
    text_out = io.TextIOWrapper(out, encoding="utf-8")
    assert main(["parse", str(tmp_path)], stdout=text_out, stderr=err) == 0
    text_out.flush()
    (record,) = [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines()]
    assert record["input"] == str(tmp_path / "caf\\xe9.txt")


@pytest.mark.parametrize(
    ("signum", "status", "output_format", "jobs"),
    [(signal.SIGTERM, 143, "csv", "2"), (signal.SIGINT, 130, "parquet", "1")],
)
def test_a_signal_closes_the_outputs_valid_and_ends_the_workers(
    tmp_path: Path, signum: int, status: int, output_format: str, jobs: str
) -> None:
    (tmp_path / "a.txt").write_text(TREND, encoding="utf-8")
    target = tmp_path / f"out.{output_format}"
    argv = ["parse", "--jobs", jobs, "-o", str(target), *["a.txt"] * 20_000]
    run = subprocess.Popen(
        [sys.executable, "-m", "ombudsparse", *argv],
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    partial = Path(f"{target}.partial")
    deadline = time.monotonic() + 30
    workers: list[str] = []
    expected = 0 if jobs == "1" else int(jobs)
    while time.monotonic() < deadline and not (partial.exists() and len(workers) >= expected):
        with contextlib.suppress(OSError):
            workers = Path(f"/proc/{run.pid}/task/{run.pid}/children").read_text().split()
        time.sleep(0.05)
    time.sleep(0.5)  # running: some records written
    os.killpg(run.pid, signum)  # as a terminal or a service manager sends it: to every process
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == status, stderr
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    parsed = int(re.fullmatch(r"ombudsparse: (\d+) parsed, 0 skipped, 0 failed", lines[-1])[1])  # type: ignore[index]
    assert parsed > 0
    assert not target.exists()
    if output_format == "csv":
        with partial.open(encoding="utf-8", newline="") as table:
            rows = list(csv.DictReader(table))
    else:
        pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
        rows = pyarrow_parquet.read_table(partial).to_pylist()
    assert len(rows) == parsed
    for worker in workers:
        state = Path(f"/proc/{worker}/status")
        assert not state.exists() or "zombie" in state.read_text()


# 2. One bad record never stops the batch

_LEAD = "<p>BAKU, Azerbaijan, May 5. The Ombudsman met a delegation, Trend reports.</p>"
_HOSTILE = {
    "ld-9999.html": '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"datePublished": "9999-12-31T23:59:59-12:00"}</script>' + _LEAD,
    "ld-0001.html": '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"datePublished": "0001-01-01T00:00:00+14:00"}</script>' + _LEAD,
    "meta-9999.html": '<meta property="article:published_time" content="9999-12-31T23:59:59Z">'
    + _LEAD,
    "deep.html": '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
    + '{"name": ' * 500
    + '"x"'
    + "}" * 500
    + "}</script>"
    + _LEAD,
    "punycode.html": '<meta charset="punycode">' + _LEAD,
    "undefined.html": '<meta charset="undefined">' + _LEAD,
    "digits.txt": "BAKU, Azerbaijan, May 5. The Ombudsman met 1" + "9" * 5000 + " people, Trend.",
}


@pytest.mark.parametrize("command", ["parse", "meetings", "check"])
def test_hostile_records_are_error_lines_and_the_batch_goes_on(
    tmp_path: Path, command: str
) -> None:
    (tmp_path / "in").mkdir()
    for name, text in _HOSTILE.items():
        (tmp_path / "in" / name).write_text(f"<html><body>{text}</body></html>", encoding="utf-8")
    (tmp_path / "in" / "zz-good.txt").write_text(TREND, encoding="utf-8")
    errors_file = tmp_path / "errors.jsonl"
    status, out, errors = _run(command, str(tmp_path / "in"), "--errors", str(errors_file))
    assert status in (0, 1)
    failed = [json.loads(line) for line in errors_file.read_text(encoding="utf-8").splitlines()]
    assert len(errors) == len(failed) + 1  # and the summary
    counts = re.fullmatch(r"ombudsparse: (\d+) parsed, 0 skipped, (\d+) failed", errors[-1])
    assert counts is not None
    if command == "parse":
        assert int(counts[1]) + int(counts[2]) == len(_HOSTILE) + 1
        assert "zz-good.txt" in out
    assert all(set(line) == {"input", "offset", "reason", "code"} for line in failed)
    assert {line["code"] for line in failed} <= {"internal-error", "decode", "parse-error"}


def test_an_unexpected_exception_is_an_error_line_with_a_stable_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / "in" / name).write_text(TREND, encoding="utf-8")
    real = ombudsparse.pipeline.parse_document

    def deep(document: Document, options: object) -> object:
        if document.name.endswith("b.txt"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(document, options)  # type: ignore[arg-type]

    monkeypatch.setattr(ombudsparse.pipeline, "parse_document", deep)
    errors_file = tmp_path / "errors.jsonl"
    status, out, errors = _run("parse", str(tmp_path / "in"), "--errors", str(errors_file))
    assert status == 1
    assert len(out.splitlines()) == 2
    b = tmp_path / "in" / "b.txt"
    assert errors[0] == (
        f"ombudsparse: {b}: internal error: RecursionError: maximum recursion depth exceeded"
    )
    (line,) = [json.loads(text) for text in errors_file.read_text(encoding="utf-8").splitlines()]
    assert line == {
        "input": str(b),
        "offset": None,
        "reason": "internal error: RecursionError: maximum recursion depth exceeded",
        "code": "internal-error",
    }


def test_a_codec_that_is_no_text_encoding_is_a_decode_error() -> None:
    with pytest.raises(ombudsparse.DecodeError):
        ombudsparse.parse(b'<html><meta charset="punycode"><p>Ombudsman, Trend reports.</p>')


def test_a_record_over_its_time_budget_is_an_error_and_the_next_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / "in" / name).write_text(TREND, encoding="utf-8")
    real = ombudsparse.pipeline.parse_document

    def stuck(document: Document, options: object) -> object:
        if document.name.endswith("b.txt"):
            time.sleep(120)  # the worker (forked with this patch) is terminated long before
        return real(document, options)  # type: ignore[arg-type]

    monkeypatch.setattr(ombudsparse.pipeline, "parse_document", stuck)
    started = time.monotonic()
    status, out, errors = _run("parse", "--timeout", "0.5", "--jobs", "2", str(tmp_path / "in"))
    assert time.monotonic() - started < 30
    assert status == 1
    assert [Path(json.loads(line)["input"]).name for line in out.splitlines()] == [
        "a.txt",
        "c.txt",
    ]
    assert errors[0] == (
        f"ombudsparse: {tmp_path / 'in' / 'b.txt'}: parsing took longer than the 0.5 s allowed"
    )


def test_a_page_quadratic_in_libxml2_stops_at_the_time_budget(tmp_path: Path) -> None:
    attributes = " ".join(f'a{number}="x"' for number in range(200_000))
    page = f"<html><body><div {attributes}>{_LEAD}</div></body></html>"
    (tmp_path / "attributes.html").write_text(page, encoding="utf-8")
    started = time.monotonic()
    status, _, errors = _run("parse", "--timeout", "1", str(tmp_path / "attributes.html"))
    assert time.monotonic() - started < 30
    assert status == 1
    assert errors[0].endswith("parsing took longer than the 1 s allowed")


@pytest.mark.parametrize("seconds", ["-1", "nan", "inf", "soon"])
def test_a_bad_timeout_is_refused(seconds: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["parse", "--timeout", seconds, "-"])
    assert exit_.value.code == 2
    assert "argument --timeout" in capsys.readouterr().err


def test_a_record_that_cannot_be_written_as_utf8_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "in" / name).write_text(TREND, encoding="utf-8")
    real = ombudsparse.pipeline.to_dict
    calls: list[object] = []

    def lone_surrogate(record: object) -> dict[str, object]:
        calls.append(record)
        data = real(record)  # type: ignore[arg-type]
        return {**data, "title": "\ud800"} if len(calls) == 1 else data

    monkeypatch.setattr(ombudsparse.pipeline, "to_dict", lone_surrogate)
    target = tmp_path / "out.jsonl"
    status, _, errors = _run("parse", "--timeout", "0", str(tmp_path / "in"), "-o", str(target))
    assert status == 1
    assert "UnicodeEncodeError" in errors[0]
    assert [Path(json.loads(line)["input"]).name for line in target.read_text().splitlines()] == [
        "b.txt"
    ]


def test_the_dask_bag_turns_any_exception_into_an_error_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The dates near year 9999 that once overflowed are parsed now: a bug is simulated.
    dask_module = pytest.importorskip("ombudsparse.dask")
    html = "<html><body>" + _HOSTILE["ld-9999.html"] + "</body></html>"
    (tmp_path / "late.html").write_text(html, encoding="utf-8")

    def overflow(*_args: object, **_kwargs: object) -> None:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(ombudsparse.pipeline, "parse_document", overflow)
    (record,) = dask_module.articles_bag([str(tmp_path / "late.html")]).compute(
        scheduler="synchronous"
    )
    assert record["error"].startswith("internal error: OverflowError")


def test_an_output_through_a_symlink_keeps_the_symlink(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TREND, encoding="utf-8")
    (tmp_path / "real.jsonl").write_text("old\n", encoding="utf-8")
    (tmp_path / "link.jsonl").symlink_to(tmp_path / "real.jsonl")
    status, _, _ = _run("parse", str(tmp_path / "in"), "-o", str(tmp_path / "link.jsonl"))
    assert status == 0
    assert (tmp_path / "link.jsonl").is_symlink()
    assert json.loads((tmp_path / "real.jsonl").read_text(encoding="utf-8"))["source"] == "trend"


def test_a_damaged_archive_is_one_dask_partition_with_its_errors(tmp_path: Path) -> None:
    dask_module = pytest.importorskip("ombudsparse.dask")
    data = _warc(3, uri=False)
    path = tmp_path / "nouri.warc"
    path.write_bytes(data)
    assert dask_module.record_ranges(str(path)) == [(str(path), 0, 0)]
    records = dask_module.articles_bag([str(path)]).compute(scheduler="synchronous")
    assert ["error" in record for record in records] == [False, True, False]


@pytest.mark.parametrize("length", [b"-", b"abc", b"\xd9\xa1"])
def test_a_content_length_that_is_no_number_is_an_error_and_the_next_is_read(
    tmp_path: Path, length: bytes
) -> None:
    data = _warc(3)
    path = tmp_path / "length.warc"
    path.write_bytes(data.replace(b"Content-Length: ", b"Content-Length: " + length, 1))
    status, out, errors = _run("parse", str(path))
    assert status == 1
    assert len(out.splitlines()) == 2
    assert errors[0].startswith(f"ombudsparse: {path}@0: a record whose Content-Length is not")


@pytest.mark.parametrize("spaces", ["-1", "17", "100000000"])
def test_an_absurd_indent_is_refused(spaces: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["parse", "--indent", spaces, "-"])
    assert exit_.value.code == 2
    assert "argument --indent" in capsys.readouterr().err
