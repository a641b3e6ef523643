"""The look-ups of a day's block find every counterpart that may match, whatever the names."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import attrs
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from ombudsparse.meetings.cluster import (
    NAME_SIMILARITY,
    SURNAME_SIMILARITY,
    MeetingReport,
    _Block,
    _same_body,
    _same_meeting,
    _sorted_words,
    cluster_reports,
)
from ombudsparse.meetings.model import Meeting, Person
from ombudsparse.meetings.names import person_key
from ombudsparse.model import MonthDay

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from scaling_workloads import meeting_reports

_MEETING = meeting_reports(1)[0].meeting

# Latin, Azerbaijani and Cyrillic letters, few of them, so that random names share letters.
_LETTERS = "abeiklmnorsvzəğışçöüабвдеклморя"
_WORDS = st.one_of(
    st.text(alphabet=_LETTERS, min_size=1, max_size=1),  # an initial
    st.text(alphabet=_LETTERS, min_size=2, max_size=14),
    st.sampled_from(["ola", "berg", "of", "the", "institution"]),  # words that recur
)
_NAMES = st.lists(_WORDS, min_size=1, max_size=5).map(" ".join)


@st.composite
def _names_and_variants(draw: st.DrawFn) -> tuple[str, list[str]]:
    """Return a name and others: random names and spellings of it (letters dropped, changed)."""
    name = draw(_NAMES)
    others = draw(st.lists(_NAMES, max_size=20))
    for _ in range(draw(st.integers(0, 6))):
        variant = name
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(variant)))
            letter = draw(st.sampled_from(["", " ", *_LETTERS]))
            variant = variant[:at] + letter + variant[at + draw(st.integers(0, 1)) :]
        words = variant.split()
        if words:
            others.append(" ".join(draw(st.permutations(words))))
    # Names whose words are within the name's, or hold them all and more.
    words = name.split()
    others.append(" ".join(draw(st.lists(st.sampled_from(words), max_size=len(words)))))
    others.append(" ".join([*draw(st.permutations(words)), *draw(st.lists(_WORDS, max_size=3))]))
    return name, draw(st.permutations(others))


def _named(key: str) -> Person:
    return Person(name=key, key=key)


def _group(key: str) -> Person:
    return Person(name="", key=key, organisation=key)


def _meetings(people: list[Person]) -> list[Meeting]:
    return [attrs.evolve(_MEETING, counterparts=(person,)) for person in people]


# Keys as blocks see them: lower-case ASCII (Person.key), as person_key makes them of any
# text, and ASCII with any of its white space. (On other text rapidfuzz and str.split
# part words differently: U+0085 and U+00A0 are white space to Python alone.)
_KEYS = st.builds(person_key, st.text(max_size=30)) | st.text(
    st.characters(max_codepoint=127), max_size=30
)


@given(_KEYS, _KEYS)
def test_token_sort_ratio_is_the_ratio_of_the_sorted_words(first: str, second: str) -> None:
    assert fuzz.ratio(_sorted_words(first), _sorted_words(second)) == fuzz.token_sort_ratio(
        first, second
    )


@given(_names_and_variants())
def test_a_blocks_name_look_up_finds_every_name_rapidfuzz_finds(
    name_and_others: tuple[str, list[str]],
) -> None:
    name, others = name_and_others
    block = _Block.of(range(len(others)), _meetings([_named(key) for key in others]))
    found = block.candidates(_named(name))
    words = name.split()
    for index, key in enumerate(others):
        alike = fuzz.token_sort_ratio(name, key) >= NAME_SIMILARITY - 1
        surnames = key.split()[1:] or key.split()
        surname = any(
            fuzz.ratio(mine, theirs) >= SURNAME_SIMILARITY - 1
            for mine in words[1:] or words
            for theirs in surnames
        )
        if alike or surname:
            assert index in found, (name, key)


@given(_names_and_variants())
def test_a_blocks_body_look_up_finds_every_body_that_may_be_the_same(
    body_and_others: tuple[str, list[str]],
) -> None:
    body, others = body_and_others
    people = [_group(key) for key in others]
    block = _Block.of(range(len(others)), _meetings(people))
    found = block.candidates(_group(body))
    query = block.bodies and _body(body)
    for index, person in enumerate(people):
        other = _body(person.key)
        if query and (
            fuzz.token_sort_ratio(query, other) >= NAME_SIMILARITY - 1 or _same_body(query, other)
        ):
            assert index in found, (body, person.key)


def _body(key: str) -> str:
    from ombudsparse.meetings.cluster import _body_of

    return _body_of(key)


def test_a_body_within_another_is_found_both_ways_and_one_word_is_not() -> None:
    people = [_group(key) for key in ["norland ombudsman", "ombudsman", "westvale council"]]
    block = _Block.of(range(3), _meetings(people))
    assert block.candidates(_group("norland ombudsman institution")) == {0}
    assert block.candidates(_group("office ombudsman")) == set()
    # A word alone is within many names and tells no body: only the one alike is found.
    assert block.candidates(_group("ombudsman")) == {1}


def _yearless(reports: list[MeetingReport], every: int) -> list[MeetingReport]:
    """Return the reports with every ``every``-th dated one's year dropped."""
    changed = []
    for index, report in enumerate(reports):
        date = report.meeting.date
        if index % every == 0 and isinstance(date, dt.date):
            year_less = MonthDay(month=date.month, day=date.day)
            report = attrs.evolve(report, meeting=attrs.evolve(report.meeting, date=year_less))
        changed.append(report)
    return changed


def _month_day_clusters(reports: list[MeetingReport]) -> list[list[int]]:
    """The clusters of comparing every pair of reports with month and day at most a day apart.

    Any two reports that match are at most a day apart by month and day, whatever
    their years, so no pair of comparing all pairs is left out.
    """
    parent = list(range(len(reports)))

    def root(index: int) -> int:
        while parent[index] != index:
            index = parent[index]
        return index

    by_day: dict[int, list[int]] = {}
    for index, report in enumerate(reports):
        date = report.meeting.date
        if isinstance(date, (dt.date, MonthDay)):
            day = dt.date(2000, date.month, date.day).timetuple().tm_yday
            by_day.setdefault(day, []).append(index)
    for day, indices in by_day.items():
        near = [j for gap in (-1, 0, 1) for j in by_day.get((day - 1 + gap) % 366 + 1, [])]
        for i in indices:
            for j in near:
                if i < j and _same_meeting(reports[i].meeting, reports[j].meeting):
                    parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for index in range(len(reports)):
        groups.setdefault(root(index), []).append(index)
    return list(groups.values())


def test_year_less_dates_over_many_years_give_the_clusters_of_comparing_all_pairs() -> None:
    # Fourteen years, a quarter of the dated reports without their year: each
    # year-less report is looked up in the same days of every year.
    reports = _yearless(meeting_reports(5_000, per_day=0.5, recurring=0.3, seed=4), 4)
    assert sum(isinstance(r.meeting.date, MonthDay) for r in reports) > 1_000
    position = {id(report): index for index, report in enumerate(reports)}
    clusters = cluster_reports(reports)
    assert [[position[id(r)] for r in c.reports] for c in clusters] == _month_day_clusters(reports)
    assert sum(len(c.reports) > 1 for c in clusters) > 500
