"""Filters by date, source and language: the partial-date rule, streaming, the commands."""

from __future__ import annotations

import calendar
import datetime as dt
import io
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import ombudsparse
from ombudsparse import (
    Article,
    InvalidArgumentError,
    Language,
    MonthDay,
    RecordFilter,
    Source,
    YearMonth,
    select,
)
from ombudsparse.cli import main
from ombudsparse.filters import parse_bound

BAKU = dt.timezone(dt.timedelta(hours=4))
DAYS = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2026, 12, 31))


# ------------------------------------------------------------------ bounds


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2024-05-12", False, dt.date(2024, 5, 12)),
        ("2024-05-12", True, dt.date(2024, 5, 12)),
        ("2024-05", False, dt.date(2024, 5, 1)),
        ("2024-02", True, dt.date(2024, 2, 29)),
        ("2023-02", True, dt.date(2023, 2, 28)),
        ("2024", False, dt.date(2024, 1, 1)),
        ("2024", True, dt.date(2024, 12, 31)),
    ],
)
def test_bounds_read_days_months_and_years(text: str, end: bool, expected: dt.date) -> None:
    assert parse_bound(text, end=end) == expected


@pytest.mark.parametrize("text", ["2024-02-30", "2024-13", "May 2024", "24", "", "2024-5-1x"])
def test_bad_bounds_are_our_error_naming_the_value(text: str) -> None:
    with pytest.raises(InvalidArgumentError, match=re.escape(repr(text))):
        parse_bound(text)


# ------------------------------------------------------------------ the date rule


@given(DAYS, DAYS, DAYS)
def test_a_day_is_kept_exactly_when_it_lies_in_the_range(
    day: dt.date, first: dt.date, last: dt.date
) -> None:
    assume(first <= last)
    keep = RecordFilter(since=first, until=last)
    assert keep.accepts_date(day) is (first <= day <= last)
    moment = dt.datetime(day.year, day.month, day.day, 23, 59, tzinfo=BAKU)
    assert keep.accepts_date(moment) is (first <= day <= last)  # its own offset's day


@given(DAYS, DAYS, DAYS)
def test_a_month_is_kept_when_it_overlaps_the_range(
    day: dt.date, first: dt.date, last: dt.date
) -> None:
    assume(first <= last)
    month = YearMonth(year=day.year, month=day.month)
    month_days = [
        dt.date(day.year, day.month, d)
        for d in range(1, calendar.monthrange(day.year, day.month)[1] + 1)
    ]
    overlaps = any(first <= d <= last for d in month_days)
    assert RecordFilter(since=first, until=last).accepts_date(month) is overlaps


@given(st.sampled_from([MonthDay(month=5, day=12), None]), DAYS, st.booleans())
def test_year_less_and_undated_records_follow_keep_undated(
    value: MonthDay | None, first: dt.date, keep_undated: bool
) -> None:
    assert RecordFilter(since=first, keep_undated=keep_undated).accepts_date(value) is keep_undated
    assert RecordFilter(keep_undated=keep_undated).accepts_date(value)  # no range: all kept


def test_only_since_or_only_until_leave_the_other_end_open() -> None:
    assert RecordFilter(since=dt.date(2024, 1, 1)).accepts_date(dt.date(2099, 1, 1))
    assert not RecordFilter(since=dt.date(2024, 1, 1)).accepts_date(dt.date(2023, 12, 31))
    assert RecordFilter(until=dt.date(2024, 1, 1)).accepts_date(dt.date(1999, 1, 1))
    assert not RecordFilter(until=dt.date(2024, 1, 1)).accepts_date(YearMonth(year=2024, month=2))


# ------------------------------------------------------------------ sources, languages, errors


def _article(source: Source | None, language: Language | None) -> Article:
    return Article(body=("The Ombudsman met a delegation.",), source=source, language=language)


def test_sources_with_none_keep_articles_of_no_known_source() -> None:
    keep = RecordFilter(sources={Source.TREND, None})
    assert keep.accepts(_article(Source.TREND, None))
    assert keep.accepts(_article(None, None))
    assert not keep.accepts(_article(Source.AZERNEWS, None))


def test_languages_keep_only_those_languages() -> None:
    keep = RecordFilter(languages=[Language.AZ, Language.RU])
    assert keep.accepts(_article(None, Language.RU))
    assert not keep.accepts(_article(None, Language.EN))
    assert not keep.accepts(_article(None, None))


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"since": "2024-01-01"}, "since"),
        ({"until": dt.datetime(2024, 1, 1, tzinfo=BAKU)}, "until"),
        ({"sources": ["trend"]}, "sources"),
        ({"languages": ["en"]}, "languages"),
        ({"since": dt.date(2024, 2, 1), "until": dt.date(2024, 1, 1)}, "since"),
    ],
)
def test_wrong_arguments_are_our_error_naming_the_field(
    arguments: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        select([], **arguments)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_records_must_be_iterable() -> None:
    with pytest.raises(InvalidArgumentError, match="not NoneType"):
        select(None)  # type: ignore[arg-type]


def test_a_filter_judges_records_only() -> None:
    with pytest.raises(InvalidArgumentError, match="not str"):
        RecordFilter().accepts("text")  # type: ignore[arg-type]


def test_select_streams_an_endless_iterator() -> None:
    def endless() -> Iterator[Article]:
        for number in itertools.count():
            yield Article(
                body=(f"Item {number}.",),
                published=dt.date(2020, 1, 1) + dt.timedelta(days=number % 3000),
            )

    kept = select(endless(), since=dt.date(2021, 1, 1))
    first = list(itertools.islice(kept, 3))
    assert [a.published for a in first] == [
        dt.date(2021, 1, 1),
        dt.date(2021, 1, 2),
        dt.date(2021, 1, 3),
    ]


def test_meetings_and_clusters_are_judged_by_their_dates() -> None:
    text = (
        "12 May 2024 17:02 (UTC+04:00)\nThe Ombudswoman Sabina Aliyeva met with the "
        "Norland Ambassador, Ola Bergh, Azernews reports."
    )
    meetings = ombudsparse.extract_meetings(ombudsparse.parse(text))
    assert len(list(select(meetings, since=dt.date(2024, 5, 12)))) == 1
    assert list(select(meetings, since=dt.date(2024, 5, 13))) == []
    clusters = ombudsparse.cluster_meetings([ombudsparse.parse(text)])
    assert len(list(select(clusters, until=dt.date(2024, 5, 12), sources=[Source.AZERNEWS]))) == 1
    assert list(select(clusters, sources=[Source.TREND])) == []


# ------------------------------------------------------------------ the commands

_TEXTS = {
    "a.txt": "12 May 2024 17:02 (UTC+04:00)\nThe Ombudswoman met a delegation, Azernews reports.",
    "b.txt": "3 March 2023 10:00 (UTC+04:00)\nThe Ombudswoman met a delegation, Azernews reports.",
    "c.txt": "BAKU, Azerbaijan, May 14. The Ombudsperson Sabina Aliyeva received the "
    "Ambassador of Norland, Ola Berg, Trend reports.",
    "d.txt": "Bakı. Trend:\nOmbudsman Səbinə Əliyeva Norland səfiri Ola Berg ilə görüşüb.",
}


def _folder(tmp_path: Path) -> Path:
    for name, text in _TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _command(*argv: str) -> tuple[int, list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    names = [Path(json.loads(line)["input"]).name for line in out.getvalue().splitlines()]
    return status, names, err.getvalue()


def test_parse_since_until_keeps_the_days_in_range_and_counts_the_rest(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    status, names, err = _command("parse", "--since", "2024", "--until", "2024-05", str(folder))
    assert (status, names) == (0, ["a.txt"])  # c.txt's year is unknown; d.txt has no date
    assert err.strip().endswith("4 parsed, 0 skipped, 0 failed, 3 filtered out")


def test_keep_undated_and_a_reference_date_bring_year_less_dates_in(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    assert _command("parse", "--since", "2024", "--keep-undated", str(folder))[1] == [
        "a.txt",
        "c.txt",
        "d.txt",
    ]
    reference = ("--reference-date", "2024-06-01")
    assert _command("parse", "--since", "2024", *reference, str(folder))[1] == ["a.txt", "c.txt"]


def test_source_is_repeatable_and_unknown_keeps_unattributed_texts(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "e.txt").write_text("The Ombudsman met a delegation.", encoding="utf-8")
    status, names, _ = _command("parse", "--source", "trend", "--source", "unknown", str(folder))
    assert (status, names) == (0, ["c.txt", "d.txt", "e.txt"])
    assert _command("parse", "--source", "azernews", str(folder))[1] == ["a.txt", "b.txt"]


def test_language_filter(tmp_path: Path) -> None:
    assert _command("parse", "--language", "az", str(_folder(tmp_path)))[1] == ["d.txt"]


def test_meetings_are_filtered_by_their_article(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    status = main(["meetings", "--source", "trend", "--language", "en", str(folder)], stdout=out,
                  stderr=err)  # fmt: skip
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert status == 0
    assert [Path(row["input"]).name for row in rows] == ["c.txt"]
    assert rows[0]["counterparts"][0]["name"] == "Ola Berg"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--since", "2024-02-30"], "not a date: '2024-02-30'"),
        (["--since", "2024-02", "--until", "2024-01"], "is after until"),
        (["--source", "reuters"], "invalid choice: 'reuters'"),
    ],
)
def test_bad_filters_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    err = io.StringIO()
    try:
        status = main(["parse", *argv, str(_folder(tmp_path))], stdout=io.StringIO(), stderr=err)
    except SystemExit as exit_:  # argparse's own usage errors
        status = int(str(exit_.code))
    assert status == 2
    assert message in err.getvalue() + capsys.readouterr().err


def test_the_report_keeps_only_the_filtered_meetings(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    (tmp_path / "in").mkdir()
    folder = _folder(tmp_path / "in")
    records = tmp_path / "articles.jsonl"
    assert main(["parse", str(folder), "-o", str(records)], stderr=io.StringIO()) == 0
    pages = {}
    for name, argv in (("all", []), ("trend", ["--source", "trend"])):
        target = tmp_path / f"{name}.html"
        err = io.StringIO()
        assert main(["report", str(records), *argv, "-o", str(target)], stderr=err) == 0
        pages[name] = target.read_text(encoding="utf-8")
        if argv:
            assert err.getvalue().strip().endswith("2 filtered out")  # a.txt and b.txt
    assert "Ola Berg" in pages["trend"]
    assert '<p id="totals">4 articles' in pages["all"]
    assert '<p id="totals">2 articles' in pages["trend"]


def test_meetings_cannot_be_filtered_by_source_or_language() -> None:
    text = "12 May 2024 17:02 (UTC+04:00)\nThe Ombudswoman met Ola Bergh, Azernews reports."
    meetings = ombudsparse.extract_meetings(ombudsparse.parse(text))
    with pytest.raises(InvalidArgumentError, match="filter the articles"):
        list(select(meetings, sources=[Source.AZERNEWS]))
