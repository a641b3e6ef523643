"""Hypothesis profiles: ``default`` for every run, ``thorough`` for a long search.

Run ``HYPOTHESIS_PROFILE=thorough python -m pytest`` before a release.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

# No deadline: a test never asserts a time (one example may load a dictionary, or run
# on a loaded machine); the benchmarks in bench/ measure speed.
settings.register_profile(
    "default", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--slow", action="store_true", help="also run the tests marked slow (full-size inputs)"
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: full-size inputs, run only with --slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="full-size input: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
