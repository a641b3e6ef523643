"""Writing records: JSON Lines, a flat CSV table, or Parquet (extra ``parquet``).

Every writer takes records one at a time (plain data from
:func:`~ombudsparse.to_dict`, plus the ``input`` keys), so a run over millions
of pages never holds them all: JSON Lines and CSV write each row at once, and
Parquet writes a row group every :data:`PARQUET_ROW_GROUP` rows.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import json
import os
import stat
from collections.abc import Mapping
from typing import IO, Any, Protocol, TextIO

from ombudsparse._extras import require
from ombudsparse.errors import InvalidArgumentError, OutputError
from ombudsparse.fields import Shape, ShapeKind, record_fields
from ombudsparse.model import Article
from ombudsparse.records import ARTICLE, CLUSTER, MEETING, RecordType
from ombudsparse.records import date_precision as date_precision

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
    "compressed",
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
ARTICLE_COLUMNS = ARTICLE.columns
#: The columns of the flat CSV table of meetings; lists are joined with "; ".
MEETING_COLUMNS = MEETING.columns
#: The columns of the flat CSV table of meeting clusters (``meetings --cluster``):
#: one row per real-world meeting. ``date_precision`` is ``minute``, ``day``,
#: ``month`` or ``month-day``; ``sources`` and ``languages`` list each value
#: once; ``urls``, ``inputs`` and ``report_sources`` have one entry per report,
#: in report order, joined with "; " (an unknown one is ``-``).
CLUSTER_COLUMNS = CLUSTER.columns


def flatten_meeting(record: Mapping[str, Any]) -> dict[str, Any]:
    """Flatten a meeting record (``ombudsparse meetings`` output) into CSV columns.

    Example:
        >>> row = flatten_meeting({"counterparts": [{"name": "Ola Berg"}, {"name": "Ann"}]})
        >>> row["counterpart_names"], row["date"]
        ('Ola Berg; Ann', '')
    """
    return MEETING.flatten(record)


def flatten_cluster(record: Mapping[str, Any]) -> dict[str, Any]:
    """Flatten a meeting cluster record (``meetings --cluster`` output) into CSV columns.

    Example:
        >>> row = flatten_cluster({"date": "--05-12", "sources": ["trend", None]})
        >>> row["date_precision"], row["sources"]
        ('month-day', 'trend; -')
    """
    return CLUSTER.flatten(record)


class RecordWriter(Protocol):
    """Something that takes records one by one and is closed at the end."""

    def write(self, record: Mapping[str, Any]) -> None:
        """Write one record."""

    def close(self) -> None:
        """Finish the output (flush buffered rows, write footers)."""


def compressed(path: str) -> bool:
    """Tell whether an output's name asks for gzipped text (it ends with ``.gz``).

    Example:
        >>> compressed("articles.jsonl.gz"), compressed("articles.jsonl")
        (True, False)
    """
    return path.lower().endswith(".gz")


def format_for(path: str | None, requested: str | None) -> str:
    """Choose the output format: the one requested, else the file's suffix, else JSON Lines.

    A final ``.gz`` is compression (see :class:`PendingFile`), not the format.

    Example:
        >>> format_for("out.parquet", None), format_for(None, None), format_for("x.txt", "csv")
        ('parquet', 'jsonl', 'csv')
        >>> format_for("out.csv.gz", None), format_for("out.jsonl.gz", None)
        ('csv', 'jsonl')
    """
    if requested is not None:
        return requested
    if path is not None:
        path = path[: -len(".gz")] if compressed(path) else path
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
    return ARTICLE.flatten(record)


class _JsonLines:
    def __init__(self, stream: IO[str], indent: int | None) -> None:
        self._stream = stream
        self._indent = indent

    def write(self, record: Mapping[str, Any]) -> None:
        print(json.dumps(record, ensure_ascii=False, indent=self._indent), file=self._stream)

    def close(self) -> None:
        self._stream.flush()


class _Csv:
    def __init__(self, stream: IO[str], record: RecordType) -> None:
        self._writer = csv.DictWriter(stream, fieldnames=record.columns)
        self._writer.writeheader()
        self._flatten = record.flatten
        self._stream = stream

    def write(self, record: Mapping[str, Any]) -> None:
        self._writer.writerow(self._flatten(record))

    def close(self) -> None:
        self._stream.flush()


def _arrow_type(shape: Shape) -> Any:
    import pyarrow as pa

    kind = shape.kind
    if kind in (ShapeKind.TEXT, ShapeKind.CHOICE, ShapeKind.DATE):
        return pa.string()  # a date is ISO 8601, in each of its four forms
    if kind is ShapeKind.BOOLEAN:
        return pa.bool_()
    if kind is ShapeKind.INTEGER:
        return pa.int64()
    if kind is ShapeKind.LIST:
        assert shape.item is not None
        return pa.list_(_arrow_type(shape.item))
    if kind is ShapeKind.MAP:
        assert shape.item is not None
        return pa.map_(pa.string(), _arrow_type(shape.item))
    assert shape.cls is not None
    return arrow_schema(shape.cls, struct=True)


def arrow_schema(cls: type = Article, *, struct: bool = False) -> Any:
    """Return the Arrow schema of a record type, derived from its attrs fields.

    Nested records become structs, tuples lists, mappings maps; dates are ISO
    8601 strings (a record's date may be a datetime, a date, a year and month,
    or a month and day). Needs pyarrow (``pip install 'ombudsparse[parquet]'``).
    """
    import pyarrow as pa

    fields = [pa.field(f.name, _arrow_type(f.shape)) for f in record_fields(cls)]
    return pa.struct(fields) if struct else pa.schema(fields)


class _Parquet:
    def __init__(self, path: str, record: RecordType) -> None:
        import pyarrow.parquet as pq

        self._schema = _parquet_schema(record)
        self._shapes = {
            **{f.name: f.shape for f in record.table.context},
            **{f.name: f.shape for f in record_fields(record.cls)},
        }
        # Columns computed from the record, as the CSV table has them (a cluster's date precision).
        self._derived = [c for c in record.table.columns if c.derive is not None]
        self._rows: list[Mapping[str, Any]] = []
        self._writer = pq.ParquetWriter(path, self._schema)

    def write(self, record: Mapping[str, Any]) -> None:
        row = {key: _maps_as_pairs(value, self._shapes.get(key)) for key, value in record.items()}
        for column in self._derived:
            assert column.derive is not None
            row[column.name] = column.derive(record.get(column.top))
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


def _maps_as_pairs(value: Any, shape: Shape | None) -> Any:
    """Return a value in its JSON form with its maps, at any depth, as lists of pairs.

    Arrow's maps take (key, value) pairs, not objects.
    """
    if value is None or shape is None:
        return value
    if shape.kind is ShapeKind.MAP:
        return list(value.items())
    if shape.kind is ShapeKind.LIST:
        return [_maps_as_pairs(item, shape.item) for item in value]
    if shape.kind is ShapeKind.RECORD and shape.cls is not None:
        fields = {f.name: f.shape for f in record_fields(shape.cls)}
        return {key: _maps_as_pairs(item, fields.get(key)) for key, item in value.items()}
    return value


def _parquet_schema(record: RecordType) -> Any:
    import pyarrow as pa

    derived = {c.top: c for c in record.table.columns if c.derive is not None}
    fields = [pa.field(f.name, _arrow_type(f.shape)) for f in record.table.context]
    for field in record_fields(record.cls):
        fields.append(pa.field(field.name, _arrow_type(field.shape)))
        if field.name in derived:  # beside the field it is computed from, as in the CSV table
            column = derived[field.name]
            fields.append(pa.field(column.name, _arrow_type(record.table.shape(column.name))))
    return pa.schema(fields)


def open_writer(
    output_format: str,
    stream: IO[str] | None,
    path: str | None,
    *,
    indent: int | None = None,
    record: RecordType = ARTICLE,
) -> RecordWriter:
    """Open a writer of one type of records (:data:`~ombudsparse.records.RECORD_TYPES`).

    Records are written to a stream, or for Parquet to a path.

    Raises:
        InvalidArgumentError: Parquet without a path, or without pyarrow installed.
    """
    if output_format == "jsonl":
        assert stream is not None
        return _JsonLines(stream, indent)
    if output_format == "csv":
        assert stream is not None
        return _Csv(stream, record)
    if output_format == "parquet":
        if path is None:
            raise InvalidArgumentError("Parquet output needs a file: give --output FILE.parquet")
        require("pyarrow", "parquet", "Parquet output")
        return _Parquet(path, record)
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
        """Open the file for writing text (UTF-8), gzipped when its name ends with ``.gz``."""
        try:
            if compressed(self.target):
                return gzip.open(self.path, "wt", encoding="utf-8", newline="")
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
