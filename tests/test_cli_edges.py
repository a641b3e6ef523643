"""Edges of the command line a new user hit (issue 12): standard input, and --url."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from ombudsparse.cli import main

TREND = "BAKU, Azerbaijan, November 14. The two met, Trend reports.\n"
URL = "https://en.trend.az/azerbaijan/politics/3824474.html"


class _UntouchableStdin(io.StringIO):
    """A standard input whose binary buffer must not be read."""

    @property
    def buffer(self) -> io.BytesIO:
        raise AssertionError("standard input was read though no input is -")


def _main(*argv: str, stdin: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err, stdin=stdin or _UntouchableStdin())
    return status, out.getvalue(), err.getvalue()


def _texts(folder: Path, count: int) -> list[str]:
    paths = []
    for number in range(count):
        path = folder / f"{number}.txt"
        path.write_text(TREND, encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("command", ["parse", "meetings", "check"])
def test_standard_input_is_not_touched_when_no_input_is_a_dash(
    tmp_path: Path, command: str
) -> None:
    (path,) = _texts(tmp_path, 1)
    status, _out, err = _main(command, path)
    assert status == 0
    assert "1 parsed" in err  # the file was read, and stdin never was


def test_a_text_stream_without_buffer_is_enough_for_file_inputs(tmp_path: Path) -> None:
    (path,) = _texts(tmp_path, 1)
    status, out, _err = _main("parse", path, stdin=io.StringIO())  # no .buffer at all
    assert status == 0
    assert json.loads(out)["source"] == "trend"


@pytest.mark.parametrize("as_folder", [False, True])
def test_url_with_a_single_input_is_the_record_url(tmp_path: Path, as_folder: bool) -> None:
    (path,) = _texts(tmp_path, 1)
    status, out, _err = _main("parse", str(tmp_path) if as_folder else path, "--url", URL)
    assert status == 0
    assert json.loads(out)["url"] == URL


@pytest.mark.parametrize(
    ("inputs", "reason"),
    [
        (lambda folder: _texts(folder, 2), "2 inputs were given"),
        (lambda folder: [str(folder)] if _texts(folder, 2) else [], "stands for several files"),
        (lambda folder: [str(folder / "crawl.warc.gz")], "is a web archive"),
        (
            lambda folder: [str(folder / "*.txt")] if _texts(folder, 3) else [],
            "stands for several",
        ),
    ],
    ids=["two files", "a folder", "a web archive", "a pattern"],
)
def test_url_with_several_inputs_is_refused_before_any_is_read(
    tmp_path: Path, inputs: object, reason: str
) -> None:
    paths = inputs(tmp_path)  # type: ignore[operator]
    output = tmp_path.parent / f"{tmp_path.name}-out.jsonl"
    status, out, err = _main("parse", *paths, "--url", URL, "-o", str(output))
    assert status == 2
    assert out == ""
    assert not output.exists()  # refused before the outputs are opened
    assert err.startswith("ombudsparse: --url names the page of a single input")
    assert reason in err
