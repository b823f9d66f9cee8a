"""The API console's engine: send a call with a token on a worker thread, refresh first when the user
token has expired (or once after a 401 from its issuer), and explain the answer.

Every token goes through the gate (core/gate.py): the user token only to its issuer's API origin as
recorded with it, the app-only token only to the origin that made it, the API Key and Secret only to
the server they were entered for. The answer is parsed and explained on the worker, so a huge or
hostile answer never stalls or breaks the window.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from xauth_gui.core import billing
from xauth_gui.core.api import BY_ID, Explanation, Fix, explain, missing_scopes, rate_limit_text
from xauth_gui.core.api_credentials import api_identity
from xauth_gui.core.binding import Use
from xauth_gui.core.endpoints import Provider
from xauth_gui.core.gate import Origin, Secret, SecretKind
from xauth_gui.core.json_preview import PARSE_LIMIT, preview
from xauth_gui.core.redact import strip_query
from xauth_gui.core.text import translate

from .app_credentials import AppTokens

if TYPE_CHECKING:
    from .controller import FlowController

REFRESH_AHEAD_S = 30.0
RENDER_LIMIT = 100_000  # characters shown; a bigger answer stays whole for "Save response…"


@dataclass(frozen=True)
class ApiRequest:
    method: str
    url: str
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    preset: str = ""  # the preset it came from (its scopes are checked before sending)
    app_only: bool = False  # send with the app-only Bearer token instead of the user token
    needs: tuple[str, ...] | None = None  # the scopes its catalogue entry needs (else the preset's)
    returns: str = ""  # what its catalogue entry's `data` holds (Post, User, …): what the answer bills for

    def missing(self, granted: tuple[str, ...]) -> list[str]:
        """The scopes the call needs that the user token lacks."""
        return [s for s in self.needs if s not in granted] if self.needs is not None else missing_scopes(
            BY_ID.get(self.preset), granted)  # fmt: skip


@dataclass(frozen=True)
class ApiAnswer:
    request: ApiRequest
    status: int
    headers: dict[str, str] = field(repr=False)
    body: bytes = field(repr=False)
    elapsed_ms: float
    explanation: Explanation
    rate_limit: str
    refreshed: bool = False  # the token was refreshed (and the call sent again) on the way
    pretty: str = field(default="", repr=False)  # the body as indented JSON (or text), cut at RENDER_LIMIT
    cut: bool = False
    note: str = ""  # why the body is shown as text (not JSON, too deep, too big)
    data_id: str = ""  # data.id of a small JSON answer (a new post's id)
    next_token: str = ""  # meta.next_token: there is a next page
    billed: dict[str, int] = field(default_factory=dict)  # the resources it returned, by kind (core/billing.py)
    parsed: Any = field(default=None, repr=False)  # the JSON value (parsed on the worker), None when not JSON or big


class ApiConsole(QObject):
    answered = Signal(object)  # ApiAnswer
    problem = Signal(object)  # Explanation: refused before sending, or the call failed
    busy_changed = Signal(bool)

    def __init__(self, controller: FlowController) -> None:
        super().__init__(controller)
        self.c = controller
        self.app_tokens = AppTokens()  # in memory, one per profile
        self.history: list[str] = []  # this session's calls, redacted like the request log
        self._ticket = 0  # bumps with every call: a late answer to a superseded one is dropped

    @property
    def busy(self) -> bool:
        """A console call (or its refresh first) is in flight: part of the session state."""
        return self.c.state.console_busy

    @property
    def app_token(self) -> str:
        return self.app_tokens.get(self.c.profile.id).value

    def token_for(self, request: ApiRequest) -> Secret | None:
        """The token the request goes with, or None when it cannot be sent (and the console is told why)."""
        if request.app_only:
            if self.app_token:
                return self.app_tokens.get(self.c.profile.id)
            said = translate("Console", "There is no app-only token for this profile yet: press Get app-only token.")
            self.problem.emit(Explanation(said, Fix.APP_TOKEN))
            return None
        refusal = self._refusal(request)
        if refusal is not None:
            self.problem.emit(refusal)
            return None
        assert self.c.tokens is not None
        return self.c.tokens.access_secret(Use.API)

    def send(self, request: ApiRequest, *, retried: bool = False) -> None:
        c = self.c
        tokens = c.tokens
        token = self.token_for(request)
        if token is None:
            return
        if not request.app_only:
            assert tokens is not None
            if c.others.check(then=lambda: self.send(request, retried=retried)):
                return  # another process saved a newer pair: taken over first, then sent
            expiring = tokens.expires_at is not None and tokens.expires_at - c.clock() < REFRESH_AHEAD_S
            if expiring and tokens.refresh_token and not retried and self._to_issuer(request):
                self._refresh_then(request)
                return
        missing = request.missing(tokens.scopes if tokens else ())
        self._ticket += 1
        ticket = self._ticket
        self.set_busy(True)
        started = time.monotonic()

        def call() -> ApiAnswer:  # on the worker: the call, then everything that reads the body
            result = c.service.call_api(request.method, request.url, token, request.body, request.headers)
            return _answer(request, result, (time.monotonic() - started) * 1000, missing, retried)

        c.net.submit(call, lambda answer: self._answered(ticket, answer), lambda exc: self._failed(ticket, exc))

    def _to_issuer(self, request: ApiRequest) -> bool:
        """Is the call addressed to the user token's own issuer (the only place a refresh may help)?"""
        tokens = self.c.tokens
        found = Origin.of(request.url)
        return bool(tokens and tokens.issuer and found is not None and found in tokens.issuer.home(Use.API))

    def _refusal(self, request: ApiRequest) -> Explanation | None:
        c = self.c
        if c.tokens is None:
            return Explanation(
                translate("Console", "There is no token yet: press Authorize to sign in first."), Fix.SIGN_IN
            )
        if c.token_binding_problem:
            return Explanation(
                c.token_binding_problem + translate("Console", " Sign in again for these settings."), Fix.SIGN_IN
            )
        missing = request.missing(c.tokens.scopes)
        if missing:
            return Explanation(
                translate("Api", "This call needs {scopes}, which this token was not granted.").format(
                    scopes=", ".join(missing)
                ),
                Fix.ADD_SCOPES,
            )
        return None

    def _refresh_then(self, request: ApiRequest) -> None:
        """The token expired (or its issuer said 401): one refresh, through the controller's single flight."""
        self.set_busy(True)
        before = self.c.tokens
        self.c.refresh(then=lambda: self.send(request, retried=True))
        if self.c.tokens is before and not self.c.refreshing:
            self.set_busy(False)  # refused (busy or no refresh token): the controller said why

    def _answered(self, ticket: int, answer: ApiAnswer) -> None:
        if ticket != self._ticket:
            return  # cancelled
        request, tokens = answer.request, self.c.tokens
        expired = answer.status == 401 and not answer.refreshed and not request.app_only
        if expired and tokens and tokens.refresh_token and self._to_issuer(request):
            self._refresh_then(request)  # only where the token's issuer said it: never on a foreign 401
            return
        self.history.append(
            f"{time.strftime('%H:%M:%S')}  {request.method} {strip_query(request.url)}  ->  {answer.status}"
        )
        self.set_busy(False)
        self.answered.emit(answer)

    def _failed(self, ticket: int, exc: Exception) -> None:
        if ticket != self._ticket:
            return
        self.set_busy(False)
        self.problem.emit(Explanation(self.c.explain(exc)))

    def cancel(self) -> None:
        """Stop waiting: a late answer is dropped (the request itself cannot be unsent)."""
        self._ticket += 1
        self.set_busy(False)
        self.problem.emit(Explanation(translate("Console", "Cancelled: the answer, if it comes, is not shown.")))

    # --- the app-only Bearer token (§12.2) -------------------------------------------------------------------
    def _key_pair(self) -> tuple[Secret, Secret]:
        creds = self.c.state.api_credentials
        if creds.profile_id != self.c.profile.id:
            return Secret(SecretKind.API_KEY, ""), Secret(SecretKind.API_KEY, "")
        return creds.secrets(self.c.targets.server_url(creds.server))

    def get_app_token(self) -> None:
        """Mint with the profile's saved API Key and Secret, at the API base they were entered for."""
        base, profile_id = self.api_base(), self.c.profile.id
        key, secret = self._key_pair()
        if not (key and secret):
            self.problem.emit(Explanation(translate("Console", "Enter the API Key and its Secret first.")))
            return
        self.set_busy(True)
        self.c.net.submit(
            lambda: self.c.service.app_only_token(base, key, secret),
            lambda token: self._app_token_ready(profile_id, token, base),
            lambda exc: self._failed(self._ticket, exc),
        )

    def _app_token_ready(self, profile_id: str, token: str, made_at: str) -> None:
        self.app_tokens.keep(profile_id, token, made_at)
        self.set_busy(False)
        self.problem.emit(
            Explanation(translate("Console", "App-only token ready: it reads public data for your app, with no user."))
        )

    def invalidate_app_token(self) -> None:
        token, base = self.app_tokens.drop(self.c.profile.id), self.api_base()
        if not token:
            return
        key, secret = self._key_pair()
        self.c.net.submit(
            lambda: self.c.service.invalidate_app_only_token(base, key, secret, token),
            lambda _: self.problem.emit(Explanation(translate("Console", "The app-only token was invalidated."))),
            lambda exc: self._failed(self._ticket, exc),
        )

    def api_base(self) -> str:
        """The API origin of the token's issuer as recorded with it (X: https://api.x.com), else the settings'."""
        tokens = self.c.tokens
        if tokens is not None and tokens.issuer is not None and not self.c.token_binding_problem:
            return tokens.issuer.api_base()
        found = Origin.of(self.c.endpoints.me_url)
        return str(found) if found else ""

    def api_identity(self) -> str:
        """Who API credentials typed now are for: this API origin, or the sandbox."""
        return api_identity(self.api_base(), self.c.profile.provider is Provider.SANDBOX)

    def set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.c.update(console_busy=busy)
            self.busy_changed.emit(busy)


def _answer(request: ApiRequest, result: Any, elapsed_ms: float, missing: list[str], retried: bool) -> ApiAnswer:
    """On the worker: everything that reads the body (a 50 MB answer is scanned in part, never parsed)."""
    status, headers, body = result.status, result.headers, result.body
    shown = preview(body, RENDER_LIMIT)
    value = _parsed(body)
    data = value.get("data") if isinstance(value, dict) else None
    meta = value.get("meta") if isinstance(value, dict) else None
    found_id = data.get("id") if isinstance(data, dict) else None
    next_token = meta.get("next_token") if isinstance(meta, dict) else None
    return ApiAnswer(
        request, status, headers, body, elapsed_ms,
        explain(status, body, headers, missing, request.app_only), rate_limit_text(headers), retried,
        shown.text, shown.cut, shown.note, found_id if isinstance(found_id, str) else "",
        next_token if isinstance(next_token, str) and 200 <= status < 300 else "",
        billing.count(value, request.returns) if 200 <= status < 300 else {}, value,
    )  # fmt: skip


def _parsed(body: bytes) -> Any:
    """A JSON answer small enough to read whole (a bigger one is only previewed), else None."""
    if len(body) > PARSE_LIMIT:
        return None
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None
