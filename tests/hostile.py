"""Hostile inputs of every class of issue 11, generated, and one way to run each.

Shared by ``tests/test_hostile.py`` (small sizes, a few cases per class) and
``bench/bench_hostile.py`` (400+ cases at full size). A case is files to lay out,
a command line (or a snippet of Python calling the API), and how many records
its inputs hold when that is known. :func:`run_case` runs it in its own
process with a time limit and tells whether it ended in a traceback, hung, lost
records, and its peak memory (of the process and its workers).
"""

from __future__ import annotations

import contextlib
import gc
import gzip
import io
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
import warnings
import zlib
from collections.abc import Iterator
from pathlib import Path

import attrs
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

#: What stands in a case's file map for a file that is no regular file.
FIFO, SOCKET = b"<fifo>", b"<socket>"

LEAD = "<p>BAKU, Azerbaijan, May 5. The Ombudsman met a delegation, Trend reports.</p>"
TREND_TEXT = "BAKU, Azerbaijan, November 14. The Ombudsperson met guests, Trend reports.\n"
PAGE = f"<html><head></head><body><div class='article-content'>{LEAD}</div></body></html>"
TREND_URL = "https://en.trend.az/azerbaijan/politics/1.html"
SUMMARY = re.compile(r"ombudsparse: (\d+) parsed, (\d+) skipped.*?, (\d+) failed")
PARSE = ("parse", "in", "-o", "out.jsonl", "--errors", "errors.jsonl", "--timeout", "10")


@attrs.frozen(kw_only=True)
class Case:
    """One hostile case."""

    name: str
    kind: str
    files: dict[str, bytes] = attrs.field(factory=dict)
    argv: tuple[str, ...] = PARSE
    expected: int | None = None
    api: str | None = None
    stdin: str | None = None
    signum: int | None = None
    status: tuple[int, ...] = (0, 1)


@attrs.frozen(kw_only=True)
class Outcome:
    """What running a case showed."""

    case: Case
    status: int | None
    traceback: bool
    hang: bool
    lost: bool
    rss_mb: float
    seconds: float
    detail: str = ""


def warc(pages: list[bytes], *, gz: bool, headers: list[tuple[str, str]] | None = None) -> bytes:
    """An archive of HTML responses on Trend's domain."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        writer = WARCWriter(buffer, gzip=gz)
        for number, page in enumerate(pages):
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html"), *(headers or [])], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://en.trend.az/azerbaijan/{number}.html",
                "response",
                payload=io.BytesIO(page),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-05-20T08:00:00Z"},
            )
            writer.write_record(record)
            del record, http  # warcio's spooled buffers, closed here, under the filter
            gc.collect()
        del writer
        gc.collect()
    return buffer.getvalue()


def _html(head: str = "", body: str = LEAD) -> bytes:
    return f"<html><head>{head}</head><body><div class='article-content'>{body}</div></body></html>".encode()


def _bomb(size: int) -> bytes:
    stream = io.BytesIO()
    with gzip.GzipFile(fileobj=stream, mode="wb", compresslevel=9) as packed:
        chunk = b"\0" * (1 << 20)
        for _ in range(size >> 20):
            packed.write(chunk)
    return stream.getvalue()


def _damaged_archives(scale: float, rng: random.Random) -> Iterator[Case]:
    pages = [_html() for _ in range(6)]
    for gz in (False, True):
        data = warc(pages, gz=gz)
        suffix = ".warc.gz" if gz else ".warc"
        starts = (
            [m.start() for m in re.finditer(rb"\x1f\x8b", data)]
            if gz
            else [m.start() for m in re.finditer(rb"WARC/1\.\d\r\n", data)]
        )
        cuts = sorted(rng.sample(range(1, len(data)), 40))
        for cut in cuts:
            whole = sum(1 for start in starts if start < cut)
            yield Case(
                name=f"truncated{suffix}@{cut}",
                kind="damaged archive",
                files={f"in/a{suffix}": data[:cut]},
                expected=whole,
            )
        for flip in range(40):
            damaged = bytearray(data)
            for _ in range(rng.randint(1, 8)):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
            yield Case(
                name=f"flipped{suffix}#{flip}",
                kind="damaged archive",
                files={f"in/a{suffix}": bytes(damaged)},
            )
    plain = warc(pages, gz=False)
    for delta in (-500, -50, -1, 1, 50, 10**6, 10**30):
        lengths = list(re.finditer(rb"Content-Length: (\d+)", plain))
        target = lengths[2]
        value = str(int(target[1]) + delta).encode()
        yield Case(
            name=f"content-length{delta:+d}",
            kind="damaged archive",
            files={"in/a.warc": plain[: target.start(1)] + value + plain[target.end(1) :]},
        )
    for name, data in (
        ("no-uri", re.sub(rb"WARC-Target-URI: [^\r]*\r\n", b"", plain, count=2)),
        ("garbage-between", plain[:200] + os.urandom(300) + plain[200:]),
        ("garbage-after", plain + os.urandom(1000)),
        ("empty", b""),
        ("not-warc", b"hello, this is no archive\n" * 100),
        ("endless-header", b"WARC/1.0\r\nWARC-Type: " + b"x" * int(50_000_000 * scale)),
    ):
        yield Case(name=f"archive-{name}", kind="damaged archive", files={"in/a.warc": data})


def _compression(scale: float, rng: random.Random) -> Iterator[Case]:
    packed = gzip.compress(TREND_TEXT.encode() * 50)
    for cut in sorted(rng.sample(range(1, len(packed)), min(len(packed) - 1, 20))):
        yield Case(
            name=f"truncated.txt.gz@{cut}",
            kind="truncated gzip",
            files={"in/a.txt.gz": packed[:cut], "in/b.txt": TREND_TEXT.encode()},
            expected=2,
        )
    bomb = _bomb(int(1_000_000_000 * scale) or 1 << 20)
    yield Case(name="gzip-bomb.txt.gz", kind="gzip bomb", files={"in/a.txt.gz": bomb}, expected=1)
    yield Case(
        name="gzip-bomb.html.gz", kind="gzip bomb", files={"in/a.html.gz": bomb}, expected=1
    )
    body_bomb = _bomb(int(400_000_000 * scale) or 1 << 20)
    for coding, body in (("gzip", body_bomb), ("deflate", zlib.compress(b"\0" * (1 << 26)))):
        yield Case(
            name=f"{coding}-bomb-in-record",
            kind="gzip bomb",
            files={
                "in/a.warc": warc(
                    [body, _html()], gz=False, headers=[("Content-Encoding", coding)]
                )
            },
            expected=2,
        )
    for device in ("/dev/zero", "/dev/urandom"):
        yield Case(
            name=f"stdin-{device}",
            kind="endless input",
            argv=("parse", "-", "-o", "out.jsonl", "--errors", "errors.jsonl"),
            stdin=device,
        )


def _pathological(scale: float) -> Iterator[Case]:
    attributes = " ".join(f'a{i}="{i}"' for i in range(int(200_000 * scale) or 100))
    yield Case(
        name="200k-attributes",
        kind="huge attributes",
        files={"in/a.html": f"<html><body><div {attributes}>{LEAD}</div></body></html>".encode()},
        expected=1,
    )
    long_value = "x" * int(30_000_000 * scale)
    yield Case(
        name="30MB-attribute",
        kind="huge attributes",
        files={"in/a.html": _html(f'<meta name="description" content="{long_value}">')},
        expected=1,
    )
    for depth in (1_000, 100_000, int(3_000_000 * scale) or 1_000):
        yield Case(
            name=f"nested-divs-{depth}",
            kind="deep nesting",
            files={"in/a.html": ("<div>" * depth + LEAD + "</div>" * depth).encode()},
            expected=1,
        )
    for depth in (500, 5_000, 100_000):
        script = '{"@type": "NewsArticle", "author": ' + '{"name": ' * depth + '"x"' + "}" * depth
        script += "}"
        yield Case(
            name=f"jsonld-author-{depth}",
            kind="deep nesting",
            files={"in/a.html": _html(f'<script type="application/ld+json">{script}</script>')},
            expected=1,
        )
        lists = '{"@type": "NewsArticle", "author": ' + "[" * depth + "]" * depth + "}"
        yield Case(
            name=f"jsonld-lists-{depth}",
            kind="deep nesting",
            files={"in/a.html": _html(f'<script type="application/ld+json">{lists}</script>')},
            expected=1,
        )
    paragraphs = int(400_000 * scale) or 100
    yield Case(
        name=f"{paragraphs}-paragraphs",
        kind="large page",
        # Parsed to the end (about 20 s at full size), so that its memory is the whole run's.
        argv=(*PARSE[:-1], "60"),
        files={"in/a.html": ("<html><body>" + LEAD * paragraphs + "</body></html>").encode()},
        expected=1,
    )
    yield Case(
        name="5000-digit-figure",
        kind="huge numbers",
        argv=("meetings", "in", "-o", "out.jsonl", "--errors", "errors.jsonl"),
        files={
            "in/a.txt": (
                "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received "
                + "9" * 5000
                + " thousand Azerbaijanis and the Ambassador of Norland, Ola Berg, Trend reports."
            ).encode()
        },
    )


_CHARSETS = (
    "punycode",
    "undefined",
    "utf-7",
    "idna",
    "rot13",
    "base64",
    "hex",
    "x-unknown",
    "utf-16",
    "utf-32",
    "hz",
    "cp1252",
    "shift_jis",
    "utf-8-sig",
    "mbcs",
)


def _charsets() -> Iterator[Case]:
    for charset in _CHARSETS:
        yield Case(
            name=f"meta-charset-{charset}",
            kind="bad charset",
            files={"in/a.html": _html(f'<meta charset="{charset}">') + b"\xff\xfe\x80"},
            expected=1,
        )
        yield Case(
            name=f"--encoding-{charset}",
            kind="bad charset",
            argv=(*PARSE, "--encoding", charset),
            files={"in/a.txt": TREND_TEXT.encode() + b"\xc3\x28"},
            expected=1,
        )
    for name, data in (
        ("invalid-utf8", TREND_TEXT.encode() + b"\xff\xfe\xfd"),
        ("bom-utf16-then-utf8", b"\xff\xfe" + TREND_TEXT.encode()),
        ("lone-surrogates", TREND_TEXT.encode() + b"\xed\xa0\x80"),
        ("nul-bytes", b"\0" * 100 + TREND_TEXT.encode()),
        ("control-chars", bytes(range(1, 32)) * 100),
    ):
        yield Case(name=name, kind="bad charset", files={"in/a.txt": data}, expected=1)


_YEARS = (1, 2, 1899, 1900, 1923, 1924, 9998, 9999)
_OFFSETS = ("+14:00", "-12:00", "Z", "")


def _dates() -> Iterator[Case]:
    for year in _YEARS:
        for offset in _OFFSETS:
            stamp = (
                f"{year:04d}-12-31T23:59:59{offset}"
                if year > 5000
                else f"{year:04d}-01-01T00:00:00{offset}"
            )
            ld = json.dumps(
                {"@type": "NewsArticle", "headline": "A visit", "datePublished": stamp}
            )
            yield Case(
                name=f"jsonld-{stamp}",
                kind="odd date",
                files={"in/a.html": _html(f'<script type="application/ld+json">{ld}</script>')},
                expected=1,
            )
            yield Case(
                name=f"meta-{stamp}",
                kind="odd date",
                files={
                    "in/a.html": _html(
                        f'<meta property="article:published_time" content="{stamp}">'
                    )
                },
                expected=1,
            )
        line = f"{'31 December' if year > 5000 else '1 January'} {year:04d} 23:59 (UTC-12:00)"
        yield Case(
            name=f"azernews-line-{year}",
            kind="odd date",
            files={"in/a.txt": f"{line}\nThe Ombudswoman met guests, Azernews reports.".encode()},
            expected=1,
        )
        yield Case(
            name=f"dateline-{year}",
            kind="odd date",
            files={
                "in/a.txt": f"BAKU, Azerbaijan, December 31, {year:04d}. The Ombudsman met guests, "
                "Trend reports.".encode()
            },
            expected=1,
        )
        for reference in (f"{year:04d}-01-01", f"{year:04d}-12-31"):
            yield Case(
                name=f"--reference-date-{reference}",
                kind="odd date",
                argv=(*PARSE, "--reference-date", reference),
                files={"in/a.txt": ("Вчера 09:05\nОмбудсмен встретился.\n" + TREND_TEXT).encode()},
                expected=1,
            )
        page = warc([_html()], gz=False).replace(
            b"2024-05-20T08:00:00Z", f"{year:04d}-01-01T00:00:00Z".encode()
        )
        yield Case(
            name=f"warc-date-{year}", kind="odd date", files={"in/a.warc": page}, expected=1
        )


_RECORDS = (
    '{"body": "abc"}',
    '{"view_count": 1.5}',
    '{"view_count": true}',
    '{"view_count": "12"}',
    '{"view_count": ' + "9" * 5000 + "}",
    '{"view_count": 1e400}',
    '{"authors": [["a"]]}',
    '{"authors": ' + "[" * 100_000 + "]" * 100_000 + "}",
    '{"provenance": {"nope": "text"}}',
    '{"provenance": {"title": "nope"}}',
    '{"provenance": []}',
    '{"title": 5}',
    '{"title": ""}',
    '{"title": " padded "}',
    '{"published": "0000-01-01"}',
    '{"published": "9999-12-31T23:59:59+14:00"}',
    '{"published": "1900-01-01T10:00:00+03:19:24"}',
    '{"published": 20240101}',
    '{"published": "--02-30"}',
    '{"dateline": "BAKU"}',
    '{"dateline": {"text": 5}}',
    '{"warnings": [{"code": "nope", "message": "x"}]}',
    '{"warnings": "abc"}',
    '{"source": ["trend"]}',
    '{"source": {"a": 1}}',
    '{"unknown": 1}',
    "[]",
    "null",
    "5",
    '"text"',
    "{",
    "NaN",
    '{"body": [' + '"x",' * 100_000 + '"y"]}',
    '{"a": ' * 100_000 + "1" + "}" * 100_000,
)


def _api() -> Iterator[Case]:
    for number, record in enumerate(_RECORDS):
        yield Case(
            name=f"from_json#{number}",
            kind="hostile JSON record",
            api=f"o.from_json({record!r})",
        )
        yield Case(
            name=f"from_json-bytes#{number}",
            kind="hostile JSON record",
            api=f"o.from_json({record.encode('utf-16')!r})",
        )
    calls = (
        "o.parse(123)",
        "o.parse(None)",
        "o.parse(['a'])",
        "o.parse(memoryview(b'x'))",
        "o.parse(T, source='nope')",
        "o.parse(T, source=5)",
        "o.parse(T, reference_date='2020-01-01')",
        "o.parse(T, reference_date=dt.date.max)",
        "o.parse(T, reference_date=dt.date.min)",
        "o.parse(T, reference_date=dt.datetime.max.replace(tzinfo=dt.timezone.utc))",
        "o.parse(T, reference_date=dt.datetime.min.replace(tzinfo=dt.timezone.utc))",
        "o.parse(T, reference_date=dt.datetime(2020, 1, 1))",
        "o.parse(T, url=5)",
        "o.parse(T, url=b'https://x')",
        "o.parse(T, url='http://[::1')",
        "o.parse(T, url='https://x:99999/')",
        "o.parse(T.encode(), encoding=5)",
        "o.parse(T.encode(), encoding='punycode')",
        "o.parse(T.encode(), encoding='rot13')",
        "o.parse(T.encode(), encoding='utf-7')",
        "o.parse(T, generic='x')",
        "o.parse('\\udcff' * 10)",
        "o.parse_file(5)",
        "o.parse_file(None)",
        "o.parse_file('/nonexistent/x')",
        "o.parse_file('a\\0b')",
        "o.parse_file('x' * 5000)",
        "o.parse_file('/proc/self/mem')",
        "o.parse_file('/dev/zero')",
        "o.parse_file('/dev/null')",
        "o.parse_file('/tmp')",
        "o.parse_file(b'/etc/hostname')",
        "o.extract_meetings(5)",
        "o.extract_meetings(None)",
        "o.extract_meetings(T)",
        "o.cluster_meetings(5)",
        "o.cluster_meetings([5])",
        "o.cluster_meetings(T)",
        "o.cluster_meetings([o.parse(T), None])",
        "o.to_json(5)",
        "o.to_json(o.Article(), indent=10**12)",
        "o.to_json(o.Article(), indent='x')",
        "o.to_dict(None)",
        "o.from_dict(5)",
        "o.from_dict({}, cls=5)",
        "o.from_json('{}', cls=int)",
        "o.json_schema(5)",
        "o.json_schema(int)",
        "o.detect_source(5)",
        "o.detect_source(T, 5)",
        "o.detect_source(T, site_name=[1])",
        "o.drift_report(5)",
        "o.drift_report([5])",
        "o.drift_report([], failures=-1)",
        "o.to_dataframe(5)",
        "o.to_dataframe([5])",
        "o.to_dataframe([], tz='x' * 5000)",
    )
    for call in calls:
        yield Case(name=call, kind="API misuse", api=call)


def _files_and_outputs() -> Iterator[Case]:
    good = {"in/b.txt": TREND_TEXT.encode()}
    yield Case(name="fifo", kind="special file", files={"in/a.html": FIFO, **good}, expected=2)
    yield Case(name="socket", kind="special file", files={"in/a.txt": SOCKET, **good}, expected=2)
    yield Case(
        name="fifo-argument",
        kind="special file",
        argv=("parse", "in/a.txt", *PARSE[1:]),
        files={"in/a.txt": FIFO, **good},
        expected=2,
    )
    for device in ("/dev/zero", "/dev/null", "/dev/urandom"):
        yield Case(
            name=f"device-{device}",
            kind="special file",
            argv=("parse", device, *PARSE[1:]),
            files=good,
            expected=2,
        )
    yield Case(
        name="symlink-loop",
        kind="special file",
        files={"in/loop.html": b"<symlink:loop>", **good},
    )
    outputs = {
        "missing-folder": ("-o", "missing/out.jsonl"),
        "output-a-folder": ("-o", "in"),
        "dev-full": ("-o", "/dev/full"),
        "output-is-input": ("-o", "in/b.txt"),
        "errors-is-input": ("--errors", "in/b.txt"),
        "output-inside-input": ("-o", "in/out.jsonl"),
        "output-equals-errors": ("-o", "same.jsonl", "--errors", "same.jsonl"),
    }
    for fmt in ("jsonl", "csv", "parquet"):
        for name, option in outputs.items():
            yield Case(
                name=f"{name}-{fmt}",
                kind="unwritable output",
                argv=("parse", "in", "--format", fmt, *option),
                files=good,
                status=(1, 2),
            )
    for jobs in ("0", "-1", "100000", "x"):
        yield Case(
            name=f"--jobs {jobs}",
            kind="bad option",
            argv=("parse", "in", "--jobs", jobs),
            files=good,
            status=(2,),
        )


def _signals(scale: float) -> Iterator[Case]:
    files = {f"in/{n:05d}.txt": TREND_TEXT.encode() for n in range(max(int(20_000 * scale), 3000))}
    for signum in (signal.SIGTERM, signal.SIGINT):
        for fmt in ("jsonl", "csv", "parquet"):
            for jobs in ("1", "2"):
                yield Case(
                    name=f"{signal.Signals(signum).name}-{fmt}-jobs{jobs}",
                    kind="signal",
                    argv=("parse", "in", "--format", fmt, "-o", f"out.{fmt}", "--jobs", jobs),
                    files=files,
                    signum=signum,
                    status=(128 + signum,),
                )


def iter_cases(scale: float = 1.0, seed: int = 11) -> Iterator[Case]:
    """Every hostile case at ``scale`` (1.0: the sizes of the issue), one at a time."""
    rng = random.Random(seed)
    yield from _damaged_archives(scale, rng)
    yield from _compression(scale, rng)
    yield from _pathological(scale)
    yield from _charsets()
    yield from _dates()
    yield from _api()
    yield from _files_and_outputs()
    yield from _signals(scale)


def build_cases(scale: float = 1.0, seed: int = 11) -> list[Case]:
    """Every hostile case at ``scale``, as a list (see :func:`iter_cases`)."""
    return list(iter_cases(scale, seed))


def lay_out(case: Case, folder: Path) -> None:
    """Write a case's files under ``folder``."""
    (folder / "in").mkdir(parents=True, exist_ok=True)
    for name, data in case.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if data == FIFO:
            os.mkfifo(path)
        elif data == SOCKET:
            server = socket.socket(socket.AF_UNIX)
            server.bind(str(path))
            server.close()
        elif data.startswith(b"<symlink:"):
            path.symlink_to(path.name)
        else:
            path.write_bytes(data)


_API_PRELUDE = (
    "import datetime as dt, ombudsparse as o\n"
    "T = 'BAKU, Azerbaijan, November 14. The Ombudsperson met guests, Trend reports.'\n"
    "try:\n    {call}\nexcept o.OmbudsparseError:\n    pass\n"
)


# Runs the case as its child and writes [status, peak RSS in MB] to rusage.json. A
# process counts the memory of the one it was forked from in its own peak (until it
# executes its program), so the case is started by this small process, not by the
# caller, whose memory may be large. Signals sent to the group reach the case; the
# launcher only waits (a handler, not SIG_IGN, which the case would inherit).
_LAUNCHER = """
import json, os, signal, subprocess, sys
for signum in (signal.SIGTERM, signal.SIGINT):
    signal.signal(signum, lambda *_: None)
child = subprocess.Popen(sys.argv[1:])
while True:
    try:
        _, status, usage = os.wait4(child.pid, 0)
        break
    except InterruptedError:
        continue
child.returncode = os.waitstatus_to_exitcode(status)
with open("rusage.json", "w") as report:
    json.dump([child.returncode, usage.ru_maxrss / 1024], report)
sys.exit(0)
"""


def _command(case: Case, folder: Path) -> list[str]:
    if case.api is not None:
        (folder / "case.py").write_text(_API_PRELUDE.format(call=case.api), encoding="utf-8")
        command = [sys.executable, "case.py"]
    else:
        command = [sys.executable, "-m", "ombudsparse", *case.argv]
    return [sys.executable, "-c", _LAUNCHER, *command]


def _wait(pid: int, limit: float) -> tuple[int | None, float, bool]:
    """Wait for a process; return its status, peak RSS in MB (with its workers), and a hang."""
    deadline = time.monotonic() + limit
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status), usage.ru_maxrss / 1024, False
        if time.monotonic() > deadline:
            os.killpg(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            return None, usage.ru_maxrss / 1024, True
        time.sleep(0.02)


def run_case(case: Case, folder: Path, *, limit: float = 120.0, laid_out: bool = False) -> Outcome:
    """Run one case in its own process under ``folder``; see :class:`Outcome`.

    ``laid_out``: the case's files are in ``folder`` already (its ``files`` may be
    empty then). A process forked from a large one counts that one's memory in
    its peak, so a caller measuring memory lays cases out first and drops them.
    """
    if not laid_out:
        lay_out(case, folder)
    started = time.monotonic()
    with (
        open(folder / "stdout", "wb") as out,
        open(folder / "stderr", "wb") as err,
        open(case.stdin or os.devnull, "rb") as stdin,
    ):
        process = subprocess.Popen(
            _command(case, folder),
            cwd=folder,
            stdin=stdin,
            stdout=out,
            stderr=err,
            start_new_session=True,
        )
        if case.signum is not None:
            _signal_when_writing(process.pid, folder, case)
        status, _, hang = _wait(process.pid, limit)
        process.returncode = status if status is not None else -9
    # The launcher's report: the case's own status and peak (see _LAUNCHER).
    report = folder / "rusage.json"
    if not hang and report.exists():
        status, rss = json.loads(report.read_text(encoding="utf-8"))
    else:
        rss = 0.0
    seconds = time.monotonic() - started
    stderr = (folder / "stderr").read_text(encoding="utf-8", errors="replace")
    stdout = (folder / "stdout").read_text(encoding="utf-8", errors="replace")
    traceback = "Traceback (most recent call last)" in stderr + stdout
    lost, detail = (False, "") if hang else _lost(case, folder, status, stderr)
    return Outcome(
        case=case,
        status=status,
        traceback=traceback,
        hang=hang,
        lost=lost,
        rss_mb=rss,
        seconds=seconds,
        detail=detail or (stderr.strip().splitlines() or [""])[-1][:200],
    )


def _signal_when_writing(pid: int, folder: Path, case: Case) -> None:
    target = folder / f"{case.argv[case.argv.index('-o') + 1]}.partial"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (target.exists() and target.stat().st_size):
        if os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
            return  # ended before writing anything
        time.sleep(0.02)
    time.sleep(0.3)
    assert case.signum is not None
    with contextlib.suppress(ProcessLookupError):  # done already: a wrong status shows it
        os.killpg(pid, case.signum)


def _count_rows(path: Path) -> int:
    if not path.exists():
        return 0
    if path.name.split(".")[1] == "parquet":
        import pyarrow.parquet

        return int(pyarrow.parquet.read_metadata(path).num_rows)
    if path.name.split(".")[1] == "csv":
        import csv

        with path.open(encoding="utf-8", newline="") as table:
            return sum(1 for _ in csv.DictReader(table))
    return _lines(path)


def _lines(path: Path) -> int:
    # Not splitlines(): JSON keeps U+2028 and U+0085 inside strings, which it splits on.
    return sum(1 for line in path.read_bytes().split(b"\n") if line.strip())


def _lost(case: Case, folder: Path, status: int | None, stderr: str) -> tuple[bool, str]:
    """Tell whether records went missing (or the run ended unlike the case allows)."""
    if case.api is not None:
        return status != 0, "" if status == 0 else f"exit status {status}"
    if status not in case.status:
        return True, f"exit status {status}, expected {case.status}"
    if status == 2:  # refused before reading: nothing was read, so nothing lost
        return False, ""
    counts = SUMMARY.search(stderr)
    if counts is None:
        return True, "no summary line"
    parsed, skipped, failed = (int(n) for n in counts.groups())
    output = case.argv[case.argv.index("-o") + 1] if "-o" in case.argv else None
    if output is not None and not output.startswith("/dev/"):
        path = folder / output
        if case.signum is not None:
            path = folder / f"{output}.partial"
        rows = _count_rows(path)
        if case.argv[0] == "parse" and rows != parsed:
            return True, f"{rows} rows written, {parsed} parsed"
    if "--errors" in case.argv:
        errors = folder / case.argv[case.argv.index("--errors") + 1]
        lines = _lines(errors) if errors.exists() else 0
        if lines != failed:
            return True, f"{lines} error lines, {failed} failed"
    if case.expected is not None and parsed + skipped + failed < case.expected:
        return True, f"{parsed} + {skipped} + {failed} accounted of {case.expected}"
    return False, ""
