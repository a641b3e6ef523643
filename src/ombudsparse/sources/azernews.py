"""Azernews (``www.azernews.az``), English only.

What is removed and kept (see the docs page *Azernews* for the evidence):

* The date line ``21 September 2023 16:21 (UTC+04:00)`` gives
  :attr:`Article.published` (with its printed offset) and, as printed,
  :attr:`Article.dateline`. A line before it is the title.
* The author box ``<Name> Read more`` gives :attr:`Article.authors`.
* The footer, a ``---`` line and ``Follow us on Twitter @AzerNewsAz``, is dropped.
"""

from __future__ import annotations

import re
import urllib.parse

from ombudsparse.dates import parse_day_month_year
from ombudsparse.model import Dateline, Language, Source
from ombudsparse.sources.base import Extracted, Marker, SourceParser, TextDocument
from ombudsparse.sources.common import find_first, split_heading

__all__ = ["PARSER"]

# "Jane Doe Read more": a name of one to five words, then the link text.
_AUTHOR_BOX = re.compile(r"^(?P<name>[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){0,4})\s+Read\s+more\.?$")
_TWITTER_FOOTER = re.compile(r"(?i)^Follow\s+us\s+on\s+(?:Twitter|X)\s+@AzerNewsAz\.?$")
_RULE = re.compile(r"^[-–—_*=]{3,}$")
# How far into a text the date line may stand (title and author box come first).
_DATE_LINE_WITHIN = 4


def _strip_footer(paragraphs: tuple[str, ...]) -> list[str]:
    """Drop the Twitter footer, the rule that introduces it, and a final rule."""
    kept: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if _TWITTER_FOOTER.match(paragraph):
            continue
        if _RULE.match(paragraph) and (following is None or _TWITTER_FOOTER.match(following)):
            continue
        kept.append(paragraph)
    return kept


def parse_text(document: TextDocument) -> Extracted:
    """Parse the extracted text of an Azernews article.

    Example:
        >>> doc = TextDocument(paragraphs=(
        ...     "Ombudswoman meets envoy", "21 September 2023 16:21 (UTC+04:00)",
        ...     "The Ombudswoman met an envoy, Azernews reports.", "Jane Roe Read more",
        ...     "---", "Follow us on Twitter @AzerNewsAz",
        ... ))
        >>> found = parse_text(doc)
        >>> found.title, found.authors, found.published.isoformat(), found.body
        ('Ombudswoman meets envoy', ('Jane Roe',), '2023-09-21T16:21:00+04:00', ('The Ombudswoman met an envoy, Azernews reports.',))
    """  # noqa: E501 (a doctest line)
    authors: list[str] = []
    paragraphs: list[str] = []
    for paragraph in _strip_footer(document.paragraphs):
        author = _AUTHOR_BOX.match(paragraph)
        if author is not None:
            authors.append(author["name"])
        else:
            paragraphs.append(paragraph)

    first = find_first(paragraphs, parse_day_month_year, within=_DATE_LINE_WITHIN)
    if first is None:
        return Extracted(body=tuple(paragraphs), authors=tuple(dict.fromkeys(authors)))

    index, printed = first
    heading = split_heading(tuple(paragraphs[:index]))
    published, warnings = heading.merge_date(printed, what="the date line")
    return Extracted(
        title=heading.title,
        authors=tuple(dict.fromkeys(authors)),
        body=heading.extra + tuple(paragraphs[index + 1 :]),
        dateline=Dateline(text=paragraphs[index], date_text=paragraphs[index]),
        published=published,
        warnings=warnings,
    )


def _language_from_url(_url: urllib.parse.SplitResult) -> Language | None:
    return Language.EN  # the only edition


PARSER = SourceParser(
    source=Source.AZERNEWS,
    domains=("azernews.az",),
    own_names=("Azernews", "AzerNews", "AZERNEWS"),
    markers=(
        Marker(
            name="syndication prefix",
            pattern=re.compile(r"(?i)\(\s*MENAFN\s*[-–—]\s*AzerNews\b"),
            weight=3,
        ),
        Marker(name="Twitter footer", pattern=re.compile(r"(?i)@AzerNewsAz\b"), weight=3),
        Marker(
            name="Azernews reports", pattern=re.compile(r"(?i)\bAzernews\s+reports\b"), weight=2
        ),
        Marker(
            name="according to Azernews",
            pattern=re.compile(r"(?i)\baccording\s+to\s+Azernews\b"),
            weight=2,
        ),
        Marker(name="told Azernews", pattern=re.compile(r"(?i)\btold\s+Azernews\b"), weight=2),
    ),
    language_from_url=_language_from_url,
    parse_text=parse_text,
)
