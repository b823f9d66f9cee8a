"""Shared test set-up: headless Qt, hypothesis profile, a running sandbox."""

from __future__ import annotations

import os

# Tests are headless by themselves; the one real-window test starts its own Xvfb.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


@pytest.fixture
def browser() -> Iterator[Any]:
    """The scripted stand-in for the system browser (tests/browser.py); it must end without errors."""
    from tests.browser import ScriptedBrowser

    b = ScriptedBrowser().install()
    yield b
    b.uninstall()
    assert b.errors == []


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    """The real window from xauth_gui.app.build on the in-process sandbox (tests/app_window.py)."""
    from tests.app_window import sandbox_window

    with sandbox_window(qtbot, tmp_path) as w:
        yield w


@pytest.fixture(autouse=True)
def _close_raw_clients() -> Iterator[None]:
    from tests.qt_helpers import RawClient

    yield
    RawClient.close_all()
