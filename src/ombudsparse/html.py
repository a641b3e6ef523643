"""HTML pages: safe parsing, and what every page offers (JSON-LD, ``<meta>``, text blocks).

A :class:`Page` is computed once per input and handed to every field
function, so the tree is parsed, the ``<meta>`` tags are read and the JSON-LD
is decoded once. Nothing here knows one source from another.

lxml is configured for untrusted input: no network access, no huge-tree mode
(libxml2's limits on depth and text size stay on), comments and processing
instructions dropped.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import lxml.etree
import lxml.html

from ombudsparse.errors import HtmlError
from ombudsparse.text import normalize

__all__ = [
    "Page",
    "class_xpath",
    "element_text",
    "elements_containing",
    "inner_text_lines",
    "load_page",
    "paragraph_texts",
    "select",
]


def _safe_parser(encoding: str | None = None) -> lxml.html.HTMLParser:
    parser = lxml.html.HTMLParser(
        encoding=encoding,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
    )
    # Every element an HtmlElement, chosen in C: lxml.html's own lookup calls Python
    # for each element object made (to give forms and inputs their own classes).
    parser.set_element_class_lookup(
        lxml.etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


_PARSER = _safe_parser()
# For UTF-8 bytes, handed to lxml as they are (faster than decoded text).
_UTF8_PARSER = _safe_parser("utf-8")

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Elements whose text is never article text.
# (Not "form": some sites wrap the whole page in one.)
_SKIPPED = ("script", "style", "noscript", "template", "svg", "iframe", "button", "select")
# Block elements whose text makes one paragraph each.
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "td")
_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "blogposting",
        "webpage",
        "backgroundnewsarticle",
        "opinionnewsarticle",
        "report",
    }
)


def class_xpath(*names: str) -> str:
    """Return an XPath predicate body matching elements that have every class named.

    Example:
        >>> class_xpath("ad")
        "contains(@class, 'ad') and contains(concat(' ', normalize-space(@class), ' '), ' ad ')"
    """
    # The plain contains() first: XPath's "and" is lazy, and it rules out most elements cheaply.
    return " and ".join(
        f"contains(@class, '{name}') and "
        f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"
        for name in names
    )


def _skipped(element: lxml.html.HtmlElement) -> bool:
    # iterancestors() filters by tag in C: no Python object per ancestor.
    return element.tag in _SKIPPED or next(element.iterancestors(*_SKIPPED), None) is not None


def elements_containing(
    root: lxml.html.HtmlElement, needle: str
) -> Iterator[lxml.html.HtmlElement]:
    """Yield, in document order, the elements whose own text (or a child's tail) holds ``needle``.

    Scripts and styles are not read: their text is large and never the
    article's. Each element is yielded where a walk of the tree meets it, so
    an element whose text holds ``needle`` comes once, and the parent of each
    child whose tail holds it comes once per such child.

    Example:
        >>> root = lxml.html.fromstring("<div><script>x='5 reads'</script><p>5 reads</p></div>")
        >>> [e.tag for e in elements_containing(root, "reads")]
        ['p']
    """
    # The text nodes that hold the needle are found in C, not by a walk of every
    # element in Python. Each is the text or the tail of an element (its owner); a
    # walk meets an owner where it starts, before its descendants, while its tail
    # comes after them in document order: a tail's hit is put back before them.
    hits: list[tuple[Any, lxml.html.HtmlElement]] = []  # (owner, element yielded)
    found: list[Any] = _text_containing(needle)(root)
    for text in found:
        owner = text.getparent()
        if not text.is_tail:
            if isinstance(owner.tag, str) and owner.tag not in _SKIPPED:
                hits.append((owner, owner))
            continue
        _add_tail_hit(hits, owner, needle)
    if root.tail and needle in root.tail:
        _add_tail_hit(hits, root, needle)
    for _owner, element in hits:
        yield element


def _add_tail_hit(hits: list[tuple[Any, lxml.html.HtmlElement]], owner: Any, needle: str) -> None:
    """Add the parent of ``owner``, whose tail holds the needle, where a walk yields it."""
    parent = owner.getparent()
    if parent is None:
        return
    read = isinstance(owner.tag, str) and owner.tag not in _SKIPPED
    if read and owner.text and needle in owner.text:
        return  # the walk yields the owner itself, for its text, and not its parent
    at = len(hits)
    while at and (hits[at - 1][0] is owner or _is_ancestor(owner, hits[at - 1][0])):
        at -= 1
    hits.insert(at, (owner, parent))


def _is_ancestor(candidate: Any, node: Any) -> bool:
    return any(ancestor is candidate for ancestor in node.iterancestors())


@functools.lru_cache(maxsize=64)
def _text_containing(needle: str) -> lxml.etree.XPath:
    # The needle written into the expression: libxml2 copies a variable's value at
    # each text node it tests, which costs a fifth of the search on a real page.
    return lxml.etree.XPath(f"descendant::text()[contains(., {_xpath_literal(needle)})]")


def _xpath_literal(text: str) -> str:
    """Return an XPath 1.0 expression whose value is ``text``, whatever quotes it holds."""
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    # No literal holds both quotes: the pieces between the double quotes, each in
    # double quotes, joined by double quotes in single quotes.
    return "concat(" + ", '\"', ".join(f'"{piece}"' for piece in text.split('"')) + ")"


def element_text(element: lxml.html.HtmlElement) -> str:
    r"""Return an element's visible text: ``<br>`` as a line break, white space normalised.

    Text inside scripts, styles and forms is left out.

    Example:
        >>> root = lxml.html.fragment_fromstring("<p>Two <b>words</b><br>and<script>x</script> more</p>")
        >>> element_text(root)
        'Two words\nand more'
    """  # noqa: E501 (a doctest line)
    if len(element) == 0:  # text only, the common case for paragraphs
        return normalize(element.text or "")
    if next(element.iter(*_BREAKING_OR_SKIPPED), None) is None:
        # Nothing to leave out or break at: the text of every text node, joined in C.
        return normalize(_STRING_VALUE(element))
    parts: list[str] = []

    def walk(node: lxml.html.HtmlElement) -> None:
        for child in node.iterchildren():
            if not isinstance(child.tag, str):
                parts.append(child.tail or "")
                continue
            if child.tag == "br":
                parts.append("\n")
            elif child.tag not in _SKIPPED:
                parts.append(child.text or "")
                walk(child)
            parts.append(child.tail or "")

    parts.append(element.text or "")
    walk(element)
    return normalize("".join(parts))


_BREAKING_OR_SKIPPED = ("br", *_SKIPPED)
_STRING_VALUE = lxml.etree.XPath("string()", smart_strings=False)


def paragraph_texts(container: lxml.html.HtmlElement) -> list[str]:
    """Return the texts of a container's block elements, in order, each once.

    A block inside another block (a ``p`` in a ``blockquote``) is read as part
    of the outer one. A container with no block elements gives its own text,
    one paragraph per line.

    Example:
        >>> root = lxml.html.fragment_fromstring(
        ...     "<div><p>One.</p><blockquote><p>Two.</p></blockquote><p> </p><h2>Three</h2></div>")
        >>> paragraph_texts(root)
        ['One.', 'Two.', 'Three']
    """
    # One walk over the block elements and the skipped ones only (filtered in C),
    # which never enters a block read (its inner blocks are part of it) or a skipped
    # element (its blocks are not read): no element is met twice, and none is held
    # (a page of 400,000 paragraphs would otherwise keep as many element objects).
    texts: list[str] = []
    found = False
    if not _skipped(container):
        walker = lxml.etree.iterwalk(container, events=("start",), tag=_BLOCKS + _SKIPPED)
        for _event, element in walker:
            if element is container:
                continue
            walker.skip_subtree()
            if element.tag not in _SKIPPED:
                found = True
                texts.extend(_split_breaks(element_text(element)))
    if not found:
        texts = [line for line in element_text(container).split("\n") if line]
    return texts


def _split_breaks(text: str) -> list[str]:
    # Two line breaks in a row separate paragraphs; one is a soft break inside one.
    if "\n" not in text:  # the common case: one paragraph
        joined = " ".join(text.split())
        return [joined] if joined else []
    return [" ".join(chunk.split()) for chunk in _BLANK_LINE.split(text) if chunk.strip()]


_BLANK_LINE = re.compile(r"\n\s*\n")


def inner_text_lines(element: lxml.html.HtmlElement) -> list[str]:
    """Return an element's text as a browser lays it out: one line per block, in order.

    Block elements (``div``, ``p``, headings, list items, table cells, ...)
    and ``<br>`` start new lines; scripts, styles and forms are left out. The
    walk is iterative, so deeply nested pages cannot exhaust the stack.

    Example:
        >>> root = lxml.html.fragment_fromstring(
        ...     "<div><h1>Title</h1><div><span>30-11-2022</span> <span>5 reads</span></div>"
        ...     "<p>Body <b>text</b>.</p><script>x()</script></div>")
        >>> inner_text_lines(root)
        ['Title', '30-11-2022 5 reads', 'Body text.']
    """
    return list(_text_lines(element))


def _text_lines(element: lxml.html.HtmlElement) -> Iterator[str]:
    """Yield the lines of :func:`inner_text_lines` one by one, as the walk finds them."""
    # Each block is normalised as soon as it ends, so that a large page is never
    # held as one string (and its normalised copies) besides its lines.
    parts: list[str] = []

    def end_block() -> list[str]:
        block = [line for line in normalize("".join(parts)).split("\n") if line]
        parts.clear()
        return block

    skipping = 0
    for event, node in lxml.etree.iterwalk(element, events=("start", "end")):
        if not isinstance(node.tag, str):
            if event == "end" and not skipping and node.tail:
                parts.append(node.tail)
            continue
        if event == "start":
            if node.tag in _SKIPPED:
                skipping += 1
            elif not skipping:
                if parts and (node.tag in _LINE_BREAKING or node.tag == "br"):
                    yield from end_block()
                if node.text:
                    parts.append(node.text)
        else:
            if node.tag in _SKIPPED:
                skipping -= 1
            elif parts and not skipping and node.tag in _LINE_BREAKING:
                yield from end_block()
            if not skipping and node is not element and node.tail:
                parts.append(node.tail)
    yield from end_block()


_LINE_BREAKING = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip


def _flatten_jsonld(value: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _flatten_jsonld(item)
    elif isinstance(value, dict):
        yield value
        if "@graph" in value:
            yield from _flatten_jsonld(value["@graph"])


def _types(item: Mapping[str, Any]) -> set[str]:
    kind = item.get("@type", ())
    kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
    return {k.lower() for k in kinds if isinstance(k, str)}


@attrs.frozen(kw_only=True)
class Page:
    """A parsed HTML page and what it declares about itself, computed once.

    Attributes:
        root: The document's root element.
        meta: ``<meta>`` contents by lower-cased ``name``, ``property`` or
            ``itemprop``, in document order.
        jsonld: The JSON-LD objects of article types (``NewsArticle``, ...),
            with ``@graph`` lists flattened.
        canonical: The page's own URL as declared (``link rel=canonical``,
            else ``og:url``), if it is an http(s) URL.
        lang: The ``<html lang>`` attribute, lower case, if any.
        jsonld_errors: How many JSON-LD scripts could not be decoded.
    """

    root: lxml.html.HtmlElement
    meta: Mapping[str, tuple[str, ...]]
    jsonld: tuple[Mapping[str, Any], ...]
    canonical: str | None
    lang: str | None
    jsonld_errors: int = 0
    # XPath results by expression: layouts ask for the same elements more than once.
    _results: dict[str, list[Any]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    # joined_text(), as it is and lowered, once computed.
    _joined: list[bytes] = attrs.field(factory=list, init=False, repr=False, eq=False)

    def first_meta(self, *keys: str) -> tuple[str, str] | None:
        """Return the first non-empty content among ``<meta>`` keys, with its key."""
        for key in keys:
            for content in self.meta.get(key, ()):
                if content.strip():
                    return key, normalize(content)
        return None

    def xpath(self, path: str) -> list[Any]:
        """Evaluate an XPath on the whole document (compiled once, evaluated once per page)."""
        cached = self._results.get(path)
        if cached is None:
            result = _compiled(path)(self.root)
            cached = self._results[path] = result if isinstance(result, list) else [result]
        return cached

    def first(self, path: str) -> lxml.html.HtmlElement | None:
        """Return the first element an XPath selects, or ``None``."""
        for element in self.xpath(path):
            if isinstance(element, lxml.html.HtmlElement) and not _skipped(element):
                return element
        return None

    def visible_text(self) -> str:
        """Return the text of the page's body, one block a line (for markers and fallbacks)."""
        body = self.root.find("body")
        return "\n".join(_text_lines(body if body is not None else self.root))

    def joined_text(self, *, lowered: bool = False) -> bytes:
        """Return the body's text nodes outside scripts and styles, joined with nothing, as UTF-8.

        This is what :meth:`visible_text` puts on lines and normalises, made in
        one pass in C at a small part of its cost, less the characters
        normalisation deletes. So ASCII text that the visible text holds
        (without ``K``, ``;`` or a backtick, which normalisation makes of other
        characters) is in this too, except that white space in it may be
        white space here, any other bytes but ASCII letters, digits and ``_``,
        or nothing (between blocks). With ``lowered``, ASCII letters are
        lowered, and only they.

        Example:
            >>> page = load_page("<p>Read <b>Tr</b>end&shy;</p><script>x</script><p>here</p>")
            >>> page.joined_text(), page.joined_text(lowered=True)
            (b'Read Trendhere', b'read trendhere')
        """
        if not self._joined:
            # The result is a buffer of the output's bytes (lxml's stubs do not say so).
            text = bytes(_JOINED_TEXT(self.root))  # type: ignore[call-overload]
            # (ASCII text has none of the invisible characters.) They are looked for in
            # the text decoded: bytes.__contains__ is slow on UTF-8 for three-byte needles,
            # str.__contains__ a fast scan for one character, and decoding costs less.
            if not text.isascii() and _holds_invisible(text.decode("utf-8", "replace")):
                for character in _INVISIBLE_UTF8:
                    text = text.replace(character, b"")
            self._joined.extend((text, text.lower()))
        return self._joined[lowered]

    def may_show(self, needle: str, *, any_case: bool = False) -> bool:
        """Tell whether :meth:`visible_text` may hold ``needle``: ``False`` only when it cannot.

        With ``any_case``, whether ``visible_text().lower()`` may hold it. Each
        word of the needle is looked for in :meth:`joined_text`. A word this
        cannot rule out counts as found: one not ASCII, or with ``K``, ``;`` or
        a backtick (which Unicode normalisation makes of other characters), or
        with ``any_case``, ``i`` or ``k`` (which lowering makes of others).

        Example:
            >>> page = load_page("<p>Read <b>Tr</b>end</p><script>oxunub</script>")
            >>> page.may_show("Trend"), page.may_show("oxunub"), page.may_show("trend", any_case=True)
            (True, False, True)
        """  # noqa: E501 (a doctest line)
        text = self.joined_text(lowered=any_case)
        return all(map(text.__contains__, _words_to_look_for(needle, any_case=any_case)))


# The text of the body's text nodes outside the skipped elements, in document order,
# joined with nothing (libxslt walks the tree in C). The stylesheet reads nothing else.
_JOINED_TEXT = lxml.etree.XSLT(
    lxml.etree.XML(
        '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
        '<xsl:output method="text" encoding="utf-8"/>'
        f'<xsl:template match="{"|".join(_SKIPPED)}"/>'
        '<xsl:template match="/"><xsl:choose>'
        '<xsl:when test="/*/body"><xsl:apply-templates select="/*/body[1]"/></xsl:when>'
        '<xsl:otherwise><xsl:apply-templates select="/*"/></xsl:otherwise>'
        "</xsl:choose></xsl:template></xsl:stylesheet>"
    ),
    access_control=lxml.etree.XSLTAccessControl.DENY_ALL,
)
# The characters ombudsparse.text.normalize deletes (a test holds the two the same):
# deleted between two letters, they join a word that the joined text nodes hold apart.
_INVISIBLE_CHARACTERS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_UTF8 = tuple(character.encode() for character in _INVISIBLE_CHARACTERS)


def _holds_invisible(text: str) -> bool:
    return any(map(text.__contains__, _INVISIBLE_CHARACTERS))


# The ASCII characters normalisation (NFC) makes of others (U+212A, U+037E, U+1FEF) ...
_UNSAFE_EXACT = frozenset("K;`")
# ... and, for a lowered needle, those lowering makes of others (U+0130, U+212A).
_UNSAFE_ANY_CASE = _UNSAFE_EXACT | frozenset("ik")


@functools.lru_cache(maxsize=512)
def _words_to_look_for(needle: str, *, any_case: bool) -> tuple[bytes, ...]:
    """Return the words of a needle that Page.may_show can rule out, as UTF-8."""
    unsafe = _UNSAFE_ANY_CASE if any_case else _UNSAFE_EXACT
    return tuple(
        word.encode() for word in needle.split() if word.isascii() and unsafe.isdisjoint(word)
    )


@functools.lru_cache(maxsize=512)
def _compiled(path: str) -> lxml.etree.XPath:
    return lxml.etree.XPath(path)


def select(element: lxml.html.HtmlElement, path: str) -> list[Any]:
    """Return what an XPath selects from an element, always as a list.

    A node set comes as ``element.xpath(path)`` gives it; a number, string or
    boolean (``count(...)``) as a list of that one value, so callers iterate
    either alike. The expression is compiled once: ``element.xpath`` compiles
    it at every call, which costs more than evaluating it within a small part
    of a page.

    Example:
        >>> root = lxml.html.fragment_fromstring("<div><h1>A</h1><p>B</p></div>")
        >>> [e.text for e in select(root, ".//h1")]
        ['A']
        >>> select(root, "count(.//p)")
        [1.0]
    """
    result = _compiled(path)(element)
    return result if isinstance(result, list) else [result]


# The elements that declare what a page is, found in one walk of the tree.
_DECLARING_TAGS = ("meta", "link", "script", "time")


def _read_declarations(
    root: lxml.html.HtmlElement,
) -> tuple[dict[str, tuple[str, ...]], tuple[Mapping[str, Any], ...], int, list[str]]:
    """Return the page's ``<meta>`` contents, JSON-LD articles and errors, canonical links."""
    meta: dict[str, list[str]] = {}
    items: list[Mapping[str, Any]] = []
    errors = 0
    canonical: list[str] = []
    for element in root.iter(*_DECLARING_TAGS):
        tag = element.tag
        if tag == "script":
            if (element.get("type") or "").strip().lower() != "application/ld+json":
                continue
            try:
                data = json.loads(element.text or "", strict=False)
            except (ValueError, RecursionError):
                errors += 1
                continue
            items.extend(item for item in _flatten_jsonld(data) if _types(item) & _ARTICLE_TYPES)
        elif tag == "link":
            if "canonical" in (element.get("rel") or "").lower().split() and element.get("href"):
                canonical.append(str(element.get("href")))
        elif tag == "meta":
            content = element.get("content")
            if content is None:
                continue
            for attribute in ("property", "name", "itemprop"):
                key = element.get(attribute)
                if key:
                    meta.setdefault(key.strip().lower(), []).append(content)
        elif element.get("itemprop") and element.get("datetime"):
            # microdata on a visible element: <time itemprop="datePublished" datetime=...>
            key = str(element.get("itemprop")).strip().lower()
            meta.setdefault(key, []).append(str(element.get("datetime")))
    # Prefer the most specific type: news articles before plain web pages.
    items.sort(key=lambda item: "webpage" in _types(item))
    return {k: tuple(v) for k, v in meta.items()}, tuple(items), errors, canonical


def _canonical(links: list[str], meta: Mapping[str, tuple[str, ...]]) -> str | None:
    for candidate in [*links, *meta.get("og:url", ())]:
        candidate = candidate.strip()
        if candidate.lower().startswith(("http://", "https://")):
            return candidate
    return None


def load_page(text: str, *, utf8: bytes | None = None) -> Page:
    """Parse an HTML document safely and read its metadata.

    ``utf8`` may hold the same document as the UTF-8 bytes it was decoded
    from: lxml then parses those directly, which is faster.

    Raises:
        HtmlError: lxml could not make a document of the input.

    Example:
        >>> page = load_page('<html lang="en"><head><meta property="og:title" content="A title">'
        ...                  '</head><body><p>Text.</p></body></html>')
        >>> page.first_meta("og:title"), page.lang
        (('og:title', 'A title'), 'en')
    """
    try:
        if utf8 is not None:
            root = lxml.html.document_fromstring(utf8, parser=_UTF8_PARSER)
        else:
            text = _XML_DECLARATION.sub("", text.lstrip("\ufeff"), count=1)
            root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise HtmlError(f"the HTML could not be parsed: {exc}") from None
    if root is None:
        raise HtmlError("the HTML holds no document")
    meta, jsonld, errors, links = _read_declarations(root)
    lang = root.get("lang") or root.get("xml:lang")
    return Page(
        root=root,
        meta=meta,
        jsonld=jsonld,
        canonical=_canonical(links, meta),
        lang=lang.strip().lower() or None if lang else None,
        jsonld_errors=errors,
    )
