"""Checks of the public functions' arguments, so that a caller's mistake is our error.

Without them a wrong type surfaces deep inside as whatever Python raises there
(``AttributeError: 'int' object has no attribute 'startswith'``); the API
promises :class:`~ombudsparse.ArgumentTypeError` instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from ombudsparse.errors import ArgumentTypeError

__all__ = ["check_items", "check_type"]

_T = TypeVar("_T")


def _names(types: type | tuple[type, ...]) -> str:
    kinds = types if isinstance(types, tuple) else (types,)
    return " or ".join(kind.__name__ for kind in kinds)


def check_type(
    value: Any,
    types: type | tuple[type, ...],
    *,
    name: str,
    function: str,
    optional: bool = False,
) -> None:
    """Raise :class:`ArgumentTypeError` unless ``value`` is one of ``types`` (or ``None``).

    ``bool`` never passes for ``int``: ``True`` is no count.

    Example:
        >>> check_type("x", str, name="url", function="parse()")
        >>> check_type(5, str, name="url", function="parse()", optional=True)
        Traceback (most recent call last):
        ...
        ombudsparse.errors.ArgumentTypeError: parse() takes url as str or None, not int (field: url)
    """  # noqa: E501 (a doctest line)
    if value is None and optional:
        return
    kinds = types if isinstance(types, tuple) else (types,)
    if isinstance(value, bool) and bool not in kinds and int in kinds:
        ok = False
    else:
        ok = isinstance(value, kinds)
    if not ok:
        expected = _names(types) + (" or None" if optional else "")
        raise ArgumentTypeError(
            f"{function} takes {name} as {expected}, not {type(value).__name__}", field=name
        )


def check_items(values: Any, kind: type[_T], *, name: str, function: str) -> Iterator[_T]:
    """Iterate over ``values``, raising :class:`ArgumentTypeError` on an item of another type.

    A string or bytes is refused as a whole: it is an iterable of characters,
    never of records.

    Example:
        >>> list(check_items([1, 2], int, name="counts", function="f()"))
        [1, 2]
        >>> list(check_items("ab", int, name="counts", function="f()"))
        Traceback (most recent call last):
        ...
        ombudsparse.errors.ArgumentTypeError: f() takes counts as an iterable of int, not str (field: counts)
    """  # noqa: E501 (a doctest line)
    if isinstance(values, (str, bytes, bytearray)) or not isinstance(values, Iterable):
        raise ArgumentTypeError(
            f"{function} takes {name} as an iterable of {kind.__name__}, "
            f"not {type(values).__name__}",
            field=name,
        )
    for index, value in enumerate(values):
        if not isinstance(value, kind):
            raise ArgumentTypeError(
                f"{function} takes {name} as an iterable of {kind.__name__}; "
                f"item {index} is {type(value).__name__}",
                field=name,
            )
        yield value
