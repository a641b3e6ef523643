"""The documentation covers the public surface: every field, warning code and public name."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest

import ombudsparse
from ombudsparse import Article, WarningCode

DOCS = Path(__file__).resolve().parent.parent / "docs"
SCHEMA_PAGE = (DOCS / "schema.md").read_text(encoding="utf-8")
API_PAGE = (DOCS / "api.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("code", list(WarningCode))
def test_every_warning_code_is_documented_on_the_schema_page(code: WarningCode) -> None:
    assert re.search(rf"^\| `{re.escape(code.value)}` \|", SCHEMA_PAGE, re.MULTILINE)


@pytest.mark.parametrize("name", [field.name for field in attrs.fields(Article)])
def test_every_article_field_is_documented_on_the_schema_page(name: str) -> None:
    assert re.search(rf"^\| `{name}` \|", SCHEMA_PAGE, re.MULTILINE)


@pytest.mark.parametrize("name", [n for n in ombudsparse.__all__ if n != "__version__"])
def test_every_public_name_is_in_the_api_reference(name: str) -> None:
    assert re.search(rf"\.\. auto\w+:: ombudsparse\.{name}$", API_PAGE, re.MULTILINE)


# Data (not classes or functions) is documented by its #: comment in the module.
_DATA = {"__version__", "PublishedDate", "converter"}


@pytest.mark.parametrize("name", [n for n in ombudsparse.__all__ if n not in _DATA])
def test_every_public_name_has_a_docstring(name: str) -> None:
    assert (getattr(ombudsparse, name).__doc__ or "").strip(), name


@pytest.mark.parametrize("name", [n for n in ombudsparse.__all__ if n not in _DATA])
def test_every_public_name_shows_an_example_that_doctest_runs(name: str) -> None:
    # The examples run with the module doctests (pytest --doctest-modules over src).
    assert ">>> " in (getattr(ombudsparse, name).__doc__ or ""), name


def test_the_changelog_has_a_dated_section_for_the_package_version() -> None:
    changelog = (DOCS.parent / "CHANGELOG.md").read_text(encoding="utf-8")
    version = ombudsparse.__version__
    assert re.search(rf"^## \[{re.escape(version)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M)
    # Unreleased work stands above the latest release, as Keep a Changelog has it.
    assert changelog.index("## [Unreleased]") < changelog.index(f"## [{version}]")
