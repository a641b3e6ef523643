"""Trend News Agency (``en.trend.az``, ``trend.az``, ``az.trend.az``).

What is removed and kept (see the docs page *Trend* for the evidence):

* The dateline, in any of its styles, becomes :attr:`Article.dateline`:
  ``BAKU, Azerbaijan, November 14. <lead>`` (current English style, no year),
  ``BAKU, Azerbaijan, Oct. 25`` on its own line followed by a ``Trend:`` line
  (older English style), ``<CITY> /Trend/ - <lead>`` (Russian) and ``Bakı. Trend:``
  (Azerbaijani, on its own line or before the lead). Its date gives
  :attr:`Article.published`.
* A line before the dateline is the title; a printed date line such as
  ``7 July 2026 15:56 (UTC +04:00)`` there gives the full publication time.
* Footers that advertise Trend's channels (WhatsApp, Telegram, Google News,
  ``Trend-i buradan izləyin``) are dropped.
"""

from __future__ import annotations

import re
import urllib.parse

import lxml.html

from ombudsparse._regex import fold, holds_any
from ombudsparse.dates import MONTH_PATTERN, parse_day_month_year, parse_month_day
from ombudsparse.html import Page, class_xpath, select
from ombudsparse.model import Dateline, Language, PublishedDate, Source
from ombudsparse.sources.base import (
    Extracted,
    HtmlLayout,
    Marker,
    SourceParser,
    TextDocument,
    first_element,
    host_of,
    within,
)
from ombudsparse.sources.common import find_first, printed_date_line, split_heading

__all__ = ["LAYOUT_V1", "PARSER"]

# "/Trend/", "/ Trend, A.Name /", "/корр. Trend Ф.Имя/".
_TREND_IN_SLASHES = r"/\s*(?:корр\.\s*)?Trend\b[^/\n]{0,60}/"
# A place written in letters, spaces, dots, apostrophes or hyphens: "BAKU", "NEW YORK".
_PLACE = r"[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]{1,2}[^\W\d_]+){0,3}"
# "November 14", "Oct. 25", "November 14, 2023", "14 November", "14 ноября 2023".
_DAY_AND_MONTH = (
    rf"(?:{MONTH_PATTERN}\s+\d{{1,2}}(?:\s*,\s*\d{{4}})?"
    rf"|\d{{1,2}}\s+{MONTH_PATTERN}(?:\s+\d{{4}})?)"
)
_ENGLISH_DATELINE = re.compile(
    rf"""^(?P<text>
        (?P<place>{_PLACE})\s*,
        (?:\s*(?P<country>{_PLACE})\s*,)?
        \s*(?P<date>{_DAY_AND_MONTH})
    )
    (?:\s*\.(?:\s+|$)|\s*[-–—:]\s+|\s*$)""",
    re.IGNORECASE | re.VERBOSE,
)
# "БАКУ /Trend/", "Баку, 14 ноября /Trend/", and older forms that name the country
# first and the correspondent inside the slashes: "Azerbaijan, Baku, Oct. 25 / Trend, A.Name /".
_SLASH_DATELINE = re.compile(
    rf"""^(?P<text>
        (?:{_PLACE}\s*,\s*(?={_PLACE}\s*(?:,|/)))?
        (?P<place>{_PLACE})
        (?:\s*,\s*(?P<date>{_DAY_AND_MONTH}))?
        \s*{_TREND_IN_SLASHES}
    )
    \s*(?:[-–—:.]\s*)?""",
    re.IGNORECASE | re.VERBOSE,
)
# The Azerbaijani edition's dateline: "Bakı. Trend:" on its own line or before the lead.
_DOT_DATELINE = re.compile(
    rf"""^(?P<text>
        (?P<place>{_PLACE})
        (?:\s*,\s*(?P<date>{_DAY_AND_MONTH}))?
        \s*\.\s*Trend\s*:
    )\s*""",
    re.IGNORECASE | re.VERBOSE,
)
# The older style's second line, "Trend:", possibly with the lead after it.
_TREND_LABEL = re.compile(r"^Trend\s*:\s*")
# Footers: a short line that points to Trend's channels ("Trend-i buradan izləyin",
# Telegram, WhatsApp, Google News, Facebook, X/Twitter invitations).
_FOOTER_WORDS = re.compile(
    r"(?i)\b(?:whatsapp|telegram|google\s+news|facebook|twitter|instagram|youtube"
    r"|buradan\s+izləyin|izləyin)\b|@trend\b"
)
_TREND_WORD = re.compile(r"(?i)\bTrend\b|\btrend\.az\b")
_FOOTER_MAX_LENGTH = 200
# "Trend-ə ... bildirib": Trend named as the one told, in Azerbaijani.
_TREND_E = (
    r"\bTrend-(?:ə|e)\s+(?:[^.\n]{0,80}\s)?(?:bildir(?:il)?ib|deyib"
    r"|açıqlayıb|məlumat\s+verilib|məlumat\s+verib)\b"
)
# The English dateline's marker after the place: ", Azerbaijan, November 14".
_COUNTRY_AND_DAY = rf",\s*Azerbaijan\s*,\s*{MONTH_PATTERN}\s+\d{{1,2}}\b"
# How far into a text the dateline may stand (title, date and category lines come first).
_DATELINE_WITHIN = 5
# How far into a text without dateline its date line may stand (after the headline).
_DATE_LINE_WITHIN = 3


# Every match of _FOOTER_WORDS holds one of these (folded, see ombudsparse._regex.fold).
_FOOTER_NEEDLES = (
    "whatsapp",
    "telegram",
    "google",
    "facebook",
    "twitter",
    "instagram",
    "youtube",
    "izləyin",
    "@trend",
)


def _is_footer(paragraph: str) -> bool:
    return (
        len(paragraph) <= _FOOTER_MAX_LENGTH
        and holds_any(fold(paragraph), _FOOTER_NEEDLES)
        and _FOOTER_WORDS.search(paragraph) is not None
        and _TREND_WORD.search(paragraph) is not None
    )


def _dateline_date(date_text: str | None) -> PublishedDate | None:
    if date_text is None:
        return None
    return parse_month_day(date_text) or parse_day_month_year(date_text)


def _match_dateline(paragraph: str) -> tuple[Dateline, PublishedDate | None, str] | None:
    """Return the dateline at the start of a paragraph, its date, and the rest."""
    for pattern in (_ENGLISH_DATELINE, _SLASH_DATELINE, _DOT_DATELINE):
        match = pattern.match(paragraph)
        if match is None:
            continue
        date_text = match["date"]
        published = _dateline_date(date_text)
        if date_text is not None and published is None:
            continue  # "November 31": not a date, so not a dateline
        text = " ".join(match["text"].split())
        text = text if pattern is _DOT_DATELINE else text.rstrip(" .")
        dateline = Dateline(text=text, place=match["place"].strip(), date_text=date_text)
        return dateline, published, paragraph[match.end() :].strip()
    return None


def parse_text(document: TextDocument) -> Extracted:
    """Parse the extracted text of a Trend article.

    Example:
        >>> doc = TextDocument(paragraphs=(
        ...     "BAKU, Azerbaijan, March 3. The Ombudsman met a guest, Trend reports.",
        ...     "Stay up to date with more news at Trend News Agency's WhatsApp channel",
        ... ))
        >>> found = parse_text(doc)
        >>> found.dateline.place, found.published, found.body
        ('BAKU', MonthDay(month=3, day=3), ('The Ombudsman met a guest, Trend reports.',))
    """
    paragraphs = [p for p in document.paragraphs if not _is_footer(p)]
    first = find_first(paragraphs, _match_dateline, within=_DATELINE_WITHIN)
    if first is None:
        # No dateline (older pages): a headline and a date line may still head the text.
        dated = find_first(paragraphs, printed_date_line, within=_DATE_LINE_WITHIN)
        if dated is None:
            return Extracted(body=tuple(paragraphs))
        heading = split_heading(tuple(paragraphs[: dated[0] + 1]))
        return Extracted(
            title=heading.title,
            body=heading.extra + tuple(paragraphs[dated[0] + 1 :]),
            dates=heading.dates(),
            categories=heading.categories,
        )

    index, (dateline, dateline_date, lead) = first
    heading = split_heading(tuple(paragraphs[:index]))
    rest = paragraphs[index + 1 :]
    if not lead and rest and _TREND_LABEL.match(rest[0]):
        lead = _TREND_LABEL.sub("", rest[0]).strip()
        rest = rest[1:]
    lead = _TREND_LABEL.sub("", lead).strip()
    body = heading.extra + ((lead,) if lead else ()) + tuple(rest)

    return Extracted(
        title=heading.title,
        body=body,
        dateline=dateline,
        dates=heading.dates(dateline_date),
        categories=heading.categories,
    )


_ARTICLE_BODY = f"descendant::div[{class_xpath('article-content', 'article-paddings')}]"
_read_body = first_element(_ARTICLE_BODY)
_read_top_part = first_element(f"descendant::div[{class_xpath('top-part')}]")
# Fields are looked for in the part of the page that holds them, not the whole
# page: the title and div.meta (categories, date) in div.top-part; the author and
# paid-article markers beside the body, in div.right-part.
_TITLE = ".//h1"
_DATE_TIME = f".//span[{class_xpath('date-time')}]"
_CATEGORIES = f".//span[{class_xpath('categories')}]"
_AUTHOR = f".//div[{class_xpath('article-paddings')}]//span[{class_xpath('author')}]"
_PAID_MARKER = ".//*[contains(@class, 'paid-article')]"


def _article_part(page: Page) -> lxml.html.HtmlElement | None:
    body = _read_body(page)
    return body.getparent() if body is not None else None


def _top_part_texts(page: Page, path: str) -> tuple[str, ...] | None:
    top = _read_top_part(page)
    return within(top, path) if top is not None else None


def _title(page: Page) -> str | None:
    found = _top_part_texts(page, _TITLE)
    return found[0] if found else None


def _published(page: Page) -> PublishedDate | None:
    found = _top_part_texts(page, _DATE_TIME)
    if not found:
        return None
    # The year is sometimes left out ("15 Noyabr 10:31 (UTC+04)"): a month-day date then.
    return parse_day_month_year(found[0]) or parse_month_day(found[0], with_time=True)


def _categories(page: Page) -> tuple[str, ...] | None:
    top = _read_top_part(page)
    spans = select(top, _CATEGORIES) if top is not None else []
    if not spans:
        return None
    # Each category is a link inside span.categories; a bare span is one category.
    return within(spans[0], ".//a") or within(spans[0], ".")


def _authors(page: Page) -> tuple[str, ...] | None:
    part = _article_part(page)
    return within(part, _AUTHOR) if part is not None else None


def _paywalled(page: Page) -> bool:
    part = _article_part(page)
    return part is not None and bool(select(part, _PAID_MARKER))


#: Trend's page layout as public scrapers report it (the only one known).
LAYOUT_V1 = HtmlLayout(
    name="trend-v1",
    valid_until=None,
    signature=_ARTICLE_BODY,
    promises=frozenset({"title", "published", "body"}),
    body=_read_body,
    title=_title,
    published=_published,
    authors=_authors,
    categories=_categories,
    paywalled=_paywalled,
)


def _language_from_url(url: urllib.parse.SplitResult) -> Language | None:
    host = host_of(url)
    if host.startswith("en."):
        return Language.EN
    if host.startswith("az."):
        return Language.AZ
    if host in ("trend.az", "www.trend.az", "ru.trend.az"):
        return Language.RU
    return None


PARSER = SourceParser(
    source=Source.TREND,
    domains=("trend.az",),
    own_names=("Trend", "Trend News Agency"),
    markers=(
        Marker(
            name="syndication prefix",
            pattern=re.compile(r"\(\s*MENAFN\s*[-–—]\s*Trend\b"),
            weight=3,
            page_pattern=re.compile(rb"MENAFN\W*Trend"),
        ),
        Marker(
            name="slash dateline",
            pattern=re.compile(rf"(?m)^[^\W\d_][\w .,-]{{0,40}}{_TREND_IN_SLASHES}"),
            weight=3,
            needles=("Trend", "/"),
            tail=_TREND_IN_SLASHES,
            page_pattern=re.compile(rb"/\W*Trend"),
        ),
        Marker(
            name="WhatsApp footer",
            pattern=re.compile(r"(?i)Trend News Agency['’]s\s+WhatsApp\s+channel"),
            weight=3,
            needles=("trend new",),
            page_pattern=re.compile(rb"trend\W*new(?:s|\xc5\xbf)\W*agency"),
        ),
        Marker(
            name="Azerbaijani dateline",
            pattern=re.compile(rf"(?m)^{_PLACE}\s*\.\s*Trend\s*:", re.IGNORECASE),
            weight=3,
            needles=("trend",),
            tail=r"\.\s*Trend\s*:",
            page_pattern=re.compile(rb"\.\W*trend\W*:"),
        ),
        Marker(
            name="told Trend",
            pattern=re.compile(r"\btold\s+Trend\b"),
            weight=2,
            quotable=True,
            needles=("Trend", "told"),
            tail=r"told\s+Trend\b",
        ),
        Marker(
            name="Trend-ə",
            pattern=re.compile(_TREND_E),
            weight=2,
            quotable=True,
            needles=("Trend-",),
            tail=_TREND_E[2:],
        ),
        Marker(
            name="Trend reports",
            pattern=re.compile(r"\bTrend\s+reports\b"),
            weight=2,
            quotable=True,
            needles=("Trend", "reports"),
            tail=r"Trend\s+reports\b",
        ),
        Marker(
            name="Trend: line",
            pattern=re.compile(r"(?m)^Trend\s*:"),
            weight=2,
            needles=("Trend",),
            tail=r"Trend\s*:",
        ),
        Marker(
            name="English dateline",
            pattern=re.compile(rf"(?m)^{_PLACE}\s*{_COUNTRY_AND_DAY}", re.IGNORECASE),
            weight=2,
            needles=("azerba",),
            tail=_COUNTRY_AND_DAY,
        ),
    ),
    language_from_url=_language_from_url,
    parse_text=parse_text,
    layouts=(LAYOUT_V1,),
    site_names=("trend", "trend.az", "trend news agency"),
)
