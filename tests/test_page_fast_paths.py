"""The HTML fast paths tell what the plain ways told: each is checked against the plain way.

The plain ways are written out here as they were before the fast paths: a walk
of every element in Python, the visible text read for source markers on every
page, XPaths over the whole document (``//div``).
"""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ombudsparse import HtmlError, Source
from ombudsparse.html import (
    _BLOCKS,
    _INVISIBLE_CHARACTERS,
    _JOINED_TEXT,
    _SKIPPED,
    _UNSAFE_ANY_CASE,
    _UNSAFE_EXACT,
    Page,
    _xpath_literal,
    element_text,
    elements_containing,
    load_page,
    paragraph_texts,
    select,
)
from ombudsparse.pages import content_container
from ombudsparse.parsing import _detect_on_page, _may_show_marker
from ombudsparse.sources import PARSERS, detect_source
from ombudsparse.sources.base import Marker
from ombudsparse.text import normalize
from tests.strategies import azernews_pages, official_pages, trend_pages

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_PAGES = sorted(FIXTURES.glob("*/*.html"))

# ---------------------------------------------------------------- random pages

# Words of the sources' markers, and characters that normalisation, lowering and
# case-insensitive matching treat specially: the places where a fast path could slip.
_WORDS = (
    "Trend", "trend", "TREND", "Trend News Agency's WhatsApp channel", "MENAFN", "AzerNews",
    "@AzerNewsAz", "Azernews reports", "told Trend", "Trend reports", "Trend:", "Bakı. Trend:",
    "BAKU, Azerbaijan, March 3", "/Trend/", "dəfə oxunub", "30-11-2022 361 dəfə oxunub",
    "(Ombudsman)", "Call center 916", "Please ensure Javascript is enabled for purposes of "
    "website accessibility", "Trend-ə bildirib", "according to Azernews", " ", "\n", "x",
)  # fmt: skip
_ALPHABET = "TrendMENAFzwsK;`İıſ.:/@()- \t\n\r\x0b\x0c\x85\u00a0\u2028\u200b\u00ad\ufeff\u0301əxyé"
_TAGS = ("b", "span", "a", "p", "div", "li", "h2", "td", "blockquote", "nav", "footer", *_SKIPPED)


def _text_markup(pieces: list[tuple[str, bool]]) -> str:
    # Some characters are written as character references, which the parser resolves.
    return "".join(
        f"&#{ord(piece)};" if as_reference and len(piece) == 1 else html.escape(piece)
        for piece, as_reference in pieces
    )


_texts = st.lists(
    st.tuples(st.sampled_from(_WORDS) | st.text(_ALPHABET, max_size=6), st.booleans()),
    max_size=4,
).map(_text_markup)


def _element(tag: str, children: list[str], class_name: str | None) -> str:
    attributes = f' class="{class_name}"' if class_name else ""
    return f"<{tag}{attributes}>{''.join(children)}</{tag}>"


_markup = st.recursive(
    _texts | st.just("<br>"),
    lambda children: st.builds(
        _element,
        st.sampled_from(_TAGS),
        st.lists(children, max_size=4),
        st.none() | st.sampled_from(["article-content", "top-part x", "me-3", "author"]),
    ),
    max_leaves=24,
)
pages = st.builds(
    lambda body, wrapped: f"<html><body>{body}</body></html>" if wrapped else body,
    _markup,
    st.booleans(),
)


def _load(markup: str) -> Page:
    try:
        return load_page(markup)
    except HtmlError:  # nothing lxml makes a document of (white space alone)
        assume(False)
        raise


# ---------------------------------------------------------------- the joined text


@settings(max_examples=300)
@given(pages, st.data())
def test_may_show_finds_every_part_of_the_visible_text(markup: str, data: st.DataObject) -> None:
    page = _load(markup)
    visible = page.visible_text()
    start = data.draw(st.integers(0, len(visible)))
    end = data.draw(st.integers(start, len(visible)))
    assert page.may_show(visible[start:end])
    assert page.may_show(visible.lower()[start:end], any_case=True)
    for word in re.findall(r"[!-~]+", visible):
        assert page.may_show(word), word


@given(pages)
def test_joined_text_is_the_visible_text_without_its_line_breaks(markup: str) -> None:
    page = _load(markup)
    joined = page.joined_text().decode()
    if joined.isascii() and all(c.isprintable() or c.isspace() for c in joined):
        # Nothing in it that normalisation changes but white space: the same words.
        assert "".join(page.visible_text().split()) == "".join(joined.split())
    assert page.joined_text(lowered=True) == page.joined_text().lower()


@given(pages)
def test_joined_text_drops_the_invisible_characters_as_replacing_each_drops_them(
    markup: str,
) -> None:
    page = _load(markup)
    body = page.root.find("body")
    text = "".join((body if body is not None else page.root).itertext())  # an upper bound
    plain = _joined_text_plainly(page.root)
    assert page.joined_text() == plain
    if not any(character in text for character in _INVISIBLE_CHARACTERS):
        assert page.joined_text() == bytes(_JOINED_TEXT(page.root))


def _joined_text_plainly(root: lxml.html.HtmlElement) -> bytes:
    text = bytes(_JOINED_TEXT(root))
    for character in _INVISIBLE_CHARACTERS:
        text = text.replace(character.encode(), b"")
    return text


def test_the_characters_joined_text_drops_are_those_normalisation_deletes() -> None:
    deleted = []
    for code in range(0x80, sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF or chr(code).isprintable():
            continue  # printable characters are never deleted; surrogates are no text
        if normalize(f"a{chr(code)}b") == "ab":
            deleted.append(chr(code))
    assert "".join(deleted) == "".join(sorted(_INVISIBLE_CHARACTERS))


def test_the_unsafe_characters_are_all_that_normalising_or_lowering_makes_ascii() -> None:
    made_by_nfc, made_by_lower = set(), set()
    for code in range(0x80, sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        made_by_nfc |= {c for c in unicodedata.normalize("NFC", chr(code)) if c.isascii()}
        made_by_lower |= {c for c in chr(code).lower() if c.isascii()}
    assert made_by_nfc <= _UNSAFE_EXACT
    assert made_by_nfc | made_by_lower <= _UNSAFE_ANY_CASE


def test_may_show_rules_out_words_of_scripts_and_counts_unsafe_words_as_found() -> None:
    page = load_page("<p>Tr<b>e</b>nd &#75;elvin</p><script>oxunub</script>")
    assert page.may_show("Trend")
    assert not page.may_show("oxunub")
    assert page.may_show("Kelvin")  # "K" may come of U+212A: never ruled out
    assert not page.may_show("Trend News")
    assert page.may_show("trend", any_case=True)


# ---------------------------------------------------------------- markers and detection


def _shown(text: str, splits: list[int]) -> str:
    """Markup whose visible text is ``text``, with tags and invisible characters inside words."""
    cuts = ("<b></b>", "</span><span>", "&shy;", "<script>x</script>", "\u200b", "")
    spaces = (" ", "\u00a0", "  ", "\t", "&#8203; ", "\x0b")  # one space when normalised
    out = []
    for index, character in enumerate(text):
        choice = splits[index % len(splits)] if splits else 0
        if index:
            out.append(cuts[choice % len(cuts)])
        if character == " ":
            out.append(spaces[choice % len(spaces)])
        else:
            out.append("<br>" if character == "\n" else html.escape(character))
    return f"<p><span>{''.join(out)}</span></p>"


_SOURCE_MARKERS = [(p.source, m) for p in PARSERS.values() for m in p.markers]


@pytest.mark.parametrize(
    ("source", "marker"), _SOURCE_MARKERS, ids=[f"{s.value}:{m.name}" for s, m in _SOURCE_MARKERS]
)
@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_page_showing_a_marker_is_never_ruled_out_for_it(
    source: Source, marker: Marker, data: st.DataObject
) -> None:
    text = data.draw(st.from_regex(marker.pattern, fullmatch=True))
    splits = data.draw(st.lists(st.integers(0, 5), max_size=4))
    before = data.draw(st.sampled_from(["", "<p>Intro.</p>", "Text "]))
    page = load_page(f"<html><body>{before}{_shown(text, splits)}</body></html>")
    visible = page.visible_text()
    if marker.found_in(visible, visible.lower()):
        assert _may_show_marker(page, marker), source


@settings(max_examples=200, deadline=None)
@given(pages, st.sampled_from([None, "https://example.com/news/1"]), st.none() | st.just("Trend"))
def test_page_detection_is_detection_on_the_visible_text(
    markup: str, url: str | None, site_name: str | None
) -> None:
    page = _load(markup)
    expected = detect_source(page.visible_text(), url, site_name=site_name)
    assert _detect_on_page(page, url, site_name) == expected


@pytest.mark.parametrize("path", FIXTURE_PAGES, ids=[p.stem for p in FIXTURE_PAGES])
@pytest.mark.parametrize("url", [None, "https://example.com/news/1"])
def test_page_detection_on_the_fixtures_is_detection_on_the_visible_text(
    path: Path, url: str | None
) -> None:
    page = load_page(path.read_text(encoding="utf-8"))
    expected = detect_source(page.visible_text(), url)
    assert _detect_on_page(page, url, None) == expected


@settings(max_examples=30, deadline=None)
@given(trend_pages() | azernews_pages() | official_pages())
def test_source_pages_without_a_url_are_detected_as_by_their_visible_text(
    rendered: object,
) -> None:
    page = load_page(rendered.text)  # type: ignore[attr-defined]
    expected = detect_source(page.visible_text(), None)
    assert _detect_on_page(page, None, None) == expected


# ---------------------------------------------------------------- the tree walks


def _elements_containing_plainly(
    root: lxml.html.HtmlElement, needle: str
) -> Iterator[lxml.html.HtmlElement]:
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            if element.tail and needle in element.tail:
                parent = element.getparent()
                if parent is not None:
                    yield parent
            continue
        if element.text and needle in element.text:
            yield element
        elif element.tail and needle in element.tail:
            parent = element.getparent()
            if parent is not None:
                yield parent


def _skipped_plainly(element: lxml.html.HtmlElement) -> bool:
    return element.tag in _SKIPPED or any(a.tag in _SKIPPED for a in element.iterancestors())


def _paragraph_texts_plainly(container: lxml.html.HtmlElement) -> list[str]:
    texts: list[str] = []
    found = False
    open_blocks: list[lxml.html.HtmlElement] = []
    for event, block in lxml.etree.iterwalk(container, events=("start", "end"), tag=_BLOCKS):
        if block is container:
            continue
        if event == "end":
            if open_blocks and open_blocks[-1] is block:
                open_blocks.pop()
        elif not _skipped_plainly(block):
            found = True
            if not open_blocks:
                text = element_text(block)
                chunks = re.split(r"\n\s*\n", text)
                texts.extend(" ".join(chunk.split()) for chunk in chunks if chunk.strip())
            open_blocks.append(block)
    if not found:
        texts = [line for line in element_text(container).split("\n") if line]
    return texts


def _content_container_plainly(page: Page) -> lxml.html.HtmlElement | None:
    scores: Counter[lxml.html.HtmlElement] = Counter()
    outside = {"nav", "header", "footer", "aside", "menu"}
    for paragraph in page.root.iter("p"):
        ancestors = list(paragraph.iterancestors())
        length = len(paragraph.text_content().strip())
        if length and outside.isdisjoint(a.tag for a in ancestors):
            for weight, ancestor in zip((1.0, 0.5), ancestors, strict=False):
                scores[ancestor] += weight * length
    if scores:
        return max(scores, key=scores.__getitem__)
    for path in ("//article", "//main", "//body"):
        for found in page.root.xpath(path):
            if not _skipped_plainly(found):
                return found  # type: ignore[no-any-return]
    return None


@settings(max_examples=300)
@given(
    pages, st.sampled_from(["dəfə oxunub", "Trend", "x", " ", "it's", 'a "b"', "'a' \"b\"", '"'])
)
def test_elements_containing_yields_what_a_walk_yields(markup: str, needle: str) -> None:
    page = _load(markup)
    for root in page.root.iter():
        if isinstance(root.tag, str):
            expected = list(_elements_containing_plainly(root, needle))
            assert list(elements_containing(root, needle)) == expected


@given(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("'\""))
)
def test_an_xpath_literal_is_the_text_it_was_made_of(text: str) -> None:
    assert lxml.etree.XPath(f"string({_xpath_literal(text)})")(lxml.etree.XML("<a/>")) == text


def test_elements_containing_meets_a_tail_before_the_descendants_of_its_element() -> None:
    root = lxml.html.fromstring(
        "<div><span>A<b>5 reads</b></span>5 reads here<i>5 reads</i></div>"
    )
    assert [e.tag for e in elements_containing(root, "reads")] == ["div", "b", "i"]


@settings(max_examples=300)
@given(pages)
def test_paragraph_texts_reads_what_the_plain_walk_reads(markup: str) -> None:
    page = _load(markup)
    for container in page.root.iter():
        if isinstance(container.tag, str):
            assert paragraph_texts(container) == _paragraph_texts_plainly(container)


@settings(max_examples=300)
@given(pages)
def test_content_container_is_the_plain_search_s_choice(markup: str) -> None:
    page = _load(markup)
    assert content_container(page) is _content_container_plainly(page)


@pytest.mark.parametrize("path", FIXTURE_PAGES, ids=[p.stem for p in FIXTURE_PAGES])
def test_the_official_anchor_search_on_the_fixtures_finds_what_the_walk_found(path: Path) -> None:
    root = load_page(path.read_text(encoding="utf-8")).root
    expected = list(_elements_containing_plainly(root, "dəfə oxunub"))
    assert list(elements_containing(root, "dəfə oxunub")) == expected


# ---------------------------------------------------------------- layout XPaths


def _layout_paths() -> list[str]:
    from ombudsparse.sources import azernews, trend

    return [
        trend._ARTICLE_BODY,
        azernews._ARTICLE_BODY,
        azernews._DATE_LINE,
        "descendant::div[contains(@class, 'top-part') and "
        "contains(concat(' ', normalize-space(@class), ' '), ' top-part ')]",
        "descendant::h1",
    ]


@pytest.mark.parametrize("path", FIXTURE_PAGES, ids=[p.stem for p in FIXTURE_PAGES])
def test_layout_paths_from_the_root_select_what_the_whole_document_paths_select(
    path: Path,
) -> None:
    page = load_page(path.read_text(encoding="utf-8"))
    for xpath in _layout_paths():
        assert xpath.startswith("descendant::")
        whole = "//" + xpath.removeprefix("descendant::")
        assert page.xpath(xpath) == page.root.xpath(whole)


@settings(max_examples=200)
@given(pages)
def test_layout_paths_select_what_the_whole_document_paths_select(markup: str) -> None:
    page = _load(markup)
    for xpath in _layout_paths():
        whole = "//" + xpath.removeprefix("descendant::")
        assert page.xpath(xpath) == page.root.xpath(whole)


@settings(max_examples=100)
@given(pages)
def test_select_selects_what_element_xpath_selects(markup: str) -> None:
    from ombudsparse.sources import trend

    page = _load(markup)
    paths = [*_layout_paths(), trend._DATE_TIME, trend._CATEGORIES, trend._AUTHOR, ".//a", "."]
    for element in page.root.iter():
        if isinstance(element.tag, str):
            for path in paths:
                assert select(element, path) == element.xpath(path)
