"""Who hosted a meeting: the Ombudsman of the article's date, by name or by the office."""

from __future__ import annotations

import datetime as dt

import pytest

from ombudsparse import Article, MonthDay, YearMonth, extract_meetings, parse
from ombudsparse.meetings.extract import HANDOVER, HOST, PREDECESSOR
from ombudsparse.model import PublishedDate

_UNNAMED = "The Ombudsman received the Ambassador of Norland, Ola Berg."


def _host(body: str, published: PublishedDate | None) -> str:
    (meeting,) = extract_meetings(Article(body=(body,), published=published))
    return meeting.host.name


@pytest.mark.parametrize(
    "published",
    [
        dt.date(2015, 3, 2),
        dt.datetime(2019, 11, 24, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=4))),
        YearMonth(year=2019, month=10),
    ],
)
def test_the_unnamed_ombudsman_before_the_handover_is_the_predecessor(
    published: PublishedDate,
) -> None:
    assert _host(_UNNAMED, published) == PREDECESSOR.name


@pytest.mark.parametrize(
    "published",
    [
        HANDOVER,
        dt.date(2024, 5, 12),
        YearMonth(year=2019, month=11),  # the month of the handover: either of them
        MonthDay(month=3, day=2),  # no year: nothing to go by
        None,
    ],
)
def test_the_unnamed_ombudsman_otherwise_is_sabina_aliyeva(
    published: PublishedDate | None,
) -> None:
    assert _host(_UNNAMED, published) == HOST.name


def test_a_named_ombudsman_is_kept_whatever_the_date() -> None:
    body = "The Ombudsman Sabina Aliyeva received the Ambassador of Norland, Ola Berg."
    assert _host(body, dt.date(2015, 3, 2)) == HOST.name


@pytest.mark.parametrize(
    "body",
    [
        "The Ombudsperson Elmira Suleimanova received the Ambassador of Norland, Ola Berg.",
        "Ombudsman Elmira Süleymanova Norland səfiri Ola Berqi qəbul edib.",
        "Омбудсмен Эльмира Сулейманова приняла посла Норландии Олу Берга.",
    ],
)
def test_the_predecessor_named_in_any_spelling_hosts(body: str) -> None:
    assert _host(body, None) == PREDECESSOR.name


def test_a_man_of_her_surname_is_not_her() -> None:
    body = (
        "Омбудсмен приняла посла Норландии Олу Берга. На встрече присутствовал Ильхам Сулейманов."
    )
    assert _host(body, dt.date(2024, 5, 12)) == HOST.name


def _hosts(body: str) -> list[tuple[str, str | None]]:
    return [(m.host.name, m.host.role) for m in extract_meetings(parse(body))]


@pytest.mark.parametrize(
    ("body", "group"),
    [
        (
            "Representatives of the Ombudsman's Office met with the residents of the shelter.",
            "Representatives of the Ombudsman's Office",
        ),
        (
            "Staff members of the Office of the Commissioner for Human Rights met with "
            "the families of the missing.",
            "Staff members of the Office of the Commissioner for Human Rights",
        ),
        ("Ombudsmanın nümayəndələri repatriantlarla görüşüblər.", "Ombudsmanın nümayəndələri"),
        (
            "Ombudsman Aparatının əməkdaşları Bakı şəhər sakinləri ilə görüşüb.",
            "Ombudsman Aparatının əməkdaşları",
        ),
        (
            "Представители омбудсмена встретились с лицами, вернувшимися на родину.",
            "Представители омбудсмена",
        ),
    ],
)
def test_her_staff_as_an_unnamed_group_hosts(body: str, group: str) -> None:
    assert _hosts(body) == [("", group)]


def test_the_guests_of_her_staff_are_not_the_staff() -> None:
    (meeting,) = extract_meetings(parse("Ombudsmanın nümayəndələri repatriantlarla görüşüblər."))
    assert [p.role for p in meeting.counterparts] == ["repatriantlar"]


@pytest.mark.parametrize(
    "body",
    [
        # She is named beside them: she hosts.
        "The Ombudsman Sabina Aliyeva and staff of the Office met with the residents.",
        # Another country's office.
        "Представители омбудсмена Грузии встретились с жителями села.",
        "Representatives of the Ombudsman of Norland met with the residents of the shelter.",
        "Gürcüstan Ombudsmanının nümayəndələri sakinlərlə görüşüb.",
        # The staff group is the guest, after the verb.
        "The Ombudsman received representatives of the Ombudsman's Office of Norland.",
    ],
)
def test_no_staff_group_hosts_where_she_or_another_office_does(body: str) -> None:
    # Hers, or no meeting of hers at all (another office's staff met someone).
    assert all(name == HOST.name for name, _ in _hosts(body))
