"""Dates and times as the three sources print them, in English, Azerbaijani and Russian.

Each function recognises one kind of printed date and returns ``None`` when the
text is not of that kind; none of them guesses. Local times are Baku time
(the IANA zone ``Asia/Baku``, which kept summer time, UTC+05:00, until 2016)
unless the text prints an offset. Returned datetimes carry a fixed UTC offset,
so a record that goes through JSON comes back identical.

All ISO 8601 reading is here too (page declarations, the JSON forms of
:data:`JSON_DATE_PATTERNS`, command-line and archive dates), and the one rule
that chooses between the dates an input prints: every date found is a
:class:`DateCandidate`, and :func:`resolve` decides.

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
import enum
import re
import urllib.parse
from collections.abc import Callable, Iterable
from zoneinfo import ZoneInfo

import attrs

from ombudsparse.errors import ParseWarning, WarningCode
from ombudsparse.model import Layer, MonthDay, PublishedDate, YearMonth, whole_minutes

__all__ = [
    "BAKU",
    "EARLIEST_YEAR",
    "JSON_DATE_PATTERNS",
    "MONTH_PATTERN",
    "PRECISION_NAMES",
    "DateCandidate",
    "DateOrigin",
    "DateResolution",
    "RelativeDate",
    "agree",
    "baku_offset",
    "date_parts",
    "in_baku",
    "infer_year",
    "is_plausible",
    "month_number",
    "parse_day_month_year",
    "parse_iso",
    "parse_iso_datetime",
    "parse_iso_partial",
    "parse_month_day",
    "parse_numeric_dmy",
    "parse_printed_datetime",
    "parse_published",
    "parse_url_date",
    "precision",
    "precision_name",
    "resolve",
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


# A date in a URL's path, as news sites put it: "/2021/09/17/", "/2021-09-17-slug", or
# the year and month alone ("/2021/09/"), at the start of a segment and with one
# separator throughout; the year and month alone only as whole segments.
_URL_DATE = re.compile(
    r"(?:^|/)(?P<year>(?:19|20)\d{2})(?P<sep>[/_-])(?P<month>0?[1-9]|1[0-2])"
    # A year and a month alone end a folder (/2023/11/), or the path with a two-digit
    # month: "/news/2015/3" is as likely an id or a page number.
    r"(?:(?P=sep)(?P<day>0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)|(?=/)|(?<=\d\d)$)"
)


def parse_url_date(url: str) -> dt.date | YearMonth | None:
    """Read the date a URL's path gives (``/2021/09/17/``), or ``None``.

    The year and month alone give a :class:`YearMonth`. Only the path is read
    (not the host, the query or the fragment), and only the first date in it.

    Example:
        >>> parse_url_date("https://eng.example.org/2021/09/17/delegation-visits/")
        datetime.date(2021, 9, 17)
        >>> parse_url_date("https://example.az/news/2024-02-16-ombudsman-meets.html")
        datetime.date(2024, 2, 16)
        >>> parse_url_date("https://example.az/archive/2023/11/")
        YearMonth(year=2023, month=11)
        >>> parse_url_date("https://example.az/news/362372") is None
        True
        >>> parse_url_date("https://example.az/news/2015/3") is None  # an id, a page?
        True
    """
    try:
        path = urllib.parse.urlsplit(url).path
    except ValueError:  # "http://[abc/...": no path to read a date from
        return None
    match = _URL_DATE.search(path)
    if match is None:
        return None
    year, month = int(match["year"]), int(match["month"])
    if match["day"] is None:
        return YearMonth(year=year, month=month)
    return _day(year, month, int(match["day"]))


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


#: The names of the four precisions, from the least (:func:`precision` 1) to the most (4).
PRECISION_NAMES = ("month-day", "month", "day", "minute")


def precision_name(value: PublishedDate) -> str:
    """Name how much a date says: ``minute``, ``day``, ``month`` or ``month-day``.

    Example:
        >>> precision_name(dt.date(2022, 11, 30)), precision_name(MonthDay(month=11, day=30))
        ('day', 'month-day')
    """
    return PRECISION_NAMES[precision(value) - 1]


def date_parts(value: PublishedDate) -> tuple[int | None, int, int | None]:
    """Return the year, month and day a date gives (``None`` where it does not say).

    Example:
        >>> date_parts(MonthDay(month=11, day=14)), date_parts(YearMonth(year=2024, month=5))
        ((None, 11, 14), (2024, 5, None))
    """
    if isinstance(value, MonthDay):
        return None, value.month, value.day
    if isinstance(value, YearMonth):
        return value.year, value.month, None
    return value.year, value.month, value.day


def agree(first: PublishedDate, second: PublishedDate) -> bool:
    """Tell whether two dates of any precision can name the same day.

    Only the parts both know are compared; times are not (a datetime is
    compared by the calendar day it prints). The day the parts make together
    must exist: February 29 names no day of a month of 2023.

    Example:
        >>> agree(MonthDay(month=11, day=14), dt.date(2023, 11, 14))
        True
        >>> agree(YearMonth(year=2019, month=11), dt.date(2019, 12, 1))
        False
        >>> agree(MonthDay(month=2, day=29), YearMonth(year=2023, month=2))
        False
    """
    (year_a, month, day_a), (year_b, month_b, day_b) = date_parts(first), date_parts(second)
    if month != month_b or not all(
        a is None or b is None or a == b for a, b in ((year_a, year_b), (day_a, day_b))
    ):
        return False
    year, day = year_a or year_b, day_a or day_b
    return year is None or day is None or _day(year, month, day) is not None


# ---------------------------------------------------------------- ISO 8601 and the JSON forms

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})[T ](?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)"
    r"(?P<offset>Z|[+-]\d{2}:?\d{2})?"
)


def parse_iso_datetime(text: str, *, local: dt.tzinfo | None) -> dt.datetime | dt.date | None:
    """Parse a machine-readable date (ISO 8601) as pages declare it; ``None`` if it is not one.

    A datetime without an offset gets the ``local`` zone's offset (as a fixed
    offset); with ``local=None`` only its date is kept, since the moment is
    then unknown.

    Example:
        >>> parse_iso_datetime("2025-12-06T15:49:00+04:00", local=None).isoformat()
        '2025-12-06T15:49:00+04:00'
        >>> parse_iso_datetime("2015-07-12T10:00:00", local=BAKU).isoformat()
        '2015-07-12T10:00:00+05:00'
        >>> parse_iso_datetime("2015-07-12 10:00", local=None)
        datetime.date(2015, 7, 12)
        >>> parse_iso_datetime("yesterday", local=None) is None
        True
    """
    text = text.strip()
    if _ISO_DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    match = _ISO_DATETIME.fullmatch(text)
    if match is None:
        return None
    offset = match["offset"]
    if offset is not None:
        offset = "+00:00" if offset == "Z" else f"{offset[:3]}:{offset[-2:]}"
    try:
        value = dt.datetime.fromisoformat(f"{match['date']}T{match['time']}{offset or ''}")
    except ValueError:
        return None
    if value.tzinfo is not None:
        return value
    if local is None:
        return value.date()
    return value.replace(
        tzinfo=dt.timezone(value.replace(tzinfo=local).utcoffset() or dt.timedelta())
    )


def parse_iso(text: str) -> dt.datetime | dt.date:
    """Parse an ISO 8601 date, or a datetime (``T`` or a space between), as Python reads them.

    A trailing ``Z`` is read as UTC on every Python version. The datetime may
    be naive: the caller decides what that means.

    Raises:
        ValueError: the text is not ISO 8601.

    Example:
        >>> parse_iso("2023-11-20")
        datetime.date(2023, 11, 20)
        >>> parse_iso("2023-11-20T10:00:00Z").isoformat()
        '2023-11-20T10:00:00+00:00'
    """
    text = text.strip()
    if "T" in text or " " in text:
        return dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    return dt.date.fromisoformat(text)


#: The JSON forms of a publication date, most precise first: name and anchored
#: regular expression (valid in Python and in JSON Schema). The JSON Schema uses
#: them as they are; :func:`parse_published` checks the form with them.
JSON_DATE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("datetime", r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([+-]\d{2}:\d{2}|Z)$"),
    ("date", r"^\d{4}-\d{2}-\d{2}$"),
    ("year-month", r"^\d{4}-(0[1-9]|1[0-2])$"),
    ("month-day", r"^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"),
)
_JSON_READERS: dict[str, Callable[[str], PublishedDate]] = {
    "datetime": lambda text: dt.datetime.fromisoformat(text.replace("Z", "+00:00")),
    "date": dt.date.fromisoformat,
    "year-month": YearMonth.fromisoformat,
    "month-day": MonthDay.fromisoformat,
}
_JSON_FORMS = tuple(
    (re.compile(pattern), _JSON_READERS[name]) for name, pattern in JSON_DATE_PATTERNS
)


def parse_published(text: str) -> PublishedDate:
    """Read a publication date from its JSON form (any of :data:`JSON_DATE_PATTERNS`).

    Raises:
        ValueError: the text is none of the four forms, or names no real date.

    Example:
        >>> parse_published("2023-09-21T16:21:00+04:00").utcoffset()
        datetime.timedelta(seconds=14400)
        >>> parse_published("--11-14")
        MonthDay(month=11, day=14)
        >>> parse_published("2023-02-30")
        Traceback (most recent call last):
        ...
        ValueError: day is out of range for month
    """
    if not isinstance(text, str):
        raise TypeError(f"a date must be a string, not {type(text).__name__}")
    for form, read in _JSON_FORMS:
        if form.match(text):
            return read(text)
    raise ValueError(f"{text!r} is not a datetime with offset, YYYY-MM-DD, YYYY-MM or --MM-DD")


# ---------------------------------------------------------------- candidates and the one rule


@attrs.frozen(kw_only=True)
class RelativeDate:
    """A date printed relative to the day the page was read: ``11:57 - Сегодня``.

    It names a day only with a reference date (the crawl date): ``days_before``
    days before it, at ``time`` when one is printed.
    """

    days_before: int
    time: dt.time | None
    text: str

    def resolve(self, reference: dt.date) -> PublishedDate | None:
        """Return the date (or Baku time) this stands for, read on ``reference``.

        ``None`` when that day would fall before the calendar's first day.

        Example:
            >>> RelativeDate(days_before=1, time=dt.time(9, 5), text="Вчера 09:05").resolve(
            ...     dt.date(2025, 10, 8)).isoformat()
            '2025-10-07T09:05:00+04:00'
        """
        if reference.toordinal() <= self.days_before:
            return None
        day = reference - dt.timedelta(days=self.days_before)
        if self.time is None:
            return day
        return in_baku(dt.datetime.combine(day, self.time))


class DateOrigin(enum.Enum):
    """Where in the input a candidate publication date was found.

    The members are listed in the order of trust that :func:`resolve` uses to
    choose between two candidates of the same precision.
    """

    #: A JSON-LD object's ``datePublished``.
    JSON_LD = "json-ld"
    #: A ``<meta>`` tag or microdata attribute (``article:published_time``).
    META = "meta"
    #: The visible date of a recognised page layout (Trend's ``span.date-time``).
    MARKUP = "markup"
    #: The date trafilatura (htmldate) found on a page of another outlet.
    GENERIC = "generic"
    #: A printed date line above the text's dateline (``21 September 2023 16:21``).
    DATE_LINE = "date-line"
    #: The text's own dateline or date line, the one :attr:`Article.dateline` keeps
    #: (``BAKU, Azerbaijan, November 14``).
    DATELINE = "dateline"
    #: An extraction tool's `` date YYYY-MM-DD`` prefix: the weakest witness.
    PREFIX = "prefix"
    #: A date printed relative to the reading day (``11:57 - Сегодня``).
    RELATIVE = "relative"
    #: The page's URL (``/2021/09/17/``), read only when the input gives no other date.
    URL = "url"


_TRUST = {origin: rank for rank, origin in enumerate(DateOrigin)}
_LAYERS = list(Layer)


@attrs.frozen(kw_only=True)
class DateCandidate:
    """One publication date found in the input, and where it was found.

    Example:
        >>> found = DateCandidate(value=MonthDay(month=11, day=14), origin=DateOrigin.DATELINE)
        >>> found.precision, found.layer
        (1, <Layer.TEXT: 'text'>)
    """

    #: The date as precise as the input prints it, or a relative date to be read
    #: from the reference date.
    value: PublishedDate | RelativeDate
    #: What kind of place in the input it comes from.
    origin: DateOrigin
    #: The layer :attr:`Article.provenance` names when this candidate is kept.
    layer: Layer = Layer.TEXT

    @property
    def precision(self) -> int:
        """The :func:`precision` of the value (0 for a relative date)."""
        return 0 if isinstance(self.value, RelativeDate) else precision(self.value)


@attrs.frozen(kw_only=True)
class DateResolution:
    """What :func:`resolve` decided: the date, the layer it came from, and the warnings."""

    value: PublishedDate | None = None
    #: The kept candidate's layer; ``None`` when no date was found.
    layer: Layer | None = None
    warnings: tuple[ParseWarning, ...] = ()


def _rank(value: PublishedDate, candidate: DateCandidate) -> tuple[int, int]:
    # Most precise first, then by trust; further ties keep the order _order gave.
    return -precision(value), _TRUST[candidate.origin]


def _complete(value: PublishedDate, dated: list[DateCandidate]) -> PublishedDate:
    """Give a year-less date the year of the best agreeing candidate that has one."""
    if not isinstance(value, MonthDay):
        return value
    witnesses = sorted(dated, key=lambda c: _rank(_value(c), c))
    for witness in witnesses:
        other = _value(witness)
        if not isinstance(other, MonthDay) and agree(value, other):
            completed = _day(other.year, value.month, value.day)
            if completed is not None:
                return completed
    return value


def resolve(
    candidates: Iterable[DateCandidate], reference: dt.date | None = None
) -> DateResolution:
    """Choose the publication date among the candidates found in the input: the one rule.

    1. A relative date counts only when the input has no absolute date of its
       own (the extraction prefix aside): it is read from ``reference``, with a
       ``date-relative`` warning, or dropped, with one, when there is none.
    2. A year-less date takes the year of the most precise candidate that
       agrees with it (same month and day), and keeps its own origin.
    3. Among the input's own candidates the most precise is kept; between two
       of the same precision, the one of the more trusted origin
       (:class:`DateOrigin` lists them in order).
    4. The extraction prefix is the weakest witness: it is kept when the input
       has no date of its own (``date-from-prefix``), or when it agrees with the
       kept date and is more precise.
    5. Every other candidate that names another day gets a ``date-conflict``
       warning; but against a year-less kept date, a prefix that names another
       day is taken as the reference date when none was given (an extraction
       tool's date may be the day the page was saved).
    6. A date still without year gets the latest year that fits the reference
       (``year-inferred``), or stays a :class:`MonthDay` (``year-unknown``).
    7. The kept date is checked: ``date-missing``, ``date-implausible``
       (:func:`is_plausible`), ``offset-mismatch`` (not Baku's offset then).

    The result does not depend on the order of the candidates.

    Example:
        >>> plus4 = dt.timezone(dt.timedelta(hours=4))
        >>> found = resolve([
        ...     DateCandidate(value=dt.date(2023, 9, 21), origin=DateOrigin.META,
        ...                   layer=Layer.META),
        ...     DateCandidate(value=dt.datetime(2023, 9, 21, 16, 21, tzinfo=plus4),
        ...                   origin=DateOrigin.MARKUP, layer=Layer.MARKUP),
        ... ])
        >>> found.value.isoformat(), found.layer, found.warnings
        ('2023-09-21T16:21:00+04:00', <Layer.MARKUP: 'markup'>, ())
        >>> found = resolve([DateCandidate(value=MonthDay(month=11, day=14),
        ...                                origin=DateOrigin.DATELINE)], dt.date(2023, 11, 20))
        >>> found.value, [w.code.value for w in found.warnings]
        (datetime.date(2023, 11, 14), ['year-inferred'])
    """
    found = tuple(candidates)
    if not found or (
        len(found) == 1
        and found[0].origin is not DateOrigin.PREFIX
        and not isinstance(found[0].value, RelativeDate)
    ):
        # No candidate, or one of the input's own (what most texts give): steps 1 to 5
        # have nothing to choose, and the one kept agrees with itself.
        kept = found[0] if found else None
        return _checked(
            None if kept is None else _value(kept),
            None if kept is None else kept.layer,
            reference,
            [],
            "the reference date",
        )
    return _resolve_among(found, reference)


def _resolve_among(
    candidates: tuple[DateCandidate, ...], reference: dt.date | None
) -> DateResolution:
    """Do what :func:`resolve` does, step by step, for any candidates."""
    warnings: list[ParseWarning] = []

    def warn(code: WarningCode, message: str) -> None:
        warnings.append(ParseWarning(code=code, field="published", message=message))

    found = sorted(candidates, key=_order)
    dated = [c for c in found if not isinstance(c.value, RelativeDate)]
    own = [c for c in dated if c.origin is not DateOrigin.PREFIX]
    relatives = [c for c in found if isinstance(c.value, RelativeDate)]
    if not own and relatives:  # 1.
        relative = relatives[0].value
        assert isinstance(relative, RelativeDate)
        value = relative.resolve(reference) if reference is not None else None
        if reference is not None and value is not None:
            read = attrs.evolve(relatives[0], value=value)
            own.append(read)
            dated.append(read)
            warn(
                WarningCode.DATE_RELATIVE,
                f"the text dates itself {relative.text!r}; read as {_iso(read)} "
                f"from the reference date {reference.isoformat()}",
            )
        else:
            why = "no reference date was given" if reference is None else "falls before year 1"
            warn(WarningCode.DATE_RELATIVE, f"the text dates itself {relative.text!r} and {why}")
    # 2. Indexes, not values, name the candidates: equal datetimes may print other offsets.
    completed = [_complete(_value(c), dated) for c in dated]
    by_rank = sorted(range(len(dated)), key=lambda i: _rank(completed[i], dated[i]))
    own_ranked = [i for i in by_rank if dated[i].origin is not DateOrigin.PREFIX]
    prefixes = [i for i in by_rank if dated[i].origin is DateOrigin.PREFIX]
    best = own_ranked[0] if own_ranked else None  # 3.
    whence = "the reference date"
    if prefixes:  # 4.
        prefix = prefixes[0]
        if best is None:
            best = prefix
            warn(
                WarningCode.DATE_FROM_PREFIX,
                f"the date {_iso(dated[prefix])} comes only from the extraction prefix",
            )
        elif agree(completed[prefix], completed[best]):
            best = min(best, prefix, key=by_rank.index)
    if best is None:
        return _checked(None, None, reference, warnings, whence)
    kept = completed[best]
    for index, candidate in enumerate(dated):  # 5.
        if agree(completed[index], kept):
            continue
        if candidate.origin is DateOrigin.PREFIX and isinstance(kept, MonthDay):
            # Against a year-less date the prefix may be the day the page was saved.
            if reference is None and isinstance(candidate.value, dt.date):
                reference = _calendar_day(candidate.value)
                whence = "the extraction prefix's date"
            continue
        warn(WarningCode.DATE_CONFLICT, _conflict(candidate, dated[best], kept))
    return _checked(kept, dated[best].layer, reference, warnings, whence)


def _calendar_day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _value(candidate: DateCandidate) -> PublishedDate:
    assert not isinstance(candidate.value, RelativeDate)  # relative dates are read first
    return candidate.value


def _iso(candidate: DateCandidate) -> str:
    return (
        candidate.value.text
        if isinstance(candidate.value, RelativeDate)
        else candidate.value.isoformat()
    )


def _order(candidate: DateCandidate) -> tuple[int, int, str, int]:
    # The order resolve works in, whatever the order given: by trust, then by the value.
    return (
        _TRUST[candidate.origin],
        -candidate.precision,
        _iso(candidate),
        _LAYERS.index(candidate.layer),
    )


def _conflict(loser: DateCandidate, winner: DateCandidate, kept: PublishedDate) -> str:
    why = "the more precise" if precision(kept) > loser.precision else "the more trusted"
    return (
        f"the {loser.origin.value} date {_iso(loser)} disagrees with the "
        f"{winner.origin.value} date {_iso(winner)}; {why} was kept"
    )


def _checked(
    value: PublishedDate | None,
    layer: Layer | None,
    reference: dt.date | None,
    warnings: list[ParseWarning],
    whence: str,
) -> DateResolution:
    """Do steps 6 and 7 of :func:`resolve`: give a year-less date its year, check the date."""

    def warn(code: WarningCode, message: str) -> None:
        warnings.append(ParseWarning(code=code, field="published", message=message))

    if isinstance(value, MonthDay):
        inferred = infer_year(value, reference) if reference is not None else None
        if reference is not None and inferred is not None:
            warn(
                WarningCode.YEAR_INFERRED,
                f"the input gives no year for {value.isoformat()}; {inferred.year} was "
                f"inferred from {whence} {reference.isoformat()}",
            )
            value = inferred
        else:
            warn(
                WarningCode.YEAR_UNKNOWN,
                f"the input gives no year for {value.isoformat()} and "
                + (
                    "no reference date was given"
                    if reference is None
                    else f"no year fits before {whence} {reference.isoformat()}"
                ),
            )
    if value is None:
        warn(WarningCode.DATE_MISSING, "no publication date was found in the input")
    elif not is_plausible(value, reference):
        warn(
            WarningCode.DATE_IMPLAUSIBLE,
            f"the date {value.isoformat()} is implausible; kept as printed",
        )
    if isinstance(value, dt.datetime) and value.utcoffset() != baku_offset(value):
        warn(
            WarningCode.OFFSET_MISMATCH,
            f"the printed offset of {value.isoformat()} is not Baku's at that moment; "
            "kept as printed",
        )
    return DateResolution(value=value, layer=layer, warnings=tuple(warnings))
