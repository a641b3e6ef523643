"""The record schema: frozen, slotted, typed attrs classes and nothing else.

Every field documents itself through its metadata (see
:mod:`ombudsparse._fielddoc`); the same text becomes the API documentation and
the JSON Schema's descriptions.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal, TypeVar, Union

import attrs

from ombudsparse._fielddoc import doc, documented
from ombudsparse.errors import ParseWarning

__all__ = [
    "FIELD_NAMES",
    "Article",
    "Dateline",
    "FieldName",
    "Language",
    "Layer",
    "MonthDay",
    "PublishedDate",
    "ReadOnlyMapping",
    "Source",
    "YearMonth",
    "field_range",
    "whole_minute_offset",
    "whole_minutes",
]


class Source(enum.Enum):
    """The sources ombudsparse knows. The values appear in JSON output.

    Example:
        >>> Source("trend"), Source.AZERNEWS.value
        (<Source.TREND: 'trend'>, 'azernews')
    """

    #: Trend News Agency (``trend.az`` and its editions).
    TREND = "trend"
    #: Azernews (``azernews.az``).
    AZERNEWS = "azernews"
    #: The Commissioner's own site (``ombudsman.az``, ``ombudsman.gov.az``).
    OMBUDSMAN = "ombudsman"


class Layer(enum.Enum):
    """Where in the input a field's value was found (see :attr:`Article.provenance`).

    Example:
        >>> import ombudsparse
        >>> article = ombudsparse.parse(
        ...     "BAKU, Azerbaijan, November 14. The Ombudsman, Sabina Aliyeva, received "
        ...     "the Ambassador of Norland, Ola Berg, the Ombudsman's Office told Trend.")
        >>> article.provenance["published"], article.provenance["language"]
        (<Layer.TEXT: 'text'>, <Layer.GUESS: 'guess'>)
    """

    #: A JSON-LD object of the page (``<script type="application/ld+json">``).
    JSON_LD = "json-ld"
    #: A ``<meta>`` tag or microdata attribute (``og:title``, ``article:published_time``).
    META = "meta"
    #: The visible markup of a recognised page layout (``h1``, ``span.date-time``).
    MARKUP = "markup"
    #: Found by content, not structure: a page whose layout was not recognised.
    CONTENT = "content"
    #: The generic extractor (trafilatura) for a page of another outlet.
    GENERIC = "generic"
    #: Extracted page text (input that is not HTML).
    TEXT = "text"
    #: An extraction tool's `` date YYYY-MM-DD`` prefix line.
    PREFIX = "prefix"
    #: The page's URL (its edition gives the language).
    URL = "url"
    #: Guessed from the body's letters (the language).
    GUESS = "guess"


class Language(enum.Enum):
    """Languages of the editions, as ISO 639-1 codes.

    Example:
        >>> import ombudsparse
        >>> ombudsparse.parse("Müvəkkil Səbinə Əliyeva Norland səfirini qəbul edib.").language
        <Language.AZ: 'az'>
    """

    #: English.
    EN = "en"
    #: Azerbaijani.
    AZ = "az"
    #: Russian.
    RU = "ru"


def _valid_month(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not 1 <= value <= 12:
        raise ValueError(f"{attribute.name} must be 1..12, not {value}")


@documented
@attrs.frozen(kw_only=True, order=True)
class MonthDay:
    """A calendar day whose year the input does not give.

    Its JSON form is ISO 8601's form without year, ``--MM-DD``. February 29 is
    allowed: it exists in some year.

    Example:
        >>> MonthDay(month=11, day=14).isoformat()
        '--11-14'
        >>> MonthDay.fromisoformat("--02-29")
        MonthDay(month=2, day=29)
    """

    month: int = attrs.field(validator=_valid_month, metadata=doc("Month, 1 to 12."))
    day: int = attrs.field(metadata=doc("Day of the month, 1 to 31 as the month allows."))

    @day.validator
    def _check_day(self, _attribute: attrs.Attribute[int], value: int) -> None:
        # 2000 is a leap year, so every day that exists in some year passes.
        if not 1 <= value <= calendar.monthrange(2000, self.month)[1]:
            raise ValueError(f"month {self.month} has no day {value}")

    def isoformat(self) -> str:
        """Return the ISO 8601 form without year, ``--MM-DD``."""
        return f"--{self.month:02d}-{self.day:02d}"

    @classmethod
    def fromisoformat(cls, text: str) -> MonthDay:
        """Parse ``--MM-DD``; raise :class:`ValueError` on anything else."""
        if len(text) != 7 or not text.startswith("--") or text[4] != "-":
            raise ValueError(f"not a --MM-DD date: {text!r}")
        month, day = text[2:4], text[5:7]
        if not (month.isdigit() and day.isdigit() and month.isascii() and day.isascii()):
            raise ValueError(f"not a --MM-DD date: {text!r}")
        return cls(month=int(month), day=int(day))


@documented
@attrs.frozen(kw_only=True, order=True)
class YearMonth:
    """A month of a year, with no day (for example from a `` date 2019-11`` prefix).

    Example:
        >>> YearMonth(year=2019, month=11).isoformat()
        '2019-11'
    """

    year: int = attrs.field(metadata=doc("Year, four digits."))
    month: int = attrs.field(validator=_valid_month, metadata=doc("Month, 1 to 12."))

    @year.validator
    def _check_year(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if not 1 <= value <= 9999:
            raise ValueError(f"year must be 1..9999, not {value}")

    def isoformat(self) -> str:
        """Return the ISO 8601 form ``YYYY-MM``."""
        return f"{self.year:04d}-{self.month:02d}"

    @classmethod
    def fromisoformat(cls, text: str) -> YearMonth:
        """Parse ``YYYY-MM``; raise :class:`ValueError` on anything else."""
        year, sep, month = text.partition("-")
        if not (sep and len(year) == 4 and len(month) == 2):
            raise ValueError(f"not a YYYY-MM date: {text!r}")
        if not (year + month).isdigit() or not (year + month).isascii():
            raise ValueError(f"not a YYYY-MM date: {text!r}")
        return cls(year=int(year), month=int(month))


#: What is known of a publication date, from most to least precise: a
#: timezone-aware :class:`~datetime.datetime`, a :class:`~datetime.date`, a
#: :class:`YearMonth`, or a :class:`MonthDay` (no year).
PublishedDate = Union[dt.datetime, dt.date, YearMonth, MonthDay]  # noqa: UP007 (runtime alias)


def whole_minute_offset(value: Any) -> Any:
    """Round a datetime's UTC offset to the nearest whole minute, keeping its wall time.

    ISO 8601 and the JSON Schema write offsets as ``±HH:MM``. Baku kept local
    mean time until 1924, ``+03:19:24`` in the time zone database, so a page
    dated then would otherwise carry an offset with seconds; it becomes
    ``+03:19`` (the instant moves by those seconds, the time as printed stays).
    Other values are returned unchanged.

    Example:
        >>> lmt = dt.timezone(dt.timedelta(hours=3, minutes=19, seconds=24))
        >>> whole_minute_offset(dt.datetime(1900, 5, 1, 10, 0, tzinfo=lmt)).isoformat()
        '1900-05-01T10:00:00+03:19'
    """
    if not isinstance(value, dt.datetime):
        return value
    offset = value.utcoffset()
    if offset is None or offset == whole_minutes(offset):
        return value
    return value.replace(tzinfo=dt.timezone(whole_minutes(offset)))


def whole_minutes(offset: dt.timedelta) -> dt.timedelta:
    """Round a UTC offset to the nearest whole minute (half a minute rounds up).

    Example:
        >>> whole_minutes(dt.timedelta(hours=3, minutes=19, seconds=24))
        datetime.timedelta(seconds=11940)
    """
    return dt.timedelta(minutes=(offset + dt.timedelta(seconds=30)) // dt.timedelta(minutes=1))


def _check_published(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"published must be timezone-aware, not {value.isoformat()}")
        return
    if not isinstance(value, (dt.date, YearMonth, MonthDay)):
        raise TypeError(f"published must be a PublishedDate, not {type(value).__name__}")


def _check_paragraphs(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise TypeError(f"{attribute.name} must be a tuple, not {type(value).__name__}")
    for item in value:
        if not isinstance(item, str) or not item.strip() or item != item.strip():
            raise ValueError(
                f"{attribute.name} items must be non-empty, stripped strings: {item!r}"
            )


def _clean_str(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise ValueError(f"{attribute.name} must be a non-empty stripped string: {value!r}")


def _optional_clean_str(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise ValueError(
            f"{attribute.name} must be None or a non-empty stripped string: {value!r}"
        )


def _to_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


_K = TypeVar("_K")
_V = TypeVar("_V")


class ReadOnlyMapping(Mapping[_K, _V]):
    """A read-only mapping, so that a frozen record stays frozen all the way down.

    It compares equal to any mapping with the same items, pickles (for worker
    processes), and offers no way to change it.

    Example:
        >>> m = ReadOnlyMapping({"title": 1})
        >>> m == {"title": 1}, m["title"], len(m)
        (True, 1, 1)
        >>> m["title"] = 2
        Traceback (most recent call last):
        ...
        TypeError: 'ReadOnlyMapping' object does not support item assignment
    """

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[_K, _V] | None = None) -> None:
        self._items: dict[_K, _V] = dict(items or {})

    def __getitem__(self, key: _K) -> _V:
        return self._items[key]

    def __iter__(self) -> Iterator[_K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"ReadOnlyMapping({self._items!r})"

    def __reduce__(self) -> tuple[type[ReadOnlyMapping[_K, _V]], tuple[dict[_K, _V]]]:
        return ReadOnlyMapping, (self._items,)


def _check_field_name(instance: Any, _attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"provenance keys must be field names, not {type(value).__name__}")
    if value not in _field_names(instance.__class__):
        raise ValueError(f"provenance names {value!r}, which is no field of the record")


@functools.lru_cache(maxsize=8)
def _field_names(cls: type) -> frozenset[str]:
    # A class's fields do not change: looked up once, not once per key of every record.
    return frozenset(attrs.fields_dict(cls))


_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _checked_fast(passes: Callable[[Any], bool], full: _Validator) -> _Validator:
    """Return a validator that lets what ``passes`` accepts through, and runs ``full`` on the rest.

    ``passes`` accepts only what ``full`` accepts, so the record is checked as before;
    a value ``full`` refuses still gets ``full``'s error. Every record is built through
    these, so the common value costs one call instead of attrs' nested validators.
    """

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not passes(value):
            full(instance, attribute, value)

    return check


def _optional_of(cls: type) -> _Validator:
    """``attrs.validators.optional(attrs.validators.instance_of(cls))``, with a fast path."""
    return _checked_fast(
        lambda value: value is None or isinstance(value, cls),
        attrs.validators.optional(attrs.validators.instance_of(cls)),
    )


def _check_provenance(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    names = _field_names(instance.__class__)
    # Layer is an enum with members: no subclass of it can exist, so the type tells.
    if all(type(key) is str and key in names for key in value) and all(
        type(layer) is Layer for layer in value.values()
    ):
        return
    _PROVENANCE(instance, attribute, value)


_PROVENANCE = attrs.validators.deep_mapping(
    key_validator=_check_field_name,
    value_validator=attrs.validators.instance_of(Layer),
)


def _to_provenance(value: Mapping[str, Layer]) -> Mapping[str, Layer]:
    return ReadOnlyMapping(value)


@documented
@attrs.frozen(kw_only=True)
class Dateline:
    """An article's dateline: where and when, as printed.

    Example:
        >>> Dateline(text="BAKU, Azerbaijan, November 14", place="BAKU",
        ...          date_text="November 14").place
        'BAKU'
    """

    text: str = attrs.field(
        validator=_clean_str,
        metadata=doc("The dateline as printed, without its final punctuation."),
    )
    place: str | None = attrs.field(
        default=None,
        validator=_optional_clean_str,
        metadata=doc("The place as printed (``BAKU``, ``БАКУ``), or ``None`` when none is given."),
    )
    date_text: str | None = attrs.field(
        default=None,
        validator=_optional_clean_str,
        metadata=doc(
            "The date as printed (``November 14``, ``30-11-2022``), or ``None`` when the "
            "dateline has no date."
        ),
    )


@documented
@attrs.frozen(kw_only=True)
class Article:
    """One news article about the Ombudsman, as a clean, validated record.

    Records are immutable; use :func:`attrs.evolve` to derive a changed copy.
    :func:`ombudsparse.to_json` and :func:`ombudsparse.from_json` convert them
    to and from JSON without loss.

    Example:
        >>> art = Article(body=("The Ombudsman received a delegation.",))
        >>> art.source is None, art.body[0]
        (True, 'The Ombudsman received a delegation.')
    """

    source: Source | None = attrs.field(
        default=None,
        validator=_optional_of(Source),
        metadata=doc(
            "The source the article was published by, or ``None`` when nothing in the input "
            "identifies one (then a ``source-unknown`` warning is attached).",
            json='``"trend"``, ``"azernews"``, ``"ombudsman"`` or ``null``.',
        ),
    )
    url: str | None = attrs.field(
        default=None,
        validator=_optional_clean_str,
        metadata=doc("The page's URL when the caller gave it."),
    )
    language: Language | None = attrs.field(
        default=None,
        validator=_optional_of(Language),
        metadata=doc(
            "The language of the body: from the URL's edition when given, else from the "
            "body's script and letters.",
            json='``"en"``, ``"az"``, ``"ru"`` or ``null``.',
        ),
    )
    title: str | None = attrs.field(
        default=None,
        validator=_optional_clean_str,
        metadata=doc("The headline, or ``None`` when the input does not carry one."),
    )
    authors: tuple[str, ...] = attrs.field(
        default=(),
        converter=_to_tuple,
        validator=_check_paragraphs,
        metadata=doc("Bylined authors as printed, in order; empty when none is named."),
    )
    categories: tuple[str, ...] = attrs.field(
        default=(),
        converter=_to_tuple,
        validator=_check_paragraphs,
        metadata=doc(
            "The site's sections or categories for the article, as printed (``Politics``); "
            "empty when the input names none."
        ),
    )
    published: PublishedDate | None = attrs.field(
        default=None,
        converter=whole_minute_offset,
        validator=_check_published,
        metadata=doc(
            "The publication date, exactly as precise as the input: a timezone-aware "
            "datetime, a date, a :class:`YearMonth`, or a :class:`MonthDay` when the "
            "year is not in the input. Local times are Baku time unless the input gives "
            "an offset; offsets are whole minutes (see :func:`whole_minute_offset`).",
            json='``"2023-09-21T16:21:00+04:00"``, ``"2022-11-30"``, ``"2019-11"``, '
            '``"--11-14"`` or ``null``.',
        ),
    )
    dateline: Dateline | None = attrs.field(
        default=None,
        validator=_optional_of(Dateline),
        metadata=doc("The dateline (place and date as printed), when the input has one."),
    )
    body: tuple[str, ...] = attrs.field(
        default=(),
        converter=_to_tuple,
        validator=_check_paragraphs,
        metadata=doc(
            "The article's paragraphs, clean: no dateline, page chrome, repeated title or "
            "footer, white space normalised."
        ),
    )
    view_count: int | None = attrs.field(
        default=None,
        metadata=doc("How many times the page was read, as the page printed it."),
    )
    attribution: str | None = attrs.field(
        default=None,
        validator=_optional_clean_str,
        metadata=doc(
            "Who the text is attributed to, as printed: ``the Ombudsman's Office`` in "
            "``..., the Ombudsman's Office told Trend``."
        ),
    )
    cited_agencies: tuple[str, ...] = attrs.field(
        default=(),
        converter=_to_tuple,
        validator=_check_paragraphs,
        metadata=doc(
            "Other news agencies the text cites, as printed: ``Azertaj`` in ``As Azertaj "
            "was told by ...``."
        ),
    )
    syndicated_from: str | None = attrs.field(
        default=None,
        validator=_optional_clean_str,
        metadata=doc(
            "For copies on other sites, the original as the copy names it: "
            "``Trend News Agency`` in ``(MENAFN- Trend News Agency)``."
        ),
    )
    layout: str | None = attrs.field(
        default=None,
        validator=_optional_clean_str,
        metadata=doc(
            "For HTML pages, the name of the page layout that was recognised (for example "
            "``trend-2020``), or ``None`` for text input and unrecognised pages."
        ),
    )
    provenance: Mapping[str, Layer] = attrs.field(
        factory=dict,
        converter=_to_provenance,
        hash=False,
        validator=_check_provenance,
        metadata=doc(
            "For each field that was found (by its name), the layer of the input it came from.",
            json='an object such as ``{"title": "json-ld", "published": "meta", "body": '
            '"markup"}``.',
        ),
    )
    warnings: tuple[ParseWarning, ...] = attrs.field(
        default=(),
        converter=_to_tuple,
        validator=_checked_fast(
            lambda value: all(isinstance(item, ParseWarning) for item in value),
            attrs.validators.deep_iterable(attrs.validators.instance_of(ParseWarning)),
        ),
        metadata=doc("Recoverable oddities found while parsing; see :class:`WarningCode`."),
    )

    @view_count.validator
    def _check_view_count(self, _attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"view_count must be None or an int >= 0, not {value!r}")


#: The name of a field of :class:`Article`, as provenance, drift reports and
#: layouts' promises name them: mypy checks every name typed by hand, and the
#: import below checks the list against the class itself.
# fmt: off
FieldName = Literal[
    "source", "url", "language", "title", "authors", "categories", "published", "dateline",
    "body", "view_count", "attribution", "cited_agencies", "syndicated_from", "layout",
    "provenance", "warnings",
]
# fmt: on

#: Every field name, in the order of the record.
FIELD_NAMES: tuple[FieldName, ...] = typing.get_args(FieldName)

if tuple(field.name for field in attrs.fields(Article)) != FIELD_NAMES:  # pragma: no cover
    raise TypeError("FieldName must list the fields of Article, in their order")


def field_range(first: FieldName, last: FieldName) -> tuple[FieldName, ...]:
    """Return the field names from ``first`` to ``last``, in record order.

    Example:
        >>> field_range("title", "categories")
        ('title', 'authors', 'categories')
    """
    return FIELD_NAMES[FIELD_NAMES.index(first) : FIELD_NAMES.index(last) + 1]
