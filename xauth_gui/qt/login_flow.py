"""The login's driver: it carries out the login machine's effects (core/login_machine.py) with the real
parts (the authorize request, the loopback listener, the system browser, the code exchange) and feeds
back what happened. Answers of superseded work are dropped here, by the session's tickets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from xauth_gui.core import errors
from xauth_gui.core import login_machine as machine
from xauth_gui.core.endpoints import Provider
from xauth_gui.core.messages import Topic
from xauth_gui.core.scopes import WHOAMI_SCOPES
from xauth_gui.core.session import Action, MessageKind, Phase
from xauth_gui.core.text import translate
from xauth_gui.core.tokens import TokenSet, no_refresh_reason

from . import login_words

if TYPE_CHECKING:
    from xauth_gui.core.authorize import AuthorizationRequest, AuthorizationResponse

    from .listener import LoopbackListener
    from .secret_keeping import SecretKeeping
    from .session_hub import SessionHub
    from .targets import Targets

DEFAULT_TIMEOUT_MS = 5 * 60 * 1000  # how long the listener waits for the browser

RETIRED_PAGE_MS = 120_000  # how long a finished or cancelled login's tab still gets a page on reload
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
        self.browser_opened = True
        self._ticket = 0  # the session's ticket of the attempt's phase work
        self._pending: tuple[AuthorizationRequest, AuthorizationResponse] | None = None  # approved, to exchange
        self._fresh: TokenSet | None = None  # exchanged, to keep

    # --- events in ------------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.hub.refused(Action.LOGIN):
            return
        from xauth_gui.core.client import client_id_concern

        p = self.hub.profile
        concern = client_id_concern(p.client_id) if p.provider is Provider.X else None
        self._feed(machine.Press(p.client_id, concern or ""))

    def cancel(self, quiet: bool = False) -> None:
        self._feed(machine.Cancel(quiet))

    def submit_pasted(self, text: str) -> None:
        """The paste fallback: the same checks as the listener; the listener for the attempt is closed."""
        from xauth_gui.core.authorize import parse_redirect

        attempt = self.attempt
        if attempt is None or self.hub.refused(Action.PASTE, quiet=True):
            self._feed(machine.Paste(machine.Pasted.NO_LOGIN))
            return
        ep = attempt.endpoints
        try:
            response = parse_redirect(text, attempt.redirect, attempt.state, pasted=True,
                                      expected_issuer=ep.issuer, iss_required=ep.iss_required)  # fmt: skip
        except errors.XAuthError as exc:
            ends = isinstance(exc, _ENDS_THE_ATTEMPT)
            self._feed(machine.Paste(machine.Pasted.ENDS_LOGIN if ends else machine.Pasted.NOT_USABLE), exc)
            return
        self._pending = (attempt, response)
        self._feed(machine.Paste(machine.Pasted.APPROVED))

    def _on_concluded(self, ticket: int, outcome: object) -> None:
        from xauth_gui.core.authorize import AuthorizationResponse

        if not self.hub.current(ticket) or self.attempt is None:
            return
        if isinstance(outcome, AuthorizationResponse):
            self._pending = (self.attempt, outcome)
            self._feed(machine.Answered(approved=True))
            return
        self._feed(machine.Answered(approved=False), outcome if isinstance(outcome, Exception) else None)

    def _on_ignored(self, ticket: int) -> None:
        if self.hub.current(ticket):
            self._feed(machine.Happened.STRAY)

    def _on_exchanged(self, ticket: int, attempt: AuthorizationRequest, tokens: TokenSet) -> None:
        if not self.hub.finish(ticket, authorize_url=""):
            return  # superseded or cancelled meanwhile
        self._fresh = tokens
        can_check = all(s in tokens.scopes for s in WHOAMI_SCOPES)
        done = machine.Exchanged(
            tuple(tokens.missing_scopes(attempt.scopes)), no_refresh_reason(tokens) or "", can_check
        )
        self._feed(done)

    def _on_exchange_failed(self, ticket: int, exc: Exception) -> None:
        if self.hub.finish(ticket, authorize_url=""):
            self._feed(machine.Happened.EXCHANGE_FAILED, exc)

    # --- effects out ----------------------------------------------------------------------------------------
    def _feed(self, event: machine.Event, exc: Exception | None = None) -> None:
        state, effects = machine.step(self.hub.state.login, event)
        self.hub.update(login=state)
        for effect in effects:
            self._carry_out(effect, exc)

    def _carry_out(self, effect: machine.Effect, exc: Exception | None) -> None:
        h = self.hub
        if effect is machine.Do.START:
            self._begin()
        elif isinstance(effect, machine.Ask):
            self._ask(effect.concern)
        elif effect is machine.Do.CLOSE_LISTENER:
            self.close_listener()
        elif isinstance(effect, machine.RetireListener):
            self._retire_listener(effect.cancelled)
        elif effect is machine.Do.CLOSE_RETIRED:
            self.close_retired()
        elif effect is machine.Do.DROP:
            self.attempt = None
            h.supersede(authorize_url="")
        elif effect is machine.Do.END:
            self.attempt = None
            h.finish(self._ticket, authorize_url="")
        elif effect is machine.Do.EXCHANGE:
            self._exchange()
        elif effect is machine.Do.KEEP:
            self.attempt, fresh, self._fresh = None, self._fresh, None
            h.set_tokens(fresh)
            self.keeping.persist_tokens(fresh)
        elif effect is machine.Do.CHECK_USER:
            self.who_am_i()
        elif isinstance(effect, machine.Fail):
            self.attempt = None if self.hub.state.login.stage is machine.Stage.IDLE else self.attempt
            h.fail(
                exc or errors.XAuthError(translate("LoginFlow", "The login failed.")), login_words.before(effect.before)
            )
        else:
            h.say(effect.kind, login_words.said(effect), about=effect.note)

    def _begin(self) -> None:
        """The attempt, its listener and the browser; a failure leaves nothing half-started."""
        try:
            attempt = self._new_attempt()
            listener = self._listen(attempt)
        except errors.XAuthError as exc:
            self._feed(machine.Happened.START_FAILED, exc)  # a busy port never opens the browser
            return
        ticket = self._ticket = self.hub.begin(Phase.WAITING, authorize_url=attempt.url)
        self.attempt = attempt
        if listener is not None:
            listener.concluded.connect(lambda outcome: self._on_concluded(ticket, outcome))
            listener.ignored.connect(lambda _why: self._on_ignored(ticket))
            self.listener = listener
        self.browser_opened = bool(self.hub.open_url(attempt.url))
        self._feed(machine.Started(listener is not None, self.browser_opened))

    def _ask(self, concern: str) -> None:
        """An App ID, API Key or Bearer token pasted as X's Client ID: ask before sending it (item 6)."""
        client_id = self.hub.profile.client_id
        self.hub.say(
            MessageKind.WARNING,
            translate("LoginFlow", "{concern} X will refuse it. Authorize with it anyway?").format(concern=concern),
            (translate("LoginFlow", "Authorize anyway"), lambda: self._confirm(client_id)),
            about=machine.Note.CHECK_CLIENT_ID,
        )
        self.hub.about_settings = True  # a question about this Client ID: it goes when the Client ID changes

    def _confirm(self, client_id: str) -> None:
        if not self.hub.refused(Action.LOGIN):
            self._feed(machine.ConfirmClientId(client_id))

    def _new_attempt(self) -> AuthorizationRequest:
        from xauth_gui.core.authorize import AuthorizationRequest  # hashlib and friends: on the first login

        p = self.hub.profile
        if not p.scopes:
            raise errors.ConfigError(
                translate("LoginFlow", "No permissions are selected."),
                translate("LoginFlow", "Tick at least one, or pick a preset."),
            )
        return AuthorizationRequest.new(self.hub.endpoints, self.targets.client, p.redirect_uri, p.scopes,
                                        pkce_method=p.effective_pkce_method(), provider=p.provider)  # fmt: skip

    def _listen(self, attempt: AuthorizationRequest) -> LoopbackListener | None:
        """The attempt's listener, bound now; None when the callback URI can't be caught (paste only)."""
        from xauth_gui.core.callback import login_judge

        from .listener import LoopbackListener  # QtNetwork is loaded on the first login, not at start-up

        ep = attempt.endpoints
        try:
            listener = LoopbackListener(attempt.redirect, login_judge(attempt.redirect, attempt.state, ep.issuer,
                                        ep.iss_required), timeout_ms=self.listener_timeout_ms)  # fmt: skip
        except errors.UnsupportedRedirectUriError:
            return None
        listener.start()
        return listener

    def _exchange(self) -> None:
        """Exchange at once (X's codes live 30 s); exactly once per attempt."""
        assert self._pending is not None
        (attempt, response), self._pending = self._pending, None
        h = self.hub
        ticket = self._ticket = h.begin(Phase.EXCHANGING)
        h.net.submit(
            lambda: h.service.exchange(attempt, response),
            lambda tokens: self._on_exchanged(ticket, attempt, tokens),
            lambda exc: self._on_exchange_failed(ticket, exc),
        )

    # --- the listener's lifetime ------------------------------------------------------------------------------
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

    def close_listener(self) -> None:
        # No Qt parent and no deleteLater(): the listener is owned by Python and goes with its last
        # reference (a deferred delete racing Python's own deletion crashed PySide here).
        if self.listener is not None:
            self.listener.close()
            self.listener = None

    def use_free_port(self) -> None:
        """The callback port is taken: move the callback URI to a free port (same host and path)."""
        from xauth_gui.core.urls import with_port
        from xauth_gui.services.port_owner import free_port

        h = self.hub
        uri = with_port(h.profile.redirect_uri, free_port())
        h.edit_profile(replace(h.profile, redirect_uri=uri))
        h.form_reset.emit()
        if h.profile.provider is Provider.SANDBOX:
            said = translate("LoginFlow", "The callback URI is now {uri}. Then press Authorize.")
        else:
            said = translate(
                "LoginFlow",
                "The callback URI is now {uri}. Add it as a Callback URI in your X app's User authentication "
                "settings first. Then press Authorize.",
            )
        h.say(MessageKind.INFO, said.format(uri=uri), about=Topic.CALLBACK_MOVED)
