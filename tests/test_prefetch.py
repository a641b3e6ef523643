"""Page.prefetch: a layout's document-wide XPaths found in one walk give what each gives alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import lxml.etree
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ombudsparse
from ombudsparse.html import Page, class_xpath, load_page, shareable
from ombudsparse.sources import PARSERS
from ombudsparse.sources.base import HtmlLayout, first_element

FIXTURES = Path(__file__).parent / "fixtures"

# Paths of every form prefetch takes, over the tags and classes the trees below use.
PATHS = (
    "descendant::h1",
    "descendant::h6",
    f"descendant::div[{class_xpath('a')}]",
    f"descendant::div[{class_xpath('a', 'b')}]",
    f"descendant::span[{class_xpath('b')}]",
    f"descendant::div[{class_xpath('a')}]//h6",
    f"descendant::div[{class_xpath('b')}]//span[{class_xpath('a')}]",
    "descendant::div//div",
    "descendant::span[@id]",
    "descendant::div[not(contains(@class, 'a')) and @class]",
    "descendant::p[starts-with(normalize-space(.), 'x') or @title = 'y']",
)

_TAGS = ("div", "span", "h1", "h6", "p")
_CLASSES = ("", "a", "b", "a b", "b a", "ab", " a ", "a-b")


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(_TAGS))
    attributes = ""
    if draw(st.booleans()):
        attributes += f' class="{draw(st.sampled_from(_CLASSES))}"'
    if draw(st.integers(0, 4)) == 0:
        attributes += ' id="i"'
    if draw(st.integers(0, 4)) == 0:
        attributes += ' title="y"'
    text = draw(st.sampled_from(("", "x", " xa", "y")))
    children = "".join(draw(st.lists(_markup(depth + 1), max_size=3))) if depth < 4 else ""
    return f"<{tag}{attributes}>{text}{children}</{tag}>"


def _direct(page: Page, path: str) -> list[Any]:
    return list(lxml.etree.XPath(path)(page.root))


@settings(max_examples=300, deadline=None)
@given(st.lists(_markup(), min_size=1, max_size=4), st.sets(st.sampled_from(PATHS), min_size=2))
def test_prefetched_paths_give_what_each_gives_alone(parts: list[str], paths: set[str]) -> None:
    markup = f"<html><body>{''.join(parts)}</body></html>"
    expected = {path: _direct(load_page(markup), path) for path in paths}
    page = load_page(markup)
    page.prefetch(sorted(paths))
    for path in paths:
        got = page.xpath(path)
        assert [lxml.etree.tostring(e) for e in got] == [
            lxml.etree.tostring(e) for e in expected[path]
        ], path
        assert [e.sourceline for e in got] == [e.sourceline for e in expected[path]]


def test_an_inner_step_needs_an_ancestor_below_the_root() -> None:
    # "descendant::div[...]//h6" from the root: an h6 whose only such div is... none here,
    # and the html root itself is never one of its own descendants.
    page = load_page(
        "<html class='a'><body><h6>A</h6><div class='a'><h6>B</h6></div></body></html>"
    )
    page.prefetch(
        ["descendant::h6", "descendant::html//h6", f"descendant::div[{class_xpath('a')}]//h6"]
    )
    assert [e.text for e in page.xpath("descendant::html//h6")] == []
    assert [e.text for e in page.xpath(f"descendant::div[{class_xpath('a')}]//h6")] == ["B"]
    assert [e.text for e in page.xpath("descendant::h6")] == ["A", "B"]


def test_a_path_asked_before_keeps_its_result_and_one_path_alone_walks_later() -> None:
    page = load_page("<html><body><h1>T</h1><h6>A</h6></body></html>")
    first = page.xpath("descendant::h1")
    page.prefetch(["descendant::h1", "descendant::h6"])
    assert page.xpath("descendant::h1") is first  # not walked again
    assert [e.text for e in page.xpath("descendant::h6")] == ["A"]
    alone = load_page("<html><body><h6>A</h6></body></html>")
    alone.prefetch(["descendant::h6"])
    assert [e.text for e in alone.xpath("descendant::h6")] == ["A"]


@pytest.mark.parametrize(
    "path",
    [
        "descendant::p[2]",  # a position
        "descendant::p[last()]",
        "descendant::p[position() < 3]",
        "descendant::p[string-length(.)]",  # a number, read as a position
        "descendant::p[count(span)]",
        "descendant::p[@class = 1]",
        ".//h1",  # not from the document
        "//div",
        "descendant::div/h1",  # a child step
        "descendant::div//p//span",  # three steps
        "descendant::div[contains(@class, 'a')][2]",
        "descendant::div[span[1]]",  # a nested predicate
        "descendant::*",
    ],
)
def test_paths_that_cannot_share_a_walk_are_refused(path: str) -> None:
    assert not shareable(path)
    with pytest.raises(ValueError, match="cannot share a walk"):
        load_page("<p>x</p>").prefetch([path, "descendant::h1"])


def test_a_layout_with_a_path_that_cannot_share_a_walk_fails_when_made() -> None:
    with pytest.raises(ValueError, match=r"layout 'x-v1'.*descendant::p\[2\]"):
        HtmlLayout(
            name="x-v1",
            valid_until=None,
            signature="descendant::article",
            paths=("descendant::p[2]",),
            promises=frozenset({"body"}),
            body=first_element("descendant::article"),
        )


@pytest.mark.parametrize(
    "fixture",
    sorted(p for p in FIXTURES.glob("*/*.html") if p.parent.name in {"trend", "azernews"}),
)
def test_a_source_page_walks_the_whole_tree_once_for_its_layout(
    fixture: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every document-wide path a layout asks for is among those it declares."""
    walked: list[str] = []
    plain = Page.xpath

    def xpath(self: Page, path: str) -> list[Any]:
        if path not in self._results and path.startswith("descendant::"):
            walked.append(path)
        return plain(self, path)

    monkeypatch.setattr(Page, "xpath", xpath)
    source = PARSERS[ombudsparse.Source(fixture.parent.name)]
    declared = {p for layout in source.layouts for p in (layout.signature, *layout.paths)}
    article = ombudsparse.parse(fixture.read_bytes(), source=source.source)
    assert article.body  # the page was read by its layout
    assert [path for path in walked if path in declared] == []
    # What is walked besides is the content fallback's, on no page of a known layout.
    assert walked == [] or article.provenance.get("body") is not ombudsparse.Layer.MARKUP
