"""Regular expressions joined into one, so that a family of them is one search in C.

A line checked against seven patterns in turn costs seven calls from Python;
one alternation of the seven costs one, and tells the same: whether any of them
matches at the start (``match``) or anywhere (``search``).
"""

from __future__ import annotations

import re

__all__ = ["any_of"]

# Flags that a group can scope (``(?i:...)``); the others apply to a whole pattern.
_SCOPED_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"))
_LEADING_FLAGS = re.compile(r"^\(\?[imsx]+\)")


def any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    r"""Join patterns into one that matches where any of them does, each with its own flags.

    The patterns must have no capturing groups (groups would be numbered anew)
    and no flags other than ``re.I``, ``re.M``, ``re.S`` and ``re.X``.

    Example:
        >>> either = any_of(re.compile(r"(?i)^tags?:"), re.compile(r"^\d{1,9}$"))
        >>> [bool(either.match(line)) for line in ("TAGS: x", "123", "Tags", "12a")]
        [True, True, False, False]
    """
    parts: list[str] = []
    for pattern in patterns:
        if pattern.groups:
            raise ValueError(f"pattern {pattern.pattern!r} has capturing groups")
        if pattern.flags & (re.ASCII | re.LOCALE | re.DEBUG):
            raise ValueError(f"pattern {pattern.pattern!r} has a flag a group cannot scope")
        flags = "".join(letter for flag, letter in _SCOPED_FLAGS if pattern.flags & flag)
        source = _LEADING_FLAGS.sub("", pattern.pattern, count=1)
        parts.append(f"(?{flags}:{source})" if flags else f"(?:{source})")
    return re.compile("|".join(parts))
