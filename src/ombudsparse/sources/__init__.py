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

from ombudsparse.model import Source
from ombudsparse.sources import azernews, official, trend
from ombudsparse.sources.base import SourceParser, host_of, split_url

__all__ = ["PARSERS", "Detection", "detect_source", "parser_for"]

#: Every source's parser, by source.
PARSERS: dict[Source, SourceParser] = {
    parser.source: parser for parser in (trend.PARSER, azernews.PARSER, official.PARSER)
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
    #: The source(s) the text's markers point to most strongly (several on a tie).
    from_text: tuple[Source, ...] = ()
    #: Names of the markers found, per source (only sources with a marker).
    evidence: Mapping[Source, tuple[str, ...]] = attrs.field(factory=dict)


def source_from_url(url: urllib.parse.SplitResult) -> Source | None:
    """Return the source whose domain the URL is on, if any."""
    host = host_of(url)
    for parser in PARSERS.values():
        if parser.owns_host(host):
            return parser.source
    return None


def detect_source(text: str, url: str | None = None) -> Detection:
    """Find the source of a text: the URL's domain first, else the strongest markers.

    Text markers are summed per source; the source with the highest score wins
    and a tie names none. A URL's source always wins, even against the text.

    Args:
        text: The article's text (normalised or not).
        url: The page's URL, if known.

    Raises:
        InvalidArgumentError: the URL is not a valid URL.

    Example:
        >>> detect_source("..., the Ombudsman's Office told Trend.").source
        <Source.TREND: 'trend'>
        >>> detect_source("The Ombudsman received a guest.").source is None
        True
    """
    evidence = {
        parser.source: tuple(m.name for m in parser.markers if m.pattern.search(text))
        for parser in PARSERS.values()
    }
    scores = {
        parser.source: sum(m.weight for m in parser.markers if m.name in evidence[parser.source])
        for parser in PARSERS.values()
    }
    best = max(scores.values())
    from_text = tuple(s for s, score in scores.items() if score == best) if best else ()
    evidence = {source: names for source, names in evidence.items() if names}
    from_url = source_from_url(split_url(url)) if url is not None else None
    if from_url is not None:
        chosen: Source | None = from_url
    else:
        chosen = from_text[0] if len(from_text) == 1 else None
    return Detection(source=chosen, from_url=from_url, from_text=from_text, evidence=evidence)
