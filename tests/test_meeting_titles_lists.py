"""Counterparts without a name: a country's title, and lists of titles and groups.

"Qazaxıstan ombudsmanı" (the ombudsman of Kazakhstan) names a country's office-holder with
the country uninflected before the title (izafet); "Qazaxıstan və Özbəkistan ombudsmanları"
two of them; a list may mix such titles with a body's role ("BMT-nin rezident
koordinatoru") and a group ("... institutlarının nümayəndələri"), and the sentence's case
ending stands on its last item only. English and Russian list groups of several bodies
("the ambassadors of Norway, Sweden and Finland", "послов Норвегии и Швеции"), and name a
country's title alone ("the Georgian Public Defender"); a Russian role is given in the
nominative ("с омбудсменом Грузии": "омбудсмен"). Each sentence is written for this test;
the countries are real, the events invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ombudsparse import Language
from ombudsparse.meetings import Meeting
from tests.helpers import meetings_in

_PUBLISHED = dt.date(2024, 5, 14)


def _only(sentence: str, language: Language = Language.AZ) -> Meeting:
    (meeting,) = meetings_in(language, sentence, published=_PUBLISHED)
    return meeting


def _unnamed(meeting: Meeting) -> list[tuple[str | None, str | None, str | None]]:
    assert all(not person.name for person in meeting.counterparts)
    return [(p.role, p.organisation, p.country) for p in meeting.counterparts]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A country's title alone, in the cases the verbs give it.
        (
            "Ombudsman Səbinə Əliyeva Gürcüstan ombudsmanı ilə görüşüb.",
            [("ombudsman", None, "Gürcüstan")],
        ),
        (
            "Ombudsman Səbinə Əliyeva Gürcüstan ombudsmanını qəbul edib.",
            [("ombudsman", None, "Gürcüstan")],
        ),
        (
            "Səbinə Əliyeva Türkiyə Baş Ombudsmanı ilə onlayn görüş keçirib.",
            [("Baş Ombudsman", None, "Türkiyə")],
        ),
        # A country alone shares the title after it (the plural of several).
        (
            "Səbinə Əliyeva Ukrayna və Moldova səfirlərini qəbul edib.",
            [("səfir", None, "Ukrayna"), ("səfir", None, "Moldova")],
        ),
        (
            "Səbinə Əliyeva Türkiyə və Gürcüstan ombudsmanları ilə telefon danışığı aparıb.",
            [("ombudsman", None, "Türkiyə"), ("ombudsman", None, "Gürcüstan")],
        ),
        # Titles, a body's role and a group in one list; the genitive on the last only.
        (
            "Ombudsman Səbinə Əliyeva Türkiyə Baş Ombudsmanı, Qazaxıstan və Özbəkistan "
            "ombudsmanları və milli insan hüquqları institutlarının nümayəndələrinin iştirak "
            "etdiyi onlayn iclasda çıxış edib.",
            [
                ("Baş Ombudsman", None, "Türkiyə"),
                ("ombudsman", None, "Qazaxıstan"),
                ("ombudsman", None, "Özbəkistan"),
                ("nümayəndələri", "milli insan hüquqları institutları", None),
            ],
        ),
        (
            "Ombudsman Səbinə Əliyeva Qırğızıstan, Qazaxıstan və Özbəkistan "
            "ombudsmanlarının iştirak etdiyi onlayn görüşdə çıxış edib.",
            [
                ("ombudsman", None, "Qırğızıstan"),
                ("ombudsman", None, "Qazaxıstan"),
                ("ombudsman", None, "Özbəkistan"),
            ],
        ),
        (
            "Səbinə Əliyeva BMT-nin rezident koordinatoru və Norveç səfiri ilə görüşüb.",
            [("rezident koordinatoru", "BMT", None), ("səfir", None, "Norveç")],
        ),
        (
            "Səbinə Əliyeva Norveç səfiri və BMT-nin rezident koordinatorunu qəbul edib.",
            [("səfir", None, "Norveç"), ("rezident koordinatoru", "BMT", None)],
        ),
        # A body's role alone: the accusative's ending is off the role.
        (
            "Ombudsman Səbinə Əliyeva Norveçin səfirini qəbul edib.",
            [("səfiri", "Norveç", None)],
        ),
        # Countries in the genitive before a body's role share it.
        (
            "Ombudsman Səbinə Əliyeva Fransanın və Almaniyanın səfirlərini qəbul edib.",
            [("səfirləri", "Fransa", None), ("səfirləri", "Almaniya", None)],
        ),
    ],
)
def test_titles_and_lists(
    sentence: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _unnamed(_only(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A genitive country is a body's, not an izafet's ("Norveçin səfiri").
        (
            "Ombudsman Səbinə Əliyeva Norveçin səfiri ilə görüşüb.",
            [("səfiri", "Norveç", None)],
        ),
        # Groups joined by "və" stay one group of their body, as before.
        (
            "Ombudsman Bakı Dövlət Universitetinin müəllimləri və tələbələri ilə görüşüb.",
            [("müəllimləri və tələbələri", "Bakı Dövlət Universiteti", None)],
        ),
        # Embassies of two countries: their representatives are one group of both.
        (
            "Ombudsman Səbinə Əliyeva Norveç və İsveç səfirliklərinin nümayəndələri ilə görüşüb.",
            [("nümayəndələri", "Norveç və İsveç səfirlikləri", None)],
        ),
    ],
)
def test_near_misses_keep_one_reading(
    sentence: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _unnamed(_only(sentence)) == expected


def test_a_title_with_a_name_is_the_named_person() -> None:
    # The list reading is for counterparts without a name: a named guest keeps her name.
    meeting = _only("Ombudsman Səbinə Əliyeva Gürcüstan ombudsmanı Levan İoseliani ilə görüşüb.")
    assert [p.name for p in meeting.counterparts] == ["Levan İoseliani"]


def test_evidence_spans_are_the_printed_items() -> None:
    sentence = "Səbinə Əliyeva Ukrayna və Moldova səfirlərini qəbul edib."
    meeting = _only(sentence)
    printed = [p.evidence.text((sentence,)) for p in meeting.counterparts if p.evidence]
    assert printed == ["Ukrayna", "Moldova səfirlərini"]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # A group of several bodies: one counterpart each, the role shared.
        (
            "Sabina Aliyeva met with the ambassadors of Norway, Sweden and Finland.",
            Language.EN,
            [
                ("ambassadors", "Norway", None),
                ("ambassadors", "Sweden", None),
                ("ambassadors", "Finland", None),
            ],
        ),
        (
            "Sabina Aliyeva met with representatives of the Ministry of Justice and the "
            "Ministry of Internal Affairs.",
            Language.EN,
            [
                ("representatives", "Ministry of Justice", None),
                ("representatives", "Ministry of Internal Affairs", None),
            ],
        ),
        (
            "Сабина Алиева приняла послов Норвегии и Швеции.",
            Language.RU,
            [("послы", "Норвегия", None), ("послы", "Швеция", None)],
        ),
        (
            "Сабина Алиева провела онлайн-встречу с омбудсменами Казахстана и Узбекистана.",
            Language.RU,
            [("омбудсмены", "Казахстан", None), ("омбудсмены", "Узбекистан", None)],
        ),
        # A country's title alone, or a list of them.
        (
            "The Ombudsman met with the Georgian Public Defender.",
            Language.EN,
            [("Public Defender", None, "Georgia")],
        ),
        (
            "Sabina Aliyeva met with the Chief Ombudsman of Turkiye and the Ombudsman of "
            "Kazakhstan.",
            Language.EN,
            [("Chief Ombudsman", None, "Turkiye"), ("Ombudsman", None, "Kazakhstan")],
        ),
        # Russian roles in the nominative, their number kept.
        (
            "Сабина Алиева встретилась с омбудсменом Грузии.",
            Language.RU,
            [("омбудсмен", "Грузия", None)],
        ),
        (
            "Сабина Алиева встретилась с генеральным секретарем Норландского совета.",
            Language.RU,
            [("генеральный секретарь", "Норландский совет", None)],
        ),
    ],
)
def test_bodies_and_titles_listed(
    sentence: str,
    language: Language,
    expected: list[tuple[str | None, str | None, str | None]],
) -> None:
    assert _unnamed(_only(sentence, language)) == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # A body named by its matter keeps its "and".
        (
            "Sabina Aliyeva received members of the PACE Committee on Legal Affairs and "
            "Human Rights.",
            Language.EN,
            [("members", "PACE Committee on Legal Affairs and Human Rights", None)],
        ),
        (
            "Сабина Алиева встретилась с членами комитета по правовым вопросам и правам "
            "человека ПАСЕ.",
            Language.RU,
            [("члены", "комитет по правовым вопросам и правам человека ПАСЕ", None)],
        ),
        # A group in lower case after a body starts a group of its own.
        (
            "She met employees of law-enforcement agencies, judges and the police.",
            Language.EN,
            [
                ("employees", "law-enforcement agencies", None),
                # A group of its own, no body named (it was once its own body).
                ("judges", None, None),
                ("police", None, None),
            ],
        ),
        # One title of many words is one ("Extraordinary and Plenipotentiary").
        (
            "Sabina Aliyeva met the Ambassador Extraordinary and Plenipotentiary of Norway.",
            Language.EN,
            [("Ambassador Extraordinary and Plenipotentiary", None, "Norway")],
        ),
    ],
)
def test_one_body_stays_one(
    sentence: str,
    language: Language,
    expected: list[tuple[str | None, str | None, str | None]],
) -> None:
    assert _unnamed(_only(sentence, language)) == expected


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # A demonym before a word that is no title: no counterpart, so no meeting.
        ("The Ombudsman met with the Turkish side.", Language.EN),
        # Another's title after the guest's verb: the guest met another ombudsman.
        ("The Ombudsman of Norland met with the Ombudsman of Eastland, Ann Lind.", Language.EN),
        ("Посол Норвегии Ола Берг встретился с омбудсменом Грузии.", Language.RU),
        ("Ola Berg met with the Commissioner for Human Rights of Georgia.", Language.EN),
    ],
)
def test_no_meeting_of_hers(sentence: str, language: Language) -> None:
    assert meetings_in(language, sentence, published=_PUBLISHED) == ()


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Посол Норвегии Ола Берг встретился с омбудсменом Сабиной Алиевой.", Language.RU),
        (
            "Посол Норвегии Ола Берг встретился с Уполномоченным по правам человека Азербайджана.",
            Language.RU,
        ),
        (
            "Ola Berg met with the Commissioner for Human Rights of the Republic of Azerbaijan.",
            Language.EN,
        ),
    ],
)
def test_her_title_after_the_guests_verb_is_hers(sentence: str, language: Language) -> None:
    (meeting,) = meetings_in(language, sentence, published=_PUBLISHED)
    assert [p.name for p in meeting.counterparts] in (["Ola Berg"], ["Ола Берг"])
    assert meeting.kind.value == "received"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("The Norland Ombudsman's Office staff met with the Ombudsman.", "staff"),
        ("Staff of the Norland Ombudsman's Office met with Ombudsman Sabina Aliyeva.", "Staff"),
    ],
)
def test_another_ombudsmans_office_staff_are_her_guests(sentence: str, role: str) -> None:
    # "the Norland Ombudsman's Office" is another's: its staff came to her.
    meeting = _only(sentence, Language.EN)
    assert meeting.host.name == "Sabina Aliyeva"
    assert meeting.kind.value == "received"
    assert _unnamed(meeting) == [(role, "Norland Ombudsman's Office", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Yesterday Ombudsman's Office staff met with students.",
        "The Azerbaijan Ombudsman's Office staff met with students.",
    ],
)
def test_her_office_staff_host(sentence: str) -> None:
    # A word that opens the sentence, or her country, leaves the office hers.
    meeting = _only(sentence, Language.EN)
    assert (meeting.host.name, meeting.host.role) == ("", "Ombudsman's Office staff")
    assert _unnamed(meeting) == [("students", None, None)]
