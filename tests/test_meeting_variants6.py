"""A sixth batch of meeting forms: one list of her predecessor's name forms, one rule for
whose staff a group or role is, and Azerbaijani and Russian forms of meetings.

Each sentence is written for this test with invented people and bodies ("Norland" is
no country). Each form has its positives and the near misses it must not read.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ombudsparse import Language
from ombudsparse._regex import holds_any
from ombudsparse.meetings import Meeting, Person, extract
from ombudsparse.meetings.extract import HOST, PREDECESSOR, _is_her
from tests.helpers import meetings_in

_PUBLISHED = dt.date(2024, 5, 14)


def _meetings(
    sentence: str, language: Language, published: dt.date | None = _PUBLISHED
) -> tuple[Meeting, ...]:
    return meetings_in(language, sentence, published=published)


def _fields(person: Person) -> tuple[str, str | None, str | None]:
    return person.name, person.role, person.organisation


# 1a. Her predecessor's name: the same forms where she hosts (without her title too) and
# where she is read as met.
@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "Elmira Suleimanova received the Ambassador of Norland, Ola Berg.",
            Language.EN,
        ),
        ("Elmira Suləymanova Norland səfiri Ola Berqi qəbul edib.", Language.AZ),
        ("Вчера Сулейманова приняла посла Норландии Олу Берга.", Language.RU),
    ],
)
def test_every_spelling_of_the_predecessor_hosts(sentence: str, language: Language) -> None:
    # Undated: her name alone tells (no date before the handover does).
    (meeting,) = _meetings(sentence, language, None)
    assert meeting.host == PREDECESSOR
    assert [c.name for c in meeting.counterparts] in (["Ola Berg"], ["Ola Berq"], ["Ола Берг"])


@pytest.mark.parametrize(
    "name",
    [
        "Elmira Suleimanova",
        "E. Suleimanova",
        "Elmira Süleymanova",
        "Сулеймановой",
        "Эльмирой Сулеймановой",
    ],
)
def test_every_form_of_the_predecessors_name_is_her(name: str) -> None:
    assert _is_her(Person(name=name, key="x"))


@pytest.mark.parametrize(
    "name", ["Ilham Suleymanov", "Elmira Mammadova", "Сулейманов", "Ola Berg"]
)
def test_other_names_are_not_the_predecessor(name: str) -> None:
    assert not _is_her(Person(name=name, key="x"))


def test_a_man_named_suleymanov_is_no_host() -> None:
    (meeting,) = _meetings(
        "Ombudsman Sabina Aliyeva received the Ambassador of Norland, Ilham Suleymanov.",
        Language.EN,
    )
    assert meeting.host == HOST
    assert [c.name for c in meeting.counterparts] == ["Ilham Suleymanov"]


# 1b. Whose staff: her own host (no counterpart), another office's are met.
@pytest.mark.parametrize(
    ("sentence", "language", "role"),
    [
        (
            "Müvəkkil Aparatının əməkdaşları Norland Universitetinin tələbələri ilə görüşüb.",
            Language.AZ,
            "Müvəkkil Aparatının əməkdaşları",
        ),
        (
            "Dünən Ombudsman Aparatının əməkdaşları Norland Universitetinin tələbələri ilə görüşüb.",
            Language.AZ,
            "Ombudsman Aparatının əməkdaşları",
        ),
        (
            "Yesterday the Ombudsman's Office staff met with students of the Norland University.",
            Language.EN,
            "the Ombudsman's Office staff",
        ),
        (
            "Azerbaijani Ombudsman's Office staff met with students of the Norland University.",
            Language.EN,
            "Ombudsman's Office staff",
        ),
    ],
)
def test_her_own_staff_host_as_a_group(sentence: str, language: Language, role: str) -> None:
    (meeting,) = _meetings(sentence, language)
    assert (meeting.host.name, meeting.host.role) == ("", role)
    assert all("Aparat" not in (c.organisation or "") for c in meeting.counterparts)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gürcüstan Ombudsman Aparatının əməkdaşları Bakı Dövlət Universitetinin tələbələri ilə görüşüb.",
        "The Norland Ombudsman's Office staff met with students of the Baku State University.",
    ],
)
def test_another_offices_staff_host_no_group_of_hers(sentence: str) -> None:
    for meeting in _meetings(sentence, Language.AZ if "ü" in sentence else Language.EN):
        assert meeting.host.role != sentence.split(" met")[0]
        assert "Aparat" not in (meeting.host.role or "")
        assert "Office staff" not in (meeting.host.role or "")


def test_a_staff_host_after_an_opening_word_is_hers_and_after_a_country_is_not() -> None:
    (meeting,) = _meetings(
        "Yesterday Deputy Ombudsman Ola Berg met with students of the Norland University.",
        Language.EN,
    )
    assert (meeting.host.name, meeting.host.role) == ("Ola Berg", "Deputy Ombudsman")
    assert not any(
        m.host.name == "Ola Berg"
        for m in _meetings(
            "The Norland Deputy Ombudsman Ola Berg met with students of the Baku State University.",
            Language.EN,
        )
    )


@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        (
            "Səbinə Əliyeva Gürcüstan Ombudsman Aparatının əməkdaşları ilə görüşüb.",
            "Gürcüstan Ombudsman Aparatı",
        ),
        (
            "Səbinə Əliyeva Norland Ombudsman Aparatının nümayəndələri ilə görüşüb.",
            "Norland Ombudsman Aparatı",
        ),
    ],
)
def test_another_offices_staff_she_meets_are_her_counterparts(
    sentence: str, organisation: str
) -> None:
    (meeting,) = _meetings(sentence, Language.AZ)
    assert meeting.host == HOST
    assert [c.organisation for c in meeting.counterparts] == [organisation]


def test_her_own_staff_before_the_guest_are_no_counterpart() -> None:
    (meeting,) = _meetings(
        "Ombudsmanın nümayəndələri Norland səfiri Ola Berq ilə görüşüb.", Language.AZ
    )
    assert meeting.host.role == "Ombudsmanın nümayəndələri"
    assert [_fields(c) for c in meeting.counterparts] == [("Ola Berq", "Norland səfiri", None)]


# 2a. A second meeting of another day with its verb left out: one meeting more.
@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "On May 11, the Ombudsman received the Ambassador of Norland, Ola Berg, and on "
            "May 12 - Per Holm, counsellor of the Westland embassy.",
            ("Per Holm", "counsellor", "Westland embassy"),
        ),
        (
            "The Ombudsman met the Ambassador of Norland, Ola Berg, on 11 May, and on 12 May, "
            "the Ambassador of Eastland, Ann Lind.",
            ("Ann Lind", "Ambassador", None),
        ),
        (
            "The Ombudsman received the Ambassador of Norland, Ola Berg, on Monday, and the "
            "next day - Per Holm, counsellor of the Westland embassy.",
            ("Per Holm", "counsellor", "Westland embassy"),
        ),
    ],
)
def test_an_elided_second_meeting_is_a_meeting_of_its_own(
    sentence: str, second: tuple[str, str | None, str | None]
) -> None:
    first, other = _meetings(sentence, Language.EN)
    assert [c.name for c in first.counterparts] == ["Ola Berg"]
    assert [_fields(c) for c in other.counterparts] == [second]
    (guest,) = other.counterparts
    assert guest.evidence is not None
    assert guest.evidence.text((sentence,)) == second[0]


@pytest.mark.parametrize(
    "sentence",
    [
        # A clause follows the day: another verb of hers, no elided meeting.
        "The Ombudsman received the Ambassador of Norland, Ola Berg, on May 11, and on May 12 "
        "she visited the Norland School.",
        # The day and the guest inside one meeting: no "and on" before the guest.
        "The Ombudsman received the Ambassador of Norland, Ola Berg, and the counsellor of "
        "the embassy, Per Holm, on May 12.",
    ],
)
def test_no_elided_meeting_without_a_guest_after_the_day(sentence: str) -> None:
    (meeting,) = _meetings(sentence, Language.EN)
    assert "Norland School" not in [c.organisation for c in meeting.counterparts]


def _az(sentence: str) -> tuple[Meeting, ...]:
    return _meetings(sentence, Language.AZ)


# 2b. A meeting of several, its participants in a relative clause: each one met.
@pytest.mark.parametrize(
    ("sentence", "names", "mode"),
    [
        (
            "Ombudsman Səbinə Əliyeva Norland Ombudsmanı Ola Berq və Estlandiya Ombudsmanı "
            "Ann Lindin iştirak etdiyi onlayn iclasda çıxış edib.",
            ["Ola Berq", "Ann Lind"],
            "online",
        ),
        (
            "Səbinə Əliyeva Norland Universitetinin rektoru Ola Berqin iştirak etdiyi görüşdə "
            "çıxış edib.",
            ["Ola Berq"],
            "in_person",
        ),
        (
            "Səbinə Əliyeva Norland səfiri Ola Berqin iştirakı ilə keçirilən görüşdə "
            "əməkdaşlıqdan danışıb.",
            ["Ola Berq"],
            "in_person",
        ),
        # She is one of the participants, the last of the list.
        (
            "Norland Ombudsmanı Ola Berq, Estlandiya Ombudsmanı Ann Lind və Azərbaycan "
            "Ombudsmanı Səbinə Əliyevanın iştirak etdiyi onlayn görüşdə əməkdaşlıq müzakirə "
            "olunub.",
            ["Ola Berq", "Ann Lind"],
            "online",
        ),
        # A meeting held with their participation, she one of them.
        (
            "Səbinə Əliyeva və Norland Ombudsmanı Ola Berqin iştirakı ilə onlayn iclas keçirilib.",
            ["Ola Berq"],
            "online",
        ),
    ],
)
def test_the_participants_of_a_meeting_of_several_are_met(
    sentence: str, names: list[str], mode: str
) -> None:
    (meeting,) = _az(sentence)
    assert meeting.host == HOST
    assert [c.name for c in meeting.counterparts] == names
    assert (meeting.kind.value, meeting.mode.value) == ("joint", mode)


@pytest.mark.parametrize(
    "sentence",
    [
        # A conference or an event so attended is no meeting.
        "Səbinə Əliyeva Norland Universitetinin rektoru Ola Berqin iştirak etdiyi konfransda "
        "çıxış edib.",
        "Səbinə Əliyeva Norland səfiri Ola Berqin iştirakı ilə keçirilən tədbirdə çıxış edib.",
        # Taking part is said of the guests alone, and the Ombudsman is not there.
        "Norland Ombudsmanı Ola Berqin iştirak etdiyi iclasda Estlandiya səfiri Ann Lind "
        "çıxış edib.",
        "Norland Prezidentinin iştirakı ilə iclas keçirilib.",
    ],
)
def test_a_conference_attended_or_a_session_without_her_is_no_meeting(sentence: str) -> None:
    assert _az(sentence) == ()


# 2c. A memorandum signed by her and others: the others are met.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Səbinə Əliyeva Norland Ombudsmanı Ola Berq ilə Anlaşma Memorandumu imzalayıb.",
            ("Ola Berq", "Norland Ombudsmanı", None),
        ),
        (
            "Ombudsman Səbinə Əliyeva Norland Ombudsmanı Ola Berq ilə əməkdaşlıq haqqında "
            "memorandum imzalayıb.",
            ("Ola Berq", "Norland Ombudsmanı", None),
        ),
        (
            "Memorandum Səbinə Əliyeva və Norland Ombudsmanı Ola Berq tərəfindən imzalanıb.",
            ("Ola Berq", "Norland Ombudsmanı", None),
        ),
        (
            "Memorandum Bakı şəhərində Azərbaycan, Norland və Estlandiyanın ombudsmanları "
            "tərəfindən imzalanıb.",
            ("", "ombudsmanları", "Norland və Estlandiya"),
        ),
        # The instrumental glued to the name, after a first name ending in -la itself.
        (
            "Səbinə Əliyeva Norland Ombudsmanı Ola Berqlə Anlaşma Memorandumu imzalayıb.",
            ("Ola Berq", "Norland Ombudsmanı", None),
        ),
        (
            "Səbinə Əliyeva Norland Ombudsmanı Ola Berq ilə birlikdə memorandum imzalayıb.",
            ("Ola Berq", "Norland Ombudsmanı", None),
        ),
        # A joint subject: they signed.
        (
            "Ombudsman Səbinə Əliyeva və Norland Ombudsmanı Ola Berq Anlaşma Memorandumu "
            "imzalayıblar.",
            ("Ola Berq", "Norland Ombudsmanı", None),
        ),
    ],
)
def test_the_other_signatories_of_a_memorandum_are_met(
    sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    (meeting,) = _az(sentence)
    assert meeting.host == HOST
    assert meeting.kind.value == "joint"
    assert [_fields(c) for c in meeting.counterparts] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # Her country's delegates, no ombudsmen: a treaty of states, not hers.
        "Saziş Azərbaycan, Norland və Estlandiyanın nümayəndələri tərəfindən imzalanıb.",
        # Others signed; she is not among them.
        "Memorandum Norland və Estlandiyanın ombudsmanları tərəfindən imzalanıb.",
        # A thing signed by her alone, with no one.
        "Səbinə Əliyeva Norland Universitetinə göndərilən məktubu imzalayıb.",
        "Səbinə Əliyeva bu məqsədlə əməkdaşlıq memorandumu imzalayıb.",
        # Others signed with each other.
        "Norland və Estlandiya nazirləri memorandum imzalayıblar.",
    ],
)
def test_a_document_signed_without_her_and_others_is_no_meeting(sentence: str) -> None:
    assert _az(sentence) == ()


# 3. Russian and English forms of taking part and of signing, and ombudsmen met as a group.
@pytest.mark.parametrize(
    ("sentence", "language", "expected", "mode"),
    [
        (
            "Омбудсмен Сабина Алиева приняла участие во встрече с послом Норландии Олой Бергом.",
            Language.RU,
            "Ола Берг",
            "in_person",
        ),
        (
            "Омбудсмен Сабина Алиева подписала меморандум о сотрудничестве с омбудсменом "
            "Норландии Олой Бергом.",
            Language.RU,
            "Ола Берг",
            "in_person",
        ),
        (
            "The Ombudsman Sabina Aliyeva signed a memorandum of understanding with the "
            "Ombudsman of Norland, Ola Berg.",
            Language.EN,
            "Ola Berg",
            "in_person",
        ),
        (
            "Sabina Aliyeva signed a cooperation agreement with the Ombudsman of Norland, Ola "
            "Berg, in Baku.",
            Language.EN,
            "Ola Berg",
            "in_person",
        ),
    ],
)
def test_taking_part_in_a_meeting_with_and_signing_with_are_meetings(
    sentence: str, language: Language, expected: str, mode: str
) -> None:
    (meeting,) = _meetings(sentence, language)
    assert [c.name for c in meeting.counterparts] == [expected]
    assert (meeting.kind.value, meeting.mode.value) == ("joint", mode)


@pytest.mark.parametrize(
    ("sentence", "language", "organisation"),
    [
        (
            "Омбудсмен Сабина Алиева приняла участие в онлайн-заседании омбудсменов "
            "тюркоязычных стран.",
            Language.RU,
            "омбудсмены тюркоязычных стран",
        ),
        (
            "The Ombudsman took part in the online meeting of the ombudsmen of Turkic-speaking "
            "states.",
            Language.EN,
            "ombudsmen of Turkic-speaking states",
        ),
        (
            "Səbinə Əliyeva türkdilli dövlətlərin ombudsmanlarının onlayn iclasında iştirak edib.",
            Language.AZ,
            "türkdilli dövlətlərin ombudsmanları",
        ),
    ],
)
def test_ombudsmen_met_as_a_group_in_lower_case(
    sentence: str, language: Language, organisation: str
) -> None:
    (meeting,) = _meetings(sentence, language)
    assert [(c.name, c.organisation) for c in meeting.counterparts] == [("", organisation)]
    assert meeting.mode.value == "online"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # Taking part in a conference, and signing for a purpose or a thing: no one met.
        (
            "Омбудсмен Сабина Алиева приняла участие в конференции с участием посла Норландии "
            "Олы Берга.",
            Language.RU,
        ),
        ("Омбудсмен Сабина Алиева подписала соглашение с целью защиты прав детей.", Language.RU),
        ("The Ombudsman signed the appeal with other NGOs.", Language.EN),
        # Other groups in lower case stay unread.
        (
            "Омбудсмен Сабина Алиева приняла участие во встрече представителей гражданского "
            "общества.",
            Language.RU,
        ),
        ("The Ombudsman took part in the meeting of students of the university.", Language.EN),
        ("Səbinə Əliyeva tələbələrin iclasında iştirak edib.", Language.AZ),
    ],
)
def test_no_meeting_in_a_conference_a_thing_signed_or_a_lower_case_group(
    sentence: str, language: Language
) -> None:
    assert _meetings(sentence, language) == ()


# 3b. Azerbaijani: where or when between the guest and "qəbul edib".
@pytest.mark.parametrize(
    "sentence",
    [
        "Ombudsman Səbinə Əliyeva Norland səfiri Ola Berqi Aparatda qəbul edib.",
        "Ombudsman Səbinə Əliyeva Norland səfiri Ola Berqi Ombudsman Aparatında qəbul edib.",
        "Ombudsman Səbinə Əliyeva Norland səfiri Ola Berqi bu gün qəbul edib.",
    ],
)
def test_where_or_when_before_qebul_edib_is_no_part_of_the_guest(sentence: str) -> None:
    (meeting,) = _az(sentence)
    assert meeting.kind.value == "received"
    assert [_fields(c) for c in meeting.counterparts] == [("Ola Berq", "Norland səfiri", None)]


def test_a_thing_received_at_the_office_is_no_meeting() -> None:
    assert _az("Ombudsman Səbinə Əliyeva Norland səfirinin müraciətini Aparatda qəbul edib.") == ()


# 3c. Russian: "С участием омбудсмена и <guest> состоялась встреча" (she one of them).
@pytest.mark.parametrize(
    "sentence",
    [
        "С участием омбудсмена Сабины Алиевой и посла Норландии Олы Берга состоялась встреча.",
        "Вчера, с участием омбудсмена и посла Норландии Олы Берга прошла встреча в Баку.",
        "С участием посла Норландии Олы Берга и омбудсмена Сабины Алиевой прошла встреча.",
    ],
)
def test_a_meeting_with_her_participation_has_the_others_as_counterparts(sentence: str) -> None:
    (meeting,) = _meetings(sentence, Language.RU)
    assert meeting.host == HOST
    assert [_fields(c) for c in meeting.counterparts] == [("Ола Берг", "посла Норландии", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        # A conference is no meeting, whoever takes part.
        "С участием омбудсмена Сабины Алиевой и посла Норландии Олы Берга состоялась конференция.",
        # Without her: the ambassador's participation is not read as her guest.
        "С участием посла Норландии Олы Берга состоялась встреча.",
    ],
)
def test_no_meeting_of_her_participation_at_a_conference_or_without_her(sentence: str) -> None:
    assert all(
        "Ола Берг" not in [c.name for c in m.counterparts]
        for m in _meetings(sentence, Language.RU)
    )


# Speed: the gates hold the fewest needles, and find what all of them would.
@given(
    st.lists(st.text(alphabet="abəi ", min_size=1, max_size=4), max_size=6),
    st.text(alphabet="abəi ", max_size=20),
)
def test_the_fewest_needles_find_what_all_find(needles: list[str], text: str) -> None:
    fewest = extract._fewest(needles)
    assert set(fewest) <= set(needles)
    assert holds_any(text, fewest) == holds_any(text, tuple(needles))


def test_the_gates_drop_needles_that_hold_others() -> None:
    assert "imzala" in extract._AZ_NEEDLES
    assert "imzalayıblar" not in extract._AZ_NEEDLES
    assert extract._fewest(["imzala", "imzalan", "ilə", "iştirakı ilə"]) == ("imzala", "ilə")


# 3d. Russian: complaints received from people are a reception of those people.
@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        (
            "Омбудсмен Сабина Алиева приняла обращения и жалобы некоторых жителей Губы.",
            "некоторые жители Губы",
        ),
        (
            "Омбудсмен Сабина Алиева приняла жалобы жителей Губинского района, пострадавших "
            "от наводнения.",
            "жители Губинского района",
        ),
        ("Омбудсмен Сабина Алиева приняла жалобы граждан по вопросам пенсий.", "граждане"),
    ],
)
def test_complaints_of_people_received_are_a_reception_of_them(
    sentence: str, organisation: str
) -> None:
    (meeting,) = _meetings(sentence, Language.RU)
    assert meeting.kind.value == "received"
    assert [(c.name, c.organisation) for c in meeting.counterparts] == [("", organisation)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Омбудсмен Сабина Алиева приняла обращение Министерства юстиции.",
        "Омбудсмен Сабина Алиева приняла жалобы к рассмотрению.",
        "Омбудсмен Сабина Алиева приняла решение о проверке жалоб граждан.",
    ],
)
def test_a_body_s_letter_or_a_decision_received_is_no_meeting(sentence: str) -> None:
    assert _meetings(sentence, Language.RU) == ()


# 2d. The session the sentence before called online: its participants met online.
@pytest.mark.parametrize(
    ("before", "mode"),
    [
        ("Səbinə Əliyeva ombudsmanların növbəti onlayn iclasında iştirak edib.", "online"),
        ("Səbinə Əliyeva Bakıda keçirilən iclasda iştirak edib.", "in_person"),
        ("Səbinə Əliyeva onlayn formatda məlumat verib.", "in_person"),
    ],
)
def test_participants_of_a_session_called_online_before_met_online(before: str, mode: str) -> None:
    meetings = _az(
        f"{before} Səbinə Əliyeva Norland Ombudsmanı Ola Berqin iştirak etdiyi iclasda çıxış edib."
    )
    (meeting,) = [m for m in meetings if any(c.name == "Ola Berq" for c in m.counterparts)]
    assert meeting.mode.value == mode


# Another office's staff holding a meeting of their own: not hers. Her own staff, or
# she beside the others' staff, still hold one; the others' staff received are guests.
@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "The Norland Ombudsman's Office staff met with students of Baku State "
            "University, the Ombudsman's Office said.",
            Language.EN,
        ),
        (
            "Norland Ombudsman Aparatının əməkdaşları Bakı Dövlət Universitetinin "
            "tələbələri ilə görüşüblər.",
            Language.AZ,
        ),
        (
            "Сотрудники аппарата омбудсмена Норландии встретились со студентами "
            "Бакинского государственного университета.",
            Language.RU,
        ),
    ],
)
def test_another_offices_staff_meeting_others_is_no_meeting_of_hers(
    sentence: str, language: Language
) -> None:
    assert _meetings(sentence, language) == ()


@pytest.mark.parametrize(
    ("sentence", "language", "host"),
    [
        (
            "Ombudsman Aparatının əməkdaşları Bakı Dövlət Universitetinin tələbələri ilə "
            "görüşüblər.",
            Language.AZ,
            ("", "Ombudsman Aparatının əməkdaşları", None),
        ),
        (
            "Сотрудники аппарата омбудсмена Азербайджана встретились со студентами "
            "Бакинского государственного университета.",
            Language.RU,
            ("", "Сотрудники аппарата омбудсмена", None),
        ),
        (
            "Омбудсмен Сабина Алиева и сотрудники аппарата омбудсмена Норландии "
            "встретились со студентами Бакинского государственного университета.",
            Language.RU,
            _fields(HOST),
        ),
        (
            "Sabina Aliyeva and the Norland Ombudsman's Office staff met with students of "
            "Baku State University.",
            Language.EN,
            _fields(HOST),
        ),
    ],
)
def test_her_staff_or_she_beside_anothers_staff_still_hold_the_meeting(
    sentence: str, language: Language, host: tuple[str, str | None, str | None]
) -> None:
    (meeting,) = _meetings(sentence, language)
    assert _fields(meeting.host) == host
    assert [p.organisation for p in meeting.counterparts] != []


def test_anothers_staff_she_receives_are_her_guests() -> None:
    (meeting,) = _meetings(
        "Ombudsman Səbinə Əliyeva Norland Ombudsman Aparatının əməkdaşlarını qəbul edib.",
        Language.AZ,
    )
    assert meeting.host == HOST
    assert [p.organisation for p in meeting.counterparts] == ["Norland Ombudsman Aparatı"]
