"""The "Try it" console, driven through the window against the sandbox (issue 12)."""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from tests.support.app_window import access, child, click
from tests.support.browser import ScriptedBrowser
from xauth_gui.core.session import Phase
from xauth_gui.sandbox.app_tokens import API_KEY, API_SECRET
from xauth_gui.sandbox.browser import http_post_form
from xauth_gui.ui.main_window import MainWindow

WAIT = 15_000
WRITE_SCOPES = ("tweet.read", "tweet.write", "users.read", "like.write", "offline.access")


def sign_in(qtbot: Any, w: MainWindow, scopes: tuple[str, ...] = WRITE_SCOPES) -> None:
    w.controller.update_profile(replace(w.controller.profile, scopes=scopes))
    w.fill_form()
    click(w, "authorizeButton")
    qtbot.waitUntil(lambda: access(w) != "" and w.controller.user is not None and not w.controller.busy, timeout=WAIT)


def console(w: MainWindow) -> Any:
    click(w, "tryItButton")
    panel = w.console
    assert panel is not None and panel.isVisible()
    return panel


def get_app_token(qtbot: Any, w: MainWindow) -> None:
    """Type the sandbox app's API Key and Secret into the console and make the app-only token."""
    child(w, QLineEdit, "consoleApiKeyEdit").setText(API_KEY)
    child(w, QLineEdit, "consoleApiSecretEdit").setText(API_SECRET)
    click(w, "consoleGetAppTokenButton")
    qtbot.waitUntil(lambda: w.console.engine.app_token != "", timeout=WAIT)


def preset(w: MainWindow, preset_id: str) -> None:
    combo = child(w, QComboBox, "consolePresetCombo")
    combo.setCurrentIndex(combo.findData(preset_id))
    combo.activated.emit(combo.currentIndex())


def send(qtbot: Any, w: MainWindow) -> str:
    status = child(w, QLabel, "consoleStatusLabel")
    message = child(w, QLabel, "consoleMessage")
    status.setText("")
    before = message.text()
    click(w, "consoleSendButton")
    qtbot.waitUntil(lambda: status.text() != "" or message.text() not in ("", before), timeout=WAIT)
    return str(status.text())


def body(w: MainWindow) -> Any:
    return json.loads(child(w, QPlainTextEdit, "consoleResponseView").toPlainText())


def message(w: MainWindow) -> str:
    return str(child(w, QLabel, "consoleMessage").text())


def test_post_read_back_and_delete(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    sign_in(qtbot, window)
    console(window)
    preset(window, "post")
    text = f"Hello from the console {uuid.uuid4().hex[:8]}"
    child(window, QPlainTextEdit, "consoleBodyEdit").setPlainText(json.dumps({"text": text}))
    assert send(qtbot, window).startswith("201 Created · ")
    post_id = body(window)["data"]["id"]
    url = child(window, QLineEdit, "consoleUrlEdit")
    method = child(window, QComboBox, "consoleMethodCombo")
    method.setCurrentIndex(method.findData("GET"))
    url.setText(f"{window.console.engine.api_base()}/2/tweets/{post_id}")
    assert send(qtbot, window).startswith("200 OK")
    assert body(window)["data"]["text"] == text
    preset(window, "delete_post")
    assert url.text().endswith(f"/2/tweets/{post_id}")
    assert send(qtbot, window).startswith("200 OK") and body(window)["data"]["deleted"] is True
    assert "of 75 left; resets at" in child(window, QLabel, "consoleRateLimitLabel").text()


def test_a_missing_scope_is_said_before_sending_and_offers_a_new_login(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window, ("tweet.read", "users.read", "offline.access"))
    console(window)
    posts_before = window.sandbox_host.sandbox.count("POST", "/2/tweets")
    preset(window, "post")
    click(window, "consoleSendButton")
    assert "needs tweet.write, which this token was not granted" in message(window)
    assert window.sandbox_host.sandbox.count("POST", "/2/tweets") == posts_before  # nothing was sent
    fix = child(window, QPushButton, "consoleFixButton")
    assert fix.isVisible() and "sign in again" in fix.text()
    fix.click()
    assert "tweet.write" in window.controller.profile.scopes
    qtbot.waitUntil(lambda: window.controller.tokens is not None and "tweet.write" in window.controller.tokens.scopes,
                    timeout=WAIT)  # fmt: skip


def test_429_says_when_to_try_again(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    sign_in(qtbot, window)
    window.sandbox_host.sandbox.api.rate_limit = 3  # the sign-in's who-am-I used one
    console(window)
    preset(window, "get_me")
    assert send(qtbot, window).startswith("200")
    assert send(qtbot, window).startswith("200")
    assert "0 of 3 left; resets at" in child(window, QLabel, "consoleRateLimitLabel").text()
    assert send(qtbot, window).startswith("429 Too Many Requests")
    assert "Too many calls to this endpoint. Wait and try again after " in message(window)


def test_client_not_enrolled_points_to_the_developer_console(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window)
    window.sandbox_host.sandbox.api.faults.client_not_enrolled = True
    console(window)
    preset(window, "get_me")
    assert send(qtbot, window).startswith("403 Forbidden")
    assert "not in a project" in message(window)
    assert child(window, QPushButton, "consoleFixButton").text() == "Open the developer console"


def test_a_duplicate_post_asks_for_other_text(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    sign_in(qtbot, window)
    console(window)
    preset(window, "post")
    child(window, QPlainTextEdit, "consoleBodyEdit").setPlainText(json.dumps({"text": "same words twice"}))
    assert send(qtbot, window).startswith("201")
    assert send(qtbot, window).startswith("403")
    assert "change the text" in message(window)


def test_a_401_refreshes_once_and_sends_again(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    sign_in(qtbot, window)
    sandbox = window.sandbox_host.sandbox
    old = window.controller.tokens
    assert old is not None
    status, _, _ = http_post_form(
        sandbox.endpoints.revoke_url, {"token": old.access_token, "client_id": window.controller.profile.client_id}
    )
    assert status == 200 and not sandbox.token_is_live(old.access_token)
    refreshes = sandbox.count("POST", "/2/oauth2/token")
    console(window)
    preset(window, "get_me")
    click(window, "consoleSendButton")  # 401, one refresh, then the retry answers
    qtbot.waitUntil(lambda: child(window, QLabel, "consoleStatusLabel").text().startswith("200"), timeout=WAIT)
    assert "token refreshed first" in child(window, QLabel, "consoleStatusLabel").text()
    assert sandbox.count("POST", "/2/oauth2/token") == refreshes + 1  # exactly one refresh
    assert access(window) != old.access_token


def test_a_5_mb_answer_keeps_the_window_responsive(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    sign_in(qtbot, window)
    console(window)
    method = child(window, QComboBox, "consoleMethodCombo")
    method.setCurrentIndex(method.findData("GET"))
    child(window, QLineEdit, "consoleUrlEdit").setText(f"{window.console.engine.api_base()}/2/sandbox/large?mb=5")
    send(qtbot, window)  # the in-process sandbox encodes its 5 MB once (holding the GIL): not the app's time
    gaps, last = [], [time.monotonic()]

    def beat() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    timer.start()
    try:
        status = send(qtbot, window)
        assert status.startswith("200 OK"), message(window)
        answered = len(gaps)
        qtbot.waitUntil(lambda: len(gaps) >= answered + 5, timeout=5000)  # the window beats on after the answer
    finally:
        timer.stop()
    view = child(window, QPlainTextEdit, "consoleResponseView")
    assert "Save response… keeps it all" in view.toPlainText() and len(view.toPlainText()) < 200_000
    assert len(window.console.last.body) > 5_000_000
    assert max(gaps) < 0.3, f"the GUI stalled {max(gaps):.2f} s"  # measured here: 0.07-0.10 s


def test_app_only_token_reads_public_data_but_not_user_calls(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window)
    console(window)
    get_app_token(qtbot, window)
    creds = window.controller.state.api_credentials
    assert (creds.key, creds.secret, creds.profile_id) == (API_KEY, API_SECRET, window.controller.profile.id)
    qtbot.waitUntil(lambda: not window.controller.vault.busy, timeout=WAIT)
    store, profile = window.controller.vault.store, window.controller.profile
    assert store.get(profile.secret_key("api_key")) == API_KEY  # kept with the profile, in the secret store
    tokens = child(window, QComboBox, "consoleTokenCombo")
    preset(window, "get_user_by_username")  # a call that takes both: the user token is chosen, app-only picked
    assert tokens.currentIndex() == 0
    tokens.setCurrentIndex(1)
    assert send(qtbot, window).startswith("200 OK") and body(window)["data"]["username"] == "XDevelopers"
    assert window.console.last.request.app_only
    preset(window, "get_me")
    tokens.setCurrentIndex(1)  # the user overrides the choice: X's refusal is explained, with the way out
    assert send(qtbot, window).startswith("403")
    assert "user token" in message(window)
    fix = child(window, QPushButton, "consoleFixButton")
    assert fix.isVisible() and fix.text() == "Send with the user token"
    fix.click()
    qtbot.waitUntil(lambda: child(window, QLabel, "consoleStatusLabel").text().startswith("200"), timeout=WAIT)
    assert tokens.currentIndex() == 0


def test_copy_as_curl_hides_the_token_unless_asked(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    from PySide6.QtGui import QGuiApplication

    sign_in(qtbot, window)
    console(window)
    preset(window, "get_me")
    click(window, "consoleCopyCurlButton")
    line = QGuiApplication.clipboard().text()
    assert '"Authorization: Bearer $X_ACCESS_TOKEN"' in line and access(window) not in line
    window.console.reveal_check.setChecked(True)
    click(window, "consoleCopyCurlButton")
    assert access(window) in QGuiApplication.clipboard().text()


@pytest.mark.parametrize("name", ["consolePresetCombo", "consoleMethodCombo", "consoleUrlEdit", "consoleBodyEdit",
                                  "consoleSendButton", "consoleCancelButton", "consoleStatusLabel",
                                  "consoleResponseView", "consoleRateLimitLabel", "consoleMessage",
                                  "consoleCopyCurlButton"])  # fmt: skip
def test_the_console_contract_names_exist_once_the_window_is_up(window: MainWindow, name: str) -> None:
    assert window.findChild(QWidget, name) is not None
    assert window.controller.phase in (Phase.IDLE, Phase.LOADING)


def test_the_token_never_goes_over_plain_http_to_another_computer(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window)
    console(window)
    child(window, QLineEdit, "consoleUrlEdit").setText("http://api.example.com/2/users/me")
    sent = window.sandbox_host.sandbox.count("GET", "/2/users/me")
    click(window, "consoleSendButton")
    qtbot.waitUntil(lambda: "https" in message(window), timeout=WAIT)
    assert child(window, QLabel, "consoleStatusLabel").text() == ""
    assert window.sandbox_host.sandbox.count("GET", "/2/users/me") == sent
