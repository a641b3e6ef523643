"""Writing records: JSON Lines, a flat CSV table, or Parquet (extra ``parquet``).

Every writer takes records one at a time (plain data from
:func:`~ombudsparse.to_dict`, plus the ``input`` keys), so a run over millions
of pages never holds them all: JSON Lines and CSV write each row at once, and
Parquet writes a row group every :data:`PARQUET_ROW_GROUP` rows.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import enum
import json
import os
import stat
import types
import typing
from collections.abc import Mapping
from typing import IO, Any, Protocol, TextIO

import attrs

from ombudsparse._extras import require
from ombudsparse.dates import parse_published, precision_name
from ombudsparse.errors import InvalidArgumentError, OutputError
from ombudsparse.model import Article, PublishedDate

__all__ = [
    "ARTICLE_COLUMNS",
    "CLUSTER_COLUMNS",
    "FORMATS",
    "MEETING_COLUMNS",
    "PARQUET_ROW_GROUP",
    "PARTIAL_SUFFIX",
    "PendingFile",
    "RecordWriter",
    "arrow_schema",
    "flatten_article",
    "flatten_cluster",
    "flatten_meeting",
    "format_for",
    "open_writer",
]

#: The output formats, by name.
FORMATS = ("jsonl", "csv", "parquet")
#: Rows per Parquet row group (and the most rows held in memory).
PARQUET_ROW_GROUP = 10_000
#: Added to an output file's name while it is written, and kept on an interrupted run.
PARTIAL_SUFFIX = ".partial"

#: The columns of the flat CSV table of articles; lists are joined with "; ",
#: paragraphs with a blank line, provenance as "field=layer" pairs.
ARTICLE_COLUMNS = (
    "input",
    "offset",
    "source",
    "url",
    "language",
    "title",
    "authors",
    "categories",
    "published",
    "dateline_text",
    "dateline_place",
    "dateline_date",
    "body",
    "view_count",
    "attribution",
    "cited_agencies",
    "syndicated_from",
    "layout",
    "provenance",
    "warnings",
)


#: The columns of the flat CSV table of meetings; lists are joined with "; ".
MEETING_COLUMNS = (
    "input",
    "offset",
    "article_source",
    "article_url",
    "date",
    "counterpart_names",
    "counterpart_roles",
    "counterpart_organisations",
    "counterpart_countries",
    "delegation_names",
    "mode",
    "kind",
    "cameo",
    "topics",
    "figures",
    "warnings",
)


def flatten_meeting(record: Mapping[str, Any]) -> dict[str, Any]:
    """Flatten a meeting record (``ombudsparse meetings`` output) into CSV columns."""

    def joined(people: Any, key: str) -> str:
        return "; ".join(person.get(key) or "" for person in people)

    people = record.get("counterparts", ())
    return {
        "input": record.get("input", ""),
        "offset": "" if record.get("offset") is None else record["offset"],
        "article_source": record.get("article_source") or "",
        "article_url": record.get("article_url") or "",
        "date": record.get("date") or "",
        "counterpart_names": joined(people, "name"),
        "counterpart_roles": joined(people, "role"),
        "counterpart_organisations": joined(people, "organisation"),
        "counterpart_countries": joined(people, "country"),
        "delegation_names": joined(record.get("delegation", ()), "name"),
        "mode": record.get("mode") or "",
        "kind": record.get("kind") or "",
        "cameo": record.get("cameo") or "",
        "topics": "; ".join(record.get("topics", ())),
        "figures": "; ".join(f"{f['text']} {f['counts']}" for f in record.get("figures", ())),
        "warnings": "; ".join(w["code"] for w in record.get("warnings", ())),
    }


#: The columns of the flat CSV table of meeting clusters (``meetings --cluster``):
#: one row per real-world meeting. ``date_precision`` is ``minute``, ``day``,
#: ``month`` or ``month-day``; ``sources`` and ``languages`` list each value
#: once; ``urls``, ``inputs`` and ``report_sources`` have one entry per report,
#: in report order, joined with "; " (an unknown one is ``-``).
CLUSTER_COLUMNS = (
    "cluster_id",
    "date",
    "date_precision",
    "host_name",
    "host_role",
    "counterpart_names",
    "counterpart_roles",
    "counterpart_organisations",
    "counterpart_countries",
    "mode",
    "kind",
    "report_count",
    "sources",
    "languages",
    "report_sources",
    "urls",
    "inputs",
    "evidence",
    "warnings",
)

_UNKNOWN_ENTRY = "-"


def date_precision(value: str | None) -> str | None:
    """Return the precision of a date in its JSON form: minute, day, month or month-day.

    Example:
        >>> [date_precision(v) for v in ("2024-05-12T10:00:00+04:00", "2024-05-12",
        ...                              "2024-05", "--05-12", None)]
        ['minute', 'day', 'month', 'month-day', None]
    """
    return precision_name(parse_published(value)) if value else None


def flatten_cluster(record: Mapping[str, Any]) -> dict[str, Any]:
    """Flatten a meeting cluster record (``meetings --cluster`` output) into CSV columns."""
    people = flatten_meeting({"counterparts": record.get("counterparts", ())})
    reports = record.get("reports", ())
    host = record.get("host") or {}

    def each(values: Any) -> str:
        return "; ".join(value or _UNKNOWN_ENTRY for value in values)

    first = reports[0] if reports else {}
    return {
        "cluster_id": record.get("cluster_id") or "",
        "date": record.get("date") or "",
        "date_precision": date_precision(record.get("date")) or "",
        "host_name": host.get("name") or "",
        "host_role": host.get("role") or "",
        **{key: value for key, value in people.items() if key.startswith("counterpart_")},
        "mode": record.get("mode") or "",
        "kind": record.get("kind") or "",
        "report_count": record.get("report_count", len(reports)),
        "sources": each(record.get("sources", ())),
        "languages": each(record.get("languages", ())),
        "report_sources": each(report.get("source") for report in reports),
        "urls": each(report.get("url") for report in reports),
        "inputs": each(report.get("input") for report in reports),
        "evidence": first.get("sentence") or "",
        "warnings": "; ".join(w["code"] for w in record.get("warnings", ())),
    }


class RecordWriter(Protocol):
    """Something that takes records one by one and is closed at the end."""

    def write(self, record: Mapping[str, Any]) -> None:
        """Write one record."""

    def close(self) -> None:
        """Finish the output (flush buffered rows, write footers)."""


def format_for(path: str | None, requested: str | None) -> str:
    """Choose the output format: the one requested, else the file's suffix, else JSON Lines.

    Example:
        >>> format_for("out.parquet", None), format_for(None, None), format_for("x.txt", "csv")
        ('parquet', 'jsonl', 'csv')
    """
    if requested is not None:
        return requested
    if path is not None:
        for name, suffixes in (("csv", (".csv",)), ("parquet", (".parquet", ".pq"))):
            if path.lower().endswith(suffixes):
                return name
    return "jsonl"


def flatten_article(record: Mapping[str, Any]) -> dict[str, Any]:
    r"""Flatten an article record (as :func:`~ombudsparse.to_dict` gives it) into CSV columns.

    Example:
        >>> from ombudsparse import Article, to_dict
        >>> row = flatten_article({"input": "a.txt", **to_dict(Article(body=("One.", "Two.")))})
        >>> row["body"], row["offset"], row["authors"]
        ('One.\n\nTwo.', '', '')
    """
    dateline = record.get("dateline") or {}
    provenance = record.get("provenance") or {}
    return {
        "input": record.get("input", ""),
        "offset": "" if record.get("offset") is None else record["offset"],
        "source": record.get("source") or "",
        "url": record.get("url") or "",
        "language": record.get("language") or "",
        "title": record.get("title") or "",
        "authors": "; ".join(record.get("authors", ())),
        "categories": "; ".join(record.get("categories", ())),
        "published": record.get("published") or "",
        "dateline_text": dateline.get("text") or "",
        "dateline_place": dateline.get("place") or "",
        "dateline_date": dateline.get("date_text") or "",
        "body": "\n\n".join(record.get("body", ())),
        "view_count": "" if record.get("view_count") is None else record["view_count"],
        "attribution": record.get("attribution") or "",
        "cited_agencies": "; ".join(record.get("cited_agencies", ())),
        "syndicated_from": record.get("syndicated_from") or "",
        "layout": record.get("layout") or "",
        "provenance": "; ".join(f"{field}={layer}" for field, layer in provenance.items()),
        "warnings": "; ".join(w["code"] for w in record.get("warnings", ())),
    }


class _JsonLines:
    def __init__(self, stream: IO[str], indent: int | None) -> None:
        self._stream = stream
        self._indent = indent

    def write(self, record: Mapping[str, Any]) -> None:
        print(json.dumps(record, ensure_ascii=False, indent=self._indent), file=self._stream)

    def close(self) -> None:
        self._stream.flush()


class _Csv:
    def __init__(self, stream: IO[str], columns: tuple[str, ...], flatten: Any) -> None:
        self._writer = csv.DictWriter(stream, fieldnames=columns)
        self._writer.writeheader()
        self._flatten = flatten
        self._stream = stream

    def write(self, record: Mapping[str, Any]) -> None:
        self._writer.writerow(self._flatten(record))

    def close(self) -> None:
        self._stream.flush()


def _arrow_type(hint: Any) -> Any:
    import pyarrow as pa

    args = typing.get_args(hint)
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        if hint == PublishedDate or set(rest) >= {dt.datetime, dt.date}:
            return pa.string()  # ISO 8601, in each of its four forms
        return _arrow_type(rest[0]) if len(rest) == 1 else pa.string()
    if origin is tuple:
        return pa.list_(_arrow_type(args[0]))
    if origin in (dict, Mapping) or hint is Mapping:
        return pa.map_(pa.string(), _arrow_type(args[1]))
    if hint is str or (isinstance(hint, type) and issubclass(hint, enum.Enum)):
        return pa.string()
    if hint is bool:
        return pa.bool_()
    if hint is int:
        return pa.int64()
    if isinstance(hint, type) and attrs.has(hint):
        return arrow_schema(hint, struct=True)
    raise TypeError(f"no Arrow type for {hint!r}")  # pragma: no cover - a model change


def arrow_schema(cls: type = Article, *, struct: bool = False) -> Any:
    """Return the Arrow schema of a record type, derived from its attrs fields.

    Nested records become structs, tuples lists, mappings maps; dates are ISO
    8601 strings (a record's date may be a datetime, a date, a year and month,
    or a month and day). Needs pyarrow (``pip install 'ombudsparse[parquet]'``).
    """
    import pyarrow as pa

    hints = typing.get_type_hints(cls)
    fields = [pa.field(a.name, _arrow_type(hints[a.name])) for a in attrs.fields(cls)]
    return pa.struct(fields) if struct else pa.schema(fields)


class _Parquet:
    def __init__(self, path: str, schema: Any, kind: str) -> None:
        import pyarrow.parquet as pq

        self._schema = schema
        self._kind = kind
        self._rows: list[Mapping[str, Any]] = []
        self._writer = pq.ParquetWriter(path, schema)

    def write(self, record: Mapping[str, Any]) -> None:
        row = _maps_as_pairs(record)
        if self._kind == "cluster":  # the date's precision, as the CSV table has it
            row["date_precision"] = date_precision(row.get("date"))
        self._rows.append(row)
        if len(self._rows) >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


#: The fields of records that Arrow stores as maps, which take (key, value) pairs.
_MAP_FIELDS = ("provenance", "topic_evidence")


def _maps_as_pairs(record: Mapping[str, Any]) -> dict[str, Any]:
    """Return the record with its map fields, at any depth, as lists of pairs."""

    def convert(value: Any) -> Any:
        if isinstance(value, Mapping):
            return _maps_as_pairs(value)
        if isinstance(value, list):
            return [convert(item) for item in value]
        return value

    return {
        key: list(value.items()) if key in _MAP_FIELDS and isinstance(value, Mapping)
        else convert(value)
        for key, value in record.items()
    }  # fmt: skip


def _parquet_schema(kind: str) -> Any:
    import pyarrow as pa

    where = [pa.field("input", pa.string()), pa.field("offset", pa.int64())]
    if kind == "cluster":
        from ombudsparse.meetings import MeetingCluster

        fields = list(arrow_schema(MeetingCluster))
        # The date's precision beside the date, as in the CSV table.
        at = [field.name for field in fields].index("date") + 1
        return pa.schema([*fields[:at], pa.field("date_precision", pa.string()), *fields[at:]])
    if kind == "meeting":
        from ombudsparse.meetings import Meeting

        article = [pa.field("article_source", pa.string()), pa.field("article_url", pa.string())]
        return pa.schema([*where, *article, *arrow_schema(Meeting)])
    return pa.schema([*where, *arrow_schema(Article)])


def open_writer(
    output_format: str,
    stream: IO[str] | None,
    path: str | None,
    *,
    indent: int | None = None,
    kind: str = "article",
) -> RecordWriter:
    """Open a writer of records (``kind``: article, meeting or cluster), to a stream or a path.

    Raises:
        InvalidArgumentError: Parquet without a path, or without pyarrow installed.
    """
    if output_format == "jsonl":
        assert stream is not None
        return _JsonLines(stream, indent)
    if output_format == "csv":
        assert stream is not None
        if kind == "meeting":
            return _Csv(stream, MEETING_COLUMNS, flatten_meeting)
        if kind == "cluster":
            return _Csv(stream, CLUSTER_COLUMNS, flatten_cluster)
        return _Csv(stream, ARTICLE_COLUMNS, flatten_article)
    if output_format == "parquet":
        if path is None:
            raise InvalidArgumentError("Parquet output needs a file: give --output FILE.parquet")
        require("pyarrow", "parquet", "Parquet output")
        return _Parquet(path, _parquet_schema(kind), kind)
    raise InvalidArgumentError(f"unknown output format {output_format!r}; known: {FORMATS}")


class PendingFile:
    """An output file written beside its target and renamed into place when complete.

    So an interrupted run never leaves a truncated file under the name the user
    asked for: the records written so far stay in ``TARGET.partial``. A target
    that exists and is not a regular file (``/dev/stdout``, a FIFO) is written
    directly.

    Raises:
        OutputError: the target cannot be written (a folder, a missing folder,
            no permission).
    """

    def __init__(self, target: str) -> None:
        self.target = target
        try:
            mode: int | None = os.stat(target).st_mode
        except FileNotFoundError:
            mode = None
        except OSError as exc:
            raise _output_error(target, exc) from None
        if mode is not None and stat.S_ISDIR(mode):
            raise OutputError(f"cannot write {target}: it is a folder")
        self.direct = mode is not None and not stat.S_ISREG(mode)
        if mode is not None and not self.direct:
            if not os.access(target, os.W_OK):
                raise OutputError(f"cannot write {target}: Permission denied")
            # A symlink stays one: the file it points to is what gets replaced.
            self.target = os.path.realpath(target)
        target = self.target
        #: Where the records go until :meth:`commit`.
        self.path = target if self.direct else target + PARTIAL_SUFFIX
        if self.direct:
            return  # opening a FIFO could block until a reader comes
        try:
            # Created now, so that an unwritable place is known before any input is read.
            with open(self.path, "ab"):
                pass
        except OSError as exc:
            raise _output_error(target, exc) from None

    def open_text(self) -> TextIO:
        """Open the file for writing text (UTF-8)."""
        try:
            return open(self.path, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise _output_error(self.target, exc) from None

    def discard(self) -> None:
        """Remove the file being written, when nothing was run."""
        if not self.direct:
            with contextlib.suppress(OSError):
                os.remove(self.path)

    def commit(self) -> None:
        """Put the complete file in place under its target name."""
        if self.direct:
            return
        try:
            os.replace(self.path, self.target)
        except OSError as exc:
            raise _output_error(self.target, exc) from None


def _output_error(target: str, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {target}: {exc.strerror or exc}")
