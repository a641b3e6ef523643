"""An output named ``*.gz`` is written gzipped, in the format of the name before ``.gz``."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

from ombudsparse.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_jsonl_gz_output_is_the_plain_output_gzipped(tmp_path: Path) -> None:
    target = tmp_path / "articles.jsonl.gz"
    status, _out, _err = _run("parse", "--quiet", "-o", str(target), str(SEEDS))
    assert status == 0
    _status, plain, _err = _run("parse", "--quiet", str(SEEDS))
    assert gzip.decompress(target.read_bytes()).decode("utf-8") == plain
    assert not Path(str(target) + ".partial").exists()


def test_csv_gz_output_is_a_gzipped_csv_table(tmp_path: Path) -> None:
    target = tmp_path / "meetings.csv.gz"
    status, _out, _err = _run("meetings", "--quiet", "-o", str(target), str(SEEDS))
    assert status == 0
    with gzip.open(target, "rt", encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    _status, plain, _err = _run("meetings", "--quiet", str(SEEDS))
    assert len(rows) == len(plain.splitlines())
    assert [row["input"] for row in rows] == [
        json.loads(line)["input"] for line in plain.splitlines()
    ]


def test_errors_gz_is_gzipped_too(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    target = tmp_path / "errors.jsonl.gz"
    status, _out, _err = _run("parse", "--quiet", "--errors", str(target), str(empty))
    assert status == 1
    (line,) = gzip.decompress(target.read_bytes()).decode("utf-8").splitlines()
    assert json.loads(line)["code"] == "empty"


def test_parquet_named_gz_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    target = tmp_path / "articles.parquet.gz"
    status, _out, err = _run("parse", "-o", str(target), str(SEEDS))
    assert status == 2
    assert "Parquet compresses its own columns" in err
    assert not target.exists()
