"""A second batch of plausible meeting forms of issue 9, in the three languages.

Each sentence is written for this test with invented people and bodies; each
case says who was met (name, role, organisation), who hosted, how and what kind
of meeting it was. The sentences that are not meetings must give none.
"""

from __future__ import annotations

import pytest

from ombudsparse import Language
from tests.helpers import meetings_in as _meetings

_Guest = tuple[str, str | None, str | None]


EN, AZ, RU = Language.EN, Language.AZ, Language.RU
HER = "Sabina Aliyeva"

CASES: list[tuple[Language, str, list[_Guest], str, str, str]] = [
    # The guest as the subject, in Russian and Azerbaijani.
    (
        RU,
        "Посол Норландии Ола Берг встретился с омбудсменом Сабиной Алиевой.",
        [("Ола Берг", "Посол Норландии", None)],
        HER,
        "in_person",
        "received",
    ),
    (
        AZ,
        "Norlandiyanın səfiri Ola Berq Ombudsman Səbinə Əliyeva ilə görüşüb.",
        [("Ola Berq", "Norlandiyanın səfiri", None)],
        HER,
        "in_person",
        "received",
    ),
    (
        AZ,
        "Səfər çərçivəsində Ola Berq Ombudsmanla görüşüb.",
        [("Ola Berq", None, None)],
        HER,
        "in_person",
        "received",
    ),
    # A title before another's name is not hers.
    (
        EN,
        "The Norland Ombudsman Ola Berg visited the Office of the Ombudsman of Azerbaijan.",
        [("Ola Berg", "Norland Ombudsman", None)],
        HER,
        "in_person",
        "received",
    ),
    # The Azerbaijani passive, the leader in the genitive.
    (
        AZ,
        "Norlandiya Komissiyasının sədri Ola Berqin rəhbərlik etdiyi nümayəndə heyəti "
        "Ombudsman Aparatında qəbul olunub.",
        [("Ola Berq", "Norlandiya Komissiyasının sədri", None)],
        HER,
        "in_person",
        "received",
    ),
    # Remote meetings.
    (
        EN,
        "Sabina Aliyeva held a video meeting with the UN Special Rapporteur on torture, Ola Berg.",
        [("Ola Berg", "UN Special Rapporteur on torture", None)],
        HER,
        "online",
        "joint",
    ),
    (
        RU,
        "Омбудсмен Сабина Алиева провела видеовстречу с омбудсменом Норландии Олой Бергом.",
        [("Ола Берг", "омбудсменом Норландии", None)],
        HER,
        "online",
        "joint",
    ),
    (
        AZ,
        "Ombudsman Səbinə Əliyeva Norlandiyanın Ombudsmanı Ola Berq ilə onlayn görüşüb.",
        [("Ola Berq", "Norlandiyanın Ombudsmanı", None)],
        HER,
        "online",
        "joint",
    ),
    (
        AZ,
        "Ombudsman Səbinə Əliyeva onlayn formatda Norlandiyanın Ombudsmanı Ola Berq ilə görüş "
        "keçirib.",
        [("Ola Berq", "Norlandiyanın Ombudsmanı", None)],
        HER,
        "online",
        "joint",
    ),
    (
        AZ,
        "Ombudsman Səbinə Əliyeva Norlandiyanın Ombudsmanı Ola Berqlə telefon danışığı aparıb.",
        [("Ola Berq", "Norlandiyanın Ombudsmanı", None)],
        HER,
        "phone",
        "joint",
    ),
    # Azerbaijani nouns of meeting: "görüşü olub" with her name in the genitive, "görüşdə".
    (
        AZ,
        "Ombudsman Səbinə Əliyevanın Norlandiyanın səfiri Ola Berq ilə görüşü olub.",
        [("Ola Berq", "Norlandiyanın səfiri", None)],
        HER,
        "in_person",
        "joint",
    ),
    (
        AZ,
        "Norlandiyanın səfiri Ola Berq ilə görüşdə Ombudsman Səbinə Əliyeva fəaliyyəti barədə "
        "məlumat verib.",
        [("Ola Berq", "Norlandiyanın səfiri", None)],
        HER,
        "in_person",
        "joint",
    ),
    # The meeting named before her.
    (
        EN,
        "During the meeting with the Ambassador of Norland, Ola Berg, the Ombudsman spoke "
        "about her mandate.",
        [("Ola Berg", "Ambassador", None)],
        HER,
        "in_person",
        "joint",
    ),
    (
        RU,
        "В ходе встречи с послом Норландии Олой Бергом омбудсмен рассказала о своей деятельности.",
        [("Ола Берг", "послом Норландии", None)],
        HER,
        "in_person",
        "joint",
    ),
    # Lists joined by "и" and "və", honorifics out of roles, roles after the name.
    (
        RU,
        "Омбудсмен встретилась с послом Норландии Олой Бергом и послом Вестваля Пером Лундом.",
        [("Ола Берг", "послом Норландии", None), ("Пер Лунд", "послом Вестваля", None)],
        HER,
        "in_person",
        "joint",
    ),
    (
        AZ,
        "Ombudsman Səbinə Əliyeva Norlandiyanın səfiri Ola Berq və Vestvalın səfiri Per Lund "
        "ilə görüşüb.",
        [("Ola Berq", "Norlandiyanın səfiri", None), ("Per Lund", "Vestvalın səfiri", None)],
        HER,
        "in_person",
        "joint",
    ),
    (
        RU,
        "Сабина Алиева приняла г-жу Кари Хольм, представителя УВКБ ООН.",
        [("Кари Хольм", "представителя УВКБ ООН", None)],
        HER,
        "in_person",
        "received",
    ),
    (
        RU,
        "Сабина Алиева встретилась с г-ном Олой Бергом, главой делегации Международного "
        "комитета Красного Креста.",
        [("Ола Берг", "главой делегации Международного комитета Красного Креста", None)],
        HER,
        "in_person",
        "joint",
    ),
    (
        EN,
        "The Ombudsman met with Ola Berg, the Chairman of the Norland Bar Association, and "
        "Per Lund, the Secretary General of the Association.",
        [
            ("Ola Berg", "Chairman", "Norland Bar Association"),
            ("Per Lund", "Secretary General", "Association"),
        ],
        HER,
        "in_person",
        "joint",
    ),
    # Russian names in the nominative: a name that is also a word, an undeclined one.
    (
        RU,
        "Омбудсмен Сабина Алиева приняла председателя парламента Норландии Пера Лунда.",
        [("Пер Лунд", "председателя парламента Норландии", None)],
        HER,
        "in_person",
        "received",
    ),
    (
        RU,
        "Сабина Алиева встретилась с омбудсменом Норландии Василе Корой.",
        [("Василе Корой", "омбудсменом Норландии", None)],
        HER,
        "in_person",
        "joint",
    ),
    # Delegations: the body before the word, the head named later with the head's role.
    (
        EN,
        "Ombudsman Sabina Aliyeva had a meeting with the Norland delegation led by Deputy "
        "Minister of Justice Per Lund.",
        [("Per Lund", "Deputy Minister of Justice", "Norland")],
        HER,
        "in_person",
        "joint",
    ),
    (
        EN,
        "The Ombudsman met with the delegation of the Norland Equality Institution (NEI).\n"
        "Head of NEI Ola Berg said that cooperation is important.",
        [("Ola Berg", "Head", "NEI")],
        HER,
        "in_person",
        "joint",
    ),
    (
        RU,
        "Сабина Алиева приняла делегацию Норландской комиссии по правам человека.\n"
        "Делегацию возглавлял председатель комиссии Ола Берг.",
        [("Ола Берг", "председатель комиссии", "Норландская комиссия по правам человека")],
        HER,
        "in_person",
        "received",
    ),
    (
        AZ,
        "Ombudsman Səbinə Əliyeva Norlandiya Ombudsmanının nümayəndə heyəti ilə görüşüb.\n"
        "Nümayəndə heyətinə Norlandiya Ombudsmanı Ola Berq rəhbərlik edir.",
        [("Ola Berq", "Norlandiya Ombudsmanı", "Norlandiya Ombudsmanı")],
        HER,
        "in_person",
        "joint",
    ),
    # Groups, with their body in the nominative, or alone.
    (
        RU,
        "Омбудсмен Сабина Алиева провела онлайн-встречу с членами Норландской организации "
        "волонтеров.",
        [("", "члены", "Норландская организация волонтеров")],
        HER,
        "online",
        "joint",
    ),
    (
        RU,
        "Омбудсмен Сабина Алиева встретилась с детьми из Норградского детского дома.",
        [("", "дети", "Норградский детский дом")],
        HER,
        "in_person",
        "joint",
    ),
    (
        RU,
        "Омбудсмен Сабина Алиева провела встречу с журналистами.",
        [("", "журналисты", None)],
        HER,
        "in_person",
        "joint",
    ),
    (
        AZ,
        "Ombudsman Səbinə Əliyeva hərbi qulluqçularla görüşüb.",
        [("", "hərbi qulluqçular", None)],
        HER,
        "in_person",
        "joint",
    ),
    (
        AZ,
        "Səbinə Əliyeva Norland Universitetinin müəllim və tələbələri ilə görüşüb.",
        [("", "müəllim və tələbələri", "Norland Universiteti")],
        HER,
        "in_person",
        "joint",
    ),
    (
        AZ,
        "Ombudsmanın müavini Per Lund Norland Universitetinin tələbələrini qəbul edib.",
        [("", "tələbələri", "Norland Universiteti")],
        "Per Lund",
        "in_person",
        "received",
    ),
    # Visits to places: the group met there is of the place; a numbered place is met.
    (
        EN,
        "Ombudsman Sabina Aliyeva visited Prison No. 7 of the Penitentiary Service and met "
        "with prisoners.",
        [("", "prisoners", "Prison No. 7 of the Penitentiary Service")],
        HER,
        "in_person",
        "visited",
    ),
    (
        RU,
        "Омбудсмен Сабина Алиева посетила Норградский район, где встретилась с жителями.",
        [("", "жители", "Норградский район")],
        HER,
        "in_person",
        "visited",
    ),
    (
        AZ,
        "Ombudsman Səbinə Əliyeva 7 nömrəli Cəzaçəkmə Müəssisəsində olub və məhkumlarla görüşüb.",
        [("", "məhkumlar", "7 nömrəli Cəzaçəkmə Müəssisəsi")],
        HER,
        "in_person",
        "joint",
    ),
    (
        EN,
        "Ombudsman Sabina Aliyeva visited school No. 45 in Norcity district.",
        [("", None, "school No. 45 in Norcity district")],
        HER,
        "in_person",
        "visited",
    ),
    # Her deputy or staff named as the subject hosts.
    (
        RU,
        "Заместитель омбудсмена Пер Лунд встретился со студентами Норландского университета.",
        [("", "студенты", "Норландский университет")],
        "Пер Лунд",
        "in_person",
        "joint",
    ),
    (
        EN,
        "Head of the Ombudsman Office Per Lund received H.E. Ola Berg, the Ambassador of Norland.",
        [("Ola Berg", "Ambassador", None)],
        "Per Lund",
        "in_person",
        "received",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "guests", "host", "mode", "kind"),
    CASES,
    ids=[f"{language.value}-{text[:40]}" for language, text, *_rest in CASES],
)
def test_a_form_of_meeting_gives_its_guests_host_mode_and_kind(
    language: Language, text: str, guests: list[_Guest], host: str, mode: str, kind: str
) -> None:
    (meeting,) = _meetings(language, *text.split("\n"))
    assert [(p.name, p.role, p.organisation) for p in meeting.counterparts] == guests
    assert meeting.host.name == host
    assert (meeting.mode.value, meeting.kind.value) == (mode, kind)


NOT_MEETINGS = [
    (EN, "Ombudsman Sabina Aliyeva made a statement on the International Day of Human Rights."),
    (EN, "She noted that the meeting of the UN Human Rights Council will be held in Geneva."),
    (EN, "Sabina Aliyeva recalled that she had met with the Norland Ombudsman Ola Berg in 2019."),
    (EN, "The Ombudsman sent a letter to the UN Secretary-General Ola Berg."),
    (EN, "Ola Berg, the Ambassador of Norland, met with the President of Azerbaijan."),
    (EN, "The Ombudsman will meet with the Norland Ombudsman Ola Berg next week."),
    (EN, "The Ombudsman received an award from the Norland Academy."),
    (EN, "Ombudsman visits prisons in the regions."),
    (
        AZ,
        "Səbinə Əliyeva 2019-cu ildə Norlandiyanın Ombudsmanı Ola Berq ilə görüşdüyünü xatırladıb.",
    ),
    (AZ, "Norlandiyanın səfiri Ola Berq Azərbaycan Prezidenti ilə görüşüb."),
    (AZ, "Ombudsman BMT-nin Baş katibi Ola Berqə məktub ünvanlayıb."),
    (AZ, "Ombudsman Norkənddə keçirilən beynəlxalq konfransda çıxış edib."),
    (
        RU,
        "Сабина Алиева напомнила, что в 2019 году встречалась с омбудсменом Норландии Олой Бергом.",
    ),
    (RU, "Посол Норландии Ола Берг встретился с президентом Азербайджана."),
    (RU, "Омбудсмен направила письмо генеральному секретарю ООН Оле Бергу."),
    (RU, "Она отметила, что встреча Совета ООН по правам человека пройдет в Женеве."),
]


@pytest.mark.parametrize(
    ("language", "text"), NOT_MEETINGS, ids=[t[:40] for _l, t in NOT_MEETINGS]
)
def test_a_sentence_that_is_not_her_meeting_gives_none(language: Language, text: str) -> None:
    assert _meetings(language, text) == ()
