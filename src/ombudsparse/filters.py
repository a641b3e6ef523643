"""Choosing records by date, source and language, one at a time.

:class:`RecordFilter` holds the choice (the ``--since``, ``--until``,
``--source`` and ``--language`` options of ``ombudsparse parse`` and
``ombudsparse meetings``); :func:`select` applies it to a stream of articles,
meetings or meeting clusters without holding them: each record is judged
alone, so a filter over millions of records costs no memory.

Partial dates are judged by one rule (the docs page *Meetings*, section
*Filters*, says it with examples):

* a date known to the day (or the minute) is kept when its day, as printed in
  its own UTC offset, lies in ``[since, until]``, both ends included;
* a year and month (``2024-05``) is kept when the month overlaps the range, as
  it may fall in it;
* a month and day without a year (``--05-12``), and no date at all, cannot be
  placed in time: they are dropped when ``since`` or ``until`` is given,
  unless ``keep_undated`` keeps them. Giving a reference date when parsing
  (``--reference-date``) turns year-less dates into full ones first.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import attrs

from ombudsparse._arguments import check_type
from ombudsparse.errors import ArgumentTypeError, InvalidArgumentError
from ombudsparse.meetings.cluster import MeetingCluster
from ombudsparse.meetings.model import Meeting
from ombudsparse.model import Article, Language, MonthDay, PublishedDate, Source, YearMonth

__all__ = ["RecordFilter", "parse_bound", "select"]

_R = TypeVar("_R", Article, Meeting, MeetingCluster)


def parse_bound(text: str, *, end: bool = False) -> dt.date:
    """Read a ``--since``/``--until`` value: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

    A month or a year stands for its first day, or its last with ``end``, so
    ``--until 2024`` means to the end of 2024.

    Example:
        >>> parse_bound("2024-05"), parse_bound("2024-02", end=True), parse_bound("2023", end=True)
        (datetime.date(2024, 5, 1), datetime.date(2024, 2, 29), datetime.date(2023, 12, 31))

    Raises:
        InvalidArgumentError: anything else, or a day that does not exist.
    """
    parts = text.strip().split("-")
    try:
        if len(parts) == 3 and len(parts[0]) == 4:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2 and len(parts[0]) == 4 and len(parts[1]) == 2:
            year, month = int(parts[0]), int(parts[1])
            day = calendar.monthrange(year, month)[1] if end else 1
            return dt.date(year, month, day)
        if len(parts) == 1 and len(parts[0]) == 4:
            return dt.date(int(parts[0]), 12, 31) if end else dt.date(int(parts[0]), 1, 1)
    except ValueError:
        pass
    raise InvalidArgumentError(
        f"not a date: {text!r} (give YYYY-MM-DD, YYYY-MM or YYYY)", field="since/until"
    )


def _members(value: Iterable[Any], name: str) -> frozenset[Any]:
    try:
        return frozenset(value)
    except TypeError:  # not iterable, or an unhashable item
        raise ArgumentTypeError(
            f"{name} must be an iterable of members, not {type(value).__name__}", field=name
        ) from None


def _sources(value: Iterable[Source | None] | None) -> frozenset[Source | None] | None:
    if value is None:
        return None
    chosen = _members(value, "sources")
    for source in chosen:
        if source is not None and not isinstance(source, Source):
            raise ArgumentTypeError(
                f"sources holds {source!r}: give Source members, or None for an unknown source",
                field="sources",
            )
    return chosen


def _languages(value: Iterable[Language] | None) -> frozenset[Language] | None:
    if value is None:
        return None
    chosen = _members(value, "languages")
    for language in chosen:
        if not isinstance(language, Language):
            raise ArgumentTypeError(
                f"languages holds {language!r}: give Language members", field="languages"
            )
    return chosen


def _bound(_instance: object, attribute: attrs.Attribute[dt.date | None], value: object) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise ArgumentTypeError(
            f"{attribute.name} must be a datetime.date, not {type(value).__name__}",
            field=attribute.name,
        )


@attrs.frozen(kw_only=True)
class RecordFilter:
    """Which records to keep: a date range, sources and languages (``None``: any).

    Example:
        >>> import datetime as dt, ombudsparse
        >>> keep = RecordFilter(since=dt.date(2024, 1, 1), sources={ombudsparse.Source.TREND})
        >>> article = ombudsparse.parse("BAKU, Azerbaijan, May 12. The Ombudsperson met "
        ...     "a delegation, Trend reports.", reference_date=dt.date(2024, 6, 1))
        >>> keep.accepts(article)
        True
        >>> keep.accepts(ombudsparse.parse("BAKU, Azerbaijan, May 12. The Ombudsperson met "
        ...     "a delegation, Trend reports."))  # the year is unknown
        False
    """

    #: The first day kept (included).
    since: dt.date | None = attrs.field(default=None, validator=_bound)
    #: The last day kept (included).
    until: dt.date | None = attrs.field(default=None, validator=_bound)
    #: The sources kept; ``None`` in the set keeps records of no known source.
    sources: frozenset[Source | None] | None = attrs.field(default=None, converter=_sources)
    #: The languages kept.
    languages: frozenset[Language] | None = attrs.field(default=None, converter=_languages)
    #: Keep year-less and undated records when a date range is given.
    keep_undated: bool = False

    def __attrs_post_init__(self) -> None:
        if self.since is not None and self.until is not None and self.since > self.until:
            raise InvalidArgumentError(
                f"since ({self.since}) is after until ({self.until})", field="since"
            )

    @property
    def empty(self) -> bool:
        """Whether the filter keeps every record."""
        return (self.since, self.until, self.sources, self.languages) == (None,) * 4

    def accepts(self, record: Article | Meeting | MeetingCluster) -> bool:
        """Tell whether the filter keeps one record (an article, meeting or cluster).

        A meeting is judged by its own date; its source and language are its
        article's, which only the caller knows: use :meth:`accepts_article` on
        the article. A cluster is kept when one of its reports is.
        """
        if isinstance(record, Article):
            return self.accepts_article(record)
        if isinstance(record, Meeting):
            if self.sources is not None or self.languages is not None:
                raise InvalidArgumentError(
                    "a meeting does not know its article's source or language: filter the "
                    "articles (or the clusters) by them instead",
                    field="sources" if self.sources is not None else "languages",
                )
            return self.accepts_date(record.date)
        if isinstance(record, MeetingCluster):
            return any(
                self.accepts_date(report.meeting.date)
                and self._source_ok(report.source)
                and self._language_ok(report.language)
                for report in record.reports
            )
        raise ArgumentTypeError(
            f"a filter judges articles, meetings or clusters, not {type(record).__name__}",
            field="record",
        )

    def accepts_article(self, article: Article) -> bool:
        """Tell whether the filter keeps an article (and so the meetings it reports)."""
        return (
            self._source_ok(article.source)
            and self._language_ok(article.language)
            and self.accepts_date(article.published)
        )

    def accepts_date(self, value: PublishedDate | None) -> bool:
        """Apply the date rule of this module to one date.

        Example:
            >>> import datetime as dt
            >>> from ombudsparse import YearMonth, MonthDay
            >>> may = RecordFilter(since=dt.date(2024, 5, 10), until=dt.date(2024, 5, 31))
            >>> [may.accepts_date(v) for v in (dt.date(2024, 5, 9), YearMonth(year=2024, month=5),
            ...                                MonthDay(month=5, day=12), None)]
            [False, True, False, False]
        """
        if self.since is None and self.until is None:
            return True
        if value is None or isinstance(value, MonthDay):
            return self.keep_undated
        if isinstance(value, YearMonth):
            first = dt.date(value.year, value.month, 1)
            days = calendar.monthrange(value.year, value.month)[1]
            last = dt.date(value.year, value.month, days)
        else:
            first = last = value.date() if isinstance(value, dt.datetime) else value
        return (self.since is None or last >= self.since) and (
            self.until is None or first <= self.until
        )

    def _source_ok(self, source: Source | None) -> bool:
        return self.sources is None or source in self.sources

    def _language_ok(self, language: Language | None) -> bool:
        return self.languages is None or language in self.languages


def select(
    records: Iterable[_R],
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    sources: Iterable[Source | None] | None = None,
    languages: Iterable[Language] | None = None,
    keep_undated: bool = False,
) -> Iterator[_R]:
    r"""Yield the records (articles, meetings or clusters) in a date range, sources, languages.

    Streaming: records are read one at a time and never held. The date rule
    for partial dates is the one of :class:`RecordFilter`.

    Example:
        >>> import datetime as dt, ombudsparse
        >>> texts = ["12 May 2024 17:02 (UTC+04:00)\nThe Ombudswoman met a delegation, "
        ...          "Azernews reports.",
        ...          "12 May 2023 17:02 (UTC+04:00)\nThe Ombudswoman met a delegation, "
        ...          "Azernews reports."]
        >>> kept = select((ombudsparse.parse(t) for t in texts), since=dt.date(2024, 1, 1))
        >>> [article.published.year for article in kept]
        [2024]

    Raises:
        InvalidArgumentError: ``records`` that is not iterable, a bound that
            is not a date, ``since`` after ``until``, or sources and languages
            that are not members of :class:`~ombudsparse.Source` and
            :class:`~ombudsparse.Language` (at the call); a record that is not
            an article, meeting or cluster (when it is reached).
    """
    check_type(keep_undated, bool, name="keep_undated", function="select()")
    chosen = RecordFilter(
        since=since, until=until, sources=sources, languages=languages, keep_undated=keep_undated
    )
    try:
        stream = iter(records)
    except TypeError:
        raise ArgumentTypeError(
            f"records must be an iterable of records, not {type(records).__name__}",
            field="records",
        ) from None
    return (record for record in stream if chosen.accepts(record))
