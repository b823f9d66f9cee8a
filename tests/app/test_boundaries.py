"""Security checklist section B (B1-B15), driven through the real window where a user would meet it.

Each test is named after its case. Servers are real: in-process sandboxes (one standing in for the
server that issued the tokens, another for a server the user typed in later) on 127.0.0.1.
"""

from __future__ import annotations

import logging
import math
import socket
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest
from PySide6.QtCore import QObject, QSettings, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from tests.support.app_window import access, banner, child, click, revoke, said, sandbox_window
from tests.support.browser import ScriptedBrowser
from tests.support.e2e import config_with_own_callback
from tests.support.helpers import http_get
from tests.support.qt_helpers import free_port
from xauth_gui.app import build
from xauth_gui.core.endpoints import Endpoints
from xauth_gui.core.messages import Topic
from xauth_gui.core.profile import Profile
from xauth_gui.core.refresh_machine import Note as RefreshNote
from xauth_gui.sandbox import CONFIDENTIAL_CLIENT_ID, CONFIDENTIAL_CLIENT_SECRET, PUBLIC_CLIENT_ID, Sandbox
from xauth_gui.ui.main_window import MainWindow

WAIT = 15_000
API_PATHS = ("/2/oauth2/token", "/2/oauth2/revoke", "/2/users/me")


# --- driving the window as a user would ---------------------------------------------------------------


def type_into(w: MainWindow, name: str, text: str) -> None:
    edit = child(w, QLineEdit, name)
    edit.setText(text)
    edit.textEdited.emit(text)


def choose(w: MainWindow, name: str, data: str) -> None:
    combo = child(w, QComboBox, name)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def use_custom(w: MainWindow, ep: Endpoints, client_id: str = PUBLIC_CLIENT_ID) -> None:
    before = redirect_uri(w)  # the window's callback URI on a port of the test's own (tests register it)
    choose(w, "providerCombo", "custom")
    for name, url in (
        ("authorizeUrlEdit", ep.authorize_url),
        ("tokenUrlEdit", ep.token_url),
        ("revokeUrlEdit", ep.revoke_url),
        ("meUrlEdit", ep.me_url),
    ):
        type_into(w, name, url)
    type_into(w, "clientIdEdit", client_id)
    if redirect_uri(w).startswith("http://127.0.0.1:8765/"):  # the app profile's default: never a shared port
        type_into(w, "redirectUriEdit", before)


def enter_secret(w: MainWindow, secret: str) -> None:
    edit = child(w, QLineEdit, "clientSecretEdit")
    edit.setText(secret)
    edit.textEdited.emit(secret)
    edit.editingFinished.emit()


def confidential_on(w: MainWindow, ep: Endpoints) -> None:
    """The sandbox's confidential client on `ep`, its secret typed in (so bound to that server)."""
    use_custom(w, ep, CONFIDENTIAL_CLIENT_ID)
    choose(w, "clientTypeCombo", "confidential")
    enter_secret(w, CONFIDENTIAL_CLIENT_SECRET)


def api_requests(sb: Sandbox) -> int:
    return sum(1 for r in list(sb.requests) if r.path in API_PATHS)


def redirect_uri(w: MainWindow) -> str:
    return child(w, QLineEdit, "redirectUriEdit").text()


def sign_in(qtbot: Any, w: MainWindow) -> None:
    click(w, "authorizeButton")
    c = w.controller
    qtbot.waitUntil(
        lambda: access(w) != "" and c.phase.value == "idle" and not c.checking_user and not c.net.in_flight,
        timeout=WAIT,
    )


def settle(qtbot: Any, w: MainWindow, ms: int = 700) -> None:
    """Let anything a click may have started reach the network (bounded; we assert it did not)."""
    deadline = time.monotonic() + ms / 1000
    qtbot.waitUntil(lambda: time.monotonic() > deadline and not w.controller.net.in_flight, timeout=ms + WAIT)


class UrlRecorder(QObject):
    """Stands in for the system opener for every scheme: records instead of launching anything."""

    SCHEMES = ("http", "https", "file", "smb", "javascript", "data", "mailto", "ftp", "xauth")

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture
def recorder() -> Iterator[UrlRecorder]:
    rec = UrlRecorder()
    for scheme in rec.SCHEMES:
        QDesktopServices.setUrlHandler(scheme, rec, "open")
    yield rec
    for scheme in rec.SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def issuer_and_other(window: MainWindow) -> Iterator[tuple[Sandbox, Sandbox]]:
    """Two servers: the one the user signs in with, and another typed in afterwards."""
    uri = redirect_uri(window)
    with Sandbox(redirect_uris=[uri]) as first, Sandbox(redirect_uris=[uri]) as other:
        yield first, other


def port_is_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


# --- B1 -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("change", ["token_url", "revoke_url", "me_url", "client_id", "provider"])
def test_b1_tokens_go_only_to_the_server_and_client_that_issued_them(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, issuer_and_other: tuple[Sandbox, Sandbox], change: str
) -> None:
    first, other = issuer_and_other
    use_custom(window, first.endpoints)
    sign_in(qtbot, window)
    token = access(window)
    before = api_requests(first)

    if change == "client_id":
        type_into(window, "clientIdEdit", CONFIDENTIAL_CLIENT_ID)
    elif change == "provider":
        choose(window, "providerCombo", "x")  # the sandbox is a profile of its own: X is the change here
    else:
        name = {"token_url": "tokenUrlEdit", "revoke_url": "revokeUrlEdit", "me_url": "meUrlEdit"}[change]
        type_into(window, name, getattr(other.endpoints, change))
    notice = child(window, QWidget, "tokenBindingNotice")
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=WAIT)
    assert "belong to the earlier settings" in banner(window)

    # Manual actions are refused with a sentence; automatic ones say nothing and send nothing.
    for button in ("refreshButton", "whoAmIButton", "revokeButton"):
        click(window, button)
        if button == "revokeButton":
            click(window, "confirmRevokeButton")
        assert "Not sent" in banner(window) and "Sign in again" in banner(window), banner(window)
    window.controller.update(tokens=replace(window.controller.tokens, expires_at=time.time() + 2))
    window.controller.set_auto_refresh(True)
    window.controller._on_tick()
    settle(qtbot, window)
    assert api_requests(other) == 0
    assert api_requests(first) == before  # nothing went to the issuer either: the settings changed
    assert access(window) == token and first.token_is_live(token)

    # "Restore those settings" puts the issuer back; the actions work again, with the issuer.
    click(window, "restoreSettingsButton")
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=WAIT)
    assert window.controller.profile.custom_endpoints.token_url == first.endpoints.token_url
    click(window, "whoAmIButton")
    qtbot.waitUntil(lambda: said(window) is Topic.SIGNED_IN_AS and "@sandbox_user" in banner(window), timeout=WAIT)
    assert api_requests(other) == 0 and api_requests(first) > before


def test_b1_sign_in_again_replaces_the_tokens_with_ones_for_the_new_settings(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, issuer_and_other: tuple[Sandbox, Sandbox]
) -> None:
    first, other = issuer_and_other
    use_custom(window, first.endpoints)
    sign_in(qtbot, window)
    old = access(window)
    use_custom(window, other.endpoints)
    notice = child(window, QWidget, "tokenBindingNotice")
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=WAIT)
    click(window, "signInAgainButton")
    qtbot.waitUntil(lambda: access(window) not in ("", old) and not notice.isVisible(), timeout=WAIT)
    assert other.token_is_live(access(window))


def test_b1_the_binding_survives_a_restart(qtbot: Any, tmp_path: Path, browser: ScriptedBrowser) -> None:
    """The issuer is saved with the tokens: after a restart, edited settings still can't take them."""
    with sandbox_window(qtbot, tmp_path, WAIT) as w:
        uri = redirect_uri(w)
        with Sandbox(redirect_uris=[uri]) as first, Sandbox(redirect_uris=[uri]) as other:
            use_custom(w, first.endpoints)
            sign_in(qtbot, w)
            saved = w.controller.profile.tokens
            assert saved is not None and saved.issuer is not None
            assert saved.issuer.endpoints.token_url == first.endpoints.token_url
            type_into(w, "meUrlEdit", other.endpoints.me_url)
            w.settings.sync()
    reopened = build(["xauth-gui", "--config-dir", str(tmp_path), "--memory-only"])
    qtbot.addWidget(reopened)
    try:
        profile = reopened.controller.profile
        assert profile.tokens is not None and profile.tokens.issuer is not None
        assert profile.tokens.issuer.endpoints.me_url != profile.custom_endpoints.me_url
    finally:
        reopened.shutdown()


# --- B2 -----------------------------------------------------------------------------------------------
def test_b2_client_secret_is_not_sent_to_another_origin_without_confirmation(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, issuer_and_other: tuple[Sandbox, Sandbox]
) -> None:
    first, other = issuer_and_other
    confidential_on(window, first.endpoints)
    sign_in(qtbot, window)

    use_custom(window, other.endpoints, CONFIDENTIAL_CLIENT_ID)  # the secret field still holds the secret
    opened = len(browser.opened)
    click(window, "authorizeButton")
    assert "Client Secret was entered for http://127.0.0.1:" in banner(window), banner(window)
    assert len(browser.opened) == opened and api_requests(other) == 0
    assert window.controller.login.listener is None and window.controller.phase.value == "idle"

    # Confirming (the banner's button) lets it go there; the login then completes against `other`.
    actions = child(window, QWidget, "messageBanner").findChildren(QPushButton)
    next(b for b in actions if b.text() == "Send it to this server").click()
    sign_in(qtbot, window)
    assert other.token_is_live(access(window))


def test_b2_a_secret_typed_for_the_new_server_needs_no_confirmation(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, issuer_and_other: tuple[Sandbox, Sandbox]
) -> None:
    first, other = issuer_and_other
    confidential_on(window, first.endpoints)
    use_custom(window, other.endpoints, CONFIDENTIAL_CLIENT_ID)
    enter_secret(window, CONFIDENTIAL_CLIENT_SECRET)  # typed again, now for `other`
    sign_in(qtbot, window)
    assert other.token_is_live(access(window))


# --- B3 -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "smb://fileserver/share/authorize",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "/i/oauth2/authorize",
        "xauth://authorize",
        "http://example.com/i/oauth2/authorize",
        "https://exa mple.com/authorize",
        "https://" + "ä" * 70 + ".example/authorize",  # a label IDNA can't encode
        "https://a..b/authorize",
        "https://[::1/authorize",
    ],
)
def test_b3_only_web_addresses_reach_the_browser(
    qtbot: Any, window: MainWindow, recorder: UrlRecorder, url: str
) -> None:
    with Sandbox() as sb:
        use_custom(window, sb.endpoints)
        type_into(window, "authorizeUrlEdit", url)
        port = int(redirect_uri(window).rsplit(":", 1)[1].split("/")[0])
        click(window, "authorizeButton")
        assert recorder.opened == []
        assert window.controller.phase.value == "idle"
        assert window.controller.login.listener is None and port_is_free(port)
        assert banner(window).startswith(("The authorize URL", "The token URL")), banner(window)


def test_b3_non_ascii_host_is_idna_encoded(qtbot: Any, window: MainWindow, recorder: UrlRecorder) -> None:
    with Sandbox() as sb:
        use_custom(window, sb.endpoints)
        type_into(window, "authorizeUrlEdit", "https://bücher.example/i/oauth2/authorize")
        click(window, "authorizeButton")
        qtbot.waitUntil(lambda: recorder.opened != [], timeout=WAIT)
        assert recorder.opened[0].startswith("https://xn--bcher-kva.example/i/oauth2/authorize?")
        window.controller.cancel_login()


# --- B4 -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("field", ["tokenUrlEdit", "revokeUrlEdit", "meUrlEdit"])
def test_b4_secrets_never_cross_a_network_in_clear(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, field: str
) -> None:
    """Plain http to another host is refused, naming the URL, before any secret is sent."""
    uri = redirect_uri(window)
    with Sandbox(redirect_uris=[uri]) as sb:
        use_custom(window, sb.endpoints)
        remote = "http://203.0.113.9/2/oauth2/token"  # TEST-NET-3: never contacted
        type_into(window, field, remote)
        if field == "tokenUrlEdit":
            click(window, "authorizeButton")
            assert browser.opened == []
        else:
            sign_in_with = replace(sb.endpoints, **{"revoke_url" if field == "revokeUrlEdit" else "me_url": remote})
            window.controller.update_profile(replace(window.controller.profile, custom_endpoints=sign_in_with))
            sign_in(qtbot, window)  # and its automatic who-am-I, whose message would replace ours
            if field == "revokeUrlEdit":
                revoke(window)
            else:
                click(window, "whoAmIButton")
            qtbot.waitUntil(lambda: "plain http://" in banner(window), timeout=WAIT)
        assert "http://203.0.113.9/2/oauth2/token" in banner(window) and "plain http://" in banner(window)


# --- B6 -----------------------------------------------------------------------------------------------
def test_b6_a_refresh_answered_after_a_profile_switch_is_saved_under_its_profile(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window)
    sb = window.sandbox_host.sandbox
    first = window.controller.profile
    old_refresh = child(window, QLineEdit, "refreshTokenField").text()
    sb.set_faults(latency=1.0, paths=("/2/oauth2/token",))
    click(window, "refreshButton")
    other = Profile(name="Another app")
    window.settings.save_profile(other)
    window.fill_profiles()
    combo = child(window, QComboBox, "profileCombo")
    combo.activated.emit(combo.findData(other.id))
    assert window.controller.profile.id == other.id
    store = window.controller.vault.store
    qtbot.waitUntil(lambda: not window.controller.refreshing, timeout=WAIT)
    qtbot.waitUntil(lambda: store.get(f"{first.id}/refresh_token") not in (None, old_refresh), timeout=WAIT)
    new_refresh = store.get(f"{first.id}/refresh_token")
    assert sb.token_is_live(new_refresh) and not sb.token_is_live(old_refresh)
    sb.clear_faults()

    # Back on the first profile, the saved (live) pair is the one used.
    combo.activated.emit(combo.findData(first.id))
    qtbot.waitUntil(lambda: child(window, QLineEdit, "refreshTokenField").text() == new_refresh, timeout=WAIT)
    click(window, "refreshButton")
    qtbot.waitUntil(lambda: said(window) is RefreshNote.REFRESHED, timeout=WAIT)


# --- B7 -----------------------------------------------------------------------------------------------
class LockableKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring backend that can be locked, as a Secret Service collection can."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if (service, username) not in self.data:
            raise keyring.errors.PasswordDeleteError("missing")
        del self.data[(service, username)]


@pytest.fixture
def lockable_keyring() -> Iterator[LockableKeyring]:
    previous = keyring.get_keyring()
    backend = LockableKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def remove_while_locked(qtbot: Any, w: MainWindow, backend: LockableKeyring) -> str:
    """Sign in (tokens saved in the keychain), lock it, then "Remove from this computer only"."""
    sign_in(qtbot, w)
    pid = str(w.controller.profile.id)
    qtbot.waitUntil(lambda: ("xauth-gui", f"{pid}/refresh_token") in backend.data, timeout=WAIT)
    backend.locked = True
    w.controller.remove_locally()
    qtbot.waitUntil(lambda: "still holds them" in banner(w), timeout=WAIT)
    assert access(w) == ""
    return pid


@pytest.mark.logs_warnings
def test_b7_removal_while_the_keychain_is_locked_is_carried_out_later(
    qtbot: Any, tmp_path: Path, browser: ScriptedBrowser, lockable_keyring: LockableKeyring
) -> None:
    with sandbox_window(qtbot, tmp_path, WAIT, memory_only=False) as w:
        pid = remove_while_locked(qtbot, w, lockable_keyring)
        assert ("xauth-gui", f"{pid}/access_token") in lockable_keyring.data  # really still there
        assert "waiting for the keychain" in child(w, QWidget, "storageLabel").text()
        w.settings.sync()
    # Restart with the keychain unlocked: the removal happens before anything is read.
    lockable_keyring.locked = False
    reopened = build(["xauth-gui", "--config-dir", str(tmp_path)])
    qtbot.addWidget(reopened)
    try:
        qtbot.waitUntil(lambda: not any(k[1].startswith(f"{pid}/") and "token" in k[1]
                                        for k in lockable_keyring.data), timeout=WAIT)  # fmt: skip
        qtbot.waitUntil(lambda: reopened.settings.pending_deletions == [], timeout=WAIT)
        assert access(reopened) == ""
    finally:
        reopened.shutdown()


@pytest.mark.logs_warnings
def test_b7_retry_keychain_carries_out_the_removal(
    qtbot: Any, tmp_path: Path, browser: ScriptedBrowser, lockable_keyring: LockableKeyring
) -> None:
    with sandbox_window(qtbot, tmp_path, WAIT, memory_only=False) as w:
        pid = remove_while_locked(qtbot, w, lockable_keyring)
        lockable_keyring.locked = False
        w.controller.keeping.retry_keychain()
        label = child(w, QWidget, "storageLabel")
        qtbot.waitUntil(lambda: w.controller.vault.pending == frozenset(), timeout=WAIT)
        qtbot.waitUntil(lambda: "waiting for the keychain" not in label.text(), timeout=WAIT)
        assert ("xauth-gui", f"{pid}/refresh_token") not in lockable_keyring.data


# --- B9 -----------------------------------------------------------------------------------------------
def test_b9_userinfo_in_an_endpoint_never_shows(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    uri = redirect_uri(window)
    with Sandbox(redirect_uris=[uri]) as sb:
        ep = sb.endpoints
        secret = "pw-B9-userinfo-S3cret"
        with_userinfo = Endpoints(
            *(u.replace("http://", f"http://admin:{secret}@") for u in (ep.authorize_url, ep.token_url,
                                                                         ep.revoke_url, ep.me_url))
        )  # fmt: skip
        use_custom(window, with_userinfo)
        click(window, "authorizeButton")  # refused before a browser opens or a byte is sent (issue 21)
        qtbot.waitUntil(lambda: "before the server name" in banner(window), timeout=WAIT)
        assert "127.0.0.1" in banner(window) and browser.opened == [] and sb.requests == deque()
        log_text = child(window, QWidget, "requestLog").toPlainText()
        for surface in (log_text, caplog.text, banner(window), window.windowTitle()):
            assert secret not in surface and "admin:" not in surface


# --- B11 ----------------------------------------------------------------------------------------------
DAMAGE = [
    {"expires_at": math.nan},
    {"expires_at": math.inf, "obtained_at": -math.inf},
    {"expires_at": 1e300},
    {"expires_at": -5},
    {"expires_at": "soon", "obtained_at": [1]},
    {"expires_at": True, "scopes": "tweet.read", "has_refresh": "yes"},
    {"issuer": {"provider": 3}},
]


@pytest.mark.logs_warnings
@pytest.mark.parametrize("damage", DAMAGE)
def test_b11_damaged_settings_are_dropped_with_a_note(qtbot: Any, tmp_path: Path, damage: dict[str, Any]) -> None:
    import json

    profile = Profile(name="Damaged").to_dict() | {"provider": "nonsense-provider", "client_type": "weird"}
    profile["tokens"] = {"token_type": "bearer", "obtained_at": 1.0, "expires_at": 2.0, "scopes": []} | damage
    profile["scopes"] = {"not": "a list"}
    q = QSettings(str(tmp_path / "xauth-gui.ini"), QSettings.Format.IniFormat)
    q.setValue("profiles/all", json.dumps([profile]))
    q.setValue("prefs/clipboard_clear_seconds", "1e99")
    q.setValue("secrets/pending_deletions", "{broken")
    q.sync()
    w = build(["xauth-gui", "--config-dir", str(tmp_path), "--memory-only"])
    qtbot.addWidget(w)
    try:
        w.show()
        for _ in range(3):
            w.controller._on_tick()  # the one-second timer's work, three times
            w.tokens_panel.render_expiry()
        assert "damaged" in banner(w) and w.controller.profile.provider == "x"
        assert w.clipboard.clear_after_s == 60
    finally:
        w.shutdown()


# --- B12 ----------------------------------------------------------------------------------------------
def test_b12_port_check_binds_like_the_listener(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    """Right after a login on the port (its socket in TIME_WAIT), the self-check still finds it free."""
    from xauth_gui.entry.diagnose import OK, check_port

    sign_in(qtbot, window)
    window.controller.release_callback_port()  # the finished login's tab helper gives the port back
    assert check_port(redirect_uri(window)).status == OK


def test_b12_a_busy_port_names_the_program_holding_it() -> None:
    from xauth_gui.entry.diagnose import FAIL, check_port

    port = free_port()
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", port))
        holder.listen(1)
        check = check_port(f"http://127.0.0.1:{port}/callback")
    assert check.status == FAIL and f"Port {port}" in check.detail
    assert "python" in check.detail.lower() and "process" in check.detail


# --- B13 ----------------------------------------------------------------------------------------------
def test_b13_refresh_answered_200_with_an_error_is_a_refresh_error(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window)
    window.sandbox_host.sandbox.set_faults(error_200="invalid_grant", paths=("/2/oauth2/token",))
    click(window, "refreshButton")
    qtbot.waitUntil(lambda: "refresh token is no longer valid" in banner(window), timeout=WAIT)
    assert "authorization code" not in banner(window)


# --- B14 ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("host", ["evil.example", "attacker.test:{port}", "127.0.0.1.nip.io:{port}", "localhost:1"])
def test_b14_sandbox_refuses_a_foreign_host(sandbox: Sandbox, host: str) -> None:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", sandbox.port, timeout=5)
    try:
        conn.putrequest("GET", "/2/users/me", skip_host=True)
        conn.putheader("Host", host.format(port=sandbox.port))
        conn.endheaders()
        assert conn.getresponse().status == 403
    finally:
        conn.close()
    status, _, _ = http_get(f"http://127.0.0.1:{sandbox.port}/")
    assert status == 200


# --- B15 ----------------------------------------------------------------------------------------------
def test_b15_a_custom_servers_own_reason_is_shown_without_x_advice(
    qtbot: Any, window: MainWindow, recorder: UrlRecorder
) -> None:
    with Sandbox() as sb:
        use_custom(window, sb.endpoints)
        click(window, "authorizeButton")
        qtbot.waitUntil(lambda: window.controller.attempt is not None, timeout=WAIT)
        state = window.controller.attempt.state
        type_into(
            window,
            "pasteRedirectEdit",
            f"{redirect_uri(window)}?error=invalid_request&state={state}"
            "&error_description=not+supported+value+of+code_challenge_method%0D%0A%1B[31m",
        )
        click(window, "pasteRedirectButton")
        text = banner(window)
        assert "not supported value of code_challenge_method" in text, text
        assert "X developer console" not in text and "\x1b" not in text and "\n" not in text


def test_b12_diagnose_passes_twice_in_a_row_from_the_source_tree(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "disabled:",
    }
    own = str(config_with_own_callback(tmp_path / "cfg"))  # the profile's callback port: the test's own
    for _ in range(2):
        out = subprocess.run(
            [sys.executable, str(root / "main.py"), "--diagnose", "--config-dir", own],
            capture_output=True, text=True, timeout=180, env=env, cwd=root,
        )  # fmt: skip
        assert out.returncode == 0, out.stdout + out.stderr[-2000:]
        assert "✓ Callback port" in out.stdout and "✓ Sandbox login" in out.stdout


def test_late_callbacks_after_shutdown_are_dropped(qtbot: Any) -> None:
    """A job's timeout firing after its owner shut down, and work it then asks for, go nowhere."""
    import threading

    from xauth_gui.qt.runner import Runner

    release = threading.Event()
    runner = Runner("test", max_workers=1)
    errors_seen: list[Exception] = []

    def late(exc: Exception) -> None:
        errors_seen.append(exc)
        runner.submit(lambda: None, lambda _r: None, errors_seen.append)

    runner.submit(release.wait, lambda _r: None, late, timeout_ms=50, timeout_error=TimeoutError)
    runner.shutdown()
    deadline = time.monotonic() + 0.3
    qtbot.waitUntil(lambda: time.monotonic() > deadline, timeout=2000)
    release.set()
    assert errors_seen == []
