"""One cluster per real-world meeting, however many outlets reported it.

Two reports are of the same meeting when their dates are at most a day apart
and a counterpart of one matches a counterpart of the other despite spelling
variants (transliterations, a dropped letter, a missing first name), or a
group met as such matches the other's group or person of the same body. Matching
uses rapidfuzz; clusters are the connected components of matching reports.
Only reports in one date window with similar names are compared, so the cost
grows with the reports, not with their pairs; the matches are the same.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from typing import Any, Literal, TypeVar

import attrs
from rapidfuzz import fuzz, process

from ombudsparse._arguments import check_items
from ombudsparse._fielddoc import doc, documented
from ombudsparse.dates import precision
from ombudsparse.errors import InvalidArgumentError, ParseWarning, WarningCode
from ombudsparse.meetings.extract import extract_meetings
from ombudsparse.meetings.model import Meeting, MeetingKind, MeetingMode, Person
from ombudsparse.meetings.names import person_key
from ombudsparse.model import Article, Language, MonthDay, PublishedDate, Source, YearMonth

__all__ = [
    "MeetingCluster",
    "MeetingReport",
    "cluster_meetings",
    "cluster_reports",
    "same_counterpart",
    "same_person",
]

_T = TypeVar("_T", bound=Hashable)


def _to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


#: The least rapidfuzz ``token_sort_ratio`` (0-100) at which two names are taken for one.
NAME_SIMILARITY = 85
#: The least similarity of surnames when a first name is missing or an initial.
SURNAME_SIMILARITY = 88
#: How many days apart two reports of one meeting may be dated.
DAYS_APART = 1


@documented
@attrs.frozen(kw_only=True)
class MeetingReport:
    """One outlet's report of a meeting.

    Example:
        >>> import datetime as dt, ombudsparse
        >>> trend = ombudsparse.parse(
        ...     "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the "
        ...     "Ambassador of Norland, Ola Berg, Trend reports.",
        ...     reference_date=dt.date(2024, 5, 20))
        >>> (meeting,) = ombudsparse.extract_meetings(trend)
        >>> report = MeetingReport.of(trend, meeting, input="trend-1.txt")
        >>> report.source, report.language, report.input
        (<Source.TREND: 'trend'>, <Language.EN: 'en'>, 'trend-1.txt')
        >>> report.sentence[:32]
        'The Ombudsperson Sabina Aliyeva '
    """

    source: Source | None = attrs.field(metadata=doc("The article's source, or ``None``."))
    url: str | None = attrs.field(metadata=doc("The article's URL, if known."))
    title: str | None = attrs.field(metadata=doc("The article's title, if any."))
    language: Language | None = attrs.field(
        default=None, metadata=doc("The article's language, if known.")
    )
    input: str | None = attrs.field(
        default=None,
        metadata=doc(
            "The input the article came from (a file, or ``ARCHIVE@OFFSET`` for a record "
            "of a web archive), where the caller gave one."
        ),
    )
    sentence: str | None = attrs.field(
        default=None, metadata=doc("The sentence that reports the meeting, as printed.")
    )
    meeting: Meeting = attrs.field(metadata=doc("The meeting as this article reports it."))

    @classmethod
    def of(cls, article: Article, meeting: Meeting, *, input: str | None = None) -> MeetingReport:
        """Return the report of ``meeting`` that ``article`` makes, from ``input`` if given.

        Example:
            >>> import ombudsparse
            >>> article = ombudsparse.parse(
            ...     "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the "
            ...     "Ambassador of Norland, Ola Berg, Trend reports.")
            >>> (meeting,) = ombudsparse.extract_meetings(article)
            >>> report = MeetingReport.of(article, meeting, input="may.txt")
            >>> report.source.value, report.language.value, report.input
            ('trend', 'en', 'may.txt')
        """
        try:
            sentence: str | None = meeting.sentence(article)
        except IndexError:  # a meeting of another article: no sentence to quote
            sentence = None
        return cls(
            source=article.source,
            url=article.url,
            title=article.title,
            language=article.language,
            input=input,
            sentence=sentence or None,
            meeting=meeting,
        )


@documented
@attrs.frozen(kw_only=True)
class MeetingCluster:
    r"""A real-world meeting and every report of it: one row of ``meetings --cluster``.

    What the reports agree on is given once; where they differ, the value most
    reports give is kept (a known mode over ``unknown``; on a tie, the first
    report's) and a ``report-disagreement`` warning names the field and what
    each outlet said.

    Example:
        >>> import ombudsparse
        >>> official = ombudsparse.parse(
        ...     "Ombudsman met Norland's envoy\n12-05-2024 40 dəfə oxunub\n"
        ...     "The Ombudsman Sabina Aliyeva met with the Ambassador of Norland, Ola Berg.",
        ...     url="https://ombudsman.az/en/view/news/1/x")
        >>> agency = ombudsparse.parse(
        ...     "12 May 2024 17:02 (UTC+04:00)\nThe Ombudswoman Sabina Aliyeva received the "
        ...     "Norland Ambassador, Ola Bergh, Azernews reports.")
        >>> (cluster,) = ombudsparse.cluster_meetings([official, agency])
        >>> cluster.report_count, [guest.name for guest in cluster.counterparts]
        (2, ['Ola Berg'])
        >>> cluster.date.isoformat(), [source.value for source in cluster.sources]
        ('2024-05-12T17:02:00+04:00', ['ombudsman', 'azernews'])
    """

    cluster_id: str = attrs.field(
        metadata=doc(
            "A stable identifier: the same meeting gets the same one on a re-run and when "
            "more reports of it, or of other meetings, are added (see the docs page "
            "*Meetings* for the rule and its limits)."
        )
    )
    date: PublishedDate | None = attrs.field(
        metadata=doc("The most precise date among the reports; its ISO form tells its precision.")
    )
    host: Person = attrs.field(metadata=doc("Who held the meeting, as most reports say."))
    counterparts: tuple[Person, ...] = attrs.field(
        converter=_to_tuple,
        metadata=doc("The counterparts, each once, as the first report naming them does."),
    )
    mode: MeetingMode = attrs.field(metadata=doc("The mode the reports agree on."))
    kind: MeetingKind = attrs.field(metadata=doc("Who came to whom, as the reports agree."))
    report_count: int = attrs.field(metadata=doc("How many reports the cluster holds."))
    sources: tuple[Source | None, ...] = attrs.field(
        converter=_to_tuple,
        metadata=doc("The sources that reported the meeting, in report order, each once."),
    )
    languages: tuple[Language | None, ...] = attrs.field(
        converter=_to_tuple,
        metadata=doc("The languages of the reports, in report order, each once."),
    )
    reports: tuple[MeetingReport, ...] = attrs.field(
        converter=_to_tuple,
        metadata=doc("Every report, in the order the articles were given."),
    )
    warnings: tuple[ParseWarning, ...] = attrs.field(
        default=(),
        converter=_to_tuple,
        metadata=doc("``report-disagreement`` where reports differ on host, mode or kind."),
    )

    @report_count.validator
    def _counted(self, _attribute: object, value: int) -> None:
        if value != len(self.reports):
            raise ValueError(f"report_count is {value} but the cluster has {len(self.reports)}")


def same_person(first: Person, second: Person) -> bool:
    """Tell whether two people, as two articles print them, are one.

    Example:
        >>> from ombudsparse.meetings.extract import person_key
        >>> def p(name): return Person(name=name, key=person_key(name))
        >>> same_person(p("Vladimir Shkolnikov"), p("Vladimir Shkolnikow"))
        True
        >>> same_person(p("Hikmet Babaoglu"), p("H. Babaoğlu"))
        True
        >>> same_person(p("Ola Berg"), p("Ola Nygaard"))
        False
        >>> same_person(p("Despina Chatzivassiliou-Tsovilis"), p("Despina Çatzivasiliu"))
        True
        >>> same_person(p("Şərəf Malkoç"), p("Seref Malkoc"))
        True
        >>> same_person(p("Elmar Sharp"), p("Elnur Sharp"))
        False
    """
    if fuzz.token_sort_ratio(first.key, second.key) >= NAME_SIMILARITY:
        return True
    a, b = first.key.split(), second.key.split()
    if len(a) > len(b):
        a, b = b, a
    if not a:
        return False
    # Same surname: the shorter name's last word is the longer's, or a part of the
    # longer's double surname ("Despina Chatzivassiliou" of "Despina
    # Chatzivassiliou-Tsovilis"; a key has the hyphen as a space).
    if not any(fuzz.ratio(a[-1], word) >= SURNAME_SIMILARITY for word in _surname_words(b)):
        return False
    # The first names must not contradict (an initial or none is fine).
    if len(a) == 1 or len(b) == 1:
        return True
    return _same_first_name(a[0], b[0])


def _same_first_name(first: str, second: str) -> bool:
    """Tell whether two first names' keys may be one name: alike, an initial, one transliterated.

    Transliterations of one name keep its consonants and change its vowels and
    the spelling of a few sounds: Azerbaijani "Şərəf" is "sharaf", the English
    press's "Seref"; "Ceyms" is "jeyms", Russian "Джеймс" "dzheyms", "James".
    """
    a, b = _transliterated(first), _transliterated(second)
    if a[0] != b[0]:
        return False
    if len(first) == 1 or len(second) == 1 or fuzz.ratio(first, second) >= 80:
        return True
    # The consonants alike once the sounds are spelt one way; three at least, as
    # short names of one skeleton ("Ali", "Ala") are different names.
    skeleton = _consonants(a)
    return len(skeleton) >= 3 and skeleton == _consonants(b)


# Spellings of one sound in the keys of transliterated names, each spelt one way.
_SOUNDS = re.compile(r"dzh|dj|zh|sh|ch|tch")
_SOUND = {"dzh": "j", "dj": "j", "zh": "j", "sh": "s", "ch": "c", "tch": "c"}


@functools.lru_cache(maxsize=65_536)
def _transliterated(word: str) -> str:
    """Return a key's word with each sound that transliterations spell apart spelt one way."""
    return _SOUNDS.sub(lambda match: _SOUND[match[0]], word)


def _consonants(word: str) -> str:
    """Return a word's first letter and its consonants, doubled letters once."""
    return _REPEATS.sub(r"\1", _VOWELS.sub("", word.replace("w", "v")))


def _surname_words(words: list[str]) -> list[str]:
    """Return the words of a name's key that may be its surname: all but a first name."""
    return words[1:] if len(words) > 1 else words


# Words that say nothing of which body is meant ("of the", "и", "və" transliterated).
_BODY_STOP = frozenset({"of", "the", "and", "for", "on", "in", "va", "i", "v", "po"})


def _body_key(person: Person) -> str | None:
    """Return the words of the body met: a group's own, a named person's organisation's."""
    if not person.name:
        return _body_of(person.key)
    return _body_of(person_key(person.organisation)) if person.organisation else None


@functools.lru_cache(maxsize=65_536)
def _body_of(key: str) -> str:
    """Return a body's key without the words that do not tell bodies apart."""
    return " ".join(word for word in key.split() if word not in _BODY_STOP)


def _same_body(first: str, second: str) -> bool:
    """Tell whether two bodies' words name one body: alike, or one's words all in the other's.

    One outlet may give the whole name and its acronym, another the short name:
    "Organization of Islamic Cooperation (OIC)" is within "Organization of Islamic
    Cooperation Ombudsmen Association (OIC OA)". A single word ("UN", "University")
    says too little to be within another name.
    """
    if fuzz.token_sort_ratio(first, second) >= NAME_SIMILARITY:
        return True
    a, b = set(first.split()), set(second.split())
    return min(len(a), len(b)) >= 2 and (a <= b or b <= a)


def same_counterpart(first: Person, second: Person) -> bool:
    """Tell whether two counterparts, as two reports give them, are one.

    Two named people are one by :func:`same_person`. A group or organisation met
    as such (no name) is one with another group of the same body, and with a
    named person of that body: one outlet writes "met the delegation of the
    Norland Ombudsman Institution", another names its head.

    Example:
        >>> def body(name): return Person(name="", key=person_key(name), organisation=name)
        >>> ola = Person(name="Ola Berg", key=person_key("Ola Berg"),
        ...              organisation="Norland Ombudsman Institution")
        >>> same_counterpart(ola, body("Ombudsman Institution of Norland"))
        True
        >>> same_counterpart(body("Norland Volunteers Organisation"),
        ...                  body("the Norland Volunteers Organisation"))
        True
        >>> same_counterpart(ola, body("Norland Red Cross Society"))
        False
        >>> same_counterpart(ola, Person(name="Ola Bergh", key=person_key("Ola Bergh")))
        True
    """
    if first.name and second.name:
        return same_person(first, second)
    a, b = _body_key(first), _body_key(second)
    return a is not None and b is not None and _same_body(a, b)


# Day numbers of a leap year: a year-less date is matched by its month and day.
_LEAP_YEAR_START = dt.date(2000, 1, 1)
_LEAP_YEAR_DAYS = 366


def _month_day(value: PublishedDate) -> tuple[dt.date | None, dt.date] | None:
    """Return the full date if the year is known, and the month and day in a leap year."""
    if isinstance(value, YearMonth):
        return None
    if isinstance(value, MonthDay):
        return None, dt.date(2000, value.month, value.day)
    day = value.date() if isinstance(value, dt.datetime) else value
    return day, dt.date(2000, day.month, day.day)


def _dates_close(first: PublishedDate | None, second: PublishedDate | None) -> bool:
    a = _month_day(first) if first is not None else None
    b = _month_day(second) if second is not None else None
    if a is None or b is None:
        return False
    if a[0] is not None and b[0] is not None:  # both years known: real days apart
        return abs((a[0] - b[0]).days) <= DAYS_APART
    # A year is unknown: compare month and day, around the turn of the year too.
    gap = abs((a[1] - b[1]).days)
    return min(gap, _LEAP_YEAR_DAYS - gap) <= DAYS_APART


def _same_meeting(first: Meeting, second: Meeting) -> bool:
    return _dates_close(first.date, second.date) and any(
        same_counterpart(a, b) for a in first.counterparts for b in second.counterparts
    )


def _day_numbers(value: PublishedDate | None) -> tuple[int | None, int] | None:
    """Return the date's day number if its year is known, and its day of a leap year."""
    leap_day = _leap_day(value)
    if value is None or leap_day is None or isinstance(value, YearMonth):
        return None
    if isinstance(value, MonthDay):
        return None, leap_day
    day = value.date() if isinstance(value, dt.datetime) else value
    return day.toordinal(), leap_day


def _sorted_words(text: str) -> str:
    """Return the words of ``text`` in sorted order, one space apart.

    rapidfuzz's ``token_sort_ratio`` (no processor by default since rapidfuzz 3)
    is ``ratio`` of these forms: a block sorts its keys once, not on every look-up.

    Example:
        >>> _sorted_words("ola  berg")
        'berg ola'
    """
    return " ".join(sorted(text.split()))


@attrs.frozen
class _Block:
    """The counterparts of the reports of one day, flattened for rapidfuzz's batch scoring.

    Keys and bodies are kept with their words sorted (:func:`_sorted_words`), so
    that a look-up scores them with ``fuzz.ratio``, which is ``token_sort_ratio``
    without sorting every key again; bodies are also indexed by word, for the
    bodies whose words are within another's (:func:`_same_body`).
    """

    keys: list[str]
    owners: list[int]
    surnames: list[str]
    surname_owners: list[int]
    bodies: list[str]
    body_owners: list[int]
    body_sizes: list[int] = attrs.field(factory=list)
    body_words: dict[str, list[int]] = attrs.field(factory=dict)

    @classmethod
    def of(cls, indices: Iterable[int], meetings: Sequence[Meeting]) -> _Block:
        block = cls(keys=[], owners=[], surnames=[], surname_owners=[], bodies=[], body_owners=[])
        for index in indices:
            for person in meetings[index].counterparts:
                # Names are compared only between named people (same_counterpart): a
                # group's words ("members of the Office of the ...") in the name index
                # would make every group a candidate of every other.
                if person.name:
                    block.keys.append(_sorted_words(person.key))
                    block.owners.append(index)
                    for word in _surname_words(person.key.split()):
                        block.surnames.append(word)
                        block.surname_owners.append(index)
                body = _body_key(person)
                if body is not None:
                    words = set(body.split())
                    for word in words:
                        block.body_words.setdefault(word, []).append(len(block.bodies))
                    block.bodies.append(_sorted_words(body))
                    block.body_owners.append(index)
                    block.body_sizes.append(len(words))
        return block

    def candidates(self, person: Person) -> set[int]:
        """Return the reports with a counterpart that may be ``person`` (a superset, never less).

        :func:`same_person` needs the keys' token-sort ratio or the surnames'
        ratio at its thresholds, :func:`_same_body` the bodies' token-sort ratio
        or one's words (two at least) within the other's; the cut-offs here are
        a point lower, so that no rounding can drop a pair, and every candidate
        is checked again.
        """
        found: set[int] = set()
        if person.name and self.keys:
            found.update(
                self.owners[k]
                for _, _, k in process.extract(
                    _sorted_words(person.key),
                    self.keys,
                    scorer=fuzz.ratio,
                    score_cutoff=NAME_SIMILARITY - 1,
                    limit=None,
                )
            )
        body = _body_key(person)
        if body is not None and self.bodies:
            found.update(
                self.body_owners[k]
                for _, _, k in process.extract(
                    _sorted_words(body),
                    self.bodies,
                    scorer=fuzz.ratio,
                    score_cutoff=NAME_SIMILARITY - 1,
                    limit=None,
                )
            )
            found.update(self.body_owners[k] for k in self._within(body))
        if person.name and self.surnames:
            # Each word that may be a surname against every such word of the others:
            # the shorter name's last word is among them, and so is the longer's match.
            for word in _surname_words(person.key.split()):
                found.update(
                    self.surname_owners[k]
                    for _, _, k in process.extract(
                        word,
                        self.surnames,
                        scorer=fuzz.ratio,
                        score_cutoff=SURNAME_SIMILARITY - 1,
                        limit=None,
                    )
                )
        return found

    def _within(self, body: str) -> list[int]:
        """Return the bodies (by position) whose words are within ``body``'s or hold them all.

        Of two word sets, the smaller is within the other when every one of its
        words is shared: counting, per body, the words it shares with ``body``
        tells both directions at once. Sets of one word say too little
        (:func:`_same_body`) and are left out.
        """
        words = set(body.split())
        if len(words) < 2:
            return []
        shared = Counter(k for word in words for k in self.body_words.get(word, ()))
        return [
            k
            for k, count in shared.items()
            if self.body_sizes[k] >= 2 and count == min(len(words), self.body_sizes[k])
        ]


def _matching_pairs(meetings: Sequence[Meeting]) -> Iterator[tuple[int, int]]:
    """Yield the pairs of meetings (by index) that :func:`_same_meeting` matches.

    Instead of every pair, only meetings in the same date window are compared
    (dates known to the day: the days up to ``DAYS_APART`` later; year-less
    dates: the same days of a leap year in any year), and within a window only
    those with a counterpart of a similar name, found by rapidfuzz in one
    batch per day. Each candidate is then checked by :func:`_same_meeting`
    itself, so the pairs are exactly those of comparing all pairs.
    """
    days: dict[int, list[int]] = {}
    leap_days: dict[int, list[int]] = {}
    yearless: dict[int, int] = {}
    for index, meeting in enumerate(meetings):
        numbers = _day_numbers(meeting.date)
        if numbers is None or not meeting.counterparts:
            continue  # an undated or unusable date, or no counterpart, matches nothing
        day, leap_day = numbers
        leap_days.setdefault(leap_day, []).append(index)
        if day is None:
            yearless[index] = leap_day
        else:
            days.setdefault(day, []).append(index)
    blocks: dict[tuple[bool, int], _Block] = {}

    def block(leap: bool, number: int, indices: list[int]) -> _Block:
        found = blocks.get((leap, number))
        if found is None:
            found = blocks[leap, number] = _Block.of(indices, meetings)
        return found

    def matches(index: int, others: _Block, after: Callable[[int], bool]) -> Iterator[int]:
        """Yield the reports of ``others`` that ``after`` admits and that match ``index``."""
        meeting = meetings[index]
        candidates = set().union(*(others.candidates(p) for p in meeting.counterparts))
        for other in sorted(candidates):
            if after(other) and _same_meeting(meeting, meetings[other]):
                yield other

    def anyone(_: int) -> bool:
        return True

    # Both dates known to the day: this day and the next DAYS_APART days.
    for day, indices in days.items():
        for gap in range(DAYS_APART + 1):
            later = days.get(day + gap)
            if later is None:
                continue
            others = block(False, day + gap, later)
            for index in indices:
                # The same day: each pair once, from its first report.
                for other in matches(index, others, index.__lt__ if gap == 0 else anyone):
                    yield index, other
    # A year-less date: the same days of the leap year in any year, dated or year-less
    # (two year-less reports once, from the first).
    for index, leap_day in yearless.items():

        def after(other: int, index: int = index) -> bool:
            return other not in yearless or other > index

        near_days = {
            (leap_day + gap) % _LEAP_YEAR_DAYS for gap in range(-DAYS_APART, DAYS_APART + 1)
        }
        for number in sorted(near_days):
            near = leap_days.get(number)
            if near is not None:
                for other in matches(index, block(True, number, near), after):
                    yield index, other


# What becomes of a report without a day to go by: see cluster_meetings.
_UNDATED_CHOICES = ("alone", "unique")


def cluster_meetings(
    articles: Iterable[Article], *, undated: Literal["alone", "unique"] = "alone"
) -> list[MeetingCluster]:
    r"""Group the meetings that several articles report into one cluster per meeting.

    Reports match when dated at most a day apart (a year-less date matches by
    month and day) and a counterpart matches despite spelling variants
    (:func:`same_counterpart`: a person by name, a group by its body).

    A report without a day (no date, or only a month) stays alone by default:
    nothing ties it to a day. With ``undated="unique"`` it joins the cluster of
    dated reports that has a counterpart of the same key as one of its own (the
    same name once transliterated, or the same body's words) when exactly one
    cluster has (of its month, for a report dated to a month); with none or
    several it stays alone. Its ``date`` in the cluster stays ``None``, so a
    reader can tell it was joined by name alone.

    Raises:
        InvalidArgumentError: ``undated`` is neither ``"alone"`` nor ``"unique"``.

    Example:
        >>> import datetime as dt
        >>> import ombudsparse
        >>> trend = ombudsparse.parse(
        ...     "BAKU, Azerbaijan, May 12. The Ombudsperson Sabina Aliyeva received the "
        ...     "Ambassador of Norland, Ola Berg, Trend reports.",
        ...     reference_date=dt.date(2024, 5, 20))
        >>> azernews = ombudsparse.parse(
        ...     "12 May 2024 17:02 (UTC+04:00)\nThe Ombudswoman Sabina Aliyeva met with the "
        ...     "Norland Ambassador, Ola Bergh, Azernews reports.")
        >>> (cluster,) = cluster_meetings([trend, azernews])
        >>> [source.value for source in cluster.sources]
        ['trend', 'azernews']
        >>> copy = ombudsparse.parse(
        ...     "Ombudsman Sabina Aliyeva met with the Ambassador of Norland, Ola Berg.")
        >>> [c.report_count for c in cluster_meetings([trend, azernews, copy])]
        [2, 1]
        >>> [c.report_count for c in cluster_meetings([trend, azernews, copy], undated="unique")]
        [3]
    """
    _check_undated(undated, "cluster_meetings()")
    reports = [
        MeetingReport.of(article, meeting)
        for article in check_items(
            articles, Article, name="articles", function="cluster_meetings()"
        )
        for meeting in extract_meetings(article)
    ]
    return cluster_reports(reports, undated=undated)


def _check_undated(undated: object, function: str) -> None:
    """Raise the caller's error for an ``undated`` that is not one of the choices."""
    if undated not in _UNDATED_CHOICES:
        raise InvalidArgumentError(
            f"{function}: undated must be 'alone' or 'unique', not {undated!r}"
        )


def cluster_reports(
    reports: Sequence[MeetingReport], *, undated: Literal["alone", "unique"] = "alone"
) -> list[MeetingCluster]:
    """Group meeting reports into clusters, as :func:`cluster_meetings` does for articles.

    For callers that already hold the reports (one extraction serving several
    uses, as the HTML report does). Clusters are the connected components of
    matching reports, each listing the very report objects given, in their order.
    ``undated`` is :func:`cluster_meetings`'.
    """
    _check_undated(undated, "cluster_reports()")
    parent = list(range(len(reports)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    meetings = [report.meeting for report in reports]
    for i, j in _matching_pairs(meetings):
        parent[root(j)] = root(i)
    if undated == "unique":
        for i, j in _undated_joins(meetings, root):
            parent[root(i)] = root(j)

    groups: dict[int, list[MeetingReport]] = {}
    for index, report in enumerate(reports):
        groups.setdefault(root(index), []).append(report)
    clusters = [_cluster(members) for members in groups.values()]
    return _with_unique_ids(clusters)


def _name_keys(person: Person) -> list[tuple[str, str]]:
    """Return a named person's (initial, surname) keys: what spellings of the name share.

    Each word that may be the surname, and the first name's initial (``""``
    without one), with the sounds transliterations spell apart spelt one way:
    "Şərəf Malkoç" and "Seref Malkoc" share ``("s", "malkoc")``. The candidates
    they find are then checked by :func:`same_person`.
    """
    words = [_transliterated(word) for word in person.key.split()] if person.name else []
    initial = words[0][0] if len(words) > 1 else ""
    return [(initial, word) for word in _surname_words(words)]


def _body_keys(person: Person) -> str | None:
    """Return the words of the body an undated report is joined by, if any."""
    # A group known only by who they are ("citizens", "journalists") names no body: on
    # no day to go by, it would join whichever such meeting the batch holds.
    return _body_key(person) if person.organisation else None


def _undated_joins(
    meetings: Sequence[Meeting], root: Callable[[int], int]
) -> Iterator[tuple[int, int]]:
    """Yield (undated report, a dated report of the one cluster it joins).

    A dated report is a candidate when a counterpart names the same body, or
    has the same surname and initial once transliterated (:func:`_name_keys`),
    the person then being the same by :func:`same_person`. A cluster with the
    very key of the undated report's person is the stronger evidence: a
    spelling variant decides only where no cluster has it. Dictionaries of the
    dated reports' keys, looked up a few times per undated counterpart: the cost
    grows with the reports (and with the dated reports of one surname and
    initial), and the clusters of dated reports are settled before (``root``),
    so the order of the reports does not matter.
    """
    by_body: dict[str, list[int]] = {}
    by_name: dict[tuple[str, str], list[tuple[Person, int]]] = {}
    initials: dict[str, set[str]] = {}
    undated: list[int] = []
    for index, meeting in enumerate(meetings):
        if not meeting.counterparts:
            continue
        if _day_numbers(meeting.date) is None:
            undated.append(index)
            continue
        for person in meeting.counterparts:
            body = _body_keys(person)
            if body:
                by_body.setdefault(body, []).append(index)
            for key in set(_name_keys(person)):
                by_name.setdefault(key, []).append((person, index))
                initials.setdefault(key[1], set()).add(key[0])
    for index in undated:
        meeting = meetings[index]
        month = meeting.date if isinstance(meeting.date, YearMonth) else None
        exact: set[int] = set()
        alike: set[int] = set()
        for person in meeting.counterparts:
            body = _body_keys(person)
            exact.update(by_body.get(body, ()) if body else ())
            for initial, surname in _name_keys(person):
                # A first name matches no first name, and no first name matches any.
                for letter in {initial, ""} if initial else initials.get(surname, ()):
                    for candidate, other in by_name.get((letter, surname), ()):
                        if candidate.key == person.key:
                            exact.add(other)
                        elif same_person(person, candidate):
                            alike.add(other)
        for found in (exact, exact | alike):
            clusters = {
                root(other): other
                for other in sorted(found)
                if month is None or _in_month(meetings[other].date, month)
            }
            if len(clusters) == 1:
                yield index, next(iter(clusters.values()))
            if clusters:
                break


def _in_month(value: PublishedDate | None, month: YearMonth) -> bool:
    """Tell whether a dated report's day may fall in the month (a year-less day: by month)."""
    if value is None or isinstance(value, YearMonth):
        return False
    if isinstance(value, MonthDay):
        return value.month == month.month
    return (value.year, value.month) == (month.year, month.month)


def _cluster(members: Sequence[MeetingReport]) -> MeetingCluster:
    """Build the cluster of matching reports: what they agree on, and where they differ."""
    if len(members) == 1:  # most clusters: one report, nothing to agree on
        (report,) = members
        meeting = report.meeting
        return MeetingCluster(
            cluster_id=_cluster_id(members),
            date=meeting.date,
            host=meeting.host,
            counterparts=_distinct_people(meeting.counterparts),
            mode=meeting.mode,
            kind=meeting.kind,
            report_count=1,
            sources=(report.source,),
            languages=(report.language,),
            reports=(report,),
        )
    dates = [r.meeting.date for r in members if r.meeting.date is not None]
    warnings: list[ParseWarning] = []
    hosts = {r.meeting.host.key: r.meeting.host for r in reversed(members)}
    host_key = _agreed(members, "host", lambda r: r.meeting.host.key, None, warnings)
    mode = _agreed(members, "mode", lambda r: r.meeting.mode, MeetingMode.UNKNOWN, warnings)
    kind = _agreed(members, "kind", lambda r: r.meeting.kind, None, warnings)
    return MeetingCluster(
        cluster_id=_cluster_id(members),
        date=_most_precise(dates),
        host=hosts[host_key],
        counterparts=_distinct_people(p for r in members for p in r.meeting.counterparts),
        mode=mode,
        kind=kind,
        report_count=len(members),
        sources=tuple(dict.fromkeys(r.source for r in members)),
        languages=tuple(dict.fromkeys(r.language for r in members)),
        reports=tuple(members),
        warnings=tuple(warnings),
    )


def _most_precise(dates: Sequence[PublishedDate]) -> PublishedDate | None:
    """Return the most precise date, the earliest of those as precise (whatever the order)."""
    if not dates:
        return None
    best = max(precision(value) for value in dates)
    return min((value for value in dates if precision(value) == best), key=_date_order)


def _date_order(value: PublishedDate) -> tuple[float, ...]:
    if isinstance(value, dt.datetime):
        return (value.timestamp(),)
    if isinstance(value, dt.date):
        return (value.toordinal(),)
    if isinstance(value, YearMonth):
        return (value.year, value.month)
    return (value.month, value.day)


def _distinct_people(people: Iterable[Person]) -> tuple[Person, ...]:
    """Return each person once (the first spelling met), by :func:`same_person`."""
    kept: list[Person] = []
    for person in people:
        if not any(same_person(person, known) for known in kept):
            kept.append(person)
    return tuple(kept)


def _agreed(
    members: Sequence[MeetingReport],
    field: str,
    value: Callable[[MeetingReport], _T],
    unknown: _T | None,
    warnings: list[ParseWarning],
) -> _T:
    """Return the value most reports give (a known one over ``unknown``; a tie: the first's).

    Reports that give different known values add a ``report-disagreement`` warning.
    """
    values = [value(report) for report in members]
    if len(set(values)) == 1:  # the common case: one report, or reports that agree
        return values[0]
    counts = Counter(v for v in values if v != unknown)
    if not counts:
        return values[0]
    best = max(counts.values())
    chosen = next(v for v in values if counts.get(v) == best)
    if len(counts) > 1:
        pairs = list(zip(members, values, strict=True))
        said = "; ".join(
            f"{_shown(v)} ({', '.join(_outlet(r) for r, w in pairs if w == v)})" for v in counts
        )
        warnings.append(
            ParseWarning(
                code=WarningCode.REPORT_DISAGREEMENT,
                field=field,
                message=f"the reports differ on the {field}: {said}; kept {_shown(chosen)}",
            )
        )
    return chosen


def _shown(value: object) -> str:
    return str(value.value) if isinstance(value, enum.Enum) else str(value)


def _outlet(report: MeetingReport) -> str:
    return report.source.value if report.source is not None else report.url or "unknown outlet"


# What of a surname survives spelling variants: its first letter, then its consonants.
_VOWELS = re.compile(r"(?<=.)[aeiouy]+")
_REPEATS = re.compile(r"(.)\1+")


def _skeleton(person: Person) -> str | None:
    """Return a spelling-proof form of the person's surname (of a group: its last word)."""
    return _key_skeleton(person.key)


@functools.lru_cache(maxsize=65_536)
def _key_skeleton(key: str) -> str | None:
    words = key.split()
    return (_consonants(words[-1]) or None) if words else None


def _identity(report: MeetingReport) -> str:
    """Return what names one report for as long as its input does: URL or input, and place."""
    where = report.url or report.input or ""
    span = report.meeting.evidence
    return f"{where}#{span.paragraph}:{span.start}"


def _cluster_id(members: Sequence[MeetingReport]) -> str:
    """Return the cluster's identifier, from what stays when reports are added.

    The meeting's day is the earliest month and day among the reports (a
    later report cannot be earlier than the meeting; the year is left out, so
    a report with a year-less date keeps the id of its cluster); the person is
    the surname skeleton most reports' first counterpart has (a tie: the
    smallest). A cluster with neither is one report, named by its URL or input.
    """
    days = sorted(n for r in members if (n := _leap_day(r.meeting.date)) is not None)
    firsts = Counter(
        skeleton
        for r in members
        if r.meeting.counterparts
        for skeleton in [_skeleton(r.meeting.counterparts[0])]
        if skeleton is not None
    )
    if days and firsts:
        if days[-1] - days[0] > _LEAP_YEAR_DAYS // 2:  # across a year end: December first
            days = sorted((d + _LEAP_YEAR_DAYS if d < _LEAP_YEAR_DAYS // 2 else d) for d in days)
        first = _LEAP_YEAR_START + dt.timedelta(days=days[0] % _LEAP_YEAR_DAYS)
        best = max(firsts.values())
        person = min(s for s, n in firsts.items() if n == best)
        seed = f"{first.month:02d}-{first.day:02d}|{person}"
    else:
        seed = "report|" + min(_identity(r) for r in members)
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:12]


# The day number (from 0) of each month's first day in a leap year.
_LEAP_MONTH_STARTS = (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335)


def _leap_day(value: PublishedDate | None) -> int | None:
    """Return the date's day of a leap year (from 0): matching ignores the year."""
    if value is None or isinstance(value, YearMonth):
        return None
    return _LEAP_MONTH_STARTS[value.month - 1] + value.day - 1


def _with_unique_ids(clusters: list[MeetingCluster]) -> list[MeetingCluster]:
    """Tell apart clusters whose ids coincide (one person met on one day of two years).

    The one with the earliest year (year-less last; then by first report) keeps
    the id; the others get ``-2``, ``-3``... in that order.
    """
    by_id: dict[str, list[int]] = {}
    for index, cluster in enumerate(clusters):
        by_id.setdefault(cluster.cluster_id, []).append(index)
    for indices in by_id.values():
        if len(indices) < 2:
            continue
        indices.sort(key=lambda i: _order(clusters[i]))
        for rank, index in enumerate(indices[1:], 2):
            clusters[index] = attrs.evolve(
                clusters[index], cluster_id=f"{clusters[index].cluster_id}-{rank}"
            )
    return clusters


def _order(cluster: MeetingCluster) -> tuple[int, str]:
    years = [
        r.meeting.date.year
        for r in cluster.reports
        if r.meeting.date is not None and not isinstance(r.meeting.date, MonthDay)
    ]
    return (min(years) if years else 10_000), min(_identity(r) for r in cluster.reports)
