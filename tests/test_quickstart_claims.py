"""What the Quickstart page says of the package is what the package is."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from ombudsparse.pipeline import FAILURE_CODES
from ombudsparse.records import ARTICLE

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parent.parent
PAGE = (ROOT / "docs" / "quickstart.md").read_text(encoding="utf-8")
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _requirement_name(requirement: str) -> str:
    return re.split(r"[\[<>=!~ ;]", requirement, maxsplit=1)[0].lower()


def test_quickstart_names_every_dependency() -> None:
    said = PAGE.split("## Install", 1)[1].split("| extra |", 1)[0].lower()
    for requirement in PROJECT["dependencies"]:
        name = _requirement_name(requirement).removesuffix("-dicts-ru")
        assert name in said, name


def test_quickstart_extras_table_is_the_projects_extras() -> None:
    rows = dict(re.findall(r"^\| `([a-z]+)` \| [^|]+ \|\s*([^|]*?)\s*\|$", PAGE, re.M))
    extras = {k: v for k, v in PROJECT["optional-dependencies"].items() if k != "dev"}
    assert set(rows) == set(extras)
    for extra, requirements in extras.items():
        if extra == "all":
            continue
        brings = {w.strip().lower() for w in rows[extra].split(",")}
        assert {_requirement_name(r) for r in requirements} - {"lxml_html_clean"} <= {
            re.split(r"[\[]", b)[0] for b in brings
        }, extra


def test_quickstart_csv_columns_are_the_article_table() -> None:
    said = PAGE.split("CSV is a flat table:", 1)[1].split("; lists are joined", 1)[0]
    assert re.findall(r"`([a-z_]+)`", said) == list(ARTICLE.columns)


def test_quickstart_lists_every_error_code_and_only_those() -> None:
    said = PAGE.split("`--errors FILE`", 1)[1].split("`--quiet`", 1)[0]
    listed = set(re.findall(r"`([a-z][a-z-]+)`", said)) - {"input", "offset", "reason", "code"}
    sources = "".join(
        (ROOT / "src" / "ombudsparse" / name).read_text(encoding="utf-8")
        for name in ("inputs.py", "pipeline.py")
    )
    failed = set(re.findall(r'code="([a-z-]+)"', sources)) - {"not-html"}  # a skip's code
    made = {code for _kind, code in FAILURE_CODES} | {"internal-error", "timeout", "worker-died"}
    assert listed == failed | made | {"unreadable"}
