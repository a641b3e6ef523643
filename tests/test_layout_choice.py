"""Which layout reads a page: the signature selects, ``valid_until`` settles between versions.

A redesign adds a layout instead of changing one (fundus' versions). When two
layouts' signatures both match a page, the page's publication day picks the
oldest layout still valid on that day; without a day, the newest matching one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ombudsparse.html import load_page
from ombudsparse.pages import _choose_layout
from ombudsparse.sources.base import HtmlLayout, first_element

_PAGE = load_page(
    "<html><body><div class='story'><div class='lead'><p>Text of the story.</p></div>"
    "</div></body></html>"
)


def _layout(name: str, signature: str, valid_until: dt.date | None) -> HtmlLayout:
    return HtmlLayout(
        name=name,
        valid_until=valid_until,
        signature=signature,
        promises=frozenset({"body"}),
        body=first_element("//div[@class='story']"),
    )


OLD = _layout("x-v1", "//div[@class='story']", dt.date(2020, 12, 31))
NEW = _layout("x-v2", "//div[@class='lead']", None)
ELSEWHERE = _layout("x-v3", "//article", None)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2019, 5, 1), "x-v1"),  # before the redesign: the old layout
        (dt.date(2020, 12, 31), "x-v1"),  # its last valid day is still its own
        (dt.date(2021, 1, 1), "x-v2"),  # the day after: the new one
        (None, "x-v2"),  # no day known: the newest matching layout
    ],
)
def test_the_oldest_layout_still_valid_on_the_day_reads_a_page_both_match(
    day: dt.date | None, expected: str
) -> None:
    chosen = _choose_layout((OLD, NEW), _PAGE, day)
    assert chosen is not None
    assert chosen.name == expected


def test_a_layout_whose_signature_does_not_match_is_never_chosen() -> None:
    assert _choose_layout((ELSEWHERE,), _PAGE, dt.date(2024, 1, 1)) is None
    chosen = _choose_layout((OLD, ELSEWHERE), _PAGE, dt.date(2024, 1, 1))
    # Past the only matching layout's last day, it is still the best there is.
    assert chosen is not None
    assert chosen.name == "x-v1"
