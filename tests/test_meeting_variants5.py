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


# 2. A delegation led by a role of a country, no body: the leader, role and country.
@pytest.mark.parametrize(
    "sentence",
    [
        _HER + "received a delegation led by the Deputy Minister of Justice of Norland, Ola Berg.",
        _HER + "received a delegation headed by the Deputy Minister of Justice of Norland "
        "Ola Berg.",
    ],
)
def test_delegation_led_by_a_role_of_a_country_gives_the_leader(sentence: str) -> None:
    (meeting,) = _meetings(sentence)
    assert meeting.kind.value == "received"
    (guest,) = meeting.counterparts
    assert _fields(guest) == ("Ola Berg", "Deputy Minister of Justice", None, "Norland")


def test_delegation_led_by_a_role_keeps_a_possessive_in_the_role() -> None:
    # The possessive stays in the role, as the labels print it: no country is guessed.
    guest = _guest(
        _HER + "received a delegation led by Norland's Deputy Minister of Justice Ola Berg."
    )
    assert _fields(guest) == ("Ola Berg", "Norland's Deputy Minister of Justice", None, None)


# 4. Roles with "and" inside are one role.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            _HER + "received the Ambassador Extraordinary and Plenipotentiary of Norland "
            "Ola Berg.",
            [("Ola Berg", "Ambassador Extraordinary and Plenipotentiary", None, "Norland")],
        ),
        (
            _HER + "received Ola Berg, Ambassador Extraordinary and Plenipotentiary of Norland.",
            [("Ola Berg", "Ambassador Extraordinary and Plenipotentiary", None, "Norland")],
        ),
        (
            _HER + "met with the Minister of Labour and Social Protection of Norland, Ola Berg.",
            [("Ola Berg", "Minister of Labour and Social Protection", None, "Norland")],
        ),
        (
            _HER + "received Ola Berg, Minister of Labour and Social Protection of Norland.",
            [("Ola Berg", "Minister of Labour and Social Protection", None, "Norland")],
        ),
        (
            _HER + "received the Minister of Labour and Social Protection Ola Berg.",
            [("Ola Berg", "Minister of Labour and Social Protection", None, None)],
        ),
        (
            _HER + "received Ola Berg, Minister of Labour and Social Protection of Norland, "
            "and Ann Lind, Consul of Norland.",
            [
                ("Ola Berg", "Minister of Labour and Social Protection", None, "Norland"),
                ("Ann Lind", "Consul", None, "Norland"),
            ],
        ),
    ],
)
def test_role_with_and_inside_is_one_role(
    sentence: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    (meeting,) = _meetings(sentence)
    assert [_fields(p) for p in meeting.counterparts] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "and" between two people still parts them.
        (
            _HER + "received Ola Berg, Minister of Labour and Ann Lind, Consul of Norland.",
            [
                ("Ola Berg", "Minister of Labour", None, None),
                ("Ann Lind", "Consul", None, "Norland"),
            ],
        ),
        (
            _HER + "received the Ambassador Extraordinary and Plenipotentiary of Norland "
            "Ola Berg and the Consul, Ann Lind.",
            [
                ("Ola Berg", "Ambassador Extraordinary and Plenipotentiary", None, "Norland"),
                ("Ann Lind", "Consul", None, None),
            ],
        ),
        # A name of three words after a role with no "and" keeps its three words.
        (
            _HER + "received the Ambassador of Norland Maria Luisa Rossi.",
            [("Maria Luisa Rossi", "Ambassador", None, "Norland")],
        ),
        (
            _HER + "received Ola Berg and Ambassador Maria Luisa Rossi.",
            [("Ola Berg", None, None, None), ("Maria Luisa Rossi", "Ambassador", None, None)],
        ),
    ],
)
def test_and_between_people_still_parts_them(
    sentence: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    (meeting,) = _meetings(sentence)
    assert [_fields(p) for p in meeting.counterparts] == expected


def test_russian_extraordinary_and_plenipotentiary_is_one_title() -> None:
    article = Article(
        body=(
            "Омбудсмен Сабина Алиева приняла Чрезвычайного и Полномочного Посла Норландии "
            "Олу Берга и консула Анну Свенссон.",
        ),
        language=Language.RU,
        published=_PUBLISHED,
    )
    (meeting,) = extract_meetings(article)
    roles = [p.role for p in meeting.counterparts]
    assert roles[0] == "Чрезвычайного и Полномочного Посла Норландии"
    assert meeting.counterparts[0].name == "Ола Берг"
    assert len(roles) == 2


# 5. Where or when after the name is no part of it.
@pytest.mark.parametrize(
    "sentence",
    [
        _HER + "met with Ola Berg in Baku.",
        _HER + "met with Ola Berg on Tuesday.",
        _HER + "met with Ola Berg at the Office.",
        _HER + "met Ola Berg in Baku on Tuesday.",
        _HER + "received Ola Berg at the Ombudsman's Office on Tuesday.",
        _HER + "met with Ola Berg at the Office in Baku.",
    ],
)
def test_place_or_day_after_the_name_is_cut_off(sentence: str) -> None:
    guest = _guest(sentence)
    assert (guest.name, guest.role, guest.organisation) == ("Ola Berg", None, None)
    assert guest.evidence is not None
    assert guest.evidence.text((sentence,)) == "Ola Berg"


def test_place_after_a_body_met_stays_a_body() -> None:
    guest = _guest(_HER + "met with representatives of the Norland Bar Association in Baku.")
    assert (guest.name, guest.organisation) == ("", "Norland Bar Association")


def test_russian_place_after_the_name_is_cut_off() -> None:
    article = Article(
        body=("Омбудсмен Сабина Алиева встретилась с Олой Бергом в Баку.",),
        language=Language.RU,
        published=_PUBLISHED,
    )
    (meeting,) = extract_meetings(article)
    assert [p.name for p in meeting.counterparts] == ["Ола Берг"]


# 6. A meeting she recalls is not one the article reports.
@pytest.mark.parametrize(
    "sentence",
    [
        _HER + "recalled that she had met Ola Berg.",
        _HER + "noted that she met Ola Berg last year.",
        _HER + "said she met Ola Berg last year.",
        "Sabina Aliyeva recalled that she met with Ola Berg in 2019.",
        "Sabina Aliyeva noted that she had met with the Ambassador of Norland, Ola Berg, earlier.",
    ],
)
def test_recalled_meeting_is_not_reported(sentence: str) -> None:
    assert _meetings(sentence) == ()


def test_meeting_told_beside_a_recollection_is_reported() -> None:
    (meeting,) = _meetings(_HER + "met with the Ambassador of Norland, Ola Berg, on Tuesday.")
    assert [p.name for p in meeting.counterparts] == ["Ola Berg"]


# A past meeting recalled in a relative clause after the guest is the guest's history,
# not a recollection of the meeting reported, nor the verb of that meeting.
@pytest.mark.parametrize(
    "sentence",
    [
        _HER + "met with Ola Berg, whom she had first met in Geneva.",
        _HER + "met with Ola Berg, whom she had met last year.",
        _HER + "received Ola Berg, whom she met in Geneva in 2019.",
    ],
)
def test_relative_clause_recalling_a_meeting_keeps_the_meeting(sentence: str) -> None:
    guest = _guest(sentence)
    assert guest.name == "Ola Berg"


def test_meeting_recalled_with_whom_alone_is_not_reported() -> None:
    # No meeting of this article: the only verb is in the recollection.
    assert _meetings(_HER + "recalled Ola Berg, whom she had met in Geneva in 2019.") == ()


@pytest.mark.parametrize(
    ("sentence", "role", "country"),
    [
        (
            _HER + "received Ola Berg, Minister of Labour and Social Protection.",
            "Minister of Labour and Social Protection",
            None,
        ),
        (
            _HER + "received Ola Berg, Minister of Youth and Sports of Norland.",
            "Minister of Youth and Sports",
            "Norland",
        ),
    ],
)
def test_matters_after_a_roles_and_are_no_second_person(
    sentence: str, role: str, country: str | None
) -> None:
    (meeting,) = _meetings(sentence)
    assert [_fields(p) for p in meeting.counterparts] == [("Ola Berg", role, None, country)]
