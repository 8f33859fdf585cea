"""Hypothesis profiles.

``ci`` (the default) runs at least 1,000 examples per property; ``dev`` is
quick for local iteration; ``thorough`` runs 100,000 per property and is
meant to be run by hand before a release::

    HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_properties.py
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
settings.register_profile("ci", max_examples=1_000, **_COMMON)
settings.register_profile("dev", max_examples=100, **_COMMON)
settings.register_profile("thorough", max_examples=100_000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
