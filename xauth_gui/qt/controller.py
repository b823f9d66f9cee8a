"""The flow controller: one `SessionState`, changed from one place, and the actions on it.

The jobs live in their own modules behind this facade: `profiles` (saved profiles, secrets and where
they may go), `login` (browser, listener, code exchange) and `tokens` (refresh, revoke, who am I).
Each action first asks the phase table (core/session.py) whether it may start; a refused one says
why. Work that started in a phase that has since been left (a cancelled login, a switched profile)
comes back with an old ticket and is dropped. Nothing here blocks the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from xauth_gui.core import errors
from xauth_gui.core.client import ClientConfig
from xauth_gui.core.endpoints import Endpoints, Provider
from xauth_gui.core.profile import Profile
from xauth_gui.core.sandbox_facts import DEFAULT_PORT as SANDBOX_PORT
from xauth_gui.core.session import (
    Action,
    Message,
    MessageAction,
    MessageKind,
    Phase,
    SessionState,
    binding_problem,
    ready_text,
    refusal,
)
from xauth_gui.core.text import translate
from xauth_gui.core.tokens import TokenSet, UserInfo

from .login_flow import DEFAULT_TIMEOUT_MS, LoginFlow
from .other_processes import OtherProcesses
from .profiles import ProfileSession
from .runner import Runner
from .settings import AppSettings
from .token_ops import TokenOperations
from .vault import TokenVault

if TYPE_CHECKING:
    from xauth_gui.services.oauth import OAuthService

log = logging.getLogger(__name__)

__all__ = ["FlowController", "Message", "MessageKind", "Phase", "SessionState"]


class FlowController(QObject):
    changed = Signal(object)  # SessionState: emitted from `update` only
    form_reset = Signal()  # the profile's settings were replaced from here: the window fills its form again
    message = Signal(object)  # Message
    record = Signal(object)  # ExchangeRecord; emitted from worker threads, delivered on the GUI thread
    tick = Signal()  # once a second while there are tokens, for the expiry countdown

    def __init__(
        self,
        *,
        service: OAuthService,
        vault: TokenVault,
        settings: AppSettings,
        open_url: Callable[[str], bool],
        sandbox_endpoints: Callable[[str], Endpoints] | None = None,
        clock: Callable[[], float] = time.time,
        listener_timeout_ms: int = DEFAULT_TIMEOUT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.vault = vault
        self.settings = settings
        self.open_url = open_url
        self.sandbox_endpoints = sandbox_endpoints  # starts the sandbox if needed, registers the URI
        self.sandbox_usual_port = SANDBOX_PORT  # where the sandbox runs unless another program holds it
        self.clock = clock
        self.net = Runner("net", max_workers=4)
        self.last_message: Message | None = None
        self.about_settings = False  # the message shown is about the settings (stale once they change)
        self._state = SessionState(auto_refresh=settings.auto_refresh)
        self._ticket = 0  # bumps whenever a phase is entered or left: late results of old work are dropped
        self.profiles = ProfileSession(self)
        self.login = LoginFlow(self, listener_timeout_ms)
        self.tokens_ops = TokenOperations(self)
        self.others = OtherProcesses(self)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._on_tick)
        self._ticker.start()

    # --- the one state, changed in one place ------------------------------------------------------------
    @property
    def state(self) -> SessionState:
        return self._state

    def update(self, **changes: Any) -> None:
        """Replace the state and tell the window, once, if anything changed."""
        new = replace(self._state, **changes)
        new = replace(new, binding_problem=binding_problem(new.tokens, new.profile))
        if new != self._state:
            self._state = new
            self.changed.emit(new)

    def begin(self, phase: Phase, **changes: Any) -> int:
        """Enter `phase`; the returned ticket identifies this piece of work."""
        self._ticket += 1
        self.update(phase=phase, **changes)
        return self._ticket

    def current(self, ticket: int) -> bool:
        return ticket == self._ticket

    def finish(self, ticket: int, **changes: Any) -> bool:
        """Back to idle if `ticket` is still the current work; False (and nothing changed) if superseded."""
        if not self.current(ticket):
            return False
        self._ticket += 1
        self.update(phase=Phase.IDLE, **changes)
        return True

    def supersede(self, **changes: Any) -> None:
        """Drop whatever is in flight (its results will be ignored) and go idle."""
        self._ticket += 1
        self.update(phase=Phase.IDLE, **changes)

    def refused(self, action: Action, *, quiet: bool = False) -> bool:
        """True (and, unless quiet, a message why) when the phase does not allow `action`."""
        why = refusal(self._state.phase, action)
        if why and not quiet:
            self.say(MessageKind.INFO, why)
        return bool(why)

    # --- messages -----------------------------------------------------------------------------------------
    def say(
        self,
        kind: MessageKind | str,
        text: str,
        *actions: MessageAction,
        app_wide: bool = False,
        guidance: bool = False,
    ) -> None:
        """A message about the profile shown (it goes when another profile is shown), or `app_wide`;
        `guidance` (what to do next) replaces what was said before at once, and is replaced at once."""
        self.about_settings = False
        profile_id = "" if app_wide else self.profile.id
        self.last_message = Message(MessageKind(kind), text, actions, profile_id, guidance)
        self.message.emit(self.last_message)

    def say_ready(self) -> None:
        """The profile shown has no message of its own yet: say what it is ready for, replacing any
        message about another profile (a "Revoked" or a busy port never outlives its profile)."""
        said = self.last_message
        if said is None or (said.profile_id and said.profile_id != self.profile.id) or said.kind is MessageKind.INFO:
            self.say(MessageKind.INFO, ready_text(self.profile, self.tokens), guidance=True)

    def settings_changed(self) -> None:
        """An error about the settings goes stale once they change: say so instead (issue 13, item 5)."""
        if self.about_settings:
            said = translate("Controller", "The settings changed. Press Authorize when they are ready.")
            self.say(MessageKind.INFO, said, guidance=True)  # the message about the old settings goes at once

    def explain(self, exc: Exception) -> str:
        """One sentence and a next step, worded for the server in use (X's advice only for X: B15)."""
        if not isinstance(exc, errors.XAuthError):
            log.error("unexpected %s in the flow", type(exc).__name__)
            exc = errors.XAuthError(
                translate("Controller", "Something unexpected went wrong."),
                translate("Controller", "Try again; if it repeats, copy the request log into a bug report."),
            )
        return exc.for_server(self.is_x).user_text

    def fail(self, exc: Exception, prefix: str = "") -> None:
        actions: tuple[MessageAction, ...] = ()
        if isinstance(exc, errors.SecretNotConfirmedError):
            actions = ((translate("Controller", "Send it to this server"), self.confirm_secret_for_current_server),)
        elif isinstance(exc, errors.PortInUseError):
            actions = ((translate("Controller", "Use another port"), self.login.use_free_port),)
        elif isinstance(exc, errors.TokensNotForTheseSettingsError):
            actions = (
                (translate("Controller", "Sign in again"), self.start_login),
                (translate("Controller", "Restore those settings"), self.restore_token_settings),
            )
        self.say(MessageKind.ERROR, (prefix + " " + self.explain(exc)).strip(), *actions)
        self.about_settings = isinstance(exc, errors.ConfigError | errors.UnsupportedRedirectUriError)

    # --- where calls go -----------------------------------------------------------------------------------
    @property
    def endpoints(self) -> Endpoints:
        if self.profile.provider is Provider.SANDBOX and self.sandbox_endpoints is not None:
            return self.sandbox_endpoints(self.profile.redirect_uri)
        return self.profile.endpoints()

    @property
    def client(self) -> ClientConfig:
        """The client for the current settings; its secret only for the server it was entered for (B2)."""
        return self.profiles.client_for(self.profile.provider, self.endpoints, self.profile)

    @property
    def is_x(self) -> bool:
        return self.profile.provider is Provider.X

    # --- the state, by name (read-only) -------------------------------------------------------------------
    @property
    def profile(self) -> Profile:
        return self._state.profile

    @property
    def tokens(self) -> TokenSet | None:
        return self._state.tokens

    user = property(lambda self: self._state.user)
    avatar = property(lambda self: self._state.avatar)
    stale = property(lambda self: self._state.stale)
    phase = property(lambda self: self._state.phase)
    client_secret = property(lambda self: self._state.client_secret)
    authorize_url = property(lambda self: self._state.authorize_url)
    auto_refresh = property(lambda self: self._state.auto_refresh)
    token_binding_problem = property(lambda self: self._state.binding_problem)
    busy = property(lambda self: self._state.busy)
    loading = property(lambda self: self._state.phase is Phase.LOADING)
    refreshing = property(lambda self: self._state.phase is Phase.REFRESHING)
    revoking = property(lambda self: self._state.phase is Phase.REVOKING)
    checking_user = property(lambda self: self._state.phase is Phase.CHECKING_USER)
    attempt = property(lambda self: self.login.attempt)

    # --- actions (the window's vocabulary) ----------------------------------------------------------------
    def load_profile(self, profile: Profile) -> None:
        self.profiles.load(profile)

    def update_profile(self, profile: Profile) -> None:
        self.profiles.update(profile)

    def set_client_secret(self, secret: str, *, entered: bool = False) -> None:
        self.profiles.set_client_secret(secret, entered=entered)

    def confirm_secret_for_current_server(self) -> None:
        self.profiles.confirm_secret_for_current_server()

    def restore_token_settings(self) -> None:
        self.profiles.restore_token_settings()

    def persist_current(self) -> None:
        self.profiles.persist_current()

    def start_login(self) -> None:
        self.login.start()

    def cancel_login(self, quiet: bool = False) -> None:
        self.login.cancel(quiet=quiet)

    def submit_pasted(self, text: str) -> None:
        self.login.submit_pasted(text)

    def refresh(self, *, then: Callable[[], None] | None = None, automatic: bool = False) -> None:
        self.tokens_ops.refresh(then=then, automatic=automatic)

    def revoke(self) -> None:
        self.tokens_ops.revoke()

    def remove_locally(self) -> None:
        self.tokens_ops.remove_locally()

    def who_am_i(self, *, retried: bool = False) -> None:
        self.tokens_ops.who_am_i(retried=retried)

    def set_auto_refresh(self, on: bool) -> None:
        self.settings.auto_refresh = on
        self.update(auto_refresh=on)

    def set_tokens(self, tokens: TokenSet | None, *, user: UserInfo | None = None, avatar: bytes | None = None) -> None:
        """New tokens (or none): the account shown goes with them unless given."""
        self.update(tokens=tokens, stale=False, user=user, avatar=avatar)

    def _on_tick(self) -> None:
        if self._state.tokens is not None:
            self.tick.emit()
            self.tokens_ops.maybe_auto_refresh()

    def discover(self, text: str, done: Callable[[Any], None], failed: Callable[[Exception], None]) -> None:
        """A server's metadata, fetched off the GUI thread (bounded in size and time: the transport)."""
        self.net.submit(lambda: self.service.discover(text), done, failed)

    def release_callback_port(self) -> None:
        """A finished login's tab helper gives the port back now (a port check must find it free)."""
        self.login.close_retired()

    def shutdown(self) -> None:
        self._ticket += 1
        self.login.close_listener()
        self.login.close_retired()
        self._ticker.stop()
        self.net.shutdown()
