"""Hypothesis strategies: random records, and articles rendered in each source's text form."""

from __future__ import annotations

import datetime as dt

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
