"""The command line: JSON Lines out, bad inputs reported and skipped, exit status."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import ombudsparse
from ombudsparse.cli import main
from tests.helpers import check_record

TREND = "BAKU, Azerbaijan, November 14. The two met, Trend reports.\n"


class _Stdin(io.StringIO):
    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.buffer = io.BytesIO(data)  # type: ignore[misc]


def _run(*argv: str, stdin: bytes = b"") -> tuple[int, list[dict[str, object]], list[str]]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err, stdin=_Stdin(stdin))
    *errors, summary = err.getvalue().splitlines()
    assert re.fullmatch(r"ombudsparse: \d+ parsed, \d+ skipped.*, \d+ failed.*", summary)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    for record in records:
        assert isinstance(record["input"], str)
        fields = {key: value for key, value in record.items() if key != "input"}
        assert check_record(ombudsparse.from_dict(fields)) == fields
    return status, records, errors


def test_a_bad_file_is_reported_and_the_rest_still_parsed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TREND, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe\xfa")
    (tmp_path / "d.txt").write_text("The two met, Azernews reports.", encoding="utf-8")
    status, records, errors = _run("parse", str(tmp_path))
    assert status == 1
    assert [Path(str(r["input"])).name for r in records] == ["a.txt", "d.txt"]
    assert [r["source"] for r in records] == ["trend", "azernews"]
    assert len(errors) == 2
    assert errors[0].startswith(f"ombudsparse: {tmp_path / 'b.txt'}: ")
    assert "empty" in errors[0]
    assert errors[1].startswith(f"ombudsparse: {tmp_path / 'c.txt'}: ")
    assert "utf-16" in errors[1]


def test_directories_are_walked_recursively_in_order_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "deep.txt").write_text(TREND, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TREND, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TREND, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(TREND, encoding="utf-8")
    status, records, errors = _run("parse", str(tmp_path))
    assert (status, errors) == (0, [])
    assert [r["input"] for r in records] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "z" / "deep.txt"),
    ]


def test_missing_path_is_reported_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TREND, encoding="utf-8")
    status, records, errors = _run("parse", str(tmp_path / "nope.txt"), str(tmp_path / "a.txt"))
    assert status == 1
    assert len(records) == 1
    assert errors == [f"ombudsparse: {tmp_path / 'nope.txt'}: No such file or directory"]


def test_stdin_with_options() -> None:
    status, records, errors = _run(
        "parse",
        "-",
        "--reference-date",
        "2023-11-20",
        "--url",
        "https://en.trend.az/a/b/1.html",
        stdin=TREND.encode(),
    )
    assert (status, errors) == (0, [])
    (record,) = records
    assert record["input"] == "-"
    assert record["published"] == "2023-11-14"
    assert record["language"] == "en"
    assert record["url"] == "https://en.trend.az/a/b/1.html"
    assert [w["code"] for w in record["warnings"]] == ["year-inferred"]  # type: ignore[union-attr]


def test_forced_source(tmp_path: Path) -> None:
    path = tmp_path / "body.txt"
    path.write_text("The Ombudsman received the guests.", encoding="utf-8")
    status, records, _ = _run("parse", "--as-source", "ombudsman", str(path))
    assert status == 0
    assert records[0]["source"] == "ombudsman"


@pytest.mark.parametrize("value", ["20-11-2023", "2023-11-20T10:00", "soon"])
def test_bad_reference_date_is_a_usage_error(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", "-", "--reference-date", value])
    assert info.value.code == 2
    assert "reference-date" in capsys.readouterr().err


def test_schema_command_prints_the_library_schema() -> None:
    out = io.StringIO()
    assert main(["schema"], stdout=out) == 0
    schema = json.loads(out.getvalue())
    assert schema == ombudsparse.json_schema()
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_version_and_help_as_a_process() -> None:
    version = subprocess.run(
        [sys.executable, "-m", "ombudsparse", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip() == f"ombudsparse {ombudsparse.__version__}"
    helped = subprocess.run(
        [sys.executable, "-m", "ombudsparse", "parse", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--reference-date" in helped.stdout


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    for number in range(200):
        (tmp_path / f"{number:03d}.txt").write_text(TREND * 20, encoding="utf-8")
    reader = subprocess.Popen(
        ["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL
    )
    writer = subprocess.run(
        [sys.executable, "-m", "ombudsparse", "parse", str(tmp_path)],
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait()
    assert "Traceback" not in writer.stderr
    assert writer.returncode == 1


def test_directories_give_only_page_and_text_files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.html", "c.HTM", "d.json", "e.png", "f.xhtml"):
        (tmp_path / name).write_text(TREND, encoding="utf-8")
    status, records, _ = _run("parse", str(tmp_path))
    assert status == 0
    assert [Path(str(r["input"])).name for r in records] == ["a.txt", "b.html", "c.HTM", "f.xhtml"]


def test_a_file_named_explicitly_is_read_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "article.dat"
    path.write_text(TREND, encoding="utf-8")
    status, records, _ = _run("parse", str(path))
    assert (status, len(records)) == (0, 1)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_a_progress_bar_and_a_summary(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(TREND, encoding="utf-8")
    (tmp_path / "c.txt").write_text("", encoding="utf-8")
    out, err = _Terminal(), _Terminal()
    assert main(["parse", str(tmp_path)], stdout=out, stderr=err) == 1
    shown = err.getvalue()
    assert " inputs" in shown  # the bar
    assert "parsed=2" in shown  # its counts, redrawn under the failure line
    assert f"ombudsparse: {tmp_path / 'c.txt'}: " in shown
    assert shown.rstrip().endswith("ombudsparse: 2 parsed, 0 skipped, 1 failed")


def test_progress_is_silent_when_output_is_not_a_terminal(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TREND, encoding="utf-8")
    out, err = io.StringIO(), _Terminal()
    assert main(["parse", str(tmp_path)], stdout=out, stderr=err) == 0
    assert "parsed=" not in err.getvalue()
