"""One walk over the attrs model: what each field of a record holds, for every output.

The JSON Schema (:mod:`ombudsparse.schema`), the Arrow schema of Parquet files,
the CSV tables (:mod:`ombudsparse.writers`) and the DataFrames
(:mod:`ombudsparse.frames`) all read the model through :func:`shape_of` and
:func:`record_fields`, so a field added to a record reaches each of them the
same way. A CSV table is a :class:`Table` of :class:`Column` paths into the
record that are checked against these shapes when the table is made: a
misspelt path, or a field that no column shows and none omits, fails at import.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import enum
import functools
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from ombudsparse._fielddoc import field_doc
from ombudsparse.errors import ArgumentTypeError, InvalidArgumentError
from ombudsparse.model import PublishedDate

__all__ = ["Column", "Field", "Shape", "ShapeKind", "Table", "record_fields", "shape_of"]


class ShapeKind(enum.Enum):
    """What a field holds, as every output needs to know it.

    Example:
        >>> shape_of(int).kind, shape_of(tuple[int, ...]).kind
        (<ShapeKind.INTEGER: 'integer'>, <ShapeKind.LIST: 'list'>)
    """

    #: A string.
    TEXT = "text"
    #: An integer.
    INTEGER = "integer"
    #: ``True`` or ``False``.
    BOOLEAN = "boolean"
    #: A :data:`~ombudsparse.PublishedDate`, written as ISO 8601 in one of its four forms.
    DATE = "date"
    #: A member of an enum, written as its value.
    CHOICE = "choice"
    #: A tuple of items of one shape, written as a list.
    LIST = "list"
    #: A mapping, written as an object.
    MAP = "map"
    #: A nested record (an attrs class), written as an object.
    RECORD = "record"


@attrs.frozen(kw_only=True)
class Shape:
    """The shape of a type hint: its kind, whether it may be ``None``, and what it holds.

    Example:
        >>> shape = shape_of(tuple[str, ...])
        >>> shape.kind, shape.item.kind, shape.optional
        (<ShapeKind.LIST: 'list'>, <ShapeKind.TEXT: 'text'>, False)
    """

    kind: ShapeKind
    optional: bool = False
    #: A list's item, or a map's value.
    item: Shape | None = None
    #: A map's key.
    key: Shape | None = None
    #: The enum of a choice, or the class of a record.
    cls: type | None = None

    def choices(self) -> tuple[Any, ...]:
        """Return the values of a choice's enum members, in order (none for other shapes).

        Example:
            >>> from ombudsparse import Language
            >>> shape_of(Language).choices()
            ('en', 'az', 'ru')
        """
        if self.kind is not ShapeKind.CHOICE or self.cls is None:
            return ()
        members: type[enum.Enum] = self.cls
        return tuple(member.value for member in members)


@attrs.frozen(kw_only=True)
class Field:
    """One field of a record: its name, shape and documentation.

    Example:
        >>> from ombudsparse import Dateline
        >>> [f.name for f in record_fields(Dateline)]
        ['text', 'place', 'date_text']
    """

    name: str
    shape: Shape
    doc: str = ""


_DATE_TYPES = frozenset(typing.get_args(PublishedDate))


def shape_of(hint: Any) -> Shape:
    """Return the shape of a type hint of the model.

    Raises:
        ArgumentTypeError: a hint the model does not use (a union other than with
            ``None`` or of the dates, a set, a list: records hold no mutable values).

    Example:
        >>> shape_of(PublishedDate | None)
        Shape(kind=<ShapeKind.DATE: 'date'>, optional=True, item=None, key=None, cls=None)
    """
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        rest = tuple(arg for arg in args if arg is not type(None))
        optional = len(rest) < len(args)
        if set(rest) == _DATE_TYPES:
            return Shape(kind=ShapeKind.DATE, optional=optional)
        if len(rest) == 1 and optional:
            return attrs.evolve(shape_of(rest[0]), optional=True)
        raise ArgumentTypeError(f"no shape for the union {hint!r}")
    if origin is tuple:
        item, ellipsis = typing.get_args(hint)
        if ellipsis is not Ellipsis:
            raise ArgumentTypeError(f"no shape for the fixed tuple {hint!r}")
        return Shape(kind=ShapeKind.LIST, item=shape_of(item))
    if origin in (dict, collections.abc.Mapping):
        key, value = typing.get_args(hint)
        return Shape(kind=ShapeKind.MAP, key=shape_of(key), item=shape_of(value))
    if hint is str:
        return Shape(kind=ShapeKind.TEXT)
    if hint is bool:
        return Shape(kind=ShapeKind.BOOLEAN)
    if hint is int:
        return Shape(kind=ShapeKind.INTEGER)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return Shape(kind=ShapeKind.CHOICE, cls=hint)
    if isinstance(hint, type) and attrs.has(hint):
        return Shape(kind=ShapeKind.RECORD, cls=hint)
    if hint in (dt.datetime, dt.date):
        return Shape(kind=ShapeKind.DATE)
    raise ArgumentTypeError(f"no shape for {hint!r}")


def record_fields(cls: type) -> tuple[Field, ...]:
    """Return the fields of a record class, in order, with their shapes.

    A nested record is a :attr:`ShapeKind.RECORD` shape naming its class; walk
    into it with another call (records may nest, so the walk is never eager).

    Raises:
        ArgumentTypeError: ``cls`` is not an attrs class, or a field's hint has no shape.

    Example:
        >>> from ombudsparse import Article
        >>> [(f.name, f.shape.kind.value) for f in record_fields(Article)][:3]
        [('source', 'choice'), ('url', 'text'), ('language', 'choice')]
    """
    if not (isinstance(cls, type) and attrs.has(cls)):
        raise ArgumentTypeError(f"{cls!r} is not a record class", field="cls")
    return _record_fields(cls)


@functools.cache
def _record_fields(cls: type) -> tuple[Field, ...]:
    hints = typing.get_type_hints(cls)
    return tuple(
        Field(name=a.name, shape=shape_of(hints[a.name]), doc=field_doc(a))
        for a in attrs.fields(cls)
    )


# A path step: a field's name, "[]" for each item of a list, "[N]" for one item.
_STEP = re.compile(r"([a-z_]+)((?:\[\d*\])*)")


@attrs.frozen
class Column:
    """A column of a flat table: a path into the record, and how its cells are joined.

    ``path`` names a field, then optionally ``[]`` (each item of a list),
    ``[N]`` (the Nth item) and ``.name`` (a field of a nested record):
    ``dateline.place``, ``counterparts[].name``, ``reports[0].sentence``. A
    path through ``[]``, or one that ends at a list, gives one entry per item,
    joined with ``sep``; an empty or missing entry is written ``missing``. A
    map is written as ``key=value`` pairs joined with ``sep``. ``derive``, when
    given, computes the cell from the value at the path (the value in its JSON
    form) and the cell's shape is then ``derived``.

    Example:
        >>> Column("counterpart_names", "counterparts[].name").path
        'counterparts[].name'
    """

    name: str
    path: str = attrs.field(default=attrs.Factory(lambda self: self.name, takes_self=True))
    sep: str = attrs.field(default="; ", kw_only=True)
    missing: str = attrs.field(default="", kw_only=True)
    derive: Callable[[Any], Any] | None = attrs.field(default=None, kw_only=True)
    derived: Shape | None = attrs.field(default=None, kw_only=True)

    @property
    def top(self) -> str:
        """The record field the path starts from."""
        return _split(self.path)[0][0]


# A field's name, then the list steps after it ("[]", "[0]").
_Step = tuple[str, tuple[str, ...]]


def _split(path: str) -> list[_Step]:
    steps = []
    for part in path.split("."):
        match = _STEP.fullmatch(part)
        if match is None:
            raise InvalidArgumentError(f"not a column path: {path!r}")
        steps.append((match[1], tuple(re.findall(r"\[\d*\]", match[2]))))
    return steps


def _resolve(cls: type, path: str) -> Shape:
    """Return the shape at the end of a path, checking every step against the model."""
    shape = Shape(kind=ShapeKind.RECORD, cls=cls)
    for name, indexes in _split(path):
        if shape.kind is not ShapeKind.RECORD or shape.cls is None:
            raise InvalidArgumentError(
                f"{path!r}: {name!r} is inside a value that is not a record"
            )
        fields = {f.name: f.shape for f in record_fields(shape.cls)}
        if name not in fields:
            raise InvalidArgumentError(f"{path!r}: {shape.cls.__name__} has no field {name!r}")
        shape = fields[name]
        for _index in indexes:
            if shape.kind is not ShapeKind.LIST or shape.item is None:
                raise InvalidArgumentError(f"{path!r}: {name!r} is not a list")
            shape = shape.item
    if sum(len(indexes) for _name, indexes in _split(path)) > 1:
        # A cell joins one list; a list of lists would need a second separator.
        raise InvalidArgumentError(f"{path!r}: a column path goes through one list at most")
    return shape


@attrs.frozen
class Table:
    """A flat table of one record type: context columns, then columns by path.

    ``context`` are keys beside the record's own (where it was read); ``omit``
    names the record's fields that no column shows. Every path is checked when
    the table is made, and every field must be shown or omitted, so a new field
    makes its table fail until someone decides.

    Raises:
        InvalidArgumentError: a path the record does not have, or a field neither shown
            nor omitted.

    Example:
        >>> from ombudsparse import Dateline
        >>> table = Table(Dateline, (Column("text"), Column("place")), omit=("date_text",))
        >>> table.flatten({"text": "BAKU, May 12", "place": "BAKU", "date_text": "May 12"})
        {'text': 'BAKU, May 12', 'place': 'BAKU'}
    """

    cls: type
    columns: tuple[Column, ...]
    context: tuple[Field, ...] = ()
    omit: tuple[str, ...] = ()
    _shapes: Mapping[str, Shape] = attrs.field(init=False, repr=False, eq=False)
    # Each column as a reader of its value and a writer of its cell, decided once from
    # the shapes: a run may flatten millions of rows.
    _cells: tuple[tuple[str, _Read], ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        shapes = {f.name: f.shape for f in self.context}
        cells = [(f.name, _cell([(f.name, ())], f.shape)) for f in self.context]
        for column in self.columns:
            steps = _split(column.path)
            end = _resolve(self.cls, column.path)
            if column.derive is not None:
                if column.derived is None:
                    raise InvalidArgumentError(
                        f"{column.name!r}: a derived column needs its shape"
                    )
                end = column.derived
            shapes[column.name] = end
            cells.append((column.name, _cell(steps, end, column)))
        shown = {column.top for column in self.columns}
        missing = [f.name for f in record_fields(self.cls) if f.name not in shown | set(self.omit)]
        if missing:
            raise InvalidArgumentError(
                f"{self.cls.__name__} fields in no column: {', '.join(missing)}"
            )
        object.__setattr__(self, "_shapes", types.MappingProxyType(shapes))
        object.__setattr__(self, "_cells", tuple(cells))

    @property
    def names(self) -> tuple[str, ...]:
        """The column names, context first."""
        return (*(f.name for f in self.context), *(c.name for c in self.columns))

    def shape(self, name: str) -> Shape:
        """Return the shape of a column's values (the item's, for a joined list)."""
        return self._shapes[name]

    def flatten(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """Return the row of a record in its JSON form (as :func:`~ombudsparse.to_dict` gives it).

        A missing key or ``None`` is an empty cell; keys the table does not name are ignored.
        """
        return {name: cell(record) for name, cell in self._cells}


_Read = Callable[[Mapping[str, Any]], Any]


def _cell(steps: list[_Step], shape: Shape, column: Column | None = None) -> _Read:
    """Return the function from a record to one cell: the value at the path, written."""
    sep, missing = (column.sep, column.missing) if column is not None else ("; ", "")
    derive = column.derive if column is not None else None
    many = derive is None and any("[]" in indexes for _name, indexes in steps)
    simple = len(steps) == 1 and not steps[0][1] and derive is None
    name = steps[0][0]
    if many or shape.kind is ShapeKind.LIST:
        item = None if many else shape.item
        strings = item is not None and item.kind in (ShapeKind.TEXT, ShapeKind.CHOICE)
        if strings and item is not None and not item.optional and not missing:

            def join(value: Any) -> str:  # a list of strings, as most are: joined at once
                return sep.join(value) if value else ""

        else:

            def join(value: Any) -> str:
                if value is None:
                    return ""
                return sep.join(
                    missing if v is None or v == "" else v if isinstance(v, str) else str(v)
                    for v in value
                )

        return (lambda record: join(record.get(name))) if simple else _then(steps, join, derive)
    if shape.kind is ShapeKind.MAP:

        def pairs(value: Any) -> str:
            return sep.join(f"{k}={v}" for k, v in value.items()) if value else ""

        return (lambda record: pairs(record.get(name))) if simple else _then(steps, pairs, derive)
    if simple:  # most columns: one field's value as it is
        return lambda record: "" if (value := record.get(name)) is None else value
    return _then(steps, lambda value: "" if value is None else value, derive)


def _then(
    steps: list[_Step], write: Callable[[Any], Any], derive: Callable[[Any], Any] | None
) -> _Read:
    get = _getter(steps)
    if derive is None:
        return lambda record: write(get(record))
    return lambda record: write(derive(get(record)))


def _getter(steps: list[_Step]) -> Callable[[Any], Any]:
    """Return the function from a record to the value at a path (a list through ``[]``)."""
    at = next((i for i, (_name, indexes) in enumerate(steps) if indexes), None)
    if at is None:
        return _through([name for name, _indexes in steps])
    head = _through([name for name, _indexes in steps[: at + 1]])
    tail = _through([name for name, _indexes in steps[at + 1 :]])
    (index,) = steps[at][1]  # one list step per path, checked by _resolve
    if index == "[]":
        return lambda record: [tail(item) for item in head(record) or ()]
    number = int(index[1:-1])
    return lambda record: tail(
        items[number] if len(items := head(record) or ()) > number else None
    )


def _through(names: list[str]) -> Callable[[Any], Any]:
    """Return the function that follows field names through nested records, to None if absent."""

    def get(value: Any) -> Any:
        for name in names:
            if not isinstance(value, Mapping):
                return None
            value = value.get(name)
        return value

    return get
