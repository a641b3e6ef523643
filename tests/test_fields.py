"""The one walk over the model, and the registry of record types every output reads."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

from ombudsparse import Article, Dateline, Language, Layer, Source, fields, records, to_dict
from ombudsparse.errors import ArgumentTypeError, InvalidArgumentError
from ombudsparse.fields import Column, Shape, ShapeKind, Table, record_fields, shape_of
from ombudsparse.meetings import Meeting, MeetingCluster
from ombudsparse.model import PublishedDate
from ombudsparse.records import ARTICLE, CLUSTER, MEETING, RECORD_TYPES, RecordType, record_type
from ombudsparse.schema import json_schema
from ombudsparse.writers import arrow_schema, open_writer


@pytest.mark.parametrize(
    ("hint", "kind", "optional"),
    [
        (str, ShapeKind.TEXT, False),
        (int, ShapeKind.INTEGER, False),
        (bool, ShapeKind.BOOLEAN, False),
        (str | None, ShapeKind.TEXT, True),
        (PublishedDate, ShapeKind.DATE, False),
        (PublishedDate | None, ShapeKind.DATE, True),
        (dt.datetime, ShapeKind.DATE, False),
        (Source, ShapeKind.CHOICE, False),
        (Language | None, ShapeKind.CHOICE, True),
        (tuple[str, ...], ShapeKind.LIST, False),
        (Mapping[str, Layer], ShapeKind.MAP, False),
        (Dateline | None, ShapeKind.RECORD, True),
    ],
)
def test_shape_of_each_kind_of_hint_in_the_model(
    hint: Any, kind: ShapeKind, optional: bool
) -> None:
    shape = shape_of(hint)
    assert (shape.kind, shape.optional) == (kind, optional)


def test_shape_of_a_list_of_optional_choices_keeps_the_item() -> None:
    shape = shape_of(tuple[Source | None, ...])
    assert shape.item == Shape(kind=ShapeKind.CHOICE, optional=True, cls=Source)
    assert shape.item.choices() == ("trend", "azernews", "ombudsman")


@pytest.mark.parametrize(
    "hint", [list[str], set[str], dict, str | int, tuple[str, int], float, bytes]
)
def test_shape_of_refuses_hints_that_are_not_immutable_json(hint: Any) -> None:
    with pytest.raises(ArgumentTypeError, match="no shape"):
        shape_of(hint)


@pytest.mark.parametrize("value", [int, "Article", [Article], None])
def test_record_fields_takes_a_record_class_only(value: Any) -> None:
    with pytest.raises(ArgumentTypeError, match="is not a record class"):
        record_fields(value)


@pytest.mark.parametrize("record", list(RECORD_TYPES.values()), ids=list(RECORD_TYPES))
def test_json_schema_and_arrow_schema_list_the_same_fields_in_record_order(
    record: RecordType,
) -> None:
    names = [field.name for field in record_fields(record.cls)]
    schema = json_schema(record.cls)["$defs"][record.cls.__name__]
    assert list(schema["properties"]) == names
    assert schema["required"] == names
    pytest.importorskip("pyarrow")
    assert arrow_schema(record.cls).names == names


def test_table_refuses_a_misspelt_path() -> None:
    with pytest.raises(InvalidArgumentError, match="Dateline has no field 'plaec'"):
        Table(Dateline, (Column("text"), Column("place", "plaec")), omit=("date_text",))


def test_table_refuses_a_field_neither_shown_nor_omitted() -> None:
    with pytest.raises(InvalidArgumentError, match="fields in no column: place, date_text"):
        Table(Dateline, (Column("text"),))


def test_table_refuses_items_of_a_value_that_is_not_a_list() -> None:
    with pytest.raises(InvalidArgumentError, match="'text' is not a list"):
        Table(Dateline, (Column("text", "text[]"),), omit=("place", "date_text"))


def test_table_refuses_a_field_of_a_value_that_is_not_a_record() -> None:
    with pytest.raises(InvalidArgumentError, match="not a record"):
        Table(Dateline, (Column("text", "text.place"),), omit=("place", "date_text"))


def test_table_refuses_a_derived_column_without_its_shape() -> None:
    with pytest.raises(InvalidArgumentError, match="needs its shape"):
        Table(Dateline, (Column("text", derive=str.upper),), omit=("place", "date_text"))


def test_record_type_by_name_or_by_class() -> None:
    assert record_type("article") is ARTICLE
    assert record_type(Meeting) is MEETING
    assert record_type(MeetingCluster) is CLUSTER
    with pytest.raises(InvalidArgumentError, match="no record type 'visit'"):
        record_type("visit")


def test_each_record_type_with_a_date_names_its_date_column() -> None:
    assert [(r.name, r.date) for r in RECORD_TYPES.values()] == [
        ("article", "published"),
        ("meeting", "date"),
        ("cluster", "date"),
        ("figures", None),
    ]


def test_flatten_reads_paths_through_lists_indexes_and_nested_records() -> None:
    record = {
        "reports": [{"url": "https://a.az/1", "sentence": "First."}, {"url": None}],
        "counterparts": [{"name": "Ola Berg", "role": None}, {"name": "Ann", "role": "MP"}],
    }
    row = CLUSTER.flatten(record)
    assert row["urls"] == "https://a.az/1; -"
    assert row["evidence"] == "First."
    assert row["counterpart_roles"] == "; MP"
    assert row["host_name"] == ""


# A record type that exists only here: the walk gives it every output without new code.
@attrs.frozen(kw_only=True)
class _Visit:
    place: str
    guests: tuple[str, ...] = ()
    scores: Mapping[str, int] = attrs.field(factory=dict)
    when: PublishedDate | None = None


_VISIT = RecordType(
    name="visit",
    cls=_Visit,
    table=Table(_Visit, (Column("place"), Column("guests"), Column("scores"), Column("when"))),
)
_A_VISIT = _Visit(
    place="Baku",
    guests=("Ola Berg", "Ann Lind"),
    scores={"a": 1, "b": 2},
    when=dt.date(2024, 5, 12),
)


def test_a_new_record_type_gets_its_csv_table_from_the_walk() -> None:
    out = io.StringIO()
    writer = open_writer("csv", out, None, record=_VISIT)
    writer.write(to_dict(_A_VISIT))
    writer.close()
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row == {
        "place": "Baku",
        "guests": "Ola Berg; Ann Lind",
        "scores": "a=1; b=2",
        "when": "2024-05-12",
    }


def test_a_new_record_type_gets_its_json_schema_from_the_walk() -> None:
    properties = json_schema(_Visit)["$defs"]["_Visit"]["properties"]
    assert properties["guests"] == {"type": "array", "items": {"type": "string"}}
    assert properties["scores"]["additionalProperties"] == {"type": "integer", "minimum": 0}


def test_a_new_record_type_gets_its_parquet_schema_from_the_walk(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "visits.parquet"
    writer = open_writer("parquet", None, str(target), record=_VISIT)
    writer.write(to_dict(_A_VISIT))
    writer.close()
    table = pq.read_table(target)
    assert table.schema.names == ["place", "guests", "scores", "when"]
    (row,) = table.to_pylist()
    assert row["scores"] == [("a", 1), ("b", 2)]
    assert row["guests"] == ["Ola Berg", "Ann Lind"]


def test_article_csv_columns_come_from_the_registry() -> None:
    row = ARTICLE.flatten(
        {"input": "a.txt", **to_dict(Article(provenance={"title": Layer.META}, title="T"))}
    )
    assert tuple(row) == ARTICLE.columns
    assert (row["provenance"], row["title"], row["view_count"]) == ("title=meta", "T", "")


@pytest.mark.parametrize("module", [fields, records], ids=lambda module: module.__name__)
def test_every_public_name_of_the_walk_and_the_registry_is_in_the_api_reference(
    module: ModuleType,
) -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "api.md").read_text("utf-8")
    line = re.search(rf"^\.\. automodule:: {module.__name__}\n   :members: (.*)$", page, re.M)
    assert line is not None
    assert sorted(line[1].split(", ")) == sorted(module.__all__)


def test_table_refuses_a_path_through_two_lists() -> None:
    with pytest.raises(InvalidArgumentError, match="one list at most"):
        Table(MeetingCluster, (Column("names", "reports[].meeting.counterparts[].name"),))
