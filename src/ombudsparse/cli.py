"""The ``ombudsparse`` command: a thin layer over the library.

* ``ombudsparse parse PATH...``: one record per page or text, as JSON Lines,
  CSV or Parquet;
* ``ombudsparse meetings PATH...``: one record per meeting, or per real-world
  meeting with ``--cluster``, or per article's figures with ``--figures``;
* ``ombudsparse check PATH...``: a drift report per source and page layout;
* ``ombudsparse report PATH... -o report.html``: one HTML page of the meetings,
  charts and a table, that opens offline (needs the ``report`` extra);
* ``ombudsparse schema [article|meeting|cluster|figures]``: the JSON Schema of a record.

Inputs are files, directories, globs, ``.gz`` files, web archives and ``-``.
An input that cannot be parsed is reported on standard error (and with
``--errors`` in a file) and the others are still parsed; the exit status is
then 1. Outputs are written beside their target (``FILE.partial``) and renamed
into place when the run ends; an output that names an input, or lies in an
input folder, is refused before anything is read (exit status 2).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime as dt
import glob
import gzip
import json
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from types import FrameType
from typing import Any, TextIO

import attrs

from ombudsparse import __version__
from ombudsparse.convert import converter, from_dict, to_dict
from ombudsparse.dates import parse_iso
from ombudsparse.drift import drift_report, format_report
from ombudsparse.errors import InvalidArgumentError, OmbudsparseError, OutputError
from ombudsparse.filters import RecordFilter, parse_bound
from ombudsparse.inputs import STDIN, Failed, Skipped
from ombudsparse.meetings import MeetingReport
from ombudsparse.meetings.cluster import cluster_reports
from ombudsparse.model import Article, Language, Source
from ombudsparse.pipeline import (
    Done,
    Filtered,
    Job,
    ParseOptions,
    Product,
    check_url,
    printable,
    run,
)
from ombudsparse.records import ARTICLE, CLUSTER, FIGURES, MEETING, RECORD_TYPES, RecordType
from ombudsparse.schema import json_schema
from ombudsparse.writers import (
    FORMATS,
    PARTIAL_SUFFIX,
    PendingFile,
    RecordWriter,
    compressed,
    format_for,
    open_writer,
)

__all__ = ["main"]


def _reference_date(text: str) -> dt.date:
    try:
        value = parse_iso(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 date or datetime with offset: {text!r}"
        ) from None
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        raise argparse.ArgumentTypeError(f"a datetime needs a UTC offset: {text!r}")
    return value


#: The most worker processes ``--jobs`` may ask for: beyond a few per CPU they only cost memory.
MAX_JOBS = max(8, 4 * (os.cpu_count() or 1))


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= jobs <= MAX_JOBS:
        raise argparse.ArgumentTypeError(
            f"{jobs} processes: give 1 to {MAX_JOBS} (4 per CPU of this machine, at least 8)"
        )
    return jobs


#: The default time one record may take to parse, in seconds: pages of the
#: evaluation set take well under one; a pathological page takes minutes.
DEFAULT_TIMEOUT = 30.0


def _timeout(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 <= seconds <= 86_400:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"{text} seconds: give 0 (no limit) to 86400")
    return seconds


def _indent(text: str) -> int:
    # Millions of spaces per line would make one record gigabytes long.
    try:
        spaces = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= spaces <= 16:
        raise argparse.ArgumentTypeError(f"{spaces} spaces: give 0 to 16")
    return spaces


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ombudsparse",
        description="Turn news articles about Azerbaijan's Ombudsman into typed JSON records.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse_cmd = commands.add_parser(
        "parse",
        help="parse articles and write one JSON line per input",
        description="Parse each input (files, directories recursively, - for standard input) "
        "and write one JSON line per input to standard output, with an 'input' key naming it. "
        "Inputs that fail are reported on standard error; the exit status is then 1.",
    )
    _add_input_options(parse_cmd)
    _add_filter_options(parse_cmd)
    parse_cmd.add_argument(
        "--indent", type=_indent, metavar="N", help="pretty-print with N spaces (0 to 16)"
    )
    _add_output_options(parse_cmd)

    meetings_cmd = commands.add_parser(
        "meetings",
        help="extract the Ombudsman's meetings, one JSON line per meeting",
        description="Parse each input and write one JSON line per meeting it reports, with "
        "the article's source, url and the input's path ('article_source', 'article_url', "
        "'input').",
    )
    _add_input_options(meetings_cmd)
    _add_filter_options(meetings_cmd)
    _add_output_options(meetings_cmd)
    meetings_what = meetings_cmd.add_mutually_exclusive_group()
    meetings_what.add_argument(
        "--cluster",
        action="store_true",
        help="write one JSON line per real-world meeting, with every report of it",
    )
    meetings_cmd.add_argument(
        "--join-undated",
        action="store_true",
        help="with --cluster: a report without a date joins the one cluster that has a "
        "counterpart of the same name or body, when exactly one has (default: it stays alone)",
    )
    meetings_what.add_argument(
        "--figures",
        action="store_true",
        help="write one JSON line per article that states figures: the figures, once each",
    )

    check_cmd = commands.add_parser(
        "check",
        help="report, per source and layout, which fields pages gave and from where",
        description="Parse each input and report, per source and page layout, how many pages "
        "gave each field, from which layer (json-ld, meta, markup, content, text), and every "
        "warning code with its count. With --strict, the exit status is 1 when a page lacks a "
        "field its layout promises or matches no layout of its source: layout drift.",
    )
    _add_input_options(check_cmd)
    check_cmd.add_argument(
        "--strict", action="store_true", help="exit with status 1 on any layout drift"
    )
    check_cmd.add_argument("--json", action="store_true", help="write the report as JSON")

    report_cmd = commands.add_parser(
        "report",
        help="write one self-contained HTML page of the meetings: charts, table, warnings",
        description="Parse each input (or read JSON-lines records that 'parse' wrote: files "
        "ending .jsonl, .ndjson, also .gz), cluster the meetings, and write one HTML page that "
        "opens offline: meetings per month by mode, counterparts by country and organisation, "
        "coverage per outlet and language, a sortable, filterable table of meetings, and the "
        "articles to check by hand. Needs the report extra (matplotlib).",
    )
    _add_input_options(report_cmd)
    _add_filter_options(report_cmd)
    report_cmd.add_argument(
        "--output", "-o", metavar="FILE", required=True, help="the HTML file to write"
    )
    report_cmd.add_argument("--title", help="the page's title")

    schema_cmd = commands.add_parser(
        "schema",
        help="print the JSON Schema of the records",
        description="Print the JSON Schema (draft 2020-12) of the records 'parse' writes "
        "(article, the default), of those 'meetings' writes (meeting), of the clusters "
        "'meetings --cluster' writes (cluster), or of the figures 'meetings --figures' writes "
        "(figures).",
    )
    schema_cmd.add_argument(
        "record", nargs="?", choices=sorted(RECORD_TYPES), default="article", help="which record"
    )
    return parser


def _add_output_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--output", "-o", metavar="FILE", help="write the records to FILE instead of stdout"
    )
    command.add_argument(
        "--format",
        choices=FORMATS,
        help="jsonl (default), csv (a flat table, columns in the docs) or parquet (needs "
        "--output); by default taken from the --output file's suffix",
    )


#: The --source value that keeps records of no known source.
_UNKNOWN_SOURCE = "unknown"


def _since(text: str) -> dt.date:
    return _bound_argument(text, end=False)


def _until(text: str) -> dt.date:
    return _bound_argument(text, end=True)


def _bound_argument(text: str, *, end: bool) -> dt.date:
    try:
        return parse_bound(text, end=end)
    except InvalidArgumentError as exc:
        raise argparse.ArgumentTypeError(exc.reason) from None


def _add_filter_options(command: argparse.ArgumentParser) -> None:
    filters = command.add_argument_group(
        "filters",
        "keep only some records, judged one at a time (partial dates: see the docs page "
        "Meetings, section Filters)",
    )
    filters.add_argument(
        "--since",
        type=_since,
        metavar="DATE",
        help="keep records dated on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)",
    )
    filters.add_argument(
        "--until",
        type=_until,
        metavar="DATE",
        help="keep records dated on or before DATE (a month or year: to its end)",
    )
    filters.add_argument(
        "--source",
        action="append",
        choices=[*(s.value for s in Source), _UNKNOWN_SOURCE],
        help=f"keep records of this source (repeatable; {_UNKNOWN_SOURCE!r}: of no known one)",
    )
    filters.add_argument(
        "--language",
        action="append",
        choices=[language.value for language in Language],
        help="keep records in this language (repeatable)",
    )
    filters.add_argument(
        "--keep-undated",
        action="store_true",
        help="with --since/--until, also keep records whose year or date is unknown",
    )


def _record_filter(args: argparse.Namespace) -> RecordFilter:
    """Return the filter the options ask for (none for commands without them).

    Raises:
        InvalidArgumentError: ``--since`` after ``--until``.
    """
    if not hasattr(args, "since"):
        return RecordFilter()
    sources = args.source and [None if v == _UNKNOWN_SOURCE else Source(v) for v in args.source]
    return RecordFilter(
        since=args.since,
        until=args.until,
        sources=sources,
        languages=args.language and [Language(v) for v in args.language],
        keep_undated=args.keep_undated,
    )


def _add_input_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("paths", nargs="+", metavar="PATH", help="a file, a directory, or -")
    command.add_argument(
        "--as-source",
        choices=[s.value for s in Source],
        help="read every input as this source instead of detecting it",
    )
    command.add_argument(
        "--url", help="the URL of the page (for a single input: refused with several)"
    )
    command.add_argument(
        "--reference-date",
        type=_reference_date,
        metavar="DATE",
        help="a date the articles were published on or before (e.g. the crawl date, "
        "2023-11-20); year-less dates get their year from it",
    )
    command.add_argument("--encoding", help="encoding of inputs without a BOM (default UTF-8)")
    command.add_argument(
        "--generic",
        action="store_true",
        help="read pages of other outlets with trafilatura (needs the generic extra)",
    )
    command.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help=f"parse on N processes, 1 to {MAX_JOBS} (output stays in input order; default 1)",
    )
    command.add_argument(
        "--timeout",
        type=_timeout,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"the time one record may take to parse (default {DEFAULT_TIMEOUT:g}; 0: no "
        "limit, and records are parsed in this process when --jobs is 1)",
    )
    command.add_argument(
        "--errors",
        metavar="FILE",
        help="also write every failed input as a JSON line (input, offset, reason, code) to FILE",
    )
    command.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="no summary line (parsed, skipped, failed) on standard error at the end",
    )


@attrs.define
class _Batch:
    """What a run has seen: counts for the summary, and where errors go."""

    stderr: TextIO
    errors: TextIO | None = None
    errors_name: str = "--errors"
    #: A tqdm progress bar on a terminal, else None.
    progress: Any = None
    parsed: int = 0
    skipped: int = 0
    failed: int = 0
    stopper: _Stopper = attrs.field(factory=lambda: _Stopper())
    #: Skipped archive records by code (not-html, http-status, revisit, truncated).
    skips: collections.Counter[str] = attrs.field(factory=collections.Counter)
    unreadable_folders: int = 0
    #: Records parsed (and counted in ``parsed``) but left out by the filters (--since...).
    filtered: int = 0

    def tick(self) -> None:
        if self.progress is not None:
            self.progress.update(1)
            self.progress.set_postfix(
                parsed=self.parsed, skipped=self.skipped, failed=self.failed, refresh=False
            )

    def skip(self, code: str) -> None:
        self.skipped += 1
        self.skips[code] += 1

    def summary(self) -> str:
        """Return the summary line: counts of parsed, skipped (by kind) and failed inputs."""
        skipped = f"{self.skipped} skipped"
        if self.skips:
            kinds = ", ".join(f"{count} {code}" for code, count in sorted(self.skips.items()))
            skipped += f" ({kinds})"
        line = f"ombudsparse: {self.parsed} parsed, {skipped}, {self.failed} failed"
        if self.filtered:
            line += f", {self.filtered} filtered out"
        if self.unreadable_folders:
            plural = "s" if self.unreadable_folders > 1 else ""
            line += f", {self.unreadable_folders} unreadable folder{plural}"
        return line

    def fail(self, name: str, offset: int | None, reason: str, code: str) -> None:
        self.failed += 1
        if code == "unreadable-folder":
            self.unreadable_folders += 1
        name = printable(name)
        where = f"{name}@{offset}" if offset is not None else name
        if self.progress is not None:
            self.progress.write(f"ombudsparse: {where}: {reason}", file=self.stderr)
        else:
            print(f"ombudsparse: {where}: {reason}", file=self.stderr)
        if self.errors is not None:
            line = {"input": name, "offset": offset, "reason": reason, "code": code}
            with self.stopper.writing(), _writing(self.errors_name):
                print(json.dumps(line, ensure_ascii=False), file=self.errors, flush=True)


@contextlib.contextmanager
def _writing(name: str) -> Iterator[None]:
    """Turn a failed write (a full disk, a lost device) into our error naming the output."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {name}: {exc.strerror or exc}") from None


class _GuardedWriter:
    """A record writer, and the file under it, whose write errors name the output.

    For JSON Lines, ``lines`` is the stream the lines go to: records come as
    lines made where they were parsed, and are written as they are.
    """

    def __init__(
        self, writer: RecordWriter, opened: TextIO | None, name: str, *, lines: TextIO | None
    ) -> None:
        self._writer = writer
        self._opened = opened
        self._name = name
        self.lines = lines

    def write(self, record: dict[str, Any] | str) -> None:
        with _writing(self._name):
            if isinstance(record, str):
                assert self.lines is not None
                self.lines.write(record)
            else:
                self._writer.write(record)

    def close(self) -> None:
        with _writing(self._name):
            try:
                self._writer.close()
            finally:
                if self._opened is not None:
                    self._opened.close()


def _progress_bar(stdout: TextIO, stderr: TextIO) -> Any:
    """Return a progress bar on stderr when both streams are terminals, else None."""
    if not (stdout.isatty() and stderr.isatty()):
        return None
    from tqdm import tqdm

    return tqdm(file=stderr, unit=" inputs", dynamic_ncols=True, leave=False)


def _parse_inputs(
    args: argparse.Namespace, batch: _Batch, stdin: TextIO, produce: Product
) -> Iterator[Done]:
    """Parse every input and archive record; report each failure and go on.

    What each record is made into (``produce``: a JSON line, a row, the record...)
    is made where it was parsed: with ``--jobs``, on the workers.
    """
    job = Job(
        options=ParseOptions(
            url=args.url,
            source=args.as_source,
            reference_date=args.reference_date,
            encoding=args.encoding,
            generic=args.generic,
        ),
        record_filter=getattr(args, "record_filter", None),
        produce=produce,
        indent=getattr(args, "indent", None),
    )
    # Standard input is touched only when an input is "-": a caller's stream may have no
    # binary buffer (io.StringIO), and sys.stdin may be None (no console at all).
    results = run(
        args.paths,
        job,
        jobs=args.jobs,
        timeout=args.timeout,
        stdin=stdin.buffer if STDIN in args.paths else None,
    )
    for result in results:
        batch.tick()
        if isinstance(result, Skipped):
            batch.skip(result.code)
        elif isinstance(result, Failed):
            batch.fail(result.name, result.offset, result.reason, result.code)
        elif isinstance(result, Filtered):
            batch.parsed += 1  # parsed, then left out: "4 parsed, ..., 3 filtered out"
            batch.filtered += 1
        else:
            yield result  # counted as parsed by the caller, once it is written


def _counted(results: Iterable[Done], batch: _Batch) -> Iterator[Done]:
    """Count each record as parsed as it goes by (for outputs written at the end)."""
    for result in results:
        batch.parsed += 1
        yield result


def _run_parse(
    args: argparse.Namespace, stdout: TextIO, batch: _Batch, stdin: TextIO, output: _Output
) -> None:
    writer = _open_output(args, stdout, ARTICLE, output)
    try:
        produce = Product.LINE if writer.lines else Product.ROW
        for result in _parse_inputs(args, batch, stdin, produce):
            with batch.stopper.writing():
                writer.write(result.value)
                batch.parsed += 1
    finally:
        writer.close()


def _open_output(
    args: argparse.Namespace, stdout: TextIO, record: RecordType, output: _Output
) -> _GuardedWriter:
    """Open the writer that --output and --format ask for (closing it closes the file)."""
    output_format = format_for(args.output, args.format)
    stream: TextIO = stdout
    opened: TextIO | None = None
    path = output.records.path if output.records is not None else None
    if output.records is not None and output_format != "parquet":
        stream = opened = output.records.open_text()
    indent = getattr(args, "indent", None)
    name = args.output or "standard output"
    with _writing(name):
        writer = open_writer(output_format, stream, path, indent=indent, record=record)
    lines = stream if output_format == "jsonl" else None
    return _GuardedWriter(writer, opened, name, lines=lines)


def _run_meetings(
    args: argparse.Namespace, stdout: TextIO, batch: _Batch, stdin: TextIO, output: _Output
) -> None:
    if args.cluster:
        _write_clusters(args, stdout, batch, stdin, output)
        return
    record = FIGURES if args.figures else MEETING
    writer = _open_output(args, stdout, record, output)
    try:
        if args.figures:
            produce = Product.FIGURE_LINES if writer.lines else Product.FIGURE_ROWS
        else:
            produce = Product.MEETING_LINES if writer.lines else Product.MEETING_ROWS
        for result in _parse_inputs(args, batch, stdin, produce):
            with batch.stopper.writing():
                for row in result.value:
                    writer.write(row)
                batch.parsed += 1
    finally:
        writer.close()


def _write_clusters(
    args: argparse.Namespace, stdout: TextIO, batch: _Batch, stdin: TextIO, output: _Output
) -> None:
    """Cluster the meetings of every input and write one row per cluster.

    Clustering needs every report before the first row (a later report may join
    an earlier meeting): the reports are held, the articles are not.
    """
    reports: list[MeetingReport] = []
    for result in _counted(_parse_inputs(args, batch, stdin, Product.REPORTS), batch):
        reports.extend(result.value)
    writer = _open_output(args, stdout, CLUSTER, output)
    try:
        for cluster in cluster_reports(
            reports, undated="unique" if args.join_undated else "alone"
        ):
            writer.write(to_dict(cluster))
    finally:
        writer.close()


_RECORD_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def _read_records(path: str, batch: _Batch) -> Iterator[tuple[str, Article]]:
    """Yield the articles of a JSON-lines file of records; report each bad line and go on."""
    opener = gzip.open if path.lower().endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                batch.tick()
                try:
                    data = json.loads(line)
                    name = str(data.pop("input", path)) if isinstance(data, dict) else path
                    if isinstance(data, dict):
                        data.pop("offset", None)
                    article: Article = from_dict(data)
                except (ValueError, OmbudsparseError) as exc:
                    batch.fail(f"{path}:{number}", None, str(exc), "record")
                    continue
                batch.parsed += 1
                yield name, article
    except (OSError, EOFError) as exc:
        batch.fail(path, None, str(exc), "unreadable")


def _report_articles(
    args: argparse.Namespace, batch: _Batch, stdin: TextIO
) -> Iterator[tuple[str, Article]]:
    records = [p for p in args.paths if p.lower().endswith(_RECORD_SUFFIXES)]
    chosen: RecordFilter = args.record_filter
    for path in records:
        for name, article in _read_records(path, batch):
            if chosen.accepts_article(article):
                yield name, article
            else:
                batch.filtered += 1
    others = [p for p in args.paths if p not in records]
    if others:
        args = argparse.Namespace(**{**vars(args), "paths": others})
        for result in _counted(_parse_inputs(args, batch, stdin, Product.ARTICLE), batch):
            yield result.name, result.value


def _run_report(args: argparse.Namespace, batch: _Batch, stdin: TextIO, output: _Output) -> None:
    from ombudsparse.htmlreport import render_report, summarise

    summary = summarise(_report_articles(args, batch, stdin))
    page = render_report(summary, **({"title": args.title} if args.title else {}))
    assert output.records is not None  # -o is required for a report
    # Written like every output: beside the target, renamed into place when the run ends.
    with _writing(args.output), output.records.open_text() as stream:
        stream.write(page)


def _run_check(args: argparse.Namespace, stdout: TextIO, batch: _Batch, stdin: TextIO) -> bool:
    """Write the drift report; return whether it shows drift."""
    # The report counts as records go by: a huge crawl is never held in memory.
    parsed = _counted(_parse_inputs(args, batch, stdin, Product.ARTICLE), batch)
    report = drift_report(result.value for result in parsed)
    report = attrs.evolve(report, failures=batch.failed)
    with _writing("standard output"):
        if args.json:
            data = converter.unstructure(report)
            for group, unstructured in zip(report.groups, data["groups"], strict=True):
                unstructured["missing_promised"] = group.missing_promised
            print(json.dumps(data, ensure_ascii=False, indent=2), file=stdout)
        else:
            stdout.write(format_report(report))
    return report.drifted


class _Signalled(BaseException):
    """SIGTERM or SIGINT came: stop reading, close the outputs, report (not an error)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _Stopper:
    """Turns the first SIGTERM or SIGINT into :class:`_Signalled`, ignores the ones after it.

    A record being written (and counted) is finished first: the signal is raised
    when its :meth:`writing` section ends, so the summary counts exactly the
    records the outputs hold. Only the main thread can handle signals: elsewhere
    (an embedding program's thread) the handlers are left as they are.
    """

    def __init__(self) -> None:
        self._stopping = False
        self._writing = False
        self._pending: int | None = None

    def _stop(self, signum: int, frame: FrameType | None) -> None:
        if self._stopping:
            return
        self._stopping = True
        if self._writing:
            self._pending = signum
        else:
            raise _Signalled(signum)

    @contextlib.contextmanager
    def handling(self) -> Iterator[None]:
        """Handle the signals while the run lasts."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {signum: signal.signal(signum, self._stop) for signum in _STOP_SIGNALS}
        try:
            yield
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold a signal back until the record in hand is written and counted."""
        self._writing = True
        try:
            yield
        finally:
            self._writing = False
        if self._pending is not None:
            raise _Signalled(self._pending)


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@attrs.define
class _Output:
    """The files a run writes: records (``--output``) and errors (``--errors``)."""

    records: PendingFile | None = None
    errors: PendingFile | None = None

    def files(self) -> list[PendingFile]:
        return [f for f in (self.records, self.errors) if f is not None]


def _overlapping_input(target: str, paths: Sequence[str]) -> str | None:
    """Return the input that ``target`` (an output file) is, or lies in; ``None`` if none."""
    real = os.path.realpath(target)
    partial = real + PARTIAL_SUFFIX
    for path in paths:
        if path == STDIN:
            continue
        matches = [path] if os.path.exists(path) else glob.glob(path, recursive=True)
        for match in matches:
            found = os.path.realpath(match)
            if os.path.isdir(found):
                if os.path.commonpath([found, real]) == found:
                    return match
            elif found in (real, partial) or _same_file(found, real):
                return match
    return None


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _open_outputs(args: argparse.Namespace) -> _Output:
    """Check and create the output files, before any input is read.

    Raises:
        OutputError: an output names an input or lies in an input folder, both
            outputs are one file, or one cannot be written.
    """
    targets = [
        (opt, getattr(args, key, None)) for opt, key in (("-o", "output"), ("--errors", "errors"))
    ]
    named = [(opt, target) for opt, target in targets if target is not None]
    for opt, target in named:
        clash = _overlapping_input(target, args.paths)
        if clash is not None:
            raise OutputError(
                f"{opt} {target} would overwrite or lie among the inputs ({clash}): "
                "choose a file outside them"
            )
    if len(named) == 2 and os.path.realpath(named[0][1]) == os.path.realpath(named[1][1]):
        raise OutputError(f"-o and --errors name the same file: {named[0][1]}")
    records = getattr(args, "output", None)
    if (
        records is not None
        and compressed(records)
        and format_for(records, getattr(args, "format", None)) == "parquet"
    ):
        raise OutputError(
            f"-o {records}: Parquet compresses its own columns; give a name without .gz"
        )
    output = _Output()
    try:
        if records is not None:
            output.records = PendingFile(records)
        if args.errors is not None:
            output.errors = PendingFile(args.errors)
    except OutputError:
        for pending in output.files():
            pending.discard()
        raise
    return output


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command line; return the exit status.

    Example:
        >>> import io
        >>> out = io.StringIO()
        >>> main(["schema"], stdout=out)
        0
        >>> '"$schema"' in out.getvalue()
        True
    """
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    stdin = stdin or sys.stdin
    parser = _build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "join_undated", False) and not args.cluster:
        parser.error("--join-undated is an option of meetings --cluster")
    if args.command == "schema":
        record_type = RECORD_TYPES[args.record].cls
        print(json.dumps(json_schema(record_type), ensure_ascii=False, indent=2), file=stdout)
        return 0
    try:
        if getattr(args, "url", None) is not None:
            check_url(args.paths, args.url, option="--url")
        args.record_filter = _record_filter(args)
        output = _open_outputs(args)
    except OmbudsparseError as exc:
        print(f"ombudsparse: {exc}", file=stderr)
        return 2
    batch = _Batch(stderr=stderr, progress=_progress_bar(stdout, stderr))
    with batch.stopper.handling():
        status = _run(args, stdout, stderr, stdin, batch, output)
    if not args.quiet:
        print(batch.summary(), file=stderr)
    return status


def _run(
    args: argparse.Namespace,
    stdout: TextIO,
    stderr: TextIO,
    stdin: TextIO,
    batch: _Batch,
    output: _Output,
) -> int:
    """Run a parse, meetings or check command; return the exit status."""
    complete = False
    try:
        errors = output.errors.open_text() if output.errors is not None else None
        batch.errors = errors
        batch.errors_name = args.errors or "--errors"
        try:
            drifted = False
            if args.command == "check":
                drifted = _run_check(args, stdout, batch, stdin)
            elif args.command == "meetings":
                _run_meetings(args, stdout, batch, stdin, output)
            elif args.command == "report":
                _run_report(args, batch, stdin, output)
            else:
                _run_parse(args, stdout, batch, stdin, output)
            complete = True
        finally:
            if errors is not None:
                errors.close()
            if batch.progress is not None:
                batch.progress.close()
        for pending in output.files():
            pending.commit()
        if batch.failed:
            return 1
        return 1 if args.command == "check" and args.strict and drifted else 0
    except OmbudsparseError as exc:  # a usage error found once running (e.g. no pyarrow)
        print(f"ombudsparse: {exc}", file=stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (`ombudsparse parse dir | head`): stop quietly, and keep
        # Python from complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print("ombudsparse: interrupted", file=stderr)
        return 130
    except _Signalled as stop:
        name = signal.Signals(stop.signum).name
        print(f"ombudsparse: stopped by {name}", file=stderr)
        return 128 + stop.signum
    finally:
        if not complete:
            _report_partial(output, stderr)


def _report_partial(output: _Output, stderr: TextIO) -> None:
    for pending in output.files():
        if not pending.direct and os.path.exists(pending.path):
            print(
                f"ombudsparse: the run did not end: what was written is in {pending.path}",
                file=stderr,
            )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
