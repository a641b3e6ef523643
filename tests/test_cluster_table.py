"""Clusters as a table: stable ids, agreement across reports, and every output format."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ombudsparse
from ombudsparse import (
    Language,
    Meeting,
    MeetingCluster,
    MeetingKind,
    MeetingMode,
    MeetingReport,
    MonthDay,
    Person,
    PublishedDate,
    Source,
    Span,
    WarningCode,
)
from ombudsparse.cli import main
from ombudsparse.meetings.cluster import cluster_reports
from ombudsparse.meetings.extract import HOST, person_key
from ombudsparse.writers import CLUSTER_COLUMNS, date_precision

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def person(name: str) -> Person:
    return Person(name=name, key=person_key(name))


def report(
    date: PublishedDate | None,
    *names: str,
    mode: MeetingMode = MeetingMode.IN_PERSON,
    kind: MeetingKind = MeetingKind.RECEIVED,
    source: Source | None = None,
    url: str | None = None,
    host: Person = HOST,
) -> MeetingReport:
    meeting = Meeting(
        date=date,
        host=host,
        counterparts=[person(name) for name in names],
        mode=mode,
        kind=kind,
        cameo="043",
        evidence=Span(paragraph=0, start=0, end=1),
    )
    return MeetingReport(source=source, url=url, title=None, meeting=meeting)


def ids_by_url(reports: list[MeetingReport]) -> dict[str, str]:
    """Each report's URL, mapped to the id of the cluster holding it."""
    return {
        str(r.url): cluster.cluster_id
        for cluster in cluster_reports(reports)
        for r in cluster.reports
    }


# ------------------------------------------------------------------ agreement


def test_the_mode_most_reports_give_is_kept_and_the_disagreement_named() -> None:
    day = dt.date(2024, 5, 12)
    (cluster,) = cluster_reports(
        [
            report(day, "Ola Berg", mode=MeetingMode.ONLINE, source=Source.TREND),
            report(day, "Ola Bergh", mode=MeetingMode.IN_PERSON, source=Source.AZERNEWS),
            report(day, "Ola Berg", mode=MeetingMode.IN_PERSON, source=Source.OMBUDSMAN),
        ]
    )
    assert cluster.mode is MeetingMode.IN_PERSON
    (warning,) = cluster.warnings
    assert (warning.code, warning.field) == (WarningCode.REPORT_DISAGREEMENT, "mode")
    assert "online (trend)" in warning.message
    assert "in_person (azernews, ombudsman)" in warning.message


def test_an_unknown_mode_gives_way_to_a_known_one_without_a_warning() -> None:
    day = dt.date(2024, 5, 12)
    (cluster,) = cluster_reports(
        [
            report(day, "Ola Berg", mode=MeetingMode.UNKNOWN),
            report(day, "Ola Berg", mode=MeetingMode.UNKNOWN),
            report(day, "Ola Berg", mode=MeetingMode.ONLINE),
        ]
    )
    assert (cluster.mode, cluster.warnings) == (MeetingMode.ONLINE, ())


def test_on_a_tie_the_first_report_wins_for_kind_and_host() -> None:
    day = dt.date(2024, 5, 12)
    deputy = Person(name="Aydin Safikhanli", key=person_key("Aydin Safikhanli"), role="deputy")
    (cluster,) = cluster_reports(
        [
            report(day, "Ola Berg", kind=MeetingKind.JOINT, host=deputy),
            report(day, "Ola Berg", kind=MeetingKind.RECEIVED),
        ]
    )
    assert cluster.kind is MeetingKind.JOINT
    assert cluster.host == deputy
    assert {w.field for w in cluster.warnings} == {"kind", "host"}


def test_sources_and_languages_are_listed_once_in_report_order() -> None:
    trend = ombudsparse.parse(
        "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the "
        "Ambassador of Norland, Ola Berg, Trend reports.",
        reference_date=dt.date(2024, 5, 20),
    )
    azernews = ombudsparse.parse(
        "12 May 2024 17:02 (UTC+04:00)\nThe Ombudswoman Sabina Aliyeva met with the "
        "Norland Ambassador, Ola Bergh, Azernews reports."
    )
    (cluster,) = ombudsparse.cluster_meetings([trend, azernews, trend])
    assert cluster.sources == (Source.TREND, Source.AZERNEWS)
    assert cluster.languages == (Language.EN,)
    assert cluster.report_count == 3
    assert cluster.reports[1].sentence == azernews.body[0]


def test_a_wrong_report_count_is_refused() -> None:
    (cluster,) = cluster_reports([report(dt.date(2024, 5, 12), "Ola Berg")])
    with pytest.raises(ValueError, match="report_count is 2"):
        MeetingCluster(
            **{**{f: getattr(cluster, f) for f in ("cluster_id", "date", "host")},
               "counterparts": cluster.counterparts, "mode": cluster.mode, "kind": cluster.kind,
               "sources": cluster.sources, "languages": cluster.languages,
               "reports": cluster.reports, "report_count": 2}
        )  # fmt: skip


# ------------------------------------------------------------------ stable ids


def test_the_id_survives_more_reports_of_the_meeting_and_of_others() -> None:
    first = [
        report(MonthDay(month=5, day=12), "Vladimir Shkolnikov", url="a"),
        report(dt.date(2023, 3, 2), "Anil Rao", url="b"),
    ]
    before = ids_by_url(first)
    more = [
        *first,
        # The same meeting: a dated page, a day later, another spelling.
        report(dt.date(2024, 5, 13), "V. Shkolnikow", url="c"),
        report(dt.date(2024, 5, 12), "Greta Solberg", url="d"),  # another meeting that day
        report(dt.date(2023, 3, 2), "Anil Rao", url="e"),
    ]
    after = ids_by_url(more)
    assert after["a"] == before["a"] == after["c"]
    assert after["b"] == before["b"] == after["e"]
    assert len({after["a"], after["b"], after["d"]}) == 3


@given(st.randoms(use_true_random=False))
def test_the_ids_do_not_depend_on_the_order_of_reports(shuffle: random.Random) -> None:
    reports = [
        report(dt.date(2024, 5, 12), "Ola Berg", url="1"),
        report(MonthDay(month=5, day=12), "Ola Bergh", url="2"),
        report(dt.date(2024, 5, 13), "Ola Berg", url="3"),
        report(dt.date(2024, 1, 1), "Anil Rao", url="4"),
        report(dt.date(2023, 12, 31), "Anil Rao", url="5"),
        report(None, "Greta Solberg", url="6"),
        report(dt.date(2024, 5, 12), url="7"),
    ]
    expected = ids_by_url(reports)
    shuffled = list(reports)
    shuffle.shuffle(shuffled)
    assert ids_by_url(shuffled) == expected
    assert expected["1"] == expected["2"] == expected["3"]
    assert expected["4"] == expected["5"]  # across the year end, from 31 December
    assert len(set(expected.values())) == 4


def test_one_person_on_one_day_of_two_years_gets_two_ids_the_earlier_year_plain() -> None:
    reports = [
        report(dt.date(2024, 5, 12), "Ola Berg", url="late"),
        report(dt.date(2022, 5, 12), "Ola Berg", url="early"),
    ]
    ids = ids_by_url(reports)
    assert ids["late"] == ids["early"] + "-2"
    assert len(ids["early"]) == 12
    assert all(c in "0123456789abcdef" for c in ids["early"])


# ------------------------------------------------------------------ the command


def _write_pair(folder: Path) -> None:
    (folder / "a_trend.txt").write_text(
        "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the "
        "Ambassador of Norland, Ola Berg, Trend reports.",
        encoding="utf-8",
    )
    (folder / "b_azernews.txt").write_text(
        "12 May 2024 17:02 (UTC+04:00)\nThe Ombudswoman Sabina Aliyeva met with the "
        "Norland Ambassador, Ola Bergh, online, Azernews reports.",
        encoding="utf-8",
    )


def _cluster_command(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(["meetings", "--cluster", *argv], stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_cluster_csv_has_the_documented_columns_and_the_inputs_values(tmp_path: Path) -> None:
    _write_pair(tmp_path)
    target = tmp_path / "out" / "clusters.csv"
    target.parent.mkdir()
    status, printed, _ = _cluster_command(
        "--reference-date", "2024-05-20", str(tmp_path / "a_trend.txt"),
        str(tmp_path / "b_azernews.txt"), "-o", str(target),
    )  # fmt: skip
    assert (status, printed) == (0, "")
    with target.open(encoding="utf-8", newline="") as table:
        reader = csv.DictReader(table)
        assert tuple(reader.fieldnames or ()) == CLUSTER_COLUMNS
        (row,) = list(reader)
    # Read against the two inputs above, field by field.
    assert row["date"] == "2024-05-12T17:02:00+04:00"
    assert row["date_precision"] == "minute"
    assert row["host_name"] == "Sabina Aliyeva"
    assert row["counterpart_names"] == "Ola Berg"
    assert row["report_count"] == "2"
    assert row["sources"] == "trend; azernews"
    assert row["report_sources"] == "trend; azernews"
    assert row["languages"] == "en"
    assert row["urls"] == "-; -"
    assert row["inputs"] == f"{tmp_path / 'a_trend.txt'}; {tmp_path / 'b_azernews.txt'}"
    assert row["evidence"].startswith("The Ombudsperson Sabina Aliyeva received")
    assert len(row["cluster_id"]) == 12


def test_cluster_jsonl_rows_match_the_schema_and_keep_inputs(tmp_path: Path) -> None:
    _write_pair(tmp_path)
    status, printed, _ = _cluster_command("--reference-date", "2024-05-20", str(tmp_path))
    assert status == 0
    schema = ombudsparse.json_schema(MeetingCluster)
    (line,) = printed.splitlines()
    data = json.loads(line)
    jsonschema.validate(data, schema)
    assert [r["input"] for r in data["reports"]] == [
        str(tmp_path / "a_trend.txt"),
        str(tmp_path / "b_azernews.txt"),
    ]
    cluster = ombudsparse.converter.structure(data, MeetingCluster)
    assert cluster.report_count == 2
    assert cluster.cluster_id == data["cluster_id"]


def test_cluster_parquet_has_one_row_per_cluster_with_the_date_precision(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "clusters.parquet"
    status, _, _ = _cluster_command(str(SEEDS), "-o", str(target))
    assert status == 0
    table = pq.read_table(target)
    # Undated reports are named by their input (seeds 000 and 001 have no date): give it.
    clusters = cluster_reports(
        [
            MeetingReport.of(article, meeting, input=str(path))
            for path in sorted(SEEDS.iterdir())
            for article in [ombudsparse.parse_file(path)]
            for meeting in ombudsparse.extract_meetings(article)
        ]
    )
    assert table.num_rows == len(clusters) == 5
    assert table.column("cluster_id").to_pylist() == [c.cluster_id for c in clusters]
    assert table.column("date_precision").to_pylist() == [
        date_precision(None if c.date is None else c.date.isoformat()) for c in clusters
    ]
    # seed 003 is a year-less Trend dateline, seed 004 the official site's day
    assert "month-day" in table.column("date_precision").to_pylist()
    assert "day" in table.column("date_precision").to_pylist()


def test_the_ids_are_the_same_on_a_rerun_of_the_command(tmp_path: Path) -> None:
    runs = [_cluster_command(str(SEEDS))[1] for _ in range(2)]
    ids = [[json.loads(line)["cluster_id"] for line in run.splitlines()] for run in runs]
    assert ids[0] == ids[1]
    assert len(set(ids[0])) == 5


@given(st.dates())
def test_the_day_of_a_leap_year_is_the_one_clustering_counts(day: dt.date) -> None:
    from ombudsparse.meetings.cluster import _day_numbers, _leap_day

    expected = (dt.date(2000, day.month, day.day) - dt.date(2000, 1, 1)).days
    assert _leap_day(day) == expected
    assert _leap_day(MonthDay(month=day.month, day=day.day)) == expected
    assert _day_numbers(day) == (day.toordinal(), expected)
    assert _day_numbers(MonthDay(month=day.month, day=day.day)) == (None, expected)
