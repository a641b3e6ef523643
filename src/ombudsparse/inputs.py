"""One input layer: files, directories, globs, ``.gz`` files, standard input, WARC archives.

:func:`read_inputs` turns the paths a user gives into a stream of items, each
one :class:`Document` to parse, one :class:`Skipped` record of a web archive
(not a page: other content types, revisits, truncated records), or one
:class:`Failed` input with its reason. Nothing is lost: every input, and
every response record of an archive, comes out as exactly one item. Archives
are read as streams, record by record, so memory stays flat however large
they are.

Every read is capped at :data:`MAX_INPUT_BYTES` (after decompression: ``.gz``
files, gzip or deflate bodies of archive records, standard input), so a
decompression bomb or an endless input becomes one :class:`Failed` item, never
a read of the whole. Only regular files are opened: FIFOs, sockets and
devices are reported, never read (a read could block forever). A damaged
archive gives one :class:`Failed` item per bad record (a record cut short, a
wrong ``Content-Length``, no ``WARC-Target-URI``), and reading goes on at the
next record found after it.

Reading WARC files needs the ``warc`` extra (``pip install 'ombudsparse[warc]'``),
which brings warcio.
"""

from __future__ import annotations

import datetime as dt
import glob
import gzip
import os
import re
import stat
import zlib
from collections.abc import Generator, Iterable, Iterator
from typing import Any, BinaryIO

import attrs

from ombudsparse._extras import require
from ombudsparse.dates import parse_iso
from ombudsparse.decoding import MAX_INPUT_BYTES, read_capped
from ombudsparse.errors import InputTooLargeError, InvalidArgumentError

__all__ = [
    "ARCHIVE_SPAN_BYTES",
    "ARCHIVE_SUFFIXES",
    "MAX_INPUT_BYTES",
    "PAGE_RECORD_TYPES",
    "PAGE_SUFFIXES",
    "STDIN",
    "Document",
    "Failed",
    "Skipped",
    "archive_spans",
    "input_names",
    "is_archive",
    "read_archive",
    "read_file",
    "read_inputs",
    "read_span",
    "read_stdin",
]

#: The name that stands for standard input.
STDIN = "-"
#: Files taken from a directory as pages or texts (also with ``.gz`` after them).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text")
#: Files read as web archives.
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
#: The archive records that may hold a page; others (requests, warcinfo, metadata) are passed over.
PAGE_RECORD_TYPES = ("response", "resource", "revisit")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_GLOB = re.compile(r"[*?\[]")
#: The most bytes read from one input or archive record, after decompression: the
#: plain-input limit, so no input can cost more memory than a plain one may.
_CHUNK = 1 << 20
# The longest header line read from an archive (WARC and HTTP headers are far shorter).
_MAX_LINE = 1 << 20
# Where a record may start: a gzip member, or a WARC/ARC header line.
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_START = re.compile(rb"(?:^|\n)(WARC/[01]\.\d+\r?\n)")


@attrs.frozen(kw_only=True)
class Document:
    """One page or text to parse."""

    #: The input's name: its path, or ``-`` for standard input.
    name: str
    #: Its bytes.
    data: bytes = attrs.field(repr=False)
    #: The page's URL, where the input says (a WARC record's target URI).
    url: str | None = None
    #: When the page was fetched, where the input says (a WARC record's date).
    fetched: dt.datetime | None = None
    #: The byte offset of the record in its archive, for WARC records.
    offset: int | None = None
    #: The encoding the input declares (an HTTP ``Content-Type`` charset).
    encoding: str | None = None


@attrs.frozen(kw_only=True)
class Skipped:
    """An archive record that is not a page to parse, and why.

    Example:
        >>> Skipped(name="crawl.warc.gz", offset=812, reason="not HTML (content type image/png)",
        ...         code="not-html").code
        'not-html'
    """

    #: The archive's name.
    name: str
    #: The record's byte offset in the archive.
    offset: int | None
    #: Why it is no page, in words.
    reason: str
    #: A stable code for the kind of record: ``revisit``, ``truncated`` (a
    #: ``WARC-Truncated`` record), ``not-html``, ``http-status``.
    code: str = "skipped"


@attrs.frozen(kw_only=True)
class Failed:
    """An input that could not be read or parsed, and why: one ``--errors`` line.

    Example:
        >>> (failed,) = read_inputs(["no-such-file.txt"])
        >>> failed.name, failed.offset, failed.code
        ('no-such-file.txt', None, 'unreadable')
    """

    #: The input's name: its path, or ``-`` for standard input.
    name: str
    #: The record's byte offset, for a record of a web archive.
    offset: int | None
    #: Why it failed, in words.
    reason: str
    #: A stable code for the kind of failure (``unreadable``, ``not-a-file``,
    #: ``unreadable-folder``, ``too-large``, ``damaged-gzip``, ``damaged-archive``,
    #: ``truncated-record``, ``bad-content-length``, ``no-target-uri``,
    #: ``empty-archive``, ``missing-extra``); for a document that failed to
    #: parse (:mod:`ombudsparse.pipeline`), ``empty``, ``decode``, ``not-text``,
    #: ``too-large``, ``html``, ``invalid-argument``, ``record``, ``parse-error``,
    #: ``internal-error``, ``timeout`` or ``worker-died``.
    code: str = "unreadable"


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _too_large(what: str = "the input") -> str:
    return f"{what} is larger than the {MAX_INPUT_BYTES} bytes accepted (after decompression)"


def _file_kind(mode: int) -> str | None:
    """Name what a file that is not a regular file is, or ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    for test, kind in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a directory"),
    ):
        if test(mode):
            return kind
    return "not a regular file"


def _open_regular(name: str) -> BinaryIO | Failed:
    """Open a regular file for reading; anything else is a :class:`Failed` item.

    Non-blocking, so that a FIFO swapped in after the check cannot block the open.
    """
    try:
        kind = _file_kind(os.stat(name).st_mode)
        if kind is None:
            fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | os.O_CLOEXEC)
            kind = _file_kind(os.fstat(fd).st_mode)
            if kind is None:
                return os.fdopen(fd, "rb")
            os.close(fd)
    except OSError as exc:
        return Failed(name=name, offset=None, reason=_reason(exc))
    return Failed(
        name=name, offset=None, reason=f"{kind}, not a file: not read", code="not-a-file"
    )


Item = Document | Skipped | Failed


def is_archive(name: str) -> bool:
    """Tell whether a file name is a web archive's (by its suffix)."""
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def _is_page(name: str) -> bool:
    lower = name.lower().removesuffix(".gz")
    return lower.endswith(PAGE_SUFFIXES)


def _walk(directory: str) -> list[str | Failed]:
    """List a directory's page and archive files, and a :class:`Failed` per unreadable folder."""
    found: list[str] = []
    unreadable: list[Failed] = []

    def report(exc: OSError) -> None:
        where = exc.filename if isinstance(exc.filename, str) else directory
        reason = f"unreadable folder: {_reason(exc)}"
        unreadable.append(Failed(name=where, offset=None, reason=reason, code="unreadable-folder"))

    for root, dirs, files in os.walk(directory, onerror=report):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            os.path.join(root, f)
            for f in files
            if not f.startswith(".") and (_is_page(f) or is_archive(f))
        )
    return [*unreadable, *sorted(found)]


def input_names(paths: Iterable[str]) -> Iterator[str | Failed]:
    """Yield the inputs that paths stand for, as :func:`read_inputs` reads them, unread.

    Folders are walked and patterns expanded lazily; a folder that cannot be
    read gives a :class:`Failed`, a missing file its own name.

    Example:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("BAKU, Azerbaijan, May 5. Text.")
        >>> [pathlib.Path(name).name for name in input_names([str(folder), "-"])]
        ['a.txt', '-']
    """
    return _expand(paths)


def _expand(paths: Iterable[str]) -> Iterator[str | Failed]:
    for path in paths:
        if path == STDIN:
            yield path
        elif os.path.isdir(path):
            yield from _walk(path)
        elif not os.path.exists(path) and _GLOB.search(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield path  # reported as missing
            for match in matches:
                yield from _walk(match) if os.path.isdir(match) else (match,)
        else:
            yield path


def _http_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = parse_iso(value)
    except ValueError:
        return None
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time())
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.timezone.utc)


def _content_type(record: Any) -> str:
    http = record.http_headers
    value = http.get_header("Content-Type") if http is not None else None
    return str(value or record.rec_headers.get_header("Content-Type") or "")


def _skip_reason(record: Any) -> tuple[str, str] | None:
    """Tell why an archive record is not a page to parse, and its code; ``None`` for a page."""
    if record.rec_type == "revisit":
        return "a revisit record (no payload)", "revisit"
    truncated = record.rec_headers.get_header("WARC-Truncated")
    if truncated:
        return f"a truncated record ({truncated})", "truncated"
    content_type = _content_type(record)
    if not content_type.lower().startswith(_HTML_TYPES):
        return f"not HTML (content type {content_type.split(';')[0] or 'none'})", "not-html"
    http = record.http_headers
    status = http.get_statuscode() if http is not None else None
    if status and not str(status).startswith("2"):
        return f"HTTP status {status}", "http-status"
    return None


# The most of a library's message kept in an error line: warcio quotes the damaged
# record's first line, which may be kilobytes of binary data.
_REASON_MAX = 200


def _one_line(text: str) -> str:
    r"""Make a message one printable line: control characters escaped, cut at 200 characters.

    Example:
        >>> _one_line("Invalid WARC record, first line: \x1f\x8b\nrest")
        'Invalid WARC record, first line: \\x1f\\x8b\\nrest'
    """
    escaped = "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in text[: _REASON_MAX * 2]
    )
    return escaped if len(escaped) <= _REASON_MAX else escaped[: _REASON_MAX - 3] + "..."


def _next_start(stream: BinaryIO, after: int, gzipped: bool) -> int | None:
    """Find where the next record may start after byte ``after``, or ``None``."""
    try:
        stream.seek(after)
    except (OSError, ValueError):
        return None  # not seekable: no way to look past the damage
    position, tail = after, b""
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return None
        data = tail + chunk
        if gzipped:
            found = data.find(_GZIP_MAGIC)
            if found >= 0:
                return position - len(tail) + found
        else:
            match = _WARC_START.search(data)
            if match is not None:
                return position - len(tail) + match.start(1)
        position += len(chunk)
        tail = data[-16:]


class _LineTooLongError(Exception):
    """A header line longer than any real one: damaged data, or a decompression bomb."""

    def __str__(self) -> str:
        return f"a header line longer than {_MAX_LINE} bytes"


def _cap_lines(reader: Any) -> None:
    """Make a warcio reader refuse header lines longer than :data:`_MAX_LINE` bytes.

    warcio reads a line until its end, so one endless line (a gzip member of zeros)
    would otherwise be held whole in memory.
    """
    readline = reader.readline

    def capped(length: int | None = None) -> bytes:
        asked = _MAX_LINE + 1 if length is None or length > _MAX_LINE else length
        line: bytes = readline(asked)
        if len(line) > _MAX_LINE and not line.endswith(b"\n"):
            raise _LineTooLongError
        return line

    reader.readline = capped


def _is_gzipped(stream: BinaryIO) -> bool:
    try:
        where = stream.tell()
        magic = stream.read(2)
        stream.seek(where)
    except (OSError, ValueError):
        return False
    return magic == _GZIP_MAGIC[:2]


def _stream_size(stream: BinaryIO) -> int | None:
    try:
        return os.fstat(stream.fileno()).st_size
    except (OSError, ValueError, AttributeError):
        return None


def _record_item(name: str, record: Any, records: Any) -> tuple[Item, bool]:
    """Read one archive record into an item; also tell whether the archive is damaged there.

    A record cut short (its ``Content-Length`` runs past the end of the data) or one
    without a length may hide the records after it: the caller then looks for them.
    """
    length = record.rec_headers.get_header("Content-Length")
    if length is not None and not (length.strip().isascii() and length.strip().isdigit()):
        # warcio reads such a record as empty, and its content as the next record.
        offset = records.get_record_offset()
        reason = f"a record whose Content-Length is not a number of bytes: {length[:40]!r}"
        return Failed(name=name, offset=offset, reason=reason, code="bad-content-length"), True
    if length is None and record.format.startswith("warc"):
        offset = records.get_record_offset()
        return Failed(
            name=name,
            offset=offset,
            reason="a record without Content-Length",
            code="bad-content-length",
        ), True
    skip = _skip_reason(record)
    if skip is not None:
        reason, code = skip
        offset = records.get_record_offset()
        if _cut_short(record):
            return _truncated(name, offset, record), True
        return Skipped(name=name, offset=offset, reason=reason, code=code), False
    try:
        # The payload first: asking warcio for the offset reads the record to its end.
        data = read_capped(record.content_stream())
    except InputTooLargeError:
        return Failed(
            name=name,
            offset=records.get_record_offset(),
            reason=_too_large("the record"),
            code="too-large",
        ), False
    errors_before = records.err_count
    offset = records.get_record_offset()
    if _cut_short(record):
        return _truncated(name, offset, record), True
    if records.err_count > errors_before:
        return Failed(
            name=name,
            offset=offset,
            reason="wrong Content-Length: the record is not followed by a blank line",
            code="bad-content-length",
        ), False
    url = record.rec_headers.get_header("WARC-Target-URI")
    if not url:
        return Failed(
            name=name,
            offset=offset,
            reason="a record without WARC-Target-URI",
            code="no-target-uri",
        ), False
    charset = _CHARSET.search(_content_type(record))
    return Document(
        name=name,
        data=data,
        url=url,
        fetched=_http_date(record.rec_headers.get_header("WARC-Date")),
        offset=offset,
        encoding=charset[1] if charset else None,
    ), False


# The record types of the WARC 1.1 standard.
_WARC_TYPES = frozenset(
    (
        "warcinfo",
        "response",
        "resource",
        "request",
        "metadata",
        "revisit",
        "conversion",
        "continuation",
    )
)


def _header_damaged(record: Any) -> bool:
    """Tell whether a WARC record's header is not a whole one (an unknown type, no length)."""
    return (
        record.rec_type not in _WARC_TYPES
        or record.rec_headers.get_header("Content-Length") is None
    )


def _cut_short(record: Any) -> bool:
    """Tell whether a record's data ended before its ``Content-Length``."""
    raw = record.raw_stream
    return isinstance(getattr(raw, "limit", None), int) and raw.limit > 0


def _truncated(name: str, offset: int, record: Any) -> Failed:
    length = record.rec_headers.get_header("Content-Length")
    return Failed(
        name=name,
        offset=offset,
        reason=f"a record cut short: the data ends before its Content-Length ({length})",
        code="truncated-record",
    )


def read_archive(name: str, stream: BinaryIO) -> Iterator[Item]:
    """Yield one item per response record of a web archive read from a stream.

    Damage gives a :class:`Failed` item at the bad record's offset, and reading
    goes on at the next record found after it (a gzip member, or a ``WARC/``
    header line). An archive with no record at all is one :class:`Failed` item.
    """
    try:
        archives = require("warcio.archiveiterator", "warc", "reading WARC files")
    except InvalidArgumentError as exc:
        yield Failed(name=name, offset=None, reason=exc.reason, code="missing-extra")
        return
    # A .warc file holds WARC records only: warcio would read a line of text as an ARC header.
    warc_only = name.lower().endswith((".warc", ".warc.gz"))
    gzipped = _is_gzipped(stream)
    size = _stream_size(stream)
    seen = 0
    resume: int | None = None
    while True:
        records = archives.ArchiveIterator(stream, arc2warc=not warc_only)
        records.INC_RECORD = ""  # warcio would print to stderr; the item says it instead
        _cap_lines(records.reader)
        damaged_at: int | None = None
        try:
            for record in records:
                seen += 1
                if warc_only and record.format != "warc":
                    damaged_at = records.offset
                    yield Failed(
                        name=name,
                        offset=damaged_at,
                        reason="not a WARC record: the file is no web archive, or damaged here",
                        code="damaged-archive",
                    )
                    break
                if record.rec_type not in PAGE_RECORD_TYPES:
                    offset = records.get_record_offset()
                    if _cut_short(record):
                        damaged_at = offset
                        yield _truncated(name, offset, record)
                        break
                    if record.format == "warc" and _header_damaged(record):
                        # A header cut short ("WARC-Type: respo") is damage, not a
                        # record of another type to pass over in silence.
                        damaged_at = offset
                        yield Failed(
                            name=name,
                            offset=offset,
                            reason=_one_line(
                                f"damaged record header (WARC-Type {record.rec_type!r}, "
                                "no Content-Length)"
                                if record.rec_headers.get_header("Content-Length") is None
                                else f"damaged record header (WARC-Type {record.rec_type!r})"
                            ),
                            code="damaged-archive",
                        )
                        break
                    continue  # requests, warcinfo, metadata: not candidate pages
                try:
                    item, damaged = _record_item(name, record, records)
                except Exception as exc:  # one bad record never stops the archive
                    damaged, item = (
                        True,
                        Failed(
                            name=name,
                            offset=records.offset,
                            reason=f"damaged record: {type(exc).__name__}: {exc}",
                            code="damaged-archive",
                        ),
                    )
                yield item
                if damaged:
                    damaged_at = item.offset
                    break
            else:
                end = records.offset
                if size is not None and end < size and _has_data(stream, end):
                    seen += 1
                    damaged_at = end
                    yield Failed(
                        name=name,
                        offset=end,
                        reason="damaged archive: unreadable data after the last record",
                        code="damaged-archive",
                    )
        except Exception as exc:  # warcio raises many kinds on damaged archives
            seen += 1
            damaged_at = records.offset
            what = (
                str(exc) if isinstance(exc, _LineTooLongError) else f"{type(exc).__name__}: {exc}"
            )
            what = _one_line(what)
            yield Failed(
                name=name,
                offset=damaged_at,
                reason=f"damaged archive: {what}",
                code="damaged-archive",
            )
        if damaged_at is None:
            break
        resume = _next_start(stream, max(damaged_at, resume or 0) + 1, gzipped)
        if resume is None:
            break
        stream.seek(resume)
    if seen == 0:
        yield Failed(
            name=name,
            offset=None,
            reason="an empty archive: no WARC or ARC record",
            code="empty-archive",
        )


def _has_data(stream: BinaryIO, offset: int) -> bool:
    """Tell whether anything but white space follows ``offset``."""
    try:
        stream.seek(offset)
        while chunk := stream.read(_CHUNK):
            if chunk.strip():
                return True
    except (OSError, ValueError):
        return False
    return False


def read_inputs(paths: Iterable[str], *, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Yield one item per input file, and per record of each web archive.

    Args:
        paths: Files, directories (searched recursively for page, text and
            archive files, hidden ones left out), glob patterns, or ``-``
            for ``stdin``.
        stdin: The stream ``-`` stands for.

    Example:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("BAKU, Azerbaijan, May 5. Text.")
        >>> [type(item).__name__ for item in read_inputs([str(folder), str(folder / "none.txt")])]
        ['Document', 'Failed']
    """
    for name in _expand(paths):
        if isinstance(name, Failed):
            yield name
        elif name == STDIN:
            yield read_stdin(stdin)
        else:
            yield from read_file(name)


def read_stdin(stdin: BinaryIO | None) -> Document | Failed:
    """Read standard input (``stdin``; ``None``: there is none) as one item."""
    if stdin is None:
        return Failed(name=STDIN, offset=None, reason="no standard input")
    try:
        return Document(name=STDIN, data=read_capped(stdin))
    except InputTooLargeError:
        return Failed(name=STDIN, offset=None, reason=_too_large(), code="too-large")
    except OSError as exc:
        return Failed(name=STDIN, offset=None, reason=_reason(exc))


def read_file(name: str) -> Iterator[Item]:
    """Read one file as :func:`read_inputs` does: one item, or one per record of an archive.

    Example:
        >>> [item.code for item in read_file("no-such-file.txt")]
        ['unreadable']
    """
    if is_archive(name):
        yield from read_span(name)
        return
    opened = _open_regular(name)
    if isinstance(opened, Failed):
        yield opened
        return
    with opened as handle:
        try:
            if name.lower().endswith(".gz"):
                with gzip.GzipFile(fileobj=handle) as unzipped:
                    data = read_capped(unzipped)
            else:
                data = read_capped(handle)
        except InputTooLargeError:
            yield Failed(name=name, offset=None, reason=_too_large(), code="too-large")
            return
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            reason = f"damaged gzip file: {exc or type(exc).__name__}"
            yield Failed(name=name, offset=None, reason=reason, code="damaged-gzip")
            return
        except OSError as exc:
            yield Failed(name=name, offset=None, reason=_reason(exc))
            return
    yield Document(name=name, data=data)


#: The bytes of a gzipped web archive that one worker of ``--jobs`` reads: spans
#: this size let several workers share one archive, each reading its own part.
ARCHIVE_SPAN_BYTES = 4 << 20
# Enough of a gzip member to decompress the start of its WARC header.
_MEMBER_HEAD = 1 << 16


def archive_spans(name: str, span_bytes: int = ARCHIVE_SPAN_BYTES) -> list[tuple[int, int | None]]:
    """Cut a gzipped WARC file into (start, end) byte spans for :func:`read_span`.

    Only regular ``.warc.gz`` files that start as gzip data are cut (their
    records are gzip members, found again from any byte); any other input is
    one span, ``(0, None)``, read from start to end.

    Example:
        >>> archive_spans("crawl.warc")
        [(0, None)]
    """
    whole: list[tuple[int, int | None]] = [(0, None)]
    if not name.lower().endswith(".warc.gz"):
        return whole
    try:
        if not stat.S_ISREG(os.stat(name).st_mode):
            return whole
        with open(name, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if stream.read(len(_GZIP_MAGIC)) != _GZIP_MAGIC:
                return whole
    except OSError:
        return whole
    starts = list(range(0, size, max(1, span_bytes))) or [0]
    return [(start, end) for start, end in zip(starts, [*starts[1:], None], strict=True)]


def _record_start(stream: BinaryIO, position: int) -> int | None:
    """Find the first gzip member at or after ``position`` that holds the start of a WARC record.

    Gzip's magic bytes may occur inside compressed data by chance: a candidate
    counts only if it decompresses to a ``WARC/`` header line.
    """
    while (found := _next_start(stream, position, gzipped=True)) is not None:
        stream.seek(found)
        try:
            head = zlib.decompressobj(wbits=31).decompress(stream.read(_MEMBER_HEAD), 16)
        except zlib.error:
            head = b""
        if head.startswith(b"WARC/"):
            return found
        position = found + 1
    return None


def read_span(
    name: str,
    start: int = 0,
    *,
    end: int | None = None,
    count: int | None = None,
    resync: bool = False,
) -> Generator[Item, None, int | None]:
    """Yield the items of one span of a web archive, as :func:`read_archive` reads them.

    The span starts at ``start``, a record's offset (with ``resync``, at the
    first record found at or after it, as :func:`archive_spans` cuts), and
    holds the records that start before ``end``, at most ``count`` of them.
    Spans cut at consecutive bytes give every record of the archive once, and
    the last (``end`` of ``None``) reads to the archive's end, so that damage
    after the last record is reported as :func:`read_archive` reports it.

    Returns (as the generator's value) the offset of the first item read at or
    after ``end``: where the next span's first item is, read in one pass (the
    span reads on over damaged records past its end, up to a whole one). A
    gzip member that decompresses to a WARC header inside a record (a gzipped
    archive stored as a page, uncompressed) could start a span wrongly; the
    caller compares the two (:func:`ombudsparse.pipeline.run` does).

    Example:
        >>> [item.code for item in read_span("no-such.warc.gz", 4096, resync=True)]
        ['unreadable']
    """
    opened = _open_regular(name)
    if isinstance(opened, Failed):
        yield opened
        return None
    with opened as handle:
        if resync:
            found = _record_start(handle, start)
            if found is None or (end is not None and found >= end):
                return None  # no record starts in the span: the one before it holds them
            start = found
        handle.seek(start)
        for seen, item in enumerate(read_archive(name, handle), start=1):
            # Damage found past the end is this span's to report: read afresh from
            # there, the archive may read otherwise (warcio's state differs).
            past = end is not None and item.offset is not None and item.offset >= end
            if past and not isinstance(item, Failed):
                return item.offset
            yield item
            if count is not None and seen >= count:
                return None
    return None
