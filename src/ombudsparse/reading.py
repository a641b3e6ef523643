"""One input layer: files, directories, globs, ``.gz`` files, standard input, WARC archives.

:func:`read_inputs` turns the paths a user gives into a stream of items, each
one :class:`Document` to parse, one :class:`Skipped` record of a web archive
(not a page: other content types, revisits, truncated records), or one
:class:`Failed` input with its reason. Nothing is lost: every input, and
every response record of an archive, comes out as exactly one item. Archives
are read as streams, record by record, so memory stays flat however large
they are.

Reading WARC files needs the ``warc`` extra (``pip install 'ombudsparse[warc]'``),
which brings warcio.
"""

from __future__ import annotations

import datetime as dt
import glob
import gzip
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

import attrs

from ombudsparse._extras import require
from ombudsparse.errors import InvalidArgumentError
from ombudsparse.model import Article
from ombudsparse.parsing import parse

__all__ = [
    "ARCHIVE_SUFFIXES",
    "PAGE_RECORD_TYPES",
    "PAGE_SUFFIXES",
    "STDIN",
    "Document",
    "Failed",
    "ParseOptions",
    "Skipped",
    "is_archive",
    "parse_document",
    "read_archive",
    "read_inputs",
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
class ParseOptions:
    """What every parse of a run shares; the caller's values win over the document's."""

    url: str | None = None
    source: str | None = None
    reference_date: dt.date | None = None
    encoding: str | None = None
    generic: bool = False


def parse_document(document: Document, options: ParseOptions) -> Article:
    """Parse a document, the run's options first, then what the input says of itself.

    Raises:
        OmbudsparseError: as :func:`ombudsparse.parse`.
    """
    return parse(
        document.data,
        url=options.url or document.url,
        source=options.source,
        reference_date=options.reference_date or document.fetched,
        encoding=options.encoding or document.encoding,
        generic=options.generic,
    )


@attrs.frozen(kw_only=True)
class Skipped:
    """An archive record that is not a page to parse, and why."""

    name: str
    offset: int | None
    reason: str


@attrs.frozen(kw_only=True)
class Failed:
    """An input that could not be read, and why."""

    name: str
    offset: int | None
    reason: str


Item = Document | Skipped | Failed


def is_archive(name: str) -> bool:
    """Tell whether a file name is a web archive's (by its suffix)."""
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def _is_page(name: str) -> bool:
    lower = name.lower().removesuffix(".gz")
    return lower.endswith(PAGE_SUFFIXES)


def _walk(directory: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            os.path.join(root, f)
            for f in files
            if not f.startswith(".") and (_is_page(f) or is_archive(f))
        )
    return sorted(found)


def _expand(paths: Iterable[str]) -> Iterator[str]:
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
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.timezone.utc)


def _content_type(record: Any) -> str:
    http = record.http_headers
    value = http.get_header("Content-Type") if http is not None else None
    return str(value or record.rec_headers.get_header("Content-Type") or "")


def _skip_reason(record: Any) -> str | None:
    """Tell why an archive record is not a page to parse, or ``None`` if it is one."""
    if record.rec_type == "revisit":
        return "a revisit record (no payload)"
    truncated = record.rec_headers.get_header("WARC-Truncated")
    if truncated:
        return f"a truncated record ({truncated})"
    content_type = _content_type(record)
    if not content_type.lower().startswith(_HTML_TYPES):
        return f"not HTML (content type {content_type.split(';')[0] or 'none'})"
    http = record.http_headers
    status = http.get_statuscode() if http is not None else None
    if status and not str(status).startswith("2"):
        return f"HTTP status {status}"
    return None


def read_archive(name: str, stream: BinaryIO) -> Iterator[Item]:
    """Yield one item per response record of a web archive read from a stream."""
    try:
        archives = require("warcio.archiveiterator", "warc", "reading WARC files")
    except InvalidArgumentError as exc:
        yield Failed(name=name, offset=None, reason=exc.reason)
        return
    records = archives.ArchiveIterator(stream, arc2warc=True)
    try:
        for record in records:
            if record.rec_type not in PAGE_RECORD_TYPES:
                continue  # requests, warcinfo, metadata: not candidate pages
            reason = _skip_reason(record)
            if reason is not None:
                yield Skipped(name=name, offset=records.get_record_offset(), reason=reason)
                continue
            # The payload first: asking warcio for the offset reads the record to its end.
            data = record.content_stream().read()
            charset = _CHARSET.search(_content_type(record))
            yield Document(
                name=name,
                data=data,
                url=record.rec_headers.get_header("WARC-Target-URI"),
                fetched=_http_date(record.rec_headers.get_header("WARC-Date")),
                offset=records.get_record_offset(),
                encoding=charset[1] if charset else None,
            )
    except Exception as exc:  # warcio raises many kinds on damaged archives
        yield Failed(
            name=name, offset=None, reason=f"damaged archive: {type(exc).__name__}: {exc}"
        )


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
        if name == STDIN:
            if stdin is None:
                yield Failed(name=name, offset=None, reason="no standard input")
            else:
                yield Document(name=name, data=stdin.read())
            continue
        try:
            if is_archive(name):
                with open(name, "rb") as stream:
                    yield from read_archive(name, stream)
                continue
            with open(name, "rb") as handle:
                data = handle.read()
            if name.lower().endswith(".gz"):
                data = gzip.decompress(data)
        except OSError as exc:
            yield Failed(name=name, offset=None, reason=exc.strerror or str(exc))
            continue
        except (EOFError, zlib.error) as exc:
            yield Failed(name=name, offset=None, reason=f"damaged gzip file: {exc}")
            continue
        yield Document(name=name, data=data)
