"""Shared test set-up: headless Qt, hypothesis profile, a running sandbox."""

from __future__ import annotations

import os

# Tests are headless by themselves; the one real-window test starts its own Xvfb.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from xauth_gui.sandbox import Sandbox

# Developers get fresh random examples on every run; CI (CI=true) a fixed sequence, so a landing never
# depends on luck. Either way a failure prints the blob to reproduce it.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True)
settings.register_profile("ci", settings.get_profile("default"), derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default"))


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


@pytest.fixture(autouse=True)
def _close_raw_clients() -> Iterator[None]:
    from tests.qt_helpers import RawClient

    yield
    RawClient.close_all()
