"""The real window, wired by xauth_gui.app.build, against the in-process sandbox.

The system browser is replaced (QDesktopServices.setUrlHandler) by a scripted one that submits the
consent form and follows the redirect to the app's real listener over real HTTP.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from tests.support.app_window import access, banner, child, click, revoke, said, sandbox_window
from tests.support.browser import ScriptedBrowser
from tests.support.helpers import http_get
from xauth_gui.core import errors
from xauth_gui.core import loopback_pages as pages
from xauth_gui.core.login_machine import Note as LoginNote
from xauth_gui.core.messages import Topic
from xauth_gui.core.profile import Profile
from xauth_gui.core.refresh_machine import Note as RefreshNote
from xauth_gui.core.revoke_machine import Note as RevokeNote
from xauth_gui.qt.controller import Phase
from xauth_gui.sandbox import CONFIDENTIAL_CLIENT_ID, CONFIDENTIAL_CLIENT_SECRET, PUBLIC_CLIENT_ID, Sandbox
from xauth_gui.ui.clipboard import SENSITIVE_FORMATS
from xauth_gui.ui.main_window import MainWindow

WAIT = 15_000


def sandbox(w: MainWindow) -> Sandbox:
    assert w.sandbox_host is not None and w.sandbox_host.sandbox is not None
    return w.sandbox_host.sandbox


def refresh_token(w: MainWindow) -> str:
    return child(w, QLineEdit, "refreshTokenField").text()


def login(qtbot: Any, w: MainWindow) -> None:
    click(w, "authorizeButton")
    qtbot.waitUntil(
        lambda: access(w) != "" and said(w) is Topic.SIGNED_IN_AS and "@sandbox_user" in banner(w), timeout=WAIT
    )


def get_async(qtbot: Any, url: str) -> tuple[int, dict[str, str], str]:
    """GET from another thread while Qt keeps running (the listener lives on this, the GUI, thread)."""
    result: list[tuple[int, dict[str, str], str]] = []
    thread = threading.Thread(target=lambda: result.append(http_get(url)), daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: bool(result), timeout=WAIT)
    return result[0]


def choose(w: MainWindow, combo_name: str, data: str) -> None:
    combo = child(w, QComboBox, combo_name)
    index = combo.findData(data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


# --- logins ----------------------------------------------------------------------------------------------
def test_public_login_shows_tokens_and_who_am_i(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    assert child(window, QComboBox, "providerCombo").currentData() == "sandbox"
    assert child(window, QLineEdit, "clientIdEdit").text() == PUBLIC_CLIENT_ID
    login(qtbot, window)
    assert "code_challenge_method=S256" in browser.opened[0]
    qtbot.waitUntil(lambda: bool(browser.pages), timeout=WAIT)
    assert browser.pages[0][0] == 200 and "You can close this tab and return to xauth-gui" in browser.pages[0][1]
    assert sandbox(window).token_is_live(access(window)) and sandbox(window).token_is_live(refresh_token(window))
    assert child(window, QLineEdit, "accessTokenField").echoMode() == QLineEdit.EchoMode.Password
    assert "@sandbox_user" in window.user_label.text()
    qtbot.waitUntil(
        lambda: window.avatar_label.pixmap() is not None and not window.avatar_label.pixmap().isNull(), timeout=WAIT
    )
    assert sandbox(window).count("POST", "/2/oauth2/token") == 1


def test_confidential_login_switches_to_the_confidential_sandbox_client(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    choose(window, "clientTypeCombo", "confidential")
    assert child(window, QLineEdit, "clientIdEdit").text() == CONFIDENTIAL_CLIENT_ID
    assert child(window, QLineEdit, "clientSecretEdit").text() == CONFIDENTIAL_CLIENT_SECRET
    assert child(window, QLineEdit, "clientSecretEdit").isVisible()
    login(qtbot, window)
    assert sandbox(window).token_is_live(access(window))


def test_decline_is_reported_as_declined(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    browser.decision = "deny"
    click(window, "authorizeButton")
    qtbot.waitUntil(lambda: said(window) is errors.AuthorizationDeclinedError, timeout=WAIT)
    assert access(window) == "" and window.controller.phase is Phase.IDLE
    qtbot.waitUntil(lambda: bool(browser.pages), timeout=WAIT)  # the browser thread reads the page on its own time
    assert "You declined the request" in browser.pages[0][1]


def test_unknown_scope_is_explained(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    child(window, QWidget, "scopePicker").set_selected_scopes(["tweet.read", "users.read", "account.follows.read"])
    window.scope_picker.changed.emit()
    click(window, "authorizeButton")
    qtbot.waitUntil(lambda: "invalid_scope" in banner(window), timeout=WAIT)
    assert access(window) == ""


@pytest.mark.logs_warnings
def test_forged_callback_is_ignored_and_the_real_one_works(qtbot: Any, window: MainWindow) -> None:
    late = ScriptedBrowser(follow=False).install()
    try:
        click(window, "authorizeButton")
        qtbot.waitUntil(lambda: len(late.locations) == 1, timeout=WAIT)
        real = late.locations[0]
        forged = real.replace("state=", "state=forged")
        status, _, page = get_async(qtbot, forged)
        assert status == 400 and page.encode() == pages.PAGE_NOT_OURS
        assert window.controller.phase is Phase.WAITING and access(window) == ""
        status, _, page = get_async(qtbot, real)
        assert status == 200
        qtbot.waitUntil(lambda: access(window) != "", timeout=WAIT)
    finally:
        late.uninstall()


def test_paste_fallback(qtbot: Any, window: MainWindow) -> None:
    stopped = ScriptedBrowser(follow=False).install()
    try:
        click(window, "authorizeButton")
        qtbot.waitUntil(lambda: len(stopped.locations) == 1, timeout=WAIT)
        paste = child(window, QLineEdit, "pasteRedirectEdit")
        paste.setText("  " + stopped.locations[0] + "\n")
        click(window, "pasteRedirectButton")
        qtbot.waitUntil(lambda: access(window) != "", timeout=WAIT)
        port = int(window.controller.profile.redirect_uri.rsplit(":", 1)[1].split("/")[0])
        qtbot.waitUntil(lambda: not window.controller.login.listener, timeout=WAIT)
        import socket

        with socket.socket() as s:
            assert s.connect_ex(("127.0.0.1", port)) != 0  # the listener for that attempt was closed
    finally:
        stopped.uninstall()


def test_second_login_replaces_the_first(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    login(qtbot, window)
    first = access(window)
    login_again = child(window, QPushButton, "authorizeButton")
    assert "again" in login_again.text()
    login_again.click()
    qtbot.waitUntil(lambda: access(window) not in ("", first), timeout=WAIT)


def test_port_in_use_does_not_open_the_browser(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    import socket

    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        port = other.getsockname()[1]
        edit = child(window, QLineEdit, "redirectUriEdit")
        edit.setText(f"http://127.0.0.1:{port}/callback")
        edit.textEdited.emit(edit.text())
        click(window, "authorizeButton")
        assert f"Port {port}" in banner(window) and browser.opened == []
        assert window.controller.phase is Phase.IDLE


# --- tokens ----------------------------------------------------------------------------------------------
def test_refresh_rotates_and_the_old_refresh_token_dies(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    login(qtbot, window)
    old_access, old_refresh = access(window), refresh_token(window)
    click(window, "refreshButton")
    assert not child(window, QPushButton, "refreshButton").isEnabled()  # no concurrent refresh
    qtbot.waitUntil(lambda: refresh_token(window) not in ("", old_refresh), timeout=WAIT)
    assert said(window) is RefreshNote.REFRESHED
    assert not sandbox(window).token_is_live(old_refresh)
    assert sandbox(window).token_is_live(refresh_token(window)) and access(window) != old_access
    stored = window.controller.vault.store.get(window.controller.profile.secret_key("refresh_token"))
    assert stored == refresh_token(window)


def test_double_refresh_sends_one_request(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    login(qtbot, window)
    before = sandbox(window).count("POST", "/2/oauth2/token")
    window.controller.refresh()
    window.controller.refresh()
    qtbot.waitUntil(lambda: said(window) is RefreshNote.REFRESHED, timeout=WAIT)
    assert sandbox(window).count("POST", "/2/oauth2/token") == before + 1


def test_revoke_kills_tokens_on_the_server_and_here(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    login(qtbot, window)
    tokens = access(window), refresh_token(window)
    revoke(window)
    qtbot.waitUntil(lambda: access(window) == "" and said(window) is RevokeNote.REVOKED, timeout=WAIT)
    assert refresh_token(window) == ""
    assert not any(sandbox(window).token_is_live(t) for t in tokens)
    assert sandbox(window).count("POST", "/2/oauth2/revoke") == 2
    store, key = window.controller.vault.store, window.controller.profile.secret_key("access_token")
    qtbot.waitUntil(lambda: store.get(key) is None, timeout=WAIT)  # the keychain delete runs on a worker


def test_failed_revoke_keeps_the_tokens(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    login(qtbot, window)
    token = access(window)
    sandbox(window).set_faults(status=503)
    revoke(window)
    qtbot.waitUntil(lambda: said(window) is RevokeNote.NOT_REVOKED, timeout=WAIT)
    assert access(window) == token and sandbox(window).token_is_live(token)


def test_who_am_i_button(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    login(qtbot, window)
    window.controller.say("info", "-")
    click(window, "whoAmIButton")
    qtbot.waitUntil(
        lambda: said(window) is Topic.SIGNED_IN_AS and "@sandbox_user (Sandbox User)" in banner(window), timeout=WAIT
    )


def test_who_am_i_failure_is_a_warning_not_a_lost_login(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    login(qtbot, window)
    token = access(window)
    sandbox(window).set_faults(malformed_json=True, paths=("/2/users/me",))
    click(window, "whoAmIButton")
    qtbot.waitUntil(lambda: said(window) is Topic.WHO_AM_I_FAILED, timeout=WAIT)
    assert access(window) == token


def test_auto_refresh_before_expiry(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    sandbox(window).access_token_ttl = 4
    window.auto_refresh_check.setChecked(True)
    login(qtbot, window)
    first = refresh_token(window)
    qtbot.waitUntil(lambda: refresh_token(window) not in ("", first), timeout=WAIT)
    assert not sandbox(window).token_is_live(first)


@pytest.mark.parametrize(
    ("faults", "needle"),
    [
        ({"latency": 1.0, "status": 503}, "server had a problem"),
        ({"status": 500}, "server had a problem"),
        ({"malformed_json": True}, "is not JSON"),
        ({"drop_connection": True}, "connection broke"),
    ],
)
def test_sandbox_faults_end_in_a_plain_message_and_nothing_is_lost(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, faults: dict[str, object], needle: str
) -> None:
    login(qtbot, window)
    tokens = access(window), refresh_token(window)
    sandbox(window).set_faults(**faults)
    click(window, "refreshButton")
    qtbot.waitUntil(lambda: "refresh did not finish" in banner(window), timeout=WAIT)
    assert needle in banner(window)
    assert (access(window), refresh_token(window)) == tokens
    assert child(window, QPushButton, "refreshButton").isEnabled()


def test_exchange_fault_is_reported_and_the_app_recovers(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sandbox(window).set_faults(status=503, paths=("/2/oauth2/token",))
    click(window, "authorizeButton")
    qtbot.waitUntil(lambda: "login did not finish" in banner(window), timeout=WAIT)
    assert window.controller.phase is Phase.IDLE and access(window) == ""
    sandbox(window).clear_faults()
    login(qtbot, window)


# --- profiles, clipboard, exports ------------------------------------------------------------------------
def test_profile_switch_and_delete(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    login(qtbot, window)
    first_profile, token = window.controller.profile, access(window)
    other = Profile(name="Second app", provider="custom", client_id="abc")
    window.settings.save_profile(other)
    window.show_profile(other)
    qtbot.waitUntil(lambda: not window.controller.loading, timeout=WAIT)
    assert access(window) == "" and child(window, QLineEdit, "clientIdEdit").text() == "abc"
    assert (
        child(window, QLineEdit, "tokenUrlEdit").isVisible()
        and not child(window, QLineEdit, "tokenUrlEdit").isReadOnly()
    )
    combo = child(window, QComboBox, "profileCombo")
    index = combo.findData(first_profile.id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: access(window) == token, timeout=WAIT)
    window.delete_current_profile()
    qtbot.waitUntil(lambda: not window.controller.vault.busy, timeout=WAIT)
    assert window.controller.vault.store.get(first_profile.secret_key("access_token")) is None
    assert first_profile.id not in [p.id for p in window.settings.profiles()]


def test_copy_marks_the_clipboard_sensitive_and_clears_it(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    login(qtbot, window)
    window.clipboard.clear_after_s = 1
    window.access_field.copy.click()
    data = QGuiApplication.clipboard().mimeData()
    assert QGuiApplication.clipboard().text() == access(window)
    for fmt in SENSITIVE_FORMATS:
        assert data.hasFormat(fmt), fmt
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=5000)


def test_clipboard_is_not_wiped_when_the_user_copied_something_else(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    login(qtbot, window)
    window.clipboard.clear_after_s = 1
    window.access_field.copy.click()
    QGuiApplication.clipboard().setText("user's own text")
    qtbot.waitUntil(lambda: window.clipboard.seconds_left == 0, timeout=5000)
    assert QGuiApplication.clipboard().text() == "user's own text"


def test_exports(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    login(qtbot, window)
    token = access(window)
    expected = {
        "header": f"Authorization: Bearer {token}",
        "curl": f"-H 'Authorization: Bearer {token}'",
        "env": f"X_ACCESS_TOKEN='{token}'\n",
        "json": f'"access_token": "{token}"',
    }
    for kind, needle in expected.items():
        child(window, QPushButton, f"export{kind.capitalize()}Button").click()
        assert needle in QGuiApplication.clipboard().text(), kind


# --- secrets never leak ----------------------------------------------------------------------------------
def test_nothing_secret_in_logs_settings_or_window(
    qtbot: Any, window: MainWindow, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger("urllib3").setLevel(logging.DEBUG)
    stopped = ScriptedBrowser(follow=False).install()
    seen: set[str] = {CONFIDENTIAL_CLIENT_SECRET}
    try:
        choose(window, "clientTypeCombo", "confidential")
        click(window, "authorizeButton")
        attempt = window.controller.attempt
        assert attempt is not None
        seen |= {attempt.state, attempt.pkce.verifier}
        qtbot.waitUntil(lambda: len(stopped.locations) == 1, timeout=WAIT)
        seen.add(stopped.locations[0].split("code=")[1].split("&")[0])
        get_async(qtbot, stopped.locations[0])
        qtbot.waitUntil(lambda: access(window) != "" and "@sandbox_user" in banner(window), timeout=WAIT)
        seen |= {access(window), refresh_token(window)}
        click(window, "refreshButton")
        qtbot.waitUntil(lambda: refresh_token(window) not in seen, timeout=WAIT)
        seen |= {access(window), refresh_token(window)}
        revoke(window)
        qtbot.waitUntil(lambda: access(window) == "", timeout=WAIT)
    finally:
        stopped.uninstall()
    window.settings.sync()
    files = "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file())
    shown = window.log_view.toPlainText() + window.windowTitle() + banner(window) + caplog.text + files
    assert window.log_count >= 5 and "/2/oauth2/token" in window.log_view.toPlainText()
    for secret in seen:
        assert secret and secret not in shown


# --- responsiveness --------------------------------------------------------------------------------------
def test_gui_thread_never_blocks_on_a_slow_server(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    """A loose bound for CI; the benchmark measures the real figure."""
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(beat)
    timer.start()
    sandbox(window).set_faults(latency=1.5)
    login(qtbot, window)
    click(window, "refreshButton")
    qtbot.waitUntil(lambda: said(window) is RefreshNote.REFRESHED, timeout=WAIT)
    timer.stop()
    assert max(gaps) < 0.25, max(gaps)


def test_help_diagnostics_runs_the_self_check(qtbot: Any, window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialog, QPlainTextEdit

    window.diagnostics_action.trigger()
    assert not window.diagnostics_action.isEnabled()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "diagnosticsDialog") is not None, timeout=120_000)
    report = window.findChild(QDialog, "diagnosticsDialog").findChild(QPlainTextEdit).toPlainText()
    assert "✓ Sandbox login" in report and "✓ TLS trust store" in report
    assert "Diagnostics finished" in banner(window)


def test_browser_that_does_not_open_leaves_a_way_forward(qtbot: Any, window: MainWindow) -> None:
    window.controller.open_url = lambda _url: False  # no browser on this machine
    click(window, "authorizeButton")
    assert said(window) is LoginNote.BROWSER_NOT_OPENED
    shown = child(window, QLineEdit, "authorizeUrlView").text()
    assert shown == window.controller.authorize_url and "code_challenge_method=S256" in shown
    location = get_async(qtbot, shown)  # the person opens it by hand: here, the sandbox's consent page
    assert location[0] == 200
    from tests.support.helpers import consent

    result: list[str] = []
    thread = threading.Thread(target=lambda: result.append(consent(shown)), daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: bool(result), timeout=WAIT)
    get_async(qtbot, result[0])
    qtbot.waitUntil(lambda: access(window) != "", timeout=WAIT)


def test_keyboard_only_and_accessible_names(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton

    unnamed = []
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isEnabled():
            text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""  # (a label's name is its text)
            if not (widget.accessibleName() or text) and not widget.inherits("QScrollBar"):
                unnamed.append(f"{type(widget).__name__}:{widget.objectName()}")
    assert unnamed == []
    client_id = child(window, QLineEdit, "clientIdEdit")
    client_id.setFocus()
    qtbot.keyClick(client_id, Qt.Key.Key_Return)  # Enter in the form = Authorize
    qtbot.waitUntil(lambda: access(window) != "", timeout=WAIT)
    mnemonic_buttons = [b for b in window.findChildren(QPushButton) if b.isVisible() and "&" in b.text()]
    assert len(mnemonic_buttons) >= 6


@pytest.mark.logs_warnings
def test_excepthook_shows_a_dialog_and_logs_redacted(
    qtbot: Any, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    import sys

    from PySide6.QtWidgets import QApplication, QMessageBox

    from xauth_gui.entry.window import install_excepthook

    previous = sys.excepthook
    install_excepthook()
    shown: list[str] = []

    def close_dialog() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text() + (box.detailedText() or ""))
            box.close()

    QTimer.singleShot(200, close_dialog)
    try:
        raise RuntimeError("refresh_token=very-secret-value failed")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert shown and "very-secret-value" not in shown[0] and "Something unexpected went wrong" in shown[0]
    assert "very-secret-value" not in caplog.text and "refresh_token=[redacted]" in caplog.text


@pytest.mark.logs_warnings
def test_no_keychain_degrades_to_memory_with_a_lasting_way_out(
    qtbot: Any, tmp_path: Path, browser: ScriptedBrowser
) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with sandbox_window(qtbot, tmp_path, WAIT, memory_only=False) as w:
            login(qtbot, w)
            assert w.controller.vault.store.name == "memory only (this run)"
            assert w.profile_bar.storage_button.isVisible() and "memory only" in w.profile_bar.storage_label.text()
            w.opt_in_plain_file(confirm=False)
            qtbot.waitUntil(lambda: not w.controller.vault.busy, timeout=WAIT)
            secrets_file = tmp_path / "private" / "secrets.json"
            assert secrets_file.exists() and (secrets_file.stat().st_mode & 0o777) == 0o600
            assert (secrets_file.parent.stat().st_mode & 0o777) == 0o700
            assert access(w) in secrets_file.read_text() and "plain text" in w.profile_bar.storage_label.text()
    finally:
        keyring.set_keyring(previous)


def test_revealed_tokens_are_hidden_again(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    login(qtbot, window)
    window.activateWindow()
    field = child(window, QLineEdit, "accessTokenField")
    window.access_field.reveal.click()
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()  # the user switches to another window
    qtbot.waitUntil(lambda: field.echoMode() == QLineEdit.EchoMode.Password, timeout=5000)
    assert field.text() == access(window)  # masked, not emptied
