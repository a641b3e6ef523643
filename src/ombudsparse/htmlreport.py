"""A report to look at: one self-contained HTML page of the meetings a crawl reports.

:func:`summarise` reads articles once, extracts and clusters their meetings and
counts what the charts show; :func:`render_report` turns the summary into one
HTML page with inline SVG charts (drawn by matplotlib), a sortable, filterable
table of meetings and the articles to check by hand. The page loads nothing
from the network: it opens offline, from a file or an e-mail attachment.

Drawing charts (:mod:`ombudsparse.charts`) needs the ``report`` extra
(``pip install 'ombudsparse[report]'``), which brings matplotlib; it is
imported only when a page is rendered.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from collections.abc import Iterable, Mapping

import attrs

from ombudsparse.charts import stacked_bars
from ombudsparse.errors import WarningCode
from ombudsparse.meetings.cluster import MeetingReport, cluster_reports
from ombudsparse.meetings.extract import extract_meetings
from ombudsparse.meetings.model import MeetingMode
from ombudsparse.model import Article, MonthDay, PublishedDate, YearMonth

__all__ = ["CHECKED_WARNINGS", "ReportSummary", "render_report", "summarise"]

#: The warnings that put an article on the list to check by hand.
CHECKED_WARNINGS = (
    WarningCode.YEAR_UNKNOWN,
    WarningCode.LAYOUT_UNRECOGNISED,
    WarningCode.DATE_CONFLICT,
)
#: How many countries and organisations the charts show (the rest are summed up).
TOP = 15
#: How many matching rows the table displays before "show more".
PAGE = 500
_MODES = tuple(mode.value for mode in MeetingMode)
_NO_SOURCE = "(unknown outlet)"


@attrs.frozen(kw_only=True)
class ReportRow:
    """One meeting cluster as the table shows it."""

    date: str
    date_key: str
    counterparts: tuple[str, ...]
    roles: tuple[str, ...]
    organisations: tuple[str, ...]
    countries: tuple[str, ...]
    mode: str
    #: Each report's outlet, language and URL.
    outlets: tuple[tuple[str, str, str | None], ...]
    evidence: str


@attrs.frozen(kw_only=True)
class CheckedArticle:
    """An article that gave one of :data:`CHECKED_WARNINGS`."""

    input: str | None
    source: str
    url: str | None
    title: str | None
    warnings: tuple[tuple[str, str], ...]


@attrs.frozen(kw_only=True)
class ReportSummary:
    """What a report shows, counted; :func:`render_report` draws it."""

    articles: int
    reports: int
    rows: tuple[ReportRow, ...]
    #: Meetings per month (``YYYY-MM``, or ``year unknown`` / ``no date``) and mode.
    per_month: Mapping[str, Counter[str]]
    countries: Counter[str]
    organisations: Counter[str]
    #: Per outlet: meetings it alone reported, and meetings others reported too.
    coverage: Mapping[str, tuple[int, int]]
    #: Reports per outlet and language.
    languages: Mapping[str, Counter[str]]
    checked: tuple[CheckedArticle, ...]


def _date_text(value: PublishedDate | None) -> tuple[str, str, str]:
    """Return how a date is shown, a key that sorts it, and its month bucket."""
    if value is None:
        return "", "~", "no date"
    if isinstance(value, MonthDay):
        return value.isoformat(), f"~{value.month:02d}-{value.day:02d}", "year unknown"
    if isinstance(value, YearMonth):
        return value.isoformat(), value.isoformat(), value.isoformat()
    day = value.date() if isinstance(value, dt.datetime) else value
    return day.isoformat(), day.isoformat(), f"{day.year:04d}-{day.month:02d}"


def _unique(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def summarise(articles: Iterable[Article | tuple[str, Article]]) -> ReportSummary:
    """Extract and cluster the meetings of articles, and count what the report shows.

    Args:
        articles: Articles, or pairs of an input's name and its article (the
            name is shown for the articles to check by hand).

    Example:
        >>> import ombudsparse
        >>> article = ombudsparse.parse(
        ...     "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the "
        ...     "Ambassador of Norland, Ola Berg, Trend reports.")
        >>> summary = summarise([("may.txt", article)])
        >>> summary.rows[0].counterparts, summary.rows[0].date, summary.checked[0].input
        (('Ola Berg',), '--05-12', 'may.txt')
    """
    reports: list[MeetingReport] = []
    checked: list[CheckedArticle] = []
    count = 0
    for item in articles:
        name, article = item if isinstance(item, tuple) else (None, item)
        count += 1
        flagged = tuple(
            (w.code.value, w.message) for w in article.warnings if w.code in CHECKED_WARNINGS
        )
        if flagged:
            source = article.source.value if article.source else _NO_SOURCE
            checked.append(
                CheckedArticle(
                    input=name, source=source, url=article.url, title=article.title,
                    warnings=flagged,
                )
            )  # fmt: skip
        reports.extend(
            MeetingReport.of(article, meeting, input=name) for meeting in extract_meetings(article)
        )
    clusters = cluster_reports(reports)

    rows: list[ReportRow] = []
    per_month: dict[str, Counter[str]] = {}
    countries: Counter[str] = Counter()
    organisations: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    shared: Counter[str] = Counter()
    languages: dict[str, Counter[str]] = {}
    for cluster in clusters:
        shown, key, month = _date_text(cluster.date)
        mode = cluster.mode.value
        per_month.setdefault(month, Counter())[mode] += 1
        people = cluster.counterparts
        countries.update({p.country or "not stated" for p in people})
        organisations.update({p.organisation or "not stated" for p in people})
        outlets = []
        for report in cluster.reports:
            outlet = report.source.value if report.source else _NO_SOURCE
            language = report.language.value if report.language else "?"
            languages.setdefault(outlet, Counter())[language] += 1
            outlets.append((outlet, language, report.url))
        names = _unique(o[0] for o in outlets)
        for outlet in names:
            (alone if len(names) == 1 else shared)[outlet] += 1
        rows.append(
            ReportRow(
                date=shown,
                date_key=key,
                counterparts=_unique(p.name or p.role for p in people),
                roles=_unique(p.role for p in people),
                organisations=_unique(p.organisation for p in people),
                countries=_unique(p.country for p in people),
                mode=mode,
                outlets=tuple(outlets),
                evidence=cluster.reports[0].sentence or "",
            )
        )
    months = sorted(per_month, key=lambda m: (m in ("year unknown", "no date"), m))
    return ReportSummary(
        articles=count,
        reports=len(reports),
        rows=tuple(rows),
        per_month={m: per_month[m] for m in months},
        countries=countries,
        organisations=organisations,
        coverage={o: (alone[o], shared[o]) for o in sorted(set(alone) | set(shared))},
        languages={o: languages[o] for o in sorted(languages)},
        checked=tuple(checked),
    )


# ---------------------------------------------------------------- charts


def _top(counts: Counter[str]) -> tuple[list[str], list[int]]:
    top = counts.most_common(TOP)
    rest = sum(counts.values()) - sum(c for _, c in top)
    names, values = [n for n, _ in top], [c for _, c in top]
    if rest:
        names.append(f"{len(counts) - TOP} others")
        values.append(rest)
    return names, values


def _charts(summary: ReportSummary) -> dict[str, tuple[str, str]]:
    months = list(summary.per_month)
    by_mode = {
        mode: [summary.per_month[m][mode] for m in months]
        for mode in _MODES
        if any(summary.per_month[m][mode] for m in months)
    }
    countries, country_counts = _top(summary.countries)
    organisations, organisation_counts = _top(summary.organisations)
    outlets = list(summary.coverage)
    coverage = {
        "only this outlet": [summary.coverage[o][0] for o in outlets],
        "other outlets too": [summary.coverage[o][1] for o in outlets],
    }
    language_names = sorted({lang for c in summary.languages.values() for lang in c})
    reports_by_language = {
        lang: [summary.languages[o][lang] for o in summary.languages] for lang in language_names
    }
    return {
        "chart-months": (
            "Meetings per month, by mode",
            stacked_bars("Meetings per month", months, by_mode),
        ),
        "chart-countries": (
            "Counterparts by country",
            stacked_bars(
                "Meetings per counterpart country",
                countries,
                {"meetings": country_counts},
                horizontal=True,
                legend=False,
            ),
        ),
        "chart-organisations": (
            "Counterparts by organisation",
            stacked_bars(
                "Meetings per counterpart organisation",
                organisations,
                {"meetings": organisation_counts},
                horizontal=True,
                legend=False,
            ),
        ),
        "chart-coverage": (
            "Meetings per outlet, and those only one outlet covered",
            stacked_bars("Meetings per outlet", outlets, coverage, horizontal=True),
        ),
        "chart-languages": (
            "Reports per outlet and language",
            stacked_bars(
                "Reports per outlet, by language",
                list(summary.languages),
                reports_by_language,
                horizontal=True,
            ),
        ),
    }


# ---------------------------------------------------------------- the page

_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.6em; } h2 { margin-top: 1.6em; border-bottom: 1px solid #ccc; }
.charts { display: flex; flex-wrap: wrap; gap: 1em; }
figure { margin: 0; flex: 1 1 40%; min-width: 20em; } figure svg { width: 100%; height: auto; }
#chart-months { flex-basis: 100%; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
th { background: #f3f3f3; cursor: pointer; user-select: none; }
th[aria-sort=ascending]::after { content: " \\25B2"; }
th[aria-sort=descending]::after { content: " \\25BC"; }
#more { margin: 0.5em 0; }
#filter { width: 30em; max-width: 100%; padding: 0.3em; }
.evidence { max-width: 40em; }
"""

# Sorting and filtering in the page. A filter given in the URL (#filter=word or
# ?filter=word) and a sort (#sort=1: by the first column, ascending; #sort=-1:
# descending) are applied on load, so a link can point at a selection.
_SCRIPT = """
(function () {
  var table = document.getElementById("meetings");
  var body = table.tBodies[0];
  var input = document.getElementById("filter");
  var shown = document.getElementById("shown");
  var more = document.getElementById("more");
  var limit = PAGE;
  function apply() {
    var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var count = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var keep = true;
      if (words.length) {
        var text = row.textContent.toLowerCase();
        keep = words.every(function (w) { return text.indexOf(w) >= 0; });
      }
      if (keep) { count += 1; }
      // Past the first rows, matching rows wait for "show more": a browser lays out
      // tens of thousands of rows slowly.
      var hide = !keep || count > limit;
      if (row.hidden !== hide) { row.hidden = hide; }
    });
    shown.textContent = String(count);
    more.hidden = count <= limit;
  }
  more.addEventListener("click", function () { limit += PAGE; apply(); });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, index) {
    cell.addEventListener("click", function () {
      var up = cell.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) {
        c.removeAttribute("aria-sort");
      });
      cell.setAttribute("aria-sort", up ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[index].getAttribute("data-key") || a.cells[index].textContent;
        var y = b.cells[index].getAttribute("data-key") || b.cells[index].textContent;
        return (x < y ? -1 : x > y ? 1 : 0) * (up ? 1 : -1);
      });
      rows.forEach(function (row) { body.appendChild(row); });
      apply();
    });
  });
  input.addEventListener("input", function () { limit = PAGE; apply(); });
  var given = /[#?&]filter=([^&#]*)/.exec(location.hash + location.search);
  if (given) {
    var words = given[1].replace(/\\+/g, " ");
    try { words = decodeURIComponent(words); } catch (e) { /* a stray %: use it as typed */ }
    input.value = words;
  }
  var order = /[#?&]sort=(-?)([0-9]+)/.exec(location.hash + location.search);
  var heads = table.tHead.rows[0].cells;
  if (order && Number(order[2]) >= 1 && Number(order[2]) <= heads.length) {
    var head = heads[Number(order[2]) - 1];
    head.click();
    if (order[1] === "-") { head.click(); }
  }
  apply();
})();
"""

_COLUMNS = (
    "Date",
    "Counterparts",
    "Roles",
    "Organisations",
    "Countries",
    "Mode",
    "Outlets",
    "Evidence",
)


def _cell(values: Iterable[str], css: str = "") -> str:
    joined = "<br>".join(html.escape(v) for v in values)
    return f'<td class="{css}">{joined}</td>' if css else f"<td>{joined}</td>"


def _outlet_links(outlets: Iterable[tuple[str, str, str | None]]) -> str:
    parts = []
    for outlet, language, url in outlets:
        text = html.escape(f"{outlet} ({language})")
        if url and url.startswith(("http://", "https://")):
            parts.append(f'<a href="{html.escape(url)}">{text}</a>')
        else:
            parts.append(text)
    return "<td>" + "<br>".join(parts) + "</td>"


def _row(row: ReportRow, *, hidden: bool = False) -> str:
    start = "<tr hidden>" if hidden else "<tr>"
    return (
        f'{start}<td data-key="{html.escape(row.date_key)}">{html.escape(row.date)}</td>'
        + _cell(row.counterparts)
        + _cell(row.roles)
        + _cell(row.organisations)
        + _cell(row.countries)
        + _cell([row.mode])
        + _outlet_links(row.outlets)
        + _cell([row.evidence], "evidence")
        + "</tr>"
    )


def _checked_rows(checked: Iterable[CheckedArticle]) -> str:
    lines = []
    for item in checked:
        link = html.escape(item.url or "")
        if item.url and item.url.startswith(("http://", "https://")):
            link = f'<a href="{link}">{link}</a>'
        codes = "<br>".join(
            f"<b>{html.escape(code)}</b>: {html.escape(message)}"
            for code, message in item.warnings
        )
        lines.append(
            f"<tr><td>{html.escape(item.input or '')}</td><td>{html.escape(item.source)}</td>"
            f"<td>{link}</td><td>{html.escape(item.title or '')}</td><td>{codes}</td></tr>"
        )
    return "\n".join(lines)


def render_report(
    summary: ReportSummary, *, title: str = "Meetings of Azerbaijan's Ombudsman"
) -> str:
    """Render a summary as one self-contained HTML page; every text from articles escaped.

    Raises:
        InvalidArgumentError: matplotlib (the ``report`` extra) is not installed.
    """
    charts = "\n".join(
        f'<figure class="chart" id="{key}"><figcaption>{html.escape(caption)}</figcaption>'
        f"{svg}</figure>"
        for key, (caption, svg) in _charts(summary).items()
    )
    header = "".join(f'<th scope="col">{name}</th>' for name in _COLUMNS)
    rows = "\n".join(_row(row, hidden=i >= PAGE) for i, row in enumerate(summary.rows))
    more = "" if len(summary.rows) > PAGE else " hidden"
    single = sum(1 for row in summary.rows if len({o[0] for o in row.outlets}) == 1)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ombudsparse">
<title>{html.escape(title)}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>{html.escape(title)}</h1>
<p id="totals">{summary.articles} articles, {summary.reports} reports of
{len(summary.rows)} meetings ({single} covered by one outlet only);
{len(summary.checked)} articles to check by hand.</p>
<h2>Charts</h2>
<div class="charts">
{charts}
</div>
<h2>Meetings</h2>
<p><label>Filter: <input id="filter" type="search"
placeholder="words that every shown row holds, e.g. online Germany"></label>
<span id="shown">{len(summary.rows)}</span> of {len(summary.rows)} shown;
click a column's head to sort; the first {PAGE} rows that match are displayed.</p>
<table id="meetings">
<thead><tr>{header}</tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p><button id="more" type="button"{more}>show {PAGE} more</button></p>
<h2>Articles to check by hand</h2>
<p>Articles with a {", ".join(code.value for code in CHECKED_WARNINGS)} warning.</p>
<table id="checked">
<thead><tr><th>Input</th><th>Outlet</th><th>URL</th><th>Title</th><th>Warnings</th></tr></thead>
<tbody>
{_checked_rows(summary.checked)}
</tbody>
</table>
<script>{_SCRIPT.replace("PAGE", str(PAGE))}</script>
</body>
</html>
"""
