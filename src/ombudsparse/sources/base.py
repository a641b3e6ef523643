"""The small surface every source module offers, and the types it works on."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable

import attrs

from ombudsparse.errors import InvalidArgumentError, ParseWarning
from ombudsparse.model import Dateline, Language, PublishedDate, Source

__all__ = ["Extracted", "Marker", "SourceParser", "TextDocument", "host_of", "split_url"]


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
    dateline: Dateline | None = None
    published: PublishedDate | None = None
    view_count: int | None = None
    warnings: tuple[ParseWarning, ...] = ()


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
