"""The record types ombudsparse writes, each with its name, class and flat table.

The command line, the writers, the DataFrames and ``ombudsparse schema`` take
a :class:`RecordType` from :data:`RECORD_TYPES` instead of a kind's name, so a
new record type is one entry here: its JSON Schema, Arrow schema, CSV columns
and DataFrame columns all follow from its class and its :class:`~ombudsparse.fields.Table`.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any

import attrs

from ombudsparse.dates import parse_published, precision_name
from ombudsparse.errors import InvalidArgumentError
from ombudsparse.fields import Column, Field, Shape, ShapeKind, Table
from ombudsparse.meetings import ArticleFigures, Meeting, MeetingCluster
from ombudsparse.model import Article

__all__ = [
    "ARTICLE",
    "CLUSTER",
    "FIGURES",
    "MEETING",
    "RECORD_TYPES",
    "RecordType",
    "date_precision",
    "record_type",
]


def date_precision(value: str | None) -> str | None:
    """Return the precision of a date in its JSON form: minute, day, month or month-day.

    Example:
        >>> [date_precision(v) for v in ("2024-05-12T10:00:00+04:00", "2024-05-12",
        ...                              "2024-05", "--05-12", None)]
        ['minute', 'day', 'month', 'month-day', None]
    """
    return precision_name(parse_published(value)) if value else None


@attrs.frozen(kw_only=True)
class RecordType:
    """A kind of record that ombudsparse writes: its name, its class, its flat table.

    Example:
        >>> record_type("meeting").cls.__name__, MEETING.columns[:3]
        ('Meeting', ('input', 'offset', 'article_source'))
    """

    #: The name the command line uses (``ombudsparse schema NAME``).
    name: str
    #: The attrs class of the records.
    cls: type
    #: The CSV table: context columns (where the record was read), then the record's.
    table: Table

    @property
    def columns(self) -> tuple[str, ...]:
        """The CSV columns, in order."""
        return self.table.names

    @property
    def date(self) -> str | None:
        """The column of the record's own date (a DataFrame spreads it over five), if any."""
        for column in self.table.columns:
            own = column.path == column.name and column.derive is None
            if own and self.table.shape(column.name).kind is ShapeKind.DATE:
                return column.name
        return None

    def flatten(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """Return the CSV row of a record in its JSON form, plus its context keys."""
        return self.table.flatten(record)


_TEXT = Shape(kind=ShapeKind.TEXT, optional=True)
_WHERE = (
    Field(name="input", shape=_TEXT, doc="The input the record was read from."),
    Field(
        name="offset",
        shape=Shape(kind=ShapeKind.INTEGER, optional=True),
        doc="The record's offset in a web archive, or none.",
    ),
)
# A meeting's and a figure's article: the keys that name it beside the input.
_ARTICLE = (
    Field(name="article_source", shape=_TEXT, doc="The source of the article."),
    Field(name="article_url", shape=_TEXT, doc="The URL of the article."),
)


_PLURALS = {
    "name": "names",
    "role": "roles",
    "organisation": "organisations",
    "country": "countries",
}


def _people(prefix: str, path: str, *keys: str) -> tuple[Column, ...]:
    """Return one column per key of a list of people: ``counterpart_names`` and so on."""
    return tuple(Column(f"{prefix}_{_PLURALS[key]}", f"{path}[].{key}") for key in keys)


_COUNTERPARTS = _people("counterpart", "counterparts", "name", "role", "organisation", "country")
_WARNINGS = Column("warnings", "warnings[].code")

#: Articles: ``ombudsparse parse``. Lists are joined with "; ", paragraphs with
#: a blank line, provenance as "field=layer" pairs.
ARTICLE = RecordType(
    name="article",
    cls=Article,
    table=Table(
        Article,
        (
            *map(Column, ("source", "url", "language", "title", "authors", "categories")),
            Column("published"),
            Column("dateline_text", "dateline.text"),
            Column("dateline_place", "dateline.place"),
            Column("dateline_date", "dateline.date_text"),
            Column("body", sep="\n\n"),
            *map(Column, ("view_count", "attribution", "cited_agencies", "syndicated_from")),
            Column("layout"),
            Column("provenance"),
            _WARNINGS,
        ),
        context=_WHERE,
    ),
)

#: Meetings: ``ombudsparse meetings``, one row per meeting; lists joined with "; ".
MEETING = RecordType(
    name="meeting",
    cls=Meeting,
    table=Table(
        Meeting,
        (
            Column("date"),
            *_COUNTERPARTS,
            *_people("delegation", "delegation", "name"),
            *map(Column, ("mode", "kind", "cameo", "topics")),
            _WARNINGS,
        ),
        context=(*_WHERE, *_ARTICLE),
        omit=("host", "topic_evidence", "evidence", "headline"),
    ),
)

#: Meeting clusters: ``ombudsparse meetings --cluster``, one row per real-world
#: meeting. ``date_precision`` is ``minute``, ``day``, ``month`` or
#: ``month-day``; ``sources`` and ``languages`` list each value once; ``urls``,
#: ``inputs`` and ``report_sources`` have one entry per report, in report order,
#: joined with "; " (an unknown one is ``-``).
CLUSTER = RecordType(
    name="cluster",
    cls=MeetingCluster,
    table=Table(
        MeetingCluster,
        (
            Column("cluster_id"),
            Column("date"),
            Column("date_precision", "date", derive=date_precision, derived=_TEXT),
            Column("host_name", "host.name"),
            Column("host_role", "host.role"),
            *_COUNTERPARTS,
            *map(Column, ("mode", "kind", "report_count")),
            Column("sources", missing="-"),
            Column("languages", missing="-"),
            Column("report_sources", "reports[].source", missing="-"),
            Column("urls", "reports[].url", missing="-"),
            Column("inputs", "reports[].input", missing="-"),
            Column("evidence", "reports[0].sentence"),
            _WARNINGS,
        ),
        omit=(),
    ),
)

#: The figures of articles: ``ombudsparse meetings --figures``, one row per
#: article that states any: each figure as printed, what it counts, and the
#: paragraph it stands in, joined with "; ".
FIGURES = RecordType(
    name="figures",
    cls=ArticleFigures,
    table=Table(
        ArticleFigures,
        (
            Column("figure_texts", "figures[].text"),
            Column("figure_counts", "figures[].counts"),
            Column("figure_paragraphs", "figures[].evidence.paragraph"),
            _WARNINGS,
        ),
        context=(*_WHERE, *_ARTICLE),
    ),
)

#: Every record type, by name.
RECORD_TYPES: Mapping[str, RecordType] = types.MappingProxyType(
    {record.name: record for record in (ARTICLE, MEETING, CLUSTER, FIGURES)}
)


def record_type(key: str | type) -> RecordType:
    """Return the record type of a name (``"meeting"``) or a record class (``Meeting``).

    Raises:
        InvalidArgumentError: no record type has that name or class.

    Example:
        >>> record_type(Article) is ARTICLE, record_type("cluster").cls.__name__
        (True, 'MeetingCluster')
    """
    for record in RECORD_TYPES.values():
        if key == record.name or key is record.cls:
            return record
    known = ", ".join(RECORD_TYPES)
    raise InvalidArgumentError(f"no record type {key!r}; known: {known}", field="record")
