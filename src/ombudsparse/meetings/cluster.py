"""One cluster per real-world meeting, however many outlets reported it.

Two reports are of the same meeting when their dates are at most a day apart
and a counterpart of one matches a counterpart of the other despite spelling
variants (transliterations, a dropped letter, a missing first name). Matching
uses rapidfuzz; clusters are the connected components of matching reports.
Only reports in one date window with similar names are compared, so the cost
grows with the reports, not with their pairs; the matches are the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs
from rapidfuzz import fuzz, process

from ombudsparse._arguments import check_items
from ombudsparse._fielddoc import doc, documented
from ombudsparse.dates import precision
from ombudsparse.meetings.extract import extract_meetings
from ombudsparse.meetings.model import Meeting, Person
from ombudsparse.model import Article, MonthDay, PublishedDate, Source, YearMonth

__all__ = ["MeetingCluster", "MeetingReport", "cluster_meetings", "cluster_reports", "same_person"]

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


# Day numbers of a leap year: a year-less date is matched by its month and day.
_LEAP_YEAR_START = dt.date(2000, 1, 1)
_LEAP_YEAR_DAYS = 366


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
    return min(gap, _LEAP_YEAR_DAYS - gap) <= DAYS_APART


def _same_meeting(first: Meeting, second: Meeting) -> bool:
    return _dates_close(first.date, second.date) and any(
        same_person(a, b) for a in first.counterparts for b in second.counterparts
    )


def _day_numbers(value: PublishedDate | None) -> tuple[int | None, int] | None:
    """Return the date's day number if its year is known, and its day of a leap year."""
    found = _month_day(value) if value is not None else None
    if found is None:
        return None
    day, leap_day = found
    return (None if day is None else day.toordinal()), (leap_day - _LEAP_YEAR_START).days


@attrs.frozen
class _Block:
    """The counterparts of the reports of one day, flattened for rapidfuzz's batch scoring."""

    keys: list[str]
    owners: list[int]
    surnames: list[str]
    surname_owners: list[int]

    @classmethod
    def of(cls, indices: Iterable[int], meetings: Sequence[Meeting]) -> _Block:
        block = cls(keys=[], owners=[], surnames=[], surname_owners=[])
        for index in indices:
            for person in meetings[index].counterparts:
                block.keys.append(person.key)
                block.owners.append(index)
                words = person.key.split()
                if words:
                    block.surnames.append(words[-1])
                    block.surname_owners.append(index)
        return block

    def candidates(self, person: Person) -> set[int]:
        """Return the reports with a counterpart that may be ``person`` (a superset, never less).

        :func:`same_person` needs the keys' token-sort ratio or the surnames'
        ratio at its thresholds; the cut-offs here are a point lower, so that
        no rounding can drop a pair, and every candidate is checked again.
        """
        found = {
            self.owners[k]
            for _, _, k in process.extract(
                person.key,
                self.keys,
                scorer=fuzz.token_sort_ratio,
                score_cutoff=NAME_SIMILARITY - 1,
                limit=None,
            )
        }
        words = person.key.split()
        if words and self.surnames:
            found.update(
                self.surname_owners[k]
                for _, _, k in process.extract(
                    words[-1],
                    self.surnames,
                    scorer=fuzz.ratio,
                    score_cutoff=SURNAME_SIMILARITY - 1,
                    limit=None,
                )
            )
        return found


def _matching_pairs(meetings: Sequence[Meeting]) -> Iterator[tuple[int, int]]:
    """Yield the pairs of meetings (by index) that :func:`_same_meeting` matches.

    Instead of every pair, only meetings in the same date window are compared
    (dates known to the day: the days up to ``DAYS_APART`` later; year-less
    dates: the same days of a leap year in any year), and within a window only
    those with a counterpart of a similar name, found by rapidfuzz in one
    batch per day. Each candidate is then checked by :func:`_same_meeting`
    itself, so the pairs are exactly those of comparing all pairs.
    """
    days: dict[int, list[int]] = {}
    leap_days: dict[int, list[int]] = {}
    yearless: dict[int, int] = {}
    for index, meeting in enumerate(meetings):
        numbers = _day_numbers(meeting.date)
        if numbers is None or not meeting.counterparts:
            continue  # an undated or unusable date, or no counterpart, matches nothing
        day, leap_day = numbers
        leap_days.setdefault(leap_day, []).append(index)
        if day is None:
            yearless[index] = leap_day
        else:
            days.setdefault(day, []).append(index)
    blocks: dict[tuple[bool, int], _Block] = {}

    def block(leap: bool, number: int, indices: list[int]) -> _Block:
        found = blocks.get((leap, number))
        if found is None:
            found = blocks[leap, number] = _Block.of(indices, meetings)
        return found

    def matches(index: int, others: _Block, after: Callable[[int], bool]) -> Iterator[int]:
        """Yield the reports of ``others`` that ``after`` admits and that match ``index``."""
        meeting = meetings[index]
        candidates = set().union(*(others.candidates(p) for p in meeting.counterparts))
        for other in sorted(candidates):
            if after(other) and _same_meeting(meeting, meetings[other]):
                yield other

    def anyone(_: int) -> bool:
        return True

    # Both dates known to the day: this day and the next DAYS_APART days.
    for day, indices in days.items():
        for gap in range(DAYS_APART + 1):
            later = days.get(day + gap)
            if later is None:
                continue
            others = block(False, day + gap, later)
            for index in indices:
                # The same day: each pair once, from its first report.
                for other in matches(index, others, index.__lt__ if gap == 0 else anyone):
                    yield index, other
    # A year-less date: the same days of the leap year in any year, dated or year-less
    # (two year-less reports once, from the first).
    for index, leap_day in yearless.items():

        def after(other: int, index: int = index) -> bool:
            return other not in yearless or other > index

        near_days = {
            (leap_day + gap) % _LEAP_YEAR_DAYS for gap in range(-DAYS_APART, DAYS_APART + 1)
        }
        for number in sorted(near_days):
            near = leap_days.get(number)
            if near is not None:
                for other in matches(index, block(True, number, near), after):
                    yield index, other


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
        for article in check_items(
            articles, Article, name="articles", function="cluster_meetings()"
        )
        for meeting in extract_meetings(article)
    ]
    return cluster_reports(reports)


def cluster_reports(reports: Sequence[MeetingReport]) -> list[MeetingCluster]:
    """Group meeting reports into clusters, as :func:`cluster_meetings` does for articles.

    For callers that already hold the reports (one extraction serving several
    uses, as the HTML report does). Clusters are the connected components of
    matching reports, each listing the very report objects given, in their order.
    """
    parent = list(range(len(reports)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for i, j in _matching_pairs([report.meeting for report in reports]):
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
