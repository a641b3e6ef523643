"""The HTML extraction engine: layered fields, layout choice, content fallback.

Each field is looked for in layers, in this order: the page's JSON-LD, its
``<meta>`` tags, then the visible markup of the recognised layout. The body
always comes from the markup (or, when no layout is recognised, from the
content), and then goes through the source's text parser, which removes
datelines and footers exactly as it does for extracted text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import lxml.etree
import lxml.html

from ombudsparse.dates import (
    BAKU,
    DateCandidate,
    DateOrigin,
    parse_iso_datetime,
    resolve,
)
from ombudsparse.errors import ParseWarning, WarningCode
from ombudsparse.html import Page, paragraph_texts
from ombudsparse.model import FieldName, Layer, PublishedDate
from ombudsparse.sources.base import (
    Extracted,
    HtmlLayout,
    SourceParser,
    TextDocument,
    text_at,
)
from ombudsparse.text import normalize, split_syndication_prefix

__all__ = ["content_container", "extract_page"]

# Containers that never hold the article's body.
_NOT_CONTENT = ("nav", "header", "footer", "aside", "menu")
# The paragraphs outside them, in document order: found in C, where a walk in Python
# would make an object of every paragraph's every ancestor.
_CONTENT_PARAGRAPHS = lxml.etree.XPath(
    f"descendant::p[not({' or '.join(f'ancestor::{tag}' for tag in _NOT_CONTENT)})]"
)
_STRING_VALUE = lxml.etree.XPath("string()", smart_strings=False)


# ---------------------------------------------------------------- layers: JSON-LD and <meta>


def _ld_values(page: Page, key: str) -> Iterable[Any]:
    for item in page.jsonld:
        if key in item:
            yield item[key]


def _ld_title(page: Page) -> str | None:
    for value in _ld_values(page, "headline"):
        if isinstance(value, str) and value.strip():
            return " ".join(normalize(value).split())
    return None


def _ld_date(page: Page, local: dt.tzinfo | None) -> PublishedDate | None:
    for value in _ld_values(page, "datePublished"):
        if isinstance(value, str):
            parsed = parse_iso_datetime(value, local=local)
            if parsed is not None:
                return parsed
    return None


def _person_names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for item in value for name in _person_names(item)]
    return []


def _clean_names(names: Iterable[str]) -> tuple[str, ...] | None:
    cleaned = (" ".join(normalize(n).split()) for n in names)
    found = tuple(dict.fromkeys(n for n in cleaned if n and "://" not in n))
    return found or None


def _ld_authors(page: Page) -> tuple[str, ...] | None:
    return _clean_names(n for value in _ld_values(page, "author") for n in _person_names(value))


_META_DATE_KEYS = ("article:published_time", "datepublished", "og:published_time", "pubdate")


def _ld_categories(page: Page) -> tuple[str, ...] | None:
    names: list[object] = []
    for value in _ld_values(page, "articleSection"):
        names.extend(
            [value] if isinstance(value, str) else value if isinstance(value, list) else []
        )
    return _clean_names(n for n in names if isinstance(n, str))


def _meta_categories(page: Page) -> tuple[str, ...] | None:
    return _clean_names(page.meta.get("article:section", ()))


def _meta_date(page: Page, local: dt.tzinfo | None) -> PublishedDate | None:
    for key in _META_DATE_KEYS:
        for value in page.meta.get(key, ()):
            parsed = parse_iso_datetime(value, local=local)
            if parsed is not None:
                return parsed
    return None


def _meta_title(page: Page) -> str | None:
    found = page.first_meta("og:title", "twitter:title")
    return " ".join(found[1].split()) if found else None


def _meta_authors(page: Page) -> tuple[str, ...] | None:
    return _clean_names(v for key in ("author", "article:author") for v in page.meta.get(key, ()))


def _ld_paywalled(page: Page) -> bool:
    return any(
        value in (False, "False", "false") for value in _ld_values(page, "isAccessibleForFree")
    )


# ---------------------------------------------------------------- choosing layers


def _nothing(_page: Page) -> None:
    """Find nothing: the reader of a layer that has none."""


_read_h1 = text_at("descendant::h1")


def _first(
    candidates: Iterable[tuple[Callable[[Page], Any], Layer]], page: Page
) -> tuple[Any, Layer | None]:
    for read, layer in candidates:
        value = read(page)
        if value:
            return value, layer
    return None, None


# ---------------------------------------------------------------- layout choice and fallback


def _choose_layout(
    layouts: tuple[HtmlLayout, ...], page: Page, day: dt.date | None
) -> HtmlLayout | None:
    matching = [layout for layout in layouts if page.xpath(layout.signature)]
    if day is not None:
        for layout in matching:  # oldest first: the first still valid on that day
            if layout.valid_until is None or day <= layout.valid_until:
                return layout
    return matching[-1] if matching else None


def content_container(page: Page) -> lxml.html.HtmlElement | None:
    """Find the element holding the most paragraph text: the article, by content.

    Each paragraph's length counts fully for its parent and half for its
    grandparent (sites that wrap every paragraph in its own ``div``), so the
    element that gathers the most paragraph text wins. Navigation, headers,
    footers and asides are not considered. Without paragraphs, the
    ``article`` element, the ``main`` part or the body is taken.
    """
    scores: dict[lxml.html.HtmlElement, float] = {}
    for paragraph in _CONTENT_PARAGRAPHS(page.root):
        # A rough measure (the string value, made in C) is enough to rank containers.
        # Most paragraphs hold text alone: their string value is their text, read
        # at a small part of the cost of an XPath evaluation.
        text = (paragraph.text or "") if len(paragraph) == 0 else _STRING_VALUE(paragraph)
        length = len(text.strip())
        parent = paragraph.getparent()
        if parent is None or not length:
            continue
        scores[parent] = scores.get(parent, 0.0) + length
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0.0) + length / 2
    if scores:
        return max(scores, key=scores.__getitem__)
    for path in ("descendant::article", "descendant::main", "descendant::body"):
        found = page.first(path)
        if found is not None:
            return found
    return None


def _day_of(value: PublishedDate | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def extract_page(page: Page, parser: SourceParser | None, *, own_site: bool) -> Extracted:
    """Read a page of a source (or of no known source, with ``parser=None``) into fields.

    ``own_site`` says the page is on the source's own site (by its URL or site
    name): only then is a page that matches none of its layouts layout drift.
    Copies on other sites are read by their content without a warning.
    """
    warnings: list[ParseWarning] = []
    provenance: dict[FieldName, Layer] = {}
    # Undated offsets are Baku time on the sources' pages; elsewhere the zone is unknown.
    local = BAKU if parser is not None else None
    ld_date, meta_date = _ld_date(page, local), _meta_date(page, local)
    head_date = ld_date or meta_date
    layout = _choose_layout(parser.layouts, page, _day_of(head_date)) if parser else None

    content: Extracted | None = None
    syndicated_from: str | None = None
    container: lxml.html.HtmlElement | None = None
    if layout is not None:
        container = layout.body(page)
    elif parser is not None and parser.find_content is not None:
        content = parser.find_content(page)
    if layout is None and content is None and parser is not None and own_site:
        names = ", ".join(layout.name for layout in parser.layouts) or "none known"
        warnings.append(
            ParseWarning(
                code=WarningCode.LAYOUT_UNRECOGNISED,
                field=None,
                message=f"the page does not look like any {parser.source.value} layout "
                f"({names}); the article was found by its content",
            )
        )
    body_layer = Layer.MARKUP if layout is not None else Layer.CONTENT
    if content is None:
        if container is None:
            container = content_container(page)
        paragraphs = tuple(paragraph_texts(container)) if container is not None else ()
        if paragraphs:
            syndicated_from, first = split_syndication_prefix(paragraphs[0])
            paragraphs = ((first,) if first else ()) + paragraphs[1:]
        document = TextDocument(paragraphs=paragraphs)
        content = parser.parse_text(document) if parser else Extracted(body=paragraphs)
    warnings.extend(content.warnings)
    found = content  # for the readers below: a name that is never None

    title, title_layer = _first(
        [
            (_ld_title, Layer.JSON_LD),
            (_meta_title, Layer.META),
            (layout.title if layout else _nothing, Layer.MARKUP),
            (lambda _page: found.title, body_layer),
            (_read_h1, Layer.CONTENT),
        ],
        page,
    )
    authors, authors_layer = _first(
        [
            (_ld_authors, Layer.JSON_LD),
            (_meta_authors, Layer.META),
            (layout.authors if layout else _nothing, Layer.MARKUP),
            (lambda _page: found.authors, body_layer),
        ],
        page,
    )
    categories, categories_layer = _first(
        [
            (_ld_categories, Layer.JSON_LD),
            (_meta_categories, Layer.META),
            (layout.categories if layout else _nothing, Layer.MARKUP),
        ],
        page,
    )
    markup_date = layout.published(page) if layout else None
    dates = tuple(
        DateCandidate(value=value, origin=origin, layer=layer)
        for value, origin, layer in (
            (ld_date, DateOrigin.JSON_LD, Layer.JSON_LD),
            (meta_date, DateOrigin.META, Layer.META),
            (markup_date, DateOrigin.MARKUP, Layer.MARKUP),
        )
        if value is not None
    ) + tuple(attrs.evolve(candidate, layer=body_layer) for candidate in content.dates)
    if layout is not None and (layout.paywalled(page) or _ld_paywalled(page)):
        warnings.append(
            ParseWarning(
                code=WarningCode.PAYWALLED,
                field="body",
                message="the page shows only the teaser of a paid article",
            )
        )

    layers: tuple[tuple[FieldName, Layer | None], ...] = (
        ("title", title_layer),
        ("authors", authors_layer),
        ("categories", categories_layer),
        ("published", resolve(dates).layer),  # the pipeline resolves again, with the reference
    )
    for name, layer in layers:
        if layer is not None:
            provenance[name] = layer
    if content.body:
        provenance["body"] = body_layer
    dateline = content.dateline
    if dateline is not None:
        provenance["dateline"] = body_layer
    elif layout is not None:
        dateline = layout.dateline(page)
        if dateline is not None:
            provenance["dateline"] = Layer.MARKUP
    if content.view_count is not None:
        provenance["view_count"] = body_layer
    return Extracted(
        title=title,
        body=content.body,
        authors=tuple(authors or ()),
        categories=tuple(categories or ()),
        dateline=dateline,
        dates=dates,
        view_count=content.view_count,
        warnings=tuple(warnings),
        provenance=provenance,
        syndicated_from=syndicated_from,
        layout=layout.name if layout is not None else content.layout,
    )
