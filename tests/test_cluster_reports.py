"""Clustering reports: only reports on nearby days are compared, with the pairwise rule's clusters."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ombudsparse
from ombudsparse import (
    Meeting,
    MeetingKind,
    MeetingMode,
    MonthDay,
    Person,
    PublishedDate,
    Span,
    YearMonth,
    cluster_meetings,
)
from ombudsparse.meetings.cluster import MeetingReport, _same_meeting, cluster_reports
from ombudsparse.meetings.extract import HOST, person_key
from tests.crawl import crawl_articles


def pairwise_clusters(reports: list[MeetingReport]) -> list[list[int]]:
    """The clusters, as lists of report indices, by comparing every pair."""
    parent = list(range(len(reports)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(reports)):
        for j in range(i + 1, len(reports)):
            if _same_meeting(reports[i].meeting, reports[j].meeting):
                parent[root(j)] = root(i)
    expected: dict[int, list[int]] = {}
    for index in range(len(reports)):
        expected.setdefault(root(index), []).append(index)
    return list(expected.values())


def found_clusters(reports: list[MeetingReport]) -> list[list[int]]:
    position = {id(report): index for index, report in enumerate(reports)}
    return [[position[id(r)] for r in cluster.reports] for cluster in cluster_reports(reports)]


def test_cluster_reports_finds_the_same_clusters_as_comparing_every_pair() -> None:
    reports = [
        MeetingReport(source=a.source, url=a.url, title=a.title, meeting=m)
        for _name, a in crawl_articles()
        for m in ombudsparse.extract_meetings(a)
    ]
    assert found_clusters(reports) == pairwise_clusters(reports)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("December 31", "1 January 2024 10:00"),
        ("February 28", "1 March 2023 10:00"),
        ("March 1", "29 February 2024 10:00"),
    ],
)
def test_cluster_reports_agrees_with_the_pairwise_rule_across_month_and_year_ends(
    first: str, second: str
) -> None:
    trend = ombudsparse.parse(
        f"BAKU, Azerbaijan, {first}. The Ombudsperson Sabina Aliyeva received the "
        "Ambassador of Norland, Ola Berg, Trend reports."
    )
    azernews = ombudsparse.parse(
        f"{second} (UTC+04:00)\nThe Ombudswoman Sabina Aliyeva met with the "
        "Norland Ambassador, Ola Bergh, Azernews reports."
    )
    (one,), (other,) = ombudsparse.extract_meetings(trend), ombudsparse.extract_meetings(azernews)
    expected = 1 if _same_meeting(one, other) else 2
    assert len(cluster_meetings([trend, azernews])) == expected


_PEOPLE = [
    Person(name=n, key=person_key(n))
    for n in ("Ola Berg", "Ola Bergh", "Anil Rao", "Greta Solberg")
]


def _report(date: PublishedDate | None, people: list[Person]) -> MeetingReport:
    meeting = Meeting(
        date=date,
        host=HOST,
        counterparts=people,
        mode=MeetingMode.IN_PERSON,
        kind=MeetingKind.RECEIVED,
        cameo="043",
        evidence=Span(paragraph=0, start=0, end=1),
    )
    return MeetingReport(source=None, url=None, title=None, meeting=meeting)


# Dates crowded around the turn of the year and 29 February, with and without a year.
_NEAR_DAYS = st.sampled_from(
    [(12, 30), (12, 31), (1, 1), (1, 2), (2, 27), (2, 28), (2, 29), (3, 1), (3, 2)]
)
_DATES = st.one_of(
    st.none(),
    _NEAR_DAYS.map(lambda md: MonthDay(month=md[0], day=md[1])),
    st.tuples(st.sampled_from([2023, 2024, 2025]), _NEAR_DAYS)
    .filter(lambda y: y[1] != (2, 29) or y[0] == 2024)
    .map(lambda y: dt.date(y[0], *y[1])),
    st.just(YearMonth(year=2024, month=2)),
)


@given(
    st.lists(
        st.tuples(_DATES, st.lists(st.sampled_from(_PEOPLE), min_size=1, max_size=2)), max_size=25
    )
)
def test_cluster_reports_equals_the_pairwise_rule_on_dates_near_month_and_year_ends(
    drawn: list[tuple[PublishedDate | None, list[Person]]],
) -> None:
    reports = [_report(date, people) for date, people in drawn]
    assert found_clusters(reports) == pairwise_clusters(reports)
