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
from ombudsparse.html import class_xpath
from ombudsparse.model import Dateline, Language, Source
from ombudsparse.sources.base import (
    Extracted,
    HtmlLayout,
    Marker,
    SourceParser,
    TextDocument,
    date_at,
    first_element,
    text_at,
    texts_at,
)
from ombudsparse.sources.common import find_first, split_heading

__all__ = ["LAYOUT_V1", "PARSER"]

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


def _printed_dateline(text: str | None) -> Dateline | None:
    return Dateline(text=text, date_text=text) if text else None


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
    return Extracted(
        title=heading.title,
        authors=tuple(dict.fromkeys(authors)),
        body=heading.extra + tuple(paragraphs[index + 1 :]),
        dateline=_printed_dateline(paragraphs[index]),
        dates=heading.dates(printed),
    )


_ARTICLE_BODY = f"descendant::div[{class_xpath('article-content')}]"
_DATE_LINE = f"descendant::span[{class_xpath('me-3')}]"
_READ_MORE = re.compile(r"\s*Read\s+more\.?\s*$", re.IGNORECASE)

#: Azernews' page layout as public scrapers report it (the only one known).
LAYOUT_V1 = HtmlLayout(
    name="azernews-v1",
    valid_until=None,
    signature=_ARTICLE_BODY,
    promises=frozenset({"published", "body"}),
    body=first_element(_ARTICLE_BODY),
    title=text_at("descendant::h1"),
    published=date_at(_DATE_LINE),
    dateline=lambda page: _printed_dateline(text_at(_DATE_LINE)(page)),
    authors=texts_at(
        f"descendant::div[{class_xpath('author')}]//h6", clean=lambda t: _READ_MORE.sub("", t)
    ),
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
            page_pattern=re.compile(rb"menafn\W*azernew"),
        ),
        Marker(
            name="Twitter footer",
            pattern=re.compile(r"(?i)@AzerNewsAz\b"),
            weight=3,
            page_pattern=re.compile(rb"@azernew"),
        ),
        Marker(
            name="Azernews reports",
            pattern=re.compile(r"(?i)\bAzernews\s+reports\b"),
            weight=2,
            needles=("azernew", "report"),
            quotable=True,
        ),
        Marker(
            name="according to Azernews",
            pattern=re.compile(r"(?i)\baccording\s+to\s+Azernews\b"),
            weight=2,
            needles=("azernew", "accord"),
            quotable=True,
        ),
        Marker(
            name="told Azernews",
            pattern=re.compile(r"(?i)\btold\s+Azernews\b"),
            weight=2,
            needles=("azernew", "told"),
            quotable=True,
        ),
    ),
    language_from_url=_language_from_url,
    parse_text=parse_text,
    layouts=(LAYOUT_V1,),
    site_names=("azernews", "azernews.az"),
)
