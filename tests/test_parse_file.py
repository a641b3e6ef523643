"""parse_file and parse on paths: .gz files, folders, generic=, a path passed as text."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import ombudsparse
from ombudsparse import DecodeError, InputTooLargeError, InvalidArgumentError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = sorted(SEEDS.iterdir())[3]


def test_a_gzipped_text_parses_as_the_command_line_reads_it(tmp_path: Path) -> None:
    packed = tmp_path / "article.txt.gz"
    packed.write_bytes(gzip.compress(SEED.read_bytes()))
    assert ombudsparse.parse_file(packed) == ombudsparse.parse_file(SEED)


def test_a_damaged_gzip_file_is_our_error(tmp_path: Path) -> None:
    broken = tmp_path / "article.txt.gz"
    broken.write_bytes(gzip.compress(SEED.read_bytes())[:40])
    with pytest.raises(DecodeError, match="damaged gzip"):
        ombudsparse.parse_file(broken)


def test_a_gzip_bomb_stops_at_the_input_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ombudsparse.decoding.MAX_INPUT_BYTES", 1000)
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 100_000))
    with pytest.raises(InputTooLargeError):
        ombudsparse.parse_file(bomb)


def test_a_folder_is_our_error_naming_what_reads_folders(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgumentError, match="directory"):
        ombudsparse.parse_file(tmp_path)


def test_parse_file_takes_generic_like_parse(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Other outlet</title></head><body><article><h1>Ombudsman met judges</h1>"
        + "<p>The Ombudsman met a delegation of judges and spoke about detention. </p>" * 5
        + "</article></body></html>",
        encoding="utf-8",
    )
    article = ombudsparse.parse_file(page, generic=True)
    assert article.provenance["body"] is ombudsparse.Layer.GENERIC


def test_a_path_passed_to_parse_as_text_is_our_error_pointing_to_parse_file() -> None:
    with pytest.raises(InvalidArgumentError, match="parse_file"):
        ombudsparse.parse(str(SEED))
    # A one-line article that is not a file's path is parsed as text.
    assert ombudsparse.parse("The Ombudsman met a guest.").body == ("The Ombudsman met a guest.",)
