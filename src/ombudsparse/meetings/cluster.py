"""One cluster per real-world meeting, however many outlets reported it.

Two reports are of the same meeting when their dates are at most a day apart
and a counterpart of one matches a counterpart of the other despite spelling
variants (transliterations, a dropped letter, a missing first name). Matching
uses rapidfuzz; clusters are the connected components of matching reports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence

import attrs
from rapidfuzz import fuzz

from ombudsparse._fielddoc import doc, documented
from ombudsparse.dates import precision
from ombudsparse.meetings.extract import extract_meetings
from ombudsparse.meetings.model import Meeting, Person
from ombudsparse.model import Article, MonthDay, PublishedDate, Source, YearMonth

__all__ = [
    "MeetingCluster",
    "MeetingReport",
    "cluster_meetings",
    "cluster_reports",
    "same_person",
]

#: The least rapidfuzz ``token_sort_ratio`` (0-100) at which two names are taken for one.
NAME_SIMILARITY = 85
#: The least similarity of surnames when a first name is missing or an initial.
SURNAME_SIMILARITY = 88
#: How many days apart two reports of one meeting may be dated.
DAYS_APART = 1


@documented
@attrs.frozen(kw_only=True)
class MeetingReport:
    """One outlet's report of a meeting."""

    source: Source | None = attrs.field(metadata=doc("The article's source, or ``None``."))
    url: str | None = attrs.field(metadata=doc("The article's URL, if known."))
    title: str | None = attrs.field(metadata=doc("The article's title, if any."))
    meeting: Meeting = attrs.field(metadata=doc("The meeting as this article reports it."))


@documented
@attrs.frozen(kw_only=True)
class MeetingCluster:
    """A real-world meeting and every report of it."""

    date: PublishedDate | None = attrs.field(
        metadata=doc("The most precise date among the reports.")
    )
    counterparts: tuple[Person, ...] = attrs.field(
        metadata=doc("The counterparts, each once, as the first report names them.")
    )
    reports: tuple[MeetingReport, ...] = attrs.field(
        metadata=doc("Every report, in the order the articles were given.")
    )

    @property
    def sources(self) -> tuple[Source | None, ...]:
        """The sources that reported the meeting, in report order, each once."""
        return tuple(dict.fromkeys(report.source for report in self.reports))


def same_person(first: Person, second: Person) -> bool:
    """Tell whether two people, as two articles print them, are one.

    Example:
        >>> from ombudsparse.meetings.extract import person_key
        >>> def p(name): return Person(name=name, key=person_key(name))
        >>> same_person(p("Vladimir Shkolnikov"), p("Vladimir Shkolnikow"))
        True
        >>> same_person(p("Hikmet Babaoglu"), p("H. Babaoğlu"))
        True
        >>> same_person(p("Ola Berg"), p("Ola Nygaard"))
        False
    """
    if fuzz.token_sort_ratio(first.key, second.key) >= NAME_SIMILARITY:
        return True
    a, b = first.key.split(), second.key.split()
    if not a or not b or fuzz.ratio(a[-1], b[-1]) < SURNAME_SIMILARITY:
        return False
    # Same surname: the first names must not contradict (an initial or none is fine).
    if len(a) == 1 or len(b) == 1:
        return True
    return a[0][0] == b[0][0] and (
        len(a[0]) == 1 or len(b[0]) == 1 or fuzz.ratio(a[0], b[0]) >= 80
    )


def _month_day(value: PublishedDate) -> tuple[dt.date | None, dt.date] | None:
    """Return the full date if the year is known, and the month and day in a leap year."""
    if isinstance(value, YearMonth):
        return None
    if isinstance(value, MonthDay):
        return None, dt.date(2000, value.month, value.day)
    day = value.date() if isinstance(value, dt.datetime) else value
    return day, dt.date(2000, day.month, day.day)


def _dates_close(first: PublishedDate | None, second: PublishedDate | None) -> bool:
    a = _month_day(first) if first is not None else None
    b = _month_day(second) if second is not None else None
    if a is None or b is None:
        return False
    if a[0] is not None and b[0] is not None:  # both years known: real days apart
        return abs((a[0] - b[0]).days) <= DAYS_APART
    # A year is unknown: compare month and day, around the turn of the year too.
    gap = abs((a[1] - b[1]).days)
    return min(gap, 366 - gap) <= DAYS_APART


def _shared_counterpart(first: Meeting, second: Meeting) -> bool:
    return any(same_person(a, b) for a in first.counterparts for b in second.counterparts)


def _same_meeting(first: Meeting, second: Meeting) -> bool:
    return _dates_close(first.date, second.date) and _shared_counterpart(first, second)


def cluster_meetings(articles: Iterable[Article]) -> list[MeetingCluster]:
    r"""Group the meetings that several articles report into one cluster per meeting.

    Reports match when dated at most a day apart (a year-less date matches by
    month and day) and a counterpart matches despite spelling variants. Reports
    without a date stay alone: nothing ties them to a day.

    Example:
        >>> import datetime as dt
        >>> import ombudsparse
        >>> trend = ombudsparse.parse(
        ...     "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the "
        ...     "Ambassador of Norland, Ola Berg, Trend reports.",
        ...     reference_date=dt.date(2024, 5, 20))
        >>> azernews = ombudsparse.parse(
        ...     "12 May 2024 17:02 (UTC+04:00)\nThe Ombudswoman Sabina Aliyeva met with the "
        ...     "Norland Ambassador, Ola Bergh, Azernews reports.")
        >>> (cluster,) = cluster_meetings([trend, azernews])
        >>> [source.value for source in cluster.sources]
        ['trend', 'azernews']
    """
    reports = [
        MeetingReport(source=article.source, url=article.url, title=article.title, meeting=meeting)
        for article in articles
        for meeting in extract_meetings(article)
    ]
    return cluster_reports(reports)


def _candidates(reports: Sequence[MeetingReport]) -> Iterator[tuple[int, int]]:
    """Yield the pairs ``i < j`` of reports whose dates are close, each once.

    Comparing every pair is quadratic; only reports on nearby days can match,
    so reports are indexed by day (real days where the year is known, days of
    a leap year where it is not) and each is compared with its neighbours.
    """
    by_day: dict[int, list[int]] = {}  # full dates, by ordinal
    by_month_day: dict[int, list[int]] = {}  # every dated report, by day of a leap year
    yearless: set[int] = set()
    keys: dict[int, tuple[int | None, int]] = {}
    for index, report in enumerate(reports):
        date = report.meeting.date
        parts = _month_day(date) if date is not None else None
        if parts is None:
            continue
        full, month_day = parts
        day_of_year = month_day.timetuple().tm_yday
        keys[index] = (full.toordinal() if full is not None else None, day_of_year)
        by_month_day.setdefault(day_of_year, []).append(index)
        if full is None:
            yearless.add(index)
        else:
            by_day.setdefault(full.toordinal(), []).append(index)
    for index, (ordinal, day_of_year) in keys.items():
        near: set[int] = set()
        if ordinal is not None:
            for day in range(ordinal - DAYS_APART, ordinal + DAYS_APART + 1):
                near.update(by_day.get(day, ()))
        # A year-less report may match any report by month and day (the turn of the year too).
        for offset in range(-DAYS_APART, DAYS_APART + 1):
            others = by_month_day.get((day_of_year - 1 + offset) % 366 + 1, ())
            near.update(other for other in others if ordinal is None or other in yearless)
        yield from ((index, other) for other in sorted(near) if other > index)


def cluster_reports(reports: Sequence[MeetingReport]) -> list[MeetingCluster]:
    """Group reports of meetings into one cluster per meeting, as :func:`cluster_meetings`.

    For callers that keep each report beside its article: the clusters hold
    the very report objects given, in their order.
    """
    parent = list(range(len(reports)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    # The candidates are exactly the pairs whose dates are close: only people are left to match.
    for i, j in _candidates(reports):
        if _shared_counterpart(reports[i].meeting, reports[j].meeting):
            parent[root(j)] = root(i)

    groups: dict[int, list[MeetingReport]] = {}
    for index, report in enumerate(reports):
        groups.setdefault(root(index), []).append(report)
    clusters = []
    for members in groups.values():
        dates = [r.meeting.date for r in members if r.meeting.date is not None]
        people: list[Person] = []
        for person in (p for r in members for p in r.meeting.counterparts):
            if not any(same_person(person, known) for known in people):
                people.append(person)
        clusters.append(
            MeetingCluster(
                date=max(dates, key=precision) if dates else None,
                counterparts=tuple(people),
                reports=tuple(members),
            )
        )
    return clusters
