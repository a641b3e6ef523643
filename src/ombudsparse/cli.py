"""The ``ombudsparse`` command: a thin layer over the library.

* ``ombudsparse parse PATH...``: one record per page or text, as JSON Lines,
  CSV or Parquet;
* ``ombudsparse meetings PATH...``: one record per meeting, or per real-world
  meeting with ``--cluster``;
* ``ombudsparse check PATH...``: a drift report per source and page layout;
* ``ombudsparse report PATH... -o report.html``: one HTML page of the meetings,
  charts and a table, that opens offline (needs the ``report`` extra);
* ``ombudsparse schema [article|meeting|cluster]``: the JSON Schema of a record.

Inputs are files, directories, globs, ``.gz`` files, web archives and ``-``.
An input that cannot be parsed is reported on standard error (and with
``--errors`` in a file) and the others are still parsed; the exit status is
then 1.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import gzip
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TextIO

import attrs

from ombudsparse import __version__
from ombudsparse.convert import converter, from_dict, to_dict
from ombudsparse.errors import OmbudsparseError
from ombudsparse.meetings import Meeting, MeetingCluster, cluster_meetings, extract_meetings
from ombudsparse.model import Article, Source
from ombudsparse.reading import (
    Document,
    Failed,
    ParseOptions,
    Skipped,
    parse_document,
    read_inputs,
)
from ombudsparse.report import drift_report, format_report
from ombudsparse.schema import json_schema
from ombudsparse.writers import FORMATS, RecordWriter, format_for, open_writer

__all__ = ["main"]

_SCHEMAS: dict[str, type] = {"article": Article, "meeting": Meeting, "cluster": MeetingCluster}


def _reference_date(text: str) -> dt.date:
    try:
        value = dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 date or datetime with offset: {text!r}"
        ) from None
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        raise argparse.ArgumentTypeError(f"a datetime needs a UTC offset: {text!r}")
    return value


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
    parse_cmd.add_argument("--indent", type=int, metavar="N", help="pretty-print with N spaces")
    _add_output_options(parse_cmd)

    meetings_cmd = commands.add_parser(
        "meetings",
        help="extract the Ombudsman's meetings, one JSON line per meeting",
        description="Parse each input and write one JSON line per meeting it reports, with "
        "the article's source, url and the input's path ('article_source', 'article_url', "
        "'input').",
    )
    _add_input_options(meetings_cmd)
    _add_output_options(meetings_cmd)
    meetings_cmd.add_argument(
        "--cluster",
        action="store_true",
        help="write one JSON line per real-world meeting, with every report of it",
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
    report_cmd.add_argument(
        "--output", "-o", metavar="FILE", required=True, help="the HTML file to write"
    )
    report_cmd.add_argument("--title", help="the page's title")

    schema_cmd = commands.add_parser(
        "schema",
        help="print the JSON Schema of the records",
        description="Print the JSON Schema (draft 2020-12) of the records 'parse' writes "
        "(article, the default), of those 'meetings' writes (meeting), or of the clusters "
        "'meetings --cluster' writes (cluster).",
    )
    schema_cmd.add_argument(
        "record", nargs="?", choices=sorted(_SCHEMAS), default="article", help="which record"
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


def _add_input_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("paths", nargs="+", metavar="PATH", help="a file, a directory, or -")
    command.add_argument(
        "--source",
        choices=[s.value for s in Source],
        help="read every input as this source instead of detecting it",
    )
    command.add_argument("--url", help="the URL of the page (for a single input)")
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
        type=int,
        default=1,
        metavar="N",
        help="parse on N processes (output stays in input order; default 1)",
    )
    command.add_argument(
        "--errors",
        metavar="FILE",
        help="also write every failed input as a JSON line (input, offset, reason) to FILE",
    )


@attrs.define
class _Batch:
    """What a run has seen: counts for the summary, and where errors go."""

    stderr: TextIO
    errors: TextIO | None = None
    #: A tqdm progress bar on a terminal, else None.
    progress: Any = None
    parsed: int = 0
    skipped: int = 0
    failed: int = 0

    def tick(self) -> None:
        if self.progress is not None:
            self.progress.update(1)
            self.progress.set_postfix(
                parsed=self.parsed, skipped=self.skipped, failed=self.failed, refresh=False
            )

    def fail(self, name: str, offset: int | None, reason: str) -> None:
        self.failed += 1
        where = f"{name}@{offset}" if offset is not None else name
        if self.progress is not None:
            self.progress.write(f"ombudsparse: {where}: {reason}", file=self.stderr)
        else:
            print(f"ombudsparse: {where}: {reason}", file=self.stderr)
        if self.errors is not None:
            line = {"input": name, "offset": offset, "reason": reason}
            print(json.dumps(line, ensure_ascii=False), file=self.errors, flush=True)


def _progress_bar(stdout: TextIO, stderr: TextIO) -> Any:
    """Return a progress bar on stderr when both streams are terminals, else None."""
    if not (stdout.isatty() and stderr.isatty()):
        return None
    from tqdm import tqdm

    return tqdm(file=stderr, unit=" inputs", dynamic_ncols=True, leave=False)


def _parse_document(document: Document, options: ParseOptions) -> Article | str:
    """Parse one document; return the record, or our error's message (picklable)."""
    try:
        return parse_document(document, options)
    except OmbudsparseError as exc:
        return str(exc)


def _in_order(
    items: Iterable[Document | Skipped | Failed], options: ParseOptions, jobs: int
) -> Iterator[tuple[Document | Skipped | Failed, Article | str | None]]:
    """Parse documents on ``jobs`` processes, yielding results in input order.

    At most a few tasks per process are in flight, so a huge archive is never
    read ahead into memory.
    """
    if jobs <= 1:
        for item in items:
            yield item, _parse_document(item, options) if isinstance(item, Document) else None
        return
    window = 4 * jobs
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: collections.deque[
            tuple[Document | Skipped | Failed, Future[Article | str] | None]
        ]
        pending = collections.deque()
        for item in items:
            future = (
                pool.submit(_parse_document, item, options) if isinstance(item, Document) else None
            )
            pending.append((item, future))
            while len(pending) >= window:
                done_item, done = pending.popleft()
                yield done_item, done.result() if done is not None else None
        while pending:
            done_item, done = pending.popleft()
            yield done_item, done.result() if done is not None else None


def _parse_inputs(
    args: argparse.Namespace, batch: _Batch, stdin: TextIO
) -> Iterator[tuple[Document, Article]]:
    """Parse every input and archive record; report each failure and go on."""
    options = ParseOptions(
        url=args.url,
        source=args.source,
        reference_date=args.reference_date,
        encoding=args.encoding,
        generic=args.generic,
    )
    items = read_inputs(args.paths, stdin=stdin.buffer)
    for item, result in _in_order(items, options, args.jobs):
        batch.tick()
        if isinstance(item, Skipped):
            batch.skipped += 1
        elif isinstance(item, Failed):
            batch.fail(item.name, item.offset, item.reason)
        elif isinstance(result, str):
            batch.fail(item.name, item.offset, result)
        elif result is not None:
            batch.parsed += 1
            yield item, result


def _where(document: Document) -> dict[str, object]:
    """Return the keys that name a record's input: its path, and its offset in an archive."""
    if document.offset is None:
        return {"input": document.name}
    return {"input": document.name, "offset": document.offset}


def _run_parse(args: argparse.Namespace, stdout: TextIO, batch: _Batch, stdin: TextIO) -> None:
    writer, opened = _open_output(args, stdout, "article")
    try:
        for document, article in _parse_inputs(args, batch, stdin):
            writer.write({**_where(document), **to_dict(article)})
    finally:
        writer.close()
        if opened is not None:
            opened.close()


def _open_output(
    args: argparse.Namespace, stdout: TextIO, kind: str
) -> tuple[RecordWriter, TextIO | None]:
    """Open the writer that --output and --format ask for; return it and the file to close."""
    output_format = format_for(args.output, args.format)
    stream: TextIO = stdout
    opened: TextIO | None = None
    if args.output is not None and output_format != "parquet":
        stream = opened = open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115
    indent = getattr(args, "indent", None)
    return open_writer(output_format, stream, args.output, indent=indent, kind=kind), opened


def _run_meetings(args: argparse.Namespace, stdout: TextIO, batch: _Batch, stdin: TextIO) -> None:
    parsed = _parse_inputs(args, batch, stdin)
    if args.cluster:
        for cluster in cluster_meetings(article for _document, article in parsed):
            print(json.dumps(converter.unstructure(cluster), ensure_ascii=False), file=stdout)
        return
    writer, opened = _open_output(args, stdout, "meeting")
    try:
        for document, article in parsed:
            for meeting in extract_meetings(article):
                writer.write(
                    {
                        **_where(document),
                        "article_source": article.source.value if article.source else None,
                        "article_url": article.url,
                        **to_dict(meeting),
                    }
                )
    finally:
        writer.close()
        if opened is not None:
            opened.close()


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
                    batch.fail(f"{path}:{number}", None, str(exc))
                    continue
                batch.parsed += 1
                yield name, article
    except (OSError, EOFError) as exc:
        batch.fail(path, None, str(exc))


def _report_articles(
    args: argparse.Namespace, batch: _Batch, stdin: TextIO
) -> Iterator[tuple[str, Article]]:
    records = [p for p in args.paths if p.lower().endswith(_RECORD_SUFFIXES)]
    for path in records:
        yield from _read_records(path, batch)
    others = [p for p in args.paths if p not in records]
    if others:
        args = argparse.Namespace(**{**vars(args), "paths": others})
        for document, article in _parse_inputs(args, batch, stdin):
            yield document.name, article


def _run_report(args: argparse.Namespace, batch: _Batch, stdin: TextIO) -> None:
    from ombudsparse.htmlreport import render_report, summarise

    summary = summarise(_report_articles(args, batch, stdin))
    page = render_report(summary, **({"title": args.title} if args.title else {}))
    with open(args.output, "w", encoding="utf-8") as output:
        output.write(page)


def _run_check(args: argparse.Namespace, stdout: TextIO, batch: _Batch, stdin: TextIO) -> bool:
    """Write the drift report; return whether it shows drift."""
    # The report counts as records go by: a huge crawl is never held in memory.
    report = drift_report(article for _document, article in _parse_inputs(args, batch, stdin))
    report = attrs.evolve(report, failures=batch.failed)
    if args.json:
        data = converter.unstructure(report)
        for group, unstructured in zip(report.groups, data["groups"], strict=True):
            unstructured["missing_promised"] = group.missing_promised
        print(json.dumps(data, ensure_ascii=False, indent=2), file=stdout)
    else:
        stdout.write(format_report(report))
    return report.drifted


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
    args = _build_parser().parse_args(argv)
    try:
        if args.command == "schema":
            record_type = _SCHEMAS[args.record]
            print(json.dumps(json_schema(record_type), ensure_ascii=False, indent=2), file=stdout)
            return 0
        errors = open(args.errors, "w", encoding="utf-8") if args.errors else None  # noqa: SIM115
        batch = _Batch(stderr=stderr, errors=errors, progress=_progress_bar(stdout, stderr))
        try:
            drifted = False
            if args.command == "check":
                drifted = _run_check(args, stdout, batch, stdin)
            elif args.command == "meetings":
                _run_meetings(args, stdout, batch, stdin)
            elif args.command == "report":
                _run_report(args, batch, stdin)
            else:
                _run_parse(args, stdout, batch, stdin)
        finally:
            if errors is not None:
                errors.close()
            if batch.progress is not None:
                batch.progress.close()
        if stderr.isatty():
            print(
                f"ombudsparse: {batch.parsed} parsed, {batch.skipped} skipped, "
                f"{batch.failed} failed",
                file=stderr,
            )
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
