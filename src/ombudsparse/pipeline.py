"""One pipeline for the command line, Dask and the Python API: many inputs to records, in order.

:func:`parse_paths` and :func:`iter_meetings` give, for files, folders, globs,
``.gz`` files and web archives, what ``ombudsparse parse`` and ``ombudsparse
meetings`` write: one result per input and per archive record, in input order,
each naming its input. The commands and :mod:`ombudsparse.dask` run the same
steps:

* a *plan* cuts the inputs into tasks: a few files, or one span of a gzipped
  web archive (:data:`~ombudsparse.inputs.ARCHIVE_SPAN_BYTES` of it);
* a *task* is run where it is parsed: the process reads and decodes its own
  inputs, parses each document (:func:`parse_document`), applies the run's
  filter and serialises the record (a JSON line, a row, or the record itself),
  so the process that asked only orders and writes;
* the *ordered map* (:func:`run`) runs tasks on worker processes and yields
  their results in input order, a record that takes longer than the time
  budget or kills its worker being one failure, the others going on.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import enum
import io
import itertools
import json
import multiprocessing
import os
import signal
import time
from collections.abc import Generator, Iterable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, BinaryIO

import attrs

from ombudsparse import errors
from ombudsparse._arguments import check_type
from ombudsparse.convert import to_dict
from ombudsparse.filters import RecordFilter
from ombudsparse.inputs import (
    ARCHIVE_SPAN_BYTES,
    STDIN,
    Document,
    Failed,
    Skipped,
    archive_spans,
    input_names,
    is_archive,
    read_file,
    read_span,
    read_stdin,
)
from ombudsparse.meetings import ArticleFigures, MeetingReport, extract_meetings, find_figures
from ombudsparse.model import Article, Source
from ombudsparse.parsing import parse

__all__ = [
    "FAILURE_CODES",
    "Done",
    "Filtered",
    "Job",
    "ParseOptions",
    "Parsed",
    "Product",
    "Result",
    "Span",
    "Task",
    "check_url",
    "failure",
    "iter_meetings",
    "parse_document",
    "parse_paths",
    "printable",
    "run",
    "run_task",
    "span_task",
    "stated_figures",
]


@attrs.frozen(kw_only=True)
class ParseOptions:
    """What every parse of a run shares; the caller's values win over the document's."""

    url: str | None = None
    source: str | None = None
    reference_date: dt.date | None = None
    encoding: str | None = None
    generic: bool = False


def parse_document(document: Document, options: ParseOptions) -> Article:
    """Parse a document, the run's options first, then what the input says of itself.

    Raises:
        OmbudsparseError: as :func:`ombudsparse.parse`.
    """
    return parse(
        document.data,
        url=options.url or document.url,
        source=options.source,
        reference_date=options.reference_date or document.fetched,
        encoding=options.encoding or document.encoding,
        generic=options.generic,
    )


#: The stable codes of parse failures, by exception type (the first match wins).
FAILURE_CODES: tuple[tuple[type[BaseException], str], ...] = (
    (errors.EmptyInputError, "empty"),
    (errors.DecodeError, "decode"),
    (errors.NotTextError, "not-text"),
    (errors.InputTooLargeError, "too-large"),
    (errors.HtmlError, "html"),
    (errors.InvalidArgumentError, "invalid-argument"),
    (errors.RecordError, "record"),
    (errors.OmbudsparseError, "parse-error"),
)


def failure(exc: Exception) -> tuple[str, str]:
    """Turn any exception into a reason and a stable code.

    Example:
        >>> from ombudsparse.errors import EmptyInputError
        >>> failure(EmptyInputError("the input is empty"))
        ('the input is empty', 'empty')
        >>> failure(RecursionError("too deep"))
        ('internal error: RecursionError: too deep', 'internal-error')
    """
    for kind, code in FAILURE_CODES:
        if isinstance(exc, kind):
            return str(exc), code
    # Not ours: a bug or a library's limit (a date near year 1, markup nested too deep).
    return f"internal error: {type(exc).__name__}: {exc}", "internal-error"


def printable(name: str) -> str:
    r"""Return a file name as valid UTF-8 text: undecodable bytes become ``\xNN`` escapes.

    Example:
        >>> printable(os.fsdecode(b"caf\xe9.txt"))
        'caf\\xe9.txt'
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


# Results -------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Parsed:
    """One input parsed into a record, and the input it came from.

    Example:
        >>> import ombudsparse, pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
        >>> _ = path.write_text("BAKU, Azerbaijan, May 5. The Ombudsman met guests, Trend.")
        >>> (result,) = ombudsparse.parse_paths([str(path)])
        >>> result.name == str(path), result.offset, result.article.source.value
        (True, None, 'trend')
    """

    #: The input's name: its path, or ``-`` for standard input.
    name: str
    #: The record's byte offset in its web archive; ``None`` for other inputs.
    offset: int | None
    #: The record.
    article: Article


@attrs.frozen(kw_only=True)
class Filtered:
    """A record parsed and then left out by the run's filter (``--since``...)."""

    #: The input's name.
    name: str
    #: The record's byte offset in its web archive, if it is in one.
    offset: int | None


@attrs.frozen(kw_only=True)
class Done:
    """A record parsed, filtered in and made into what the run asked for (``Job.produce``)."""

    #: The input's name.
    name: str
    #: The record's byte offset in its web archive, if it is in one.
    offset: int | None
    #: What the job made of the record (see :class:`Product`).
    value: Any


#: One result of a task: one per input and per archive record, in order.
Result = Done | Filtered | Skipped | Failed


# What a task does with each record -----------------------------------------------------


class Product(enum.Enum):
    """What :func:`run_task` makes of each record, where it was parsed."""

    #: The record itself.
    ARTICLE = "article"
    #: A dict row: ``input`` (and ``offset``, in an archive) and the record's fields.
    ROW = "row"
    #: The row as a JSON line, as ``ombudsparse parse`` writes it.
    LINE = "line"
    #: A Dask record: ``input``, ``offset`` (``None`` outside archives) and the fields.
    RECORD = "record"
    #: A list of rows, one per meeting, as ``ombudsparse meetings`` writes them.
    MEETING_ROWS = "meeting-rows"
    #: The same rows as JSON lines.
    MEETING_LINES = "meeting-lines"
    #: A list of :class:`~ombudsparse.MeetingReport`, one per meeting (to cluster).
    REPORTS = "reports"
    #: A list of at most one row, the article's figures, as ``meetings --figures`` writes it.
    FIGURE_ROWS = "figure-rows"
    #: The same row as a JSON line.
    FIGURE_LINES = "figure-lines"


@attrs.frozen(kw_only=True)
class Job:
    """What a run does with each document: how to parse it, which to keep, what to make."""

    options: ParseOptions = ParseOptions()
    #: Records it does not accept are :class:`Filtered` results.
    record_filter: RecordFilter | None = None
    produce: Product = Product.ARTICLE
    #: Spaces of pretty-printing for :attr:`Product.LINE` (``None``: one line a record).
    indent: int | None = None


def _where(document: Document) -> dict[str, object]:
    """Return the keys that name a record's input: its path, and its offset in an archive."""
    if document.offset is None:
        return {"input": printable(document.name)}
    return {"input": printable(document.name), "offset": document.offset}


def _line(row: dict[str, Any], indent: int | None) -> str:
    # As writers' JSON Lines writer prints it, so that a line made here reads the same.
    return json.dumps(row, ensure_ascii=False, indent=indent) + "\n"


def _encodable(row: dict[str, Any]) -> dict[str, Any]:
    """Return the row if it can be written as UTF-8 (no lone surrogates).

    Raises:
        UnicodeEncodeError: it cannot; checked here so that the record fails alone.
    """
    json.dumps(row, ensure_ascii=False).encode("utf-8")
    return row


def stated_figures(article: Article) -> tuple[ArticleFigures, ...]:
    """Return the article's figures as one record, or none when it states none.

    Example:
        >>> from ombudsparse import Article
        >>> [len(found.figures) for found in stated_figures(
        ...     Article(body=("Her Office received about 4,000 complaints.",)))]
        [1]
        >>> stated_figures(Article(body=("She met a guest.",)))
        ()
    """
    figures = find_figures(article)
    return (figures,) if figures.figures or figures.warnings else ()


def _article_rows(document: Document, article: Article, *, figures: bool) -> list[dict[str, Any]]:
    """Return the rows of the records found in an article (its meetings, or its figures)."""
    where = _where(document)
    source = article.source.value if article.source else None
    found = stated_figures(article) if figures else extract_meetings(article)
    return [
        _encodable(
            {**where, "article_source": source, "article_url": article.url, **to_dict(record)}
        )
        for record in found
    ]


def _input_name(document: Document) -> str:
    name = printable(document.name)
    return f"{name}@{document.offset}" if document.offset is not None else name


def _make(job: Job, document: Document, article: Article) -> Any:
    """Make what the job asks for of one record (here, in the process that parsed it)."""
    produce = job.produce
    if produce is Product.ARTICLE:
        return article
    if produce is Product.RECORD:
        return {"input": document.name, "offset": document.offset, **to_dict(article)}
    if produce in (Product.ROW, Product.LINE):
        row = _encodable({**_where(document), **to_dict(article)})
        return row if produce is Product.ROW else _line(row, job.indent)
    if produce is Product.REPORTS:
        name = _input_name(document)
        return [
            MeetingReport.of(article, meeting, input=name) for meeting in extract_meetings(article)
        ]
    rows = _article_rows(
        document, article, figures=produce in (Product.FIGURE_ROWS, Product.FIGURE_LINES)
    )
    if produce in (Product.MEETING_ROWS, Product.FIGURE_ROWS):
        return rows
    return [_line(row, None) for row in rows]


def _result(item: Document | Skipped | Failed, job: Job) -> Result:
    """Parse one document and make its result; whatever it raises is this record's failure.

    This is the one boundary around each record: the batch goes on.
    """
    if not isinstance(item, Document):
        return item
    try:
        article = parse_document(item, job.options)
        if job.record_filter is not None and not job.record_filter.accepts_article(article):
            return Filtered(name=item.name, offset=item.offset)
        return Done(name=item.name, offset=item.offset, value=_make(job, item, article))
    except Exception as exc:  # any exception is one record's failure
        reason, code = failure(exc)
        return Failed(name=item.name, offset=item.offset, reason=reason, code=code)


# Tasks ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Span:
    """Records of one web archive, as :func:`~ombudsparse.inputs.read_span` reads them.

    From ``start`` (a record's offset, or with ``resync`` the first record found
    at or after it), those starting before ``end``, at most ``count`` of them.
    """

    path: str
    start: int = 0
    end: int | None = None
    count: int | None = None
    resync: bool = False


#: One input of a task: a file's name (read whole, archives too), a span of an
#: archive, or an item already in hand (standard input, a folder that could not be read).
_Unit = str | Span | Document | Failed


@attrs.frozen(kw_only=True)
class Task:
    """Inputs to read and parse in order; the first ``skip`` items are passed over.

    A task run again after its worker was stopped skips what it gave already, and
    gives ``fail_first`` (reason, code) for the item it was stopped on.
    """

    units: tuple[_Unit, ...]
    skip: int = 0
    fail_first: tuple[str, str] | None = None


def span_task(path: str, offset: int, count: int) -> Task:
    """Return the task of ``count`` archive records from ``offset`` (0: the whole file).

    Example:
        >>> list(run_task(span_task("missing.txt", 0, 0), Job()))[0].code
        'unreadable'
    """
    if count == 0:
        return Task(units=(path,))
    return Task(units=(Span(path=path, start=offset, count=count),))


def _unit_items(unit: _Unit) -> Generator[Document | Skipped | Failed, None, int | None]:
    """Yield a unit's items; return, for a span, where the next span's first item is."""
    if isinstance(unit, Span):
        return (
            yield from read_span(
                unit.path, unit.start, end=unit.end, count=unit.count, resync=unit.resync
            )
        )
    if isinstance(unit, str):
        yield from read_file(unit)
    else:
        yield unit
    return None


def _one_item(unit: _Unit) -> bool:
    """Tell whether a unit gives exactly one item, so that it can be skipped unread."""
    return isinstance(unit, (Document, Failed)) or (isinstance(unit, str) and not is_archive(unit))


def run_task(task: Task, job: Job) -> Generator[Result, None, int | None]:
    """Read, parse and make the results of one task, here: one result per item, in order.

    Returns, for a task of one span, the offset of the first item after it
    (see :func:`~ombudsparse.inputs.read_span`).
    """
    skip = task.skip
    index = 0
    after: int | None = None
    for unit in task.units:
        if index < skip and _one_item(unit):
            index += 1
            continue
        items = _unit_items(unit)
        while True:
            try:
                item = next(items)
            except StopIteration as end:
                after = end.value
                break
            if index == skip and task.fail_first is not None:
                reason, code = task.fail_first
                yield Failed(name=item.name, offset=item.offset, reason=reason, code=code)
            elif index >= skip:
                yield _result(item, job)
            index += 1
    return after


#: Files read by one task: enough to make the messages to a worker few, few
#: enough that a task run again after a timeout passes over little.
_FILES_PER_TASK = 16


def _plan(paths: Iterable[str], stdin: BinaryIO | None, *, spans: bool) -> Iterator[Task]:
    """Cut the inputs into tasks, in input order; gzipped archives into spans with ``spans``."""
    files: list[_Unit] = []
    for name in input_names(paths):
        unit: _Unit = read_stdin(stdin) if name == STDIN else name
        # On workers, archives are tasks of their own (spans of them, if gzipped), so a
        # task of several inputs has one item per input.
        cut = spans and isinstance(unit, str) and is_archive(unit)
        if not cut:
            files.append(unit)
            if len(files) < _FILES_PER_TASK:
                continue
        if files:
            yield Task(units=tuple(files))
            files = []
        if cut:
            assert isinstance(unit, str)
            for start, end in archive_spans(unit, ARCHIVE_SPAN_BYTES):
                yield Task(units=(Span(path=unit, start=start, end=end, resync=start > 0),))
    if files:
        yield Task(units=tuple(files))


# The ordered map on worker processes ---------------------------------------------------


def _ignore_interrupts() -> None:
    """Leave SIGINT (a terminal's Ctrl-C reaches every process) to the main process.

    SIGTERM ends a worker at once, as the main process sends it: forked workers would
    otherwise inherit the main process's handler, and print a traceback.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _serve(connection: Connection, job: Job) -> None:
    """Run the tasks the main process sends, sending back each result as it comes."""
    _ignore_interrupts()
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        number, task = message
        try:
            results = run_task(task, job)
            while True:
                try:
                    result = next(results)
                except StopIteration as end:
                    connection.send(("done", number, end.value))
                    break
                connection.send(("result", number, result))
        except BaseException as exc:  # not a record's failure (KeyboardInterrupt): the run's
            with contextlib.suppress(BaseException):  # the main process may be gone
                connection.send(("raise", number, exc))
            return


@attrs.define(eq=False)
class _Pending:
    """A task given out and the results it sent that are not yet taken, oldest first."""

    number: int
    task: Task
    results: collections.deque[Result] = attrs.field(factory=collections.deque)
    received: int = 0
    done: bool = False
    worker: _Worker | None = None
    #: How many items it had given when its worker was last stopped.
    stopped_at: int | None = None
    #: What stopped the worker's run (KeyboardInterrupt), not one record's failure.
    error: BaseException | None = None
    #: For a span: where the first item after it is (``None``: at the end), once done.
    after: int | None = None
    #: Whether it ended as a whole (not cut short by a record that stopped its worker twice).
    whole: bool = True
    #: Whether its start is known to be where a reading in one pass would be.
    checked: bool = True


@attrs.define(eq=False)
class _Worker:
    process: Any
    connection: Connection
    task: _Pending | None = None


class _Workers:
    """Worker processes, each running one task at a time, and the tasks not yet written."""

    def __init__(self, jobs: int, job: Job) -> None:
        self.job = job
        self.context = multiprocessing.get_context()
        self.workers = [self._start() for _ in range(jobs)]
        self.pending: collections.deque[_Pending] = collections.deque()

    def _start(self) -> _Worker:
        # Started before any input is read: a worker forked later would carry what
        # this process holds in its own memory.
        ours, theirs = self.context.Pipe(duplex=True)
        process = self.context.Process(target=_serve, args=(theirs, self.job), daemon=True)
        process.start()
        theirs.close()  # so that our end reads the end of the file when the worker dies
        return _Worker(process=process, connection=ours)

    def give_out(self) -> None:
        """Give the oldest tasks not yet given to the idle workers.

        One task at a time: a worker then always reads what it is sent, and a
        task's results never wait behind another's.
        """
        idle = [worker for worker in self.workers if worker.task is None]
        for pending in self.pending:
            if not idle:
                return
            if pending.worker is None and not pending.done:
                self._send(idle.pop(0), pending)

    def _send(self, worker: _Worker, pending: _Pending) -> None:
        try:
            worker.connection.send((pending.number, pending.task))
        except OSError:  # it died idle: a fresh one takes the task
            worker = self._replace(worker)
            worker.connection.send((pending.number, pending.task))
        worker.task, pending.worker = pending, worker

    def _replace(self, worker: _Worker) -> _Worker:
        _end(worker)
        fresh = self._start()
        self.workers[self.workers.index(worker)] = fresh
        return fresh

    def take(self, deadline: float | None) -> None:
        """Take in what the workers sent, waiting until something comes or ``deadline``."""
        busy = {worker.connection: worker for worker in self.workers if worker.task is not None}
        if not busy:
            return
        waiting = None if deadline is None else max(0.0, deadline - time.monotonic())
        for ready in wait(list(busy), waiting):
            assert isinstance(ready, Connection)
            self._read(busy[ready])

    def _read(self, worker: _Worker) -> None:
        while worker.task is not None:
            pending = worker.task
            try:
                if not worker.connection.poll():
                    return
                kind, _number, payload = worker.connection.recv()
            except (EOFError, OSError):
                self.restart(worker, ("the worker process parsing it died", "worker-died"))
                return
            if kind == "raise":  # raised here once the results before it are written
                pending.error = payload
            if kind == "result":
                pending.results.append(payload)
                pending.received += 1
            else:
                pending.done, pending.worker, worker.task = True, None, None
                pending.after = payload

    def restart(self, worker: _Worker, why: tuple[str, str]) -> None:
        """End a worker, start another in its place, and run its task again from where it was.

        The item it was on gives ``why`` (reason, code) without being parsed again.
        Stopped twice on one item (its reading itself hangs or kills the worker),
        the item is that failure, named by its input, and the task goes on after it;
        a span of an archive then ends there.
        """
        pending = worker.task
        fresh = self._replace(worker)
        if pending is None:
            return
        pending.worker = None
        units = pending.task.units
        known = len(units) if all(_one_item(unit) for unit in units) else None
        if known is not None and pending.received >= known:
            pending.done = True  # every item came: only the end of the task was late
            return
        if pending.stopped_at == pending.received:
            name = _unit_name(pending.task, pending.received)
            reason, code = why
            pending.results.append(Failed(name=name, offset=None, reason=reason, code=code))
            pending.received += 1
            if known is None:
                pending.done, pending.whole = True, False
                return
            if pending.received >= known:
                pending.done = True
                return
            pending.stopped_at = None
            pending.task = attrs.evolve(pending.task, skip=pending.received, fail_first=None)
        else:
            pending.stopped_at = pending.received
            pending.task = attrs.evolve(pending.task, skip=pending.received, fail_first=why)
        self._send(fresh, pending)

    def redo(self, pending: _Pending, task: Task | None) -> None:
        """Drop what a task gave, and run ``task`` in its place (``None``: it gives nothing)."""
        if pending.worker is not None:
            self._replace(pending.worker)
        pending.results.clear()
        pending.received, pending.stopped_at, pending.worker = 0, None, None
        pending.done, pending.after = task is None, None
        pending.task = task if task is not None else pending.task

    def stop(self) -> None:
        """End the workers now: their tasks are dropped, no worker outlives the run."""
        for worker in self.workers:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                worker.process.terminate()
        for worker in self.workers:
            _end(worker)

    def close(self) -> None:
        """Let the workers end: every task is done."""
        for worker in self.workers:
            with contextlib.suppress(OSError, ValueError):
                worker.connection.send(None)
        for worker in self.workers:
            with contextlib.suppress(OSError, ValueError, AssertionError):
                worker.process.join(timeout=5)
            _end(worker)


def _end(worker: _Worker) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        if worker.process.is_alive():
            worker.process.terminate()
    with contextlib.suppress(OSError, ValueError, AssertionError):
        worker.process.join(timeout=5)
    with contextlib.suppress(OSError):
        worker.connection.close()


def _unit_name(task: Task, index: int) -> str:
    """Name the input of a task's item ``index`` (tasks of several units have one item each)."""
    unit = task.units[min(index, len(task.units) - 1)]
    if isinstance(unit, str):
        return unit
    if isinstance(unit, Span):
        return unit.path
    return unit.name


def run(
    paths: Iterable[str],
    job: Job,
    *,
    jobs: int = 1,
    timeout: float = 0,
    stdin: BinaryIO | None = None,
) -> Iterator[Result]:
    """Read, parse and make every input's results, on ``jobs`` processes, in input order.

    With one job and no ``timeout`` everything happens in this process. Else
    worker processes read their own inputs (a gzipped web archive in spans,
    so that several workers share it) and send back what the job makes, and
    at most a few tasks per worker are held here, so memory stays flat.

    With a ``timeout`` (seconds), a record still parsing that long after the
    ones before it are done fails with code ``timeout``: its worker is
    terminated, as the parsers' C code cannot be interrupted otherwise. A
    worker that dies (killed, out of memory) fails the record it was on with
    code ``worker-died``. Either way the records after it are parsed on a
    fresh worker. When the run stops (a signal, a full disk, the generator
    closed), the workers are terminated at once.

    Example:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("BAKU, Azerbaijan, May 5. Guests, Trend reports.")
        >>> [result.value["source"] for result in run([str(folder)], Job(produce=Product.ROW))]
        ['trend']
    """
    if jobs <= 1 and not timeout:
        for task in _plan(paths, stdin, spans=False):
            yield from run_task(task, job)
        return
    workers = _Workers(jobs, job)
    tasks = _plan(paths, stdin, spans=True)
    # Tasks held at once: enough to keep every worker busy while the oldest is written.
    window = 2 * jobs + 1
    numbers = itertools.count()
    waiting_since: float | None = None
    # Where the span after the last one written must start: (archive, offset).
    follows: tuple[str, int | None] | None = None
    try:
        while True:
            while len(workers.pending) < window:
                planned = next(tasks, None)
                if planned is None:
                    break
                found = _resynced(planned)
                workers.pending.append(
                    _Pending(number=next(numbers), task=planned, checked=found is None)
                )
            if not workers.pending:
                break
            workers.give_out()
            head = workers.pending[0]
            if not head.checked and _check_start(head, follows, workers):
                waiting_since = None  # read again: its time starts again
            if head.checked and head.results:
                waiting_since = None
                yield head.results.popleft()
                continue
            if head.checked and (head.done or head.error is not None):
                if head.error is not None:
                    raise head.error
                workers.pending.popleft()
                follows = _follows(head, follows)
                waiting_since = None
                continue
            now = time.monotonic()
            waiting_since = now if waiting_since is None else waiting_since
            deadline = waiting_since + timeout if timeout else None
            if deadline is not None and now >= deadline and head.worker is not None:
                waiting_since = None
                budget = f"{timeout:g}"
                why = (f"parsing took longer than the {budget} s allowed", "timeout")
                workers.restart(head.worker, why)
                continue
            workers.take(deadline)
    except BaseException:
        workers.stop()
        raise
    workers.close()


def _resynced(task: Task) -> Span | None:
    """Return the span of a task that starts at the first record found after a byte."""
    (unit, *rest) = task.units
    return unit if isinstance(unit, Span) and unit.resync and not rest else None


def _check_start(
    head: _Pending, follows: tuple[str, int | None] | None, workers: _Workers
) -> bool:
    """Check that a span starts where the span before it, read on, found the next item.

    The two differ where a gzip member inside a record looked like a record's
    start, or where damage reads otherwise from another start: the span is then
    read again from where the one before it says, or, if that lies past its
    end, gives nothing. Returns whether it was redone.
    """
    span = _resynced(head.task)
    assert span is not None
    if follows is None or follows[0] != span.path:
        head.checked = True  # the span before it ended early: nothing to compare
        return False
    expected = follows[1]
    empty = expected is None or (span.end is not None and expected >= span.end)
    if head.results:
        right = head.results[0].offset == expected
    elif head.done:
        right = empty
    else:
        return False  # not known yet
    head.checked = True
    if right:
        return False
    if expected is None or empty:
        workers.redo(head, None)
    else:
        workers.redo(head, Task(units=(attrs.evolve(span, start=expected, resync=False),)))
    return True


def _follows(
    done: _Pending, follows: tuple[str, int | None] | None
) -> tuple[str, int | None] | None:
    """Return where the next span must start, once a task is written."""
    (unit, *rest) = done.task.units
    if not isinstance(unit, Span) or rest:
        return None
    if not done.whole:
        return None  # cut short: where the next item is, is not known
    if done.received == 0 and follows is not None and follows[0] == unit.path:
        return follows  # an empty span: the next one starts where this one would have
    return unit.path, done.after


# The Python API ------------------------------------------------------------------------


def check_url(paths: Sequence[str], url: str | None, *, option: str = "url") -> None:
    """Refuse a URL where it would be given to several inputs: it names one page.

    Example:
        >>> check_url(["a.html", "b.html"], "https://en.trend.az/1.html", option="--url")
        Traceback (most recent call last):
        ...
        ombudsparse.errors.InvalidArgumentError: --url names the page of a single input, \
but 2 inputs were given: leave it out, or run once per page (field: --url)

    Raises:
        InvalidArgumentError: the paths stand for several inputs, or a web archive.
    """
    if url is None:
        return
    names = list(itertools.islice(input_names(paths), 2))  # two are enough to know
    if len(paths) > 1:
        several = f"{len(paths)} inputs were given"
    elif len(names) > 1:
        several = f"{paths[0]} stands for several files"
    elif any(isinstance(name, str) and is_archive(name) for name in names):
        several = f"{names[0]} is a web archive, whose records carry their own URLs"
    else:
        return
    raise errors.InvalidArgumentError(
        f"{option} names the page of a single input, but {several}: "
        "leave it out, or run once per page",
        field=option,
    )


def _checked_run(
    paths: Sequence[str] | str,
    job: Job,
    *,
    jobs: int,
    timeout: float | None,
    stdin: BinaryIO | None,
    function: str,
) -> Iterator[Result]:
    """Check the arguments of a public entry point (at the call), then run lazily."""
    if isinstance(paths, (str, bytes)) or not isinstance(paths, Sequence):
        raise errors.ArgumentTypeError(
            f"{function} takes paths as a list of str, not {type(paths).__name__}", field="paths"
        )
    for path in paths:
        check_type(path, str, name="paths", function=function)
        if "\x00" in path:  # no file has one: the operating system would refuse it
            raise errors.InvalidArgumentError(
                f"a path with a NUL character: {path!r}", field="paths"
            )
    check_type(jobs, int, name="jobs", function=function)
    if not 1 <= jobs <= max(8, 4 * (os.cpu_count() or 1)):
        raise errors.InvalidArgumentError(
            f"jobs={jobs}: give 1 to 4 per CPU of this machine (at least 8)", field="jobs"
        )
    check_type(timeout, (int, float), name="timeout", function=function, optional=True)
    if timeout is not None and not 0 <= timeout <= 86_400:
        raise errors.InvalidArgumentError(
            f"timeout={timeout}: give 0 to 86400 seconds", field="timeout"
        )
    if stdin is not None and (not hasattr(stdin, "read") or isinstance(stdin, io.TextIOBase)):
        raise errors.ArgumentTypeError(
            f"{function} takes stdin as a binary stream or None, not {type(stdin).__name__}",
            field="stdin",
        )
    _check_options(job.options)
    check_url(list(paths), job.options.url)
    return run(list(paths), job, jobs=jobs, timeout=timeout or 0, stdin=stdin)


def _check_options(options: ParseOptions) -> None:
    """Refuse, at the call, the options that :func:`ombudsparse.parse` would refuse.

    A parse of one byte checks them as every record's parse will: the same
    types, sources, URLs and reference dates pass, with the same errors.
    """
    try:
        parse(
            b"x",
            url=options.url,
            source=options.source,
            reference_date=options.reference_date,
            encoding=options.encoding,
            generic=options.generic,
        )
    except errors.InvalidArgumentError:
        raise
    except errors.OmbudsparseError:  # about the byte, not the options
        pass


def _options(
    url: str | None,
    source: Source | str | None,
    reference_date: dt.date | None,
    encoding: str | None,
    generic: bool,
) -> ParseOptions:
    if isinstance(source, Source):  # as the command line gives it, and picklable as text
        source = source.value
    return ParseOptions(
        url=url, source=source, reference_date=reference_date, encoding=encoding, generic=generic
    )


def parse_paths(
    paths: Sequence[str],
    *,
    jobs: int = 1,
    url: str | None = None,
    source: Source | str | None = None,
    reference_date: dt.date | None = None,
    encoding: str | None = None,
    generic: bool = False,
    timeout: float | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Parsed | Skipped | Failed]:
    """Parse many inputs, as ``ombudsparse parse`` does, yielding one result each in input order.

    Each input file, and each response record of a web archive, gives exactly
    one result: a :class:`Parsed` record, a :class:`~ombudsparse.Skipped`
    archive record (not a page), or a :class:`~ombudsparse.Failed` input with
    its reason and the stable code ``--errors`` writes. Inputs are read as
    they are parsed: memory stays flat however many there are.

    Args:
        paths: Files, folders (searched recursively for pages, texts and
            archives), glob patterns, ``.gz`` files, web archives (the ``warc``
            extra), or ``-`` for ``stdin``.
        jobs: Parse on this many processes (1 to 4 per CPU, at least 8); the
            results keep the input order.
        url: The page's URL, for a single input (refused with several).
        source: Read every input as this source instead of detecting it.
        reference_date: A date the articles were published on or before (by
            default, an archive record's ``WARC-Date``).
        encoding: The encoding of inputs without a BOM (default UTF-8).
        generic: Read pages of other outlets with trafilatura.
        timeout: The seconds one record may take (``--timeout``); ``None`` or
            0, no limit: with one job, records are then parsed in this process.
        stdin: The binary stream ``-`` stands for.

    Example:
        >>> import ombudsparse, pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("BAKU, Azerbaijan, May 5. Guests, Trend reports.")
        >>> _ = (folder / "b.txt").write_text("")
        >>> for result in ombudsparse.parse_paths([str(folder)], reference_date=dt.date(2024, 6, 1)):
        ...     print(type(result).__name__, pathlib.Path(result.name).name, end=" ")
        ...     print(result.article.published if isinstance(result, ombudsparse.Parsed) else result.code)
        Parsed a.txt 2024-05-05
        Failed b.txt empty

    Raises:
        ArgumentTypeError: an argument of the wrong type (at the call).
        InvalidArgumentError: ``url`` with several inputs, ``jobs`` or
            ``timeout`` out of range (at the call).
    """  # noqa: E501 (a doctest line)
    job = Job(options=_options(url, source, reference_date, encoding, generic))
    results = _checked_run(
        paths, job, jobs=jobs, timeout=timeout, stdin=stdin, function="parse_paths()"
    )
    return _parsed(results)


def _parsed(results: Iterator[Result]) -> Iterator[Parsed | Skipped | Failed]:
    for result in results:
        if isinstance(result, Done):
            yield Parsed(name=result.name, offset=result.offset, article=result.value)
        elif not isinstance(result, Filtered):  # pragma: no branch - no filter here
            yield result


def iter_meetings(
    paths: Sequence[str],
    *,
    jobs: int = 1,
    url: str | None = None,
    source: Source | str | None = None,
    reference_date: dt.date | None = None,
    encoding: str | None = None,
    generic: bool = False,
    timeout: float | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[MeetingReport | Skipped | Failed]:
    """Extract the meetings of many inputs, as ``ombudsparse meetings`` does, in input order.

    Each meeting an article reports gives one :class:`~ombudsparse.MeetingReport`
    (its ``input`` names the file, or ``ARCHIVE@OFFSET`` for an archive record;
    ``source`` and ``url`` are the article's); an article that reports none gives
    nothing, as the command writes no line for it. Inputs that are not pages
    and inputs that fail give a :class:`~ombudsparse.Skipped` or
    :class:`~ombudsparse.Failed` result each. The arguments are those of
    :func:`parse_paths`.

    Example:
        >>> import ombudsparse, pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text(
        ...     "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the "
        ...     "Ambassador of Norland, Ola Berg, Trend reports.")
        >>> (report,) = ombudsparse.iter_meetings([str(folder)])
        >>> report.source.value, [person.name for person in report.meeting.counterparts]
        ('trend', ['Ola Berg'])

    Raises:
        ArgumentTypeError: an argument of the wrong type (at the call).
        InvalidArgumentError: as :func:`parse_paths`.
    """
    job = Job(
        options=_options(url, source, reference_date, encoding, generic), produce=Product.REPORTS
    )
    results = _checked_run(
        paths, job, jobs=jobs, timeout=timeout, stdin=stdin, function="iter_meetings()"
    )
    return _reports(results)


def _reports(results: Iterator[Result]) -> Iterator[MeetingReport | Skipped | Failed]:
    for result in results:
        if isinstance(result, Done):
            yield from result.value
        elif not isinstance(result, Filtered):  # pragma: no branch - no filter here
            yield result
