"""Bad input: our typed errors with a reason, never a traceback from deep inside."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ombudsparse
from ombudsparse import (
    DecodeError,
    EmptyInputError,
    InvalidArgumentError,
    NotTextError,
    OmbudsparseError,
)
from tests.helpers import parse_checked, parse_or_our_error
from tests.strategies import azernews_texts, official_texts, trend_texts


@pytest.mark.parametrize("data", ["", "   ", "\n\t\n", b"", b"  \r\n ", "\u200b\u00a0", "\ufeff"])
def test_empty_input_is_our_error(data: str | bytes) -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        ombudsparse.parse(data)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"\xff\xfe\xfa", None),
        (b"caf\xe9 au lait", None),
        (b"ok", "no-such-codec"),
        ("é".encode(), "ascii"),
    ],
)
def test_undecodable_bytes_are_our_error(data: bytes, encoding: str | None) -> None:
    with pytest.raises(DecodeError) as info:
        ombudsparse.parse(data, encoding=encoding)
    assert info.value.reason


def test_explicit_encoding_decodes_legacy_bytes() -> None:
    text = "БАКУ /Trend/ - Омбудсмен приняла делегацию."
    article = parse_checked(text.encode("cp1251"), encoding="cp1251")
    assert article.body == ("Омбудсмен приняла делегацию.",)


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom_decides_the_encoding(codec: str) -> None:
    article = parse_checked("The two met, Trend reports.".encode(codec))
    assert article.body == ("The two met, Trend reports.",)


@pytest.mark.parametrize(
    "data", [b"\x00\x01\x02PNG\x00\x00", "text with a NUL\x00 inside", bytes(range(1, 32)) * 4]
)
def test_binary_input_is_our_error(data: str | bytes) -> None:
    with pytest.raises(NotTextError):
        ombudsparse.parse(data)


def test_unknown_source_name_is_our_error() -> None:
    with pytest.raises(InvalidArgumentError, match="unknown source 'reuters'"):
        ombudsparse.parse("text", source="reuters")


def test_naive_reference_datetime_is_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="timezone-aware"):
        ombudsparse.parse("text", reference_date=dt.datetime(2023, 1, 1))


def test_aware_reference_datetime_is_read_in_baku() -> None:
    # 21:00 UTC on Nov 13 is already Nov 14 in Baku, so Nov 15 is within a day.
    reference = dt.datetime(2023, 11, 13, 21, 0, tzinfo=dt.timezone.utc)
    article = parse_checked(
        "BAKU, Azerbaijan, November 15. Text, Trend reports.", reference_date=reference
    )
    assert article.published == dt.date(2023, 11, 15)


def test_invalid_url_is_our_error() -> None:
    with pytest.raises(InvalidArgumentError, match="URL"):
        ombudsparse.parse("text", url="http://[::1")


def test_errors_name_source_field_and_reason() -> None:
    error = OmbudsparseError("no such day", source="trend", field="published")
    assert (error.source, error.field, error.reason) == ("trend", "published", "no such day")
    assert str(error) == "no such day (source: trend, field: published)"
    assert isinstance(EmptyInputError("x"), ValueError)


@given(
    st.one_of(
        st.text(),
        st.binary(),
        trend_texts().map(lambda r: r.text),
        azernews_texts().map(lambda r: r.text),
        official_texts().map(lambda r: r.text),
        st.lists(
            st.sampled_from(
                [
                    "BAKU, Azerbaijan, Oct. 25",
                    "Trend:",
                    " date 2023-01-01",
                    "---",
                    "30-11-2022 3 dəfə oxunub",
                    "Call center 916",
                    "x Read more",
                    "(MENAFN- Trend)",
                    "\n",
                    "Title",
                    "7 July 2026 15:56 (UTC +04:00)",
                ]
            ),
            max_size=8,
        ).map("\n".join),
    ),
    st.sampled_from([None, "trend", "azernews", "ombudsman"]),
    st.none() | st.dates(),
)
def test_parse_returns_a_valid_article_or_raises_our_error(
    data: str | bytes, source: str | None, reference: dt.date | None
) -> None:
    result = parse_or_our_error(data, source=source, reference_date=reference)
    if isinstance(result, OmbudsparseError):
        assert result.reason.strip()
    else:
        assert all(paragraph.strip() == paragraph and paragraph for paragraph in result.body)
        if isinstance(result.published, dt.datetime):
            assert result.published.utcoffset() is not None


def test_an_encoding_name_with_a_nul_is_our_decode_error() -> None:
    with pytest.raises(ombudsparse.DecodeError, match="unknown encoding"):
        ombudsparse.parse(b"The Ombudsman met a guest.", encoding="utf\x008")
