"""What every source module offers and works on: parser types and layout field readers."""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

import attrs
import lxml.html

from ombudsparse.dates import DateCandidate, parse_day_month_year, resolve
from ombudsparse.errors import InvalidArgumentError, ParseWarning
from ombudsparse.html import Page, element_text, select
from ombudsparse.model import (
    FIELD_NAMES,
    Dateline,
    FieldName,
    Language,
    Layer,
    PublishedDate,
    Source,
)

_T = TypeVar("_T")

__all__ = [
    "CONCLUSIVE",
    "Extracted",
    "FieldReader",
    "HtmlLayout",
    "Marker",
    "SourceParser",
    "TextDocument",
    "date_at",
    "first_element",
    "host_of",
    "split_url",
    "text_at",
    "texts_at",
    "within",
]


@attrs.frozen(kw_only=True)
class TextDocument:
    """Extracted page text, normalised and split, ready for a source's parser.

    ``paragraphs`` are the non-empty lines in order, after the extraction
    tool's date prefix and any syndication prefix were removed.
    """

    paragraphs: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Extracted:
    """What a source's parser found in a document; the pipeline turns it into an Article."""

    title: str | None = None
    body: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    dateline: Dateline | None = None
    #: Every publication date found, each with its origin; :func:`ombudsparse.dates.resolve`
    #: chooses among them once, with the extraction prefix and the reference date.
    dates: tuple[DateCandidate, ...] = ()
    view_count: int | None = None
    warnings: tuple[ParseWarning, ...] = ()
    #: For each field found, the layer it came from (set by the HTML path).
    provenance: Mapping[FieldName, Layer] = attrs.field(factory=dict)
    #: The page layout recognised (HTML only).
    layout: str | None = None
    #: The original a syndicated copy names (``Trend News Agency``).
    syndicated_from: str | None = None

    @property
    def published(self) -> PublishedDate | None:
        """The date the candidates give on their own (no prefix, no reference date)."""
        return resolve(self.dates).value


def _check_promises(promises: frozenset[str]) -> None:
    # mypy checks promises typed in the code; this checks them at run time too.
    unknown = sorted(promises - set(FIELD_NAMES))
    if unknown:
        raise InvalidArgumentError(
            f"a layout promises {', '.join(unknown)}, which the Article record has no field for"
        )


#: A field function: reads one value from a page, or ``None`` when it is not there.
FieldReader = Callable[[Page], _T | None]


@attrs.frozen(kw_only=True)
class HtmlLayout:
    """One version of a source's page layout, in the manner of fundus.

    A redesign of a site adds a layout instead of changing one, so old saved
    pages keep parsing. Each field is one small function over the shared
    :class:`~ombudsparse.html.Page`.
    """

    #: A stable name, shown in records and drift reports: ``trend-2020``.
    name: str
    #: The last publication day of pages in this layout; ``None`` for the current one.
    valid_until: dt.date | None
    #: An XPath that selects something on every page of this layout, and on few others.
    signature: str
    #: The fields every page of this layout gives; a missing one is layout drift.
    #: Each must be a field of :class:`~ombudsparse.Article` (checked when the
    #: layout is made, so a misspelt promise fails at import).
    promises: frozenset[FieldName] = attrs.field(validator=lambda _i, _a, v: _check_promises(v))
    #: The body's container (block elements inside it are the paragraphs).
    body: FieldReader[lxml.html.HtmlElement]
    title: FieldReader[str] = attrs.field(default=lambda _page: None)
    published: FieldReader[PublishedDate] = attrs.field(default=lambda _page: None)
    authors: FieldReader[tuple[str, ...]] = attrs.field(default=lambda _page: None)
    categories: FieldReader[tuple[str, ...]] = attrs.field(default=lambda _page: None)
    #: The dateline or date line, when the layout prints it outside the body.
    dateline: FieldReader[Dateline] = attrs.field(default=lambda _page: None)
    #: Tells whether the page shows only a paid article's teaser.
    paywalled: Callable[[Page], bool] = attrs.field(default=lambda _page: False)


#: The weight of a marker that identifies its source on its own.
CONCLUSIVE = 3


@attrs.frozen(kw_only=True)
class Marker:
    """A pattern in text that is evidence of a source, with how strong it is.

    Weight 3 is conclusive on its own (page chrome, a footer, a syndication
    prefix); weight 2 is the source's own wording (an attribution phrase, a
    dateline).
    """

    name: str
    pattern: re.Pattern[str]
    weight: int
    #: Whether another outlet can print it when it quotes the source ("told Trend"):
    #: such a marker alone does not outweigh that outlet's own marks.
    quotable: bool = False
    #: Pieces of text every match of ``pattern`` holds, looked for first: a text
    #: without one of them cannot match, and ``in`` finds out far faster than the
    #: pattern. For a case-insensitive pattern they are looked for in the text
    #: lowered (``str.lower``), so they must be lower-case ASCII without ``i`` or
    #: ``s``: the pattern matches ``ı`` for ``i`` and ``ſ`` for ``s``, which lowering keeps.
    needles: tuple[str, ...] = attrs.field(default=())
    #: For a marker whose needles are common words, or that has none: a pattern that
    #: finds, in a page's joined text (:meth:`~ombudsparse.html.Page.joined_text`,
    #: lowered for a case-insensitive marker, as UTF-8), every match of the marker in
    #: the page's visible text (where the visible text has white space, the joined text
    #: has ``\W*``), so that a page without it is known to show none.
    page_pattern: re.Pattern[bytes] | None = None
    #: The end of ``pattern``'s source, from a place outside every group, before which
    #: the pattern has no alternation (``r"Trend\s*:"`` of ``r"(?m)^Trend\s*:"``): every
    #: match ends with a match of it. A pattern that starts with ``^`` in a multi-line
    #: search, or with a class, is tried at every place of a text; its tail, starting
    #: with a literal, is found at once, and where it is not, neither is the pattern.
    tail: str | None = attrs.field(default=None)
    _folded: bool = attrs.field(init=False, repr=False, eq=False)
    _gate: re.Pattern[str] | None = attrs.field(init=False, repr=False, eq=False)

    @tail.validator
    def _check_tail(self, _attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and not (value and self.pattern.pattern.endswith(value)):
            raise ValueError(f"marker {self.name!r}: {value!r} is not the end of its pattern")

    @needles.validator
    def _check_needles(
        self, _attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
    ) -> None:
        if not self.pattern.flags & re.IGNORECASE:
            return
        for needle in value:
            if not needle.isascii() or needle != needle.lower() or {"i", "s"} & set(needle):
                raise ValueError(
                    f"marker {self.name!r}: the needle {needle!r} of a case-insensitive "
                    "pattern must be lower-case ASCII without 'i' or 's'"
                )

    @_folded.default
    def _folded_default(self) -> bool:
        return bool(self.pattern.flags & re.IGNORECASE)

    @_gate.default
    def _gate_default(self) -> re.Pattern[str] | None:
        return None if self.tail is None else re.compile(self.tail, self.pattern.flags)

    def found_in(self, text: str, lowered: str) -> bool:
        r"""Tell whether the pattern matches the text (``lowered`` is ``text.lower()``).

        Example:
            >>> told = Marker(name="told X", pattern=re.compile(r"\btold\s+X\b"), weight=2,
            ...               needles=("told", "X"))
            >>> told.found_in("He told X.", "he told x."), told.found_in("He left.", "he left.")
            (True, False)
        """
        haystack = lowered if self._folded else text
        for needle in self.needles:
            if needle not in haystack:
                return False
        if self._gate is not None and self._gate.search(text) is None:
            return False
        return self.pattern.search(text) is not None


@attrs.frozen(kw_only=True)
class SourceParser:
    """One source's parser: its domains, its markers, and its text parser."""

    #: Which source this parser reads.
    source: Source
    #: Registrable domains of the source; subdomains match too.
    domains: tuple[str, ...]
    #: The names the source calls itself in attribution phrases.
    own_names: tuple[str, ...]
    #: Evidence of the source in text without a URL.
    markers: tuple[Marker, ...]
    #: The edition's language from the URL, when the URL tells it.
    language_from_url: Callable[[urllib.parse.SplitResult], Language | None]
    #: Turns a document of this source into extracted fields.
    parse_text: Callable[[TextDocument], Extracted]
    #: The source's page layouts, oldest first; empty when none is known.
    layouts: tuple[HtmlLayout, ...] = ()
    #: Finds the article by its content when no layout is known (the official site).
    find_content: Callable[[Page], Extracted | None] | None = None
    #: Names the site gives itself in ``og:site_name`` (lower case).
    site_names: tuple[str, ...] = ()

    def owns_host(self, host: str) -> bool:
        """Tell whether a host name belongs to this source."""
        return any(host == domain or host.endswith("." + domain) for domain in self.domains)


def split_url(url: str) -> urllib.parse.SplitResult:
    """Split a URL into its parts; raise our error when it is not a valid URL.

    Raises:
        InvalidArgumentError: the URL cannot be parsed (e.g. a bad port or IPv6 host).
    """
    try:
        parts = urllib.parse.urlsplit(url.strip())
        parts.port  # noqa: B018 - reading the port validates it
    except ValueError as exc:
        raise InvalidArgumentError(f"not a valid URL {url!r}: {exc}") from None
    return parts


def host_of(url: urllib.parse.SplitResult) -> str:
    """Return a URL's host name, lower case, without a final dot or port."""
    return (url.hostname or "").rstrip(".").lower()


# ---------------------------------------------------------------- field helpers for layouts


def first_element(xpath: str) -> Callable[[Page], lxml.html.HtmlElement | None]:
    """Return a field reader giving the first element an XPath selects."""

    def read(page: Page) -> lxml.html.HtmlElement | None:
        return page.first(xpath)

    return read


def text_at(xpath: str) -> Callable[[Page], str | None]:
    """Return a field reader giving the visible text of the first element an XPath selects."""

    def read(page: Page) -> str | None:
        element = page.first(xpath)
        text = " ".join(element_text(element).split()) if element is not None else ""
        return text or None

    return read


def _distinct_texts(
    elements: Iterable[lxml.html.HtmlElement], clean: Callable[[str], str] = str.strip
) -> tuple[str, ...] | None:
    texts = (clean(" ".join(element_text(e).split())) for e in elements)
    return tuple(dict.fromkeys(t for t in texts if t)) or None


def within(element: lxml.html.HtmlElement, xpath: str) -> tuple[str, ...] | None:
    """Return the distinct visible texts of the elements an XPath selects within ``element``."""
    return _distinct_texts(select(element, xpath))


def texts_at(
    xpath: str, clean: Callable[[str], str] = str.strip
) -> Callable[[Page], tuple[str, ...] | None]:
    """Return a field reader giving the cleaned, distinct texts of the elements selected."""

    def read(page: Page) -> tuple[str, ...] | None:
        return _distinct_texts(page.xpath(xpath), clean)

    return read


def date_at(xpath: str) -> Callable[[Page], PublishedDate | None]:
    """Return a field reader giving the printed date of the first element an XPath selects."""
    read_text = text_at(xpath)

    def read(page: Page) -> PublishedDate | None:
        text = read_text(page)
        return parse_day_month_year(text) if text else None

    return read
