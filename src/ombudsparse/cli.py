"""The ``ombudsparse`` command: a thin layer over the library.

``ombudsparse parse PATH...`` writes one JSON line per input to standard
output; an input that cannot be parsed is reported on standard error (path and
reason) and the others are still parsed. ``ombudsparse schema`` prints the
records' JSON Schema.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from ombudsparse import __version__
from ombudsparse.convert import converter, to_dict
from ombudsparse.errors import OmbudsparseError
from ombudsparse.meetings import Meeting, MeetingCluster, cluster_meetings, extract_meetings
from ombudsparse.model import Article, Source
from ombudsparse.parsing import parse
from ombudsparse.report import drift_report, format_report
from ombudsparse.schema import json_schema

__all__ = ["main"]

STDIN = "-"
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

    meetings_cmd = commands.add_parser(
        "meetings",
        help="extract the Ombudsman's meetings, one JSON line per meeting",
        description="Parse each input and write one JSON line per meeting it reports, with "
        "the article's source, url and the input's path ('article_source', 'article_url', "
        "'input').",
    )
    _add_input_options(meetings_cmd)
    meetings_cmd.add_argument(
        "--format",
        choices=["jsonl", "csv"],
        default="jsonl",
        help="JSON Lines (default), or a flat CSV table with the columns listed in the docs",
    )
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


#: The files taken from a directory: saved pages and extracted texts. Files named
#: on the command line are always read, whatever their names.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text")


def _expand(paths: Sequence[str]) -> Iterator[str]:
    """Yield input names: files as given; in directories, page and text files recursively."""
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            found: list[str] = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(
                    os.path.join(root, f)
                    for f in files
                    if not f.startswith(".") and f.lower().endswith(PAGE_SUFFIXES)
                )
            yield from sorted(found)
        else:
            yield path


def _read(name: str, stdin: TextIO) -> bytes:
    if name == STDIN:
        return stdin.buffer.read()
    return Path(name).read_bytes()


def _parse_inputs(
    args: argparse.Namespace, stderr: TextIO, stdin: TextIO, failures: list[str]
) -> Iterator[tuple[str, Article]]:
    """Parse every input; report each failure on stderr, add it to ``failures``, go on."""
    for name in _expand(args.paths):
        try:
            data = _read(name, stdin)
            article = parse(
                data,
                url=args.url,
                source=args.source,
                reference_date=args.reference_date,
                encoding=args.encoding,
            )
        except (OmbudsparseError, OSError) as exc:
            failures.append(name)
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"ombudsparse: {name}: {reason}", file=stderr)
            continue
        yield name, article


def _run_parse(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    failures: list[str] = []
    for name, article in _parse_inputs(args, stderr, stdin, failures):
        record = {"input": name, **to_dict(article)}
        print(json.dumps(record, ensure_ascii=False, indent=args.indent), file=stdout)
    return 1 if failures else 0


#: The columns of ``ombudsparse meetings --format csv``; lists are joined with "; ".
MEETING_COLUMNS = (
    "input",
    "article_source",
    "article_url",
    "date",
    "counterpart_names",
    "counterpart_roles",
    "counterpart_organisations",
    "counterpart_countries",
    "delegation_names",
    "mode",
    "kind",
    "cameo",
    "topics",
    "figures",
    "warnings",
)


def _meeting_row(name: str, article: Article, meeting: Meeting) -> dict[str, str]:
    def joined(values: Iterable[str | None]) -> str:
        return "; ".join(value or "" for value in values)

    people = meeting.counterparts
    return {
        "input": name,
        "article_source": article.source.value if article.source else "",
        "article_url": article.url or "",
        "date": meeting.date.isoformat() if meeting.date is not None else "",
        "counterpart_names": joined(p.name for p in people),
        "counterpart_roles": joined(p.role for p in people),
        "counterpart_organisations": joined(p.organisation for p in people),
        "counterpart_countries": joined(p.country for p in people),
        "delegation_names": joined(p.name for p in meeting.delegation),
        "mode": meeting.mode.value,
        "kind": meeting.kind.value,
        "cameo": meeting.cameo,
        "topics": joined(t.value for t in meeting.topics),
        "figures": joined(f"{f.text} {f.counts}" for f in meeting.figures),
        "warnings": joined(w.code.value for w in meeting.warnings),
    }


def _run_meetings(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    failures: list[str] = []
    parsed = _parse_inputs(args, stderr, stdin, failures)
    if args.cluster:
        for cluster in cluster_meetings(article for _name, article in parsed):
            print(json.dumps(converter.unstructure(cluster), ensure_ascii=False), file=stdout)
        return 1 if failures else 0
    writer = csv.DictWriter(stdout, fieldnames=MEETING_COLUMNS) if args.format == "csv" else None
    if writer is not None:
        writer.writeheader()
    for name, article in parsed:
        for meeting in extract_meetings(article):
            if writer is not None:
                writer.writerow(_meeting_row(name, article, meeting))
                continue
            record = {
                "input": name,
                "article_source": article.source.value if article.source else None,
                "article_url": article.url,
                **to_dict(meeting),
            }
            print(json.dumps(record, ensure_ascii=False), file=stdout)
    return 1 if failures else 0


def _run_check(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    failures: list[str] = []
    articles = [article for _name, article in _parse_inputs(args, stderr, stdin, failures)]
    report = drift_report(articles, failures=len(failures))
    if args.json:
        data = converter.unstructure(report)
        for group, unstructured in zip(report.groups, data["groups"], strict=True):
            unstructured["missing_promised"] = group.missing_promised
        print(json.dumps(data, ensure_ascii=False, indent=2), file=stdout)
    else:
        stdout.write(format_report(report))
    if failures:
        return 1
    return 1 if args.strict and report.drifted else 0


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
        if args.command == "check":
            return _run_check(args, stdout, stderr, stdin)
        if args.command == "meetings":
            return _run_meetings(args, stdout, stderr, stdin)
        return _run_parse(args, stdout, stderr, stdin)
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
