"""Golden tests: each seed article against its hand-written, reviewed expected record."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

import ombudsparse
from ombudsparse.cli import main
from tests.helpers import assert_matches_golden, check_record

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"


def _seed(number: str) -> Path:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return path


def _cases() -> list[tuple[str, str | None]]:
    cases = []
    for golden in sorted(GOLDEN.glob("*.json")):
        _number, _, forced = golden.stem.partition(".")
        cases.append((golden.stem, forced or None))
    return cases


def test_every_seed_has_a_golden_record() -> None:
    numbers = {path.name.split("_")[0] for path in SEEDS.glob("*.txt")}
    assert numbers == {stem for stem, forced in _cases() if forced is None}


@pytest.mark.parametrize(("stem", "forced"), _cases())
def test_seed_matches_golden_record(stem: str, forced: str | None) -> None:
    expected = json.loads((GOLDEN / f"{stem}.json").read_text(encoding="utf-8"))
    article = ombudsparse.parse_file(_seed(stem.split(".")[0]), source=forced)
    # Field by field, so a failure names the field; warnings by code and field.
    assert_matches_golden(check_record(article), expected)


def test_cli_on_seed_folder_writes_one_golden_record_per_seed() -> None:
    out, err = io.StringIO(), io.StringIO()
    status = main(["parse", str(SEEDS)], stdout=out, stderr=err)
    assert status == 0
    assert err.getvalue() == "ombudsparse: 5 parsed, 0 skipped, 0 failed\n"
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    names = [Path(record.pop("input")).name for record in records]
    assert names == sorted(path.name for path in SEEDS.glob("*.txt"))
    for name, record in zip(names, records, strict=True):
        golden = GOLDEN / f"{name.split('_')[0]}.json"
        assert_matches_golden(record, json.loads(golden.read_text(encoding="utf-8")))


def test_seed_003_gets_its_year_from_a_reference_date() -> None:
    article = ombudsparse.parse_file(_seed("003"), reference_date=dt.date(2023, 11, 20))
    check_record(article)
    assert article.published == dt.date(2023, 11, 14)
    assert [w.code.value for w in article.warnings] == ["year-inferred"]


def test_seed_002_prefix_date_agrees_with_the_date_line_so_no_warning() -> None:
    article = ombudsparse.parse_file(_seed("002"))
    check_record(article)
    assert article.warnings == ()
    assert isinstance(article.published, dt.datetime)
    assert not any(p.startswith(" date") or "2023-09-21" in p for p in article.body)
