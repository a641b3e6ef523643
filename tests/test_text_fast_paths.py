"""The text path's fast ways pinned against the plain ways they stand for.

Each fast path must tell exactly what the plain way tells: the record's
validators (a fast look, then attrs' own validators on what it does not pass),
the section-name test of other outlets' lines, and the text pipeline that builds
a record once.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ombudsparse
from ombudsparse import model, outlets
from ombudsparse.errors import ParseWarning, WarningCode
from ombudsparse.model import Article, Dateline, Language, Layer, Source
from tests import strategies

# The validators the record had before its fast paths, field by field.
_FULL_VALIDATORS: dict[str, Any] = {
    "source": attrs.validators.optional(attrs.validators.instance_of(Source)),
    "language": attrs.validators.optional(attrs.validators.instance_of(Language)),
    "dateline": attrs.validators.optional(attrs.validators.instance_of(Dateline)),
    "provenance": attrs.validators.deep_mapping(
        key_validator=model._check_field_name,
        value_validator=attrs.validators.instance_of(Layer),
    ),
    "warnings": attrs.validators.deep_iterable(attrs.validators.instance_of(ParseWarning)),
}


def _full_error(field: str, value: object) -> tuple[type[BaseException], str] | None:
    """What the plain validator of a field says of a value: its error, or ``None``."""
    attribute = attrs.fields_dict(Article)[field]
    try:
        _FULL_VALIDATORS[field](Article(), attribute, value)
    except (TypeError, ValueError) as exc:
        return type(exc), str(exc)
    return None


def _record_error(field: str, value: object) -> tuple[type[BaseException], str] | None:
    """What making a record with the value says: its error, or ``None``."""
    try:
        Article(**{field: value})
    except (TypeError, ValueError) as exc:
        return type(exc), str(exc)
    return None


_WARNING = ParseWarning(code=WarningCode.YEAR_UNKNOWN, field="published", message="no year")
_DATELINE = Dateline(text="BAKU, Azerbaijan, November 14", place="BAKU")


class _DatelineKind(Dateline):
    """A subclass: an instance of Dateline, which the record takes."""


_CASES = [
    ("source", None),
    ("source", Source.TREND),
    ("source", "trend"),
    ("source", 3),
    ("language", Language.AZ),
    ("language", "az"),
    ("language", Source.TREND),
    ("dateline", _DATELINE),
    ("dateline", _DatelineKind(text="BAKU")),
    ("dateline", "BAKU, Azerbaijan, November 14"),
    ("provenance", {}),
    ("provenance", {"title": Layer.TEXT, "published": Layer.PREFIX}),
    ("provenance", {"title": "text"}),
    ("provenance", {"headline": Layer.TEXT}),
    ("provenance", {3: Layer.TEXT}),
    ("provenance", {"title": Layer.TEXT, "nothing": Layer.META}),
    ("warnings", ()),
    ("warnings", (_WARNING, _WARNING)),
    ("warnings", (_WARNING, "year-unknown")),
    ("warnings", [None]),
]


@pytest.mark.parametrize(("field", "value"), _CASES)
def test_the_records_fast_validators_say_what_the_full_ones_say(field: str, value: object) -> None:
    # The record converts provenance and warnings before they are validated.
    converted: object = value
    if field == "provenance":
        converted = model.ReadOnlyMapping(value)  # type: ignore[arg-type]
    elif field == "warnings":
        converted = tuple(value)  # type: ignore[call-overload]
    assert _record_error(field, value) == _full_error(field, converted)


def test_the_cases_hold_good_and_bad_values_of_each_field() -> None:
    for field in _FULL_VALIDATORS:
        verdicts = {_record_error(f, v) is None for f, v in _CASES if f == field}
        assert verdicts == {True, False}, field


@given(strategies.articles)
def test_every_record_the_fast_validators_pass_the_full_ones_pass(article: Article) -> None:
    for field in _FULL_VALIDATORS:
        assert _full_error(field, getattr(article, field)) is None, field


_SECTION_PIECES = (
    "Daxili siyasət",
    "Politics",
    "News feed",
    "Лента новостей",
    "Son",
    "xəbərlər",
    ".",
    ":",
    "|",
    "...",
    " ",
    "\t",
    "\u00a0",
    "\u2003",
    "İ",
    "the Ombudsman met a guest",
)


@given(st.lists(st.sampled_from(_SECTION_PIECES), max_size=7).map("".join))
def test_section_lines_are_the_plain_key_lookup(line: str) -> None:
    plain = " ".join(line.casefold().split()).strip(" .:|") in outlets._SECTIONS
    assert outlets._is_section(line) is plain


def test_a_section_takes_no_more_words_than_the_gate_counts() -> None:
    assert max(len(name.split()) for name in outlets._SECTIONS) == outlets._SECTION_WORDS
    assert outlets._is_section("...  Daxili   siyasət :")
    assert not outlets._is_section("Daxili siyasət və xarici siyasət")


@pytest.mark.parametrize("space", sorted({chr(c) for c in range(0x3000) if chr(c).isspace()}))
def test_the_key_character_is_what_splitting_keeps(space: str) -> None:
    # The section gate reads white space as str.split does.
    assert outlets._KEY_CHARACTER.search(space) is None
    assert outlets._KEY_CHARACTER.search(f"{space}x") is not None


def test_the_text_pipeline_gives_the_evolved_records_fields() -> None:
    # Provenance and the syndication name go to the record without another Extracted.
    article = ombudsparse.parse(
        "(MENAFN- Trend News Agency) BAKU, Azerbaijan, November 14. The Ombudsman met\n"
        "a guest, the Ombudsman's Office told Trend.",
        reference_date=dt.date(2024, 11, 20),
    )
    assert article.syndicated_from == "Trend News Agency"
    assert dict(article.provenance) == {
        "dateline": Layer.TEXT,
        "published": Layer.TEXT,
        "body": Layer.TEXT,
        "language": Layer.GUESS,
    }
    assert article.published == dt.date(2024, 11, 14)
    assert re.search(r"met a guest", article.body[0])
