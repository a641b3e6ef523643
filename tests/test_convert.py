"""The converter, JSON and the JSON Schema."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest
from hypothesis import given

import ombudsparse
from ombudsparse import Article, MonthDay, RecordError, YearMonth
from tests.helpers import check_record
from tests.strategies import articles


@given(articles)
def test_any_article_round_trips_and_validates(article: Article) -> None:
    check_record(article)


@pytest.mark.parametrize(
    ("value", "form"),
    [
        (
            dt.datetime(2023, 9, 21, 16, 21, tzinfo=dt.timezone(dt.timedelta(hours=4))),
            "2023-09-21T16:21:00+04:00",
        ),
        (dt.date(2022, 11, 30), "2022-11-30"),
        (YearMonth(year=2019, month=11), "2019-11"),
        (MonthDay(month=11, day=14), "--11-14"),
        (None, None),
    ],
)
def test_published_json_forms(value: object, form: str | None) -> None:
    article = Article(published=value)  # type: ignore[arg-type]
    assert ombudsparse.to_dict(article)["published"] == form
    assert ombudsparse.from_dict(ombudsparse.to_dict(article)).published == value


def test_datetimes_come_back_with_the_same_offset() -> None:
    value = dt.datetime(2015, 7, 12, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    back = ombudsparse.from_json(ombudsparse.to_json(Article(published=value))).published
    assert isinstance(back, dt.datetime)
    assert back.utcoffset() == dt.timedelta(hours=5)
    assert back.isoformat() == "2015-07-12T10:00:00+05:00"


def test_naive_datetime_is_refused_by_the_model() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Article(published=dt.datetime(2023, 1, 1, 10, 0))


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"published": "yesterday"}, "$.published"),
        ({"published": "2023-02-30"}, "$.published"),
        ({"published": "2023-01-01T10:00:00"}, "$.published"),  # naive
        ({"source": "reuters"}, "$.source"),
        ({"body": ["  padded  "]}, "$"),
        ({"view_count": -3}, "$"),
        ({"unknown_field": 1}, "$"),
        ({"warnings": [{"code": "no-such-code", "message": "x"}]}, "$.warnings[0].code"),
    ],
)
def test_invalid_records_raise_record_error_with_a_path(
    data: dict[str, object], path: str
) -> None:
    with pytest.raises(RecordError) as info:
        ombudsparse.from_dict(data)
    assert info.value.problems
    assert any(problem.endswith(f"@ {path}") for problem in info.value.problems), (
        info.value.problems
    )


def test_from_json_refuses_non_json() -> None:
    with pytest.raises(RecordError, match="not JSON"):
        ombudsparse.from_json("{not json")


def test_json_keeps_non_ascii_text() -> None:
    text = ombudsparse.to_json(Article(title="Səbinə Əliyeva"))
    assert "Səbinə Əliyeva" in text
    assert json.loads(text)["title"] == "Səbinə Əliyeva"


def test_schema_lists_every_field_with_its_documentation() -> None:
    schema = ombudsparse.json_schema()
    for cls in (Article, ombudsparse.Dateline, ombudsparse.ParseWarning):
        definition = schema["$defs"][cls.__name__]
        names = [field.name for field in attrs.fields(cls)]
        assert list(definition["properties"]) == names
        assert definition["required"] == names
        for name in names:
            assert definition["properties"][name]["description"], (cls.__name__, name)


def test_schema_enumerates_every_warning_code_and_source() -> None:
    definitions = ombudsparse.json_schema()["$defs"]
    code = definitions["ParseWarning"]["properties"]["code"]
    assert code["enum"] == [c.value for c in ombudsparse.WarningCode]
    source = definitions["Article"]["properties"]["source"]
    assert {"enum": ["trend", "azernews", "ombudsman"]} in source["anyOf"]


@pytest.mark.parametrize("bad", ["2023-9-1", "--13-01", "--02-30x", "2023-13", "tomorrow"])
def test_schema_rejects_malformed_dates(bad: str) -> None:
    import jsonschema

    record = ombudsparse.to_dict(Article())
    record["published"] = bad
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, ombudsparse.json_schema())


def test_records_are_immutable_all_the_way_down_and_still_pickle() -> None:
    import pickle

    article = ombudsparse.parse(
        "BAKU, Azerbaijan, March 3. The Ombudsperson Sabina Aliyeva received the Ambassador "
        "of Norland, Ola Berg, Trend reports. The sides discussed the rights of children."
    )
    with pytest.raises(TypeError):
        article.provenance["title"] = ombudsparse.Layer.META  # type: ignore[index]
    (meeting,) = ombudsparse.extract_meetings(article)
    with pytest.raises(AttributeError):  # no method that changes it
        meeting.topic_evidence.clear()  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(article)) == article
    assert pickle.loads(pickle.dumps(meeting)) == meeting
    assert ombudsparse.from_json(ombudsparse.to_json(article)) == article
