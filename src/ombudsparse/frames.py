"""pandas DataFrames of records, with dates exactly as precise as the records (extra ``pandas``).

A record's date may be a moment, a day, a month of a year, or a day of a
month without year (:data:`~ombudsparse.PublishedDate`). A DataFrame column of
timestamps can hold only the first two, so the date becomes five columns
(``published`` for articles, ``date`` for meetings and clusters):

* ``published``: a timezone-aware timestamp where the date is full (a moment,
  or a day, taken as its midnight), ``NaT`` otherwise (and for a full date
  within hours of year 1 or year 9999's end, which UTC or the zone would put
  outside Python's calendar);
* ``published_precision``: ``minute``, ``day``, ``month``, ``month-day``, or
  missing where the record has no date; an ordered categorical, from the least
  precise (``month-day``) to the most (``minute``);
* ``year``, ``month``, ``day``: nullable integers, each missing where the date
  does not say it. They are the calendar day the record gives, in the record's
  own UTC offset, so a year-less Trend date keeps its month and day.

The other columns are those of the CSV table (:func:`~ombudsparse.writers.flatten_article`,
:func:`~ombudsparse.writers.flatten_meeting`, :func:`~ombudsparse.writers.flatten_cluster`),
with empty cells missing (``<NA>``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Union
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ombudsparse._arguments import check_type
from ombudsparse._extras import require
from ombudsparse.convert import to_dict
from ombudsparse.dates import PRECISION_NAMES, date_parts, precision_name
from ombudsparse.errors import ArgumentTypeError, InvalidArgumentError
from ombudsparse.fields import ShapeKind
from ombudsparse.meetings import Meeting, MeetingCluster
from ombudsparse.model import Article, PublishedDate
from ombudsparse.records import ARTICLE, CLUSTER, MEETING, RecordType

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ARTICLE_FRAME_COLUMNS",
    "CLUSTER_FRAME_COLUMNS",
    "DEFAULT_TIMEZONE",
    "MEETING_FRAME_COLUMNS",
    "PRECISIONS",
    "FrameRecord",
    "date_columns",
    "to_dataframe",
]

#: The record kinds :func:`to_dataframe` takes (one kind per call).
FrameRecord = Union[Article, Meeting, MeetingCluster]  # noqa: UP007 (runtime alias)

#: The values of a ``<date>_precision`` column, from the least precise to the most.
PRECISIONS = PRECISION_NAMES

#: The timezone of the timestamp columns unless another is asked for.
DEFAULT_TIMEZONE = "Asia/Baku"


def date_columns(name: str) -> tuple[str, ...]:
    """Return the columns a date called ``name`` becomes.

    Example:
        >>> date_columns("published")
        ('published', 'published_precision', 'year', 'month', 'day')
    """
    return (name, f"{name}_precision", "year", "month", "day")


def _date_of(record: RecordType) -> str:
    if record.date is None:  # pragma: no cover - a frame's record types all have a date
        raise TypeError(f"{record.name} records have no date to spread over columns")
    return record.date


def _frame_columns(record: RecordType) -> tuple[str, ...]:
    # The record's own columns of the CSV table: not where it was read (a record alone
    # cannot fill those), not what the table derives from the date (the frame has its own).
    kept = [c.name for c in record.table.columns if c.derive is None]
    date = _date_of(record)
    at = kept.index(date)
    return (*kept[:at], *date_columns(date), *kept[at + 1 :])


def _integer_columns(record: RecordType) -> frozenset[str]:
    own = {
        c.name
        for c in record.table.columns
        if c.derive is None and record.table.shape(c.name).kind is ShapeKind.INTEGER
    }
    return frozenset({*own, "year", "month", "day"})


#: The columns of a DataFrame of articles.
ARTICLE_FRAME_COLUMNS = _frame_columns(ARTICLE)
#: The columns of a DataFrame of meetings.
MEETING_FRAME_COLUMNS = _frame_columns(MEETING)
#: The columns of a DataFrame of meeting clusters: those of the CSV table of
#: ``meetings --cluster`` (:data:`~ombudsparse.writers.CLUSTER_COLUMNS`), the
#: date as five columns.
CLUSTER_FRAME_COLUMNS = _frame_columns(CLUSTER)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
_MICROSECOND = dt.timedelta(microseconds=1)


def _instant(value: PublishedDate | None, zone: dt.tzinfo) -> int | None:
    """Return microseconds since the epoch of a full date (a day at its midnight in zone).

    ``None`` for partial dates, and for the few full ones whose instant would be
    before year 1 or after 9999 in UTC or in zone, which no Python datetime holds
    (pandas goes through one on the way).
    """
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day, tzinfo=zone)
    else:
        return None
    try:
        moment.astimezone(dt.timezone.utc).astimezone(zone)
    except OverflowError:
        return None
    return (moment - _EPOCH) // _MICROSECOND


def _date_cells(value: PublishedDate | None) -> dict[str, Any]:
    if value is None:
        return {"precision": None, "year": None, "month": None, "day": None}
    year, month, day = date_parts(value)
    return {"precision": precision_name(value), "year": year, "month": month, "day": day}


# The record types a frame takes: each with its date field and its frame's columns.
_KINDS: Mapping[type, tuple[RecordType, str, tuple[str, ...]]] = {
    record.cls: (record, _date_of(record), _frame_columns(record))
    for record in (ARTICLE, MEETING, CLUSTER)
}


def to_dataframe(
    records: Iterable[Article] | Iterable[Meeting] | Iterable[MeetingCluster],
    *,
    tz: str = DEFAULT_TIMEZONE,
) -> pd.DataFrame:
    r"""Return a pandas DataFrame of records, one row each, dates without loss of precision.

    Args:
        records: Articles, meetings or meeting clusters, all of one kind. No
            records give an empty frame with the columns of articles.
        tz: The IANA timezone of the timestamp column (``"UTC"``, ``"Asia/Baku"``);
            moments keep their instant, days are taken at midnight there.

    Returns:
        The columns :data:`ARTICLE_FRAME_COLUMNS`, :data:`MEETING_FRAME_COLUMNS`
        or :data:`CLUSTER_FRAME_COLUMNS`: the date as a timestamp, its precision
        and its year, month and day (see the module's description), the other
        fields as the CSV table has them, empty cells missing.

    Raises:
        InvalidArgumentError: records of mixed or unknown kinds, an unknown
            timezone, or pandas not installed (``pip install 'ombudsparse[pandas]'``).

    Example:
        >>> import ombudsparse
        >>> trend = ombudsparse.parse(
        ...     "BAKU, Azerbaijan, November 14. The Ombudsperson met a delegation, Trend reports.")
        >>> azernews = ombudsparse.parse(
        ...     "12 May 2024 17:02 (UTC+04:00)\nThe Ombudswoman Sabina Aliyeva met with the "
        ...     "Norland Ambassador, Ola Bergh, Azernews reports.")
        >>> frame = ombudsparse.to_dataframe([trend, azernews])
        >>> frame[["source", "published", "published_precision", "year", "month", "day"]]
             source                 published published_precision  year  month  day
        0     trend                       NaT           month-day  <NA>     11   14
        1  azernews 2024-05-12 17:02:00+04:00              minute  2024      5   12
    """
    check_type(tz, str, name="tz", function="to_dataframe()")
    if isinstance(records, (str, bytes, bytearray)) or not isinstance(records, Iterable):
        raise ArgumentTypeError(
            f"to_dataframe() takes an iterable of records, not {type(records).__name__}",
            field="records",
        )
    require("pandas", "pandas", "to_dataframe()")
    import numpy as np
    import pandas as pd

    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file
        raise InvalidArgumentError(f"unknown timezone {tz!r}", field="tz") from None

    kind: type | None = None
    rows: list[dict[str, Any]] = []
    instants: list[int | None] = []
    for record in records:
        if type(record) not in _KINDS:
            raise ArgumentTypeError(
                "to_dataframe() takes articles, meetings or meeting clusters, "
                f"not {type(record).__name__}"
            )
        if kind is None:
            kind = type(record)
        elif type(record) is not kind:
            raise InvalidArgumentError(
                f"to_dataframe() takes one kind of record per call: {kind.__name__} "
                f"and {type(record).__name__} are mixed"
            )
        record_type, date, _columns = _KINDS[kind]
        row = record_type.flatten(to_dict(record))
        value = getattr(record, date)
        row.update(_date_cells(value))
        rows.append(row)
        instants.append(_instant(value, zone))

    record_type, name, columns = _KINDS[kind or Article]
    integers = _integer_columns(record_type)
    data: dict[str, object] = {}
    for column in columns:
        if column == name:
            # numpy's NaT is the least int64; microseconds reach years 1 and 9999 (ns: 1677-2262).
            ticks = np.array(
                [np.iinfo(np.int64).min if t is None else t for t in instants], dtype=np.int64
            )
            stamps = pd.Series(ticks.view("datetime64[us]"))
            data[column] = stamps.dt.tz_localize("UTC").dt.tz_convert(zone)
        elif column == f"{name}_precision":
            data[column] = pd.Categorical(
                [row["precision"] for row in rows], categories=PRECISIONS, ordered=True
            )
        else:
            values = [None if row[column] == "" else row[column] for row in rows]
            if column in integers:
                data[column] = pd.array(values, dtype="Int64")
            else:
                data[column] = pd.array(values, dtype="string")
    # pandas-stubs types DataFrame() as Any (its __new__ returns Self); name the type here.
    frame: pd.DataFrame = pd.DataFrame(data, columns=list(columns))
    return frame
