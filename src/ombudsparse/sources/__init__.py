"""The registry of source parsers and source detection.

Each source module (:mod:`~ombudsparse.sources.trend`,
:mod:`~ombudsparse.sources.azernews`, :mod:`~ombudsparse.sources.official`)
offers one :class:`~ombudsparse.sources.base.SourceParser`; this module finds
the right one for an input.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping

import attrs

from ombudsparse._arguments import check_type
from ombudsparse.model import Source
from ombudsparse.outlets import outlet_marks
from ombudsparse.sources import azernews, official, trend
from ombudsparse.sources.base import CONCLUSIVE, SourceParser, host_of, split_url
from ombudsparse.text import OTHER_AGENCIES, Agencies, reporting_agencies

__all__ = [
    "AGENCIES",
    "PARSERS",
    "Detection",
    "detect_source",
    "parser_for",
    "source_from_site_name",
    "source_from_url",
]

#: Every source's parser, by source.
PARSERS: dict[Source, SourceParser] = {
    parser.source: parser for parser in (trend.PARSER, azernews.PARSER, official.PARSER)
}


def _agencies() -> Agencies:
    # Each source's names longest first (a name before its prefix), then the others.
    names = [n for p in PARSERS.values() for n in sorted(p.own_names, key=len, reverse=True)]
    # A source's names that are more than its first in other letter case stand for it.
    aliases = tuple(
        (name, parser.own_names[0])
        for parser in PARSERS.values()
        for name in parser.own_names[1:]
        if name.casefold() != parser.own_names[0].casefold()
    )
    return Agencies(names=(*names, *OTHER_AGENCIES), aliases=aliases)


#: The agency names attribution phrases are read with: the sources' own names (from
#: their parsers), then :data:`~ombudsparse.text.OTHER_AGENCIES`.
AGENCIES = _agencies()


# Each source's markers of at least a weight, for the two that detection asks for.
_MARKERS_OF_WEIGHT = {
    minimum: tuple(
        (parser.source, tuple(m for m in parser.markers if m.weight >= minimum))
        for parser in PARSERS.values()
    )
    for minimum in (0, CONCLUSIVE)
}


def parser_for(source: Source) -> SourceParser:
    """Return the parser of a source."""
    return PARSERS[source]


@attrs.frozen(kw_only=True)
class Detection:
    """The outcome of source detection, with the evidence for it.

    Example:
        >>> found = detect_source("The two met, Trend reports.")
        >>> found.source, found.evidence[Source.TREND]
        (<Source.TREND: 'trend'>, ('Trend reports',))
    """

    #: The source found, or ``None``.
    source: Source | None
    #: The source the URL names, if any.
    from_url: Source | None = None
    #: The source a page's own site name (``og:site_name``) names, if any.
    from_site: Source | None = None
    #: Whether a URL was given that is on none of the sources' domains.
    foreign_url: bool = False
    #: The source(s) the text's markers point to most strongly (several on a tie).
    from_text: tuple[Source, ...] = ()
    #: Names of the markers found, per source (only sources with a marker).
    evidence: Mapping[Source, tuple[str, ...]] = attrs.field(factory=dict)
    #: Why the text's markers were not enough, when another outlet's own marks
    #: outweighed markers that any outlet quoting the source can print.
    conflict: str | None = None
    #: The source a page of another site copies, by a conclusive marker (a
    #: ``(MENAFN- Trend News Agency)`` prefix): its parser reads the text, while
    #: ``source`` stays ``None``.
    copy_of: Source | None = None


def source_from_url(url: urllib.parse.SplitResult) -> Source | None:
    """Return the source whose domain the URL is on, if any."""
    host = host_of(url)
    for parser in PARSERS.values():
        if parser.owns_host(host):
            return parser.source
    return None


def detect_source(text: str, url: str | None = None, *, site_name: str | None = None) -> Detection:
    """Find the source of a text or page: URL, then the site's own name, then text markers.

    Text markers are summed per source; the source with the highest score wins
    and a tie names none. A URL on one of the sources' domains always wins,
    even against the text. A URL on another domain (another outlet, or a
    syndicated copy such as MENAFN's) names no source: the page is that
    outlet's. Its conclusive markers (a ``(MENAFN- ...)`` prefix) are still
    reported in ``from_text`` and ``evidence``, and the parser records the
    original in :attr:`~ombudsparse.Article.syndicated_from`.

    Args:
        text: The article's text, or a page's visible text.
        url: The page's URL, if known.
        site_name: The name a page gives its site (``og:site_name``), if any.

    Raises:
        InvalidArgumentError: the URL is not a valid URL.
        ArgumentTypeError: an argument is not a ``str`` (or ``None`` where allowed).

    Example:
        >>> detect_source("..., the Ombudsman's Office told Trend.").source
        <Source.TREND: 'trend'>
        >>> detect_source("The Ombudsman received a guest.").source is None
        True
        >>> detect_source("The two met, Trend reports.", "https://example.com/a").source is None
        True
        >>> copy = detect_source("(MENAFN- AzerNews) The two met.", "https://menafn.com/1")
        >>> copy.source is None, copy.from_text
        (True, (<Source.AZERNEWS: 'azernews'>,))
    """
    check_type(text, str, name="text", function="detect_source()")
    check_type(url, str, name="url", function="detect_source()", optional=True)
    check_type(site_name, str, name="site_name", function="detect_source()", optional=True)
    from_url = source_from_url(split_url(url)) if url is not None else None
    foreign = url is not None and from_url is None
    minimum = CONCLUSIVE if foreign else 0
    lowered = text.lower()  # for the markers' needles (Marker.needle)
    evidence: dict[Source, tuple[str, ...]] = {}
    scores: dict[Source, int] = {}
    for source, markers in _MARKERS_OF_WEIGHT[minimum]:
        found = [m for m in markers if m.found_in(text, lowered)]
        evidence[source] = tuple(m.name for m in found)
        scores[source] = sum(m.weight for m in found)  # a parser's names are distinct
    best = max(scores.values())
    from_text = tuple(s for s, score in scores.items() if score == best) if best else ()
    evidence = {source: names for source, names in evidence.items() if names}
    from_site = source_from_site_name(site_name) if site_name and not foreign else None
    conflict: str | None = None
    if from_url is not None:
        chosen: Source | None = from_url
    elif foreign:
        chosen = None  # another outlet's page, whatever it quotes or copies
    elif from_site is not None:
        chosen = from_site
    else:
        chosen = from_text[0] if len(from_text) == 1 else None
        if chosen is not None:
            conflict = _other_outlet_conflict(text, PARSERS[chosen], evidence[chosen])
            chosen = None if conflict is not None else chosen
    return Detection(
        source=chosen,
        from_url=from_url,
        from_site=from_site,
        foreign_url=foreign,
        from_text=from_text,
        evidence=evidence,
        conflict=conflict,
        copy_of=from_text[0] if foreign and len(from_text) == 1 else None,
    )


def _other_outlet_conflict(text: str, parser: SourceParser, found: tuple[str, ...]) -> str | None:
    """Say why a text is not the source's, when only quotable markers point to it.

    "told Trend" or "Trend reports" inside another outlet's story is a quote,
    not a byline: when every marker found is of that kind and the text carries
    the marks of another outlet (it names another outlet as its reporter, or its
    first lines hold a byline, an outlet's own date line or a site name, which
    the sources' texts do not), the text is not attributed.
    """
    markers = {marker.name: marker for marker in parser.markers}
    if not all(markers[name].quotable for name in found):
        return None
    own = {name.casefold() for p in PARSERS.values() for name in p.own_names}
    others = [a for a in reporting_agencies(text, AGENCIES) if a.casefold() not in own]
    if others:
        return (
            f"the text quotes {parser.source.value} ({', '.join(found)}) but names "
            f"{', '.join(others)} as its reporter"
        )
    marks = outlet_marks(text)
    if marks:
        return (
            f"the text quotes {parser.source.value} ({', '.join(found)}) but carries "
            f"another outlet's marks ({', '.join(marks)})"
        )
    return None


def source_from_site_name(name: str) -> Source | None:
    """Return the source a site name (``og:site_name``) names, if any."""
    key = " ".join(name.split()).casefold()
    for parser in PARSERS.values():
        if key in parser.site_names:
            return parser.source
    return None
