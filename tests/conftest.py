"""Hypothesis profiles: ``default`` for every run, ``thorough`` for a long search.

Run ``HYPOTHESIS_PROFILE=thorough python -m pytest`` before a release.
"""

from __future__ import annotations

import os

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
