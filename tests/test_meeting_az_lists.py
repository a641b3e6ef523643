"""Azerbaijani counterparts without a name: a country's title, and lists of titles and groups.

"Qazaxıstan ombudsmanı" (the ombudsman of Kazakhstan) names a country's office-holder with
the country uninflected before the title (izafet); "Qazaxıstan və Özbəkistan ombudsmanları"
two of them; a list may mix such titles with a body's role ("BMT-nin rezident
koordinatoru") and a group ("... institutlarının nümayəndələri"), and the sentence's case
ending stands on its last item only. Each sentence is written for this test; the
countries are real, the events invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ombudsparse import Language
from ombudsparse.meetings import Meeting
from tests.helpers import meetings_in

_PUBLISHED = dt.date(2024, 5, 14)


def _only(sentence: str) -> Meeting:
    (meeting,) = meetings_in(Language.AZ, sentence, published=_PUBLISHED)
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
