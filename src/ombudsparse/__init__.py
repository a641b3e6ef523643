"""ombudsparse: typed, validated records of news articles about Azerbaijan's Ombudsman.

Parse an article's text into an :class:`Article`:

    >>> import ombudsparse
    >>> article = ombudsparse.parse(
    ...     "BAKU, Azerbaijan, November 14. The Ombudsperson met a delegation, Trend reports.")
    >>> article.source.value, article.dateline.place, article.published.isoformat()
    ('trend', 'BAKU', '--11-14')
    >>> ombudsparse.from_json(ombudsparse.to_json(article)) == article
    True
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from ombudsparse.convert import converter, from_dict, from_json, to_dict, to_json
from ombudsparse.drift import DriftReport, FieldStats, GroupReport, drift_report
from ombudsparse.errors import (
    ArgumentTypeError,
    DecodeError,
    EmptyInputError,
    HtmlError,
    InputTooLargeError,
    InvalidArgumentError,
    NotTextError,
    OmbudsparseError,
    ParseWarning,
    ReadError,
    RecordError,
    WarningCode,
)
from ombudsparse.filters import RecordFilter, select
from ombudsparse.frames import to_dataframe
from ombudsparse.inputs import Failed, Skipped
from ombudsparse.meetings import (
    ArticleFigures,
    Figure,
    Meeting,
    MeetingCluster,
    MeetingKind,
    MeetingMode,
    MeetingReport,
    Person,
    Span,
    Topic,
    cluster_meetings,
    extract_meetings,
    find_figures,
)
from ombudsparse.model import (
    Article,
    Dateline,
    Language,
    Layer,
    MonthDay,
    PublishedDate,
    ReadOnlyMapping,
    Source,
    YearMonth,
)
from ombudsparse.parsing import parse, parse_file
from ombudsparse.pipeline import Parsed, iter_meetings, parse_paths
from ombudsparse.schema import json_schema
from ombudsparse.sources import Detection, detect_source

try:
    __version__ = version("ombudsparse")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

__all__ = [
    "ArgumentTypeError",
    "Article",
    "ArticleFigures",
    "Dateline",
    "DecodeError",
    "Detection",
    "DriftReport",
    "EmptyInputError",
    "Failed",
    "FieldStats",
    "Figure",
    "GroupReport",
    "HtmlError",
    "InputTooLargeError",
    "InvalidArgumentError",
    "Language",
    "Layer",
    "Meeting",
    "MeetingCluster",
    "MeetingKind",
    "MeetingMode",
    "MeetingReport",
    "MonthDay",
    "NotTextError",
    "OmbudsparseError",
    "ParseWarning",
    "Parsed",
    "Person",
    "PublishedDate",
    "ReadError",
    "ReadOnlyMapping",
    "RecordError",
    "RecordFilter",
    "Skipped",
    "Source",
    "Span",
    "Topic",
    "WarningCode",
    "YearMonth",
    "__version__",
    "cluster_meetings",
    "converter",
    "detect_source",
    "drift_report",
    "extract_meetings",
    "find_figures",
    "from_dict",
    "from_json",
    "iter_meetings",
    "json_schema",
    "parse",
    "parse_file",
    "parse_paths",
    "select",
    "to_dataframe",
    "to_dict",
    "to_json",
]
