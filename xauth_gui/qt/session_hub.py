"""The session's one owner: one `SessionState`, changed from one place, and the words said about it.

Every part of the controller (profiles, login, token operations, other processes) is handed this hub
and the few collaborators it needs; none of them holds the controller. Each action first asks the
phase table (core/session.py) whether it may start; work started in a phase that has since been left
(a cancelled login, a switched profile) comes back with an old ticket and is dropped.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from xauth_gui.core import errors
from xauth_gui.core.endpoints import Endpoints, Provider
from xauth_gui.core.messages import Topic
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

from .runner import Runner
from .settings import AppSettings
from .vault import TokenVault

if TYPE_CHECKING:
    from xauth_gui.services.oauth import OAuthService

log = logging.getLogger(__name__)

Fixes = Callable[[Exception], tuple[MessageAction, ...]]  # the buttons that mend an error, if any


class StateNames:
    """The session state's fields by name, read-only, for the hub and the controller that fronts it."""

    @property
    def state(self) -> SessionState:
        raise NotImplementedError

    @property
    def profile(self) -> Profile:
        return self.state.profile

    @property
    def tokens(self) -> TokenSet | None:
        return self.state.tokens

    @property
    def user(self) -> UserInfo | None:
        return self.state.user

    @property
    def client_secret(self) -> str:
        return self.state.client_secret

    @property
    def busy(self) -> bool:
        return self.state.busy

    @property
    def is_x(self) -> bool:
        return self.profile.provider is Provider.X

    avatar = property(lambda self: self.state.avatar)
    stale = property(lambda self: self.state.stale)
    phase = property(lambda self: self.state.phase)
    authorize_url = property(lambda self: self.state.authorize_url)
    auto_refresh = property(lambda self: self.state.auto_refresh)
    token_binding_problem = property(lambda self: self.state.binding_problem)
    loading = property(lambda self: self.state.phase is Phase.LOADING)
    refreshing = property(lambda self: self.state.phase is Phase.REFRESHING)
    revoking = property(lambda self: self.state.phase is Phase.REVOKING)
    checking_user = property(lambda self: self.state.phase is Phase.CHECKING_USER)


class SessionHub(StateNames, QObject):
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
        sandbox_endpoints: Callable[[str], Endpoints] | None,
        clock: Callable[[], float] = time.time,
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
        self.fixes: Fixes = lambda _exc: ()  # set by the controller, which knows every part
        self.last_message: Message | None = None
        self.about_settings = False  # the message shown is about the settings (stale once they change)
        self._state = SessionState(auto_refresh=settings.auto_refresh)
        self._ticket = 0  # bumps whenever a phase is entered or left: late results of old work are dropped

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

    def drop_work(self) -> None:
        """Whatever is in flight will be ignored when it comes back (shutting down: nothing is said)."""
        self._ticket += 1

    def refused(self, action: Action, *, quiet: bool = False) -> bool:
        """True (and, unless quiet, a message why) when the phase does not allow `action`."""
        why = refusal(self._state.phase, action)
        if why and not quiet:
            self.say(MessageKind.INFO, why, about=Topic.NOT_NOW)
        return bool(why)

    def set_tokens(self, tokens: TokenSet | None, *, user: UserInfo | None = None, avatar: bytes | None = None) -> None:
        """New tokens (or none): the account shown goes with them unless given."""
        self.update(tokens=tokens, stale=False, user=user, avatar=avatar)

    def edit_profile(self, profile: Profile) -> None:
        """Non-secret settings changed (by the window or an action): saved, and stale words said so."""
        changed = profile != self.profile
        self.settings.save_profile(profile)
        self.update(profile=profile)
        if changed:
            self.settings_changed()

    def save_token_meta(self) -> None:
        """The held tokens' details (not the tokens) in the shown profile's saved settings."""
        profile = self.profile.signed_in(self.tokens, self.user)
        self.settings.save_profile(profile)
        self.update(profile=profile)

    # --- messages -----------------------------------------------------------------------------------------
    def say(
        self,
        kind: MessageKind | str,
        text: str,
        *actions: MessageAction,
        app_wide: bool = False,
        guidance: bool = False,
        about: object = None,
    ) -> None:
        """A message about the profile shown (it goes when another profile is shown), or `app_wide`;
        `guidance` (what to do next) replaces what was said before at once, and is replaced at once."""
        self.about_settings = False
        profile_id = "" if app_wide else self.profile.id
        self.last_message = Message(MessageKind(kind), text, actions, profile_id, guidance, about)
        self.message.emit(self.last_message)

    def say_ready(self) -> None:
        """The profile shown has no message of its own yet: say what it is ready for, replacing any
        message about another profile (a "Revoked" or a busy port never outlives its profile)."""
        said = self.last_message
        if said is None or (said.profile_id and said.profile_id != self.profile.id) or said.kind is MessageKind.INFO:
            self.say(MessageKind.INFO, ready_text(self.profile, self.tokens), guidance=True, about=Topic.READY)

    def settings_changed(self) -> None:
        """An error about the settings goes stale once they change: say so instead (issue 13, item 5)."""
        if self.about_settings:
            said = translate("Controller", "The settings changed. Press Authorize when they are ready.")
            self.say(MessageKind.INFO, said, guidance=True, about=Topic.SETTINGS_CHANGED)  # the old one goes at once

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
        self.say(MessageKind.ERROR, (prefix + " " + self.explain(exc)).strip(), *self.fixes(exc), about=type(exc))
        self.about_settings = isinstance(exc, errors.ConfigError | errors.UnsupportedRedirectUriError)

    # --- where calls go -----------------------------------------------------------------------------------
    @property
    def endpoints(self) -> Endpoints:
        if self.profile.provider is Provider.SANDBOX and self.sandbox_endpoints is not None:
            return self.sandbox_endpoints(self.profile.redirect_uri)
        return self.profile.endpoints()
