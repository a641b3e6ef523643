"""Exceptions raised by ombudsparse and the warnings it attaches to records.

Two kinds of trouble are told apart:

* Input that cannot become an :class:`~ombudsparse.Article` at all (empty,
  undecodable, binary) raises a subclass of :class:`OmbudsparseError`. Every
  such error names the source (when known), the field concerned (when there is
  one) and the reason, so a batch job can report it on one line.
* A caller's mistake (an argument of the wrong type, ``None`` where a value
  is needed, an unknown source name, a reference date out of range) raises
  :class:`InvalidArgumentError`, or :class:`ArgumentTypeError` for a wrong type.
* Oddities that still leave a usable record (a date without a year, no source
  marker, two dates that disagree) become :class:`ParseWarning` records in
  :attr:`Article.warnings <ombudsparse.Article.warnings>`, each with a stable
  :class:`WarningCode`.
"""

from __future__ import annotations

import enum

import attrs

from ombudsparse._fielddoc import doc, documented

__all__ = [
    "ArgumentTypeError",
    "DecodeError",
    "EmptyInputError",
    "HtmlError",
    "InputTooLargeError",
    "InvalidArgumentError",
    "NotTextError",
    "OmbudsparseError",
    "OutputError",
    "ParseWarning",
    "ReadError",
    "RecordError",
    "WarningCode",
]


class OmbudsparseError(Exception):
    """Base class of every error ombudsparse raises on purpose.

    Args:
        reason: What is wrong, in one sentence.
        source: The source (``"trend"``, ``"azernews"``, ``"ombudsman"``) the
            input was read as, when known.
        field: The record field concerned, when there is one (for example
            ``"published"``), or ``None`` for the input as a whole.

    Example:
        >>> err = EmptyInputError("the input holds no text")
        >>> str(err)
        'the input holds no text'
        >>> err = OmbudsparseError("not a date", source="trend", field="published")
        >>> str(err)
        'not a date (source: trend, field: published)'
    """

    def __init__(self, reason: str, *, source: str | None = None, field: str | None = None):
        self.reason = reason
        self.source = source
        self.field = field
        super().__init__(reason)

    def __str__(self) -> str:
        where = [
            f"{name}: {value}"
            for name, value in (("source", self.source), ("field", self.field))
            if value
        ]
        return f"{self.reason} ({', '.join(where)})" if where else self.reason

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.reason!r}, source={self.source!r}, field={self.field!r})"
        )


class EmptyInputError(OmbudsparseError, ValueError):
    r"""The input is empty or holds only white space.

    Example:
        >>> import ombudsparse
        >>> ombudsparse.parse("  \n ")
        Traceback (most recent call last):
        ombudsparse.errors.EmptyInputError: the input is empty or holds only white space
    """


class DecodeError(OmbudsparseError, ValueError):
    r"""Bytes could not be decoded as text in the given or detected encoding.

    Example:
        >>> import ombudsparse
        >>> ombudsparse.parse(b"The Ombudsman \xe9 met", encoding="utf-8")
        Traceback (most recent call last):
        ombudsparse.errors.DecodeError: bytes are not valid utf-8 at byte 14: invalid continuation byte
    """  # noqa: E501 (a doctest line)


class NotTextError(OmbudsparseError, ValueError):
    r"""The input is neither text nor HTML (for example a binary file).

    Example:
        >>> import ombudsparse
        >>> ombudsparse.parse(b"\x00\x01 binary")
        Traceback (most recent call last):
        ombudsparse.errors.NotTextError: the input holds NUL characters: it is binary data, not text or HTML
    """  # noqa: E501 (a doctest line)


class InputTooLargeError(OmbudsparseError, ValueError):
    """The input is larger than any article page (see ``ombudsparse.decoding.MAX_INPUT_CHARS``).

    Example:
        >>> import ombudsparse
        >>> ombudsparse.parse("x" * 40_000_000)
        Traceback (most recent call last):
        ombudsparse.errors.InputTooLargeError: the input has 40000000 characters, more than the 33554432 accepted
    """  # noqa: E501 (a doctest line)


class HtmlError(OmbudsparseError, ValueError):
    """An HTML page could not be parsed into a document.

    Raised where lxml gives up on a page (its own error never reaches the
    caller); like every error here it is also a :class:`ValueError`.

    Example:
        >>> err = HtmlError("the page has no document element")
        >>> isinstance(err, ValueError), str(err)
        (True, 'the page has no document element')
    """


class InvalidArgumentError(OmbudsparseError, ValueError):
    """An argument passed by the caller is not valid (for example an unknown source name).

    Example:
        >>> import ombudsparse
        >>> ombudsparse.parse("The Ombudsman met a guest.", source="reuters")
        Traceback (most recent call last):
        ombudsparse.errors.InvalidArgumentError: unknown source 'reuters'; known sources: trend, azernews, ombudsman
    """  # noqa: E501 (a doctest line)


class ArgumentTypeError(InvalidArgumentError, TypeError):
    """An argument passed by the caller has the wrong type (``parse(123)``, ``url=b"..."``).

    It is an :class:`InvalidArgumentError` and also a :class:`TypeError`, so
    that code catching either keeps working.

    Example:
        >>> import ombudsparse
        >>> try:
        ...     ombudsparse.parse(123)
        ... except TypeError as err:
        ...     print(type(err).__name__, err.field)
        ArgumentTypeError data
    """


class ReadError(OmbudsparseError, OSError):
    """An input file cannot be read (missing, no permission, an I/O error, an invalid path).

    It is also an :class:`OSError`; :attr:`errno` is the system's error number when
    there is one.

    Example:
        >>> import errno, ombudsparse
        >>> try:
        ...     ombudsparse.parse_file("no/such/article.txt")
        ... except OSError as err:
        ...     print(type(err).__name__, err.field, err.errno == errno.ENOENT)
        ReadError path True
    """


class OutputError(OmbudsparseError, OSError):
    """An output file cannot be written (a missing folder, no permission, a full disk)."""


class RecordError(OmbudsparseError, ValueError):
    """A dictionary or JSON document is not a valid record.

    The :attr:`field` is a JSON path such as ``$.published``; :attr:`problems`
    lists every problem found, one line each.

    Example:
        >>> import ombudsparse
        >>> try:
        ...     ombudsparse.from_json('{"published": 5}')
        ... except ombudsparse.RecordError as err:
        ...     print(err.field)
        $.published
    """

    def __init__(self, reason: str, *, field: str | None = None, problems: tuple[str, ...] = ()):
        super().__init__(reason, field=field)
        self.problems = problems


class WarningCode(enum.Enum):
    """Stable codes of the warnings attached to records.

    The values are the strings that appear in JSON output; they never change
    meaning between releases.

    Example:
        >>> import ombudsparse
        >>> article = ombudsparse.parse(
        ...     "BAKU, Azerbaijan, November 14. The Ombudsman, Sabina Aliyeva, received "
        ...     "the Ambassador of Norland, Ola Berg, the Ombudsman's Office told Trend.")
        >>> [w.code for w in article.warnings]
        [<WarningCode.YEAR_UNKNOWN: 'year-unknown'>]
    """

    #: No URL, no ``source=`` argument and no marker in the text identified one of
    #: the three sources, so :attr:`~ombudsparse.Article.source` is ``None``.
    SOURCE_UNKNOWN = "source-unknown"
    #: The text carries markers of more than one source with equal weight, so
    #: none was chosen (``source`` is ``None``).
    SOURCE_AMBIGUOUS = "source-ambiguous"
    #: The URL names one source but the text carries markers of another; the
    #: URL's source was kept.
    SOURCE_MISMATCH = "source-mismatch"
    #: The date in the input has a month and day but no year, and no reference
    #: date was given: ``published`` holds a :class:`~ombudsparse.MonthDay`.
    YEAR_UNKNOWN = "year-unknown"
    #: The date in the input has no year; the year was inferred from the
    #: caller's reference date (the latest year that does not put the date
    #: after the reference date).
    YEAR_INFERRED = "year-inferred"
    #: Two dates in the input disagree (for example the extractor's date prefix
    #: and the dateline); the more precise one was kept.
    DATE_CONFLICT = "date-conflict"
    #: The publication date came only from an extraction tool's `` date``
    #: prefix line, not from the article's own text.
    DATE_FROM_PREFIX = "date-from-prefix"
    #: No publication date was found in the input.
    DATE_MISSING = "date-missing"
    #: The text dates itself relative to the day it was read (``11:57 - Сегодня``):
    #: resolved with the caller's reference date, or left unresolved without one.
    DATE_RELATIVE = "date-relative"
    #: A date was found but is implausible (before 1990, or more than a day
    #: after the reference date); it is kept as printed.
    DATE_IMPLAUSIBLE = "date-implausible"
    #: The printed UTC offset differs from the one Baku had at that moment;
    #: the printed offset was kept.
    OFFSET_MISMATCH = "offset-mismatch"
    #: An HTML page of a known source does not match any of its known layouts;
    #: the article was found by its content (``provenance`` says ``content``).
    LAYOUT_UNRECOGNISED = "layout-unrecognised"
    #: The page shows only the teaser of a paid article; the body is incomplete.
    PAYWALLED = "paywalled"
    #: A figure in the text reads as an implausible number (``4000 thousand``);
    #: it is kept as printed.
    FIGURE_IMPLAUSIBLE = "figure-implausible"
    #: No paragraph of body text remained after the source's boilerplate was
    #: removed.
    BODY_EMPTY = "body-empty"
    #: The text's own language differs from the one its URL's edition implies;
    #: the text's was kept.
    LANGUAGE_CONFLICT = "language-conflict"
    #: The reports of one meeting cluster differ on its host, mode or kind; the
    #: value most reports give was kept, and the message says what each outlet said.
    REPORT_DISAGREEMENT = "report-disagreement"
    #: The page's canonical link or ``og:site_name`` names one of the sources, but
    #: its URL is another site's (or another source's): the page is not
    #: attributed to the source it claims.
    SOURCE_CLAIMED = "source-claimed"
    #: A JSON-LD script of the page is not valid JSON (or nests too deeply); it
    #: was skipped and the other layers were read.
    JSONLD_MALFORMED = "jsonld-malformed"


@documented
@attrs.frozen(kw_only=True)
class ParseWarning:
    """A recoverable oddity found while parsing, attached to the record.

    Example:
        >>> w = ParseWarning(code=WarningCode.YEAR_UNKNOWN, field="published",
        ...                  message="the dateline 'November 14' has no year")
        >>> w.code.value
        'year-unknown'
    """

    code: WarningCode = attrs.field(
        validator=attrs.validators.instance_of(WarningCode),
        metadata=doc("The stable code; :class:`WarningCode` lists every value."),
    )
    field: str | None = attrs.field(
        default=None,
        metadata=doc("The record field the warning is about, or ``None`` for the whole record."),
    )
    message: str = attrs.field(
        validator=attrs.validators.instance_of(str),
        metadata=doc("A human-readable explanation, quoting the input where useful."),
    )
