"""Meetings on the real corpus: found, counterparts in dictionary form, mode, same-event pairs.

    python bench/eval_meetings.py            # per half and per language
    python bench/eval_meetings.py --errors   # and each disagreement of the dev half
    python bench/eval_meetings.py --corpus bench/composed   # the composed set

Labels are in ``bench/real_corpus/`` (split rule and format in its README); texts come
from the git-ignored cache ``.cache/real-articles/``, and an article without a cached
text is listed as not scored. Each text is parsed with its label's URL, as a crawl
gives it. ``--corpus bench/composed`` scores the composed set instead (articles written
for this project by hands other than the rules', labelled as written, its texts in the
repository: see its README), with the same split rule and figures.

Figures, per half and per language:

* **meetings found**: labelled meetings matched by a predicted meeting (sharing a
  counterpart, or the only labelled and the only predicted meeting of the article);
  **meeting precision**: predicted meetings that match a labelled one (a meeting
  predicted in an article labelled with none is wrong);
* **counterparts, dictionary form**: a labelled named counterpart is found when a
  predicted counterpart's ``name`` is the label's name (case and spacing aside);
  **any form**: when its name or printed form has the same key; precision: predicted
  named counterparts that are a counterpart or another guest (``others``) of any
  labelled meeting of the article;
  an organisation-only counterpart is found when a predicted counterpart without a
  name has an organisation (or role) whose key shares a word with the label's;
* **mode**: found meetings whose mode is the label's;
* **same-event pairs**: pairs of articles of one event (``same_event``/``same_event_as``)
  whose meetings :func:`ombudsparse.cluster_meetings` puts in one cluster; **both dated**:
  the same, counted only over pairs whose two cached texts carry a publication date (a
  report without a date stays alone by default, and many cached texts lost the page's
  date line when they were stored); **undated joined**: all pairs again, clustered with
  ``undated="unique"`` (an undated report joins the one cluster of its counterpart's key).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Literal

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_records import CACHE, CORPUS, half_of, load_labels

import ombudsparse
from ombudsparse import Meeting
from ombudsparse.meetings.cluster import MeetingReport, cluster_reports
from ombudsparse.meetings.extract import person_key

_STOP = {"the", "of", "and", "a", "an", "ve", "və", "и", "в"}


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _words(text: str | None) -> set[str]:
    return {w for w in person_key(text or "").split() if w not in _STOP and len(w) > 2}


def _named(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [p for p in people if p.get("name")]


def _keys(person: Any) -> set[str]:
    keys = {person_key(person.name)}
    printed = getattr(person, "printed", None)
    if printed:
        keys.add(person_key(printed))
    return keys


def _org_match(label: dict[str, Any], found: Any) -> bool:
    wanted = _words(label.get("organisation")) | _words(label.get("role"))
    got = _words(getattr(found, "organisation", None)) | _words(getattr(found, "role", None))
    return bool(wanted & got)


def _meeting_matches(label: dict[str, Any], meeting: Meeting) -> bool:
    wanted = {person_key(p["name"]) for p in _named(label.get("counterparts", []))}
    wanted |= {person_key(p["printed"]) for p in label.get("counterparts", []) if p.get("printed")}
    if any(_keys(p) & wanted for p in meeting.counterparts):
        return True
    groups = [p for p in label.get("counterparts", []) if not p.get("name")]
    return any(_org_match(g, p) for g in groups for p in meeting.counterparts if not p.name)


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def add(self, name: str, held: bool) -> None:
        row = self.counts[name]
        row[0] += int(held)
        row[1] += 1

    def line(self) -> str:
        return "  ".join(
            f"{name} {held}/{total} ({held / total:.2f})" if total else f"{name} -"
            for name, (held, total) in sorted(self.counts.items())
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="a folder of labels-*.json (default: the real corpus; bench/composed is the other)",
    )
    parser.add_argument(
        "--cache", type=Path, help="the texts (default: the corpus's texts/, else the cache)"
    )
    parser.add_argument("--errors", action="store_true", help="print dev-half disagreements")
    options = parser.parse_args()
    if options.cache is None:
        texts = options.corpus / "texts"
        options.cache = texts if texts.is_dir() else CACHE

    labels = load_labels(options.corpus)
    tallies: dict[str, Tally] = defaultdict(Tally)
    missing: list[str] = []
    errors: list[str] = []
    articles: dict[str, ombudsparse.Article] = {}
    for key, label in sorted(labels.items()):
        if "meetings" not in label:
            continue
        path = options.cache / f"{key}.txt"
        if not path.is_file():
            missing.append(key)
            continue
        half = half_of(label["url"])
        groups = (half, f"{half}/{label.get('lang', 'en')}")
        article = ombudsparse.parse(path.read_bytes(), url=label["url"])
        articles[key] = article
        predicted = list(ombudsparse.extract_meetings(article))
        expected: list[dict[str, Any]] = label["meetings"]
        matched: list[tuple[dict[str, Any], Meeting]] = []
        used: set[int] = set()
        for wanted in expected:
            index = next(
                (
                    i
                    for i, m in enumerate(predicted)
                    if i not in used and _meeting_matches(wanted, m)
                ),
                None,
            )
            if index is None and len(expected) == 1 and len(predicted) == 1:
                index = 0
            if index is not None:
                used.add(index)
                matched.append((wanted, predicted[index]))
            for group in groups:
                tallies[group].add("meetings found", index is not None)
            if index is None and half == "dev":
                errors.append(f"- {key}: meeting not found: {_brief(wanted)}")
        for i, meeting in enumerate(predicted):
            for group in groups:
                tallies[group].add("meeting precision", i in used)
            if i not in used and half == "dev":
                errors.append(f"- {key}: meeting not labelled: {_brief_found(meeting)}")
        for wanted, meeting in matched:
            for group in groups:
                tallies[group].add("mode", meeting.mode.value == wanted.get("mode"))
                tallies[group].add("host", _host(meeting) in _host_names(wanted))
            if half == "dev" and _host(meeting) not in _host_names(wanted):
                errors.append(
                    f"- {key}: host {meeting.host.name!r}, labelled {wanted.get('host')!r}"
                )
            if half == "dev" and meeting.mode.value != wanted.get("mode"):
                errors.append(f"- {key}: mode {meeting.mode.value}, labelled {wanted.get('mode')}")
            _score_people(key, half, groups, wanted, meeting, tallies, errors, expected)
    _score_pairs(labels, articles, tallies)

    print(
        f"meeting labels: {sum('meetings' in lab for lab in labels.values())} articles, "
        f"{len(missing)} without a cached text"
    )
    if missing:
        print("not scored (text missing):", ", ".join(missing))
    for group in sorted(tallies):
        print(f"{group:8} {tallies[group].line()}")
    if options.errors:
        print("\n".join(errors))
    return 0


def _host(meeting: Meeting) -> str:
    """The host as labelled: a person by name, a group of her staff by its words as printed."""
    return _norm(meeting.host.name or meeting.host.role or "")


def _host_names(label: dict[str, Any]) -> set[str]:
    host = label.get("host", "")
    names = {_norm(host)}
    if label.get("host_is", "ombudsman") == "ombudsman":
        names |= {"sabina aliyeva"}
    if label.get("host_is") == "predecessor":
        names |= {"elmira suleymanova"}
    return names


def _brief(label: dict[str, Any]) -> str:
    people = [p.get("name") or p.get("organisation") or "?" for p in label.get("counterparts", [])]
    return f"{label.get('mode')} {people}"


def _brief_found(meeting: Meeting) -> str:
    people = [p.name or p.organisation or "?" for p in meeting.counterparts]
    return f"{meeting.mode.value} {people}"


def _score_people(
    key: str,
    half: str,
    groups: tuple[str, ...],
    wanted: dict[str, Any],
    meeting: Meeting,
    tallies: dict[str, Tally],
    errors: list[str],
    everything: list[dict[str, Any]],
) -> None:
    labelled = wanted.get("counterparts", [])
    named = _named(labelled)
    found_names = {_norm(p.name) for p in meeting.counterparts if p.name}
    found_keys = set().union(*(_keys(p) for p in meeting.counterparts if p.name))
    for person in named:
        exact = _norm(person["name"]) in found_names
        loose = bool(
            {person_key(person["name"]), person_key(person.get("printed") or "")} & found_keys
        )
        for group in groups:
            tallies[group].add("counterparts dictionary form", exact)
            tallies[group].add("counterparts any form", loose)
        if not exact and half == "dev":
            errors.append(
                f"- {key}: counterpart {person['name']!r} not found in dictionary form "
                f"(found {sorted(found_names)})"
            )
    for person in [p for p in labelled if not p.get("name")]:
        held = any(_org_match(person, p) for p in meeting.counterparts if not p.name)
        for group in groups:
            tallies[group].add("group counterparts", held)
        if not held and half == "dev":
            found = [p.organisation or p.role for p in meeting.counterparts if not p.name]
            errors.append(
                f"- {key}: group counterpart {person.get('organisation') or person.get('role')!r}"
                f" not found (found {found})"
            )
    # A counterpart is right when the article's labels name them as met in any of its
    # meetings (one report may join what a label splits, or the reverse).
    allowed = set()
    for meeting_label in everything:
        for person in _named(meeting_label.get("counterparts", [])) + _named(
            meeting_label.get("others", [])
        ):
            allowed |= {person_key(person["name"]), person_key(person.get("printed") or "")}
    for person in meeting.counterparts:
        if not person.name:
            continue
        held = bool(_keys(person) & allowed)
        for group in groups:
            tallies[group].add("counterpart precision", held)
        if not held and half == "dev":
            errors.append(f"- {key}: counterpart {person.name!r} is not labelled")


def _score_pairs(
    labels: dict[str, dict[str, Any]],
    articles: dict[str, ombudsparse.Article],
    tallies: dict[str, Tally],
) -> None:
    events: dict[str, set[str]] = defaultdict(set)
    for key, label in labels.items():
        if label.get("same_event"):
            events[label["same_event"]].add(key)
        if label.get("same_event_as"):
            events[f"pair:{min(key, label['same_event_as'])}"] |= {key, label["same_event_as"]}
    keys = sorted(articles)
    # Extracted once, clustered both ways.
    reports = [
        MeetingReport.of(articles[k], meeting)
        for k in keys
        for meeting in ombudsparse.extract_meetings(articles[k])
    ]
    for undated, name in (
        ("alone", "same-event pairs"),
        ("unique", "same-event pairs, undated joined"),
    ):
        held_pairs = _held_pairs(reports, keys, articles, events, undated)
        for (first, second), held in held_pairs.items():
            half = (
                "dev"
                if half_of(labels[first]["url"]) == half_of(labels[second]["url"]) == "dev"
                else "test"
            )
            tallies[half].add(name, held)
            # A report without a date matches nothing by default (cluster_meetings): these
            # pairs show what clustering does where the cached texts give it a day to go by.
            both_dated = all(articles[k].published is not None for k in (first, second))
            if undated == "alone" and both_dated:
                tallies[half].add("same-event pairs, both dated", held)


def _held_pairs(
    reports: list[MeetingReport],
    keys: list[str],
    articles: dict[str, ombudsparse.Article],
    events: dict[str, set[str]],
    undated: Literal["alone", "unique"],
) -> dict[tuple[str, str], bool]:
    """Tell of each labelled same-event pair whether one cluster holds meetings of both."""
    clusters = cluster_reports(reports, undated=undated)
    key_of = {articles[k].url: k for k in keys}
    by_article: dict[str, set[int]] = defaultdict(set)
    for cluster_number, cluster in enumerate(clusters):
        for report in cluster.reports:
            if report.url in key_of:
                by_article[key_of[report.url]].add(cluster_number)
    return {
        (first, second): bool(by_article[first] & by_article[second])
        for members in events.values()
        for first, second in itertools.combinations(sorted(members & set(articles)), 2)
    }


if __name__ == "__main__":
    raise SystemExit(main())
