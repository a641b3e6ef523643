"""The JSON Schema of the records, derived from the attrs model itself.

The schema is built by walking the attrs classes and their type hints, with
each field's documentation as its ``description``, so it cannot drift from
the model.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import enum
import types
import typing
from typing import Any

import attrs

from ombudsparse._fielddoc import field_doc
from ombudsparse.dates import JSON_DATE_PATTERNS
from ombudsparse.errors import ArgumentTypeError
from ombudsparse.model import Article, MonthDay, PublishedDate, YearMonth

__all__ = ["json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_PUBLISHED_SCHEMA: dict[str, Any] = {
    "description": "ISO 8601: a datetime with offset, a date, a year and month, or --MM-DD.",
    "anyOf": [{"type": "string", "pattern": pattern} for _name, pattern in JSON_DATE_PATTERNS],
}


def _is_optional(hint: Any) -> tuple[bool, Any]:
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args:
        rest = tuple(a for a in args if a is not type(None))
        return True, rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007
    return False, hint


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def for_type(self, hint: Any) -> dict[str, Any]:
        optional, inner = _is_optional(hint)
        schema = self._required(inner)
        if optional:
            return {"anyOf": [schema, {"type": "null"}]}
        return schema

    def _required(self, hint: Any) -> dict[str, Any]:
        if hint == PublishedDate:
            return dict(_PUBLISHED_SCHEMA)
        if hint is str:
            return {"type": "string"}
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer", "minimum": 0}
        if typing.get_origin(hint) is tuple:
            item, _ellipsis = typing.get_args(hint)
            return {"type": "array", "items": self.for_type(item)}
        if typing.get_origin(hint) in (dict, collections.abc.Mapping):
            key, value = typing.get_args(hint)
            schema = {"type": "object", "additionalProperties": self.for_type(value)}
            if isinstance(key, type) and issubclass(key, enum.Enum):
                schema["propertyNames"] = {"enum": [member.value for member in key]}
            return schema
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return {"enum": [member.value for member in hint]}
        if isinstance(hint, type) and attrs.has(hint):
            return self._record(hint)
        if hint in (
            dt.datetime,
            dt.date,
            MonthDay,
            YearMonth,
        ):  # pragma: no cover - only in the union
            return dict(_PUBLISHED_SCHEMA)
        raise TypeError(f"no JSON Schema for {hint!r}")  # pragma: no cover - a model change

    def _record(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # reserve the name first: records may nest
            hints = typing.get_type_hints(cls)
            properties = {}
            for attribute in attrs.fields(cls):
                schema = self.for_type(hints[attribute.name])
                description = field_doc(attribute)
                if description:
                    schema = {"description": description, **schema}
                properties[attribute.name] = schema
            self.defs[name] = {
                "type": "object",
                "description": (cls.__doc__ or "").strip().split("\n", 1)[0],
                "properties": properties,
                "required": [a.name for a in attrs.fields(cls)],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}


def json_schema(cls: type = Article) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a record type, by default :class:`Article`.

    Every record that :func:`~ombudsparse.to_dict` writes validates against it;
    all fields are required, as :func:`~ombudsparse.to_dict` writes them all.

    Example:
        >>> schema = json_schema()
        >>> schema["$schema"]
        'https://json-schema.org/draft/2020-12/schema'
        >>> sorted(schema["$defs"])
        ['Article', 'Dateline', 'ParseWarning']
    """
    if not (isinstance(cls, type) and attrs.has(cls)):
        raise ArgumentTypeError(
            f"json_schema() takes a record class such as Article, not {cls!r}", field="cls"
        )
    builder = _Builder()
    ref = builder._record(cls)
    return {
        "$schema": _DIALECT,
        "title": f"ombudsparse {cls.__name__}",
        **ref,
        "$defs": builder.defs,
    }
