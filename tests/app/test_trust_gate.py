"""The one gate, through the window (issue 21): the console's tokens, the API Key and Secret and the
app-only token go only where they belong, whatever is typed or pasted; hostile answers stay harmless."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from tests.app.test_boundaries import use_custom
from tests.app.test_console import console, message, preset, send, sign_in
from tests.support.app_window import child, click
from tests.support.browser import ScriptedBrowser
from tests.support.helpers import RawServer, read_request
from xauth_gui.sandbox import Sandbox
from xauth_gui.sandbox.app_tokens import API_KEY, API_SECRET
from xauth_gui.ui.main_window import MainWindow

WAIT = 15_000
REORDERING = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def thief() -> Iterator[RawServer]:
    """Another server on this computer that would happily take a token (and answers 401 to invite a refresh)."""

    def take(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 2\r\n\r\n{}")

    with RawServer(take) as server:
        yield server


def call(qtbot: Any, w: MainWindow, url: str, *, app_only: bool = False) -> str:
    child(w, QComboBox, "consoleTokenCombo").setCurrentIndex(1 if app_only else 0)
    child(w, QLineEdit, "consoleUrlEdit").setText(url)
    child(w, QComboBox, "consoleMethodCombo").setCurrentIndex(0)  # GET
    child(w, QPlainTextEdit, "consoleBodyEdit").setPlainText("")
    return send(qtbot, w)


def token_calls(sb: Sandbox) -> int:
    return sb.count("POST", "/2/oauth2/token") + sb.count("POST", "/oauth2/token")


def get_app_token(qtbot: Any, w: MainWindow) -> None:
    child(w, QLineEdit, "consoleApiKeyEdit").setText(API_KEY)
    child(w, QLineEdit, "consoleApiSecretEdit").setText(API_SECRET)
    child(w, QLineEdit, "consoleApiKeyEdit").textEdited.emit(API_KEY)  # typed, as a user does
    click(w, "consoleGetAppTokenButton")
    qtbot.waitUntil(lambda: w.console.engine.app_token != "", timeout=WAIT)


def hostile_urls(thief: RawServer, own: str) -> list[str]:
    own_host = own.removeprefix("http://")
    return [
        f"{thief.url}/2/users/me",  # another port on this computer
        f"http://{own_host}@127.0.0.1:{thief.port}/2/users/me",  # userinfo: really goes to the thief
        f"http://localhost:{thief.port}/2/users/me",  # another name, another port
        f"http://localhost:{own_host.rsplit(':', 1)[1]}/2/users/me",  # another name for the same computer
        "https://api.x.com/2/users/me",  # the real X: not the sandbox's issuer
        "https://\u0430pi.x.com/2/users/me",  # a look-alike in Cyrillic
        "https://127.0.0.1.other.example/2/users/me",  # a look-alike suffix
    ]


def test_the_user_token_goes_only_to_its_issuers_api(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, thief: RawServer
) -> None:
    sign_in(qtbot, window)
    console(window)
    sb = window.sandbox_host.sandbox
    own = window.console.engine.api_base()
    before = token_calls(sb)
    for url in hostile_urls(thief, own):
        assert call(qtbot, window, url) == "", url
        said = message(window)
        assert said.startswith("Not sent:") and own in said, (url, said)
        assert window.controller.tokens is not None and window.controller.tokens.access_token not in said
        if not url.isascii():
            assert "xn--" in said  # the look-alike in its punycode form, so the difference shows
    assert thief.received == [] and token_calls(sb) == before  # nothing reached the thief; no refresh either
    assert call(qtbot, window, f"{own}/2/users/me").startswith("200 OK")  # the issuer's own API still works


def test_a_401_from_the_issuer_refreshes_once_but_a_foreign_one_never_does(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, thief: RawServer
) -> None:
    sign_in(qtbot, window)
    console(window)
    sb, own = window.sandbox_host.sandbox, window.console.engine.api_base()
    access_token = window.controller.tokens.access_token  # type: ignore[union-attr]
    sb.oauth.revoke({"token": [access_token], "client_id": ["sandbox-public-client"]}, "")
    assert not sb.token_is_live(access_token)
    before = token_calls(sb)
    assert call(qtbot, window, f"{own}/2/users/me").startswith("200 OK")  # 401, one refresh, sent again
    assert token_calls(sb) == before + 1
    assert call(qtbot, window, f"{thief.url}/2/users/me") == ""
    assert thief.received == [] and token_calls(sb) == before + 1


def test_api_keys_and_the_app_only_token_follow_their_profile(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, thief: RawServer
) -> None:
    c = window.controller
    sign_in(qtbot, window)
    console(window)
    get_app_token(qtbot, window)
    sandbox_profile, own = c.profile, window.console.engine.api_base()
    assert call(qtbot, window, f"{own}/2/users/by/username/XDevelopers", app_only=True).startswith("200 OK")
    with Sandbox() as other:
        c.profiles.create("Another app")
        use_custom(window, other.endpoints)
        qtbot.waitUntil(lambda: not c.busy, timeout=WAIT)
        assert child(window, QLineEdit, "consoleApiKeyEdit").text() == ""  # nothing carried over
        assert child(window, QLineEdit, "consoleApiSecretEdit").text() == ""
        assert window.console.engine.app_token == ""
        other_api = other.base_url
        assert call(qtbot, window, f"{other_api}/2/users/by/username/XDevelopers", app_only=True) == ""
        assert "no app-only token for this profile" in message(window)
        click(window, "consoleGetAppTokenButton")  # empty fields: nothing to send
        assert token_calls(other) == 0 and other.count("GET", "/2/users/by/username/XDevelopers") == 0
        qtbot.waitUntil(lambda: not c.vault.busy, timeout=WAIT)
        assert c.vault.store.get(c.profile.secret_key("api_key")) is None  # not copied into its keychain entries
        c.profiles.show(sandbox_profile)
        qtbot.waitUntil(lambda: child(window, QLineEdit, "consoleApiKeyEdit").text() == API_KEY, timeout=WAIT)
        assert window.console.engine.app_token != ""  # kept for its own profile
        # The sandbox profile's app-only token, addressed to the other server or the thief: refused.
        for url in (f"{other_api}/2/users/by/username/XDevelopers", f"{thief.url}/2/users/me"):
            assert call(qtbot, window, url, app_only=True) == ""
            assert message(window).startswith("Not sent:")
        assert other.requests == type(other.requests)() and thief.received == []


def test_saved_api_keys_are_not_sent_to_a_changed_server_until_typed_again(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    c = window.controller
    sign_in(qtbot, window)
    console(window)  # open on the signed-in sandbox profile; it stays open across the switch
    with Sandbox() as first, Sandbox() as second:
        c.profiles.create("My app")
        use_custom(window, first.endpoints)
        qtbot.waitUntil(lambda: not c.busy, timeout=WAIT)
        get_app_token(qtbot, window)
        assert token_calls(first) == 1
        use_custom(window, second.endpoints)  # the same profile, now pointed at another server
        qtbot.waitUntil(lambda: not c.busy, timeout=WAIT)
        click(window, "consoleGetAppTokenButton")  # the saved values, not typed again
        qtbot.waitUntil(lambda: message(window).startswith("Not sent:"), timeout=WAIT)
        assert first.base_url.removeprefix("http://") in message(window) and token_calls(second) == 0
        child(window, QLineEdit, "consoleApiKeyEdit").textEdited.emit(API_KEY)  # typed for this server
        click(window, "consoleGetAppTokenButton")
        qtbot.waitUntil(lambda: token_calls(second) == 1, timeout=WAIT)


@pytest.mark.parametrize(("shape", "mb"), [("deep", 2), ("deep", 0.004), ("hostile", 3)])
def test_hostile_answers_are_shown_as_text_never_raised(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, shape: str, mb: float
) -> None:
    sign_in(qtbot, window)
    console(window)
    own = window.console.engine.api_base()
    status = call(qtbot, window, f"{own}/2/sandbox/large?mb={mb}&shape={shape}")
    assert status.startswith("400" if shape == "hostile" else "200 OK")
    said, shown = message(window), child(window, QPlainTextEdit, "consoleResponseView").toPlainText()
    assert not REORDERING.search(said) and len(said) < 700
    assert 0 < len(shown) < 200_000
    if shape == "deep":
        assert "nested too deeply" in shown or "MB: its start is shown" in shown
    preset(window, "get_me")  # the console goes on working
    assert send(qtbot, window).startswith("200 OK")


def test_a_body_that_is_not_json_is_flagged_before_sending(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window)
    console(window)
    sb = window.sandbox_host.sandbox
    preset(window, "post")
    child(window, QPlainTextEdit, "consoleBodyEdit").setPlainText('{"text": "unfinished')
    posts = sb.count("POST", "/2/tweets")
    click(window, "consoleSendButton")
    assert "not valid JSON (line 1" in message(window) and sb.count("POST", "/2/tweets") == posts
    click(window, "consoleFixButton")  # Send anyway
    qtbot.waitUntil(lambda: sb.count("POST", "/2/tweets") == posts + 1, timeout=WAIT)


def test_server_values_are_percent_encoded_into_paths(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    sign_in(qtbot, window)
    panel = console(window)
    panel.last_post_id = "../../oauth2/revoke?token=x#"
    preset(window, "delete_post")
    url = child(window, QLineEdit, "consoleUrlEdit").text()
    assert url.endswith("/2/tweets/..%2F..%2Foauth2%2Frevoke%3Ftoken%3Dx%23")
    preset(window, "like")
    body = json.loads(child(window, QPlainTextEdit, "consoleBodyEdit").toPlainText())
    assert body == {"tweet_id": "../../oauth2/revoke?token=x#"}
