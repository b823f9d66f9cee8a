"""The sandbox's OAuth state and rules, as methods that return a `Reply`: no sockets, no HTML.

Behaves like X (x-oauth2.md): PKCE required, codes live 30 s and work once, exact redirect URI
match, Basic auth required for confidential clients (a secret in the body gets X's 401), refresh
tokens only with offline.access and rotated on every use, RFC 7009 revoke, /2/users/me needing
tweet.read + users.read.
"""

from __future__ import annotations

import base64
import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from xauth_gui.core.endpoints import DEFAULT_REDIRECT_URI
from xauth_gui.core.pkce import PkceMethod, challenge_for
from xauth_gui.core.scopes import BY_NAME, REFRESH_SCOPE

from .client_auth import Client as _Client
from .client_auth import authenticate
from .clients import CONFIDENTIAL_CLIENT_ID, CONFIDENTIAL_CLIENT_SECRET, PUBLIC_CLIENT_ID
from .replies import Consent, Reply, _error, _invalid_request

CODE_TTL = 30.0
EXTRA_SCOPE = "sandbox.extra"  # a scope X does not have, offered by the metadata (sandbox/discovery.py)
SANDBOX_USER = {
    "id": "1000000000000000001",
    "name": "Sandbox User",
    "username": "sandbox_user",
    "verified_type": "none",
}
Form = dict[str, list[str]]


_SOMETHING_WENT_WRONG = Reply(400, something_went_wrong=True)


def _with_query(uri: str, params: dict[str, str]) -> str:
    return uri + ("&" if "?" in uri else "?") + urlencode(params)


@dataclass
class _Grant:
    """An authorize request: waiting on the consent page, then (as a code) waiting for the exchange."""

    client_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    state: str
    challenge: str
    method: PkceMethod
    issued_at: float = 0.0
    used: bool = False
    issued_tokens: list[str] = field(default_factory=list)


@dataclass
class _Token:
    kind: str  # "at" or "rt"
    client_id: str
    scopes: tuple[str, ...]
    expires_at: float | None
    revoked: bool = False
    family: int = 0  # tokens descended from one authorization (RFC 9700 §4.14.2 reuse detection)
    rotated: bool = False  # a refresh token that was used (and so replaced)


class OAuthState:
    """Thread-safe: the HTTP server calls it from one thread per request."""

    def __init__(self, *, access_token_ttl: float = 7200.0, clock: Callable[[], float] = time.time) -> None:
        self.auto_approve = False
        self.min_token_length = 0  # pad tokens, to test storage of very long secrets
        self.access_token_ttl = access_token_ttl
        self.clock = clock
        # Reusing a rotated refresh token revokes its whole family, as X is reported to do (x-oauth2.md §13).
        self.reuse_kills_family = False
        self.on_change: Callable[[], None] = lambda: None  # tokens issued or revoked (sandbox/memory.py saves)
        self.redirect_uris: set[str] = {DEFAULT_REDIRECT_URI}
        self.issuer: str | None = None  # when set, every authorization answer carries `iss` (RFC 9207)
        self.auth_methods: tuple[str, ...] = ("client_secret_basic",)  # X's; a strict server may offer POST only
        self.clients = {
            PUBLIC_CLIENT_ID: _Client(PUBLIC_CLIENT_ID, None),
            CONFIDENTIAL_CLIENT_ID: _Client(CONFIDENTIAL_CLIENT_ID, CONFIDENTIAL_CLIENT_SECRET),
        }
        self._lock = threading.Lock()
        self._pending: dict[str, _Grant] = {}
        self._codes: dict[str, _Grant] = {}
        self._tokens: dict[str, _Token] = {}
        self._serial = 0

    def register_redirect_uri(self, uri: str) -> None:
        with self._lock:
            self.redirect_uris.add(uri)

    def access_token_scopes(self, token: str) -> tuple[str, ...] | None:
        """The scopes of a live access token, or None (unknown, revoked, expired or a refresh token)."""
        with self._lock:
            return self._tokens[token].scopes if self._live(token, "at") else None

    def token_is_live(self, token: str) -> bool:
        with self._lock:
            return self._live(token, None)

    def _live(self, token: str, kind: str | None) -> bool:
        info = self._tokens.get(token)
        return (
            info is not None
            and (kind is None or info.kind == kind)
            and not info.revoked
            and (info.expires_at is None or self.clock() < info.expires_at)
        )

    # --- tokens -----------------------------------------------------------------------------------------------
    def _new_token(self, kind: str) -> str:
        # Shaped like X's: base64 of <random>:<issued ms>:1:<n>:<kind>:1
        self._serial += 1
        raw = f"{secrets.token_urlsafe(24)}:{int(self.clock() * 1000)}:1:{self._serial}:{kind}:1"
        token = base64.b64encode(raw.encode()).decode().rstrip("=")
        if kind != "ac" and len(token) < self.min_token_length:
            token += secrets.token_urlsafe(self.min_token_length)[: self.min_token_length - len(token)]
        return token

    def _issue(self, client_id: str, scopes: tuple[str, ...], family: int = 0) -> tuple[dict[str, Any], list[str]]:
        family = family or self._serial + 1
        access = self._new_token("at")
        self._tokens[access] = _Token("at", client_id, scopes, self.clock() + self.access_token_ttl, family=family)
        body: dict[str, Any] = {
            "token_type": "bearer",
            "expires_in": int(self.access_token_ttl),
            "access_token": access,
            "scope": " ".join(scopes),
        }
        if REFRESH_SCOPE not in scopes:
            return body, [access]
        refresh = self._new_token("rt")
        self._tokens[refresh] = _Token("rt", client_id, scopes, None, family=family)
        body["refresh_token"] = refresh
        return body, [access, refresh]

    # --- authorize ----------------------------------------------------------------------------------------------
    def authorize(self, query: Form) -> Reply:
        def one(name: str) -> str:
            values = query.get(name, [])
            return values[0] if len(values) == 1 else ""

        client_id, redirect_uri, state = one("client_id"), one("redirect_uri"), one("state")
        with self._lock:
            known = client_id in self.clients and redirect_uri in self.redirect_uris
        if not known or not state:
            return _SOMETHING_WENT_WRONG  # X does NOT redirect when the client or redirect URI is wrong

        def back(**params: str) -> Reply:
            return Reply(302, location=_with_query(redirect_uri, {**params, "state": state, **self._iss()}))

        if one("response_type") != "code":
            return back(error="unsupported_response_type")
        challenge, method = one("code_challenge"), one("code_challenge_method") or "plain"
        if not challenge or method.upper() not in ("S256", "PLAIN"):
            return back(error="invalid_request", error_description="Missing or invalid PKCE code challenge.")
        scopes = tuple(dict.fromkeys(one("scope").split()))
        if not scopes or any(s not in BY_NAME and s != EXTRA_SCOPE for s in scopes):
            return back(error="invalid_scope", error_description="One or more scopes are invalid.")
        method = PkceMethod.S256 if method.upper() == "S256" else PkceMethod.PLAIN
        grant = _Grant(client_id, redirect_uri, scopes, state, challenge, method)
        if self.auto_approve:
            return self._approve(grant)
        request_id = secrets.token_urlsafe(16)
        with self._lock:
            self._pending[request_id] = grant
        return Reply(200, consent=Consent(request_id, client_id, scopes))

    def _approve(self, grant: _Grant) -> Reply:
        with self._lock:
            code = self._new_token("ac")
            grant.issued_at = self.clock()
            self._codes[code] = grant
        return Reply(302, location=_with_query(grant.redirect_uri, {"state": grant.state, "code": code, **self._iss()}))

    def _iss(self) -> dict[str, str]:
        return {"iss": self.issuer} if self.issuer else {}

    def decide(self, form: Form) -> Reply:
        """The consent page's Authorize or Cancel."""
        with self._lock:
            grant = self._pending.pop((form.get("request_id") or [""])[0], None)
        if grant is None:
            return _SOMETHING_WENT_WRONG
        if (form.get("decision") or [""])[0] == "allow":
            return self._approve(grant)
        denied = {"error": "access_denied", "state": grant.state, **self._iss()}
        return Reply(302, location=_with_query(grant.redirect_uri, denied))

    # --- token endpoint -----------------------------------------------------------------------------------------
    def token(self, form: Form, authorization: str) -> Reply:
        if any(len(v) > 1 for v in form.values()):
            return _invalid_request("Duplicate parameters are not allowed.")
        client = authenticate(self.clients, self.auth_methods, form, authorization)
        if isinstance(client, Reply):
            return client
        fields = {k: v[0] for k, v in form.items()}
        grant = fields.get("grant_type", "")
        if grant in ("authorization_code", "refresh_token"):
            reply = (self._grant_code if grant == "authorization_code" else self._grant_refresh)(client, fields)
            self.on_change()
            return reply
        return _invalid_request(
            "Value passed for the grant type was invalid. "
            "Grant type should be one of [authorization_code, refresh_token]."
        )

    def _grant_code(self, client: _Client, form: dict[str, str]) -> Reply:
        for name in ("code", "redirect_uri", "code_verifier"):
            if not form.get(name):
                return _invalid_request(f"Missing required parameter [{name}].")
        with self._lock:
            grant = self._codes.get(form["code"])
            if grant is None or grant.client_id != client.client_id or self.clock() - grant.issued_at > CODE_TTL:
                return _invalid_request("Value passed for the authorization code was invalid.")
            if grant.used:  # RFC 6749 §4.1.2: a replayed code revokes what it issued
                for token in grant.issued_tokens:
                    self._tokens[token].revoked = True
                return _invalid_request("Value passed for the authorization code was invalid.")
            if form["redirect_uri"] != grant.redirect_uri:
                return _invalid_request(
                    "Value passed for the redirect uri did not match the uri of the authorization code."
                )
            if not _verifier_matches(form["code_verifier"], grant):
                return _invalid_request("Value passed for the code verifier did not match the code challenge.")
            grant.used = True
            body, issued = self._issue(client.client_id, grant.scopes)
            grant.issued_tokens.extend(issued)
        return Reply(200, body)

    def _grant_refresh(self, client: _Client, form: dict[str, str]) -> Reply:
        token = form.get("refresh_token", "")
        if not token:
            return _invalid_request("Missing required parameter [refresh_token].")
        with self._lock:
            info = self._tokens.get(token)
            if info is not None and info.rotated and self.reuse_kills_family:
                for other in self._tokens.values():
                    other.revoked = other.revoked or other.family == info.family
            if info is None or info.kind != "rt" or info.revoked or info.client_id != client.client_id:
                return _invalid_request("Value passed for the token was invalid.")
            info.revoked = info.rotated = True  # rotation: a used refresh token dies
            body, _ = self._issue(client.client_id, info.scopes, info.family)
        return Reply(200, body)

    def revoke(self, form: Form, authorization: str) -> Reply:
        client = authenticate(self.clients, self.auth_methods, form, authorization)
        if isinstance(client, Reply):
            return client
        token = (form.get("token") or [""])[0]
        if not token:
            return _invalid_request("Missing required parameter [token].")
        hint = (form.get("token_type_hint") or [""])[0]
        if hint and hint not in ("access_token", "refresh_token"):
            return _error(400, "unsupported_token_type", "Value passed for the token type hint was invalid.")
        with self._lock:
            info = self._tokens.get(token)
            if info is not None and info.client_id == client.client_id:
                info.revoked = True
        self.on_change()
        return Reply(200, {"revoked": True})  # RFC 7009 §2.2: also for unknown or already revoked tokens


def _verifier_matches(verifier: str, grant: _Grant) -> bool:
    try:
        expected = challenge_for(verifier, grant.method)
    except ValueError:
        return False
    return bool(expected) and hmac.compare_digest(expected, grant.challenge)
