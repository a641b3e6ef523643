"""The text path's fast ways pinned against the plain ways they stand for.

Each fast path must tell exactly what the plain way tells: the record's
validators (a fast look, then attrs' own validators on what it does not pass),
the section-name test of other outlets' lines, and the text pipeline that builds
a record once.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any
from unittest import mock

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ombudsparse
from ombudsparse import model, outlets
from ombudsparse import text as text_module
from ombudsparse.dates import DateCandidate, DateOrigin, RelativeDate, _resolve_among, resolve
from ombudsparse.errors import ParseWarning, WarningCode
from ombudsparse.model import Article, Dateline, Language, Layer, MonthDay, Source
from ombudsparse.sources import PARSERS
from ombudsparse.sources.base import Marker
from tests import strategies
from tests.test_fast_paths import _texts

ROOT = Path(__file__).resolve().parent.parent

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


def _lines_of(pieces: tuple[str, ...], most: int) -> st.SearchStrategy[str]:
    """Lines made of the pieces, up to ``most`` of them."""
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


@given(_lines_of(_SECTION_PIECES, 7))
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


def _parsed(source: str, flags: int) -> list[tuple[object, object]]:
    try:
        from re import _parser as parser  # Python 3.11 and later
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as parser
    return list(parser.parse(source, flags).data)


def _branch() -> object:
    try:
        from re import _constants as constants  # Python 3.11 and later
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as constants
    return constants.BRANCH


_TAILED = [marker for parser in PARSERS.values() for marker in parser.markers if marker.tail]


def test_the_slow_markers_have_tails() -> None:
    assert {marker.name for marker in _TAILED} >= {
        "English dateline",
        "Azerbaijani dateline",
        "site name line",
    }


@pytest.mark.parametrize("marker", _TAILED, ids=lambda marker: marker.name)
def test_a_markers_tail_ends_every_match_of_its_pattern(marker: Marker) -> None:
    assert marker.tail is not None
    source = marker.pattern.pattern
    head = source[: len(source) - len(marker.tail)]
    flags = marker.pattern.flags
    # Split outside every group and class (the head and the tail are patterns of
    # their own), in a pattern that is no alternation at its top level (a "|" of the
    # head's would make it one), the tail not a repeat of what the head ends with.
    # Then a match is a match of the head followed by one of the tail.
    _parsed(head, flags)
    _parsed(marker.tail, flags)
    whole = _parsed(source, flags)
    assert not (len(whole) == 1 and whole[0][0] is _branch())
    assert marker.tail[0] not in "*+?{"
    assert not head.endswith("\\")


@pytest.mark.parametrize("marker", _TAILED, ids=lambda marker: marker.name)
def test_a_tailed_marker_is_found_where_its_pattern_is(marker: Marker) -> None:
    texts = _marker_texts()
    found = [marker.found_in(text, text.lower()) for text in texts]
    assert found == [marker.pattern.search(text) is not None for text in texts]
    assert any(found), marker.name  # the texts hold matches, not only texts without


def test_a_tail_must_end_the_pattern() -> None:
    with pytest.raises(ValueError, match="is not the end"):
        Marker(name="x", pattern=re.compile(r"(?m)^Trend\s*:"), weight=2, tail="Trend")


def _marker_texts() -> list[str]:
    real = sorted((ROOT / ".cache" / "real-articles").glob("*.txt"))
    return [
        *_texts(),  # the seeds, the suite's texts and test_fast_paths' own
        *(path.read_text(encoding="utf-8") for path in real),
        "BAKU, Azerbaijan, November 14. The two met.",
        "Text.\nGANJA , azerbaıjan ,  Oct. 5 The two met.",
        "Text. BAKU, Azerbaijan, November 14, not at a line's start.",
        "Bakı. Trend: Ombudsman görüşüb.",
        "Bakı, 8 oktyabr. TREND : Görüş.",
        "Text\nTrend: the two met.",
        "Text Trend: in a sentence.",
        "БАКУ /Trend/ - The two met.",
        "Azerbaijan, Baku, Oct. 25 / Trend, A.Name /\nText.",
        "Please ensure Javascript is enabled for purposes of website accessibility "
        "Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)\nText.",
        "Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)\nText.",
        "x Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)",
        "Bu barədə Trend-ə Ombudsman Aparatından məlumat verilib.",
        "Müvəkkil Trend-e açıqlamasında deyib ki, ...",
        "Trend-ə deyil",
        "The MP told Trend. Told Trend.",
        "The two met, Trend reports. Trend  reports: x",
        "Text\nCall center 916\nText",
        "Call center 916 is open",
    ]


_MARKER_PIECES = (
    "BAKU",
    "Bakı",
    ", Azerbaijan,",
    ",AZERBAIJAN ,",
    " November 14",
    " Oct. 5",
    ".",
    " Trend",
    "Trend:",
    " /Trend/",
    "/ корр. Trend Ə. Məmmədov /",
    " :",
    "\n",
    " ",
    "Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)",
    "accessibility ",
    "Trend-ə",
    "Trend-e",
    " bildirib",
    " məlumat verib",
    "told",
    " reports",
    "Call center",
    " 916",
)


@given(_lines_of(_MARKER_PIECES, 10))
def test_tailed_markers_are_found_where_their_patterns_are(text: str) -> None:
    for marker in _TAILED:
        expected = marker.pattern.search(text) is not None
        assert marker.found_in(text, text.lower()) is expected, marker.name


_CHROME_PIECES = (
    "©",
    "(c)",
    "Foto:",
    "Фото: Иван Петров/Sputnik",
    "photo credit",
    "Report.az",
    "News - 1news.az",
    "www.APA.AZ/",
    "Follow us on X",
    "читайте на Sputnik",
    "Bakı vaxtı 16:01",
    "Teqlər:",
    "Daxili siyasət",
    "EN",
    ".",
    " ",
    "\n",
)


@given(
    st.lists(st.sampled_from(_CHROME_PIECES), max_size=4).map("".join),
    st.integers(min_value=150, max_value=260),
    st.sampled_from(["x", " ", ".", "x y"]),
    st.lists(st.sampled_from(_CHROME_PIECES), max_size=3).map("".join),
)
def test_long_lines_are_read_as_chrome_as_the_plain_tests_read_them(
    start: str, length: int, filler: str, end: str
) -> None:
    line = start + (filler * length)[: max(0, length - len(start) - len(end))] + end
    found = (outlets._is_chrome(line, head=True), outlets._is_chrome(line, head=False))
    with mock.patch.object(outlets, "_LONG_LINE", 10**9):
        assert found == (outlets._is_chrome(line, head=True), outlets._is_chrome(line, head=False))


_BOUNDED_FORMS = {
    "site name": lambda n: "a" * n + " - www." + "a" * 30 + ".media/\n",
    "credit": lambda n: "a" * n + "©" + "a" * 60 + "\n",
    "caption": lambda n: "Name Name " + "a" * n + " Фото: Имя/АГ\n",
    "clock": lambda n: "a" * n + " Bakı vaxtı 16:01\n",
    "call": lambda n: "Follow us on X " + "a" * n + "\n",
    "pointer": lambda n: "a" * n + " читайте на\n",
}


@pytest.mark.parametrize("form", _BOUNDED_FORMS)
def test_the_long_line_bound_is_past_every_bounded_form(form: str) -> None:
    # The plain tests, without the bound: a line of each form is chrome up to some
    # length, and no further; that length is within the bound.
    with mock.patch.object(outlets, "_LONG_LINE", 10**9):
        lengths = [
            len(line)
            for line in map(_BOUNDED_FORMS[form], range(300))
            if outlets._is_chrome(line, head=True)
        ]
    assert lengths, form
    assert max(lengths) <= outlets._LONG_LINE, form
    assert max(lengths) < len(_BOUNDED_FORMS[form](299)), form  # it stopped before the end


def test_the_digits_a_line_may_start_with_are_those_of_the_numeric_forms() -> None:
    digit = re.compile(r"\d")
    differ = [
        code
        for code in range(0x110000)
        if outlets._starts_with_digit(chr(code)) is not (digit.match(chr(code)) is not None)
    ]
    assert differ == []
    assert outlets._starts_with_digit("٣ 2020")
    assert not outlets._starts_with_digit("²")


_RELATIVE_DATES = st.builds(
    RelativeDate,
    days_before=st.integers(0, 1),
    time=st.none() | st.times(),
    text=st.just("Bu gün"),
)
_CANDIDATES = st.builds(
    DateCandidate,
    value=st.one_of(
        strategies.aware_datetimes,
        st.dates(),
        strategies.year_months,
        strategies.month_days,
        _RELATIVE_DATES,
    ),
    origin=st.sampled_from(DateOrigin),
    layer=st.sampled_from(Layer),
)


@given(st.lists(_CANDIDATES, max_size=2), st.none() | st.dates())
def test_resolve_of_none_or_one_own_candidate_is_the_step_by_step_rule(
    candidates: list[DateCandidate], reference: dt.date | None
) -> None:
    assert resolve(candidates, reference) == _resolve_among(tuple(candidates), reference)


def test_the_step_by_step_rule_is_what_one_candidate_is_given() -> None:
    kept = DateCandidate(value=MonthDay(month=11, day=14), origin=DateOrigin.DATELINE)
    found = resolve([kept], dt.date(2023, 11, 20))
    assert found == _resolve_among((kept,), dt.date(2023, 11, 20))
    assert found.value == dt.date(2023, 11, 14)
    assert [w.code for w in resolve([]).warnings] == [WarningCode.DATE_MISSING]


_WORD = re.compile(r"[^\W\d_]+")
_TEXT_ALPHABET = "abcAZəƏıİğüöşçабвҐ҂ ²_1٣.,“”–×\u00a0\u2009\n\t\x85\ud800é"


@given(st.text(alphabet=_TEXT_ALPHABET, max_size=60) | st.text(max_size=60))
def test_letters_and_words_counted_in_c_are_the_regex_counts(text: str) -> None:
    encoded = text.encode("utf-8", "surrogatepass")
    others = encoded.translate(None, bytes(range(128))).decode("utf-8", "surrogatepass")
    words = _WORD.findall(text)
    counted = text_module._count_letters_and_words(text, encoded, others)
    ascii_letters = sum(c.isascii() and c.isalpha() for c in text)
    assert counted == (sum(map(len, words)), len(words), ascii_letters)


def test_letters_and_words_of_a_real_text_are_the_regex_counts() -> None:
    text = "“Müvəkkil” Səbinə Əliyeva, 2-ci gün ²x_y — görüş\ud800keçirib."
    encoded = text.encode("utf-8", "surrogatepass")
    others = encoded.translate(None, bytes(range(128))).decode("utf-8", "surrogatepass")
    assert text_module._count_letters_and_words(text, encoded, others) == (41, 9, 30)
    assert [len(word) for word in _WORD.findall(text)] == [8, 6, 7, 2, 3, 2, 1, 5, 7]


_LINE_ALPHABET = "ab .\u00a0\u2009\t\n\u3000é"


@given(
    st.text(alphabet=_LINE_ALPHABET, max_size=12), st.text(alphabet=_LINE_ALPHABET, max_size=12)
)
def test_a_line_repeated_is_told_as_comparing_its_words(line: str, other: str) -> None:
    """The last-character check first tells what comparing every word tells."""
    assert outlets._repeats(line, other) is (bool(line) and line.split() == other.split())
    assert outlets._repeats(line, line) is bool(line)
    spaced = " \u2009".join(line.split()) + "\u00a0"
    assert outlets._repeats(line, spaced) is bool(line)


@given(st.text(alphabet="0123456789 -–—•·:abc", max_size=20) | st.text(max_size=20))
def test_a_date_line_without_a_digit_is_none_before_it_is_stripped(line: str) -> None:
    if not re.search(r"\d", line):
        assert outlets.parse_date_line(line) is None
    # Stripped after the digit is found: a padded date line still reads.
    assert outlets.parse_date_line(" – 27 fevral, 2026 ") == (dt.date(2026, 2, 27), None)


_CREDIT_ALPHABET = "©(c)fotphs :şəkilфо.!?\n ab"


@given(st.text(alphabet=_CREDIT_ALPHABET, min_size=outlets._LONG_LINE + 1, max_size=260))
def test_a_long_line_is_a_credit_only_by_its_start(tail: str) -> None:
    """Past 202 characters, only the credit at the start of a line can match."""
    for line in (tail, "Photo: " + tail, "Name ©" + tail, "Foto: x\n" + tail, tail + "©"):
        assert len(line) > outlets._LONG_LINE
        assert bool(outlets._CREDIT.match(line)) is bool(outlets._CREDIT_START.match(line))


def test_a_long_credit_line_is_chrome_and_a_long_sentence_with_a_credit_sign_is_not() -> None:
    long = "word " * 45
    assert outlets._is_chrome("Photo: " + long, head=False)
    assert not outlets._is_chrome(long + "© Agency", head=False)
    assert outlets._is_chrome("Name Name Photo: Agency", head=False)  # short: the caption form
