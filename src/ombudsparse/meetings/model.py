"""The meeting schema: frozen, typed attrs classes."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from ombudsparse._fielddoc import doc, documented
from ombudsparse.errors import ParseWarning
from ombudsparse.model import Article, PublishedDate, ReadOnlyMapping

__all__ = [
    "ArticleFigures",
    "Figure",
    "Meeting",
    "MeetingKind",
    "MeetingMode",
    "Person",
    "Span",
    "Topic",
]


def _to_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


def _to_dict(value: Mapping[Topic, Span]) -> Mapping[Topic, Span]:
    return ReadOnlyMapping(value)


class MeetingMode(enum.Enum):
    """How the meeting took place.

    Example:
        >>> MeetingMode("online"), MeetingMode.PHONE.value
        (<MeetingMode.ONLINE: 'online'>, 'phone')
    """

    #: Face to face.
    IN_PERSON = "in_person"
    #: By videoconference or online.
    ONLINE = "online"
    #: By telephone.
    PHONE = "phone"
    #: The text does not say.
    UNKNOWN = "unknown"


class MeetingKind(enum.Enum):
    """Who came to whom.

    Example:
        >>> MeetingKind("visited"), MeetingKind.JOINT.value
        (<MeetingKind.VISITED: 'visited'>, 'joint')
    """

    #: The Ombudsman received the guest (CAMEO 043, host a visit).
    RECEIVED = "received"
    #: The Ombudsman visited the counterpart (CAMEO 042, make a visit).
    VISITED = "visited"
    #: Neither hosted: a meeting held jointly, such as online (CAMEO 040, consult).
    JOINT = "joint"


class Topic(enum.Enum):
    """The small vocabulary of what meetings are about (see the docs page *Meetings*).

    Example:
        >>> Topic("children"), Topic.LANDMINES.value
        (<Topic.CHILDREN: 'children'>, 'landmines')
    """

    INTERNATIONAL_COOPERATION = "international-cooperation"
    LEGISLATION_MANDATE = "legislation-mandate"
    DETENTION_MONITORING = "detention-monitoring"
    MISSING_PERSONS = "missing-persons"
    LANDMINES = "landmines"
    REFUGEES_MIGRANTS = "refugees-migrants"
    CHILDREN = "children"
    EQUALITY = "equality-non-discrimination"
    GENDER = "gender-equality"
    UN_MECHANISMS = "un-mechanisms"
    ARMENIA_AZERBAIJAN_CONFLICT = "armenia-azerbaijan-conflict"
    ELECTIONS = "elections"


@documented
@attrs.frozen(kw_only=True, order=True)
class Span:
    """Where a fact stands in an article's body: a paragraph and a range of characters in it.

    Example:
        >>> body = ("The Ombudsman received a guest.",)
        >>> Span(paragraph=0, start=4, end=13).text(body)
        'Ombudsman'
    """

    paragraph: int = attrs.field(metadata=doc("Index of the paragraph in ``Article.body``."))
    start: int = attrs.field(metadata=doc("Offset of the first character in that paragraph."))
    end: int = attrs.field(metadata=doc("Offset just past the last character."))

    def text(self, body: tuple[str, ...]) -> str:
        """Return the text this span covers in a body."""
        return body[self.paragraph][self.start : self.end]


@documented
@attrs.frozen(kw_only=True)
class Person:
    """A person as an article names them.

    Example:
        >>> Person(name="Martin Chungong", key="martin chungong", role="Secretary-General").key
        'martin chungong'
    """

    name: str = attrs.field(
        metadata=doc(
            "The name in its dictionary (nominative) form, in the text's script; empty for "
            "a group or an organisation met as such."
        )
    )
    key: str = attrs.field(
        metadata=doc(
            "One key for the name's spellings in any script, for matching: lower-case "
            "ASCII transliteration, simplified (see the docs page *Meetings*)."
        )
    )
    printed: str | None = attrs.field(
        default=None,
        metadata=doc("The name exactly as the text prints it (inflected), when it differs."),
    )
    role: str | None = attrs.field(default=None, metadata=doc("The title or role as printed."))
    organisation: str | None = attrs.field(
        default=None, metadata=doc("The organisation the role is in, as printed.")
    )
    country: str | None = attrs.field(
        default=None, metadata=doc("The country the person represents, where the text says.")
    )
    evidence: Span | None = attrs.field(default=None, metadata=doc("Where the name stands."))


@documented
@attrs.frozen(kw_only=True)
class Figure:
    """A number the text states, with what it counts, exactly as printed.

    Example:
        >>> import ombudsparse
        >>> article = ombudsparse.parse("Her Office received about 4,000 complaints in 2023.")
        >>> (figure,) = ombudsparse.find_figures(article).figures
        >>> figure.text, figure.counts
        ('about 4,000', 'complaints')
    """

    text: str = attrs.field(metadata=doc("The figure as printed (``about 4,000``)."))
    counts: str = attrs.field(metadata=doc("What it counts, as printed (``Azerbaijanis``)."))
    evidence: Span = attrs.field(metadata=doc("Where the figure stands."))


@documented
@attrs.frozen(kw_only=True)
class ArticleFigures:
    """The figures an article states, found once per article (see :func:`find_figures`).

    Figures are facts of the article, not of one of its meetings: an article
    that reports three meetings states its figures once.

    Example:
        >>> from ombudsparse import Article
        >>> from ombudsparse.meetings import find_figures
        >>> found = find_figures(Article(body=("She named about 4,000 Azerbaijanis.",)))
        >>> [(figure.text, figure.counts) for figure in found.figures]
        [('about 4,000', 'Azerbaijanis')]
    """

    figures: tuple[Figure, ...] = attrs.field(
        default=(),
        converter=_to_tuple,
        metadata=doc("Numbers the body states, as printed, in the order of the body."),
    )
    warnings: tuple[ParseWarning, ...] = attrs.field(
        default=(),
        converter=_to_tuple,
        metadata=doc("A ``figure-implausible`` warning for each figure that reads as a slip."),
    )


@documented
@attrs.frozen(kw_only=True)
class Meeting:
    """One meeting of the Ombudsman that an article reports.

    Example:
        >>> import ombudsparse
        >>> article = ombudsparse.parse(
        ...     "The Ombudsman, Sabina Aliyeva, received the Ambassador of Norland, "
        ...     "Ola Berg, to discuss the rights of children.")
        >>> (meeting,) = ombudsparse.extract_meetings(article)
        >>> meeting.host.name, [guest.name for guest in meeting.counterparts]
        ('Sabina Aliyeva', ['Ola Berg'])
        >>> meeting.sentence(article)[:40]
        'The Ombudsman, Sabina Aliyeva, received '
    """

    date: PublishedDate | None = attrs.field(
        metadata=doc("The meeting's date: the article's, with the same partial-date rules.")
    )
    host: Person = attrs.field(
        metadata=doc(
            "Who held the meeting: the Ombudsman (or her predecessor) as one normalised "
            "person, or the deputy or staff member the text names as host."
        )
    )
    counterparts: tuple[Person, ...] = attrs.field(
        converter=_to_tuple, metadata=doc("The people the Ombudsman met, with roles.")
    )
    delegation: tuple[Person, ...] = attrs.field(
        default=(), converter=_to_tuple, metadata=doc("Others named as present.")
    )
    mode: MeetingMode = attrs.field(metadata=doc("In person, online, by phone, or unknown."))
    kind: MeetingKind = attrs.field(metadata=doc("Who came to whom."))
    topics: tuple[Topic, ...] = attrs.field(
        default=(), converter=_to_tuple, metadata=doc("What was discussed, in the vocabulary.")
    )
    topic_evidence: Mapping[Topic, Span] = attrs.field(
        factory=dict,
        converter=_to_dict,
        hash=False,
        metadata=doc("For each topic, where the text first speaks of it."),
    )
    cameo: str = attrs.field(metadata=doc("The CAMEO event code: 043, 042 or 040."))
    evidence: Span = attrs.field(metadata=doc("The sentence that reports the meeting."))
    headline: bool = attrs.field(
        default=False,
        metadata=doc(
            "The meeting is read from the article's title, as the body names none: "
            "``evidence`` and the counterparts' spans are then in the title (paragraph 0)."
        ),
    )
    warnings: tuple[ParseWarning, ...] = attrs.field(
        default=(),
        converter=_to_tuple,
        metadata=doc(
            "Oddities of this meeting's reading. None is raised today; the article's "
            "figures and their warnings are in :class:`ArticleFigures`, once per article."
        ),
    )

    def sentence(self, article: Article) -> str:
        """Return the sentence that reports the meeting, from the article it was found in.

        Example:
            >>> import ombudsparse
            >>> article = ombudsparse.Article(
            ...     title="Ombudsman meets the Ambassador of Norland, Ola Berg",
            ...     body=("The sides discussed cooperation.",))
            >>> (meeting,) = ombudsparse.extract_meetings(article)
            >>> meeting.headline, meeting.sentence(article)
            (True, 'Ombudsman meets the Ambassador of Norland, Ola Berg')
        """
        text = (article.title or "",) if self.headline else article.body
        return self.evidence.text(text)
