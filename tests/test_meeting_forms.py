"""Meeting forms of real reporting (issue 9): joint activities, delegations' leaders,
meetings "with the participation of", the bare title. Invented people and bodies."""

from __future__ import annotations

import pytest

from ombudsparse import Article, Language
from ombudsparse.meetings import MeetingKind, MeetingMode, extract_meetings


def _meetings(*paragraphs: str) -> list[tuple[str, str, str | None, str | None, str]]:
    article = Article(body=paragraphs, language=Language.EN)
    return [
        (m.kind.value, m.mode.value, c.name or None, c.organisation, c.role or "")
        for m in extract_meetings(article)
        for c in m.counterparts
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commissioner and the delegation of the Norland Ombudsman Association also "
        "inspected the mined area in the city.",
        "The fact-finding mission of the Ombudsman and the delegation of the Norland "
        "Ombudsman Association continues.",
        "Sabina Aliyeva and a delegation of the Norland Ombudsman Association visited the school.",
    ],
)
def test_the_ombudsman_and_a_delegation_as_one_subject_is_a_joint_meeting(sentence: str) -> None:
    assert _meetings(sentence) == [
        ("joint", "in_person", None, "Norland Ombudsman Association", "delegation")
    ]


def test_a_delegation_met_is_its_leader_when_the_article_names_one() -> None:
    found = _meetings(
        "A delegation led by the President of the Norland Ombudsman Association Ola Berg, "
        "who is on a visit to Azerbaijan, began a mission in the region.",
        "The Commissioner and the delegation of the Norland Ombudsman Association "
        "inspected the area.",
        "The mission of the Ombudsman and the delegation of the Norland Ombudsman "
        "Association continues.",
    )
    # One meeting, with the leader: the second sentence's meeting is the same one.
    assert [(kind, name) for kind, _mode, name, _org, _role in found] == [("joint", "Ola Berg")]


def test_a_delegations_leader_named_by_role_only_stays_a_role_in_the_body() -> None:
    found = _meetings(
        "The delegation, led by the President of the Norland Ombudsman Association, "
        "is on a visit to Azerbaijan.",
        "The Commissioner and the delegation of the Norland Ombudsman Association "
        "inspected the area.",
    )
    assert found == [("joint", "in_person", None, "Norland Ombudsman Association", "President")]


def test_a_meeting_held_with_the_participation_of_groups_is_with_those_groups() -> None:
    found = _meetings(
        "Before the reception the Commissioner held legal awareness meeting with "
        "participation of the administration of the facility and convicts."
    )
    assert found
    assert {kind for kind, *_ in found} == {MeetingKind.JOINT.value}
    assert {mode for _kind, mode, *_ in found} == {MeetingMode.IN_PERSON.value}
    assert found[0][4] == "administration"


def test_talks_held_without_an_article_are_a_meeting() -> None:
    assert _meetings("The Ombudsman held talks with the Ambassador of Norland, Ola Berg.") == [
        ("joint", "unknown", "Ola Berg", None, "Ambassador")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # Another's commissioner: the title is followed by whose it is.
        "The Commissioner of the Council of Norland held a meeting with Ola Berg.",
        # An adjective between: not the bare title.
        "The European Commissioner held a meeting with Ola Berg.",
        # Not a meeting: the first meeting of a body, nobody met.
        "The Ombudsman held the first meeting of the Council.",
    ],
)
def test_the_bare_title_is_hers_only_when_nothing_says_whose(sentence: str) -> None:
    assert _meetings(sentence) == []
