"""One cattrs converter for every record type, and JSON in and out.

Dates are written in ISO 8601: ``2023-09-21T16:21:00+04:00`` for a datetime,
``2022-11-30`` for a date, ``2019-11`` for a year and month, ``--11-14`` for a
month and day without year. Enums are written as their values, tuples as
lists. Reading back gives an equal record (:func:`from_dict` of
:func:`to_dict` is the identity).

Reading validates instead of coercing: cattrs' own hooks would turn ``5``
into ``"5"``, ``"abc"`` into the list ``["a", "b", "c"]`` and ``true`` into
``1``; here a string must be a JSON string, an integer a JSON integer (not a
boolean, not a float) within :data:`MAX_INTEGER`, a list a JSON list, and every
problem is reported with its JSON path (cattrs' detailed validation).
"""

from __future__ import annotations

import datetime as dt
import json
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, is_sequence
from cattrs.v import format_exception

from ombudsparse._arguments import check_type
from ombudsparse.dates import parse_published
from ombudsparse.errors import ArgumentTypeError, InvalidArgumentError, RecordError
from ombudsparse.model import Article, Layer, MonthDay, PublishedDate, YearMonth

__all__ = [
    "MAX_INTEGER",
    "converter",
    "from_dict",
    "from_json",
    "parse_published",
    "to_dict",
    "to_json",
]

_T = TypeVar("_T")

#: The converter that knows every ombudsparse record type. Use it to
#: (un)structure records inside your own attrs classes.
converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)

#: The largest integer a record holds (a 64-bit signed integer, as Parquet
#: and Arrow store it); a larger one in JSON is a :class:`RecordError`.
MAX_INTEGER = 2**63 - 1
# Longer digit strings are not even converted to int (Python refuses above
# 4,300 digits, and converting is quadratic before that).
_MAX_INTEGER_DIGITS = len(str(MAX_INTEGER))


def _unstructure_datetime(value: dt.datetime) -> str:
    return value.isoformat()


def _unstructure_date(value: dt.date) -> str:
    return value.isoformat()


def _unstructure_partial(value: MonthDay | YearMonth) -> str:
    return value.isoformat()


def _structure_published(value: Any, _type: Any) -> PublishedDate | None:
    return None if value is None else parse_published(value)


class _AbsurdInteger(str):
    """A JSON integer too long to be any record's value, kept as its digits."""


def _parse_json_int(digits: str) -> int | _AbsurdInteger:
    if len(digits.lstrip("-")) > _MAX_INTEGER_DIGITS:
        return _AbsurdInteger(digits)
    return int(digits)


def _structure_str(value: Any, _type: Any) -> str:
    if not isinstance(value, str) or isinstance(value, _AbsurdInteger):
        raise TypeError(f"expected a string, not {_json_type(value)}")
    return value


def _structure_int(value: Any, _type: Any) -> int:
    if isinstance(value, _AbsurdInteger):
        raise ValueError(f"an integer of {len(value)} digits is out of range")
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, not {_json_type(value)}")
    if not -MAX_INTEGER <= value <= MAX_INTEGER:
        raise ValueError(f"the integer {value} is out of range (at most {MAX_INTEGER})")
    return value


def _structure_bool(value: Any, _type: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, not {_json_type(value)}")
    return value


def _json_type(value: Any) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}
    names.update({list: "a list", tuple: "a list", dict: "an object", type(None): "null"})
    if isinstance(value, _AbsurdInteger):
        return "an integer"
    return names.get(type(value), type(value).__name__)


def _is_homogeneous_tuple(type_: Any) -> bool:
    # The records' lists are all tuple[X, ...].
    args = typing.get_args(type_)
    return is_sequence(type_) and typing.get_origin(type_) is tuple and args[1:] == (...,)


def _strict_sequence(type_: Any, conv: cattrs.BaseConverter) -> Any:
    # cattrs' tuple hook takes any iterable: a string would become its letters.
    structure_items = homogenous_tuple_structure_factory(type_, conv)

    def structure(value: Any, target: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected a list, not {_json_type(value)}")
        return structure_items(value, target)

    return structure


def _strict_record(cls: Any, conv: cattrs.Converter) -> Any:
    # cattrs' record hook calls .keys() on whatever it is given.
    structure_fields = conv.gen_structure_attrs_fromdict(cls)

    def structure(value: Any, target: Any) -> Any:
        if not isinstance(value, Mapping):
            raise TypeError(f"expected an object, not {_json_type(value)}")
        return structure_fields(value, target)

    return structure


def _structure_provenance(value: Any, _type: Any) -> dict[str, Layer]:
    # Article.provenance, the one Mapping[str, Layer]: its keys name the record's fields.
    if not isinstance(value, Mapping):
        raise TypeError(f"expected an object, not {_json_type(value)}")
    names = attrs.fields_dict(Article)
    unknown = [key for key in value if key not in names]
    if unknown:
        raise ValueError(f"{unknown[0]!r} is no field of the record")
    return {key: converter.structure(layer, Layer) for key, layer in value.items()}


converter.register_structure_hook(str, _structure_str)
converter.register_structure_hook(int, _structure_int)
converter.register_structure_hook(bool, _structure_bool)
converter.register_structure_hook_factory(_is_homogeneous_tuple, _strict_sequence)
converter.register_structure_hook_factory(attrs.has, _strict_record)
converter.register_structure_hook_func(lambda t: t == Mapping[str, Layer], _structure_provenance)
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
    _check_record_class(type(record), "to_dict()", "record")
    data: dict[str, Any] = converter.unstructure(record)
    return data


def _check_record_class(cls: Any, function: str, name: str) -> None:
    if not (isinstance(cls, type) and attrs.has(cls)):
        shown = cls.__name__ if name == "record" else repr(cls)
        raise ArgumentTypeError(
            f"{function} takes a record (an attrs class such as Article) as {name}, not {shown}",
            field=name,
        )


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
    _check_record_class(cls, "from_dict()", "cls")
    if not isinstance(data, Mapping):
        raise RecordError(
            f"not a valid {cls.__name__}: expected an object, not {_json_type(data)} @ $",
            field="$",
            problems=(f"expected an object, not {_json_type(data)} @ $",),
        )
    try:
        return converter.structure(data, cls)
    except Exception as exc:  # cattrs raises exception groups and plain errors alike
        problems = tuple(cattrs.transform_error(exc, path="$", format_exception=_describe))
        first = problems[0] if problems else str(exc)
        path = first.rpartition(" @ ")[2] if " @ " in first else None
        raise RecordError(
            f"not a valid {cls.__name__}: {first}", field=path, problems=problems
        ) from None


# Wider indentation is no help to a reader, and a huge one would fill memory.
_MAX_INDENT = 64


def to_json(record: Any, *, indent: int | None = None) -> str:
    """Serialise a record to JSON text (UTF-8 characters kept as they are).

    Example:
        >>> from ombudsparse import Article
        >>> to_json(Article(title="Görüş"))[:40]
        '{"source": null, "url": null, "language"'
    """
    check_type(indent, int, name="indent", function="to_json()", optional=True)
    if indent is not None and not 0 <= indent <= _MAX_INDENT:
        raise InvalidArgumentError(
            f"to_json() takes indent from 0 to {_MAX_INDENT}, not {indent}", field="indent"
        )
    return json.dumps(to_dict(record), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[_T] = Article) -> _T:  # type: ignore[assignment]
    """Read a record from JSON text written by :func:`to_json`.

    Raises:
        RecordError: the text is not JSON, or not a valid record.

    Example:
        >>> import ombudsparse
        >>> article = ombudsparse.parse("BAKU, Azerbaijan, May 12. The Ombudsperson met guests.")
        >>> from_json(to_json(article)) == article
        True
        >>> from_json('{"body": ["The Ombudsman met a guest."]}').body
        ('The Ombudsman met a guest.',)
    """
    check_type(text, (str, bytes, bytearray), name="text", function="from_json()")
    _check_record_class(cls, "from_json()", "cls")
    try:
        data = json.loads(text, parse_int=_parse_json_int)
    except (ValueError, UnicodeDecodeError) as exc:
        raise RecordError(f"not JSON: {exc}") from None
    except RecursionError:
        raise RecordError("not a record: the JSON nests too deeply") from None
    return from_dict(data, cls)
