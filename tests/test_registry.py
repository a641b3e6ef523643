"""What adding a source takes, checked: the files docs/contributing.md lists exist for each.

Each source is one module, its tests, its fixtures and its docs page; nothing
else in the package names it. These tests fail, with the missing file, until
a new source has all of them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ombudsparse import Source
from ombudsparse.sources import PARSERS
from ombudsparse.text import OTHER_AGENCIES

ROOT = Path(__file__).resolve().parent.parent
MODULES = {source: PARSERS[source].parse_text.__module__.rsplit(".", 1)[-1] for source in PARSERS}


def test_every_source_has_exactly_one_parser_in_the_registry() -> None:
    assert set(PARSERS) == set(Source)
    assert all(parser.source is source for source, parser in PARSERS.items())
    assert len(set(MODULES.values())) == len(MODULES)


@pytest.mark.parametrize("source", list(Source), ids=lambda s: s.value)
def test_every_source_has_its_module_tests_fixtures_and_docs_page(source: Source) -> None:
    module = MODULES[source]
    assert (ROOT / "src" / "ombudsparse" / "sources" / f"{module}.py").is_file()
    assert (ROOT / "tests" / "sources" / f"test_{module}.py").is_file()
    assert list((ROOT / "tests" / "fixtures" / source.value).glob("*.html")), source
    page = ROOT / "docs" / "sources" / f"{module}.md"
    assert page.is_file()
    toctree = (ROOT / "docs" / "sources" / "index.md").read_text(encoding="utf-8")
    assert re.search(rf"(?m)^{module}$", toctree), f"{module} is not in the sources toctree"


def test_no_source_is_also_read_as_another_agency() -> None:
    other = {name.casefold() for name in OTHER_AGENCIES}
    for parser in PARSERS.values():
        assert not other & {name.casefold() for name in parser.own_names}, parser.source


def test_the_contributors_page_names_each_file_a_new_source_touches() -> None:
    page = (ROOT / "docs" / "contributing.md").read_text(encoding="utf-8")
    for path in (
        "src/ombudsparse/sources/report.py",
        "src/ombudsparse/model.py",
        "src/ombudsparse/sources/__init__.py",
        "tests/sources/test_report.py",
        "tests/fixtures/report/",
        "docs/sources/report.md",
        "docs/sources/index.md",
        "CHANGELOG.md",
    ):
        assert f"`{path}" in page, path
    # No code outside the sources' modules names a source (doctest examples may).
    for source in Source:
        holders = sorted(
            str(path.relative_to(ROOT))
            for path in (ROOT / "src" / "ombudsparse").rglob("*.py")
            if "sources" not in path.parts and path.name != "model.py"
            for line in _code_lines(path)
            if re.search(rf"\bSource\.{source.name}\b", line)
        )
        assert holders == [], (source, holders)


def _code_lines(path: Path) -> list[str]:
    """The lines of a module that are not doctest examples or their output."""
    return [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith((">>>", "...", "(<", "<"))
    ]
