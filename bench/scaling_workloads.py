"""Deterministic inputs whose amount of work is one number, for the scaling bench and its test.

Each maker takes ``n`` (the number of items: kilobytes, view-count lines,
continuation lines, paragraphs, meeting reports) and returns an input whose
work should grow linearly with ``n``. The same makers serve
``bench/bench_scaling.py`` (large sizes, timed) and ``tests/test_scaling.py``
(small sizes, work counted).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import _chrome, official_page, trend_page

from ombudsparse.meetings.cluster import MeetingReport
from ombudsparse.meetings.extract import person_key
from ombudsparse.meetings.model import Meeting, MeetingKind, MeetingMode, Person, Span
from ombudsparse.model import MonthDay, PublishedDate, Source, YearMonth

OFFICIAL_URL = "https://ombudsman.az/az/view/news/1/listing"


def sized_pages(units: int, *, seed: int = 1) -> list[tuple[str, bytes]]:
    """Return a Trend and an official page, each with ``units`` times about 80 kB of chrome.

    The chrome (menus, related-story lists, scripts) is repeated whole, so a
    larger page has more of every kind of element, as real large pages do.
    """
    rng = random.Random(seed)
    result = []
    for maker in (trend_page, official_page):
        url, data = maker(rng, 0)
        page = data.decode()
        extra = "".join("".join(_chrome(rng, 0)) for _ in range(units - 1))
        cut = page.rindex("</body>")
        result.append((url, f"{page[:cut]}{extra}{page[cut:]}".encode()))
    return result


def listing_page(lines: int) -> bytes:
    """Return an official-site listing page: ``lines`` items, each a title, a date line, a teaser.

    No item has a body paragraph long enough to be an article, so the content
    search tries every anchor (the worst case the issue measured).
    """
    items = "".join(
        f"<div class='news-item'><a href='/az/view/news/{i}/x'><h4>Xəbər {i}</h4></a>"
        f"<div class='news-info'><span>{1 + i % 28:02d}-11-2022</span> "
        f"<span>{i + 3} dəfə oxunub</span></div><p>Qısa mətn {i}</p></div>"
        for i in range(lines)
    )
    return (
        "<html><head><meta charset='utf-8'></head><body>"
        "<div>Please ensure Javascript is enabled for purposes of website accessibility</div>"
        f"<div class='page'><div class='news-list'>{items}</div></div></body></html>"
    ).encode()


def menafn_text(lines: int) -> str:
    """Return a MENAFN copy whose one sentence is broken over ``lines`` continuation lines."""
    rest = "\n".join(f"and the delegation number {i} of the region" for i in range(lines))
    return f"(MENAFN- AzerNews) The Ombudsperson Sabina Aliyeva met the guests\n{rest}."


def long_text(paragraphs: int) -> str:
    """Return a Trend text with ``paragraphs`` body paragraphs."""
    # Short paragraphs, so that a million of them stay under the input size limit.
    body = "\n".join(f"The sides met ({i})." for i in range(paragraphs))
    return (
        "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the "
        f"Ambassador of Norland, Ola Berg, Trend reports.\n{body}"
    )


_SYLLABLES = (
    "ka ri mo sen tal vi dor an el ber gu sta li nov ska ya ze rin pol ow ich ma ra "
    "tu fe lo gar ham id ul bek ov ic no sa ve ko"
).split()
_HOST = Person(name="Sabina Aliyeva", key="sabina aliyeva")


def _name(rng: random.Random, syllables: tuple[int, int]) -> str:
    return "".join(rng.choices(_SYLLABLES, k=rng.randint(*syllables))).capitalize()


def _variant(rng: random.Random, first: str, last: str) -> str:
    """Return the name as one outlet may print it: a typo, an initial, no first name."""
    if "-" in last and rng.random() < 0.5:  # one part of a double surname
        last = rng.choice(last.split("-"))
    roll = rng.random()
    if roll < 0.4:
        return f"{first} {last}"
    if roll < 0.6:
        cut = rng.randrange(1, len(last))
        return f"{first} {last[:cut]}{last[cut + 1 :]}"
    if roll < 0.75:
        return f"{first[0]}. {last}"
    if roll < 0.85:
        return last
    return f"{first} {last[:-1]}{rng.choice('iyvw')}"


def _surname(rng: random.Random) -> str:
    """Return a surname, some of them double ("Karimov-Tal")."""
    last = _name(rng, (2, 4)) + rng.choice(("ev", "ski", "a"))
    return f"{last}-{_name(rng, (2, 3))}" if rng.random() < 0.15 else last


_BODY_WORDS = ("Institution", "Commission", "Organisation", "Council", "Association")


def _body(rng: random.Random) -> str:
    """Return a body's name: one to three invented words and what it is ("Karimo Commission")."""
    words = [_name(rng, (2, 3)) for _ in range(rng.randint(1, 3))]
    return " ".join([*words, rng.choice(_BODY_WORDS)])


def _reported(rng: random.Random, first: str, last: str, body: str | None) -> Person:
    """Return a guest as one outlet gives them: by name, and some of a body by the body alone."""
    if body is not None and rng.random() < 0.4:
        shown = body if rng.random() < 0.5 else f"the {body} of {_name(rng, (1, 2))}"
        return Person(name="", key=person_key(shown), organisation=shown)
    name = _variant(rng, first, last)
    return Person(name=name, key=person_key(name), organisation=body)


def _report_date(rng: random.Random, day: dt.date) -> PublishedDate | None:
    roll = rng.random()
    if roll < 0.8:
        return day
    if roll < 0.9:  # late in the evening, or dated the next morning
        hour = rng.choice((9, 23))
        return dt.datetime(day.year, day.month, day.day, hour, 40, tzinfo=dt.timezone.utc)
    if roll < 0.95:
        return MonthDay(month=day.month, day=day.day)
    if roll < 0.98:
        return None
    return YearMonth(year=day.year, month=day.month)


def meeting_reports(
    count: int,
    *,
    per_day: float = 4.0,
    recurring: float = 0.1,
    start: dt.date = dt.date(2000, 1, 1),
    seed: int = 1,
) -> list[MeetingReport]:
    """Return ``count`` reports of generated meetings, in a shuffled order.

    Real meetings happen ``per_day`` a day (so the period grows with
    ``count``); each has one or two counterparts, drawn anew or, with
    probability ``recurring``, from people met before, and is reported one to
    three times with spelling variants and the date forms articles give
    (dates, datetimes, year-less dates, months, none).
    """
    rng = random.Random(seed)
    people: list[tuple[str, str, str | None]] = []
    reports: list[MeetingReport] = []
    meeting = 0
    while len(reports) < count:
        day = start + dt.timedelta(days=int(meeting / per_day))
        meeting += 1
        guests = []
        for _ in range(rng.choice((1, 1, 1, 2))):
            if people and rng.random() < recurring:
                guests.append(rng.choice(people))
            else:
                guests.append(
                    (
                        _name(rng, (2, 3)),
                        _surname(rng),
                        _body(rng) if rng.random() < 0.3 else None,
                    )
                )
                people.append(guests[-1])
        for _ in range(min(rng.choice((1, 2, 2, 3)), count - len(reports))):
            counterparts = tuple(_reported(rng, *guest) for guest in guests)
            reports.append(
                MeetingReport(
                    source=rng.choice((Source.TREND, Source.AZERNEWS, Source.OMBUDSMAN, None)),
                    url=None,
                    title=None,
                    meeting=Meeting(
                        date=_report_date(rng, day),
                        host=_HOST,
                        counterparts=counterparts,
                        mode=MeetingMode.IN_PERSON,
                        kind=MeetingKind.RECEIVED,
                        cameo="043",
                        evidence=Span(paragraph=0, start=0, end=1),
                    ),
                )
            )
    rng.shuffle(reports)
    return reports
