"""The Commissioner's official site (``ombudsman.az``, ``ombudsman.gov.az``).

The article is found by its content, not by guessed page structure:

* The line ``30-11-2022 361 dəfə oxunub`` ("read 361 times", in Azerbaijani
  on every edition) gives :attr:`Article.published` (a date: the site prints
  no time) and :attr:`Article.view_count`. It is a date line with a view
  count, not a dateline (no place, no lead after it): :attr:`Article.dateline`
  stays ``None``, as for the date lines of other outlets.
* The line before it is the title; everything above the title is page chrome
  (the accessibility widget's notice, the site's name, the call-centre
  number) and is dropped, as is the title repeated after the date line.
* Without the date line (the body-only copies that circulate of the site's
  English articles), known chrome lines at the top are dropped and every other
  paragraph is body; the title and date stay ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse

import attrs
import lxml.html

from ombudsparse.dates import DateCandidate, DateOrigin, parse_numeric_dmy
from ombudsparse.html import Page, elements_containing, inner_text_lines
from ombudsparse.model import Language, Source
from ombudsparse.sources.base import Extracted, Marker, SourceParser, TextDocument
from ombudsparse.sources.common import find_first
from ombudsparse.text import same_text

__all__ = ["PARSER"]

_DMY = r"\d{2}[-./]\d{2}[-./]\d{4}"
# "30-11-2022 361 dəfə oxunub"; other editions' wording of "times read" is
# unknown, so any short label after the count is accepted.
_DATE_LINE = re.compile(
    rf"^(?P<date>{_DMY})"
    r"(?:\s+(?P<views>\d{1,3}(?:[ ,.]?\d{3})*)\s+(?P<label>[^\d\s][^\d]{0,30}))?$"
)
_TITLE_MAX_LENGTH = 200
# How far into a text the date line may stand: page chrome and the title come
# first, and a date deeper in the text is part of the body, not the page's.
_DATE_LINE_WITHIN = 10
_ACCESSIBILITY = "Please ensure Javascript is enabled for purposes of website accessibility"
# The site's name, on its own line or after the accessibility notice, in any edition.
_SITE_NAME = re.compile(
    r"(?i)^(?:Azərbaycan\s+Respublikasının\s+İnsan\s+Hüquqları\s+üzrə\s+Müvəkkili"
    r"|Commissioner\s+for\s+Human\s+Rights|Уполномоченный\s+по\s+правам\s+человека)"
    r"[^.]{0,80}\(\s*(?:Ombudsman|Омбудсмен)\s*\)[^.]{0,60}$"
)
# The Azerbaijani edition's site name alone on its line (after the accessibility notice).
_SITE_NAME_LINE = (
    r"Azərbaycan\s+Respublikasının\s+İnsan\s+Hüquqları\s+üzrə\s+Müvəkkili\s+\(Ombudsman\)\s*$"
)
_CALL_CENTRE = re.compile(
    r"(?i)^(?:(?:call[\s-]*cent(?:er|re)|çağrı\s+mərkəzi|колл?-?центр)\s*:?\s*)?916$"
)


def _is_chrome(paragraph: str) -> bool:
    if paragraph.startswith(_ACCESSIBILITY):
        rest = paragraph[len(_ACCESSIBILITY) :].strip()
        return not rest or _SITE_NAME.match(rest) is not None
    return _SITE_NAME.match(paragraph) is not None or _CALL_CENTRE.match(paragraph) is not None


def _looks_like_title(paragraph: str) -> bool:
    return len(paragraph) <= _TITLE_MAX_LENGTH and not paragraph.endswith((".", "!", "?", ":"))


def _match_date_line(paragraph: str) -> tuple[dt.date, int | None] | None:
    """Return the date and the view count of a date line."""
    match = _DATE_LINE.match(paragraph)
    published = parse_numeric_dmy(match["date"]) if match else None
    if match is None or published is None:
        return None
    views = None if match["views"] is None else int(re.sub(r"\D", "", match["views"]))
    return published, views


def parse_text(document: TextDocument) -> Extracted:
    """Parse the extracted text of a page of the official site, or a body-only copy.

    Example:
        >>> doc = TextDocument(paragraphs=(
        ...     "Call center 916", "Ombudsman visits a school", "05-03-2024 12 dəfə oxunub",
        ...     "Ombudsman visits a school", "The Ombudsman visited a school.",
        ... ))
        >>> found = parse_text(doc)
        >>> found.title, found.published, found.view_count, found.body
        ('Ombudsman visits a school', datetime.date(2024, 3, 5), 12, ('The Ombudsman visited a school.',))
    """  # noqa: E501 (a doctest line)
    paragraphs = document.paragraphs
    first = find_first(paragraphs, _match_date_line, within=_DATE_LINE_WITHIN)
    if first is None:
        start = 0
        while start < len(paragraphs) and _is_chrome(paragraphs[start]):
            start += 1
        return Extracted(body=paragraphs[start:])

    index, (published, views) = first
    before = [p for p in paragraphs[:index] if not _is_chrome(p)]
    after = paragraphs[index + 1 :]
    title = before[-1] if before else None
    if after and (same_text(after[0], title) if title else _looks_like_title(after[0])):
        title, after = after[0], after[1:]
    return Extracted(
        title=title,
        body=after,
        dates=(DateCandidate(value=published, origin=DateOrigin.DATELINE),),
        view_count=views,
    )


# The words of the "times read" line: the element holding them is the anchor.
_VIEWS_WORDS = "dəfə oxunub"
_CONTENT_LAYOUT = "ombudsman-content"
# How many ancestors of that element are tried as the article's container.
_CONTAINER_DEPTH = 8
# A container is the article's when a body paragraph of at least this length follows the line.
_BODY_MIN_LENGTH = 40


def find_content(page: Page) -> Extracted | None:
    """Find the article on a page of the official site by its content.

    The site's markup is unknown, so the "times read" line is the anchor: the
    nearest ancestor of it whose text, read as lines, parses as an article
    (title, date line, body with a paragraph of some length) is the article's
    container. Failing that, the nearest one with any body at all.
    """
    fallback: Extracted | None = None
    # Anchors share their upper ancestors (a listing's list, the page's body): each
    # ancestor is read once, so k anchors cost O(k) instead of k readings of the page.
    # A node tried before gave nothing new: no article, or one already the fallback.
    tried: set[lxml.html.HtmlElement] = set()
    for anchor in elements_containing(page.root, _VIEWS_WORDS):
        for _level, node in zip(range(_CONTAINER_DEPTH), anchor.iterancestors(), strict=False):
            if node in tried:
                continue
            tried.add(node)
            found = parse_text(TextDocument(paragraphs=tuple(inner_text_lines(node))))
            if found.published is None or not found.body:
                continue
            found = attrs.evolve(found, layout=_CONTENT_LAYOUT)
            if any(len(p) >= _BODY_MIN_LENGTH for p in found.body):
                return found
            fallback = fallback or found
    return fallback


def _language_from_url(url: urllib.parse.SplitResult) -> Language | None:
    edition = url.path.strip("/").split("/", 1)[0].lower()
    return {"az": Language.AZ, "en": Language.EN, "ru": Language.RU}.get(edition)


PARSER = SourceParser(
    source=Source.OMBUDSMAN,
    domains=("ombudsman.az", "ombudsman.gov.az"),
    own_names=(),
    markers=(
        Marker(
            name="accessibility notice",
            pattern=re.compile(re.escape(_ACCESSIBILITY)),
            weight=3,
            page_pattern=re.compile(rb"Javascript\W*is\W*enabled"),
        ),
        Marker(
            name="times-read line",
            pattern=re.compile(rf"(?m)^{_DMY}\s+\d[\d ,.]*\s+dəfə\s+oxunub\s*$"),
            weight=3,
            needles=("oxunub",),
        ),
        Marker(
            name="site name line",
            pattern=re.compile(r"(?m)(?:^|accessibility\s)" + _SITE_NAME_LINE),
            weight=3,
            needles=("(Ombudsman)", "Respublikasının", "Müvəkkili"),
            tail=_SITE_NAME_LINE,
        ),
        Marker(
            name="call centre line",
            pattern=re.compile(r"(?im)^call\s+cent(?:er|re)\s+916\s*$"),
            weight=2,
            needles=("916",),
            tail=r"916\s*$",
        ),
    ),
    language_from_url=_language_from_url,
    parse_text=parse_text,
    find_content=find_content,
    site_names=("ombudsman", "ombudsman.az", "ombudsman.gov.az"),
)
