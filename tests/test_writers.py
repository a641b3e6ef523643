"""Output formats: JSON Lines, the flat CSV table, Parquet with a schema derived from the model."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import ombudsparse
from ombudsparse.cli import main
from ombudsparse.writers import ARTICLE_COLUMNS, arrow_schema, format_for

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize(
    ("path", "requested", "expected"),
    [
        ("a.csv", None, "csv"),
        ("a.PARQUET", None, "parquet"),
        ("a.jsonl", None, "jsonl"),
        (None, None, "jsonl"),
        ("a.csv", "jsonl", "jsonl"),
    ],
)
def test_format_from_suffix_or_request(
    path: str | None, requested: str | None, expected: str
) -> None:
    assert format_for(path, requested) == expected


def test_csv_output_has_the_documented_columns(tmp_path: Path) -> None:
    out = tmp_path / "articles.csv"
    assert (
        main(["parse", str(SEEDS), "-o", str(out)], stdout=io.StringIO(), stderr=io.StringIO())
        == 0
    )
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == ARTICLE_COLUMNS
    trend = rows[3]
    assert (trend["source"], trend["published"], trend["dateline_place"]) == (
        "trend",
        "--11-14",
        "BAKU",
    )
    assert trend["warnings"] == "year-unknown"
    assert (
        trend["body"]
        .split("\n\n")[0]
        .startswith("The Commissioner for Human Rights (Ombudsperson)")
    )
    assert "published=text" in trend["provenance"]
    official = rows[4]
    assert (official["view_count"], official["title"]) == (
        "361",
        "Azerbaijani and Ukrainian ombudspersons held an online meeting",
    )


def test_parquet_output_keeps_nested_fields(tmp_path: Path) -> None:
    out = tmp_path / "articles.parquet"
    assert (
        main(
            ["parse", str(SEEDS), str(FIXTURES / "trend"), "-o", str(out)],
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
        == 0
    )
    table = pq.read_table(out)
    assert table.schema.names == [
        "input",
        "offset",
        *(f.name for f in __import__("attrs").fields(ombudsparse.Article)),
    ]
    rows = table.to_pylist()
    by_input = {Path(r["input"]).name: r for r in rows}
    en = by_input["en-v1.html"]
    assert en["dateline"] == {
        "text": "BAKU, Azerbaijan, July 7",
        "place": "BAKU",
        "date_text": "July 7",
    }
    assert en["authors"] == ["Lara Venn"]
    assert dict(en["provenance"])["title"] == "json-ld"
    assert en["published"] == "2026-07-07T15:56:00+04:00"
    # Every record read back from Parquet is the record that was written.
    expected = json.loads((FIXTURES / "trend" / "en-v1.json").read_text(encoding="utf-8"))
    en["provenance"] = dict(en["provenance"])
    assert {k: v for k, v in en.items() if k not in ("input", "offset")} == expected


def test_parquet_needs_a_file() -> None:
    err = io.StringIO()
    assert (
        main(["parse", str(SEEDS), "--format", "parquet"], stdout=io.StringIO(), stderr=err) == 2
    )
    assert "needs a file" in err.getvalue()


def test_arrow_schema_follows_the_model() -> None:
    schema = arrow_schema(ombudsparse.Article)
    assert schema.names == [f.name for f in __import__("attrs").fields(ombudsparse.Article)]
    assert str(schema.field("published").type) == "string"
    assert str(schema.field("body").type) == "list<item: string>"
    assert str(schema.field("dateline").type).startswith("struct<text: string")


def test_meetings_to_parquet_keep_people_and_evidence(tmp_path: Path) -> None:
    out = tmp_path / "meetings.parquet"
    assert (
        main(["meetings", str(SEEDS), "-o", str(out)], stdout=io.StringIO(), stderr=io.StringIO())
        == 0
    )
    rows = pq.read_table(out).to_pylist()
    assert [r["counterparts"][0]["name"] for r in rows] == [
        "Mark Libby",
        "Martin Chungong",
        "Vladimir Shkolnikov",
        "Pia Kauma",
        "Dmytro Lubinets",
    ]
    kauma = rows[3]
    assert [p["name"] for p in kauma["delegation"]] == [
        "Aziz Alakbarli",
        "Hikmet Babaoglu",
        "Kamal Jafarov",
        "Rovshan Sadigbayli",
    ]
    assert kauma["article_source"] == "trend"
    (meeting,) = ombudsparse.extract_meetings(
        ombudsparse.parse_file(next(SEEDS.glob("003_*.txt")))
    )
    assert dict(kauma["topic_evidence"]) == ombudsparse.to_dict(meeting)["topic_evidence"]
