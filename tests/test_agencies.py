"""The agency names come from the sources' registry; text.py knows no source (issue 12)."""

from __future__ import annotations

from ombudsparse.sources import AGENCIES, PARSERS
from ombudsparse.text import OTHER_AGENCIES, find_attribution


def test_every_source_name_comes_from_its_parser_and_only_from_there() -> None:
    own = [name for parser in PARSERS.values() for name in parser.own_names]
    assert set(own) <= set(AGENCIES.names)
    assert not {name.casefold() for name in own} & {name.casefold() for name in OTHER_AGENCIES}
    assert AGENCIES.names[len(own) :] == OTHER_AGENCIES


def test_a_long_form_of_a_source_name_stands_for_its_first_name() -> None:
    assert AGENCIES.canonical("Trend News Agency") == "Trend"
    assert AGENCIES.canonical("AzerNews") == "AzerNews"  # a case variant stays as printed
    found = find_attribution(
        ("The Ombudsman met a guest, the Office told Trend News Agency.",), AGENCIES
    )
    assert (found.who, found.agencies) == ("the Office", ("Trend",))
