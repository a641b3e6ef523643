"""Azerbaijani names of three words, and the capitalised words before a name that are none.

Spanish, Turkish and Arabic names are often of three words ("Xuan Karlos Mendes",
"Mehmet Əli Yıldız"): the whole name is read, as in English, with its case ending off.
An honorific, a title or a country capitalised before a two-word name is no part of it
("Cənab Ola Berq", "Doktor Ola Berq", "Norveç Ola Berq"). Each sentence is written for
this test; the people are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ombudsparse import Language
from ombudsparse.meetings.people import is_name
from tests.helpers import meetings_in

_PUBLISHED = dt.date(2024, 5, 14)


@pytest.mark.parametrize(
    ("sentence", "name", "printed"),
    [
        (
            "Ombudsman Səbinə Əliyeva Türkiyə səfirliyinin müşaviri Mehmet Əli Yıldızı "
            "qəbul edib.",
            "Mehmet Əli Yıldız",
            "Mehmet Əli Yıldızı",
        ),
        (
            "Ombudsman Səbinə Əliyeva BMT QAK-ın nümayəndəsi Xuan Karlos Mendes ilə görüşüb.",
            "Xuan Karlos Mendes",
            None,
        ),
        (
            "BMT QAK-ın nümayəndəsi Xuan Karlos Mendes Ombudsman Aparatında olub.",
            "Xuan Karlos Mendes",
            None,
        ),
        (
            "Səbinə Əliyeva İspaniyanın səfiri Xose Luis Ortega ilə videokonfrans formatında "
            "görüşüb.",
            "Xose Luis Ortega",
            None,
        ),
    ],
)
def test_three_word_names(sentence: str, name: str, printed: str | None) -> None:
    (meeting,) = meetings_in(Language.AZ, sentence, published=_PUBLISHED)
    (guest,) = meeting.counterparts
    assert (guest.name, guest.printed) == (name, printed)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ombudsman Səbinə Əliyeva Cənab Ola Berqi qəbul edib.", "Ola Berq"),
        ("Ombudsman Səbinə Əliyeva səfir Xanım Ana Lind ilə görüşüb.", "Ana Lind"),
        (
            "Ombudsman Səbinə Əliyeva Norveç səfirliyinin müşaviri Doktor Ola Berq ilə görüşüb.",
            "Ola Berq",
        ),
        ("Ombudsman Səbinə Əliyeva Norveç Ola Berq ilə görüşüb.", "Ola Berq"),
    ],
)
def test_a_capitalised_word_before_a_name_that_is_none(sentence: str, name: str) -> None:
    (meeting,) = meetings_in(Language.AZ, sentence, published=_PUBLISHED)
    assert [p.name for p in meeting.counterparts] == [name]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Cənab Ola Berq", False),
        ("Xanım Ana Lind", False),
        ("Rektor Ola Berq", False),
        ("Norveç Ola Berq", False),
        ("Qazaxıstan Ola Berq", False),
        # A name that starts as a country's stem does not ("Çin": "Çingiz").
        ("Çingiz Abdullayev", True),
        ("Hüseyn Əli Məmmədov", True),
        ("Xuan Karlos Mendes", True),
    ],
)
def test_name_words(words: str, expected: bool) -> None:
    assert is_name(words) is expected
