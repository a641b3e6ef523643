"""DataFrames of records: dates rebuilt exactly from the frame, for seeds and generated records."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ombudsparse
from ombudsparse import (
    Article,
    InvalidArgumentError,
    MonthDay,
    PublishedDate,
    YearMonth,
    cluster_meetings,
    extract_meetings,
    to_dataframe,
    to_dict,
)
from ombudsparse.frames import (
    ARTICLE_FRAME_COLUMNS,
    CLUSTER_FRAME_COLUMNS,
    MEETING_FRAME_COLUMNS,
    PRECISIONS,
)
from ombudsparse.writers import flatten_article
from tests.strategies import articles, aware_datetimes

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
ZONES = ("Asia/Baku", "UTC", "America/New_York", "Pacific/Kiritimati")


def seed_articles() -> list[Article]:
    return [ombudsparse.parse_file(path) for path in SEEDS]


def missing(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or pd.isna(value)


def date_from_row(row: pd.Series[Any], name: str) -> PublishedDate | None:
    """Rebuild a record's date from its frame row: the precision says which columns hold it."""
    precision = row[f"{name}_precision"]
    if missing(precision):
        assert missing(row[name]), row
        assert all(missing(row[part]) for part in ("year", "month", "day")), row
        return None
    if precision == "minute":
        stamp = row[name]
        assert isinstance(stamp, pd.Timestamp), row
        return stamp.to_pydatetime()
    if precision == "day":
        return dt.date(int(row["year"]), int(row["month"]), int(row["day"]))
    if precision == "month":
        assert missing(row["day"]), row
        return YearMonth(year=int(row["year"]), month=int(row["month"]))
    assert precision == "month-day", row
    assert missing(row["year"]), row
    return MonthDay(month=int(row["month"]), day=int(row["day"]))


def assert_dates_rebuilt(
    frame: pd.DataFrame, name: str, dates: list[PublishedDate | None]
) -> None:
    assert len(frame) == len(dates)
    for (_index, row), date in zip(frame.iterrows(), dates, strict=True):
        rebuilt = date_from_row(row, name)
        assert type(rebuilt) is type(date), (rebuilt, date)
        assert rebuilt == date
        if isinstance(date, dt.datetime):
            # The calendar day columns are the day the record prints, in its own offset.
            assert (row["year"], row["month"], row["day"]) == (date.year, date.month, date.day)


# ---------------------------------------------------------------- articles


def test_seed_articles_frame_rebuilds_every_published_date() -> None:
    records = seed_articles()
    frame = to_dataframe(records)
    assert tuple(frame.columns) == ARTICLE_FRAME_COLUMNS
    assert_dates_rebuilt(frame, "published", [article.published for article in records])


def test_seed_precisions_cover_moment_day_and_year_less_dates() -> None:
    frame = to_dataframe(seed_articles())
    assert {"minute", "day", "month-day"} <= set(frame["published_precision"].dropna())


@settings(deadline=None)  # building frames takes a varying while
@given(st.lists(articles, max_size=8), st.sampled_from(ZONES))
def test_generated_articles_frame_rebuilds_every_published_date(
    records: list[Article], zone: str
) -> None:
    frame = to_dataframe(records, tz=zone)
    assert list(frame.columns) == list(ARTICLE_FRAME_COLUMNS)
    assert_dates_rebuilt(frame, "published", [article.published for article in records])


@given(aware_datetimes, st.sampled_from(ZONES))
def test_full_datetime_keeps_its_instant_in_any_frame_timezone(
    moment: dt.datetime, zone: str
) -> None:
    stamp = to_dataframe([Article(published=moment)], tz=zone)["published"].iloc[0]
    assert stamp == moment
    assert stamp.to_pydatetime() - moment == dt.timedelta(0)
    assert stamp.utcoffset() == moment.astimezone(stamp.tzinfo).utcoffset()


def test_trend_dateline_without_year_keeps_month_and_day_not_nat() -> None:
    article = ombudsparse.parse(
        "BAKU, Azerbaijan, November 14. The Ombudsperson met a delegation, Trend reports."
    )
    row = to_dataframe([article]).iloc[0]
    assert pd.isna(row["published"])
    assert row["published_precision"] == "month-day"
    assert (pd.isna(row["year"]), row["month"], row["day"]) == (True, 11, 14)


def test_day_is_a_timestamp_at_midnight_in_the_frame_timezone() -> None:
    article = Article(published=dt.date(2022, 11, 30))
    baku = to_dataframe([article])["published"].iloc[0]
    utc = to_dataframe([article], tz="UTC")["published"].iloc[0]
    assert baku.isoformat() == "2022-11-30T00:00:00+04:00"
    assert utc.isoformat() == "2022-11-30T00:00:00+00:00"


def test_dates_outside_the_nanosecond_range_stay_timestamps() -> None:
    records = [Article(published=dt.date(1500, 1, 1)), Article(published=dt.date(9999, 12, 31))]
    stamps = to_dataframe(records)["published"]
    assert [stamp.date() for stamp in stamps] == [dt.date(1500, 1, 1), dt.date(9999, 12, 31)]


def test_day_whose_instant_precedes_year_1_in_utc_is_nat_but_keeps_its_day() -> None:
    row = to_dataframe([Article(published=dt.date(1, 1, 1))]).iloc[0]
    assert pd.isna(row["published"])
    assert (row["published_precision"], row["year"], row["month"], row["day"]) == ("day", 1, 1, 1)


def test_moment_the_zone_puts_past_year_9999_is_nat_but_keeps_its_day() -> None:
    moment = dt.datetime(9999, 12, 31, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=-12)))
    row = to_dataframe([Article(published=moment)]).iloc[0]
    assert pd.isna(row["published"])
    assert row["published_precision"] == "minute"
    assert (row["year"], row["month"], row["day"]) == (9999, 12, 31)


def test_precision_is_ordered_from_month_day_to_minute() -> None:
    frame = to_dataframe(seed_articles())
    precision = frame["published_precision"]
    assert list(precision.cat.categories) == list(PRECISIONS)
    assert precision.cat.ordered
    at_least_day = frame.loc[precision >= "day", "published"]
    assert at_least_day.notna().all()


@given(articles)
def test_other_columns_are_the_csv_flattening_with_empty_cells_missing(article: Article) -> None:
    row = to_dataframe([article]).iloc[0]
    flat = flatten_article(to_dict(article))
    for column in ARTICLE_FRAME_COLUMNS:
        if column in ("published", "published_precision", "year", "month", "day"):
            continue
        if flat[column] == "":
            assert missing(row[column]), column
        else:
            assert row[column] == flat[column], column


def test_no_records_give_an_empty_frame_with_the_article_columns() -> None:
    frame = to_dataframe([])
    assert frame.empty
    assert tuple(frame.columns) == ARTICLE_FRAME_COLUMNS


# ---------------------------------------------------------------- meetings and clusters


def test_seed_meetings_frame_has_one_row_per_meeting_and_rebuilds_dates() -> None:
    meetings = [meeting for article in seed_articles() for meeting in extract_meetings(article)]
    assert meetings
    frame = to_dataframe(meetings)
    assert tuple(frame.columns) == MEETING_FRAME_COLUMNS
    assert_dates_rebuilt(frame, "date", [meeting.date for meeting in meetings])
    assert list(frame["mode"]) == [meeting.mode.value for meeting in meetings]


def test_seed_clusters_frame_has_one_row_per_cluster_and_rebuilds_dates() -> None:
    clusters = cluster_meetings(seed_articles())
    assert clusters
    frame = to_dataframe(clusters)
    assert tuple(frame.columns) == CLUSTER_FRAME_COLUMNS
    assert_dates_rebuilt(frame, "date", [cluster.date for cluster in clusters])
    assert list(frame["report_count"]) == [len(cluster.reports) for cluster in clusters]
    assert list(frame["cluster_id"]) == [cluster.cluster_id for cluster in clusters]


def test_cluster_of_two_outlets_lists_both_sources_once_each() -> None:
    trend = ombudsparse.parse(
        "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the "
        "Ambassador of Norland, Ola Berg, Trend reports.",
        reference_date=dt.date(2024, 5, 20),
    )
    azernews = ombudsparse.parse(
        "12 May 2024 17:02 (UTC+04:00)\nThe Ombudswoman Sabina Aliyeva met with the "
        "Norland Ambassador, Ola Bergh, Azernews reports."
    )
    (cluster,) = cluster_meetings([trend, azernews])
    row = to_dataframe([cluster]).iloc[0]
    assert (row["report_count"], row["sources"]) == (2, "trend; azernews")
    assert row["report_sources"] == "trend; azernews"
    assert row["date_precision"] == "minute"
    assert row["date"] == cluster.date


@settings(deadline=None)  # extracting meetings and building frames take a varying while
@given(st.lists(articles, min_size=1, max_size=4))
def test_generated_meetings_and_clusters_rebuild_their_dates(records: list[Article]) -> None:
    meetings = [meeting for article in records for meeting in extract_meetings(article)]
    assert_dates_rebuilt(to_dataframe(meetings), "date", [m.date for m in meetings])
    clusters = cluster_meetings(records)
    assert_dates_rebuilt(to_dataframe(clusters), "date", [c.date for c in clusters])


# ---------------------------------------------------------------- errors and the extra


def test_mixed_kinds_raise_invalid_argument() -> None:
    article = seed_articles()[2]
    (meeting, *_rest) = extract_meetings(article)
    with pytest.raises(InvalidArgumentError, match="one kind of record per call"):
        to_dataframe([article, meeting])  # type: ignore[list-item]


@pytest.mark.parametrize("record", [{"title": "a dict"}, "a string", None])
def test_unknown_kind_raises_invalid_argument(record: object) -> None:
    with pytest.raises(InvalidArgumentError, match="articles, meetings or meeting clusters"):
        to_dataframe([record])  # type: ignore[list-item]


def test_unknown_timezone_raises_invalid_argument() -> None:
    with pytest.raises(InvalidArgumentError, match="unknown timezone") as caught:
        to_dataframe([], tz="Mars/Olympus_Mons")
    assert caught.value.field == "tz"


def test_without_pandas_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(InvalidArgumentError, match=r"pip install 'ombudsparse\[pandas\]'"):
        to_dataframe([])


def test_importing_ombudsparse_does_not_import_pandas() -> None:
    code = "import sys, ombudsparse; assert 'pandas' not in sys.modules, 'pandas imported'"
    subprocess.run([sys.executable, "-c", code], check=True)
