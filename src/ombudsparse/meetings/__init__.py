"""Meetings as data: who met the Ombudsman, when, how, about what.

:func:`extract_meetings` reads an :class:`~ombudsparse.Article`'s body with
transparent rules over its sentences; every fact it gives points back to the
characters of the body it came from. :func:`find_figures` gives the numbers an
article states, once per article.
"""

from ombudsparse.meetings.cluster import MeetingCluster, MeetingReport, cluster_meetings
from ombudsparse.meetings.extract import extract_meetings
from ombudsparse.meetings.model import (
    ArticleFigures,
    Figure,
    Meeting,
    MeetingKind,
    MeetingMode,
    Person,
    Span,
    Topic,
)
from ombudsparse.meetings.topics import find_figures

__all__ = [
    "ArticleFigures",
    "Figure",
    "Meeting",
    "MeetingCluster",
    "MeetingKind",
    "MeetingMode",
    "MeetingReport",
    "Person",
    "Span",
    "Topic",
    "cluster_meetings",
    "extract_meetings",
    "find_figures",
]
