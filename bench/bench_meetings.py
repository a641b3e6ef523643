"""Precision and recall of the meeting extractor on hand-labelled articles.

    python bench/bench_meetings.py                      # the development set
    python bench/bench_meetings.py --set heldout        # the held-out set
    python bench/bench_meetings.py --errors             # and every disagreement

``bench/meetings_eval/articles.json`` holds short articles written for this
purpose in the three sources' styles (invented guests, roles, organisations and
modes; some with two meetings, some with none, some with a phone call only),
each with the meetings a reader finds in it, labelled by hand.

``heldout.json`` holds articles written and labelled after the rules were last
changed; the rules must not be tuned on it, or it stops telling how they do on
texts they have not seen.

Items compared, per article: counterparts (by normalised name), counterparts
with their roles, each matched meeting's mode and kind, and the topics.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path

import ombudsparse
from ombudsparse.meetings.extract import person_key

HERE = Path(__file__).resolve().parent


def _score(
    name: str,
    expected: set[tuple[str, ...]],
    found: set[tuple[str, ...]],
    totals: dict[str, list[int]],
) -> None:
    tp, fp, fn = len(expected & found), len(found - expected), len(expected - found)
    counts = totals.setdefault(name, [0, 0, 0])
    counts[0] += tp
    counts[1] += fp
    counts[2] += fn


def _items(
    article_id: str, meetings: Iterable[dict[str, object]]
) -> dict[str, set[tuple[str, ...]]]:
    items: dict[str, set[tuple[str, ...]]] = {
        "counterparts": set(),
        "roles": set(),
        "mode": set(),
        "kind": set(),
        "topics": set(),
    }
    for meeting in meetings:
        people = meeting["counterparts"]
        assert isinstance(people, list)
        keys = sorted(person_key(str(p["name"])) for p in people)
        for person in people:
            key = person_key(str(person["name"]))
            items["counterparts"].add((article_id, key))
            items["roles"].add((article_id, key, str(person["role"] or "").casefold()))
        items["mode"].add((article_id, *keys, str(meeting["mode"])))
        items["kind"].add((article_id, *keys, str(meeting["kind"])))
        topics = meeting["topics"]
        assert isinstance(topics, list)
        items["topics"].update((article_id, str(t)) for t in topics)
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--set", choices=["articles", "heldout"], default="articles")
    args = parser.parse_args()
    path = HERE / "meetings_eval" / f"{args.set}.json"
    articles = json.loads(path.read_text(encoding="utf-8"))
    totals: dict[str, list[int]] = {}
    for entry in articles:
        article = ombudsparse.parse(entry["text"], source=entry["source"])
        found_meetings = [
            {
                "counterparts": [{"name": p.name, "role": p.role} for p in m.counterparts],
                "mode": m.mode.value,
                "kind": m.kind.value,
                "topics": [t.value for t in m.topics],
            }
            for m in ombudsparse.extract_meetings(article)
        ]
        expected = _items(entry["id"], entry["meetings"])
        found = _items(entry["id"], found_meetings)
        for name in expected:
            _score(name, expected[name], found[name], totals)
            if args.errors and expected[name] != found[name]:
                print(
                    f"{entry['id']} {name}: missed {sorted(expected[name] - found[name])}, "
                    f"extra {sorted(found[name] - expected[name])}"
                )
    print(
        f"{len(articles)} articles, {sum(len(a['meetings']) for a in articles)} labelled meetings"
    )
    print(f"  {'':14} {'precision':>9} {'recall':>7}   (target >= 0.95 on counterparts and mode)")
    for name, (tp, fp, fn) in totals.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"  {name:14} {precision:9.3f} {recall:7.3f}")


if __name__ == "__main__":
    main()
