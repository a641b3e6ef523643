"""Checks every test applies to the records it produces."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import jsonschema

import ombudsparse
from ombudsparse import Article, Language, OmbudsparseError
from ombudsparse.meetings import Meeting, extract_meetings
from tests.strategies import Rendered


@functools.cache
def _validator() -> jsonschema.protocols.Validator:
    schema = ombudsparse.json_schema()
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def check_record(article: Article) -> dict[str, Any]:
    """Validate a record against the JSON Schema and the round trip; return its dict."""
    data = ombudsparse.to_dict(article)
    _validator().validate(data)
    assert ombudsparse.from_dict(data) == article
    assert ombudsparse.from_json(ombudsparse.to_json(article)) == article
    return data


def parse_checked(data: str | bytes, **kwargs: Any) -> Article:
    """Parse with :func:`ombudsparse.parse` and check the record."""
    article = ombudsparse.parse(data, **kwargs)
    check_record(article)
    return article


def parse_rendered(rendered: Rendered) -> Article:
    """Parse a text rendered by a source strategy; check it gives back what was rendered.

    The source is passed only when the rendered text carries none of its markers.
    """
    article = parse_checked(
        rendered.text, url=rendered.url, source=None if rendered.marked else rendered.source
    )
    assert article.source is rendered.source
    assert article.title == rendered.title
    assert article.published == rendered.published
    assert article.body == rendered.body
    assert article.authors == rendered.authors
    assert article.view_count == rendered.view_count
    return article


def parse_or_our_error(data: str | bytes, **kwargs: Any) -> Article | OmbudsparseError:
    """Parse; return the checked record, or the error if it is one of ours (others propagate)."""
    try:
        article = ombudsparse.parse(data, **kwargs)
    except OmbudsparseError as error:
        return error
    check_record(article)
    return article


def assert_matches_golden(actual: dict[str, Any], expected: dict[str, Any]) -> None:
    """Compare a record with its reviewed golden record, field by field.

    Warnings are compared by code and field: their messages are prose, free to
    improve without touching a golden file.
    """
    assert list(actual) == list(expected)
    for field, value in expected.items():
        if field == "warnings":
            assert [(w["code"], w["field"]) for w in actual[field]] == [
                (w["code"], w["field"]) for w in value
            ], field
        else:
            assert actual[field] == value, field


def meetings_in(
    language: Language, *paragraphs: str, published: dt.date | None = None
) -> tuple[Meeting, ...]:
    """The meetings of an article of these paragraphs, in that language (and published then)."""
    return extract_meetings(Article(body=paragraphs, language=language, published=published))
