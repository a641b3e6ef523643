"""Hypothesis strategies: random records, and articles rendered in each source's text form."""

from __future__ import annotations

import datetime as dt
import html
import json

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from ombudsparse import (
    Article,
    Dateline,
    Language,
    MonthDay,
    ParseWarning,
    Source,
    WarningCode,
    YearMonth,
)
from ombudsparse.text import same_text

# ---------------------------------------------------------------- records


def clean_text(max_size: int = 60) -> st.SearchStrategy[str]:
    """Non-empty stripped text of any characters, as record fields require."""
    return st.text(min_size=1, max_size=max_size).map(str.strip).filter(bool)


offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)
aware_datetimes = st.datetimes(
    min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=offsets
)
month_days = st.builds(MonthDay, month=st.integers(1, 12), day=st.integers(1, 28)) | st.just(
    MonthDay(month=2, day=29)
)
year_months = st.builds(YearMonth, year=st.integers(1, 9999), month=st.integers(1, 12))
published_dates = st.one_of(st.none(), aware_datetimes, st.dates(), year_months, month_days)
warnings = st.builds(
    ParseWarning,
    code=st.sampled_from(WarningCode),
    field=st.none() | st.sampled_from([f.name for f in attrs.fields(Article)]),
    message=st.text(max_size=80),
)
datelines = st.builds(
    Dateline,
    text=clean_text(),
    place=st.none() | clean_text(20),
    date_text=st.none() | clean_text(20),
)
articles = st.builds(
    Article,
    source=st.none() | st.sampled_from(Source),
    url=st.none() | clean_text(),
    language=st.none() | st.sampled_from(Language),
    title=st.none() | clean_text(),
    authors=st.lists(clean_text(30), max_size=3).map(tuple),
    published=published_dates,
    dateline=st.none() | datelines,
    body=st.lists(clean_text(200), max_size=5).map(tuple),
    view_count=st.none() | st.integers(min_value=0, max_value=10**9),
    attribution=st.none() | clean_text(),
    cited_agencies=st.lists(clean_text(20), max_size=2).map(tuple),
    syndicated_from=st.none() | clean_text(30),
    warnings=st.lists(warnings, max_size=3).map(tuple),
)

# ---------------------------------------------------------------- article texts

# Words that never form a dateline, a date line, a footer or an attribution.
_WORDS = (
    "the ombudsperson commissioner delegation guests meeting rights human freedoms "
    "cooperation institutions discussed informed stressed noted visit region report "
    "detention monitoring children refugees mandate law amendments international office "
    "parties views prospects exchange important national preventive mechanism missing "
    "persons landmines maps return displaced citizens about more than 4,000 300 fifteen"
).split()
_NAMES = ("Lara Venn", "Tomas Okafor", "Ilkin Mammadli", "Greta Solberg", "Anil Rao")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=18))
    if draw(st.booleans()):
        words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(_NAMES)) + ",")
    text = " ".join(words).rstrip(",")
    return text[0].upper() + text[1:] + draw(st.sampled_from([".", ".", "!", "?"]))


paragraphs = st.lists(sentences(), min_size=1, max_size=3).map(" ".join)
bodies = st.lists(paragraphs, min_size=1, max_size=6).map(tuple)
titles = st.lists(st.sampled_from(_WORDS), min_size=3, max_size=10).map(
    lambda words: " ".join(words).capitalize()
)

ENGLISH_MONTHS = (
    "January February March April May June July August September October November December"
).split()
ENGLISH_ABBREVIATIONS = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sept. Oct. Nov. Dec.".split()
AZERBAIJANI_MONTHS = (
    "Yanvar Fevral Mart Aprel May İyun İyul Avqust Sentyabr Oktyabr Noyabr Dekabr"
).split()
RUSSIAN_GENITIVE = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
).split()


@attrs.frozen
class Rendered:
    """A text in a source's form, and the fields the parser must give back."""

    source: Source
    text: str
    title: str | None
    published: object
    body: tuple[str, ...]
    authors: tuple[str, ...] = ()
    view_count: int | None = None
    #: Whether the text carries a marker of its source (else the source must be given).
    marked: bool = True
    #: The page's URL, for rendered HTML pages.
    url: str | None = None


def _join(blocks: list[str], blank_lines: bool) -> str:
    return ("\n\n" if blank_lines else "\n").join(blocks)


@st.composite
def trend_texts(draw: st.DrawFn) -> Rendered:
    """A Trend article in one of its three dateline styles, maybe with a title and footer."""
    body = draw(bodies)
    day = draw(st.integers(1, 28))
    month = draw(st.integers(1, 12))
    place = draw(st.sampled_from(["BAKU", "GANJA", "NEW YORK", "TBILISI"]))
    style = draw(st.sampled_from(["current", "older", "russian"]))
    if style == "current":
        month_name = draw(st.sampled_from([ENGLISH_MONTHS, ENGLISH_ABBREVIATIONS]))[month - 1]
        country = draw(st.sampled_from(["Azerbaijan", "Georgia"]))
        blocks = [f"{place}, {country}, {month_name} {day}. {body[0]}", *body[1:]]
        marked = country == "Azerbaijan"
    elif style == "older":
        month_name = ENGLISH_ABBREVIATIONS[month - 1]
        blocks = [f"{place}, Azerbaijan, {month_name} {day}", "Trend:", *body]
        marked = True
    else:
        blocks = [f"БАКУ /Trend/ - {body[0]}", *body[1:]]
        marked = True
    published = MonthDay(month=month, day=day) if style != "russian" else None
    title = draw(st.none() | titles)
    if title is not None:
        blocks.insert(0, title)
    if draw(st.booleans()):
        marked = True
        blocks.append(
            draw(
                st.sampled_from(
                    [
                        "Stay up to date with more news at Trend News Agency's WhatsApp channel",
                        "Stay up-to-date with more news on Trend News Agency's WhatsApp channel",
                    ]
                )
            )
        )
    text = _join(blocks, draw(st.booleans()))
    return Rendered(
        source=Source.TREND, text=text, title=title, published=published, body=body, marked=marked
    )


_AZERNEWS_PHRASES = (
    "The guests met the Ombudswoman, Azernews reports.",
    "According to Azernews, the guests met the Ombudswoman.",
    "The guests met the Ombudswoman, Azernews reports, citing the Ombudsman Office.",
)


@st.composite
def azernews_texts(draw: st.DrawFn) -> Rendered:
    """An Azernews article: date line, maybe a title, an author box and the footer."""
    body = draw(bodies)
    marked = draw(st.booleans())
    if marked:
        body = (body[0] + " " + draw(st.sampled_from(_AZERNEWS_PHRASES)), *body[1:])
    moment = draw(
        st.datetimes(min_value=dt.datetime(2016, 1, 1), max_value=dt.datetime(2030, 1, 1))
    )
    moment = moment.replace(second=0, microsecond=0, tzinfo=dt.timezone(dt.timedelta(hours=4)))
    date_line = (
        f"{moment.day} {ENGLISH_MONTHS[moment.month - 1]} {moment.year} {moment:%H:%M} (UTC+04:00)"
    )
    blocks = [date_line, *body]
    title = draw(st.none() | titles)
    if title is not None:
        blocks.insert(0, title)
    authors: tuple[str, ...] = ()
    if draw(st.booleans()):
        author = draw(st.sampled_from(_NAMES))
        authors = (author,)
        blocks.append(f"{author} Read more")
    if draw(st.booleans()):
        blocks += ["---", "Follow us on Twitter @AzerNewsAz"]
        marked = True
    text = _join(blocks, draw(st.booleans()))
    if draw(st.booleans()):
        text = f" date {moment:%Y-%m-%d} {text}"
    return Rendered(
        source=Source.AZERNEWS,
        text=text,
        title=title,
        published=moment,
        body=body,
        authors=authors,
        marked=marked,
    )


@st.composite
def official_texts(draw: st.DrawFn) -> Rendered:
    """A page of the official site as extracted text: chrome, title, date line, title, body."""
    body = draw(bodies)
    title = draw(titles)
    day = draw(st.dates(min_value=dt.date(2010, 1, 1), max_value=dt.date(2030, 12, 31)))
    views = draw(st.integers(0, 99_999))
    chrome = draw(
        st.lists(
            st.sampled_from(
                [
                    "Please ensure Javascript is enabled for purposes of website accessibility "
                    "Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)",
                    "Please ensure Javascript is enabled for purposes of website accessibility",
                    "Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)",
                    "916",
                    "Call center 916",
                ]
            ),
            max_size=3,
        )
    )
    assume(not same_text(body[0], title))  # else the first paragraph *is* a repeated title
    repeated = [title] if draw(st.booleans()) else []
    blocks = [*chrome, title, f"{day:%d-%m-%Y} {views} dəfə oxunub", *repeated, *body]
    text = _join(blocks, draw(st.booleans()))
    return Rendered(
        source=Source.OMBUDSMAN, text=text, title=title, published=day, body=body, view_count=views
    )


# ---------------------------------------------------------------- article pages (HTML)

_CHROME = st.lists(
    st.sampled_from(
        [
            "<nav><ul><li><a href='/'>Home</a></li><li><a href='/politics/'>Politics</a></li></ul></nav>",
            "<script>var tracking = {page: 'article'};</script>",
            "<style>.x { color: red; }</style>",
            "<header><div class='logo'>Logo</div></header>",
            "<aside><h4>Most read</h4><ul><li>Another story</li></ul></aside>",
            "<footer><p>All rights reserved.</p></footer>",
        ]
    ),
    max_size=4,
)


def _paragraphs_html(body: tuple[str, ...]) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in body)


def _moments(start: int = 2016) -> st.SearchStrategy[dt.datetime]:
    return st.datetimes(min_value=dt.datetime(start, 1, 1), max_value=dt.datetime(2030, 1, 1)).map(
        lambda m: m.replace(second=0, microsecond=0, tzinfo=dt.timezone(dt.timedelta(hours=4)))
    )


@st.composite
def trend_pages(draw: st.DrawFn) -> Rendered:
    """A Trend article page in its reported layout, any edition, with or without head metadata."""
    body, title, moment = draw(bodies), draw(titles), draw(_moments())
    edition = draw(st.sampled_from(["en", "az", "ru"]))
    host = {"en": "en.trend.az", "az": "az.trend.az", "ru": "www.trend.az"}[edition]
    url = f"https://{host}/azerbaijan/politics/{draw(st.integers(1, 9_999_999))}.html"
    month = {"en": ENGLISH_MONTHS, "az": AZERBAIJANI_MONTHS, "ru": RUSSIAN_GENITIVE}[edition]
    date_time = f"{moment.day} {month[moment.month - 1]} {moment.year} {moment:%H:%M} (UTC +04:00)"
    if edition == "en":
        lead = f"BAKU, Azerbaijan, {ENGLISH_MONTHS[moment.month - 1]} {moment.day}. {body[0]}"
    else:
        lead = f"{'BAKI' if edition == 'az' else 'БАКУ'} /Trend/ - {body[0]}"
    author = draw(st.none() | st.sampled_from(_NAMES))
    head = ""
    if draw(st.booleans()):
        head += f"<meta property='og:title' content='{html.escape(title)}'>"
    if draw(st.booleans()):
        head += f"<meta property='article:published_time' content='{moment.isoformat()}'>"
    if draw(st.booleans()):
        ld = {"@type": "NewsArticle", "headline": title, "datePublished": moment.isoformat()}
        if author:
            ld["author"] = {"@type": "Person", "name": author}
        head += f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    footer = "<p>Stay up to date with more news at Trend News Agency's WhatsApp channel</p>"
    chrome = draw(_CHROME)
    page = (
        f"<!DOCTYPE html><html lang='{edition}'><head><meta charset='utf-8'>{head}</head><body>"
        + "".join(chrome[:2])
        + f"<div class='top-part'><h1>{html.escape(title)}</h1><div class='meta'>"
        f"<span class='categories'>Politics</span><span class='date-time'>{date_time}</span></div></div>"
        "<div class='right-part'><div class='image-wrapper'><img src='/a.jpg'></div>"
        + (
            f"<div class='article-paddings'><span class='author'>{author}</span></div>"
            if author
            else ""
        )
        + "<div class='article-content article-paddings'>"
        + _paragraphs_html((lead, *body[1:]))
        + (footer if draw(st.booleans()) else "")
        + "</div></div>"
        + "".join(chrome[2:])
        + "</body></html>"
    )
    return Rendered(
        source=Source.TREND,
        text=page,
        url=url,
        title=title,
        published=moment,
        body=body,
        authors=(author,) if author else (),
    )


@st.composite
def azernews_pages(draw: st.DrawFn) -> Rendered:
    """An Azernews article page in its reported layout."""
    body, title, moment = draw(bodies), draw(titles), draw(_moments())
    author = draw(st.none() | st.sampled_from(_NAMES))
    date_line = (
        f"{moment.day} {ENGLISH_MONTHS[moment.month - 1]} {moment.year} {moment:%H:%M} (UTC+04:00)"
    )
    chrome = draw(_CHROME)
    page = (
        f"<html><head><meta property='og:title' content='{html.escape(title)}'></head><body>"
        + "".join(chrome[:2])
        + f"<div class='container'><h1>{html.escape(title)}</h1>"
        f"<div class='d-flex'><span class='me-3'>{date_line}</span></div>"
        "<div class='article-content'>"
        + _paragraphs_html(body)
        + ("<p>---</p><p>Follow us on Twitter @AzerNewsAz</p>" if draw(st.booleans()) else "")
        + "</div>"
        + (
            f"<div class='author'><img src='/a.jpg'><h6>{author}</h6><a href='/a'>Read more</a></div>"
            if author
            else ""
        )
        + "</div>"
        + "".join(chrome[2:])
        + "</body></html>"
    )
    return Rendered(
        source=Source.AZERNEWS,
        text=page,
        url=f"https://www.azernews.az/nation/{draw(st.integers(1, 999_999))}.html",
        title=title,
        published=moment,
        body=body,
        authors=(author,) if author else (),
    )


@st.composite
def official_pages(draw: st.DrawFn) -> Rendered:
    """A page of the official site: its markup is unknown, so any plausible structure."""
    body, title = draw(bodies), draw(titles)
    assume(not same_text(body[0], title))
    day = draw(st.dates(min_value=dt.date(2010, 1, 1), max_value=dt.date(2030, 12, 31)))
    views = draw(st.integers(0, 99_999))
    wrapper = draw(st.sampled_from(["div", "section", "article", "td"]))
    title_tag = draw(st.sampled_from(["h1", "h2", "div"]))
    views_html = draw(
        st.sampled_from(
            [
                f"<div>{day:%d-%m-%Y} {views} dəfə oxunub</div>",
                f"<p><span>{day:%d-%m-%Y}</span> <span>{views} dəfə oxunub</span></p>",
            ]
        )
    )
    repeated = f"<h3>{html.escape(title)}</h3>" if draw(st.booleans()) else ""
    if draw(st.booleans()):
        body_html = _paragraphs_html(body)
    else:
        body_html = "<div>" + "<br><br>".join(html.escape(p) for p in body) + "</div>"
    edition = draw(st.sampled_from(["az", "en", "ru"]))
    inner = f"<{title_tag}>{html.escape(title)}</{title_tag}>{views_html}{repeated}{body_html}"
    if wrapper == "td":
        inner = f"<table><tr><td>{inner}</td></tr></table>"
    else:
        inner = f"<{wrapper}>{inner}</{wrapper}>"
    page = (
        "<html><body><div>Please ensure Javascript is enabled for purposes of website accessibility</div>"
        "<div>Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)</div>"
        "<div>Call center 916</div>"
        + "".join(draw(_CHROME)[:2])
        + f"<div class='page'>{inner}</div></body></html>"
    )
    return Rendered(
        source=Source.OMBUDSMAN,
        text=page,
        url=f"https://ombudsman.az/{edition}/view/news/{draw(st.integers(1, 99_999))}/slug",
        title=title,
        published=day,
        body=body,
        view_count=views,
    )
