"""Steps that more than one source's text parser takes."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

import attrs

from ombudsparse.dates import DateCandidate, DateOrigin, parse_day_month_year
from ombudsparse.model import PublishedDate

__all__ = ["Heading", "find_first", "printed_date_line", "split_heading"]

_T = TypeVar("_T")

# A bare time, as on listing pages: "15:49 (UTC+04)".
_TIME_ONLY = re.compile(
    r"^\d{1,2}:\d{2}(?:\s*\(\s*(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?\s*\))?$"
)


# A date line that names the section first, as Trend's older pages print it:
# "Politics Materials 21 September 2021 17:36 (UTC +04:00)".
_SECTION_THEN_DATE = re.compile(
    r"^(?P<section>(?:[^\W\d_][\w&'’-]*\s+){1,4}?)(?:Materials\s+)?(?P<date>\d{1,2}\s+\S+\s+\d{4}\b.*)$"
)
# An editor's note on an updated article: "Details added: first version posted on 10:07".
_UPDATE_NOTE = re.compile(r"(?i)^(?:details\s+added|updated?)\s*:")


def printed_date_line(line: str) -> tuple[PublishedDate, tuple[str, ...]] | None:
    """Read a heading line that is a printed date, maybe after its section's name.

    Example:
        >>> value, sections = printed_date_line("Politics Materials 21 September 2021 17:36 (UTC +04:00)")
        >>> value.isoformat(), sections
        ('2021-09-21T17:36:00+04:00', ('Politics',))
        >>> printed_date_line("The meeting of 21 September 2021 was held in Baku") is None
        True
    """  # noqa: E501 (a doctest line)
    value = parse_day_month_year(line)
    if value is not None:
        return value, ()
    match = _SECTION_THEN_DATE.match(line)
    if match is None:
        return None
    value = parse_day_month_year(match["date"])
    if value is None:
        return None
    return value, tuple(match["section"].split()[:1]) if match["section"].split() else ()


@attrs.frozen(kw_only=True)
class Heading:
    """The lines that stand before an article's dateline or date line, sorted out."""

    #: The first line that is not a date: the headline.
    title: str | None = None
    #: A printed date found among the lines, and the line itself.
    printed_date: PublishedDate | None = None
    printed_text: str | None = None
    #: Further lines that are neither: kept, to be put before the body.
    extra: tuple[str, ...] = ()
    #: Section names printed before the date (``Politics`` in ``Politics Materials ...``).
    categories: tuple[str, ...] = ()

    def dates(self, dateline: PublishedDate | None = None) -> tuple[DateCandidate, ...]:
        """Return the heading's printed date and the ``dateline``'s as candidates for resolve.

        Example:
            >>> from ombudsparse import MonthDay
            >>> heading = split_heading(("Ombudspersons met", "7 July 2026 15:56 (UTC +04:00)"))
            >>> [c.origin.value for c in heading.dates(MonthDay(month=7, day=7))]
            ['date-line', 'dateline']
        """
        found = (
            (self.printed_date, DateOrigin.DATE_LINE),
            (dateline, DateOrigin.DATELINE),
        )
        return tuple(
            DateCandidate(value=value, origin=origin)
            for value, origin in found
            if value is not None
        )


def split_heading(lines: tuple[str, ...]) -> Heading:
    """Sort the lines before a dateline into title, printed date and the rest.

    Example:
        >>> h = split_heading(("Ombudspersons met", "7 July 2026 15:56 (UTC +04:00)"))
        >>> h.title, h.printed_date.isoformat()
        ('Ombudspersons met', '2026-07-07T15:56:00+04:00')
    """
    title: str | None = None
    printed: PublishedDate | None = None
    printed_text: str | None = None
    categories: tuple[str, ...] = ()
    extra: list[str] = []
    for line in lines:
        if _TIME_ONLY.match(line) or _UPDATE_NOTE.match(line):
            continue  # a time with no date adds nothing the date line lacks
        found = printed_date_line(line) if printed is None else None
        if found is not None:
            (printed, categories), printed_text = found, line
        elif title is None:
            title = line
        elif line.split() == title.split():
            continue  # the headline printed twice
        else:
            extra.append(line)
    return Heading(
        title=title,
        printed_date=printed,
        printed_text=printed_text,
        extra=tuple(extra),
        categories=categories,
    )


def find_first(
    paragraphs: Sequence[str], match: Callable[[str], _T | None], *, within: int | None = None
) -> tuple[int, _T] | None:
    """Return the index of the first paragraph ``match`` accepts, and what it returned.

    Only the first ``within`` paragraphs are tried when ``within`` is given.

    Example:
        >>> find_first(["a", "b2", "c3"], lambda p: p[1:] or None)
        (1, '2')
        >>> find_first(["a", "b2"], lambda p: p[1:] or None, within=1) is None
        True
    """
    for index, paragraph in enumerate(paragraphs[:within]):
        found = match(paragraph)
        if found is not None:
            return index, found
    return None
