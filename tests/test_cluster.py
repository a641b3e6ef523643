"""One cluster per real-world meeting: pairs of differently worded reports, and near misses."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import attrs
import pytest

import ombudsparse
from ombudsparse import Source, cluster_meetings
from ombudsparse.meetings.cluster import (
    MeetingReport,
    _same_meeting,
    cluster_reports,
    same_counterpart,
    same_person,
)
from ombudsparse.meetings.extract import person_key
from ombudsparse.meetings.model import Person

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from scaling_workloads import meeting_reports

REF = dt.date(2024, 12, 31)


def trend(
    month_day: str, guest: str, role: str = "the Ombudsman of Westvale"
) -> ombudsparse.Article:
    return ombudsparse.parse(
        f"BAKU, Azerbaijan, {month_day}. The Commissioner for Human Rights (Ombudsperson) of Azerbaijan, "
        f"Sabina Aliyeva, has received {role}, {guest}, the Ombudsman's Office told Trend.",
        reference_date=REF,
    )


def azernews(
    date_line: str, guest: str, role: str = "the Westvale Ombudsman"
) -> ombudsparse.Article:
    return ombudsparse.parse(
        f"{date_line} (UTC+04:00)\nThe Ombudswoman of Azerbaijan, Sabina Aliyeva, met with {role}, {guest}, "
        "Azernews reports.\nThe sides discussed cooperation."
    )


def official(day: str, guest: str, role: str = "the Ombudsman of Westvale") -> ombudsparse.Article:
    return ombudsparse.parse(
        f"Ombudsman received a guest from Westvale\n{day} 120 dəfə oxunub\n"
        f"The Human Rights Commissioner of Azerbaijan, Sabina Aliyeva, received {role}, {guest}."
    )


def test_three_outlets_one_meeting_with_spelling_variants() -> None:
    clusters = cluster_meetings(
        [
            trend("May 12", "Piotr Zielinski"),
            azernews("12 May 2024 17:02", "Piotr Zieliński"),
            official("12-05-2024", "P. Zielinsky"),
        ]
    )
    (cluster,) = clusters
    assert cluster.sources == (Source.TREND, Source.AZERNEWS, Source.OMBUDSMAN)
    assert cluster.date == dt.datetime(
        2024, 5, 12, 17, 2, tzinfo=dt.timezone(dt.timedelta(hours=4))
    )
    assert [p.name for p in cluster.counterparts] == ["Piotr Zielinski"]


def test_reports_a_day_apart_are_one_meeting() -> None:
    (cluster,) = cluster_meetings(
        [azernews("12 May 2024 23:40", "Ines Varga"), official("13-05-2024", "Ines Varga")]
    )
    assert len(cluster.reports) == 2


def test_same_guest_another_month_stays_apart() -> None:
    clusters = cluster_meetings(
        [azernews("12 May 2024 10:00", "Ines Varga"), azernews("12 June 2024 10:00", "Ines Varga")]
    )
    assert len(clusters) == 2


def test_same_guest_same_day_another_year_stays_apart() -> None:
    clusters = cluster_meetings(
        [azernews("12 May 2023 10:00", "Ines Varga"), azernews("12 May 2024 10:00", "Ines Varga")]
    )
    assert len(clusters) == 2


def test_two_days_apart_stays_apart() -> None:
    clusters = cluster_meetings(
        [azernews("12 May 2024 10:00", "Ines Varga"), official("14-05-2024", "Ines Varga")]
    )
    assert len(clusters) == 2


def test_different_guests_on_one_day_stay_apart() -> None:
    clusters = cluster_meetings(
        [azernews("12 May 2024 10:00", "Ines Varga"), official("12-05-2024", "Ola Berg")]
    )
    assert len(clusters) == 2


def test_a_year_less_date_matches_by_month_and_day() -> None:
    year_less = ombudsparse.parse(
        "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the Ombudsman of Westvale, Ines Varga."
    )
    assert isinstance(year_less.published, ombudsparse.MonthDay)
    (cluster,) = cluster_meetings([year_less, azernews("12 May 2024 10:00", "Ines Varga")])
    assert cluster.date == dt.datetime(
        2024, 5, 12, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=4))
    )


def test_undated_reports_stay_alone() -> None:
    undated = ombudsparse.parse(
        "The Ombudsperson Sabina Aliyeva received the Ombudsman of Westvale, Ines Varga."
    )
    assert undated.published is None
    clusters = cluster_meetings([undated, azernews("12 May 2024 10:00", "Ines Varga")])
    assert len(clusters) == 2


def _undated(guest: str, role: str = "the Ombudsman of Westvale") -> ombudsparse.Article:
    article = ombudsparse.parse(f"The Ombudsperson Sabina Aliyeva received {role}, {guest}.")
    assert article.published is None
    return article


def test_an_undated_report_joins_the_one_cluster_of_its_counterpart_when_asked() -> None:
    dated = [azernews("12 May 2024 10:00", "Ines Varga"), official("12-05-2024", "Ines Varga")]
    other = azernews("20 June 2024 10:00", "Ola Berg")
    clusters = cluster_meetings([*dated, _undated("Ines Varga"), other], undated="unique")
    assert [c.report_count for c in clusters] == [3, 1]
    joined = clusters[0]
    # The joined report keeps no date of its own; the cluster's date is the dated reports'.
    assert [r.meeting.date is None for r in joined.reports] == [False, False, True]
    assert joined.date == dt.datetime(
        2024, 5, 12, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=4))
    )


def test_an_undated_report_with_two_clusters_of_its_counterpart_stays_alone() -> None:
    # Ines Varga was met in May and in June: nothing tells which one the undated copy is.
    articles = [
        azernews("12 May 2024 10:00", "Ines Varga"),
        azernews("20 June 2024 10:00", "Ines Varga"),
        _undated("Ines Varga"),
    ]
    assert [c.report_count for c in cluster_meetings(articles, undated="unique")] == [1, 1, 1]


def _guest(article: ombudsparse.Article, name: str) -> MeetingReport:
    """The article's one meeting, its counterpart renamed (as another outlet spells them)."""
    (meeting,) = ombudsparse.extract_meetings(article)
    person = meeting.counterparts[0]
    renamed = attrs.evolve(person, name=name, key=person_key(name))
    return MeetingReport.of(article, attrs.evolve(meeting, counterparts=(renamed,)))


def test_an_undated_report_joins_its_counterpart_spelt_in_another_script() -> None:
    # An Azerbaijani outlet's "Şərəf Malkoç" is the English press's "Seref Malkoc": the
    # keys differ (sharaf malkoch, seref malkoc), the person does not.
    dated = _guest(azernews("12 May 2024 10:00", "Ines Varga"), "Seref Malkoc")
    undated = _guest(_undated("Ines Varga"), "Şərəf Malkoç")
    assert person_key("Şərəf Malkoç") != person_key("Seref Malkoc")
    (cluster,) = cluster_reports([dated, undated], undated="unique")
    assert cluster.reports == (dated, undated)


def test_an_undated_report_joins_no_one_of_another_first_name() -> None:
    # The surname's skeleton makes candidates; same_person still decides.
    dated = _guest(azernews("12 May 2024 10:00", "Ines Varga"), "Elmar Sharp")
    undated = _guest(_undated("Ines Varga"), "Elnur Şarp")
    assert len(cluster_reports([dated, undated], undated="unique")) == 2


def test_an_undated_report_joins_by_the_surname_spelt_alike_only() -> None:
    # "Ines Vargas" is Ines Varga to same_person (a dated pair would match), but the
    # undated join looks for the same surname once transliterated: an added letter is
    # another surname there, and keeps the report alone.
    assert same_person(
        Person(name="Ines Varga", key=person_key("Ines Varga")),
        Person(name="Ines Vargas", key=person_key("Ines Vargas")),
    )
    articles = [azernews("12 May 2024 10:00", "Ines Varga"), _undated("Ines Vargas")]
    assert len(cluster_meetings(articles, undated="unique")) == 2


def test_undated_joins_do_not_depend_on_the_order_of_the_reports() -> None:
    articles = [
        _undated("Ines Varga"),
        azernews("12 May 2024 10:00", "Ines Varga"),
        _undated("Ines Varga"),
        azernews("20 June 2024 10:00", "Ola Berg"),
        _undated("Ola Berg"),
    ]
    for order in (articles, articles[::-1], articles[1:] + articles[:1]):
        clusters = cluster_meetings(order, undated="unique")
        assert sorted(c.report_count for c in clusters) == [2, 3]


def test_a_report_dated_to_a_month_joins_only_a_cluster_of_that_month() -> None:
    undated = _undated("Ines Varga")
    (meeting,) = ombudsparse.extract_meetings(undated)
    month_only = MeetingReport.of(
        undated, attrs.evolve(meeting, date=ombudsparse.YearMonth(year=2024, month=5))
    )

    def reports(date_line: str) -> list[MeetingReport]:
        article = azernews(date_line, "Ines Varga")
        return [MeetingReport.of(article, m) for m in ombudsparse.extract_meetings(article)]

    may, june = reports("12 May 2024 10:00"), reports("12 June 2024 10:00")
    assert [c.report_count for c in cluster_reports([*may, month_only], undated="unique")] == [2]
    assert len(cluster_reports([*june, month_only], undated="unique")) == 2
    assert len(cluster_reports([*may, month_only])) == 2  # alone by default


@pytest.mark.parametrize("value", ["join", "", None, 1])
def test_an_unknown_undated_choice_is_the_callers_error(value: object) -> None:
    with pytest.raises(ombudsparse.InvalidArgumentError, match="undated must be"):
        cluster_meetings([_undated("Ines Varga")], undated=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Vladimir Shkolnikov", "Vladimir Shkolnikow", True),
        ("Hikmet Babaoglu", "Hikmat Babaoğlu", True),
        ("Aziz Alakbarli", "Aziz Alekberli", True),
        ("Pia Kauma", "Kauma", True),
        ("Pia Kauma", "P. Kauma", True),
        ("Ola Berg", "Ola Bergh", True),
        ("Ola Berg", "Erik Berg", False),
        ("Ola Berg", "Ola Nygaard", False),
        ("Mark Libby", "Martin Chungong", False),
        # A double surname and one of its parts, across spellings.
        ("Despina Chatzivassiliou-Tsovilis", "Despina Çatzivasiliu", True),
        ("Despina Chatzivassiliou-Tsovilis", "D. Tsovilis", True),
        ("Despina Chatzivassiliou-Tsovilis", "Maria Chatzivassiliou", False),
        # A middle name is not a surname of the other's.
        ("Luis Ernesto Pedernera", "Ernesto Pedernera", True),
        ("Ola Berg", "Ola Berg Hansen", True),
        ("Erik Berg Hansen", "Ola Berg", False),
    ],
)
def test_same_person_despite_spelling(first: str, second: str, same: bool) -> None:
    a = Person(name=first, key=person_key(first))
    b = Person(name=second, key=person_key(second))
    assert same_person(a, b) is same
    assert same_person(b, a) is same


def test_one_meeting_reported_in_three_languages_and_scripts_is_one_cluster() -> None:
    import datetime as dt

    en = ombudsparse.parse(
        "BAKU, Azerbaijan, October 8. The Ombudsperson Sabina Aliyeva met with the Ukrainian "
        "Parliament Commissioner for Human Rights, Dmytro Lubinets, Trend reports.",
        reference_date=dt.date(2025, 10, 9),
    )
    ru = ombudsparse.parse(
        " date 2025-10-08 Омбудсмен Азербайджана Сабина Алиева встретилась с уполномоченным "
        "Верховной Рады Украины по правам человека Дмитрием Лубинцом."
    )
    az = ombudsparse.parse(
        " date 2025-10-08 Ombudsman Səbinə Əliyeva Ukrayna Ali Radasının İnsan Hüquqları üzrə "
        "Müvəkkili Dmitri Lubinetsi qəbul edib."
    )
    (cluster,) = ombudsparse.cluster_meetings([en, ru, az])
    assert len(cluster.reports) == 3
    assert {r.meeting.counterparts[0].name for r in cluster.reports} == {
        "Dmytro Lubinets",
        "Дмитрий Лубинец",
        "Dmitri Lubinets",
    }


def test_a_group_of_a_body_and_a_person_of_that_body_are_one_meeting() -> None:
    # One outlet names the delegation's head, another only the body whose members came.
    led = trend(
        "May 12",
        "Ola Berg",
        role="a delegation of the Westvale Volunteers Organisation led by its chairman",
    )

    def members(date_line: str) -> ombudsparse.Article:
        return ombudsparse.parse(
            f"{date_line} (UTC+04:00)\nThe Ombudswoman of Azerbaijan, Sabina Aliyeva, met with "
            "members of the Westvale Volunteers Organisation, Azernews reports."
        )

    (cluster,) = cluster_meetings([led, members("12 May 2024 17:02")])
    assert [(p.name, p.organisation) for p in cluster.counterparts] == [
        ("Ola Berg", "Westvale Volunteers Organisation"),
        ("", "Westvale Volunteers Organisation"),
    ]
    # The same two reports a month apart are two meetings.
    assert len(cluster_meetings([led, members("12 Jun 2024 17:02")])) == 2


def _body(name: str) -> Person:
    return Person(name="", key=person_key(name), organisation=name)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            _body("Westvale Ombudsman Institution"),
            _body("Ombudsman Institution of Westvale"),
            True,
        ),
        # The short name within the whole one, acronyms and all.
        (
            _body("Organization of Islamic Cooperation (OIC)"),
            _body("Organization of Islamic Cooperation Ombudsmen Association (OIC OA)"),
            True,
        ),
        # One word says too little: the United Nations is not each of its agencies.
        (_body("UNICEF"), _body("UNICEF Office in Westvale"), False),
        # Two universities of one city share a first and a last word, not a name.
        (_body("Baku State University"), _body("Baku Slavic University"), False),
        (
            Person(name="Ola Berg", key=person_key("Ola Berg"), organisation="Westvale Red Cross"),
            _body("Red Cross of Westvale"),
            True,
        ),
        # A named person without an organisation says nothing of a body.
        (Person(name="Ola Berg", key=person_key("Ola Berg")), _body("Westvale Red Cross"), False),
        # Two people of one body are two people.
        (
            Person(name="Ola Berg", key=person_key("Ola Berg"), organisation="Westvale Red Cross"),
            Person(
                name="Ines Varga", key=person_key("Ines Varga"), organisation="Westvale Red Cross"
            ),
            False,
        ),
    ],
)
def test_same_counterpart_by_name_or_by_body(first: Person, second: Person, same: bool) -> None:
    assert same_counterpart(first, second) is same
    assert same_counterpart(second, first) is same


def _all_pairs_clusters(reports: list[MeetingReport]) -> list[list[int]]:
    """The clusters of comparing every pair of reports, as lists of report indices."""
    parent = list(range(len(reports)))

    def root(index: int) -> int:
        while parent[index] != index:
            index = parent[index]
        return index

    for i in range(len(reports)):
        for j in range(i + 1, len(reports)):
            if _same_meeting(reports[i].meeting, reports[j].meeting):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for index in range(len(reports)):
        groups.setdefault(root(index), []).append(index)
    return list(groups.values())


@pytest.mark.parametrize(
    "reports",
    [
        # Many meetings a day across a new year: crowded date windows, year-less dates at the turn.
        meeting_reports(2_500, per_day=20, recurring=0.3, start=dt.date(2023, 12, 1), seed=2),
        # Few a day over seven years with returning guests: year-less dates match any year,
        # and two 29 Februaries.
        meeting_reports(2_500, per_day=0.5, recurring=0.5, start=dt.date(2019, 12, 25), seed=3),
    ],
    ids=["crowded", "years"],
)
def test_blocked_clustering_gives_the_clusters_of_comparing_all_pairs(
    reports: list[MeetingReport],
) -> None:
    position = {id(report): index for index, report in enumerate(reports)}
    clusters = cluster_reports(reports)
    assert [[position[id(r)] for r in c.reports] for c in clusters] == _all_pairs_clusters(reports)
    assert sum(len(c.reports) > 1 for c in clusters) > 200  # the data has many real matches


def test_the_command_line_joins_undated_reports_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import json

    from ombudsparse.cli import main

    (tmp_path / "azernews.txt").write_text(
        "12 May 2024 10:00 (UTC+04:00)\nThe Ombudswoman Sabina Aliyeva met with the Westvale "
        "Ombudsman, Ines Varga, Azernews reports.",
        encoding="utf-8",
    )
    (tmp_path / "copy.txt").write_text(
        "The Ombudsperson Sabina Aliyeva received the Ombudsman of Westvale, Ines Varga.",
        encoding="utf-8",
    )

    def clusters(*options: str) -> list[dict[str, object]]:
        out = io.StringIO()
        argv = ["meetings", "--cluster", *options, str(tmp_path)]
        assert main(argv, stdout=out, stderr=io.StringIO()) == 0
        return [json.loads(line) for line in out.getvalue().splitlines()]

    assert [c["report_count"] for c in clusters()] == [1, 1]
    (joined,) = clusters("--join-undated")
    assert joined["report_count"] == 2
    assert joined["date"] == "2024-05-12T10:00:00+04:00"
    with pytest.raises(SystemExit) as stop:
        main(["meetings", "--join-undated", str(tmp_path)], stdout=io.StringIO())
    assert stop.value.code == 2
    assert "--join-undated is an option of meetings --cluster" in capsys.readouterr().err


def test_an_undated_group_known_only_by_who_they_are_stays_alone() -> None:
    def citizens(prefix: str) -> ombudsparse.Article:
        return ombudsparse.parse(f"{prefix}The Ombudsperson Sabina Aliyeva met with citizens.")

    dated = citizens("12 May 2024 10:00 (UTC+04:00)\n")
    undated = citizens("")
    assert undated.published is None
    (guests,) = [m.counterparts for m in ombudsparse.extract_meetings(undated)]
    assert [(p.name, p.organisation) for p in guests] == [("", None)]
    assert len(cluster_meetings([dated, undated], undated="unique")) == 2


def test_groups_are_no_candidates_of_each_other_by_their_words_as_names() -> None:
    # "members of the Office of the X Y": the words "of" and "the" are in every group's
    # key; a name index holding them made every same-day group a candidate of every other.
    from ombudsparse.meetings.cluster import _Block

    def group(body: str) -> Person:
        return Person(name="", key=person_key(f"members of the Office of the {body}"),
                      organisation=f"Office of the {body}")  # fmt: skip

    meetings = [
        attrs.evolve(m, counterparts=(group(body),))
        for body, m in zip(
            ["Norland Ombudsman", "Westvale Auditor", "Eastmark Registry"],
            [ombudsparse.extract_meetings(_undated("Ines Varga"))[0]] * 3,
            strict=True,
        )
    ]
    block = _Block.of(range(3), meetings)
    assert block.keys == []
    assert block.surnames == []
    assert block.candidates(group("Norland Ombudsman")) == {0}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Şərəf Malkoç", "Seref Malkoc"),  # Azerbaijani letters, the English press's plain ones
        ("Ceyms Şarp", "James Sharp"),  # an English name written as Azerbaijani says it
        ("Джеймс Шарп", "James Sharp"),  # and as Russian does
        ("Aydın Səfixanlı", "Aydin Safikhanli"),
    ],
)
def test_one_first_name_transliterated_is_one_person(first: str, second: str) -> None:
    def p(name: str) -> Person:
        return Person(name=name, key=person_key(name))

    assert same_person(p(first), p(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Elmar Sharp", "Elnur Sharp"),  # other consonants
        ("John Smith", "Jane Smith"),
        ("Ali Rzayev", "Ola Rzayev"),  # another first letter
        ("Ivan Petrov", "Igor Petrov"),
    ],
)
def test_other_first_names_of_one_surname_are_other_people(first: str, second: str) -> None:
    def p(name: str) -> Person:
        return Person(name=name, key=person_key(name))

    assert not same_person(p(first), p(second))
