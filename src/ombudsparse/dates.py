"""Dates and times as the three sources print them, in English, Azerbaijani and Russian.

Each function recognises one kind of printed date and returns ``None`` when the
text is not of that kind; none of them guesses. Local times are Baku time
(the IANA zone ``Asia/Baku``, which kept summer time, UTC+05:00, until 2016)
unless the text prints an offset. Returned datetimes carry a fixed UTC offset,
so a record that goes through JSON comes back identical.

Example:
    >>> parse_printed_datetime("21 September 2023 16:21 (UTC+04:00)").isoformat()
    '2023-09-21T16:21:00+04:00'
    >>> parse_printed_datetime("12 July 2015 10:00").isoformat()
    '2015-07-12T10:00:00+05:00'
    >>> parse_month_day("Oct. 25")
    MonthDay(month=10, day=25)
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from ombudsparse.model import MonthDay, PublishedDate, YearMonth, whole_minutes

__all__ = [
    "BAKU",
    "EARLIEST_YEAR",
    "MONTH_PATTERN",
    "agree",
    "baku_offset",
    "in_baku",
    "infer_year",
    "is_plausible",
    "month_number",
    "parse_day_month_year",
    "parse_iso_partial",
    "parse_month_day",
    "parse_numeric_dmy",
    "parse_printed_datetime",
    "precision",
]

#: The time zone all three sources publish in.
BAKU = ZoneInfo("Asia/Baku")

_MONTHS_BY_LANGUAGE: dict[str, tuple[tuple[str, ...], ...]] = {
    # Each month: every accepted spelling, lower case, without a final dot.
    "en": (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    "az": (
        ("yanvar",),
        ("fevral",),
        ("mart",),
        ("aprel",),
        ("may",),
        ("iyun",),
        ("iyul",),
        ("avqust",),
        ("sentyabr",),
        ("oktyabr",),
        ("noyabr",),
        ("dekabr",),
    ),
    "ru": (
        # Genitive (as in "14 ноября") first, then the nominative, then the
        # abbreviations of agency datelines ("БАКУ, 16 авг").
        ("января", "январь", "янв"),
        ("февраля", "февраль", "фев", "февр"),
        ("марта", "март", "мар"),
        ("апреля", "апрель", "апр"),
        ("мая", "май"),
        ("июня", "июнь", "июн"),
        ("июля", "июль", "июл"),
        ("августа", "август", "авг"),
        ("сентября", "сентябрь", "сен", "сент"),
        ("октября", "октябрь", "окт"),
        ("ноября", "ноябрь", "ноя", "нояб"),
        ("декабря", "декабрь", "дек"),
    ),
}

_MONTHS: dict[str, int] = {
    name: number
    for spellings in _MONTHS_BY_LANGUAGE.values()
    for number, names in enumerate(spellings, start=1)
    for name in names
}

#: A regular expression (no groups) matching any month name or abbreviation
#: the sources use, with an optional final dot. Use it case-insensitively.
MONTH_PATTERN = (
    "(?:"
    + "|".join(sorted((re.escape(name) for name in _MONTHS), key=len, reverse=True))
    + r")\.?"
)

_OFFSET = r"\(\s*(?:UTC|GMT)\s*(?P<sign>[+\-−])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?\s*\)"
_TIME = r"(?P<hour>\d{1,2}):(?P<minute>\d{2})"

_DAY_MONTH_YEAR = re.compile(
    rf"""^(?:
        (?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH_PATTERN})\s*,?\s+(?P<y1>\d{{4}})
      | (?P<m2>{MONTH_PATTERN})\s+(?P<d2>\d{{1,2}})\s*,\s*(?P<y2>\d{{4}})
    )(?:\s*,?\s*(?:at\s+)?{_TIME})?(?:\s*{_OFFSET})?$""",
    re.IGNORECASE | re.VERBOSE,
)
_MONTH_DAY = re.compile(
    rf"^(?:(?P<m1>{MONTH_PATTERN})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH_PATTERN}))"
    rf"(?P<clock>\s*,?\s*(?:at\s+)?{_TIME}(?:\s*{_OFFSET})?)?$",
    re.IGNORECASE,
)
_NUMERIC_DMY = re.compile(r"^(?P<day>\d{2})[-./](?P<month>\d{2})[-./](?P<year>\d{4})$")
_ISO_PARTIAL = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?$")


def month_number(name: str) -> int | None:
    """Return the month (1-12) a name or abbreviation stands for, in en, az or ru.

    Case and a final dot are ignored; unknown names give ``None``.

    Example:
        >>> month_number("Sept."), month_number("İyun"), month_number("ноября")
        (9, 6, 11)
        >>> month_number("Brumaire") is None
        True
    """
    # Azerbaijani capital İ is a plain i in lower case, not i with a dot above.
    key = name.strip().rstrip(".").replace("İ", "i").casefold().replace("i\u0307", "i")
    return _MONTHS.get(key)


def baku_offset(moment: dt.datetime) -> dt.timedelta:
    """Return Baku's UTC offset at a moment (naive values are read as Baku wall time).

    Example:
        >>> baku_offset(dt.datetime(2015, 7, 1, 10, 0))
        datetime.timedelta(seconds=18000)
        >>> baku_offset(dt.datetime(2023, 7, 1, 10, 0))
        datetime.timedelta(seconds=14400)
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BAKU)
    try:
        offset = moment.astimezone(BAKU).utcoffset()
    except OverflowError:  # Baku's wall time would fall outside years 1..9999
        edge = dt.datetime.min if moment.year == dt.MINYEAR else dt.datetime.max
        offset = BAKU.utcoffset(edge)
    assert offset is not None  # a ZoneInfo always gives one
    # Local mean time before 1924 (+03:19:24) is rounded to the minute, as records keep it.
    return whole_minutes(offset)


def in_baku(wall_time: dt.datetime) -> dt.datetime:
    """Attach Baku's offset at that wall time to a naive datetime, as a fixed offset.

    Example:
        >>> in_baku(dt.datetime(2015, 7, 12, 10, 0)).isoformat()
        '2015-07-12T10:00:00+05:00'
    """
    return wall_time.replace(tzinfo=dt.timezone(baku_offset(wall_time)))


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_day_month_year(text: str) -> dt.datetime | dt.date | None:
    """Parse a printed date with a year, with or without a time and UTC offset.

    Accepts ``21 September 2023``, ``September 21, 2023``, ``6 Dekabr 2025 15:49``,
    ``14 ноября 2023``, with an optional ``(UTC+04:00)``-style offset. With a time
    it returns a timezone-aware datetime (the printed offset, else Baku's);
    without, a date.

    Example:
        >>> parse_day_month_year("6 Dekabr 2025 15:49 (UTC +04:00)").isoformat()
        '2025-12-06T15:49:00+04:00'
        >>> parse_day_month_year("November 14, 2023")
        datetime.date(2023, 11, 14)
        >>> parse_day_month_year("31 June 2023") is None
        True
    """
    match = _DAY_MONTH_YEAR.match(" ".join(text.split()))
    if match is None:
        return None
    parts = match.groupdict()
    day_s, month_s, year_s = (
        (parts["d1"], parts["m1"], parts["y1"])
        if parts["d1"] is not None
        else (parts["d2"], parts["m2"], parts["y2"])
    )
    month = month_number(month_s)
    if month is None:  # pragma: no cover - the pattern only admits known months
        return None
    day = _day(int(year_s), month, int(day_s))
    if day is None:
        return None
    if parts["hour"] is None:
        return day
    hour, minute = int(parts["hour"]), int(parts["minute"])
    if hour > 23 or minute > 59:
        return None
    wall = dt.datetime(day.year, day.month, day.day, hour, minute)
    if parts["sign"] is None:
        return in_baku(wall)
    offset_hours, offset_minutes = int(parts["oh"]), int(parts["om"] or 0)
    if offset_hours > 14 or offset_minutes > 59:
        return None
    offset = dt.timedelta(hours=offset_hours, minutes=offset_minutes)
    if parts["sign"] != "+":
        offset = -offset
    return wall.replace(tzinfo=dt.timezone(offset))


def parse_printed_datetime(text: str) -> dt.datetime | None:
    """Parse a printed date *with* a time, as in the sites' date lines.

    Like :func:`parse_day_month_year`, but a date without a time gives ``None``.

    Example:
        >>> parse_printed_datetime("7 July 2026 15:56 (UTC +04:00)").isoformat()
        '2026-07-07T15:56:00+04:00'
        >>> parse_printed_datetime("7 July 2026") is None
        True
    """
    value = parse_day_month_year(text)
    return value if isinstance(value, dt.datetime) else None


def parse_month_day(text: str, *, with_time: bool = False) -> MonthDay | None:
    """Parse a day and month without a year: ``November 14``, ``Oct. 25``, ``14 ноября``.

    With ``with_time``, a time and offset may follow (``15 Noyabr 10:31 (UTC+04)``,
    as Trend's listing-style date lines print): the day is kept and the time
    dropped, since without a year it names no moment (Baku's offset changed
    over the years).

    Example:
        >>> parse_month_day("November 14")
        MonthDay(month=11, day=14)
        >>> parse_month_day("6 dekabr")
        MonthDay(month=12, day=6)
        >>> parse_month_day("November 31") is None
        True
        >>> parse_month_day("15 Noyabr 10:31 (UTC+04)", with_time=True)
        MonthDay(month=11, day=15)
        >>> parse_month_day("15 Noyabr 10:31 (UTC+04)") is None
        True
    """
    match = _MONTH_DAY.match(" ".join(text.split()))
    if match is None or (match["clock"] is not None and not with_time):
        return None
    if match["clock"] is not None and (int(match["hour"]) > 23 or int(match["minute"]) > 59):
        return None
    month_s = match["m1"] or match["m2"]
    day_s = match["d1"] or match["d2"]
    month = month_number(month_s)
    if month is None:  # pragma: no cover - the pattern only admits known months
        return None
    try:
        return MonthDay(month=month, day=int(day_s))
    except ValueError:
        return None


def parse_numeric_dmy(text: str) -> dt.date | None:
    """Parse the official site's ``DD-MM-YYYY`` (also with ``.`` or ``/``).

    Example:
        >>> parse_numeric_dmy("30-11-2022")
        datetime.date(2022, 11, 30)
        >>> parse_numeric_dmy("31-11-2022") is None
        True
    """
    match = _NUMERIC_DMY.match(text.strip())
    if match is None:
        return None
    return _day(int(match["year"]), int(match["month"]), int(match["day"]))


def parse_iso_partial(text: str) -> dt.date | YearMonth | None:
    """Parse ``YYYY-MM-DD`` or ``YYYY-MM`` (an extraction tool's date prefix).

    Example:
        >>> parse_iso_partial("2023-09-21")
        datetime.date(2023, 9, 21)
        >>> parse_iso_partial("2019-11")
        YearMonth(year=2019, month=11)
    """
    match = _ISO_PARTIAL.match(text.strip())
    if match is None:
        return None
    year, month = int(match["year"]), int(match["month"])
    if match["day"] is not None:
        return _day(year, month, int(match["day"]))
    if not 1 <= month <= 12 or year == 0:
        return None
    return YearMonth(year=year, month=month)


def infer_year(month_day: MonthDay, reference: dt.date) -> dt.date | None:
    """Give a year-less date the latest year that does not put it after ``reference``.

    A news article is not published after the day it was crawled, so the year
    is the reference's own if the day has already come by then (one day of
    slack for time zones), else the year before. February 29 goes to the
    latest leap year that fits. ``None`` when no year fits (a reference date
    in the first days of the calendar).

    Example:
        >>> infer_year(MonthDay(month=11, day=14), dt.date(2023, 11, 20))
        datetime.date(2023, 11, 14)
        >>> infer_year(MonthDay(month=12, day=30), dt.date(2024, 1, 2))
        datetime.date(2023, 12, 30)
        >>> infer_year(MonthDay(month=2, day=29), dt.date(2023, 6, 1))
        datetime.date(2020, 2, 29)
        >>> infer_year(MonthDay(month=12, day=31), dt.date(1, 1, 1)) is None
        True
    """
    latest = reference + dt.timedelta(days=1) if reference < dt.date.max else reference
    # A leap day recurs within eight years, any other day within one: nine tries suffice.
    for year in range(latest.year, max(latest.year - 9, 0), -1):
        candidate = _day(year, month_day.month, month_day.day)
        if candidate is not None and candidate <= latest:
            return candidate
    return None  # the reference is in the first days of the calendar: no year fits


#: The earliest publication year taken as plausible (the sources' archives
#: start in the 1990s and 2000s).
EARLIEST_YEAR = 1990


def is_plausible(value: PublishedDate, reference: dt.date | None) -> bool:
    """Tell whether a publication date is plausible.

    Not before :data:`EARLIEST_YEAR`, and not more than one day after the
    reference date when one is given. A :class:`MonthDay` is always plausible.

    Example:
        >>> is_plausible(dt.date(1889, 5, 1), None)
        False
        >>> is_plausible(dt.date(2023, 5, 1), dt.date(2023, 4, 1))
        False
        >>> is_plausible(MonthDay(month=5, day=1), None)
        True
    """
    if isinstance(value, MonthDay):
        return True
    if isinstance(value, YearMonth):
        first, year = dt.date(value.year, value.month, 1), value.year
    else:
        first = value.date() if isinstance(value, dt.datetime) else value
        year = first.year
    if year < EARLIEST_YEAR:
        return False
    # first - reference, not reference + 1 day: the sum overflows on 9999-12-31.
    return reference is None or (first - reference).days <= 1


def precision(value: PublishedDate) -> int:
    """Rank how much a date says: datetime 4, date 3, year and month 2, month and day 1.

    Example:
        >>> precision(dt.date(2022, 11, 30)) > precision(MonthDay(month=11, day=30))
        True
    """
    if isinstance(value, dt.datetime):
        return 4
    if isinstance(value, dt.date):
        return 3
    if isinstance(value, YearMonth):
        return 2
    return 1


def _parts(value: PublishedDate) -> tuple[int | None, int, int | None]:
    if isinstance(value, MonthDay):
        return None, value.month, value.day
    if isinstance(value, YearMonth):
        return value.year, value.month, None
    return value.year, value.month, value.day


def agree(first: PublishedDate, second: PublishedDate) -> bool:
    """Tell whether two dates of any precision can name the same day.

    Only the parts both know are compared; times are not (a datetime is
    compared by the calendar day it prints).

    Example:
        >>> agree(MonthDay(month=11, day=14), dt.date(2023, 11, 14))
        True
        >>> agree(YearMonth(year=2019, month=11), dt.date(2019, 12, 1))
        False
    """
    return all(
        a is None or b is None or a == b
        for a, b in zip(_parts(first), _parts(second), strict=True)
    )
