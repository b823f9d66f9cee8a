"""Other OAuth servers by the book (issue 26), through the window against the sandbox grown to publish
RFC 8414 metadata and send `iss` (RFC 9207): discovery fills and logs in; a document for another issuer,
or a hostile one, changes nothing; an answer naming another issuer is refused before any token request;
a server that takes the Client Secret only in the body gets it there."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from tests.app.test_boundaries import choose, enter_secret, redirect_uri, sign_in, type_into
from tests.support.app_window import access, banner, child, click, revoke, said
from tests.support.browser import ScriptedBrowser
from xauth_gui.core.discovery import OAUTH_WELL_KNOWN, OIDC_WELL_KNOWN
from xauth_gui.core.endpoints import Endpoints
from xauth_gui.core.revoke_machine import Note as RevokeNote
from xauth_gui.sandbox import CONFIDENTIAL_CLIENT_ID, CONFIDENTIAL_CLIENT_SECRET, PUBLIC_CLIENT_ID, Sandbox
from xauth_gui.ui.main_window import MainWindow

WAIT = 15_000
TOKEN = "/2/oauth2/token"


@pytest.fixture
def server(window: MainWindow) -> Iterator[Sandbox]:
    """A strict server: it names itself in every answer (`iss`) and says so in its metadata."""
    with Sandbox(redirect_uris=[redirect_uri(window)]) as sb:
        sb.oauth.issuer = sb.base_url
        yield sb


def custom(w: MainWindow, client_id: str = PUBLIC_CLIENT_ID) -> None:
    before = redirect_uri(w)  # the test's own callback port (the server registered it), never the shared 8765
    choose(w, "providerCombo", "custom")
    type_into(w, "clientIdEdit", client_id)
    if redirect_uri(w) != before:
        type_into(w, "redirectUriEdit", before)


def discover(qtbot: Any, w: MainWindow, address: str) -> None:
    type_into(w, "discoveryUrlEdit", address)
    click(w, "discoverButton")
    qtbot.waitUntil(lambda: not w.controller.net.in_flight and "metadata…" not in banner(w), timeout=WAIT)


def shown_endpoints(w: MainWindow) -> tuple[str, ...]:
    names = ("authorizeUrlEdit", "tokenUrlEdit", "revokeUrlEdit", "meUrlEdit")
    return tuple(child(w, QLineEdit, name).text() for name in names)


def test_discovery_fills_the_endpoints_and_the_login_checks_iss(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, server: Sandbox
) -> None:
    custom(window)
    assert child(window, QLineEdit, "discoveryUrlEdit").isVisible()
    discover(qtbot, window, server.base_url)
    assert "Filled in from the metadata" in banner(window) and "must name this server" in banner(window)
    ep = server.endpoints
    assert shown_endpoints(window) == (ep.authorize_url, ep.token_url, ep.revoke_url, ep.me_url)
    saved = window.controller.profile.custom_endpoints
    assert (saved.issuer, saved.iss_required, saved.token_auth) == (server.base_url, True, "client_secret_basic")
    sign_in(qtbot, window)
    assert access(window) != ""
    assert all("iss=" in location for location in browser.locations)  # the answers named the server
    assert window.controller.tokens is not None
    issuer = window.controller.tokens.issuer
    assert issuer is not None and issuer.endpoints.issuer == server.base_url  # kept with the tokens too


@pytest.mark.logs_warnings
@pytest.mark.parametrize("answer", ["another issuer", "no issuer"])
def test_an_answer_that_does_not_name_the_issuer_is_refused_before_any_token_request(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, server: Sandbox, answer: str
) -> None:
    custom(window)
    discover(qtbot, window, server.base_url)
    other = "https://login.attacker.example"
    server.oauth.issuer = other if answer == "another issuer" else None  # the answer comes back mixed up
    click(window, "authorizeButton")
    qtbot.waitUntil(lambda: window.controller.phase.value == "idle" and bool(browser.pages), timeout=WAIT)
    assert server.count("POST", TOKEN) == 0 and access(window) == ""
    said = banner(window)
    assert server.base_url in said and "refused before any token request" in said, said
    if answer == "another issuer":
        assert other in said
    status, page = browser.pages[-1]
    assert status == 400 and "not from the expected server" in page


def test_a_document_for_another_issuer_changes_nothing(qtbot: Any, window: MainWindow, server: Sandbox) -> None:
    custom(window)
    before = (window.controller.profile.custom_endpoints, shown_endpoints(window))
    server.oauth.issuer = server.base_url + "/someone-else"
    discover(qtbot, window, server.base_url)
    assert "not for" in banner(window) and server.base_url + "/someone-else" in banner(window)
    assert (window.controller.profile.custom_endpoints, shown_endpoints(window)) == before


def test_a_server_that_takes_the_secret_only_in_the_body_gets_it_there(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, server: Sandbox
) -> None:
    server.oauth.auth_methods = ("client_secret_post",)  # Basic is refused by this server
    custom(window, CONFIDENTIAL_CLIENT_ID)
    discover(qtbot, window, server.base_url)  # the server first: a secret is bound to where it was typed
    assert window.controller.profile.custom_endpoints.token_auth == "client_secret_post"
    assert "request body" in banner(window)
    choose(window, "clientTypeCombo", "confidential")
    enter_secret(window, CONFIDENTIAL_CLIENT_SECRET)
    sign_in(qtbot, window)
    first = access(window)
    click(window, "refreshButton")  # refresh uses the same method
    qtbot.waitUntil(lambda: access(window) not in ("", first) and not window.controller.net.in_flight, timeout=WAIT)
    assert server.count("POST", TOKEN) == 2
    body = next(line for line in reversed(window.request_log.lines) if TOKEN in line.split("\n")[0])
    assert "client_secret=" in body and CONFIDENTIAL_CLIENT_SECRET not in body  # sent, and masked in the log
    token = access(window)
    revoke(window)  # and revoke too
    qtbot.waitUntil(lambda: access(window) == "" and not window.controller.net.in_flight, timeout=WAIT)
    assert not server.token_is_live(token) and said(window) is RevokeNote.REVOKED, banner(window)


@pytest.mark.parametrize("where", ["openid", "issuer with a path"])
def test_discovery_finds_openid_configuration_and_issuers_with_a_path(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, server: Sandbox, where: str
) -> None:
    issuer = server.base_url if where == "openid" else server.base_url + "/tenant"
    server.oauth.issuer = issuer
    path = OIDC_WELL_KNOWN if where == "openid" else OAUTH_WELL_KNOWN + "/tenant"
    server.metadata.paths = frozenset({path})
    custom(window)
    discover(qtbot, window, issuer)
    assert "Filled in" in banner(window), banner(window)
    sign_in(qtbot, window)
    assert access(window) != ""


def _document(base: str, **changes: object) -> bytes:
    from xauth_gui.sandbox.discovery import document
    from xauth_gui.sandbox.protocol import OAuthState

    doc = {**document(base, OAuthState()), **changes}
    return json.dumps({k: v for k, v in doc.items() if v is not None}).encode()


HOSTILE = {
    "not JSON": lambda base: b"<html>Welcome</html>",
    "an array": lambda base: b"[1, 2, 3]",
    "deeply nested": lambda base: b"[" * 100_000 + b"]" * 100_000,
    "huge": lambda base: b'{"issuer": "' + b"x" * 1_200_000 + b'"}',
    "no issuer": lambda base: _document(base, issuer=None),
    "endpoint is a number": lambda base: _document(base, authorization_endpoint=5),
    "no token endpoint": lambda base: _document(base, token_endpoint=None),
    "plain http to another computer": lambda base: _document(base, token_endpoint="http://login.example/token"),
    "a javascript endpoint": lambda base: _document(base, authorization_endpoint="javascript:alert(1)"),
    "scopes not a list": lambda base: _document(base, scopes_supported="tweet.read users.read"),
    "iss flag not a boolean": lambda base: _document(base, authorization_response_iss_parameter_supported="yes"),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_or_broken_document_gets_one_sentence_and_changes_nothing(
    qtbot: Any, window: MainWindow, server: Sandbox, kind: str
) -> None:
    server.oauth.issuer = None
    server.metadata.document = HOSTILE[kind](server.base_url)
    custom(window)
    type_into(window, "tokenUrlEdit", "https://kept.example/token")
    before = (window.controller.profile, shown_endpoints(window))
    discover(qtbot, window, server.base_url)
    said = banner(window)
    assert "not filled in" in said and "Traceback" not in said and len(said) < 600, said
    assert (window.controller.profile, shown_endpoints(window)) == before


def test_x_s_metadata_is_compared_never_used(
    qtbot: Any, window: MainWindow, server: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """X's metadata (x-oauth2.md §13: no revocation endpoint) is shown beside the built-ins, which stay."""
    from xauth_gui.core.endpoints import X_ENDPOINTS

    monkeypatch.setattr("xauth_gui.ui.discovery_row.X_ISSUER", server.base_url)  # X's, served here
    server.metadata.document = json.dumps({
        "issuer": server.base_url, "authorization_endpoint": X_ENDPOINTS.authorize_url,
        "token_endpoint": "https://api.x.com/2/oauth2/token2", "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["none", "client_secret_basic"],
    }).encode()  # fmt: skip
    choose(window, "providerCombo", "x")
    child(window, QAbstractButton, "advancedButton").setChecked(True)
    edit = child(window, QLineEdit, "discoveryUrlEdit")
    assert edit.isVisible() and edit.isReadOnly() and edit.text() == server.base_url
    before = window.controller.profile
    click(window, "discoverButton")
    qtbot.waitUntil(lambda: "compared" in banner(window), timeout=WAIT)
    said = banner(window)
    assert "names no revoke URL" in said and X_ENDPOINTS.revoke_url + " is kept" in said, said
    assert "token URL is https://api.x.com/2/oauth2/token2" in said and "authorize URL" not in said, said
    assert window.controller.profile == before and window.controller.profile.endpoints() == X_ENDPOINTS
    assert Endpoints(*shown_endpoints(window)) == X_ENDPOINTS


def test_the_servers_own_scopes_are_offered_in_the_picker(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, server: Sandbox
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTreeWidget

    from xauth_gui.sandbox.protocol import EXTRA_SCOPE

    custom(window)
    discover(qtbot, window, server.base_url)
    tree = child(window, QTreeWidget, "scopeTree")
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    offered = [g for g in groups if g is not None and g.text(0) == "Offered by this server"]
    assert len(offered) == 1 and [offered[0].child(i).text(1) for i in range(offered[0].childCount())] == [EXTRA_SCOPE]
    offered[0].child(0).setCheckState(0, Qt.CheckState.Checked)  # X's own scopes are not offered twice
    assert EXTRA_SCOPE in window.controller.profile.scopes
    sign_in(qtbot, window)
    assert window.controller.tokens is not None and EXTRA_SCOPE in window.controller.tokens.scopes
    choose(window, "providerCombo", "x")  # never for X
    assert not any(tree.topLevelItem(i).text(0) == "Offered by this server" for i in range(tree.topLevelItemCount()))


@pytest.mark.parametrize("agreed", [True, False])
def test_plain_pkce_only_when_the_server_offers_nothing_else_and_the_user_agrees(
    qtbot: Any, window: MainWindow, server: Sandbox, monkeypatch: pytest.MonkeyPatch, agreed: bool
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)  # the user's click on the question (the dialog itself is Qt's)
        return QMessageBox.StandardButton.Yes if agreed else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    server.metadata.document = _document(server.base_url, issuer=server.base_url,
                                         code_challenge_methods_supported=["plain"])  # fmt: skip
    custom(window)
    discover(qtbot, window, server.base_url)
    assert len(asked) == 1 and "plain" in asked[0]
    assert window.controller.profile.pkce_method == ("plain" if agreed else "S256")
    assert ("S256 is kept" in banner(window)) is not agreed
    server.metadata.document = _document(server.base_url, issuer=server.base_url)  # S256 offered: no question
    discover(qtbot, window, server.base_url)
    assert len(asked) == 1 and window.controller.profile.pkce_method == "S256"
