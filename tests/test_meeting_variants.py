"""Plausible variants of the meeting forms of issue 9, in the three languages.

Each sentence is written for this test (invented people and bodies where the form
allows) and says one thing a rule must read: a stop before a Cyrillic or Azerbaijani
capital ends a sentence, names with particles, lists joined by "as well as", the
deputy as host, a delegation's body, a passive meeting "between" or "at", remote
verbs, groups with their body in the nominative.
"""

from __future__ import annotations

import pytest

from ombudsparse import Language
from ombudsparse.meetings import Meeting
from ombudsparse.meetings.names import organisation_nominative
from tests.helpers import meetings_in as _meetings


def _people(meeting: Meeting) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(p.name, p.role, p.organisation, p.country) for p in meeting.counterparts]


@pytest.mark.parametrize(
    ("language", "paragraph", "name"),
    [
        (
            Language.RU,
            "Омбудсмен Сабина Алиева встретилась с омбудсменом Норландии Олой Бергом. "
            "Стороны обсудили сотрудничество.",
            "Ола Берг",
        ),
        (
            Language.AZ,
            "Ombudsman Səbinə Əliyeva Norlandiyanın Ombudsmanı Ola Berq ilə görüşüb. "
            "Əməkdaşlıq məsələləri müzakirə olunub.",
            "Ola Berq",
        ),
    ],
)
def test_a_stop_before_a_capital_of_any_script_ends_the_sentence(
    language: Language, paragraph: str, name: str
) -> None:
    # The next sentence is not read as the end of the guest's name.
    (meeting,) = _meetings(language, paragraph)
    assert [p.name for p in meeting.counterparts] == [name]


def test_an_initial_in_cyrillic_does_not_end_the_sentence() -> None:
    (meeting,) = _meetings(
        Language.RU, "Омбудсмен С. Алиева приняла посла Норландии Олу Берг. Обсуждены права."
    )
    assert meeting.host.name == "Sabina Aliyeva"
    assert [p.name for p in meeting.counterparts] == ["Ола Берг"]


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        (
            Language.EN,
            "Sabina Aliyeva received the Ambassador of Norland Luca Di Montefiore.",
            "Luca Di Montefiore",
        ),
        (
            Language.EN,
            "Sabina Aliyeva received the Chairperson of the Norland Committee Maryam bint "
            "Salem Al Norani.",
            "Maryam bint Salem Al Norani",
        ),
        (
            Language.RU,
            "Сабина Алиева приняла посла Норландии Луку Ди Монтефиоре.",
            "Лука Ди Монтефиоре",
        ),
    ],
)
def test_a_name_keeps_its_particles(language: Language, sentence: str, name: str) -> None:
    (meeting,) = _meetings(language, sentence)
    assert [p.name for p in meeting.counterparts] == [name]


def test_as_well_as_joins_two_guests_and_ms_leaves_the_role() -> None:
    (meeting,) = _meetings(
        Language.EN,
        "Sabina Aliyeva met with the UNHCR Representative Ms. Ola Berg as well as the UNICEF "
        "Representative Per Lund.",
    )
    assert _people(meeting) == [
        ("Ola Berg", "UNHCR Representative", None, None),
        ("Per Lund", "UNICEF Representative", None, None),
    ]


def test_the_last_name_of_a_list_has_no_role_of_and() -> None:
    (meeting,) = _meetings(
        Language.EN,
        "Sabina Aliyeva met with representatives of NGOs, including Ola Berg, Per Lund and "
        "Kari Holm.",
    )
    assert [(p.name, p.role) for p in meeting.counterparts] == [
        ("Ola Berg", None),
        ("Per Lund", None),
        ("Kari Holm", None),
    ]


def test_a_role_after_the_name_in_lower_case_is_the_role() -> None:
    (meeting,) = _meetings(
        Language.EN, "The Ombudsman received Ola Berg, member of the Norland Parliament."
    )
    assert _people(meeting) == [("Ola Berg", "member", "Norland Parliament", None)]


def test_a_title_on_a_matter_is_not_split_at_of_the() -> None:
    (meeting,) = _meetings(
        Language.EN,
        "Sabina Aliyeva met with the Norland Representative on Freedom of the Media Ola Berg.",
    )
    assert _people(meeting) == [
        ("Ola Berg", "Norland Representative on Freedom of the Media", None, None)
    ]


@pytest.mark.parametrize(
    ("language", "sentence", "host"),
    [
        (
            Language.EN,
            "Deputy Ombudsman Kamran Safarli received a delegation of the Norland Council "
            "led by Head of Office Ola Berg.",
            "Kamran Safarli",
        ),
        (
            Language.EN,
            "The head of the Ombudsman's Office legal department Kamran Safarli met with the "
            "Norland researcher Ola Berg.",
            "Kamran Safarli",
        ),
        (
            Language.AZ,
            "Ombudsmanın müavini Kamran Səfərli Norland Şurasının nümayəndəsi Ola Berqi qəbul edib.",
            "Kamran Səfərli",
        ),
    ],
)
def test_the_deputy_or_staff_named_before_the_verb_is_the_host(
    language: Language, sentence: str, host: str
) -> None:
    (meeting,) = _meetings(language, sentence)
    assert meeting.host.name == host
    # The host's own words are not the guest's role.
    assert all(host not in (p.role or "") for p in meeting.counterparts)
    assert [p.name for p in meeting.counterparts] in (["Ola Berg"], ["Ola Berq"])


def test_a_delegation_of_a_body_led_by_its_head_gives_the_head_of_that_body() -> None:
    (meeting,) = _meetings(
        Language.EN,
        "Sabina Aliyeva hosted a delegation from the Norland Human Rights Committee headed by "
        "its Chairperson Ola Berg.",
    )
    assert _people(meeting) == [
        ("Ola Berg", "Chairperson", "Norland Human Rights Committee", None)
    ]
    assert meeting.kind.value == "received"


def test_a_russian_delegation_led_by_gives_the_body_in_the_nominative() -> None:
    (meeting,) = _meetings(
        Language.RU, "Сабина Алиева приняла делегацию Совета Европы во главе с Олой Берг."
    )
    assert [(p.name, p.organisation) for p in meeting.counterparts] == [
        ("Ола Берг", "Совет Европы")
    ]


@pytest.mark.parametrize(
    ("language", "sentence", "name", "mode"),
    [
        (
            Language.EN,
            "A video conference was held between Ombudsman Sabina Aliyeva and the Norland "
            "Ombudsman Ola Berg.",
            "Ola Berg",
            "online",
        ),
        (
            Language.EN,
            "A meeting was held at the Ombudsman's Office with the participation of the Norland "
            "Ambassador Ola Berg.",
            "Ola Berg",
            "in_person",
        ),
        (
            Language.EN,
            "Sabina Aliyeva took part in an online meeting via Zoom with the Norland Forum "
            "Director Ola Berg.",
            "Ola Berg",
            "online",
        ),
        (
            Language.EN,
            "Sabina Aliyeva spoke by phone with the Chief Ombudsman of Norland Ola Berg.",
            "Ola Berg",
            "phone",
        ),
        (
            Language.RU,
            "Между омбудсменом Азербайджана Сабиной Алиевой и омбудсменом Норландии Олой Бергом "
            "состоялся телефонный разговор.",
            "Ола Берг",
            "phone",
        ),
        (
            Language.AZ,
            "Norlandiyanın Baş Ombudsmanı Ola Berq Səbinə Əliyevaya zəng edib.",
            "Ola Berq",
            "phone",
        ),
        (
            Language.AZ,
            "Ombudsman Aparatında Səbinə Əliyeva ilə Norlandiyanın səfiri Ola Berq arasında "
            "görüş keçirilib.",
            "Ola Berq",
            "in_person",
        ),
        (
            Language.AZ,
            "Səbinə Əliyeva Norland Komitəsinin sədri Ola Berqin başçılıq etdiyi nümayəndə "
            "heyətini qəbul edib.",
            "Ola Berq",
            "in_person",
        ),
    ],
)
def test_more_ways_to_say_a_meeting(
    language: Language, sentence: str, name: str, mode: str
) -> None:
    (meeting,) = _meetings(language, sentence)
    assert [p.name for p in meeting.counterparts] == [name]
    assert meeting.mode.value == mode
    assert meeting.host.name == "Sabina Aliyeva"


@pytest.mark.parametrize(
    ("language", "sentence", "role", "organisation"),
    [
        (
            Language.EN,
            "The Ombudsman met with residents of Norcity during her visit.",
            "residents",
            "Norcity",
        ),
        (
            Language.EN,
            "She visited the prison. Sabina Aliyeva met with inmates there.",
            "inmates",
            None,
        ),
        (
            Language.AZ,
            "Ombudsman Səbinə Əliyeva Norland Universitetinin tələbələri ilə görüşüb.",
            "tələbələri",
            "Norland Universiteti",
        ),
        (
            Language.AZ,
            "Ombudsman Səbinə Əliyeva Norland Şurasının nümayəndə heyəti ilə görüşərək "
            "fəaliyyəti barədə məlumat verib.",
            "nümayəndə heyəti",
            "Norland Şurası",
        ),
        (
            Language.RU,
            "Омбудсмен Сабина Алиева встретилась со студентами Бакинского государственного "
            "университета.",
            "студенты",
            "Бакинский государственный университет",
        ),
        (
            Language.RU,
            "Сабина Алиева в формате видеоконференции встретилась с президентом Европейского "
            "института омбудсмена.",
            "президент",
            "Европейский институт омбудсмена",
        ),
        (
            Language.AZ,
            "Ombudsman Səbinə Əliyeva Avropa Ombudsman İnstitutunun prezidenti ilə videokonfrans "
            "formatında görüş keçirib.",
            "prezidenti",
            "Avropa Ombudsman İnstitutu",
        ),
    ],
)
def test_a_group_or_role_met_has_its_body_cut_clean_and_in_the_nominative(
    language: Language, sentence: str, role: str, organisation: str | None
) -> None:
    (meeting,) = _meetings(language, *sentence.split(". ", 1)[-1:])
    assert _people(meeting) == [("", role, organisation, None)]


def test_a_russian_body_is_not_read_as_a_name() -> None:
    (meeting,) = _meetings(
        Language.RU, "Заместитель омбудсмена Айдын Сафаров принял делегацию Совета Европы."
    )
    assert meeting.host.name == "Айдын Сафаров"
    assert _people(meeting) == [("", "делегация", "Совет Европы", None)]


def test_a_role_met_is_named_by_a_later_sentence_that_starts_with_the_role() -> None:
    (meeting,) = _meetings(
        Language.EN,
        "Sabina Aliyeva received a delegation led by the Chairperson of the Norland Human "
        "Rights Commission. Chairperson Ola Berg-Lund thanked the Ombudsman.",
    )
    assert _people(meeting) == [
        ("Ola Berg-Lund", "Chairperson", "Norland Human Rights Commission", None)
    ]


@pytest.mark.parametrize(
    ("printed", "language", "nominative"),
    [
        ("Norland Şurasının", "az", "Norland Şurası"),
        ("Azərbaycanın", "az", "Azərbaycan"),
        ("Gürcüstanın", "az", "Gürcüstan"),
        ("Türkiyənin", "az", "Türkiyə"),
        ("BMT-nin", "az", "BMT"),
        ("Совета Европы", "ru", "Совет Европы"),
        (
            "Национальной комиссии по правам человека",
            "ru",
            "Национальная комиссия по правам человека",
        ),
        ("УВКБ ООН", "ru", "УВКБ ООН"),
        ("Norland Council", "en", "Norland Council"),
    ],
)
def test_organisation_nominative(printed: str, language: str, nominative: str) -> None:
    assert organisation_nominative(printed, language=language) == nominative


@pytest.mark.parametrize(
    ("language", "sentence", "name", "host"),
    [
        (
            Language.EN,
            "Oslo, 26 Sep. /NORPRESS/- Speaker Ola Berg had a meeting today with Commissioner "
            "for Human Rights of Azerbaijan Sabina Aliyeva.",
            "Ola Berg",
            "Sabina Aliyeva",
        ),
        (
            Language.EN,
            "The representatives of the Norland Ministry, Ms. Kari Holm and Mr. Ola Berg have "
            "been received by the Head of the Ombudsman Office, Mr. Kamran Safarli.",
            "Kari Holm",
            "Kamran Safarli",
        ),
    ],
)
def test_the_guest_as_the_subject(language: Language, sentence: str, name: str, host: str) -> None:
    (meeting,) = _meetings(language, sentence)
    assert meeting.counterparts[0].name == name
    assert meeting.kind.value == "received"
    assert meeting.host.name == host
    assert not (meeting.counterparts[0].role or "").startswith(("26", "Oslo"))


def test_an_honorific_and_a_heading_are_not_the_role() -> None:
    (meeting,) = _meetings(
        Language.EN,
        "Oslo: Chairperson of the Norland Committee (NC), H E Ola Berg, held meetings with "
        "the Commissioner for Human Rights of Azerbaijan, H E Sabina Aliyeva.",
    )
    assert _people(meeting) == [("Ola Berg", "Chairperson", "Norland Committee (NC)", None)]


def test_meetings_in_the_plural_are_in_person_and_during_meetings_with_is_a_meeting() -> None:
    found = _meetings(
        Language.EN,
        "During her visit, Sabina Aliyeva held meetings with President Ola Berg.",
        "Later, the Ombudsman spoke about her mandate during meetings with the Speaker of the "
        "Norland Parliament, Per Lund.",
    )
    assert [(m.mode.value, [p.name for p in m.counterparts]) for m in found] == [
        ("in_person", ["Ola Berg"]),
        ("in_person", ["Per Lund"]),
    ]


def test_the_ombudsman_and_the_x_delegation_with_a_leader_named_after_mr() -> None:
    found = _meetings(
        Language.EN,
        "The delegation, leading by the Chairman of the Norland Institution (NI) Mr. Ola Berg, "
        "is on a visit to Azerbaijan.",
        "The Ombudsman and the NI delegation visited the mined areas.",
    )
    assert [(m.kind.value, _people(m)) for m in found] == [
        ("joint", [("Ola Berg", "Chairman", "Norland Institution (NI)", None)])
    ]


def test_a_russian_meeting_of_a_body_held_with_the_ombudsman() -> None:
    (meeting,) = _meetings(
        Language.RU,
        "Очередная встреча Совета Юных Норландцев состоялась с Уполномоченным по правам "
        "человека Сабиной Алиевой.",
    )
    assert _people(meeting) == [("", None, "Совет Юных Норландцев", None)]


def test_a_russian_group_after_a_comma() -> None:
    (meeting,) = _meetings(
        Language.RU, "Омбудсмен встретилась с лицами, репатриированными из Норландии."
    )
    (group,) = meeting.counterparts
    assert (group.name, group.role) == ("", "лица")
    assert group.organisation is not None
    assert "Норландии" in group.organisation


def test_an_azerbaijani_visit_to_a_place_with_her_staff() -> None:
    (meeting,) = _meetings(
        Language.AZ,
        "Ombudsman Səbinə Əliyeva və aparatın nümayəndələri N hərbi hissəsini ziyarət ediblər.",
    )
    assert meeting.kind.value == "visited"
    assert _people(meeting) == [("", None, "N hərbi hissəsi", None)]
