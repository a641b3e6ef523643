"""Field names are one type (model.FieldName), checked against the Article class."""

from __future__ import annotations

import attrs

from ombudsparse import Article
from ombudsparse.drift import REPORTED_FIELDS
from ombudsparse.model import FIELD_NAMES
from ombudsparse.parsing import _TEXT_FIELDS
from ombudsparse.sources import PARSERS


def test_field_names_are_the_fields_of_the_record_in_order() -> None:
    assert tuple(field.name for field in attrs.fields(Article)) == FIELD_NAMES


def test_every_field_name_typed_by_hand_names_a_field() -> None:
    promised = {
        name
        for parser in PARSERS.values()
        for layout in parser.layouts
        for name in layout.promises
    }
    assert promised  # the layouts do promise fields
    assert set(_TEXT_FIELDS) | set(REPORTED_FIELDS) | promised <= set(FIELD_NAMES)
