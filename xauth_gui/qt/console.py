"""The API console's engine: send a call with the token on a worker thread, refresh first when the token
has expired (or once after a 401) through the controller's single-flight refresh, and explain X's answer.

The token goes only where the hardening rules allow: the user token only while the settings still match
the server that issued it (B1), and any token only over https or to this computer (B4).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from xauth_gui.core.api import BY_ID, Explanation, Fix, explain, missing_scopes, pretty, rate_limit_text
from xauth_gui.core.redact import strip_query
from xauth_gui.core.text import translate

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
    pretty: str = field(default="", repr=False)  # the body as indented JSON, cut at RENDER_LIMIT
    cut: bool = False


class ApiConsole(QObject):
    answered = Signal(object)  # ApiAnswer
    problem = Signal(object)  # Explanation: refused before sending, or the call failed
    busy_changed = Signal(bool)

    def __init__(self, controller: FlowController) -> None:
        super().__init__(controller)
        self.c = controller
        self.app_token = ""  # the app-only Bearer token, in memory
        self.history: list[str] = []  # this session's calls, redacted like the request log
        self._ticket = 0
        self.busy = False

    def send(self, request: ApiRequest, *, retried: bool = False) -> None:
        c = self.c
        tokens = c.tokens
        if not request.app_only:
            refusal = self._refusal(request)
            if refusal is not None:
                self.problem.emit(refusal)
                return
            assert tokens is not None
            expiring = tokens.expires_at is not None and tokens.expires_at - c.clock() < REFRESH_AHEAD_S
            if expiring and tokens.refresh_token and not retried:
                self._refresh_then(request)
                return
        token = self.app_token if request.app_only else (tokens.access_token if tokens else "")
        self._ticket += 1
        ticket = self._ticket
        self._set_busy(True)
        started = time.monotonic()

        def call() -> tuple[object, str, bool]:  # on the worker: the call, and the pretty text (5 MB: ~0.3 s)
            result = c.service.call_api(request.method, request.url, token, request.body, request.headers)
            return (result, *pretty(result.body, RENDER_LIMIT))

        c.net.submit(
            call,
            lambda result: self._answered(ticket, request, result, started, retried),
            lambda exc: self._failed(ticket, exc),
        )

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
        missing = missing_scopes(BY_ID.get(request.preset), c.tokens.scopes)
        if missing:
            return Explanation(
                translate("Api", "This call needs {scopes}, which this token was not granted.").format(
                    scopes=", ".join(missing)
                ),
                Fix.ADD_SCOPES,
            )
        return None

    def _refresh_then(self, request: ApiRequest) -> None:
        """The token expired (or X said 401): one refresh, through the controller's single flight, then send."""
        self._set_busy(True)
        before = self.c.tokens
        self.c.refresh(then=lambda: self.send(request, retried=True))
        if self.c.tokens is before and not self.c.refreshing:
            self._set_busy(False)  # refused (busy or no refresh token): the controller said why

    def _answered(
        self, ticket: int, request: ApiRequest, done: tuple[object, str, bool], started: float, retried: bool
    ) -> None:
        if ticket != self._ticket:
            return  # cancelled
        result, text, cut = done
        status, headers, body = result.status, result.headers, result.body  # type: ignore[attr-defined]
        if status == 401 and not retried and not request.app_only and self.c.tokens and self.c.tokens.refresh_token:
            self._refresh_then(request)
            return
        granted = self.c.tokens.scopes if self.c.tokens else ()
        missing = missing_scopes(BY_ID.get(request.preset), granted)
        answer = ApiAnswer(
            request, status, headers, body, (time.monotonic() - started) * 1000,
            explain(status, body, headers, missing, request.app_only), rate_limit_text(headers), retried, text, cut,
        )  # fmt: skip
        self.history.append(f"{time.strftime('%H:%M:%S')}  {request.method} {strip_query(request.url)}  ->  {status}")
        self._set_busy(False)
        self.answered.emit(answer)

    def _failed(self, ticket: int, exc: Exception) -> None:
        if ticket != self._ticket:
            return
        self._set_busy(False)
        self.problem.emit(Explanation(self.c.explain(exc)))

    def cancel(self) -> None:
        """Stop waiting: a late answer is dropped (the request itself cannot be unsent)."""
        self._ticket += 1
        self._set_busy(False)
        self.problem.emit(Explanation(translate("Console", "Cancelled: the answer, if it comes, is not shown.")))

    # --- the app-only Bearer token (§12.2) -------------------------------------------------------------------
    def get_app_token(self, api_key: str, api_secret: str) -> None:
        base = self.api_base()
        self._set_busy(True)
        self.c.net.submit(
            lambda: self.c.service.app_only_token(base, api_key.strip(), api_secret.strip()),
            self._app_token_ready,
            lambda exc: self._failed(self._ticket, exc),
        )

    def _app_token_ready(self, token: str) -> None:
        self.app_token = token
        self._set_busy(False)
        self.problem.emit(
            Explanation(translate("Console", "App-only token ready: it reads public data for your app, with no user."))
        )

    def invalidate_app_token(self, api_key: str, api_secret: str) -> None:
        token, base = self.app_token, self.api_base()
        if not token:
            return
        self.app_token = ""
        self.c.net.submit(
            lambda: self.c.service.invalidate_app_only_token(base, api_key.strip(), api_secret.strip(), token),
            lambda _: self.problem.emit(Explanation(translate("Console", "The app-only token was invalidated."))),
            lambda exc: self._failed(self._ticket, exc),
        )

    def api_base(self) -> str:
        """The API origin of the token's issuer (X: https://api.x.com), where the presets point."""
        endpoints, _client_id = self.c.profiles.export_target()  # the issuer's, as the exports use
        return endpoints.me_url.split("/2/", 1)[0]

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)
