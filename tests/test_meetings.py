"""Meetings: the seeds' meetings as the issue states them, and the rules one by one."""

from __future__ import annotations

from pathlib import Path

import pytest

import ombudsparse
from ombudsparse import Article, Language
from ombudsparse.meetings import Meeting, MeetingKind, MeetingMode, Topic, extract_meetings
from ombudsparse.meetings.extract import HOST, person_key

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed(number: str) -> Article:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return ombudsparse.parse_file(path)


@pytest.mark.parametrize(
    ("number", "name", "role", "organisation", "country", "kind", "mode"),
    [
        (
            "000",
            "Mark Libby",
            "Extraordinary and Plenipotentiary Ambassador to Azerbaijan",
            None,
            "United States",
            MeetingKind.RECEIVED,
            MeetingMode.IN_PERSON,
        ),
        (
            "001",
            "Martin Chungong",
            "Secretary-General",
            "Inter-Parliamentary Union",
            None,
            MeetingKind.RECEIVED,
            MeetingMode.IN_PERSON,
        ),
        (
            "002",
            "Vladimir Shkolnikov",
            "chief adviser",
            "Office of the UN High Commissioner for Human Rights in the South Caucasus",
            None,
            MeetingKind.JOINT,
            MeetingMode.IN_PERSON,
        ),
        (
            "003",
            "Pia Kauma",
            "President",
            "OSCE Parliamentary Assembly (PA)",
            None,
            MeetingKind.RECEIVED,
            MeetingMode.IN_PERSON,
        ),
        (
            "004",
            "Dmytro Lubinets",
            "Parliament Commissioner for Human Rights",
            None,
            "Ukraine",
            MeetingKind.JOINT,
            MeetingMode.ONLINE,
        ),
    ],
)
def test_seed_meetings(
    number: str,
    name: str,
    role: str,
    organisation: str | None,
    country: str | None,
    kind: MeetingKind,
    mode: MeetingMode,
) -> None:
    article = _seed(number)
    (meeting,) = extract_meetings(article)
    (guest,) = meeting.counterparts
    assert (guest.name, guest.role, guest.organisation, guest.country) == (
        name,
        role,
        organisation,
        country,
    )
    assert guest.evidence is not None
    assert guest.evidence.text(article.body) == name
    assert (meeting.kind, meeting.mode) == (kind, mode)
    assert meeting.cameo == {MeetingKind.RECEIVED: "043", MeetingKind.JOINT: "040"}[kind]
    assert meeting.host == HOST
    assert meeting.date == article.published
    assert name in meeting.evidence.text(article.body)


def test_seed_003_delegation_present() -> None:
    (meeting,) = extract_meetings(_seed("003"))
    assert [p.name for p in meeting.delegation] == [
        "Aziz Alakbarli",
        "Hikmet Babaoglu",
        "Kamal Jafarov",
        "Rovshan Sadigbayli",
    ]
    assert meeting.delegation[1].role == "Deputy Chairman"
    assert meeting.delegation[0].organisation == "Western Azerbaijan Community"
    # "..., and the Permanent Representative to the OSCE, Rovshan Sadigbayli": cut cleanly.
    assert (meeting.delegation[3].role, meeting.delegation[3].organisation) == (
        "Permanent Representative",
        "OSCE",
    )


def test_seed_003_meetings_of_the_guest_are_not_the_ombudsmans() -> None:
    (meeting,) = extract_meetings(_seed("003"))
    names = {p.name for p in meeting.counterparts + meeting.delegation}
    assert "Ilham Aliyev" not in names
    assert "Sahiba Gafarova" not in names


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (
            "000",
            {
                Topic.LANDMINES,
                Topic.MISSING_PERSONS,
                Topic.DETENTION_MONITORING,
                Topic.LEGISLATION_MANDATE,
                Topic.EQUALITY,
            },
        ),
        ("001", {Topic.GENDER, Topic.ELECTIONS, Topic.UN_MECHANISMS, Topic.CHILDREN}),
        ("004", {Topic.REFUGEES_MIGRANTS, Topic.INTERNATIONAL_COOPERATION}),
    ],
)
def test_seed_topics_include_what_the_text_discusses(number: str, expected: set[Topic]) -> None:
    (meeting,) = extract_meetings(_seed(number))
    assert expected <= set(meeting.topics)


def test_seed_004_has_no_un_topic_from_words_that_merely_start_with_un() -> None:
    (meeting,) = extract_meetings(_seed("000"))
    assert Topic.UN_MECHANISMS not in meeting.topics  # "unknown" is not the UN


def test_phone_call_is_phone_not_online() -> None:
    article = Article(
        body=(
            "The Ombudsman Sabina Aliyeva had a phone conversation with the Ombudsman of Norland, Ola Berg.",
        )
    )
    (meeting,) = extract_meetings(article)
    assert meeting.mode is MeetingMode.PHONE
    assert meeting.counterparts[0].name == "Ola Berg"


def test_initials_do_not_end_a_sentence() -> None:
    article = Article(
        body=("At the meeting S. Aliyeva received the Ambassador of Norland, Ola Berg.",)
    )
    (meeting,) = extract_meetings(article)
    assert meeting.counterparts[0].name == "Ola Berg"


def test_article_without_a_meeting_gives_none() -> None:
    article = Article(
        body=("The Ombudsman published her annual report on the rights of children.",)
    )
    assert extract_meetings(article) == ()


def test_two_meetings_in_one_article() -> None:
    article = Article(
        body=(
            "The Ombudsman Sabina Aliyeva received the Ambassador of Norland, Ola Berg.",
            "Later, the Ombudsman met with the Head of the Eastland Red Cross mission, Ines Varga.",
        )
    )
    meetings = extract_meetings(article)
    assert [m.counterparts[0].name for m in meetings] == ["Ola Berg", "Ines Varga"]
    assert meetings[1].counterparts[0].organisation == "Eastland Red Cross mission"


@pytest.mark.parametrize(
    "spellings",
    [
        ("Səbinə Əliyeva", "Сабина Алиева", "Sabina Aliyeva", "SABINA ALIYEVA"),
        ("Dmitry Lubinets", "Dmitriy Lubinets", "Дмитрий Лубинец", "Dmitrij  Lubinets"),
        ("Hikmet Babaoğlu", "Hikmet Babaoglu"),
        ("Despina Çatzivasiliu", "Despina Chatzivasiliou", "Despina Chatzivassiliou"),
        ("J. Smith-Jones", "J Smith Jones"),
    ],
)
def test_person_keys_are_one_across_scripts_and_spellings(spellings: tuple[str, ...]) -> None:
    assert len({person_key(name) for name in spellings}) == 1


def test_person_keys_of_different_people_differ() -> None:
    assert person_key("Ola Berg") != person_key("Ola Nygaard")
    assert person_key("Aydin Aliyev") != person_key("Ali Aliyev")


def test_meetings_round_trip_and_validate_against_their_schema() -> None:
    import jsonschema

    for number in ("000", "001", "002", "003", "004"):
        for meeting in extract_meetings(_seed(number)):
            data = ombudsparse.to_dict(meeting)
            jsonschema.validate(data, ombudsparse.json_schema(ombudsparse.Meeting))
            assert ombudsparse.from_dict(data, ombudsparse.Meeting) == meeting


def test_meetings_command_writes_one_line_per_meeting() -> None:
    import io
    import json

    from ombudsparse.cli import main

    out, err = io.StringIO(), io.StringIO()
    assert main(["meetings", str(SEEDS)], stdout=out, stderr=err) == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["counterparts"][0]["name"] for r in records] == [
        "Mark Libby",
        "Martin Chungong",
        "Vladimir Shkolnikov",
        "Pia Kauma",
        "Dmytro Lubinets",
    ]
    assert [r["article_source"] for r in records] == [None, None, "azernews", "trend", "ombudsman"]
    assert all(r["input"].startswith(str(SEEDS)) for r in records)


def test_an_organisation_with_capitalised_words_is_not_taken_for_a_name() -> None:
    article = Article(
        body=(
            "The Ombudsman Sabina Aliyeva received the Secretary-General of the Norland Bar Association, Ola Berg.",
        )
    )
    (meeting,) = extract_meetings(article)
    (guest,) = meeting.counterparts
    assert (guest.name, guest.role, guest.organisation) == (
        "Ola Berg",
        "Secretary-General",
        "Norland Bar Association",
    )


@pytest.mark.parametrize(
    ("phrase", "role", "organisation", "country"),
    [
        ("the Ombudsman of Westvale", "Ombudsman", None, "Westvale"),
        ("the Ambassador of Norland to Azerbaijan", "Ambassador", None, "Norland"),
        ("the Regional Representative of UNHCR", "Regional Representative", "UNHCR", None),
        ("the Minister of Justice", "Minister of Justice", None, None),
        ("the Minister of Justice of Southmark", "Minister of Justice", None, "Southmark"),
        (
            "the Secretary-General of the Inter-Parliamentary Union",
            "Secretary-General",
            "Inter-Parliamentary Union",
            None,
        ),
        (
            "US Extraordinary and Plenipotentiary Ambassador to Azerbaijan",
            "Extraordinary and Plenipotentiary Ambassador to Azerbaijan",
            None,
            "United States",
        ),
    ],
)
def test_role_organisation_and_country_are_told_apart(
    phrase: str, role: str, organisation: str | None, country: str | None
) -> None:
    from ombudsparse.meetings.people import split_role

    assert split_role(phrase) == (role, organisation, country)


def test_meetings_command_csv_has_the_documented_columns() -> None:
    import csv
    import io

    from ombudsparse.cli import main
    from ombudsparse.writers import MEETING_COLUMNS

    out = io.StringIO()
    assert main(["meetings", "--format", "csv", str(SEEDS)], stdout=out, stderr=io.StringIO()) == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == MEETING_COLUMNS
    assert [r["counterpart_names"] for r in rows] == [
        "Mark Libby",
        "Martin Chungong",
        "Vladimir Shkolnikov",
        "Pia Kauma",
        "Dmytro Lubinets",
    ]
    assert rows[0]["warnings"] == ""  # the figure warning is the article's: meetings --figures
    assert (
        rows[3]["delegation_names"]
        == "Aziz Alakbarli; Hikmet Babaoglu; Kamal Jafarov; Rovshan Sadigbayli"
    )
    assert rows[4]["mode"] == "online"


def test_meetings_command_cluster_joins_reports_of_one_meeting(tmp_path: Path) -> None:
    import io
    import json

    from ombudsparse.cli import main

    (tmp_path / "trend.txt").write_text(
        "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the Ombudsman of Westvale, Ines Varga, Trend reports.",
        encoding="utf-8",
    )
    (tmp_path / "azernews.txt").write_text(
        "12 May 2024 10:00 (UTC+04:00)\nThe Ombudswoman Sabina Aliyeva met with the Westvale Ombudsman, Inés Varga, Azernews reports.",
        encoding="utf-8",
    )
    out = io.StringIO()
    assert (
        main(
            ["meetings", "--cluster", "--reference-date", "2024-05-20", str(tmp_path)],
            stdout=out,
            stderr=io.StringIO(),
        )
        == 0
    )
    (cluster,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert sorted(r["source"] for r in cluster["reports"]) == ["azernews", "trend"]
    assert cluster["date"] == "2024-05-12T10:00:00+04:00"


def test_every_topic_points_to_the_words_that_name_it() -> None:
    article = _seed("001")
    (meeting,) = extract_meetings(article)
    assert set(meeting.topic_evidence) == set(meeting.topics)
    assert meeting.topic_evidence[Topic.GENDER].text(article.body).casefold() == "gender"
    assert meeting.topic_evidence[Topic.ELECTIONS].text(article.body).casefold() == "elections"


def test_the_predecessor_is_the_host_of_her_own_meetings() -> None:
    from ombudsparse.meetings.extract import PREDECESSOR

    article = Article(
        body=("The Ombudsman Elmira Suleymanova received the Ambassador of Norland, Ola Berg.",)
    )
    (meeting,) = extract_meetings(article)
    assert meeting.host == PREDECESSOR
    assert meeting.counterparts[0].name == "Ola Berg"


@pytest.mark.parametrize("record", ["meeting", "cluster"])
def test_schema_command_for_meetings_and_clusters(record: str) -> None:
    import io
    import json

    import jsonschema

    from ombudsparse.cli import main

    out = io.StringIO()
    assert main(["schema", record], stdout=out) == 0
    schema = json.loads(out.getvalue())
    jsonschema.validators.validator_for(schema).check_schema(schema)
    if record == "meeting":
        for meeting in extract_meetings(_seed("003")):
            jsonschema.validate(ombudsparse.to_dict(meeting), schema)
    else:
        for cluster in ombudsparse.cluster_meetings([_seed("002"), _seed("003")]):
            jsonschema.validate(ombudsparse.converter.unstructure(cluster), schema)


@pytest.mark.parametrize("record", [ombudsparse.Meeting, ombudsparse.MeetingCluster])
def test_meeting_schemas_document_every_field(record: type) -> None:
    import attrs

    schema = ombudsparse.json_schema(record)
    for name, definition in schema["$defs"].items():
        cls = getattr(ombudsparse, name)
        for field in attrs.fields(cls):
            assert definition["properties"][field.name].get("description"), (name, field.name)


@pytest.mark.parametrize(
    ("text", "name", "role", "kind", "mode"),
    [
        (
            "БАКУ /Trend/ - Омбудсмен Сабина Алиева приняла посла Норландии Олу Берга, сообщили Trend в аппарате омбудсмена.",
            ("Ола Берг", "Олу Берга"),
            "посла Норландии",
            MeetingKind.RECEIVED,
            MeetingMode.IN_PERSON,
        ),
        (
            "БАКУ /Trend/ - Сабина Алиева встретилась с главой миссии Красного Креста Инес Варгой.",
            ("Инес Варга", "Инес Варгой"),
            "главой миссии Красного Креста",
            MeetingKind.JOINT,
            MeetingMode.IN_PERSON,
        ),
        (
            "БАКУ /Trend/ - Омбудсмен провела видеоконференцию с омбудсменом Вестейла Петром Зелинским.",
            ("Пётр Зелинский", "Петром Зелинским"),
            "омбудсменом Вестейла",
            MeetingKind.JOINT,
            MeetingMode.ONLINE,
        ),
    ],
)
def test_russian_sentences(
    text: str, name: tuple[str, str], role: str, kind: MeetingKind, mode: MeetingMode
) -> None:
    article = ombudsparse.parse(text)
    (meeting,) = extract_meetings(article)
    (guest,) = meeting.counterparts
    assert (guest.name, guest.printed) == name  # dictionary form, and as printed
    assert (guest.role, meeting.kind, meeting.mode) == (role, kind, mode)
    assert guest.evidence is not None
    assert guest.evidence.text(article.body) == name[1]


@pytest.mark.parametrize(
    ("text", "name", "role", "kind", "mode"),
    [
        (
            "Ombudsman Səbinə Əliyeva Norlandın səfiri Ola Berqi qəbul edib.",
            "Ola Berq",
            "Norlandın səfiri",
            MeetingKind.RECEIVED,
            MeetingMode.IN_PERSON,
        ),
        (
            "Müvəkkil Səbinə Əliyeva Şərqiyyə ombudsmanı Mira Kovaç ilə onlayn görüş keçirib.",
            "Mira Kovaç",
            "Şərqiyyə ombudsmanı",
            MeetingKind.JOINT,
            MeetingMode.ONLINE,
        ),
        (
            "Səbinə Əliyeva BMT-nin rezident koordinatoru Marta Kiroqa ilə görüşüb.",
            "Marta Kiroqa",
            "BMT-nin rezident koordinatoru",
            MeetingKind.JOINT,
            MeetingMode.IN_PERSON,
        ),
    ],
)
def test_azerbaijani_sentences(
    text: str, name: str, role: str, kind: MeetingKind, mode: MeetingMode
) -> None:
    article = ombudsparse.parse(text, source="ombudsman")
    (meeting,) = extract_meetings(article)
    (guest,) = meeting.counterparts
    assert (guest.name, guest.role, meeting.kind, meeting.mode) == (name, role, kind, mode)


def test_azerbaijani_trend_page_gives_its_meeting() -> None:
    page = (Path(__file__).resolve().parent / "fixtures" / "trend" / "az-v1.html").read_bytes()
    (meeting,) = extract_meetings(ombudsparse.parse(page))
    assert [p.name for p in meeting.counterparts] == ["Halvard Brenne"]
    assert meeting.counterparts[0].role == "Norland Bərabərlik Şurasının sədri"


def test_a_visit_to_a_place_is_not_a_meeting() -> None:
    article = ombudsparse.parse(
        "İnsan hüquqları üzrə müvəkkil Səbinə Əliyeva Şəki şəhərindəki internat məktəbinə baş çəkib.",
        source="ombudsman",
    )
    assert extract_meetings(article) == ()


# ---------------------------------------------------------------- forms of real reporting


def _meetings(text: str, **kwargs: object) -> tuple[Meeting, ...]:
    return extract_meetings(ombudsparse.parse(text, **kwargs))  # type: ignore[arg-type]


def test_a_group_met_as_such_is_one_counterpart_without_a_name() -> None:
    (meeting,) = _meetings(
        "6 April 2024 11:59 (UTC+04:00)\nSabina Aliyeva, the Ombudsman, held a meeting with "
        "the members of the Norland Volunteers Organisation, Azernews reports."
    )
    (group,) = meeting.counterparts
    assert (group.name, group.role, group.organisation) == (
        "",
        "members",
        "Norland Volunteers Organisation",
    )
    assert group.key == person_key("Norland Volunteers Organisation")
    assert meeting.mode is MeetingMode.IN_PERSON


def test_a_group_followed_by_a_list_of_names_gives_one_counterpart_each() -> None:
    (meeting,) = _meetings(
        "The Ombudsman Sabina Aliyeva held an online meeting with representatives of "
        "non-governmental organizations. The online meeting brought together the chair of "
        "the Norland Forum, Ann Lee, and the head of the Westvale League, Bo Kim. The head of "
        "the Ombudsman Office, Ali Vale, joined the online meeting as well."
    )
    assert [p.name for p in meeting.counterparts] == ["Ann Lee", "Bo Kim"]
    assert meeting.mode is MeetingMode.ONLINE


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "A meeting was recently held with Ola Berg, an adviser of the Norland Council, "
            "Azernews reports. The meeting was attended by Deputy Head of the Office Rashid "
            "Rumzadeh.",
            "Rashid Rumzadeh",
        ),
        (
            "The head of the Ombudsman Office, Aydin Safikhanli, received the Ambassador of "
            "Norland, Ola Berg.",
            "Aydin Safikhanli",
        ),
        (
            "The Ombudsman Sabina Aliyeva received the Ambassador of Norland, Ola Berg.",
            "Sabina Aliyeva",
        ),
    ],
)
def test_a_deputy_or_staff_member_named_as_host_is_the_host(text: str, host: str) -> None:
    (meeting,) = _meetings(text)
    assert meeting.host.name == host
    assert [p.name for p in meeting.counterparts] == ["Ola Berg"]


def test_a_counterpart_met_by_role_is_named_from_a_later_sentence() -> None:
    text = (
        "The Ombudsman Sabina Aliyeva received a delegation of experts led by the chairman of "
        "the Norland Permanent Human Rights Commission.\n"
        "The sides discussed the rights of refugees.\n"
        "The NPHRC Chairman Lars Holm thanked the Ombudsman for the warm welcome."
    )
    (meeting,) = _meetings(text)
    (guest,) = meeting.counterparts
    assert (guest.name, guest.role) == ("Lars Holm", "chairman")
    assert guest.organisation == "Norland Permanent Human Rights Commission"


@pytest.mark.parametrize(
    ("text", "name", "printed", "mode"),
    [
        (
            "A videoconference meeting was held between the Ombudsman Sabina Aliyeva and the "
            "Ombudsman of Norland, Ola Berg.",
            "Ola Berg",
            None,
            MeetingMode.ONLINE,
        ),
        (
            "Sabina Aliyeva held a phone conversation with the Ombudsman of Norland, Ola Berg.",
            "Ola Berg",
            None,
            MeetingMode.PHONE,
        ),
        (
            "Состоялась встреча омбудсмена Сабины Алиевой с послом Норландии Олой Бергом.",
            "Ола Берг",
            "Олой Бергом",
            MeetingMode.IN_PERSON,
        ),
        (
            "Омбудсмен Сабина Алиева провела телефонный разговор с омбудсменом Норландии Олой Бергом.",
            "Ола Берг",
            "Олой Бергом",
            MeetingMode.PHONE,
        ),
        (
            "Омбудсмен Сабина Алиева провела онлайн-встречу с омбудсменом Норландии Сильвией Майер-Кайбич.",
            "Сильвия Майер-Кайбич",
            "Сильвией Майер-Кайбич",
            MeetingMode.ONLINE,
        ),
        (
            "Səbinə Əliyeva Norlandın səfiri Ola Berqlə görüşərək əməkdaşlığı müzakirə edib.",
            "Ola Berq",
            "Ola Berqlə",
            MeetingMode.IN_PERSON,
        ),
        (
            "Səbinə Əliyeva Norland ombudsmanı Ola Berqə zəng edib.",
            "Ola Berq",
            "Ola Berqə",
            MeetingMode.PHONE,
        ),
        (
            "Səbinə Əliyeva Norland ombudsmanı Pia Kaumanı qəbul edib.",
            "Pia Kauma",
            "Pia Kaumanı",
            MeetingMode.IN_PERSON,
        ),
        (
            "Səbinə Əliyeva Norland ombudsmanı Ola Berqin rəhbərlik etdiyi nümayəndə heyətini qəbul edib.",
            "Ola Berq",
            "Ola Berqin",
            MeetingMode.IN_PERSON,
        ),
        (
            "Səbinə Əliyeva Norland ombudsmanı Ola Berq ilə videokonfrans formatında görüş keçirib.",
            "Ola Berq",
            None,
            MeetingMode.ONLINE,
        ),
    ],
)
def test_meetings_in_every_mode_and_language_with_names_in_dictionary_form(
    text: str, name: str, printed: str | None, mode: MeetingMode
) -> None:
    (meeting,) = _meetings(text)
    (guest,) = meeting.counterparts
    assert (guest.name, guest.printed, meeting.mode) == (name, printed, mode)
    assert meeting.host.name == "Sabina Aliyeva"


def test_azerbaijani_form_seen_elsewhere_in_the_article_is_preferred() -> None:
    # "Arman" is printed alone later: "Armanı" is Arman's accusative, not "Arma-nı".
    text = "Səbinə Əliyeva Norlandın səfiri Ola Armanı qəbul edib. Ola Arman ölkəsini təmsil edir."
    (meeting,) = _meetings(text)
    assert meeting.counterparts[0].name == "Ola Arman"


def test_azerbaijani_group_met_online() -> None:
    (meeting,) = _meetings(
        "Səbinə Əliyeva Norland İttifaqının nümayəndələri ilə onlayn görüş keçirib."
    )
    (group,) = meeting.counterparts
    assert (group.name, group.organisation) == ("", "Norland İttifaqı")  # nominative
    assert meeting.mode is MeetingMode.ONLINE


def test_predecessor_named_only_elsewhere_in_the_article_is_the_host() -> None:
    text = (
        "Ombudsmanda səfir Ola Berqlə görüş olub.\n"
        "E. Süleymanova əməkdaşlığa önəm verdiyini vurğulayıb."
    )
    (meeting,) = _meetings(text)
    assert meeting.host.name == "Elmira Suleymanova"
    assert meeting.counterparts[0].name == "Ola Berq"


def test_the_guest_as_the_subject_of_met_with() -> None:
    (meeting,) = _meetings(
        "In order to stimulate cooperation, the Ambassador of Norland, Ola Berg, met with the "
        "Commissioner for Human Rights of the Republic of Azerbaijan, Sabina Aliyeva."
    )
    (guest,) = meeting.counterparts
    assert (guest.name, guest.role, guest.country) == ("Ola Berg", "Ambassador", "Norland")
    assert (meeting.kind, meeting.mode) == (MeetingKind.RECEIVED, MeetingMode.IN_PERSON)


def test_a_delegation_named_in_a_sentence_that_ends_attended_the_meeting() -> None:
    (meeting,) = _meetings(
        "The Ombudsman Sabina Aliyeva received the delegation of the Norland Assembly Committee "
        "on Migration, which is on a visit to Azerbaijan. The Assembly's rapporteur, Mr. Paul "
        "Hale, and the Head of the Committee Secretariat, Mr. Mark Dove attended the meeting."
    )
    assert [(p.name, p.role, p.organisation) for p in meeting.counterparts] == [
        ("Paul Hale", "Assembly's rapporteur", None),
        ("Mark Dove", "Head", "Committee Secretariat"),
    ]


def test_a_visit_to_a_grave_is_not_a_meeting() -> None:
    assert (
        _meetings(
            "The Ombudsperson and her staff visited the grave of the National Leader, Ola Berg."
        )
        == ()
    )


def test_groups_listed_after_that_she_met_with_give_one_counterpart_each() -> None:
    (meeting,) = _meetings(
        "Ombudsman Elmira Suleymanova visited Ganja on April 21. Trend reports that she met with "
        "employees of law-enforcement agencies, judges and the Ganja Police Department."
    )
    assert meeting.host.name == "Elmira Suleymanova"
    assert [(p.name, p.role, p.organisation) for p in meeting.counterparts] == [
        ("", "employees", "law-enforcement agencies"),
        ("", "judges", None),  # a group of no body named
        ("", "employees", "Ganja Police Department"),
    ]


def test_regions_are_not_names_of_people() -> None:
    (meeting,) = _meetings(
        "The Ombudsman Sabina Aliyeva met with Ms. Ann Lee, the Regional Director for Europe "
        "and Central Asia."
    )
    assert [p.name for p in meeting.counterparts] == ["Ann Lee"]


def test_a_meeting_of_a_body_she_took_part_in_has_the_body_as_counterpart() -> None:
    (meeting,) = _meetings(
        "The Ombudsman Sabina Aliyeva took part in the online meeting of the Executive Board "
        "of the Norland Ombudsman Association held on 3 May."
    )
    (body,) = meeting.counterparts
    assert (body.name, body.organisation) == (
        "",
        "Executive Board of the Norland Ombudsman Association",
    )
    assert (meeting.kind, meeting.mode) == (MeetingKind.JOINT, MeetingMode.ONLINE)


# ---------------------------------------------------------------- meetings only a headline reports


@pytest.mark.parametrize(
    ("title", "language", "name", "kind", "mode"),
    [
        ("Azerbaijani Ombudsman receives UNICEF Regional Director Afshan Khan", "en",
         "Afshan Khan", "received", "in_person"),
        ("Ombudsman meets with Norland's Ambassador Ola Berg", "en", "Ola Berg", "joint",
         "in_person"),
        ("Ombudsman holds online meeting with Ukrainian counterpart Dmytro Lubinets", "en",
         "Dmytro Lubinets", "joint", "online"),
        ("Омбудсмен принимает посла Норландии Олу Берга", "ru", "Ола Берг", "received",
         "in_person"),
        ("Ombudsmanda səfir Ola Berqlə görüş olub", "az", "Ola Berq", "joint", "in_person"),
    ],
)  # fmt: skip
def test_a_meeting_only_the_headline_reports_is_read_from_it(
    title: str, language: str, name: str, kind: str, mode: str
) -> None:
    body = ("The sides discussed cooperation in the field of human rights.",)
    article = Article(title=title, body=body, language=Language(language))
    (meeting,) = extract_meetings(article)
    assert meeting.headline
    assert [p.name for p in meeting.counterparts] == [name]
    assert (meeting.kind.value, meeting.mode.value) == (kind, mode)
    assert meeting.sentence(article) == title
    (person,) = meeting.counterparts
    assert person.evidence is not None
    assert person.evidence.text((title,)) == (person.printed or person.name)


def test_the_headline_is_not_read_when_the_body_reports_a_meeting() -> None:
    article = Article(
        title="Ombudsman meets with Norland's Ambassador Ola Berg",
        body=("The Ombudsman, Sabina Aliyeva, received the Ambassador of Norland, Ola Berg.",),
    )
    (meeting,) = extract_meetings(article)
    assert not meeting.headline
    assert meeting.sentence(article) == article.body[0]


@pytest.mark.parametrize(
    "title",
    [
        "UNICEF Regional Director Afshan Khan meets students",  # no Ombudsman in it
        "Ombudsman visits prisons in the regions",  # a place, no one met
        "The Ombudsman met the press",  # nobody named
    ],
)
def test_headlines_without_a_meeting_of_hers_give_none(title: str) -> None:
    article = Article(title=title, body=("The report was presented.",), language=Language.EN)
    assert extract_meetings(article) == ()


def test_present_tense_verbs_are_read_in_headlines_only() -> None:
    text = "The Ombudsman meets with Norland's Ambassador Ola Berg."
    assert extract_meetings(Article(body=(text,))) == ()
    (meeting,) = extract_meetings(Article(title=text.rstrip("."), body=("Nothing else.",)))
    assert meeting.counterparts[0].name == "Ola Berg"


def test_a_role_after_the_name_and_no_lead_in_as_role() -> None:
    article = Article(
        body=(
            "The Ombudsman, Sabina Aliyeva, met in Geneva with Ms. Ola Berg, the Deputy High "
            "Commissioner for Human Rights.",
        )
    )
    (meeting,) = extract_meetings(article)
    (person,) = meeting.counterparts
    assert (person.name, person.role) == ("Ola Berg", "Deputy High Commissioner for Human Rights")


def test_and_with_said_again_starts_another_meeting() -> None:
    article = Article(
        body=(
            "The Ombudsman, Sabina Aliyeva, met in Geneva with Ms. Ola Berg, the Deputy High "
            "Commissioner for Human Rights, and with other officials, including Mr. Anil Rao, "
            "Regional Director of the Fund.",
        )
    )
    first, second = extract_meetings(article)
    assert [p.name for p in first.counterparts] == ["Ola Berg"]
    assert [(p.name, p.role) for p in second.counterparts] == [("Anil Rao", "Regional Director")]
    assert second.counterparts[0].organisation == "Fund"
    assert first.evidence == second.evidence


def test_met_with_two_people_joined_by_and_is_one_meeting() -> None:
    article = Article(
        body=(
            "The Ombudsman, Sabina Aliyeva, met with the Ambassador of Norland, Ola Berg, "
            "and the Consul, Anil Rao.",
        )
    )
    (meeting,) = extract_meetings(article)
    assert [p.name for p in meeting.counterparts] == ["Ola Berg", "Anil Rao"]


@pytest.mark.parametrize(
    ("sentence", "role", "organisation"),
    [
        ("Mrs Suleymanova also met with three members on election commissions of Ganja "
         "supervising the reelections.", "members", "election commissions of Ganja"),
        ("The Ombudsman, Sabina Aliyeva, met with a group of children who will participate in "
         "the 6th National Forum of Azerbaijani Children.", "children",
         "6th National Forum of Azerbaijani Children"),
        ("The Ombudsman met with 20 representatives from NGOs working in the region.",
         "representatives", "NGOs"),
    ],
)  # fmt: skip
def test_groups_with_a_number_a_preposition_or_a_clause_after_them(
    sentence: str, role: str, organisation: str
) -> None:
    (meeting,) = extract_meetings(Article(body=(sentence,)))
    (group,) = meeting.counterparts
    assert (group.name, group.role, group.organisation) == ("", role, organisation)


@pytest.mark.parametrize("value", [1, 0, "true", None])
def test_a_headline_flag_that_is_not_a_boolean_is_a_record_error(value: object) -> None:
    (meeting,) = extract_meetings(
        Article(title="Ombudsman meets with Norland's Ambassador Ola Berg", body=("Nothing.",))
    )
    data = ombudsparse.to_dict(meeting)
    assert data["headline"] is True
    assert ombudsparse.from_dict(data, cls=Meeting) == meeting
    data["headline"] = value
    with pytest.raises(ombudsparse.RecordError, match=r"\$\.headline"):
        ombudsparse.from_dict(data, cls=Meeting)
