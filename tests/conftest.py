"""Shared test set-up: headless Qt, hypothesis profile, a running sandbox."""

from __future__ import annotations

import os

# Tests are headless by themselves; the one real-window test starts its own Xvfb.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# English unless a test asks for another language: Qt reads the system's languages from LANGUAGE first, and
# app processes the tests start inherit it.
os.environ["LANGUAGE"] = "en_US"

import logging
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
settings.register_profile("check", settings.get_profile("ci"), max_examples=20)  # make check: the fast lane
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default"))


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


@pytest.fixture
def browser() -> Iterator[Any]:
    """The scripted stand-in for the system browser (tests/support/browser.py); it must end without errors."""
    from tests.support.browser import ScriptedBrowser

    b = ScriptedBrowser().install()
    yield b
    b.uninstall()
    assert b.errors == []


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    """The real window from xauth_gui.app.build on the in-process sandbox (tests/support/app_window.py)."""
    from tests.support.app_window import sandbox_window

    with sandbox_window(qtbot, tmp_path) as w:
        yield w


@pytest.fixture(autouse=True)
def _own_sandbox_port(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every window a test opens runs its sandbox on a port of the test's own, never on 8780, so the
    suite passes while the app (or a second suite) is open on this machine."""
    from tests.support.qt_helpers import free_port

    monkeypatch.setenv("XAUTH_GUI_SANDBOX_PORT", str(free_port()))


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    """A test that switched the app's language leaves English behind for the next one."""
    yield
    from xauth_gui.qt import i18n

    i18n.apply(i18n.SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def _close_raw_clients() -> Iterator[None]:
    from tests.support.qt_helpers import RawClient

    yield
    RawClient.close_all()


class _LogFail(logging.Handler):
    """Collects every WARNING or worse logged during a test (qutebrowser's logfail, in small)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def logfail(request: pytest.FixtureRequest) -> Iterator[_LogFail]:
    """Fail any test that logs a warning, unless it is marked `logs_warnings` (it expects them).

    Warnings are how the app reports what a user never sees (a refused address, a stray callback);
    a test that triggers one by accident has found something."""
    handler = _LogFail()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(min(old_level, logging.WARNING) if old_level else logging.WARNING)
    yield handler
    root.removeHandler(handler)
    root.setLevel(old_level)
    if handler.records and request.node.get_closest_marker("logs_warnings") is None:
        lines = [f"{r.levelname} {r.name}: {r.getMessage()}" for r in handler.records[:5]]
        pytest.fail("the test logged warnings (mark it logs_warnings if it expects them):\n" + "\n".join(lines))
