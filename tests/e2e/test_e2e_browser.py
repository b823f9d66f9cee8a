"""The real browser: Debian's Chromium renders the sandbox's consent page, a click approves (or
cancels) like a person, and Chromium follows the redirect to the app's real listener on its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from tests.support.app_window import said, sandbox_window
from tests.support.chromium import ChromiumBrowser
from xauth_gui.core import errors
from xauth_gui.core.messages import Topic
from xauth_gui.ui.main_window import MainWindow

WAIT = 30_000


@pytest.fixture(scope="module")
def chromium() -> Iterator[ChromiumBrowser]:
    browser = ChromiumBrowser()
    yield browser
    browser.uninstall()
    assert browser.errors == []


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, chromium: ChromiumBrowser) -> Iterator[MainWindow]:
    chromium.install()
    chromium.decision = "allow"
    with sandbox_window(qtbot, tmp_path, WAIT) as w:
        yield w


def banner(w: MainWindow) -> str:
    return w.findChild(QWidget, "messageBanner").text()


def access(w: MainWindow) -> str:
    return w.findChild(QLineEdit, "accessTokenField").text()


def token_posts(w: MainWindow) -> int:
    return w.sandbox_host.sandbox.count("POST", "/2/oauth2/token")


def authorize(qtbot: Any, w: MainWindow, chromium: ChromiumBrowser) -> None:
    visits = len(chromium.visits)
    w.findChild(QPushButton, "authorizeButton").click()
    qtbot.waitUntil(lambda: len(chromium.visits) > visits or bool(chromium.errors), timeout=WAIT)
    assert chromium.errors == []


@pytest.mark.parametrize("client_type", ["public", "confidential"])
def test_login_through_chromium(qtbot: Any, window: MainWindow, chromium: ChromiumBrowser, client_type: str) -> None:
    combo = window.findChild(QComboBox, "clientTypeCombo")
    combo.setCurrentIndex(combo.findData(client_type))
    combo.activated.emit(combo.currentIndex())
    authorize(qtbot, window, chromium)
    qtbot.waitUntil(
        lambda: access(window) != "" and said(window) is Topic.SIGNED_IN_AS and "@sandbox_user" in banner(window),
        timeout=WAIT,
    )
    assert window.sandbox_host.sandbox.token_is_live(access(window))
    visit = chromium.visits[-1]
    assert visit.url.startswith(window.controller.profile.redirect_uri + "?")
    assert visit.text.strip() == "✓\nDone: xauth-gui has your token\n\nYou can close this tab and return to xauth-gui."
    assert token_posts(window) == 1


def test_cancel_on_the_consent_page_is_declined(qtbot: Any, window: MainWindow, chromium: ChromiumBrowser) -> None:
    chromium.decision = "deny"
    authorize(qtbot, window, chromium)
    qtbot.waitUntil(lambda: said(window) is errors.AuthorizationDeclinedError, timeout=WAIT)
    assert "You declined the request" in chromium.visits[-1].text
    assert access(window) == "" and token_posts(window) == 0


def test_second_login_right_after_the_first(qtbot: Any, window: MainWindow, chromium: ChromiumBrowser) -> None:
    authorize(qtbot, window, chromium)
    qtbot.waitUntil(lambda: access(window) != "", timeout=WAIT)
    first = access(window)
    authorize(qtbot, window, chromium)
    qtbot.waitUntil(lambda: access(window) not in ("", first), timeout=WAIT)
    assert token_posts(window) == 2


def test_reload_of_the_callback_page_never_exchanges_twice(
    qtbot: Any, window: MainWindow, chromium: ChromiumBrowser
) -> None:
    authorize(qtbot, window, chromium)
    qtbot.waitUntil(lambda: access(window) != "", timeout=WAIT)
    visits = len(chromium.visits)
    chromium.reload_last()
    qtbot.waitUntil(lambda: len(chromium.visits) > visits or bool(chromium.errors), timeout=WAIT)
    assert chromium.errors == []
    assert chromium.visits[-1].status == 200
    assert "This login already finished" in chromium.visits[-1].text
    assert token_posts(window) == 1
