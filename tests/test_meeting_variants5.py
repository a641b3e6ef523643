"""A fifth batch of meeting forms: English forms a precision sweep saw missed or cut.

Each sentence is written for this test with invented people and bodies ("Norland" is
no country). Each form has its positives and the near misses it must not read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ombudsparse import Article, Language
from ombudsparse.meetings import Meeting, Person, extract_meetings

_PUBLISHED = dt.date(2024, 5, 14)
_HER = "The Ombudsperson, Sabina Aliyeva, "


def _meetings(sentence: str) -> tuple[Meeting, ...]:
    article = Article(body=(sentence,), language=Language.EN, published=_PUBLISHED)
    return extract_meetings(article)


def _guest(sentence: str) -> Person:
    (meeting,) = _meetings(sentence)
    (guest,) = meeting.counterparts
    return guest


def _fields(person: Person) -> tuple[str, str | None, str | None, str | None]:
    return person.name, person.role, person.organisation, person.country


# 1. The body's name before the group noun: a group met as such, of that body.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            _HER + "met with Amnesty International representatives.",
            ("", "representatives", "Amnesty International", None),
        ),
        (_HER + "received UNICEF officials.", ("", "officials", "UNICEF", None)),
        (
            _HER + "received the Norland Red Cross delegation.",
            ("", "delegation", "Norland Red Cross", None),
        ),
        (
            _HER + "received a Norland Bar Association delegation on Tuesday.",
            ("", "delegation", "Norland Bar Association", None),
        ),
        (
            _HER + "met with Eastland Helsinki Committee members in Baku.",
            ("", "members", "Eastland Helsinki Committee", None),
        ),
    ],
)
def test_body_before_group_noun_is_the_group_organisation(
    sentence: str, expected: tuple[str, str | None, str | None, str | None]
) -> None:
    assert _fields(_guest(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A people's adjective is no body; a lower-case word is none either.
        (_HER + "met with Norwegian officials.", ("", "Norwegian officials", None, None)),
        (_HER + "met with the local officials.", ("", "local officials", None, None)),
    ],
)
def test_group_noun_after_no_body_names_no_organisation(
    sentence: str, expected: tuple[str, str | None, str | None, str | None]
) -> None:
    assert _fields(_guest(sentence)) == expected


def test_group_noun_after_a_possessive_is_not_of_a_body_so_named() -> None:
    # "Ola Berg's delegation": the person's, not a body called "Ola Berg's".
    guests = [
        p for m in _meetings(_HER + "received Ola Berg's delegation.") for p in m.counterparts
    ]
    assert all(p.organisation != "Ola Berg's" for p in guests)


def test_group_noun_in_a_thing_received_is_no_meeting() -> None:
    assert _meetings(_HER + "received the UNICEF delegation's report.") == ()


# 3. "visited X and held a meeting with its head, Ola Berg": the head of X.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            _HER + "visited the Norland Bar Association and held a meeting with its head, "
            "Ola Berg.",
            ("Ola Berg", "head", "Norland Bar Association", None),
        ),
        (
            _HER + "visited the Norland Bar Association and met with its director Ola Berg.",
            ("Ola Berg", "director", "Norland Bar Association", None),
        ),
        (
            _HER + "visited the Norland Legal Aid Centre, where she met with its chairman, "
            "Ola Berg.",
            ("Ola Berg", "chairman", "Norland Legal Aid Centre", None),
        ),
        (
            _HER + "visited the Norland Bar Association and held talks with its head, Ola Berg.",
            ("Ola Berg", "head", "Norland Bar Association", None),
        ),
    ],
)
def test_its_role_after_a_visit_is_of_the_place_visited(
    sentence: str, expected: tuple[str, str | None, str | None, str | None]
) -> None:
    (meeting,) = _meetings(sentence)
    assert meeting.kind.value == "visited"
    (guest,) = meeting.counterparts
    assert _fields(guest) == expected


def test_visit_then_meeting_with_a_named_role_keeps_its_own_role() -> None:
    guest = _guest(
        _HER + "visited the Norland Bar Association and held a meeting with the Minister of "
        "Justice, Ola Berg."
    )
    assert _fields(guest) == ("Ola Berg", "Minister of Justice", None, None)


def test_its_role_without_a_visit_names_no_organisation() -> None:
    guest = _guest(_HER + "met with its director Ola Berg.")
    assert guest.name == "Ola Berg"
    assert guest.organisation is None


def test_meeting_held_by_the_place_visited_is_not_hers() -> None:
    sentence = (
        _HER + "visited the Norland Bar Association, which had held a meeting with its members."
    )
    assert all(
        p.role != "members" and p.name != "its members"
        for m in _meetings(sentence)
        for p in m.counterparts
    )
