"""Every record type is immutable all the way down: no list, dict or set anywhere in it.

The record classes are found by walking the registry's types (so a new nested
record is checked without being listed here); their instances come from the
seeds and fixtures (articles, meetings, clusters, figures) and from hypothesis.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

import ombudsparse
from ombudsparse import MonthDay, YearMonth
from ombudsparse.fields import ShapeKind, record_fields
from ombudsparse.meetings import cluster_meetings, extract_meetings, find_figures
from ombudsparse.model import ReadOnlyMapping
from ombudsparse.records import RECORD_TYPES
from tests.strategies import articles

ROOT = Path(__file__).resolve().parent.parent


def _classes() -> list[type]:
    found: list[type] = [MonthDay, YearMonth]  # inside the date union, not a record shape
    todo = [record.cls for record in RECORD_TYPES.values()]
    while todo:
        cls = todo.pop(0)
        if cls in found:
            continue
        found.append(cls)
        for field in record_fields(cls):
            shape = field.shape
            while shape.item is not None:
                shape = shape.item
            if shape.kind is ShapeKind.RECORD and shape.cls is not None:
                todo.append(shape.cls)
    return found


CLASSES = _classes()


def _nested(value: Any) -> Iterator[Any]:
    """Yield a value and everything inside it."""
    yield value
    if isinstance(value, tuple):
        for item in value:
            yield from _nested(item)
    elif isinstance(value, ReadOnlyMapping):
        for key, item in value.items():
            yield from _nested(key)
            yield from _nested(item)
    elif attrs.has(type(value)):
        for attribute in attrs.fields(type(value)):
            yield from _nested(getattr(value, attribute.name))


def _corpus() -> list[Any]:
    inputs = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "fixtures").rglob("*.html")
    )
    found = [ombudsparse.parse_file(path) for path in inputs]
    records: list[Any] = list(found)
    records += [meeting for article in found for meeting in extract_meetings(article)]
    records += list(cluster_meetings(found))
    records += [find_figures(article) for article in found]
    records += [YearMonth(year=2019, month=11)]
    return [value for record in records for value in _nested(record)]


CORPUS = _corpus()
_SCALARS = (str, int, bool, type(None), enum.Enum, dt.date)  # dt.datetime is a dt.date


def _instances(cls: type) -> list[Any]:
    return [value for value in CORPUS if type(value) is cls]


def _assert_immutable(record: Any) -> None:
    for value in _nested(record):
        if isinstance(value, (tuple, ReadOnlyMapping)):
            continue
        if attrs.has(type(value)):
            assert attrs.fields(type(value)), type(value)
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                object.__getattribute__(value, "__setattr__")("x", 1)
            continue
        assert isinstance(value, _SCALARS), f"{type(value).__name__} in {type(record).__name__}"


def test_the_walk_finds_every_record_class() -> None:
    names = {cls.__name__ for cls in CLASSES}
    assert names >= {
        "Article",
        "Dateline",
        "ParseWarning",
        "Meeting",
        "Person",
        "Span",
        "MeetingCluster",
        "MeetingReport",
        "ArticleFigures",
        "Figure",
        "MonthDay",
        "YearMonth",
    }


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_record_class_is_frozen_and_slotted(cls: type) -> None:
    (instance, *_) = _instances(cls)
    assert "__slots__" in cls.__dict__
    name = attrs.fields(cls)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(instance, name, getattr(instance, name))


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_every_value_of_the_record_is_immutable_all_the_way_down(cls: type) -> None:
    instances = _instances(cls)
    assert instances, f"no {cls.__name__} in the corpus"
    for instance in instances:
        _assert_immutable(instance)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_lists_and_dicts_given_to_a_record_are_stored_immutable(cls: type) -> None:
    kinds = {field.name: field.shape.kind for field in record_fields(cls)}
    collections = {n: k for n, k in kinds.items() if k in (ShapeKind.LIST, ShapeKind.MAP)}
    for instance in _instances(cls):
        for name, kind in collections.items():
            value = getattr(instance, name)
            mutable = list(value) if kind is ShapeKind.LIST else dict(value)
            rebuilt = attrs.evolve(instance, **{name: mutable})
            stored = getattr(rebuilt, name)
            assert isinstance(stored, tuple if kind is ShapeKind.LIST else ReadOnlyMapping)
            assert stored == value
            mutable.clear()
            assert getattr(rebuilt, name) == value  # not a view of the caller's object


@given(articles)
def test_generated_articles_are_immutable_all_the_way_down(article: ombudsparse.Article) -> None:
    _assert_immutable(article)
    _assert_immutable(find_figures(article))
    for meeting in extract_meetings(article):
        _assert_immutable(meeting)
