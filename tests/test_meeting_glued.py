"""Names after a role word glued to them, where a copy lost the space at a line break."""

from __future__ import annotations

import pytest

from ombudsparse import extract_meetings, parse


def _people(text: str) -> list[tuple[str, str | None, str]]:
    article = parse(text)
    return [
        (p.name, p.role, article.body[p.evidence.paragraph][p.evidence.start : p.evidence.end])
        for m in extract_meetings(article)
        for p in m.counterparts
        if p.evidence is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ombudsman held meetings with Prime MinisterUnal Kaya and Speaker Ola Berg.",
            [("Unal Kaya", "Prime Minister", "Unal Kaya"), ("Ola Berg", "Speaker", "Ola Berg")],
        ),
        (
            "The Ombudsman met with Foreign MinisterIrena Novak.",
            [("Irena Novak", "Foreign Minister", "Irena Novak")],
        ),
    ],
)
def test_a_glued_role_word_is_the_role(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _people(text) == expected


def test_a_name_that_starts_like_a_role_word_is_kept() -> None:
    # "Ministerova" is a surname: no capital follows the role word inside it.
    assert [name for name, _, _ in _people("The Ombudsman received Anna Ministerova.")] == [
        "Anna Ministerova"
    ]
