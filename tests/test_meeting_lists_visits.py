"""Lists that share a role, names with particles, and Azerbaijani visits and particles.

Forms found missing on the composed set's development half, written here as rules of
the languages with sentences of my own (the people are invented):

- the particle "da/də" (also) before an Azerbaijani verb: "... ilə də görüşüb";
- "<place>a baş çəkib" (called at): the place in the dative; those met there belong to it;
- a plural role before a list of names is each one's, in the singular ("ambassadors A
  and B", "Norveçin səfirləri A və B"); "A və B-nin səfirləri X və Y" pairs them in order;
- a surname after lower-case particles ("Sanne de Fris", "Ludwig van der Berg");
- English groups listed together ("parents and teachers of the school"), and a clause
  after "and <verb>" ("and listened to their complaints") no body of theirs.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ombudsparse import Language
from ombudsparse.meetings import MeetingKind
from tests.helpers import meetings_in

_PUBLISHED = dt.date(2024, 5, 14)


def _people(language: Language, sentence: str) -> list[tuple[str, str | None, str | None]]:
    (meeting,) = meetings_in(language, sentence, published=_PUBLISHED)
    return [(p.name, p.role, p.organisation or p.country) for p in meeting.counterparts]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ombudsman Səbinə Əliyeva Norveçin səfiri Ola Berqlə də görüşüb.", "Ola Berq"),
        ("Ombudsman Səbinə Əliyeva Norveçin səfiri Ola Berqi də qəbul edib.", "Ola Berq"),
        ("Ombudsman Səbinə Əliyeva Norveçin səfiri Ola Berq ilə də görüşüb.", "Ola Berq"),
        ("Səbinə Əliyeva Ola Berqə də zəng edib.", "Ola Berq"),
    ],
)
def test_the_particle_also_before_the_verb(sentence: str, name: str) -> None:
    assert [p[0] for p in _people(Language.AZ, sentence)] == [name]


def test_her_name_alone_before_the_particle_is_no_guest() -> None:
    assert meetings_in(Language.AZ, "Ombudsman Səbinə Əliyeva ilə də görüşüb.") == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ombudsman Səbinə Əliyeva 5 nömrəli məktəbə baş çəkib.",
            [("", None, "5 nömrəli məktəb")],
        ),
        (
            "Müvəkkil Səbinə Əliyeva Ədliyyə Nazirliyinə məxsus 12 saylı cəzaçəkmə "
            "müəssisəsinə baş çəkib.",
            [("", None, "12 saylı cəzaçəkmə müəssisəsi")],
        ),
        (
            "Ombudsman Səbinə Əliyeva Bakı Uşaq Evinə baş çəkərək uşaqlarla görüşüb.",
            [("", "uşaqlar", "Bakı Uşaq Evi")],
        ),
        (
            "Ombudsman Səbinə Əliyeva 7 saylı cəzaçəkmə müəssisəsini ziyarət edib və "
            "məhkumlarla görüşüb.",
            [("", "məhkumlar", "7 saylı cəzaçəkmə müəssisəsi")],
        ),
    ],
)
def test_a_place_called_at(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    (meeting,) = meetings_in(Language.AZ, sentence, published=_PUBLISHED)
    assert meeting.kind is MeetingKind.VISITED
    assert [(p.name, p.role, p.organisation) for p in meeting.counterparts] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A place of no name (the boarding school in Sheki) and a town are no meeting.
        "İnsan hüquqları üzrə müvəkkil Səbinə Əliyeva Şəki şəhərindəki internat məktəbinə "
        "baş çəkib.",
        "Ombudsman Səbinə Əliyeva Şuşa şəhərinə baş çəkib.",
    ],
)
def test_a_place_of_no_name_called_at_is_no_meeting(sentence: str) -> None:
    assert meetings_in(Language.AZ, sentence, published=_PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            Language.EN,
            "Ombudsman Sabina Aliyeva met with ambassadors Lukas Hofer, Sanne de Vries and "
            "Mikko Virtanen.",
            [
                ("Lukas Hofer", "ambassador", None),
                ("Sanne de Vries", "ambassador", None),
                ("Mikko Virtanen", "ambassador", None),
            ],
        ),
        (
            Language.EN,
            "Ombudsman Sabina Aliyeva met with representatives of UNICEF Ola Berg and Ann Lind.",
            [("Ola Berg", "representative", "UNICEF"), ("Ann Lind", "representative", "UNICEF")],
        ),
        (
            Language.AZ,
            "Ombudsman Səbinə Əliyeva Norveçin səfirləri Ola Berq və Ana Lind ilə görüşüb.",
            [("Ola Berq", "Norveçin səfiri", None), ("Ana Lind", "Norveçin səfiri", None)],
        ),
        (
            Language.AZ,
            "Ombudsman Səbinə Əliyeva UNICEF-in nümayəndələri Ola Berq və Ana Lind ilə görüşüb.",
            [
                ("Ola Berq", "UNICEF-in nümayəndəsi", None),
                ("Ana Lind", "UNICEF-in nümayəndəsi", None),
            ],
        ),
        # A role in the singular is the first one's only.
        (
            Language.EN,
            "Ombudsman Sabina Aliyeva met with the ambassador of Norway Ola Berg and Ann Lind.",
            [("Ola Berg", "ambassador", "Norway"), ("Ann Lind", None, None)],
        ),
    ],
)
def test_a_plural_role_is_each_ones(
    language: Language, sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(language, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "İsveçrə, Niderland və Finlandiyanın ölkəmizdəki səfirləri Lukas Hofer, Sanne de "
            "Fris və Mikko Virtanen Azərbaycan Ombudsmanı Səbinə Əliyevanın qəbulunda olublar.",
            [
                ("Lukas Hofer", "səfir", "İsveçrə"),
                ("Sanne de Fris", "səfir", "Niderland"),
                ("Mikko Virtanen", "səfir", "Finlandiya"),
            ],
        ),
        (
            "Ombudsman Səbinə Əliyeva Norveç və İsveçin səfirləri Ola Berq və Ana Lindi qəbul edib.",
            [("Ola Berq", "səfir", "Norveç"), ("Ana Lind", "səfir", "İsveç")],
        ),
        # Bodies by acronym are organisations, not countries.
        (
            "Ombudsman Səbinə Əliyeva UNICEF və UNDP-nin nümayəndələri Ola Berq və Ana Lind "
            "ilə görüşüb.",
            [("Ola Berq", "nümayəndə", "UNICEF"), ("Ana Lind", "nümayəndə", "UNDP")],
        ),
    ],
)
def test_countries_holders_respectively(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(Language.AZ, sentence) == expected


def test_countries_and_names_of_unequal_count_are_not_paired() -> None:
    people = _people(
        Language.AZ,
        "Ombudsman Səbinə Əliyeva Norveç, İsveç və Danimarkanın səfirləri Ola Berq və "
        "Ana Lind ilə görüşüb.",
    )
    assert [p[0] for p in people] == ["Ola Berq", "Ana Lind"]
    assert all(p[1] != "səfir" for p in people)


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        (
            Language.EN,
            "Ombudsman Sabina Aliyeva met with Dutch Ambassador Sanne de Vries.",
            "Sanne de Vries",
        ),
        (
            Language.EN,
            "Ombudsman Sabina Aliyeva met with Ludwig van der Berg, head of the office.",
            "Ludwig van der Berg",
        ),
        (
            Language.AZ,
            "Ombudsman Səbinə Əliyeva Niderlandın səfiri Sanne de Frisi qəbul edib.",
            "Sanne de Fris",
        ),
        (
            Language.RU,
            "Омбудсмен Сабина Алиева приняла посла Нидерландов Людвига ван дер Берга.",
            "Людвиг ван дер Берг",
        ),
    ],
)
def test_a_surname_after_particles(language: Language, sentence: str, name: str) -> None:
    assert [p[0] for p in _people(language, sentence)] == [name]


def test_a_lower_case_word_before_a_surname_is_no_particle() -> None:
    # "with" is no particle: the name is the two words after it.
    assert [p[0] for p in _people(Language.EN, "Sabina Aliyeva met with Ann Lind.")] == [
        "Ann Lind"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sabina Aliyeva met with parents and teachers of the school.",
            [("", "parents and teachers", "school")],
        ),
        (
            "Sabina Aliyeva met with teachers, parents and students of School No. 5.",
            [("", "teachers, parents and students", "School No. 5")],
        ),
        (
            "She also met with the prisoners and listened to their complaints.",
            [("", "prisoners", None)],
        ),
        (
            "Sabina Aliyeva met with residents of the village and heard their concerns.",
            [("", "residents", "village")],
        ),
        (
            "Sabina Aliyeva met with members of the Bar Association and representatives of NGOs.",
            [("", "members", "Bar Association"), ("", "representatives", "NGOs")],
        ),
    ],
)
def test_english_groups(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(Language.EN, sentence) == expected
