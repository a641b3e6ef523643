"""Reports that are not meetings of hers, and counterparts that are not people.

An adversarial sweep of forms typical of Ombudsman news: another country's
ombudsman as the subject, meetings recalled or told as a habit, things
received that are not guests, sessions of large assemblies, and occasions
("on Human Rights Day") or events whose capitals read as a name. Each sentence
is written for this test with invented people and bodies; the positives prove
that real meetings of the same shape still come out.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from ombudsparse import Article, Language
from ombudsparse.meetings import Meeting, Span, Topic, extract_meetings

EN = Language.EN
_PUBLISHED = dt.date(2024, 5, 14)


def _language(text: str) -> Language:
    return Language.RU if re.search("[а-яё]", text) else Language.AZ if "ə" in text else EN


def _meetings(*paragraphs: str, published: dt.date | None = _PUBLISHED) -> tuple[Meeting, ...]:
    language = _language(" ".join(paragraphs))
    return extract_meetings(Article(body=paragraphs, language=language, published=published))


def _guests(*paragraphs: str, published: dt.date | None = _PUBLISHED) -> list[list[str]]:
    """The counterparts' names (or organisations, for a group) of each meeting."""
    return [
        [p.name or f"[{p.organisation or p.role}]" for p in m.counterparts]
        for m in _meetings(*paragraphs, published=published)
    ]


NOT_MEETINGS = [
    # Another country's or body's ombudsman is the subject, not she.
    "The Turkish Ombudsman met with the Minister of Justice, Ann Lind.",
    "Norland's Ombudsman met with the Minister of Justice, Ann Lind.",
    "The Chief Ombudsman of Norland, Ola Berg, received the Ambassador of Eastland, Ann Lind.",
    "The Ombudsman of Norland met with the Ombudsman of Eastland, Ann Lind.",
    "Ola Berg, the Ombudsman of Norland, met with the Minister of Justice, Ann Lind.",
    "The Commissioner for Human Rights of the Council of Europe, Ola Berg, met with the "
    "Minister of Justice, Ann Lind.",
    "The UN High Commissioner for Human Rights met with the Minister of Justice, Ann Lind.",
    # A meeting the sentence recalls, or a habit.
    "As reported earlier, the Ombudsman met with the Ambassador of Norland, Ola Berg, in March.",
    "As was previously reported, the Ombudsman received the Ambassador of Norland, Ola Berg.",
    "Earlier, the Ombudsman received the Ambassador of Norland, Ola Berg.",
    "It should be noted that the Ombudsman previously met with the Ambassador of Norland, "
    "Ola Berg.",
    "Sabina Aliyeva, the Ombudsman, has repeatedly met with the families of missing persons.",
    "The Ombudsman said she had received the Ambassador of Norland, Ola Berg, several times.",
    "Sabina Aliyeva said that she had met with the families of missing persons many times.",
    "The Ombudsman, who met with the Ambassador of Norland, Ola Berg, last year, called for "
    "cooperation.",
    "In her interview, the Ombudsman said that she met with the Ambassador of Norland, Ola Berg, "
    "in 2019.",
    # Things received that are not guests.
    "Sabina Aliyeva received an award from the President of the Republic.",
    "The Ombudsman received a letter from the Ombudsman of Norland, Ola Berg.",
    "The Ombudsman received an invitation from the Speaker of the Norland Parliament, Ola Berg.",
    "The Ombudsman received the reports of the regional centres.",
    "The Ombudsman has received 1,245 complaints from the residents of the region.",
    # Holidays met, not people.
    "The staff of the Ombudsman's Office met the New Year with children of the orphanage.",
    # Sessions of large assemblies are events, not meetings with a body.
    "The Ombudsman took part in the 50th session of the UN Human Rights Council in Geneva.",
    "Sabina Aliyeva participated in the session of the Global Alliance of National Human Rights "
    "Institutions.",
    "The Ombudsman attended the annual meeting of the Norland Ombudsman Network.",
    "The Ombudsman took part in the meeting of the General Assembly of the Asian Ombudsman "
    "Association.",
    "The Ombudsman participated in the meeting of the Baku Forum of Human Rights Defenders.",
    # A count of visits is no visit.
    "In 2023, the Ombudsman visited 120 penitentiary institutions.",
]


@pytest.mark.parametrize("text", NOT_MEETINGS)
def test_forms_that_are_not_meetings_of_hers_give_none(text: str) -> None:
    assert _meetings(text) == ()


MEETINGS = [
    # Her own titles, with Azerbaijan: she is the host, the other ombudsman the guest.
    (
        "The Ombudsman of the Republic of Azerbaijan, Sabina Aliyeva, met with the Ombudsman of "
        "Norland, Ola Berg.",
        [["Ola Berg"]],
    ),
    ("The Ombudsman of Azerbaijan met with the Ombudsman of Norland, Ola Berg.", [["Ola Berg"]]),
    (
        "Commissioner for Human Rights of the Republic of Azerbaijan Sabina Aliyeva received the "
        "Ambassador of Norland, Ola Berg.",
        [["Ola Berg"]],
    ),
    (
        "Azerbaijan's Ombudsman met with the Ambassador of Norland, Ola Berg.",
        [["Ola Berg"]],
    ),
    # Another's ombudsman as the guest, she named after the verb.
    ("The Turkish Ombudsman, Ola Berg, met with Sabina Aliyeva.", [["Ola Berg"]]),
    # Meetings told now, beside a past or a habit of someone else's.
    ("Earlier today, the Ombudsman received the Ambassador of Norland, Ola Berg.", [["Ola Berg"]]),
    (
        "The Ombudsman received the Ambassador of Norland, Ola Berg, who has visited the region "
        "several times.",
        [["Ola Berg"]],
    ),
    (
        "The Ombudsman met with the Ambassador of Norland, Ola Berg, and the sides agreed to meet "
        "regularly.",
        [["Ola Berg"]],
    ),
    ("The Ombudsman met with the Ambassador of Norland, Ola Berg, in 2024.", [["Ola Berg"]]),
    # Guests received, beside things received.
    (
        "The Ombudsman received the representatives of the Order of Lawyers.",
        [["[Order of Lawyers]"]],
    ),
    (
        "The Ombudsman received the Head of the Complaints Department of the Norland Ministry, "
        "Ola Berg.",
        [["Ola Berg"]],
    ),
    # The body of a board's session is met; "met the delegation" is a meeting.
    (
        "The Ombudsman took part in the session of the Executive Board of the Norland Ombudsman "
        "Association.",
        [["[Executive Board of the Norland Ombudsman Association]"]],
    ),
    (
        "The Ombudsman participated in the online meeting of the Executive Board of the Norland "
        "Ombudsman Association.",
        [["[Executive Board of the Norland Ombudsman Association]"]],
    ),
    ("The Ombudsman visited prison No. 7 in Norkend.", [["[prison No. 7 in Norkend]"]]),
]


@pytest.mark.parametrize(("text", "guests"), MEETINGS)
def test_real_meetings_of_the_same_shapes_still_come_out(
    text: str, guests: list[list[str]]
) -> None:
    assert _guests(text) == guests


def test_a_meeting_in_an_earlier_year_stays_when_the_article_has_no_year() -> None:
    # Without the article's year, "in 2019" may be the year of the article itself.
    text = "The Ombudsman met with the Ambassador of Norland, Ola Berg, in 2019."
    assert _guests(text, published=None) == [["Ola Berg"]]
    assert _guests(text) == []


COUNTERPARTS = [
    # An occasion or an event is no one's name.
    (
        "The Ombudsman met with the Ambassador of Norland, Ola Berg, on the occasion of the "
        "National Flag Day.",
        [["Ola Berg"]],
    ),
    (
        "The Ombudsman met with representatives of the media on the occasion of the National "
        "Press Day.",
        [["[media]"]],
    ),
    (
        "The Ombudsman received the Ambassador of Norland, Ola Berg, on Human Rights Day.",
        [["Ola Berg"]],
    ),
    (
        "The Ombudsman met with the winners of the Youth Essay Contest.",
        [["[Youth Essay Contest]"]],
    ),
    (
        "The Ombudsman met with Ola Berg, the head of the Norland Red Cross, at the Office.",
        [["Ola Berg"]],
    ),
    (
        "The Ombudsman met with the staff of the Office on the eve of Novruz Holiday.",
        [["[Office]"]],
    ),
    ("The Ombudsman visited Norland University on Human Rights Day.", [["[Norland University]"]]),
    # A role is no name either: the guest named after it is.
    (
        "The Georgian Public Defender, Ola Berg, met with the Ombudsman of Azerbaijan, "
        "Sabina Aliyeva.",
        [["Ola Berg"]],
    ),
]


@pytest.mark.parametrize(("text", "guests"), COUNTERPARTS)
def test_occasions_events_and_roles_are_not_counterpart_names(
    text: str, guests: list[list[str]]
) -> None:
    assert _guests(text) == guests


def test_a_role_alone_is_no_named_counterpart() -> None:
    meetings = _meetings("The Georgian Public Defender met with the Ombudsman, Sabina Aliyeva.")
    assert not any(p.name for m in meetings for p in m.counterparts)


ROLE_WORDS_AND_TAILS = [
    # Role words and honorifics are no part of a name.
    ("The Ombudsman met with World Bank Country Manager Ola Berg.", [["Ola Berg"]]),
    ("The Ombudsman met with the Chief Executive Officer Ola Berg.", [["Ola Berg"]]),
    ("The Ombudsman met with Mr Ola Berg, the Ambassador of Norland.", [["Ola Berg"]]),
    # "Head of Delegation" names no country.
    ("The Ombudsman met with the ICRC Head of Delegation Ola Berg.", [["Ola Berg"]]),
    # The name before a place, a day or a reason.
    ("The Ombudsman met with Ola Berg in Shusha.", [["Ola Berg"]]),
    ("The Ombudsman met with the Ambassador of Norland Ola Berg on 14 May.", [["Ola Berg"]]),
    (
        "The Ombudsman met with Norland Ambassador Ola Berg in Baku Congress Center.",
        [["Ola Berg"]],
    ),
    (
        "The Ombudsman received the Ambassador of Norland to Azerbaijan Ola Berg at her request.",
        [["Ola Berg"]],
    ),
]


@pytest.mark.parametrize(("text", "guests"), ROLE_WORDS_AND_TAILS)
def test_role_words_honorifics_places_and_days_are_cut_from_names(
    text: str, guests: list[list[str]]
) -> None:
    assert _guests(text) == guests


def test_a_one_word_name_after_an_honorific_is_no_counterpart() -> None:
    assert _meetings("The Ombudsman met with Ms Berg, the Ambassador.") == ()


def test_a_head_of_delegation_has_no_country() -> None:
    (meeting,) = _meetings("The Ombudsman met with the ICRC Head of Delegation Ola Berg.")
    assert meeting.counterparts[0].country is None


SUMMARIES_AND_RECOLLECTIONS = [
    # Summaries of a period are no meeting.
    "In 2022, the Ombudsman held meetings with 45 ambassadors.",
    "During the reporting period, the Ombudsman met with representatives of 30 NGOs.",
    "Ombudsman Sabina Aliyeva has met with Ola Berg, Ann Lind and Per Holm over the past year.",
    "The Ombudsman met with the Ambassador of Norland, Ola Berg, in March 2023.",
    # Recollections in Russian and Azerbaijani.
    "Как сообщалось ранее, омбудсмен Сабина Алиева встретилась с послом Норландии Олой Бергом.",
    "Xatırladaq ki, Ombudsman Səbinə Əliyeva Norlandiyanın səfiri Ola Berqlə görüşüb.",
    "Ombudsman Səbinə Əliyeva daha əvvəl Norlandiyanın səfiri Ola Berqlə görüşüb.",
]


@pytest.mark.parametrize("text", SUMMARIES_AND_RECOLLECTIONS)
def test_summaries_of_a_period_and_recollections_give_no_meeting(text: str) -> None:
    assert _meetings(text) == ()


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        # A meeting this week or in the article's year stays.
        (
            "In May 2024, the Ombudsman met with the Ambassador of Norland, Ola Berg.",
            [["Ola Berg"]],
        ),
        (
            "The Ombudsman met with the Ambassador of Norland, Ola Berg, last week.",
            [["Ola Berg"]],
        ),
        ("Омбудсмен Сабина Алиева встретилась с послом Норландии Олой Бергом.", [["Ола Берг"]]),
        ("Ombudsman Səbinə Əliyeva Norlandiyanın səfiri Ola Berqlə görüşüb.", [["Ola Berq"]]),
    ],
)
def test_meetings_of_the_article_beside_those_forms_stay(
    text: str, guests: list[list[str]]
) -> None:
    assert _guests(text) == guests


def test_a_guests_own_meeting_in_a_relative_clause_is_not_hers() -> None:
    text = (
        "The Ombudsman received the delegation of the Norland Parliament, which had met with "
        "the Minister of Justice, Ola Berg, the day before."
    )
    assert not any(p.name == "Ola Berg" for m in _meetings(text) for p in m.counterparts)
    # A visit and then a meeting of hers is still read after the second verb.
    assert _guests(
        "The Ombudsman visited the Embassy of Norland and met with Ambassador Ola Berg."
    ) == [["Ola Berg"]]


@pytest.mark.parametrize(
    "text",
    [
        "The Ombudsman visited the family of martyr Ola Berg.",
        "The Ombudsman met with the mother of the late Ola Berg.",
    ],
)
def test_the_family_of_someone_who_died_is_met_not_the_person_named(text: str) -> None:
    (meeting,) = _meetings(text)
    (group,) = meeting.counterparts
    assert group.name == ""
    assert group.role is not None
    assert group.role.endswith("Ola Berg")


def test_a_relative_of_a_living_guest_is_no_kin_of_the_dead() -> None:
    assert _guests("The Ombudsman met with the mother of the boy, Ola Berg.") == [["Ola Berg"]]


def test_topics_are_read_only_for_an_article_that_reports_a_meeting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ombudsparse.meetings import extract

    calls: list[tuple[str, ...]] = []
    real = extract.find_topics

    def counted(body: tuple[str, ...]) -> dict[Topic, Span]:
        calls.append(body)
        return real(body)

    monkeypatch.setattr(extract, "find_topics", counted)
    assert _meetings("The Ombudsman took part in a conference on children's rights.") == ()
    assert calls == []
    (meeting,) = _meetings(
        "The Ombudsman met with the Ambassador of Norland, Ola Berg.",
        "They discussed children's rights and the detention of migrants.",
    )
    assert len(calls) == 1
    assert {t.value for t in meeting.topics} >= {"children"}


OTHERS_IN_THE_SENTENCE = [
    # People the sentence names after the guests, in another clause, are not met.
    (
        "The Ombudsman met with the Ambassador of Norland, Ola Berg, and discussed the situation "
        "of journalist Ann Lind.",
        [["Ola Berg"]],
    ),
    (
        "The Ombudsman met with the Ambassador of Norland, Ola Berg, accompanied by Deputy Head "
        "of the Office Per Holm.",
        [["Ola Berg"]],
    ),
    (
        "The Ombudsman met with the Ambassador of Norland, Ola Berg, who presented the new Consul "
        "Ann Lind.",
        [["Ola Berg"]],
    ),
    # Guests joined by "and" stay two.
    (
        "The Ombudsman met with the Ambassador of Norland, Ola Berg, and the newly appointed "
        "Consul Ann Lind.",
        [["Ola Berg", "Ann Lind"]],
    ),
    # Titles and their hyphenated words are no part of a name.
    ("The Ombudsman met with a group of students led by Professor Ola Berg.", [["Ola Berg"]]),
    (
        "The Ombudsman met with Special Representative of the OSCE Chairperson-in-Office "
        "Ola Berg.",
        [["Ola Berg"]],
    ),
    ("The Ombudsman met with Secretary-General Ola Berg.", [["Ola Berg"]]),
    # A role's word glued to the name by a lost line break.
    (
        "The Ombudsman met with the Speaker, Ola Berg, and Prime MinisterAnn Lind.",
        [["Ola Berg", "Ann Lind"]],
    ),
    # A name before a parenthesis, or an outlet's credit without its comma.
    ("The Ombudsman met with the Ambassador of Norland, Ola Berg (pictured).", [["Ola Berg"]]),
    (
        "The Ombudsman met with the Ambassador of Norland Ola Berg Azernews reports.",
        [["Ola Berg"]],
    ),
]


@pytest.mark.parametrize(("text", "guests"), OTHERS_IN_THE_SENTENCE)
def test_others_named_in_the_sentence_are_not_counterparts(
    text: str, guests: list[list[str]]
) -> None:
    assert _guests(text) == guests


def test_a_glued_role_goes_to_the_role_and_a_glued_name_stays_whole() -> None:
    (meeting,) = _meetings("The Ombudsman met with Prime MinisterAnn Lind.")
    assert (meeting.counterparts[0].name, meeting.counterparts[0].role) == (
        "Ann Lind",
        "Prime Minister",
    )
    # "McAllister" is a name's own capitals, not a role glued to it.
    assert _guests("The Ombudsman met with the Ambassador of Norland, Ola McAllister.") == [
        ["Ola McAllister"]
    ]


def test_a_meeting_held_between_two_others_is_not_hers() -> None:
    assert (
        _meetings(
            "A meeting was held between the Minister of Justice Ola Berg and the Ambassador of "
            "Norland Ann Lind."
        )
        == ()
    )
    # With her as either side, the other side is the guest.
    assert _guests(
        "A meeting was held between the Ombudsman and the Ambassador of Norland, Ola Berg."
    ) == [["Ola Berg"]]
    assert _guests(
        "A meeting was held between the Ambassador of Norland, Ola Berg, and the Ombudsman."
    ) == [["Ola Berg"]]


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        # An earlier year, last year, repeatedly: in Azerbaijani and Russian too.
        ("Ombudsman Səbinə Əliyeva 2019-cu ildə Norlandiyanın səfiri Ola Berqlə görüşüb.", []),
        ("Ombudsman Səbinə Əliyeva ötən il Norlandiyanın səfiri Ola Berqlə görüşüb.", []),
        ("Ombudsman Səbinə Əliyeva dəfələrlə Norlandiyanın səfiri Ola Berqlə görüşüb.", []),
        ("Омбудсмен Сабина Алиева в 2019 году встретилась с послом Норландии Олой Бергом.", []),
        # The article's year is the meeting's.
        (
            "Ombudsman Səbinə Əliyeva 2024-cü ildə Norlandiyanın səfiri Ola Berqlə görüşüb.",
            [["Ola Berq"]],
        ),
        (
            "Омбудсмен Сабина Алиева в 2024 году встретилась с послом Норландии Олой Бергом.",
            [["Ола Берг"]],
        ),
    ],
)
def test_earlier_years_and_habits_in_azerbaijani_and_russian(
    text: str, guests: list[list[str]]
) -> None:
    assert _guests(text) == guests


def test_a_body_of_ombudsmen_is_not_she() -> None:
    for text in (
        "The Asian Ombudsman Association held a meeting with the Minister of Justice, Ola Berg.",
        "The International Ombudsman Institute met with the Ambassador of Norland, Ola Berg.",
    ):
        assert _meetings(text) == (), text
    # Her office is hers, and a body of ombudsmen may be a guest's.
    assert _guests("The Ombudsman Office received the Ambassador of Norland, Ola Berg.") == [
        ["Ola Berg"]
    ]
    assert _guests(
        "Sabina Aliyeva met with the President of the Asian Ombudsman Association, Ola Berg."
    ) == [["Ola Berg"]]


@pytest.mark.parametrize(
    "later",
    [
        "Later, the conference on human rights was attended by Minister Ola Berg and MP Ann Lind.",
        "The event was attended by Minister Ola Berg and MP Ann Lind.",
        "The opening ceremony of the exhibition was also attended by Minister Ola Berg.",
    ],
)
def test_those_who_attended_another_event_are_not_the_meetings(later: str) -> None:
    (meeting,) = _meetings("The Ombudsman met with representatives of NGOs.", later)
    assert [p.name for p in meeting.counterparts] == [""]
    assert meeting.delegation == ()


def test_those_who_attended_the_meeting_are_still_its() -> None:
    (meeting,) = _meetings(
        "The Ombudsman met with representatives of NGOs.",
        "The meeting was attended by Ola Berg and Ann Lind.",
    )
    assert [p.name for p in meeting.counterparts] == ["Ola Berg", "Ann Lind"]


def test_the_inviter_of_a_visit_is_not_met_by_the_visit() -> None:
    text = "The Ombudsman visited Norland at the invitation of the Ombudsman of Norland, Ola Berg."
    assert _meetings(text) == ()
    # A guest met at someone's invitation is still met.
    assert _guests(
        "The Ombudsman met with the Ambassador of Norland, Ola Berg, at the invitation of the "
        "Embassy."
    ) == [["Ola Berg"]]


def test_as_reported_by_an_outlet_is_an_attribution_not_a_recollection() -> None:
    assert _guests(
        "As reported by Trend, the Ombudsman met with the Ambassador of Norland, Ola Berg."
    ) == [["Ola Berg"]]
    assert (
        _guests("As reported earlier, the Ombudsman met with the Ambassador of Norland, Ola Berg.")
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Ombudsman met with the Ambassador of Norland, Ola Berg, to discuss the memorandum "
        "signed in 2019.",
        "Under the memorandum signed in 2019, the Ombudsman met with the Ambassador of Norland, "
        "Ola Berg.",
        "The Ombudsman met with the Ambassador of Norland, Ola Berg, appointed in 2022.",
        "The Ombudsman met with Ola Berg, who was appointed Ambassador last year.",
    ],
)
def test_an_earlier_time_of_something_else_keeps_the_meeting(text: str) -> None:
    assert _guests(text) == [["Ola Berg"]]


@pytest.mark.parametrize(
    "text",
    [
        "The Ombudsman's activity met the requirements of the Paris Principles.",
        "The Ombudsman met the demands of the residents of the village.",
        "The Ombudsman received the support of the members of the Milli Majlis.",
        "The Ombudsman has received the consent of the Government of Norland.",
        "The Ombudsman received the status A of the Global Alliance of National Human Rights "
        "Institutions.",
        "The Ombudsman visited the website of the Office.",
        "The Ombudsman visited the sites of the destruction in Aghdam.",
    ],
)
def test_what_is_met_received_or_visited_that_is_no_ones_role_is_no_meeting(text: str) -> None:
    assert _meetings(text) == ()


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        (
            "The Ombudsman met with the chairman of the Norland Bar Association.",
            [["[Norland Bar Association]"]],
        ),
        (
            "The Ombudsman met with the leadership of the Ministry of Justice.",
            [["[Ministry of Justice]"]],
        ),
        ("The Ombudsman received the Regional Representative of the UNHCR.", [["[UNHCR]"]]),
    ],
)
def test_a_role_of_a_body_met_without_a_name_is_still_a_counterpart(
    text: str, guests: list[list[str]]
) -> None:
    assert _guests(text) == guests


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        (
            "The Minister of Justice, Ola Berg, called on the Ombudsman to investigate the case.",
            [],
        ),
        ("MP Ola Berg called on the Ombudsman of Azerbaijan to react.", []),
        # A visit: "called on" her, for a meeting's purpose or at a place.
        (
            "The Ambassador of Norland, Ola Berg, called on the Ombudsman at her Office.",
            [["Ola Berg"]],
        ),
        (
            "The Ambassador of Norland, Ola Berg, called on the Ombudsman to discuss cooperation.",
            [["Ola Berg"]],
        ),
    ],
)
def test_calling_on_her_to_act_is_no_visit(text: str, guests: list[list[str]]) -> None:
    assert _guests(text) == guests


@pytest.mark.parametrize(
    "text",
    [
        "The Ombudsman met with resistance from the administration of the prison.",
        "The Ombudsman met with a positive response from the Ministry.",
        "The Ombudsman received an answer from the Prosecutor General, Ola Berg.",
        "The Ombudsman received a reply from the Ombudsman of Norland, Ola Berg.",
        "The Ombudsman received a copy of the decision of the court.",
        "The Ombudsman received humanitarian aid from the Red Crescent.",
    ],
)
def test_replies_and_reactions_are_no_guests(text: str) -> None:
    assert _meetings(text) == ()


def test_a_body_named_like_a_reaction_is_still_met() -> None:
    assert _guests("The Ombudsman met with the Support Group of the Norland Parliament.") == [
        ["[Norland Parliament]"]
    ]


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        # Another country's ombudsman in Russian: the country in the genitive, or after "в".
        (
            "Уполномоченный по правам человека в Российской Федерации Анна Линд встретилась с "
            "министром Олой Бергом.",
            [],
        ),
        ("Омбудсмен Турции встретилась с министром Олой Бергом.", []),
        # Hers: Azerbaijan's, or named.
        (
            "Омбудсмен Азербайджана Сабина Алиева встретилась с послом Норландии Олой Бергом.",
            [["Ола Берг"]],
        ),
        (
            "Уполномоченный по правам человека Сабина Алиева встретилась с послом Норландии "
            "Олой Бергом.",
            [["Ола Берг"]],
        ),
        ("Омбудсмен встретилась с послом Норландии Олой Бергом.", [["Ола Берг"]]),
    ],
)
def test_another_countrys_ombudsman_in_russian_is_not_she(
    text: str, guests: list[list[str]]
) -> None:
    assert _guests(text) == guests


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        # Another country's ombudsman in Azerbaijani: the country in the genitive.
        ("Gürcüstanın Ombudsmanı nazir Ann Lindlə görüşüb.", []),
        ("Norlandiyanın Ombudsmanı Norlandiyanın naziri Ann Lindi qəbul edib.", []),
        # Hers: Azerbaijan's, or "our country's".
        ("Azərbaycanın Ombudsmanı Norlandiyanın səfiri Ola Berqi qəbul edib.", [["Ola Berq"]]),
        (
            "Azərbaycan Respublikasının Ombudsmanı Səbinə Əliyeva Norlandiyanın səfiri Ola Berqi "
            "qəbul edib.",
            [["Ola Berq"]],
        ),
        ("Ölkəmizin Ombudsmanı Norlandiyanın səfiri Ola Berqi qəbul edib.", [["Ola Berq"]]),
    ],
)
def test_another_countrys_ombudsman_in_azerbaijani_is_not_she(
    text: str, guests: list[list[str]]
) -> None:
    assert _guests(text) == guests


def test_an_adjective_after_and_is_no_second_clause() -> None:
    (meeting,) = _meetings(
        "The Ombudsman met with the families of martyrs and wounded servicemen."
    )
    assert [p.role for p in meeting.counterparts] == ["families", "wounded servicemen"]
    assert _guests(
        "The Ombudsman met with the Ambassador of Norland, Ola Berg, and exchanged views on "
        "cooperation with Ann Lind."
    ) == [["Ola Berg"]]


def test_she_after_a_sentence_about_another_woman_is_not_the_ombudsman() -> None:
    assert (
        _meetings(
            "Ann Lind, the Minister of Justice of Norland, arrived in Baku. She met with the "
            "Speaker of the Milli Majlis, Ola Berg."
        )
        == ()
    )
    # After a sentence about her, or one that names no one, "she" is the Ombudsman.
    assert _guests(
        "Sabina Aliyeva is on a visit to Norland. On the first day, she met with the Speaker, "
        "Ola Berg."
    ) == [["Ola Berg"]]
    assert _guests(
        "The Ombudsman arrived in Geneva.",
        "The visit continues. She met with the High Commissioner, Ola Berg.",
    ) == [["Ola Berg"]]
