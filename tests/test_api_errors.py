"""The API raises only our errors: every public function, fed wrong types and odd values."""

from __future__ import annotations

import datetime as dt
import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ombudsparse
from ombudsparse import ArgumentTypeError, Article, OmbudsparseError, ReadError, RecordError
from tests.helpers import check_record

TREND = (
    "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the Ambassador "
    "of Norland, Ola Berg, Trend reports."
)
ARTICLE = ombudsparse.parse(TREND, reference_date=dt.date(2024, 5, 20))


def _valid_arguments(tmp: Path) -> dict[str, dict[str, Any]]:
    """Arguments each public function accepts: the test replaces one at a time."""
    page = tmp / "page.txt"
    page.write_text(TREND, encoding="utf-8")
    return {
        "parse": {
            "data": TREND,
            "url": "https://en.trend.az/azerbaijan/politics/1.html",
            "source": "trend",
            "reference_date": dt.date(2024, 5, 20),
            "encoding": None,
            "generic": False,
        },
        "parse_file": {"path": str(page), "source": None, "reference_date": None},
        "detect_source": {"text": TREND, "url": None, "site_name": None},
        "extract_meetings": {"article": ARTICLE},
        "find_figures": {"article": ARTICLE},
        "cluster_meetings": {"articles": [ARTICLE]},
        "drift_report": {"articles": [ARTICLE], "failures": 0},
        "to_dataframe": {"records": [ARTICLE], "tz": "UTC"},
        "to_dict": {"record": ARTICLE},
        "to_json": {"record": ARTICLE, "indent": None},
        "from_dict": {"data": ombudsparse.to_dict(ARTICLE), "cls": Article},
        "from_json": {"text": ombudsparse.to_json(ARTICLE), "cls": Article},
        "json_schema": {"cls": Article},
        "parse_paths": {
            "paths": [str(page)],
            "jobs": 1,
            "url": None,
            "source": "trend",
            "reference_date": dt.date(2024, 5, 20),
            "encoding": None,
            "generic": False,
            "timeout": None,
            "stdin": None,
        },
        "iter_meetings": {
            "paths": [str(page)],
            "jobs": 1,
            "url": "https://en.trend.az/azerbaijan/politics/1.html",
            "source": None,
            "reference_date": None,
            "encoding": "utf-8",
            "generic": False,
            "timeout": 0,
            "stdin": None,
        },
        "select": {
            "records": [ARTICLE],
            "since": dt.date(2024, 1, 1),
            "until": None,
            "sources": None,
            "languages": None,
            "keep_undated": False,
        },
    }


PUBLIC_FUNCTIONS = sorted(
    name for name in ombudsparse.__all__ if inspect.isfunction(getattr(ombudsparse, name))
)


def test_every_public_function_is_covered(tmp_path: Path) -> None:
    assert sorted(_valid_arguments(tmp_path)) == PUBLIC_FUNCTIONS


@pytest.mark.parametrize("name", PUBLIC_FUNCTIONS)
def test_each_public_function_accepts_its_valid_arguments(name: str, tmp_path: Path) -> None:
    if name == "to_dataframe":
        pytest.importorskip("pandas")
    getattr(ombudsparse, name)(**_valid_arguments(tmp_path)[name])


_ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**30),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.binary(max_size=30),
    st.lists(st.integers(), max_size=3),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=st.timezones()),
    st.sampled_from(
        [
            object(),
            dt.date.min,
            dt.date.max,
            dt.datetime.max.replace(tzinfo=dt.timezone.utc),
            dt.datetime.min.replace(tzinfo=dt.timezone(dt.timedelta(hours=-12))),
            Article,
            int,
            ARTICLE,
            [ARTICLE, 5],
            "nope",
            "\x00",
            "x" * 5000,
            "/dev/null",
            "/nonexistent/x",
            "punycode",
            "utf-7",
            b"\xff\xfe\x00",
        ]
    ),
)


def _call(function: Callable[..., Any], arguments: dict[str, Any]) -> None:
    try:
        result = function(**arguments)
        if function in (ombudsparse.select, ombudsparse.parse_paths, ombudsparse.iter_meetings):
            list(result)  # its records are judged, or its inputs read, as they are taken
    except OmbudsparseError:
        pass
    except ModuleNotFoundError:  # pragma: no cover - an extra (pandas) not installed
        pass


@pytest.mark.parametrize("name", PUBLIC_FUNCTIONS)
@given(data=st.data())
def test_a_public_function_raises_only_our_errors_whatever_one_argument_is(
    name: str, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    if name == "to_dataframe":
        pytest.importorskip("pandas")
    arguments = _valid_arguments(tmp_path_factory.mktemp("api"))[name]
    parameter = data.draw(st.sampled_from(sorted(arguments)), label="parameter")
    arguments[parameter] = data.draw(_ODD_VALUES, label="value")
    _call(getattr(ombudsparse, name), arguments)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: ombudsparse.parse(123), ArgumentTypeError),  # type: ignore[arg-type]
        (lambda: ombudsparse.parse(None), ArgumentTypeError),  # type: ignore[arg-type]
        (lambda: ombudsparse.parse(TREND, url=b"https://x"), ArgumentTypeError),  # type: ignore[arg-type]
        (lambda: ombudsparse.parse(TREND, source="nope"), ombudsparse.InvalidArgumentError),
        (lambda: ombudsparse.parse(TREND, reference_date="2024"), ArgumentTypeError),  # type: ignore[arg-type]
        (lambda: ombudsparse.parse(b"x", encoding=5), ArgumentTypeError),  # type: ignore[arg-type]
        (lambda: ombudsparse.parse(b"hello world", encoding="punycode"), ombudsparse.DecodeError),
        (lambda: ombudsparse.parse_file("/nonexistent/file.txt"), ReadError),
        (lambda: ombudsparse.parse_file("a\x00b"), ombudsparse.InvalidArgumentError),
        (lambda: ombudsparse.parse_file("x" * 5000), ReadError),
        (lambda: ombudsparse.parse_file(5), ArgumentTypeError),  # type: ignore[arg-type]
        (lambda: ombudsparse.extract_meetings(TREND), ArgumentTypeError),  # type: ignore[arg-type]
        (lambda: ombudsparse.cluster_meetings([ARTICLE, 5]), ArgumentTypeError),  # type: ignore[list-item]
        (lambda: ombudsparse.cluster_meetings(TREND), ArgumentTypeError),  # type: ignore[arg-type]
        (lambda: ombudsparse.to_json(5), ArgumentTypeError),
        (lambda: ombudsparse.from_json(None), ArgumentTypeError),  # type: ignore[arg-type]
        (lambda: ombudsparse.from_json("{}", cls=int), ArgumentTypeError),
        (lambda: ombudsparse.json_schema(int), ArgumentTypeError),
        (lambda: ombudsparse.detect_source(None), ArgumentTypeError),  # type: ignore[arg-type]
    ],
)
def test_a_callers_mistake_raises_the_documented_error(
    call: Callable[[], object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        call()


def test_a_wrong_type_is_also_a_type_error_and_an_unreadable_file_an_os_error() -> None:
    with pytest.raises(TypeError):
        ombudsparse.parse(123)  # type: ignore[arg-type]
    with pytest.raises(OSError, match="cannot read") as caught:
        ombudsparse.parse_file("/nonexistent/file.txt")
    assert caught.value.errno == 2


def test_parse_file_refuses_a_fifo_instead_of_blocking(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ombudsparse.InvalidArgumentError, match="not a regular file"):
        ombudsparse.parse_file(fifo)


@pytest.mark.parametrize(
    "reference", [dt.date.min, dt.date.max, dt.datetime.min.replace(tzinfo=dt.timezone.utc)]
)
def test_a_reference_date_at_the_calendars_ends_parses(reference: dt.date) -> None:
    text = "Вчера 09:05\nОмбудсмен встретился с послом.\n" + TREND
    check_record(ombudsparse.parse(text, reference_date=reference))
    check_record(ombudsparse.parse(TREND, reference_date=reference))


def test_a_reference_datetime_whose_baku_day_is_past_9999_is_an_invalid_argument() -> None:
    late = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    with pytest.raises(ombudsparse.InvalidArgumentError, match="out of range"):
        ombudsparse.parse(TREND, reference_date=late)


# ---- the record contract: from_json validates, never coerces ----------------------------


@pytest.mark.parametrize(
    ("document", "path"),
    [
        ({"body": "abc"}, "$.body"),
        ({"authors": [["Ola"]]}, "$.authors[0]"),
        ({"title": 5}, "$.title"),
        ({"view_count": 1.5}, "$.view_count"),
        ({"view_count": True}, "$.view_count"),
        ({"view_count": "12"}, "$.view_count"),
        ({"view_count": 2**64}, "$.view_count"),
        ({"provenance": {"nope": "text"}}, "$.provenance"),
        ({"provenance": {"title": "nope"}}, "$.provenance"),
        ({"dateline": "BAKU"}, "$.dateline"),
        ({"warnings": "abc"}, "$.warnings"),
        ({"warnings": [{"code": "year-unknown", "message": 5}]}, "$.warnings[0].message"),
        ({"unknown": 1}, "$"),
        ([], "$"),
    ],
)
def test_from_json_refuses_what_it_once_coerced(document: object, path: str) -> None:
    with pytest.raises(RecordError) as caught:
        ombudsparse.from_json(json.dumps(document))
    assert caught.value.field == path or any(path in line for line in caught.value.problems)


def test_from_json_refuses_an_absurd_integer_with_its_path() -> None:
    with pytest.raises(RecordError) as caught:
        ombudsparse.from_json('{"view_count": ' + "9" * 5000 + "}")
    assert caught.value.field == "$.view_count"


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_from_json_of_deep_nesting_is_a_record_error(depth: int) -> None:
    with pytest.raises(RecordError):
        ombudsparse.from_json('{"authors": ' + "[" * depth + "]" * depth + "}")


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(
                st.sampled_from(["title", "body", "view_count", "provenance", "dateline", "x"]),
                inner,
                max_size=3,
            )
        ),
        max_leaves=12,
    )
)
def test_from_json_of_any_json_gives_a_record_or_a_record_error(document: object) -> None:
    try:
        article = ombudsparse.from_json(json.dumps(document))
    except RecordError:
        return
    check_record(article)


# ---- every parsed record round-trips, over the whole calendar -----------------------------

_OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)


def _page(published: str) -> str:
    return (
        '<html><head><script type="application/ld+json">'
        + json.dumps({"@type": "NewsArticle", "headline": "A visit", "datePublished": published})
        + f'</script><meta property="article:published_time" content="{published}"></head>'
        "<body><div class='article-content article-paddings'><p>BAKU, Azerbaijan. "
        "The Ombudsperson received guests.</p></div></body></html>"
    )


@given(
    moment=st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)),
    zone=st.none() | _OFFSETS,
    reference=st.none() | st.dates(),
)
def test_a_page_dated_anywhere_in_years_1_to_9999_round_trips(
    moment: dt.datetime, zone: dt.timezone | None, reference: dt.date | None
) -> None:
    stamp = moment.replace(microsecond=0, tzinfo=zone).isoformat()
    article = ombudsparse.parse(
        _page(stamp),
        url="https://en.trend.az/azerbaijan/politics/1.html",
        reference_date=reference,
    )
    check_record(article)
    assert isinstance(article.published, dt.datetime)
    assert article.published.replace(tzinfo=None) == moment.replace(microsecond=0)


@given(day=st.dates(), hour=st.integers(0, 23), minute=st.integers(0, 59))
def test_a_text_dated_anywhere_in_years_1_to_9999_round_trips(
    day: dt.date, hour: int, minute: int
) -> None:
    text = (
        f"{day.day} {day:%B} {day.year:04d} {hour:02d}:{minute:02d}\n"
        "The Ombudswoman met a delegation, Azernews reports."
    )
    article = ombudsparse.parse(text, source="azernews")
    check_record(article)
    assert isinstance(article.published, dt.datetime)
    assert article.published.utcoffset() == article.published.utcoffset() // dt.timedelta(
        minutes=1
    ) * dt.timedelta(minutes=1)


def test_a_baku_time_before_1924_has_its_local_mean_offset_rounded_to_the_minute() -> None:
    article = ombudsparse.parse(
        "1 May 1900 10:00\nThe Ombudswoman met a delegation, Azernews reports.",
        source="azernews",
    )
    assert ombudsparse.to_dict(article)["published"] == "1900-05-01T10:00:00+03:19"
    assert "offset-mismatch" not in [w.code.value for w in article.warnings]
    check_record(article)
