"""One cattrs converter for every record type, and JSON in and out.

Dates are written in ISO 8601: ``2023-09-21T16:21:00+04:00`` for a datetime,
``2022-11-30`` for a date, ``2019-11`` for a year and month, ``--11-14`` for a
month and day without year. Enums are written as their values, tuples as
lists. Reading back gives an equal record (:func:`from_dict` of
:func:`to_dict` is the identity).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

import cattrs
from cattrs.v import format_exception

from ombudsparse.dates import parse_published
from ombudsparse.errors import RecordError
from ombudsparse.model import Article, MonthDay, PublishedDate, YearMonth

__all__ = ["converter", "from_dict", "from_json", "parse_published", "to_dict", "to_json"]

_T = TypeVar("_T")

#: The converter that knows every ombudsparse record type. Use it to
#: (un)structure records inside your own attrs classes.
converter = cattrs.Converter(forbid_extra_keys=True)


def _unstructure_datetime(value: dt.datetime) -> str:
    return value.isoformat()


def _unstructure_date(value: dt.date) -> str:
    return value.isoformat()


def _unstructure_partial(value: MonthDay | YearMonth) -> str:
    return value.isoformat()


def _structure_published(value: Any, _type: Any) -> PublishedDate | None:
    return None if value is None else parse_published(value)


converter.register_unstructure_hook(dt.datetime, _unstructure_datetime)
converter.register_unstructure_hook(dt.date, _unstructure_date)
converter.register_unstructure_hook(MonthDay, _unstructure_partial)
converter.register_unstructure_hook(YearMonth, _unstructure_partial)
converter.register_structure_hook_func(
    lambda t: t == PublishedDate | None or t == PublishedDate, _structure_published
)


def _describe(exc: BaseException, type_: type | None) -> str:
    # Our own validators and parsers say what is wrong; cattrs' default names
    # only the expected type, which for a union is unhelpful.
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return f"invalid value: {exc}"
    return format_exception(exc, type_)


def to_dict(record: Any) -> dict[str, Any]:
    """Turn a record into plain JSON-ready Python data (dicts, lists, strings, numbers).

    Example:
        >>> from ombudsparse import Article, MonthDay
        >>> to_dict(Article(published=MonthDay(month=11, day=14)))["published"]
        '--11-14'
    """
    data = converter.unstructure(record)
    if not isinstance(data, dict):
        raise TypeError(f"not a record: {type(record).__name__}")
    return data


def from_dict(data: Any, cls: type[_T] = Article) -> _T:  # type: ignore[assignment]
    """Build a record from plain data, validating every field.

    Raises:
        RecordError: the data is not a valid record; the error's ``problems``
            name each bad field by its path, e.g. ``$.published``.

    Example:
        >>> from_dict({"body": ["One paragraph."]}).body
        ('One paragraph.',)
        >>> from_dict({"published": "yesterday"})
        Traceback (most recent call last):
        ...
        ombudsparse.errors.RecordError: not a valid Article: invalid value: 'yesterday' is not a datetime with offset, YYYY-MM-DD, YYYY-MM or --MM-DD @ $.published (field: $.published)
    """  # noqa: E501 (a doctest line)
    try:
        return converter.structure(data, cls)
    except Exception as exc:  # cattrs raises exception groups and plain errors alike
        problems = tuple(cattrs.transform_error(exc, path="$", format_exception=_describe))
        first = problems[0] if problems else str(exc)
        path = first.rpartition(" @ ")[2] if " @ " in first else None
        raise RecordError(
            f"not a valid {cls.__name__}: {first}", field=path, problems=problems
        ) from None


def to_json(record: Any, *, indent: int | None = None) -> str:
    """Serialise a record to JSON text (UTF-8 characters kept as they are).

    Example:
        >>> from ombudsparse import Article
        >>> to_json(Article(title="Görüş"))[:40]
        '{"source": null, "url": null, "language"'
    """
    return json.dumps(to_dict(record), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[_T] = Article) -> _T:  # type: ignore[assignment]
    """Read a record from JSON text written by :func:`to_json`.

    Raises:
        RecordError: the text is not JSON, or not a valid record.
    """
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise RecordError(f"not JSON: {exc}") from None
    return from_dict(data, cls)
