"""The rough edges a newcomer and a developer found (issue 13, items 5-16), each where a test can see it."""

from __future__ import annotations

import re
import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton, QWidget

from tests.app.test_app import get_async
from tests.app.test_first_run import choose_provider
from tests.support.app_window import access, banner, child, click, sandbox_window
from tests.support.browser import ScriptedBrowser
from xauth_gui.core.session import MessageKind, Phase
from xauth_gui.ui.main_window import MainWindow
from xauth_gui.ui.style import ContrastStyle

WAIT = 15_000


def type_into(w: MainWindow, name: str, text: str) -> None:
    edit = child(w, QLineEdit, name)
    edit.setText(text)
    edit.textEdited.emit(text)


def login(qtbot: Any, w: MainWindow) -> None:
    click(w, "authorizeButton")
    qtbot.waitUntil(lambda: access(w) != "" and w.controller.phase is Phase.IDLE, timeout=WAIT)


class Opened:
    """An open_url that records and opens nothing (no browser)."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: str) -> bool:
        self.urls.append(url)
        return True


# --- 5: error banners go stale ------------------------------------------------------------------------------
def test_5_a_settings_error_is_replaced_once_the_settings_change(window: MainWindow) -> None:
    choose_provider(window, "x")
    type_into(window, "clientIdEdit", "")
    click(window, "authorizeButton")
    assert "Client ID is empty" in banner(window) and window.banner.kind is MessageKind.ERROR
    type_into(window, "clientIdEdit", "bXlfYXBwX2NsaWVudF9pZDoxOm5h")
    assert window.banner.kind is MessageKind.INFO and "settings changed" in banner(window)


# --- 6: a Client ID that is another credential ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("pasted", "looks_like"),
    [("1234567890123456789", "App ID"), ("abcdefghijklmnopqrstuvwxy", "API Key"), ("A" * 22 + "b%2Fc" * 20, "Bearer")],
)
def test_6_a_client_id_that_looks_like_another_credential_asks_first(
    window: MainWindow, pasted: str, looks_like: str
) -> None:
    choose_provider(window, "x")
    opened = window.controller.open_url = Opened()
    type_into(window, "clientIdEdit", pasted)
    assert looks_like in child(window, QWidget, "clientIdHint").text()
    click(window, "authorizeButton")
    assert looks_like in banner(window) and opened.urls == [] and window.controller.phase is Phase.IDLE
    anyway = next(b for b in window.banner.findChildren(QPushButton) if b.text() == "Authorize anyway")
    anyway.click()
    assert len(opened.urls) == 1 and window.controller.phase is Phase.WAITING
    window.controller.cancel_login()


# --- 7: check boxes visible on light and dark palettes --------------------------------------------------------
def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def indicator_contrast(palette: QPalette) -> float:
    """The best contrast between an unchecked box's pixels and the window behind it."""
    box = QCheckBox("x")
    box.setStyle(ContrastStyle("Fusion"))
    box.setPalette(palette)
    box.resize(box.sizeHint())
    image: QImage = box.grab().toImage()
    background = palette.color(QPalette.ColorRole.Window)
    side = min(image.height(), 16)
    return max(contrast(image.pixelColor(x, y), background) for x in range(side) for y in range(side))


def dark_palette() -> QPalette:
    dark = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#2d2e31"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
    ):
        dark.setColor(role, QColor(color))
    return dark


@pytest.mark.parametrize("name", ["light", "dark"])
def test_7_unchecked_boxes_stand_out_from_the_window(qtbot: Any, name: str) -> None:
    palette = QApplication.style().standardPalette() if name == "light" else dark_palette()
    assert indicator_contrast(palette) >= 3.0  # WCAG 2.1 non-text contrast


def test_7_the_contrast_check_would_notice_an_invisible_box() -> None:
    from PySide6.QtWidgets import QStyleFactory

    box = QCheckBox("x")
    box.setStyle(QStyleFactory.create("Fusion"))
    box.setPalette(dark_palette())
    box.resize(box.sizeHint())
    image = box.grab().toImage()
    window = dark_palette().color(QPalette.ColorRole.Window)
    plain = max(contrast(image.pixelColor(x, y), window) for x in range(16) for y in range(min(16, image.height())))
    assert plain < 3.0  # the plain Fusion box on this palette: why the style exists


# --- 10: the keychain state from the start ---------------------------------------------------------------------
def test_10_memory_only_is_said_from_the_start_and_in_the_placeholder(window: MainWindow, qtbot: Any) -> None:
    label = child(window, QWidget, "storageLabel")
    qtbot.waitUntil(lambda: "memory only" in label.text(), timeout=WAIT)
    assert "memory for this run" in child(window, QLineEdit, "clientSecretEdit").placeholderText()


# --- 12: a second Authorize while waiting ------------------------------------------------------------------
@pytest.mark.logs_warnings  # the listener warns about the old tab's answer
def test_12_waiting_offers_restart_and_an_old_tab_is_explained(qtbot: Any, window: MainWindow) -> None:
    stopped = ScriptedBrowser(follow=False).install()
    try:
        click(window, "authorizeButton")
        assert "Restart login" in child(window, QPushButton, "authorizeButton").text().replace("&", "")
        qtbot.waitUntil(lambda: len(stopped.locations) == 1, timeout=WAIT)
        old_tab = stopped.locations[0]
        click(window, "authorizeButton")  # Restart login
        qtbot.waitUntil(lambda: len(stopped.locations) == 2, timeout=WAIT)
        status, _, page = get_async(qtbot, old_tab)
        assert status == 400 and "not for the current login" in page
        qtbot.waitUntil(lambda: "earlier login" in banner(window), timeout=WAIT)
        assert window.controller.phase is Phase.WAITING  # still waiting for the new tab
        status, _, page = get_async(qtbot, stopped.locations[1])
        qtbot.waitUntil(lambda: access(window) != "", timeout=WAIT)
    finally:
        stopped.uninstall()


# --- 13: a cancelled login's tab ------------------------------------------------------------------------------
def test_13_a_cancelled_logins_tab_gets_a_page_that_says_so(qtbot: Any, window: MainWindow) -> None:
    stopped = ScriptedBrowser(follow=False).install()
    try:
        click(window, "authorizeButton")
        qtbot.waitUntil(lambda: len(stopped.locations) == 1, timeout=WAIT)
        click(window, "cancelButton")
        status, _, page = get_async(qtbot, stopped.locations[0])
        assert status == 200 and "This login was cancelled" in page
        assert access(window) == "" and window.controller.phase is Phase.IDLE
        login_again = ScriptedBrowser()
        stopped.uninstall()
        login_again.install()
        try:
            login(qtbot, window)  # the retired listener gave the port back
        finally:
            login_again.uninstall()
    finally:
        stopped.uninstall()


# --- 14: a busy port offers a way out ----------------------------------------------------------------------------
def test_14_use_another_port_moves_the_callback_uri(window: MainWindow, browser: ScriptedBrowser, qtbot: Any) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        busy = other.getsockname()[1]
        type_into(window, "redirectUriEdit", f"http://127.0.0.1:{busy}/callback")
        click(window, "authorizeButton")
        button = next(b for b in window.banner.findChildren(QPushButton) if b.text() == "Use another port")
        button.click()
        moved = child(window, QLineEdit, "redirectUriEdit").text()
        assert moved.startswith("http://127.0.0.1:") and moved.endswith("/callback") and f":{busy}/" not in moved
        assert moved in banner(window) and window.controller.profile.redirect_uri == moved
        login(qtbot, window)


# --- 15: pasting something that is not an address ------------------------------------------------------------
def test_15_pasting_a_word_says_it_is_not_an_address(qtbot: Any, window: MainWindow) -> None:
    window.controller.open_url = Opened()
    click(window, "authorizeButton")
    type_into(window, "pasteRedirectEdit", "hello")
    click(window, "pasteRedirectButton")
    assert "not the address" in banner(window) and "expired" not in banner(window)
    assert window.controller.phase is Phase.WAITING
    window.controller.cancel_login()


# --- 16: revoke asks; the log shows more; messages stay a second ------------------------------------------------
def test_16_revoke_asks_first(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    login(qtbot, window)
    token = access(window)
    click(window, "revokeButton")
    assert child(window, QWidget, "confirmRevokeBox").isVisible() and access(window) == token
    click(window, "cancelRevokeButton")
    assert not child(window, QWidget, "confirmRevokeBox").isVisible()
    assert window.sandbox_host.sandbox.token_is_live(token)
    click(window, "revokeButton")
    click(window, "confirmRevokeButton")
    qtbot.waitUntil(lambda: access(window) == "", timeout=WAIT)
    assert not window.sandbox_host.sandbox.token_is_live(token)


def test_16_the_request_log_shows_redacted_headers_and_bodies(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    login(qtbot, window)
    tokens = window.controller.tokens
    assert tokens is not None
    qtbot.waitUntil(lambda: window.log_count >= 2, timeout=WAIT)
    text = window.log_view.toPlainText()
    assert "> content-type: application/x-www-form-urlencoded" in text.lower()
    assert "grant_type=authorization_code" in text and "code=[redacted]" in text
    assert re.search(r'"access_token": "?\[redacted\]', text) and re.search(r'"refresh_token": "?\[redacted\]', text)
    assert "< content-type" in text.lower()
    assert tokens.access_token not in text and (tokens.refresh_token or "-") not in text


def test_16_a_message_is_not_wiped_within_a_second(qtbot: Any, window: MainWindow) -> None:
    window.controller.say(MessageKind.INFO, "Copied: the header.")
    window.controller.say(MessageKind.SUCCESS, "Signed in as @someone.")
    assert "Copied: the header." in banner(window) and "Signed in as @someone." in banner(window)
    qtbot.waitUntil(lambda: "Copied" not in banner(window), timeout=3000)
    assert banner(window) == "Signed in as @someone."


def test_16_progress_messages_give_way_at_once(window: MainWindow) -> None:
    window.controller.say(MessageKind.PROGRESS, "Refreshing the token…")
    window.controller.say(MessageKind.SUCCESS, "Token refreshed.")
    assert banner(window) == "Token refreshed."


def test_16_the_sandbox_keeps_its_port_across_windows(qtbot: Any, tmp_path: Path) -> None:
    ports = []
    for run in ("first", "second"):
        with sandbox_window(qtbot, tmp_path / run, WAIT) as w:
            ports.append(w.sandbox_host.sandbox.port)
    assert ports[0] == ports[1]
