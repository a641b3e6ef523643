"""Date lines of other outlets: ombudsparse's reading beside htmldate's, side by side.

    python bench/compare_htmldate.py

Why the text path reads date lines itself instead of asking htmldate (which the
generic HTML path uses through trafilatura): htmldate finds a page's date in an HTML
document, but on these lines it misses Azerbaijani months, drops printed times, and
cannot say "month and day, no year" or "today at 11:57". Each line is put in a small
page (headline, the line, one sentence) for htmldate, as a page would hold it.
"""

from __future__ import annotations

from htmldate import find_date

from ombudsparse.outlets import parse_date_line, parse_other_text
from ombudsparse.sources import AGENCIES

LINES = [
    "29 Sentyabr 2020 Oxunub:2380",
    "- 27 fevral, 2026",
    "2017-11-01 19:37 | www.trend.az | 0",
    "19:20, 29.09.2017",
    "14 ноября 2023 10:37",
    "July 12, 2015 10:00",
    "27.02.2026 10:37",
    "Baku. 30 October. REPORT.AZ/",
    "БАКУ, 16 авг – 1NEWS.AZ",
    "First News Media11:57 - Сегодня",
]


def ours(line: str) -> str:
    found = parse_date_line(line)
    if found is not None:
        return found[0].isoformat()
    heading = parse_other_text(
        ("Headline of the article", line, "The Ombudsman met a guest."), AGENCIES
    )
    if heading.published is not None:
        return heading.published.isoformat()
    if heading.relative is not None:
        return f"relative: {heading.relative.days_before} days before the reference date"
    return "-"


def main() -> None:
    print(f"{'line':40} {'ombudsparse':34} htmldate")
    for line in LINES:
        page = f"<html><body><h1>Headline</h1><p>{line}</p><p>The Ombudsman met a guest.</p></body></html>"
        theirs = find_date(
            page, extensive_search=True, outputformat="%Y-%m-%dT%H:%M", original_date=True
        )
        print(f"{line:40} {ours(line):34} {theirs}")


if __name__ == "__main__":
    main()
