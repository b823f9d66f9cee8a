"""The login: authorize URL, system browser, loopback listener (or the paste box), code exchange."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from xauth_gui.core import errors
from xauth_gui.core.endpoints import Provider
from xauth_gui.core.scopes import WHOAMI_SCOPES
from xauth_gui.core.session import Action, MessageKind, Phase
from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate
from xauth_gui.core.tokens import TokenSet, no_refresh_reason

if TYPE_CHECKING:
    from xauth_gui.core.authorize import AuthorizationRequest, AuthorizationResponse

    from .listener import LoopbackListener
    from .secret_keeping import SecretKeeping
    from .session_hub import SessionHub
    from .targets import Targets

DEFAULT_TIMEOUT_MS = 5 * 60 * 1000  # how long the listener waits for the browser

RETIRED_PAGE_MS = 120_000  # how long a finished or cancelled login's tab still gets a page on reload
_NOT_THIS_ATTEMPT = QT_TRANSLATE_NOOP(
    "LoginFlow",
    "An answer arrived from the browser tab of an earlier login, so it was ignored. Approve in the newest tab, "
    "or press Restart login.",
)
_PASTE_FIRST = QT_TRANSLATE_NOOP(
    "LoginFlow", "Press Authorize first; then paste the address the browser shows after approving."
)
_ENDS_THE_ATTEMPT = (errors.AuthorizationDeclinedError, errors.InvalidScopeError, errors.AuthorizationFailedError)


class LoginFlow:
    def __init__(
        self,
        hub: SessionHub,
        targets: Targets,
        keeping: SecretKeeping,
        who_am_i: Callable[[], None],
        listener_timeout_ms: int = DEFAULT_TIMEOUT_MS,
    ) -> None:
        self.hub = hub
        self.targets = targets
        self.keeping = keeping
        self.who_am_i = who_am_i  # asked once signed in, when the scopes allow it
        self.listener_timeout_ms = listener_timeout_ms
        self.attempt: AuthorizationRequest | None = None
        self.listener: LoopbackListener | None = None
        self.retired: LoopbackListener | None = None  # a cancelled login's, telling its tab so for a while
        self._confirmed_client_id = ""  # the user chose to authorize with a Client ID that looks wrong
        self.browser_opened = True

    def start(self) -> None:
        c = self.hub
        if c.refused(Action.LOGIN) or self._asked_about_client_id():
            return
        self.cancel(quiet=True)  # "Restart login" while waiting: the old tab's answer is then refused
        self.close_retired()
        try:
            attempt = self._new_attempt()
            listener = self._listen(attempt)
        except errors.XAuthError as exc:
            c.fail(exc)  # nothing half-started: a busy port never opens the browser
            return
        ticket = c.begin(Phase.WAITING, authorize_url=attempt.url)
        self.attempt = attempt
        if listener is not None:
            listener.concluded.connect(lambda outcome: self._on_concluded(ticket, outcome))
            listener.ignored.connect(lambda _why: self._on_ignored(ticket))
            self.listener = listener
        self.browser_opened = bool(c.open_url(attempt.url))
        c.say(*self._waiting_message(listener is not None))

    def _asked_about_client_id(self) -> bool:
        """An App ID, API Key or Bearer token pasted as X's Client ID: ask before sending it (item 6)."""
        from xauth_gui.core.client import client_id_concern

        p = self.hub.profile
        concern = client_id_concern(p.client_id) if p.provider is Provider.X else None
        if not concern or p.client_id == self._confirmed_client_id:
            return False

        def anyway() -> None:
            self._confirmed_client_id = p.client_id
            self.start()

        self.hub.say(
            MessageKind.WARNING,
            translate("LoginFlow", "{concern} X will refuse it. Authorize with it anyway?").format(concern=concern),
            (translate("LoginFlow", "Authorize anyway"), anyway),
        )
        self.hub.about_settings = True  # a question about this Client ID: it goes when the Client ID changes
        return True

    def _new_attempt(self) -> AuthorizationRequest:
        from xauth_gui.core.authorize import AuthorizationRequest  # hashlib and friends: on the first login

        p = self.hub.profile
        if not p.scopes:
            raise errors.ConfigError(
                translate("LoginFlow", "No permissions are selected."),
                translate("LoginFlow", "Tick at least one, or pick a preset."),
            )
        return AuthorizationRequest.new(
            self.hub.endpoints,
            self.targets.client,
            p.redirect_uri,
            p.scopes,
            pkce_method=p.effective_pkce_method(),
            provider=p.provider,
        )

    def _listen(self, attempt: AuthorizationRequest) -> LoopbackListener | None:
        """The attempt's listener, bound now; None when the callback URI can't be caught (paste only)."""
        from xauth_gui.core.callback import login_judge

        from .listener import LoopbackListener  # QtNetwork is loaded on the first login, not at start-up

        try:
            listener = LoopbackListener(
                attempt.redirect,
                login_judge(attempt.redirect, attempt.state, attempt.endpoints.issuer, attempt.endpoints.iss_required),
                timeout_ms=self.listener_timeout_ms,
            )
        except errors.UnsupportedRedirectUriError:
            return None
        listener.start()
        return listener

    def _waiting_message(self, listening: bool) -> tuple[MessageKind, str]:
        if not self.browser_opened:
            return MessageKind.WARNING, (
                translate(
                    "LoginFlow",
                    "The browser could not be opened. Copy the address below, open it in your browser, "
                    "approve, then come back (paste the final address below if this app does not notice).",
                )
            )
        if not listening:
            return MessageKind.PROGRESS, (
                translate(
                    "LoginFlow",
                    "Approve the request in the browser. This callback URI can't be caught by the app: "
                    "after approving, copy the address the browser shows and paste it below.",
                )
            )
        return MessageKind.PROGRESS, translate("LoginFlow", "Waiting for you to approve the request in the browser…")

    def cancel(self, quiet: bool = False) -> None:
        c = self.hub
        if c.phase not in (Phase.WAITING, Phase.EXCHANGING) and self.listener is None:
            return
        if quiet:
            self.close_listener()
        else:
            self._retire_listener()
        self.attempt = None
        c.supersede(authorize_url="")
        if not quiet:
            c.say(MessageKind.INFO, errors.LoginCancelledError().user_text)

    def _retire_listener(self, cancelled: bool = True) -> None:
        """The tab of a finished or cancelled login gets a page saying so on reload (for a while, or
        until the port is wanted again), not "connection refused"."""
        from xauth_gui.core.loopback_pages import PAGE_CANCELLED

        self.close_retired()
        if self.listener is not None:
            self.listener.retire(PAGE_CANCELLED if cancelled else None, RETIRED_PAGE_MS)
            self.retired, self.listener = self.listener, None

    def close_retired(self) -> None:
        if self.retired is not None:
            self.retired.close()
            self.retired = None

    def _on_ignored(self, ticket: int) -> None:
        if self.hub.current(ticket):
            self.hub.say(MessageKind.WARNING, translate("LoginFlow", _NOT_THIS_ATTEMPT))

    def use_free_port(self) -> None:
        """The callback port is taken: move the callback URI to a free port (same host and path)."""
        from xauth_gui.core.urls import with_port
        from xauth_gui.services.port_owner import free_port

        c = self.hub
        uri = with_port(c.profile.redirect_uri, free_port())
        c.edit_profile(replace(c.profile, redirect_uri=uri))
        c.form_reset.emit()
        if c.profile.provider is Provider.SANDBOX:
            said = translate("LoginFlow", "The callback URI is now {uri}. Then press Authorize.")
        else:
            said = translate(
                "LoginFlow",
                "The callback URI is now {uri}. Add it as a Callback URI in your X app's User authentication "
                "settings first. Then press Authorize.",
            )
        c.say(MessageKind.INFO, said.format(uri=uri))

    def close_listener(self) -> None:
        # No Qt parent and no deleteLater(): the listener is owned by Python and goes with its last
        # reference (a deferred delete racing Python's own deletion crashed PySide here).
        if self.listener is not None:
            self.listener.close()
            self.listener = None

    def _on_concluded(self, ticket: int, outcome: object) -> None:
        from xauth_gui.core.authorize import AuthorizationResponse

        if not self.hub.current(ticket) or self.attempt is None:
            return
        self._retire_listener(cancelled=False)
        if isinstance(outcome, AuthorizationResponse):
            self._exchange(self.attempt, outcome)
            return
        self.attempt = None
        self.hub.finish(ticket, authorize_url="")
        self.hub.fail(
            outcome
            if isinstance(outcome, Exception)
            else errors.XAuthError(translate("LoginFlow", "The login failed."))
        )

    def submit_pasted(self, text: str) -> None:
        """The paste fallback: the same checks as the listener; the listener for the attempt is closed."""
        from xauth_gui.core.authorize import parse_redirect

        attempt, c = self.attempt, self.hub
        if attempt is None or c.refused(Action.PASTE, quiet=True):
            c.say(MessageKind.WARNING, translate("LoginFlow", _PASTE_FIRST))
            return
        try:
            ep = attempt.endpoints
            response = parse_redirect(
                text,
                attempt.redirect,
                attempt.state,
                pasted=True,
                expected_issuer=ep.issuer,
                iss_required=ep.iss_required,
            )
        except errors.XAuthError as exc:
            if isinstance(exc, _ENDS_THE_ATTEMPT):
                self.cancel(quiet=True)
            c.fail(exc)
            return
        self.close_listener()
        self._exchange(attempt, response)

    def _exchange(self, attempt: AuthorizationRequest, response: AuthorizationResponse) -> None:
        """Exchange at once (X's codes live 30 s); exactly once per attempt."""
        c = self.hub
        ticket = c.begin(Phase.EXCHANGING)
        c.say(MessageKind.PROGRESS, translate("LoginFlow", "Approved. Getting your token…"))
        c.net.submit(
            lambda: c.service.exchange(attempt, response),
            lambda tokens: self._on_exchanged(ticket, attempt, tokens),
            lambda exc: self._on_exchange_failed(ticket, exc),
        )

    def _on_exchange_failed(self, ticket: int, exc: Exception) -> None:
        if self.hub.finish(ticket, authorize_url=""):
            self.attempt = None
            self.hub.fail(exc, translate("LoginFlow", "The login did not finish:"))

    def _on_exchanged(self, ticket: int, attempt: AuthorizationRequest, tokens: TokenSet) -> None:
        c = self.hub
        if not c.finish(ticket, authorize_url=""):
            return  # superseded or cancelled meanwhile
        self.attempt = None
        c.set_tokens(tokens)
        self.keeping.persist_tokens(tokens)
        notes = []
        missing = tokens.missing_scopes(attempt.scopes)
        if missing:
            notes.append(translate("LoginFlow", "X did not grant: {scopes}.").format(scopes=", ".join(missing)))
        reason = no_refresh_reason(tokens)
        if reason:
            notes.append(reason)
        kind = MessageKind.WARNING if notes else MessageKind.SUCCESS
        c.say(kind, " ".join([translate("LoginFlow", "Signed in: your token is ready."), *notes]))
        if all(s in tokens.scopes for s in WHOAMI_SCOPES):
            self.who_am_i()
