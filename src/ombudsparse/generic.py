"""Pages of other outlets, read by trafilatura (the ``generic`` extra).

ombudsparse's own content search is enough to find the text of most pages; for
pages of outlets it has no parser for, the ``generic`` extra hands the page to
trafilatura (and its htmldate), a well-kept extractor for unknown sites, and
records that in :attr:`~ombudsparse.Article.provenance` as ``generic``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ombudsparse._extras import require
from ombudsparse.dates import DateCandidate, DateOrigin, parse_iso_datetime
from ombudsparse.model import FieldName, Layer, PublishedDate
from ombudsparse.sources.base import Extracted
from ombudsparse.text import normalize

__all__ = ["extract_generic", "generic_available"]


def generic_available() -> bool:
    """Tell whether the ``generic`` extra (trafilatura) is installed."""
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return False
    return True


def extract_generic(text: str, url: str | None) -> Extracted:
    """Extract title, date, authors and body of a page with trafilatura.

    Raises:
        InvalidArgumentError: the ``generic`` extra is not installed.
    """
    trafilatura = require("trafilatura", "generic", "the generic extractor")
    found: Any = trafilatura.bare_extraction(
        text, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if found is None:
        return Extracted(provenance={})
    values = found if isinstance(found, dict) else found.as_dict()
    body = tuple(
        line
        for line in (
            " ".join(normalize(part).split()) for part in str(values.get("text") or "").split("\n")
        )
        if line
    )
    title = " ".join(str(values.get("title") or "").split()) or None
    authors = tuple(a.strip() for a in str(values.get("author") or "").split(";") if a.strip())
    published: PublishedDate | None = None
    if values.get("date"):
        parsed = parse_iso_datetime(str(values["date"]), local=None)
        published = parsed.date() if isinstance(parsed, dt.datetime) else parsed
    fields: dict[FieldName, object] = {
        "title": title,
        "authors": authors,
        "published": published,
        "body": body,
    }
    return Extracted(
        title=title,
        authors=authors,
        dates=()
        if published is None
        else (DateCandidate(value=published, origin=DateOrigin.GENERIC, layer=Layer.GENERIC),),
        body=body,
        provenance={name: Layer.GENERIC for name, value in fields.items() if value},
    )
