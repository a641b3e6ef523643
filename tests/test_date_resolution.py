"""The one rule between conflicting dates (dates.resolve), and ISO 8601 in one place."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ombudsparse
from ombudsparse import Layer, MonthDay, YearMonth
from ombudsparse.dates import (
    JSON_DATE_PATTERNS,
    DateCandidate,
    DateOrigin,
    RelativeDate,
    parse_iso,
    parse_published,
    resolve,
)
from ombudsparse.model import PublishedDate
from tests.strategies import aware_datetimes, month_days, year_months

PLUS4 = dt.timezone(dt.timedelta(hours=4))
Origin = DateOrigin


_LAYER_OF = {
    Origin.JSON_LD: Layer.JSON_LD,
    Origin.META: Layer.META,
    Origin.MARKUP: Layer.MARKUP,
    Origin.GENERIC: Layer.GENERIC,
    Origin.PREFIX: Layer.PREFIX,
}


def c(value: PublishedDate | RelativeDate, origin: DateOrigin) -> DateCandidate:
    """A candidate with the layer its origin has in the pipeline."""
    return DateCandidate(value=value, origin=origin, layer=_LAYER_OF.get(origin, Layer.TEXT))


def codes(resolution: ombudsparse.dates.DateResolution) -> list[str]:
    return [w.code.value for w in resolution.warnings]


NOV14 = dt.date(2023, 11, 14)
NOV14_AT = dt.datetime(2023, 11, 14, 16, 21, tzinfo=PLUS4)
TODAY = RelativeDate(days_before=0, time=dt.time(11, 57), text="11:57 - Сегодня")


@pytest.mark.parametrize(
    ("candidates", "reference", "value", "layer", "warnings"),
    [
        pytest.param([], None, None, None, ["date-missing"], id="nothing"),
        pytest.param(
            [c(NOV14, Origin.META), c(NOV14_AT, Origin.MARKUP)],
            None,
            NOV14_AT,
            Layer.MARKUP,
            [],
            id="the more precise of two agreeing layers",
        ),
        pytest.param(
            [c(dt.date(2023, 11, 13), Origin.JSON_LD), c(NOV14_AT, Origin.MARKUP)],
            None,
            NOV14_AT,
            Layer.MARKUP,
            ["date-conflict"],
            id="the more precise wins a conflict, with a warning",
        ),
        pytest.param(
            [c(dt.date(2023, 11, 13), Origin.META), c(NOV14, Origin.JSON_LD)],
            None,
            NOV14,
            Layer.JSON_LD,
            ["date-conflict"],
            id="same precision: the more trusted layer",
        ),
        pytest.param(
            [c(NOV14, Origin.DATE_LINE), c(MonthDay(month=11, day=15), Origin.DATELINE)],
            None,
            NOV14,
            Layer.TEXT,
            ["date-conflict"],
            id="a printed date line above a disagreeing dateline",
        ),
        pytest.param(
            [c(MonthDay(month=11, day=14), Origin.DATELINE), c(NOV14, Origin.PREFIX)],
            None,
            NOV14,
            Layer.TEXT,
            [],
            id="the prefix gives a year-less dateline its year",
        ),
        pytest.param(
            [
                c(MonthDay(month=11, day=14), Origin.DATELINE),
                c(YearMonth(year=2023, month=11), Origin.PREFIX),
            ],
            None,
            NOV14,
            Layer.TEXT,
            [],
            id="a year-and-month prefix does too",
        ),
        pytest.param(
            [
                c(MonthDay(month=11, day=14), Origin.DATELINE),
                c(dt.date(2024, 2, 1), Origin.PREFIX),
            ],
            None,
            NOV14,
            Layer.TEXT,
            ["year-inferred"],
            id="a disagreeing prefix: the reference of a year-less date",
        ),
        pytest.param(
            [
                c(MonthDay(month=11, day=14), Origin.DATELINE),
                c(dt.date(2024, 2, 1), Origin.PREFIX),
            ],
            dt.date(2022, 12, 1),
            dt.date(2022, 11, 14),
            Layer.TEXT,
            ["year-inferred"],
            id="but the caller's reference date comes first",
        ),
        pytest.param(
            [c(NOV14, Origin.PREFIX)],
            None,
            NOV14,
            Layer.PREFIX,
            ["date-from-prefix"],
            id="the prefix alone",
        ),
        pytest.param(
            [c(NOV14, Origin.DATE_LINE), c(dt.date(2023, 11, 20), Origin.PREFIX)],
            None,
            NOV14,
            Layer.TEXT,
            ["date-conflict"],
            id="a disagreeing prefix never wins over a dated text",
        ),
        pytest.param(
            [c(YearMonth(year=2023, month=11), Origin.DATE_LINE), c(NOV14, Origin.PREFIX)],
            None,
            NOV14,
            Layer.PREFIX,
            [],
            id="an agreeing, more precise prefix wins",
        ),
        pytest.param(
            [
                c(MonthDay(month=2, day=29), Origin.DATELINE),
                c(YearMonth(year=2023, month=2), Origin.PREFIX),
            ],
            None,
            MonthDay(month=2, day=29),
            Layer.TEXT,
            ["year-unknown"],
            id="February 29 is in no month of 2023",
        ),
        pytest.param(
            [c(TODAY, Origin.RELATIVE)],
            dt.date(2025, 10, 8),
            dt.datetime(2025, 10, 8, 11, 57, tzinfo=PLUS4),
            Layer.TEXT,
            ["date-relative"],
            id="a relative date read from the reference date",
        ),
        pytest.param(
            [c(TODAY, Origin.RELATIVE)],
            None,
            None,
            None,
            ["date-relative", "date-missing"],
            id="a relative date without a reference date",
        ),
        pytest.param(
            [c(TODAY, Origin.RELATIVE), c(NOV14, Origin.DATE_LINE)],
            dt.date(2025, 10, 8),
            NOV14,
            Layer.TEXT,
            [],
            id="a relative date counts only without an absolute one",
        ),
        pytest.param(
            [c(dt.datetime(2023, 11, 14, 16, 21, tzinfo=dt.timezone.utc), Origin.MARKUP)],
            None,
            dt.datetime(2023, 11, 14, 16, 21, tzinfo=dt.timezone.utc),
            Layer.MARKUP,
            ["offset-mismatch"],
            id="an offset Baku did not have",
        ),
        pytest.param(
            [c(NOV14, Origin.META)],
            dt.date(2023, 1, 1),
            NOV14,
            Layer.META,
            ["date-implausible"],
            id="after the reference date",
        ),
    ],
)
def test_resolve_applies_the_rule(
    candidates: list[DateCandidate],
    reference: dt.date | None,
    value: PublishedDate | None,
    layer: Layer | None,
    warnings: list[str],
) -> None:
    found = resolve(candidates, reference)
    assert (found.value, found.layer, codes(found)) == (value, layer, warnings)
    assert all(w.field == "published" for w in found.warnings)


# ---------------------------------------------------------------- properties

origins = st.sampled_from(DateOrigin).filter(lambda o: o is not Origin.RELATIVE)
values = st.one_of(
    aware_datetimes, st.dates(min_value=dt.date(1990, 1, 1)), year_months, month_days
)
candidates = st.builds(DateCandidate, value=values, origin=origins, layer=st.sampled_from(Layer))


@given(st.lists(candidates, max_size=6), st.randoms(use_true_random=False), st.none() | st.dates())
def test_the_order_of_candidates_does_not_matter(
    found: list[DateCandidate], shuffler: random.Random, reference: dt.date | None
) -> None:
    shuffled = list(found)
    shuffler.shuffle(shuffled)
    assert resolve(shuffled, reference) == resolve(found, reference)


def _more_precise(day: dt.date, which: int) -> tuple[PublishedDate, PublishedDate]:
    """A date of one precision and an agreeing one of the next."""
    at_noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=PLUS4)
    pairs: list[tuple[PublishedDate, PublishedDate]] = [
        (MonthDay(month=day.month, day=day.day), day),
        (YearMonth(year=day.year, month=day.month), day),
        (day, at_noon),
    ]
    return pairs[which]


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.integers(0, 2),
    origins,
    origins,
    st.none() | st.dates(),
)
def test_a_more_precise_agreeing_candidate_wins(
    day: dt.date, which: int, less: DateOrigin, more: DateOrigin, reference: dt.date | None
) -> None:
    vague, precise = _more_precise(day, which)
    found = resolve([c(vague, less), c(precise, more)], reference)
    assert found.value == precise
    assert "date-conflict" not in codes(found)


@given(
    st.dates(min_value=dt.date(1990, 1, 1)),
    st.dates(min_value=dt.date(1990, 1, 1)),
    origins,
    origins,
    st.booleans(),
)
def test_disagreeing_days_give_a_date_conflict(
    first: dt.date, second: dt.date, one: DateOrigin, other: DateOrigin, with_time: bool
) -> None:
    if first == second:
        second = (
            first + dt.timedelta(days=1) if first < dt.date.max else first - dt.timedelta(days=1)
        )
    value: PublishedDate = (
        dt.datetime(first.year, first.month, first.day, 9, tzinfo=PLUS4) if with_time else first
    )
    found = resolve([c(value, one), c(second, other)])
    assert codes(found).count("date-conflict") == 1
    assert found.value in (value, second)


def test_a_text_whose_date_line_and_dateline_disagree_gets_one_conflict() -> None:
    text = (
        "Ombudsman met a delegation\n21 September 2023 16:21 (UTC+04:00)\n"
        "BAKU, Azerbaijan, September 22. The Ombudsman met a delegation, Trend reports."
    )
    article = ombudsparse.parse(text)
    assert article.published == dt.datetime(2023, 9, 21, 16, 21, tzinfo=PLUS4)
    assert [w.code.value for w in article.warnings] == ["date-conflict"]


def test_a_relative_date_is_from_the_text_not_the_prefix() -> None:
    # Before the one rule, a relative date read from the reference date was
    # recorded in provenance as coming from the extraction prefix.
    text = (
        "Омбудсмен встретилась с судьями\nFirst News Media11:57 - Сегодня\n"
        "Омбудсмен встретилась сегодня с группой судей в Баку и обсудила права заключённых.\n"
        "Встреча прошла в офисе омбудсмена."
    )
    article = ombudsparse.parse(text, reference_date=dt.date(2025, 10, 8))
    assert article.published == dt.datetime(2025, 10, 8, 11, 57, tzinfo=PLUS4)
    assert article.provenance["published"] is Layer.TEXT


def test_a_leap_day_and_a_prefix_of_another_year_are_no_crash() -> None:
    # Before the one rule, this raised a bare ValueError (February 29, 2023).
    article = ombudsparse.parse(
        " date 2023-02 BAKU, Azerbaijan, February 29. The Ombudsman met a guest, Trend reports."
    )
    assert article.published == MonthDay(month=2, day=29)
    assert [w.code.value for w in article.warnings] == ["year-unknown"]


# ---------------------------------------------------------------- ISO 8601 in one place


def test_the_json_schema_uses_the_date_forms_of_the_parser() -> None:
    schema = ombudsparse.json_schema()["$defs"]["Article"]["properties"]["published"]
    forms = next(part for part in schema["anyOf"] if "anyOf" in part)["anyOf"]
    assert [form["pattern"] for form in forms] == [
        pattern for _name, pattern in JSON_DATE_PATTERNS
    ]


@given(st.one_of(aware_datetimes, st.dates(), year_months, month_days))
def test_every_written_date_matches_exactly_one_json_form(value: PublishedDate) -> None:
    text = value.isoformat()
    assert sum(bool(re.match(pattern, text)) for _name, pattern in JSON_DATE_PATTERNS) == 1
    assert parse_published(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-11-20", dt.date(2023, 11, 20)),
        ("2023-11-20T10:00:00+04:00", dt.datetime(2023, 11, 20, 10, tzinfo=PLUS4)),
        ("2023-11-20T10:00:00Z", dt.datetime(2023, 11, 20, 10, tzinfo=dt.timezone.utc)),
        ("2023-11-20 10:00:00", dt.datetime(2023, 11, 20, 10)),
        (" 2023-11-20 ", dt.date(2023, 11, 20)),
    ],
)
def test_parse_iso_reads_dates_and_datetimes(text: str, expected: dt.date) -> None:
    assert parse_iso(text) == expected
    assert type(parse_iso(text)) is type(expected)


@pytest.mark.parametrize("text", ["yesterday", "2023-13-01", "2023-11-20T25:00"])
def test_parse_iso_refuses_what_is_not_iso(text: str) -> None:
    with pytest.raises(ValueError, match=r"isoformat|must be in"):
        parse_iso(text)
