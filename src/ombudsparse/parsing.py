"""The parsing pipeline: input -> source detection -> the source's parser -> one Article."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import re
import stat
import zlib
from typing import BinaryIO

import attrs

from ombudsparse._arguments import check_type
from ombudsparse.dates import (
    DateCandidate,
    DateOrigin,
    DateResolution,
    baku_offset,
    is_plausible,
    parse_url_date,
    resolve,
)
from ombudsparse.decoding import InputKind, decode_with_encoding, read_capped, sniff
from ombudsparse.errors import (
    ArgumentTypeError,
    DecodeError,
    InvalidArgumentError,
    ParseWarning,
    ReadError,
    WarningCode,
)
from ombudsparse.generic import extract_generic
from ombudsparse.html import Page, load_page
from ombudsparse.model import (
    Article,
    FieldName,
    Language,
    Layer,
    Source,
    YearMonth,
    field_range,
)
from ombudsparse.outlets import parse_other_text, split_headline
from ombudsparse.pages import extract_page
from ombudsparse.sources import (
    AGENCIES,
    PARSERS,
    Detection,
    detect_source,
    parser_for,
    source_from_site_name,
    source_from_url,
)
from ombudsparse.sources.base import (
    CONCLUSIVE,
    Extracted,
    Marker,
    SourceParser,
    TextDocument,
    host_of,
    split_url,
)
from ombudsparse.text import (
    find_attribution,
    guess_language,
    normalize,
    split_extractor_prefix,
    split_syndication_prefix,
)

__all__ = ["parse", "parse_file"]


def _coerce_source(source: Source | str | None) -> Source | None:
    if source is None or isinstance(source, Source):
        return source
    check_type(source, (Source, str), name="source", function="parse()")
    try:
        return Source(source)
    except ValueError:
        known = ", ".join(s.value for s in Source)
        raise InvalidArgumentError(f"unknown source {source!r}; known sources: {known}") from None


def _reference_day(reference_date: dt.date | None) -> dt.date | None:
    if reference_date is None:
        return None
    if isinstance(reference_date, dt.datetime):
        if reference_date.tzinfo is None or reference_date.utcoffset() is None:
            raise InvalidArgumentError("reference_date must be timezone-aware when it has a time")
        try:
            return reference_date.astimezone(dt.timezone(baku_offset(reference_date))).date()
        except OverflowError:  # within hours of the calendar's ends: Baku's day is past them
            raise InvalidArgumentError(
                f"reference_date {reference_date.isoformat()} is out of range in Baku time",
                field="reference_date",
            ) from None
    if isinstance(reference_date, dt.date):
        return reference_date
    raise ArgumentTypeError(
        f"reference_date must be a date or datetime, not {type(reference_date).__name__}"
    )


def _join_hard_breaks(lines: list[str]) -> list[str]:
    """Join lines broken inside a sentence, as syndicated copies often are."""
    # Each joined line's pieces are collected and joined once: adding every
    # continuation to the joined line would copy it each time (quadratic).
    # A joined line ends as its last piece does, so that piece decides.
    groups: list[list[str]] = []
    for line in lines:
        if (
            groups
            and not groups[-1][-1].endswith((".", "!", "?", ":", '"', "”", "»"))
            and line[:1].islower()
        ):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [" ".join(group) for group in groups]


def _source_warnings(detection: Detection, forced: Source | None) -> list[ParseWarning]:
    if forced is not None:
        return []
    if detection.source is None:
        copied = ", ".join(s.value for s in detection.from_text)
        if detection.conflict is not None:
            return [
                ParseWarning(
                    code=WarningCode.SOURCE_UNKNOWN, field="source", message=detection.conflict
                )
            ]
        if len(detection.from_text) > 1:
            names = ", ".join(s.value for s in detection.from_text)
            return [
                ParseWarning(
                    code=WarningCode.SOURCE_AMBIGUOUS,
                    field="source",
                    message=f"the text carries markers of several sources ({names}) equally",
                )
            ]
        return [
            ParseWarning(
                code=WarningCode.SOURCE_UNKNOWN,
                field="source",
                message=(
                    "the URL is another outlet's"
                    + (f"; its text is a copy of {copied}" if copied else "")
                )
                if detection.foreign_url
                else "no URL, no source argument and no source marker in the text",
            )
        ]
    if (
        detection.from_url is not None
        and detection.from_text
        and detection.from_url not in detection.from_text
    ):
        names = ", ".join(s.value for s in detection.from_text)
        return [
            ParseWarning(
                code=WarningCode.SOURCE_MISMATCH,
                field="source",
                message=f"the URL names {detection.from_url.value} but the text's markers "
                f"point to {names}; the URL's source was kept",
            )
        ]
    return []


def parse(
    data: str | bytes,
    *,
    url: str | None = None,
    source: Source | str | None = None,
    reference_date: dt.date | None = None,
    encoding: str | None = None,
    generic: bool = False,
) -> Article:
    """Parse one article, as extracted text or an HTML page, into a validated Article.

    HTML is told from text by how the input starts. Pages are read in layers
    (JSON-LD, ``<meta>``, the source's layout) and the record's ``provenance``
    says where each field came from; see the documentation page *HTML pages*.

    Args:
        data: The article's extracted text or its HTML page, as ``str`` or ``bytes``.
        url: The page's URL, if known; its domain identifies the source and
            its edition the language.
        source: Force a source (a :class:`~ombudsparse.Source` or its value,
            e.g. ``"trend"``) instead of detecting it.
        reference_date: A date the article was published on or before, such as
            the crawl date. A year-less date then gets the latest year that
            fits, with a ``year-inferred`` warning. A datetime must be
            timezone-aware.
        generic: For an HTML page of none of the three sources, extract its title,
            date and body with trafilatura (the ``generic`` extra) instead of
            ombudsparse's content search; ``provenance`` then says ``generic``.
            Off by default, so that records never depend on what is installed.
        encoding: The encoding of ``bytes`` input without a BOM (for a page, this
            wins over its ``<meta charset>``; the default is UTF-8).

    Returns:
        The record. Oddities that still leave a usable record are listed in its
        :attr:`~ombudsparse.Article.warnings`.

    Raises:
        EmptyInputError: the input holds no text.
        DecodeError: the bytes cannot be decoded.
        NotTextError: the input is binary data.
        HtmlError: the input looks like HTML but lxml cannot make a document of it.
        InputTooLargeError: the input is larger than any article page.
        InvalidArgumentError: an argument is not valid (an unknown source, an
            invalid URL, a reference date out of range).
        ArgumentTypeError: an argument has the wrong type (an
            :class:`InvalidArgumentError` and a :class:`TypeError`).

    Example:
        >>> text = ("BAKU, Azerbaijan, November 14. The Ombudsperson received a "
        ...         "delegation, the Ombudsman's Office told Trend.")
        >>> article = parse(text)
        >>> article.source, article.published, article.attribution
        (<Source.TREND: 'trend'>, MonthDay(month=11, day=14), "the Ombudsman's Office")
        >>> [w.code.value for w in article.warnings]
        ['year-unknown']
        >>> parse(text, reference_date=dt.date(2023, 11, 20)).published
        datetime.date(2023, 11, 14)
    """
    check_type(data, (str, bytes, bytearray), name="data", function="parse()")
    check_type(url, str, name="url", function="parse()", optional=True)
    check_type(encoding, str, name="encoding", function="parse()", optional=True)
    check_type(generic, bool, name="generic", function="parse()")
    if isinstance(data, bytearray):
        data = bytes(data)
    if isinstance(data, str) and _names_a_file(data):
        raise InvalidArgumentError(
            f"the text {data.strip()!r} is the path of a file, not an article: "
            "use ombudsparse.parse_file to read it"
        )
    forced = _coerce_source(source)
    if url is not None:
        split_url(url)  # an invalid URL is the caller's error, raised before any work
    reference = _reference_day(reference_date)
    text, used = decode_with_encoding(data, encoding=encoding)
    utf8 = data if isinstance(data, bytes) and used == "utf-8" else None
    if sniff(text, utf8=utf8) is InputKind.HTML:
        if utf8 is not None and not generic:
            text = ""  # lxml reads the bytes: the decoded copy, as large as the page, can go
        return _parse_page(
            text, utf8=utf8, url=url, forced=forced, reference=reference, generic=generic
        )
    return _parse_text(text, url=url, forced=forced, reference=reference)


# The fields a text parser can find, each recorded in provenance as from the text.
# (The date's layer is then set again by resolve, with the prefix and the reference date.)
_TEXT_FIELDS = field_range("title", "view_count")


# The longest string taken for a possible path before it is read as text.
_PATH_MAX = 4096


def _names_a_file(text: str) -> bool:
    """Tell whether a string is the path of an existing file rather than an article."""
    candidate = text.strip()
    if not candidate or len(candidate) > _PATH_MAX or "\n" in candidate:
        return False
    try:
        return os.path.isfile(candidate)
    except (OSError, ValueError):  # an embedded NUL, a name too long for the system
        return False


def _parse_text(
    text: str, *, url: str | None, forced: Source | None, reference: dt.date | None
) -> Article:
    text = normalize(text)
    prefix_date, text = split_extractor_prefix(text)
    # Detect before the syndication prefix goes: "(MENAFN- AzerNews)" names the source.
    detection = detect_source(text, url)
    syndicated_from, text = split_syndication_prefix(text)
    chosen = forced or detection.source or detection.copy_of  # whose parser reads it

    lines = [line for line in text.split("\n") if line]
    if syndicated_from is not None:
        lines = _join_hard_breaks(lines)
    document = TextDocument(paragraphs=tuple(lines))
    parser = parser_for(chosen) if chosen is not None else None
    if parser is None:
        extracted = _parse_other(document)  # which decides the headline itself
    else:
        extracted = parser.parse_text(document)
        if extracted.title is None and extracted.dateline is None:
            # No dateline or date line: a headline may still stand above the lead.
            title, body = split_headline(extracted.body)
            if title is not None:  # else the body is as it was
                extracted = attrs.evolve(extracted, title=title, body=body)
    # The text's own dates are resolved once: for provenance, and for the record when
    # no prefix and no reference date add to them (the same call then).
    own_dates = resolve(extracted.dates)
    provenance: dict[FieldName, Layer] = {
        name: Layer.TEXT
        for name in _TEXT_FIELDS
        if (own_dates.value if name == "published" else getattr(extracted, name)) not in (None, ())
    }
    return _assemble(
        extracted,
        detection=detection,
        forced=forced,
        url=url,
        prefix_date=prefix_date,
        reference=reference,
        declared_language=None,
        resolved=own_dates if prefix_date is None and reference is None else None,
        provenance=provenance,
        syndicated_from=syndicated_from,
    )


def _parse_other(document: TextDocument) -> Extracted:
    """Parse the text of an other outlet: its headline, date lines, byline and chrome."""
    found = parse_other_text(document.paragraphs, AGENCIES)
    return Extracted(
        title=found.title,
        body=found.body,
        authors=found.authors,
        dateline=found.dateline,
        dates=tuple(
            DateCandidate(value=value, origin=origin)
            for value, origin in (
                (found.published, DateOrigin.DATE_LINE),
                (found.relative, DateOrigin.RELATIVE),
            )
            if value is not None
        ),
        view_count=found.view_count,
    )


def _parse_page(
    text: str,
    *,
    utf8: bytes | None,
    url: str | None,
    forced: Source | None,
    reference: dt.date | None,
    generic: bool,
) -> Article:
    page = load_page(text, utf8=utf8)
    page_url = url if url is not None else page.canonical
    from_url = source_from_url(split_url(page_url)) if page_url is not None else None
    if from_url is not None:
        # The domain settles it; reading the whole page's text for markers would only cost.
        detection = Detection(source=from_url, from_url=from_url)
    else:
        site_name = page.first_meta("og:site_name", "application-name")
        detection = _detect_on_page(page, page_url, site_name[1] if site_name else None)
    chosen = forced or detection.source or detection.copy_of  # whose parser reads it
    parser = parser_for(chosen) if chosen is not None else None
    own_site = chosen is not None and chosen in (detection.from_url, detection.from_site)
    if parser is None and generic:
        extracted = extract_generic(text, page_url)
    else:
        extracted = extract_page(page, parser, own_site=own_site)
    page_warnings = _page_warnings(page, url=url, chosen=detection.source, forced=forced)
    if page_warnings:
        extracted = attrs.evolve(extracted, warnings=(*page_warnings, *extracted.warnings))
    return _assemble(
        extracted,
        detection=detection,
        forced=forced,
        url=page_url,
        prefix_date=None,
        reference=reference,
        declared_language=page.lang,
    )


def _may_show_marker(page: Page, marker: Marker) -> bool:
    """Tell whether a marker may be in a page's visible text: ``False`` only when it is not."""
    any_case = bool(marker.pattern.flags & re.IGNORECASE)
    if not all(page.may_show(needle, any_case=any_case) for needle in marker.needles):
        return False
    pattern = marker.page_pattern
    return pattern is None or pattern.search(page.joined_text(lowered=any_case)) is not None


def _may_hold_marker(page: Page, *, minimum: int) -> bool:
    """Tell whether a marker of at least that weight may be in the page's visible text."""
    return any(_may_show_marker(page, marker) for marker in _MARKERS if marker.weight >= minimum)


# Every source's markers (the registry does not change).
_MARKERS = tuple(marker for parser in PARSERS.values() for marker in parser.markers)


def _detect_on_page(page: Page, page_url: str | None, site_name: str | None) -> Detection:
    """Detect the source of a page whose URL names none, by its visible text and site name."""
    # On most pages no marker can be found: the page's text, as dear to make as the
    # tree, is then not made, and an empty text (no marker either) tells the same.
    # A URL that names no source (another outlet's) leaves only conclusive markers.
    minimum = CONCLUSIVE if page_url is not None else 0
    text = page.visible_text() if _may_hold_marker(page, minimum=minimum) else ""
    return detect_source(text, page_url, site_name=site_name)


def _page_warnings(
    page: Page, *, url: str | None, chosen: Source | None, forced: Source | None
) -> list[ParseWarning]:
    """Warn of a page that claims a source it is not attributed to, and of broken JSON-LD."""
    warnings: list[ParseWarning] = []
    claims: list[tuple[str, Source]] = []
    if forced is not None:
        pass  # the caller decided the source: no attribution to question
    elif page.canonical is not None and page.canonical != url:
        try:
            claimed = source_from_url(split_url(page.canonical))
        except InvalidArgumentError:  # the page's own link, not the caller's argument
            claimed = None
        if claimed is not None:
            claims.append((f"its canonical link {page.canonical!r}", claimed))
    site_name = page.first_meta("og:site_name")
    if site_name is not None and forced is None:
        named = source_from_site_name(site_name[1])
        if named is not None:
            claims.append((f"its og:site_name {site_name[1]!r}", named))
    for what, claimed in claims:
        if claimed is not chosen:
            read = f"read as {chosen.value}'s" if chosen is not None else "not attributed"
            where = f"the URL {url!r} is not its page" if url is not None else "the page is"
            warnings.append(
                ParseWarning(
                    code=WarningCode.SOURCE_CLAIMED,
                    field="source",
                    message=f"{what} names {claimed.value}, but {where} {read}"
                    if url is None
                    else f"{what} names {claimed.value}, but {where}: {read}",
                )
            )
    if page.jsonld_errors:
        warnings.append(
            ParseWarning(
                code=WarningCode.JSONLD_MALFORMED,
                field=None,
                message=f"{page.jsonld_errors} JSON-LD script(s) of the page are not valid "
                "JSON; skipped",
            )
        )
    return warnings


# How many words a body needs before its own language may overrule its URL's edition.
_LANGUAGE_EVIDENCE_WORDS = 12


def _language(
    parser: SourceParser | None, url: str | None, declared: str | None, body: tuple[str, ...]
) -> tuple[Language | None, Layer | None, ParseWarning | None]:
    if parser is not None and url is not None:
        parts = split_url(url)
        if parser.owns_host(host_of(parts)):
            from_url = parser.language_from_url(parts)
            if from_url is not None:
                guessed = guess_language(body)
                if (
                    guessed is None
                    or guessed is from_url
                    or sum(len(p.split()) for p in body[:3]) < _LANGUAGE_EVIDENCE_WORDS
                ):
                    return from_url, Layer.URL, None
                # A clear text in another language (an English text under www.trend.az).
                warning = ParseWarning(
                    code=WarningCode.LANGUAGE_CONFLICT,
                    field="language",
                    message=f"the URL's edition is {from_url.value} but the text is in "
                    f"{guessed.value}; the text's language was kept",
                )
                return guessed, Layer.GUESS, warning
    if declared is not None:
        code = declared.split("-")[0]
        if code in {language.value for language in Language}:
            return Language(code), Layer.META, None
    guessed = guess_language(body)
    return guessed, (Layer.GUESS if guessed is not None else None), None


def _assemble(
    extracted: Extracted,
    *,
    detection: Detection,
    forced: Source | None,
    url: str | None,
    prefix_date: dt.date | YearMonth | None,
    reference: dt.date | None,
    declared_language: str | None,
    resolved: DateResolution | None = None,
    provenance: dict[FieldName, Layer] | None = None,
    syndicated_from: str | None = None,
) -> Article:
    """Turn what a parser extracted into the record: dates, language, attribution, warnings.

    ``resolved`` is what :func:`resolve` gives for the extracted dates alone, if known.
    ``provenance`` and ``syndicated_from``, when given, stand for the extracted ones (a
    text's are known only after its parser ran: given here, the extracted fields are not
    copied into another :class:`Extracted` for them).
    """
    chosen = forced or detection.source
    reader = chosen or detection.copy_of
    parser = parser_for(reader) if reader is not None else None
    warnings = _source_warnings(detection, forced)
    warnings.extend(extracted.warnings)
    provenance = dict(extracted.provenance) if provenance is None else provenance
    if syndicated_from is None:
        syndicated_from = extracted.syndicated_from

    prefix = (
        ()
        if prefix_date is None
        else (DateCandidate(value=prefix_date, origin=DateOrigin.PREFIX, layer=Layer.PREFIX),)
    )
    dates = resolved if resolved is not None else resolve(extracted.dates + prefix, reference)
    if dates.value is None and not extracted.dates and not prefix and url is not None:
        # Nothing else dates the article: a date in its URL's path does (the weakest witness).
        in_url = parse_url_date(url)
        if in_url is not None and is_plausible(in_url, reference):
            candidate = DateCandidate(value=in_url, origin=DateOrigin.URL, layer=Layer.URL)
            dates = resolve((candidate,), reference)
    warnings.extend(dates.warnings)
    if dates.layer is not None:
        provenance["published"] = dates.layer
    if not extracted.body:
        warnings.append(
            ParseWarning(
                code=WarningCode.BODY_EMPTY,
                field="body",
                message="no body text remained after cleaning",
            )
        )

    attribution = find_attribution(
        extracted.body, AGENCIES, own_names=parser.own_names if parser is not None else ()
    )
    language, language_layer, language_warning = _language(
        parser, url, declared_language, extracted.body
    )
    if language_layer is not None:
        provenance["language"] = language_layer
    if language_warning is not None:
        warnings.append(language_warning)

    return Article(
        source=chosen,
        url=url.strip() if url is not None and url.strip() else None,
        language=language,
        title=extracted.title,
        authors=extracted.authors,
        categories=extracted.categories,
        published=dates.value,
        dateline=extracted.dateline,
        body=extracted.body,
        view_count=extracted.view_count,
        attribution=attribution.who,
        cited_agencies=attribution.agencies,
        syndicated_from=syndicated_from,
        layout=extracted.layout,
        provenance=dict(provenance.items()),  # the record's keys are plain strings
        warnings=tuple(warnings),
    )


def parse_file(
    path: str | os.PathLike[str],
    *,
    url: str | None = None,
    source: Source | str | None = None,
    reference_date: dt.date | None = None,
    encoding: str | None = None,
    generic: bool = False,
) -> Article:
    """Read a file and :func:`parse` it; the arguments are those of :func:`parse`.

    A ``.gz`` file is decompressed first, as the command line does, up to the
    size of the largest input accepted.

    Raises:
        ReadError: the file cannot be read (missing, no permission, an I/O
            error, a name the system refuses); it is also an :class:`OSError`.
        InvalidArgumentError: the path is a directory (the command line, or
            :func:`ombudsparse.inputs.read_inputs`, reads folders), or not a
            file at all (a FIFO, a device), which could block or never end.
        ArgumentTypeError: the path is not a ``str``, ``bytes`` or path object.
        DecodeError: a ``.gz`` file is damaged.
        InputTooLargeError: a ``.gz`` file decompresses to more than any article page.
        OmbudsparseError: as :func:`parse`.

    Example:
        >>> import gzip, pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> path = folder / "trend.txt.gz"
        >>> _ = path.write_bytes(gzip.compress(
        ...     b"BAKU, Azerbaijan, May 12. The Ombudsperson met guests, Trend reports."))
        >>> article = parse_file(path, reference_date=dt.date(2024, 5, 20))
        >>> article.source, article.published
        (<Source.TREND: 'trend'>, datetime.date(2024, 5, 12))
    """
    check_type(path, (str, bytes, os.PathLike), name="path", function="parse_file()")
    try:
        name = os.fsdecode(path)
    except TypeError:  # a PathLike whose __fspath__ gives neither str nor bytes
        raise ArgumentTypeError(
            f"parse_file() takes path as a path, not {type(path).__name__}", field="path"
        ) from None
    if "\x00" in name:
        raise InvalidArgumentError(f"the path {name!r} holds a NUL character", field="path")
    if os.path.isdir(name):
        raise InvalidArgumentError(
            f"{name} is a directory: parse_file reads one file; use the command line "
            "(ombudsparse parse DIR) or ombudsparse.inputs.read_inputs for folders"
        )
    try:
        kind = os.stat(name).st_mode
        if not stat.S_ISREG(kind):
            raise InvalidArgumentError(
                f"{name} is not a regular file (a FIFO, socket or device): not read, as "
                "reading it could block or never end",
                field="path",
            )
        with open(name, "rb") as handle:
            data = _read_gzip(name, handle) if name.endswith(".gz") else read_capped(handle)
    except OSError as exc:
        error = ReadError(f"cannot read {name}: {exc.strerror or exc}", field="path")
        error.errno = exc.errno
        raise error from None
    return parse(
        data,
        url=url,
        source=source,
        reference_date=reference_date,
        encoding=encoding,
        generic=generic,
    )


def _read_gzip(name: str, handle: BinaryIO) -> bytes:
    """Decompress a gzip file as a stream, stopping at the input limit."""
    try:
        with gzip.GzipFile(fileobj=handle) as stream:
            return read_capped(stream)
    except (OSError, EOFError, zlib.error) as exc:
        raise DecodeError(f"{name}: damaged gzip file: {exc}") from None
