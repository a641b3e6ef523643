"""Figures are facts of the article: found once per article, never copied into its meetings."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from pathlib import Path

import attrs
import jsonschema
import pytest

import ombudsparse
from ombudsparse import Article
from ombudsparse.cli import main
from ombudsparse.errors import ArgumentTypeError
from ombudsparse.fields import ShapeKind, record_fields
from ombudsparse.meetings import ArticleFigures, Figure, extract_meetings, find_figures
from ombudsparse.records import FIGURES, RECORD_TYPES
from ombudsparse.schema import json_schema

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

_TWO_MEETINGS = Article(
    body=(
        "The Ombudsman, Sabina Aliyeva, met with the Ambassador of Norland, Ola Berg, "
        "and with the Ambassador of Eastland, Ann Lind.",
        "She said that about 4,000 Azerbaijanis went missing.",
    )
)


def _seed(number: str) -> Article:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return ombudsparse.parse_file(path)


def test_seed_000_implausible_figure_is_kept_with_a_warning() -> None:
    article = _seed("000")
    found = find_figures(article)
    (figure,) = found.figures
    assert (figure.text, figure.counts) == ("about 4000 thousand", "missing citizens")
    assert figure.evidence.text(article.body) == "about 4000 thousand"
    assert [(w.code.value, w.field) for w in found.warnings] == [("figure-implausible", "figures")]


def test_seed_003_figures_as_printed() -> None:
    found = find_figures(_seed("003"))
    assert [(f.text, f.counts) for f in found.figures] == [
        ("about 4,000", "Azerbaijanis"),
        ("more than 300,000", "Azerbaijanis"),
    ]
    assert found.warnings == ()


def test_article_of_two_meetings_states_its_figure_once_and_no_meeting_copies_it() -> None:
    meetings = extract_meetings(_TWO_MEETINGS)
    assert [m.counterparts[0].name for m in meetings] == ["Ola Berg", "Ann Lind"]
    assert all("figures" not in attrs.fields_dict(type(m)) for m in meetings)
    assert all(m.warnings == () for m in meetings)
    assert [(f.text, f.counts) for f in find_figures(_TWO_MEETINGS).figures] == [
        ("about 4,000", "Azerbaijanis")
    ]


def test_seed_000_meeting_no_longer_carries_the_figure_warning() -> None:
    (meeting,) = extract_meetings(_seed("000"))
    assert meeting.warnings == ()


def _holds_figures(cls: type, seen: set[type]) -> set[type]:
    """Return the record classes reachable from cls that have a field of figures."""
    if cls in seen:
        return set()
    seen.add(cls)
    found: set[type] = set()
    for field in record_fields(cls):
        shape = field.shape
        while shape.item is not None:
            shape = shape.item
        if shape.kind is ShapeKind.RECORD and shape.cls is not None:
            if shape.cls is Figure:
                found.add(cls)
            found |= _holds_figures(shape.cls, seen)
    return found


def test_only_the_article_figures_record_holds_figures() -> None:
    holders: set[type] = set()
    for record in RECORD_TYPES.values():
        holders |= _holds_figures(record.cls, set())
    assert holders == {ArticleFigures}


def test_find_figures_takes_an_article_only() -> None:
    with pytest.raises(ArgumentTypeError, match="find_figures"):
        find_figures(("About 4,000 Azerbaijanis.",))  # type: ignore[arg-type]


def _figures_command(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(["meetings", "--figures", "-q", *args, str(SEEDS)], stdout=out)
    return status, out.getvalue()


def test_meetings_figures_writes_one_line_per_article_that_states_figures() -> None:
    status, text = _figures_command()
    assert status == 0
    rows = [json.loads(line) for line in text.splitlines()]
    stated = {
        path.name: find_figures(ombudsparse.parse_file(path)) for path in SEEDS.glob("*.txt")
    }
    expected = {name for name, found in stated.items() if found.figures or found.warnings}
    assert {Path(row["input"]).name for row in rows} == expected
    for row in rows:
        found = stated[Path(row["input"]).name]
        assert [f["text"] for f in row["figures"]] == [f.text for f in found.figures]
        assert set(row) == {"input", "article_source", "article_url", "figures", "warnings"}


def test_meetings_figures_lines_validate_against_the_figures_schema() -> None:
    _status, text = _figures_command()
    validator = jsonschema.Draft202012Validator(json_schema(ArticleFigures))
    for line in text.splitlines():
        row = json.loads(line)
        for key in ("input", "offset", "article_source", "article_url"):
            row.pop(key, None)
        validator.validate(row)


def test_meetings_figures_csv_has_the_figures_columns() -> None:
    status, text = _figures_command("--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == FIGURES.columns
    (seed_003,) = [r for r in rows if Path(r["input"]).name.startswith("003_")]
    assert seed_003["figure_texts"] == "about 4,000; more than 300,000"
    assert seed_003["figure_counts"] == "Azerbaijanis; Azerbaijanis"
    assert seed_003["figure_paragraphs"] == "6; 12"
    (seed_000,) = [r for r in rows if Path(r["input"]).name.startswith("000_")]
    assert seed_000["warnings"] == "figure-implausible"


def test_meetings_figures_parquet_keeps_each_figure_with_its_span(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "figures.parquet"
    status = main(["meetings", "--figures", "-q", "-o", str(target), str(SEEDS)])
    assert status == 0
    rows = pq.read_table(target).to_pylist()
    (seed_003,) = [r for r in rows if Path(r["input"]).name.startswith("003_")]
    assert [(f["text"], f["evidence"]["paragraph"]) for f in seed_003["figures"]] == [
        ("about 4,000", 6),
        ("more than 300,000", 12),
    ]


def test_figures_and_cluster_are_one_or_the_other() -> None:
    err = io.StringIO()
    with pytest.raises(SystemExit) as exit_info, contextlib.redirect_stderr(err):
        main(["meetings", "--figures", "--cluster", str(SEEDS)])
    assert exit_info.value.code == 2
    assert "not allowed with" in err.getvalue()


def test_schema_command_prints_the_figures_schema() -> None:
    out = io.StringIO()
    assert main(["schema", "figures"], stdout=out) == 0
    assert json.loads(out.getvalue()) == json_schema(ArticleFigures)
