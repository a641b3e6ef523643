"""One place for a record field's documentation: its attrs metadata.

The text given to :func:`doc` is stored in the field's metadata. The
:func:`documented` class decorator renders it as the class docstring's
``Attributes`` section (for Sphinx), and :mod:`ombudsparse.schema` uses it as
the JSON Schema ``description``, so the two can never drift apart.
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs

_T = TypeVar("_T")

DOC_KEY = "ombudsparse.doc"
JSON_KEY = "ombudsparse.json"


def doc(text: str, *, json: str | None = None) -> dict[str, str]:
    """Return field metadata that documents a field (and, optionally, its JSON form)."""
    meta = {DOC_KEY: " ".join(text.split())}
    if json is not None:
        meta[JSON_KEY] = " ".join(json.split())
    return meta


def field_doc(attribute: attrs.Attribute[Any]) -> str:
    """Return the documentation stored on an attrs attribute, or an empty string."""
    return str(attribute.metadata.get(DOC_KEY, ""))


def json_doc(attribute: attrs.Attribute[Any]) -> str:
    """Return the documented JSON form of an attrs attribute, or an empty string."""
    return str(attribute.metadata.get(JSON_KEY, ""))


def documented(cls: type[_T]) -> type[_T]:
    """Append an ``Attributes`` section built from field metadata to ``cls.__doc__``."""
    lines = ["", "Attributes:"]
    for attribute in attrs.fields(cls):  # type: ignore[arg-type]
        text = field_doc(attribute)
        form = json_doc(attribute)
        if form:
            text = f"{text} JSON: {form}"
        lines.append(f"    {attribute.name}: {text}")
    base = (cls.__doc__ or "").rstrip()
    cls.__doc__ = _insert_before_example(base, "\n".join(lines))
    return cls


def _insert_before_example(docstring: str, section: str) -> str:
    # Keep a trailing "Example:" section last, so the rendered page reads
    # purpose, attributes, example.
    marker = "\n    Example:"
    head, sep, tail = docstring.partition(marker)
    indented = section.replace("\n", "\n    ")
    if not sep:
        return docstring + "\n" + indented + "\n"
    return head + "\n" + indented + "\n" + sep + tail
