"""The JSON Schema of the records, derived from the attrs model itself.

The schema is built from the one walk over the model
(:func:`~ombudsparse.fields.record_fields`), with each field's documentation
as its ``description``, so it cannot drift from the model or the other outputs.
"""

from __future__ import annotations

from typing import Any

import attrs

from ombudsparse.dates import JSON_DATE_PATTERNS
from ombudsparse.errors import ArgumentTypeError
from ombudsparse.fields import Shape, ShapeKind, record_fields
from ombudsparse.model import Article

__all__ = ["json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_PUBLISHED_SCHEMA: dict[str, Any] = {
    "description": "ISO 8601: a datetime with offset, a date, a year and month, or --MM-DD.",
    "anyOf": [{"type": "string", "pattern": pattern} for _name, pattern in JSON_DATE_PATTERNS],
}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def for_shape(self, shape: Shape) -> dict[str, Any]:
        schema = self._required(shape)
        if shape.optional:
            return {"anyOf": [schema, {"type": "null"}]}
        return schema

    def _required(self, shape: Shape) -> dict[str, Any]:
        kind = shape.kind
        if kind is ShapeKind.DATE:
            return dict(_PUBLISHED_SCHEMA)
        if kind is ShapeKind.TEXT:
            return {"type": "string"}
        if kind is ShapeKind.BOOLEAN:
            return {"type": "boolean"}
        if kind is ShapeKind.INTEGER:
            return {"type": "integer", "minimum": 0}
        if kind is ShapeKind.LIST:
            assert shape.item is not None
            return {"type": "array", "items": self.for_shape(shape.item)}
        if kind is ShapeKind.MAP:
            assert shape.item is not None
            assert shape.key is not None
            schema = {"type": "object", "additionalProperties": self.for_shape(shape.item)}
            if shape.key.kind is ShapeKind.CHOICE:
                schema["propertyNames"] = self._required(shape.key)
            return schema
        if kind is ShapeKind.CHOICE:
            return {"enum": list(shape.choices())}
        assert shape.cls is not None
        return self._record(shape.cls)

    def _record(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # reserve the name first: records may nest
            properties = {}
            for field in record_fields(cls):
                schema = self.for_shape(field.shape)
                if field.doc:
                    schema = {"description": field.doc, **schema}
                properties[field.name] = schema
            self.defs[name] = {
                "type": "object",
                "description": (cls.__doc__ or "").strip().split("\n", 1)[0],
                "properties": properties,
                "required": [f.name for f in record_fields(cls)],
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
