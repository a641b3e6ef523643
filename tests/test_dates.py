"""Table tests: one row per date format the sources print (SOURCES.md), in en, az and ru."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ombudsparse import MonthDay, YearMonth
from ombudsparse.dates import (
    agree,
    baku_offset,
    in_baku,
    infer_year,
    is_plausible,
    month_number,
    parse_day_month_year,
    parse_iso_partial,
    parse_month_day,
    parse_numeric_dmy,
    parse_printed_datetime,
)
from tests.strategies import AZERBAIJANI_MONTHS, ENGLISH_MONTHS, RUSSIAN_GENITIVE


def _tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # Azernews date line (seen)
        ("21 September 2023 16:21 (UTC+04:00)", dt.datetime(2023, 9, 21, 16, 21, tzinfo=_tz(4))),
        # Trend span.date-time, English and Azerbaijani editions (reported)
        ("7 July 2026 15:56 (UTC +04:00)", dt.datetime(2026, 7, 7, 15, 56, tzinfo=_tz(4))),
        ("6 Dekabr 2025 15:49 (UTC +04:00)", dt.datetime(2025, 12, 6, 15, 49, tzinfo=_tz(4))),
        ("6 dekabr 2025 15:49 (UTC+04)", dt.datetime(2025, 12, 6, 15, 49, tzinfo=_tz(4))),
        # Russian genitive month
        ("14 ноября 2023 10:05", dt.datetime(2023, 11, 14, 10, 5, tzinfo=_tz(4))),
        # No printed offset: Baku time, which was UTC+05:00 in summer until 2016
        ("12 July 2015 10:00", dt.datetime(2015, 7, 12, 10, 0, tzinfo=_tz(5))),
        ("12 January 2015 10:00", dt.datetime(2015, 1, 12, 10, 0, tzinfo=_tz(4))),
        ("12 July 2016 10:00", dt.datetime(2016, 7, 12, 10, 0, tzinfo=_tz(4))),
        # A printed offset is kept even where it is not Baku's
        ("12 July 2015 10:00 (UTC+04:00)", dt.datetime(2015, 7, 12, 10, 0, tzinfo=_tz(4))),
        (
            "1 May 2020 09:30 (GMT−03:30)",
            dt.datetime(2020, 5, 1, 9, 30, tzinfo=dt.timezone(-dt.timedelta(hours=3, minutes=30))),
        ),
        # Month first, with a comma
        ("September 21, 2023 16:21", dt.datetime(2023, 9, 21, 16, 21, tzinfo=_tz(4))),
        ("Sept. 21, 2023", dt.date(2023, 9, 21)),
        ("21 September 2023", dt.date(2023, 9, 21)),
    ],
)
def test_printed_date_formats(printed: str, expected: dt.datetime | dt.date) -> None:
    value = parse_day_month_year(printed)
    assert value == expected
    assert type(value) is type(expected)
    if isinstance(expected, dt.datetime):
        assert isinstance(value, dt.datetime)
        assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "printed",
    [
        "",
        "15:49 (UTC+04)",  # a listing page's time alone
        "31 June 2023 10:00",  # no such day
        "21 September 2023 25:00",  # no such hour
        "21 Septembre 2023",  # not a month the sources use
        "21 September 23",  # two-digit year
        "The meeting was held on 21 September 2023",  # a sentence, not a date line
        "21 September 2023 16:21 (UTC+15:00)",  # no such offset
    ],
)
def test_printed_dates_that_are_not_dates_give_none(printed: str) -> None:
    assert parse_day_month_year(printed) is None


def test_printed_datetime_requires_a_time() -> None:
    assert parse_printed_datetime("21 September 2023") is None
    assert parse_printed_datetime("21 September 2023 16:21") is not None


@pytest.mark.parametrize(
    ("printed", "month", "day"),
    [
        ("November 14", 11, 14),  # Trend, current style
        ("Oct. 25", 10, 25),  # Trend, older style
        ("Sept. 3", 9, 3),
        ("Sep 3", 9, 3),
        ("May 5", 5, 5),
        ("14 ноября", 11, 14),  # Russian genitive
        ("6 Dekabr", 12, 6),  # Azerbaijani
        ("6 dekabr", 12, 6),
        ("Feb. 29", 2, 29),  # exists in leap years
    ],
)
def test_month_day_formats(printed: str, month: int, day: int) -> None:
    assert parse_month_day(printed) == MonthDay(month=month, day=day)


@pytest.mark.parametrize("printed", ["November 31", "Feb. 30", "Smarch 3", "14", "November"])
def test_month_day_rejects_non_dates(printed: str) -> None:
    assert parse_month_day(printed) is None


@pytest.mark.parametrize("number", range(1, 13))
def test_every_month_name_in_every_language(number: int) -> None:
    for names in (ENGLISH_MONTHS, AZERBAIJANI_MONTHS, RUSSIAN_GENITIVE):
        name = names[number - 1]
        assert month_number(name) == number
        assert month_number(name.upper()) == number
        assert month_number(name.lower()) == number


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("30-11-2022", dt.date(2022, 11, 30)),  # the official site's views line
        ("30.11.2022", dt.date(2022, 11, 30)),
        ("01/02/2020", dt.date(2020, 2, 1)),
        ("31-11-2022", None),
        ("2022-11-30", None),
        ("3-11-2022", None),
    ],
)
def test_numeric_day_month_year(printed: str, expected: dt.date | None) -> None:
    assert parse_numeric_dmy(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("2023-09-21", dt.date(2023, 9, 21)),
        ("2019-11", YearMonth(year=2019, month=11)),
        ("2019-13", None),
        ("2019-02-30", None),
        ("19-11", None),
    ],
)
def test_extractor_prefix_dates(printed: str, expected: object) -> None:
    assert parse_iso_partial(printed) == expected


@pytest.mark.parametrize(
    ("month_day", "reference", "expected"),
    [
        (MonthDay(month=11, day=14), dt.date(2023, 11, 20), dt.date(2023, 11, 14)),
        (MonthDay(month=11, day=14), dt.date(2023, 11, 14), dt.date(2023, 11, 14)),
        (
            MonthDay(month=11, day=15),
            dt.date(2023, 11, 14),
            dt.date(2023, 11, 15),
        ),  # a day of slack
        (MonthDay(month=11, day=16), dt.date(2023, 11, 14), dt.date(2022, 11, 16)),
        (MonthDay(month=12, day=31), dt.date(2024, 1, 1), dt.date(2023, 12, 31)),
        (MonthDay(month=2, day=29), dt.date(2023, 6, 1), dt.date(2020, 2, 29)),
        (MonthDay(month=2, day=29), dt.date(2024, 3, 1), dt.date(2024, 2, 29)),
        (MonthDay(month=12, day=31), dt.date(9999, 12, 31), dt.date(9999, 12, 31)),
        (MonthDay(month=12, day=31), dt.date(1, 6, 1), None),
        (MonthDay(month=2, day=29), dt.date(3, 6, 1), None),
    ],
)
def test_infer_year(month_day: MonthDay, reference: dt.date, expected: dt.date | None) -> None:
    assert infer_year(month_day, reference) == expected


@given(st.builds(MonthDay, month=st.integers(1, 12), day=st.integers(1, 29)), st.dates())
def test_inferred_date_is_the_latest_fitting_one(month_day: MonthDay, reference: dt.date) -> None:
    inferred = infer_year(month_day, reference)
    if inferred is None:  # only at the very start of the calendar
        assert reference.year <= 8
        assert all(
            dt.date(year, month_day.month, min(month_day.day, 28)) > reference
            for year in range(1, reference.year + 1)
            if month_day.day <= 28
        )
        return
    assert (inferred.month, inferred.day) == (month_day.month, month_day.day)
    latest = reference + dt.timedelta(days=1) if reference < dt.date.max else reference
    assert inferred <= latest
    assert latest.year - inferred.year <= 8
    # No later year would also fit.
    for year in range(inferred.year + 1, reference.year + 2):
        try:
            later = dt.date(year, month_day.month, month_day.day)
        except ValueError:  # not a leap year, or past year 9999
            continue
        assert later > latest


def test_baku_summer_time_ended_in_2016() -> None:
    assert baku_offset(dt.datetime(2015, 7, 1, 12)) == dt.timedelta(hours=5)
    assert baku_offset(dt.datetime(2015, 12, 1, 12)) == dt.timedelta(hours=4)
    assert baku_offset(dt.datetime(2016, 7, 1, 12)) == dt.timedelta(hours=4)
    assert in_baku(dt.datetime(2015, 7, 12, 10)).isoformat() == "2015-07-12T10:00:00+05:00"


def test_agree_compares_only_known_parts() -> None:
    assert agree(MonthDay(month=11, day=14), dt.datetime(2023, 11, 14, 23, 0, tzinfo=_tz(4)))
    assert not agree(MonthDay(month=11, day=14), dt.date(2023, 11, 15))
    assert agree(YearMonth(year=2019, month=11), dt.date(2019, 11, 30))
    assert not agree(dt.date(2019, 11, 30), dt.date(2020, 11, 30))


@pytest.mark.parametrize(
    ("value", "reference", "plausible"),
    [
        (dt.date(1989, 12, 31), None, False),
        (dt.date(1990, 1, 1), None, True),
        (dt.date(2023, 11, 15), dt.date(2023, 11, 14), True),
        (dt.date(2023, 11, 16), dt.date(2023, 11, 14), False),
        (YearMonth(year=1985, month=1), None, False),
        (MonthDay(month=1, day=1), dt.date(1800, 1, 1), True),
    ],
)
def test_plausibility(value: object, reference: dt.date | None, plausible: bool) -> None:
    assert is_plausible(value, reference) is plausible  # type: ignore[arg-type]
