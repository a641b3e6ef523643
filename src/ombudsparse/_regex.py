"""Regular expressions joined into one, so that a family of them is one search in C.

A line checked against seven patterns in turn costs seven calls from Python;
one alternation of the seven costs one, and tells the same: whether any of them
matches at the start (``match``) or anywhere (``search``).
"""

from __future__ import annotations

import re

__all__ = ["any_of", "fold", "holds_any", "led_by"]

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


# Letters a case-insensitive pattern matches that ``str.lower`` does not lower to the
# letter they match: the dotted capital I (lowered to "i" and a combining dot), the
# dotless i, the long s, and the old forms of Cyrillic letters (U+1C80 to U+1C88).
_FOLD_FIXES = (
    ("\u0307", ""),
    ("ı", "i"),
    ("ſ", "s"),
    ("\u1c80", "в"),
    ("\u1c81", "д"),
    ("\u1c82", "о"),
    ("\u1c83", "с"),
    ("\u1c84", "т"),
    ("\u1c85", "т"),
    ("\u1c86", "ъ"),
    ("\u1c87", "ѣ"),
    ("\u1c88", "ꙋ"),
)


def fold(text: str) -> str:
    """Lower text so that where a case-insensitive pattern matches a word, ``in`` finds it.

    A pattern's needles (words every match of it holds, lower-case) are then
    looked for in the folded text first: where none is, the pattern cannot match.
    Folding may find a needle the pattern would not match; never the reverse.

    Example:
        >>> fold("İNTERNATIONAL Ombudsman"), "nation" in fold("İnternatıonal")
        ('international ombudsman', True)
    """
    text = text.lower()
    if not text.isascii():
        for letter, folded in _FOLD_FIXES:
            if letter in text:
                text = text.replace(letter, folded)
    return text


def holds_any(text: str, needles: tuple[str, ...]) -> bool:
    """Tell whether one of the needles is in the text (a loop in C).

    Example:
        >>> holds_any("the ombudsman met", ("met", "received")), holds_any("", ("met",))
        (True, False)
    """
    return any(map(text.__contains__, needles))


def led_by(first: str, pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""Return the pattern behind a look-ahead for the characters its matches start with.

    A search tries a pattern at every place of a text; an alternation of many
    words, case-insensitive, costs there as many tries. One class tried first
    costs one. ``first`` is the inside of that class (``"A-Z"``), read with the
    pattern's flags: it must hold every character a match of the pattern can
    start with (``tests/test_fast_paths.py`` checks each use), so that the
    pattern finds what it found before.

    Example:
        >>> titles = led_by("MD", re.compile(r"\b(?:Mrs?|Dr)\.", re.IGNORECASE))
        >>> titles.search("met dr. Roe").group(), titles.pattern[:8]
        ('dr.', '(?=[MD])')
    """
    source = _LEADING_FLAGS.sub("", pattern.pattern, count=1)
    return re.compile(f"(?=[{first}])(?:{source})", pattern.flags)
