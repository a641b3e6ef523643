"""sniff(text, utf8=...) checks controls on the bytes: always the answer of the text alone."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from ombudsparse.decoding import InputKind, sniff
from ombudsparse.errors import NotTextError, OmbudsparseError

# Texts rich in what the checks look at: controls, NUL, HTML starts, non-ASCII letters.
_ALPHABET = st.sampled_from(
    ["\x00", "\x01", "\x07", "\x0b", "\x1b", "\x1f", "\n", "\t", " ", "a", "Ə", "ж", "€", "<"]
)
_TEXTS = st.one_of(
    st.text(_ALPHABET, max_size=200),
    st.text(max_size=200),
    st.builds(lambda body: "<html><p>" + body, st.text(_ALPHABET, max_size=200)),
    # Long enough that the sample of 8,192 characters is a part of the text only.
    st.builds(lambda head, tail: "ə" * 8_000 + head + tail, st.text(_ALPHABET), st.text()),
)


def _outcome(text: str, **kwargs: bytes) -> InputKind | type[OmbudsparseError]:
    try:
        return sniff(text, **kwargs)
    except OmbudsparseError as exc:
        return type(exc)


@given(_TEXTS)
# Controls past the first 8,192 bytes but within the first 8,192 characters.
@example("ə" * 7_000 + "\x01" * 1_192)
@example("ə" * 7_000 + "\x00")
def test_sniff_on_utf8_bytes_agrees_with_sniff_on_the_text(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    assert _outcome(text, utf8=data) == _outcome(text)


def test_controls_within_the_sample_of_characters_are_found_past_as_many_bytes() -> None:
    text = "ə" * 7_000 + "\x01" * 1_192  # 14,000 bytes of letters, then the controls
    assert _outcome(text, utf8=text.encode()) is not InputKind.TEXT


@given(_TEXTS)
@example("a\tb\x01\x01")  # a tab makes a line unprintable: the controls are still counted
@example("ab\x01" + "\n" * 3)
def test_sniff_on_text_counts_controls_as_the_plain_rule_does(text: str) -> None:
    """The text's check (lines that all print hold no control) gives the plain count's answer."""
    sample = text[:8_192]
    controls = len(re.findall("[\x00-\x08\x0e-\x1f]", sample))
    outcome = _outcome(text)
    if "\x00" in text or controls > 0.05 * len(sample):
        assert outcome is NotTextError
    else:
        assert outcome is not NotTextError
