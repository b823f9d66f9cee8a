"""The flow controller: the window's vocabulary over one session.

It builds the session's owner (`SessionHub`: the one state, its tickets and words) and the parts that
act on it, each handed the hub and the collaborators it needs, never the controller: `targets` (where
each secret may go), `keeping` (writing secrets), `others` (pairs saved by other processes), `tokens_ops`
(refresh, revoke, who am I), `login` (browser, listener, code exchange) and `profiles` (switching and
editing). Nothing here blocks the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from PySide6.QtCore import QObject, QTimer

from xauth_gui.core import errors
from xauth_gui.core.client import ClientConfig
from xauth_gui.core.endpoints import Endpoints
from xauth_gui.core.profile import Profile
from xauth_gui.core.session import Message, MessageAction, MessageKind, Phase, SessionState
from xauth_gui.core.text import translate
from xauth_gui.core.tokens import TokenSet, UserInfo

from .login_flow import DEFAULT_TIMEOUT_MS, LoginFlow
from .other_processes import OtherProcesses
from .profiles import ProfileSession
from .runner import Runner
from .secret_keeping import SecretKeeping
from .session_hub import SessionHub, StateNames
from .settings import AppSettings
from .targets import Targets
from .token_ops import TokenOperations
from .vault import TokenVault

if TYPE_CHECKING:
    from xauth_gui.services.oauth import OAuthService

__all__ = ["FlowController", "Message", "MessageKind", "Phase", "SessionState"]

T = TypeVar("T")


class _OfHub(Generic[T]):
    """An attribute of the hub, read and written through the controller (the window's and tests' name)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, controller: FlowController, owner: type | None = None) -> T:
        return cast(T, getattr(controller.hub, self.name))

    def __set__(self, controller: FlowController, value: T) -> None:
        setattr(controller.hub, self.name, value)


class FlowController(StateNames, QObject):
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
        hub = SessionHub(service=service, vault=vault, settings=settings, open_url=open_url,
                         sandbox_endpoints=sandbox_endpoints, clock=clock, parent=self)  # fmt: skip
        self.hub = hub
        self.targets = Targets(hub)
        self.others = OtherProcesses(hub)
        self.keeping = SecretKeeping(hub, self.others)
        self.tokens_ops = TokenOperations(hub, self.targets, self.keeping, self.others)
        self.login = LoginFlow(hub, self.targets, self.keeping, self.tokens_ops.who_am_i, listener_timeout_ms)
        self.profiles = ProfileSession(hub, self.targets, self.others, self.login, self.tokens_ops)
        hub.fixes = self._fixes
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._on_tick)
        self._ticker.start()

    def _fixes(self, exc: Exception) -> tuple[MessageAction, ...]:
        """The buttons that mend an error: each belongs to the part that can do it."""
        if isinstance(exc, errors.SecretNotConfirmedError):
            confirm = self.profiles.confirm_secret_for_current_server
            return ((translate("Controller", "Send it to this server"), confirm),)
        if isinstance(exc, errors.PortInUseError):
            return ((translate("Controller", "Use another port"), self.login.use_free_port),)
        if isinstance(exc, errors.TokensNotForTheseSettingsError):
            return (
                (translate("Controller", "Sign in again"), self.start_login),
                (translate("Controller", "Restore those settings"), self.profiles.restore_token_settings),
            )
        return ()

    # --- the session's owner, by the names the window uses ------------------------------------------------
    changed = property(lambda self: self.hub.changed)
    form_reset = property(lambda self: self.hub.form_reset)
    message = property(lambda self: self.hub.message)
    record = property(lambda self: self.hub.record)
    tick = property(lambda self: self.hub.tick)
    open_url: _OfHub[Callable[[str], bool]] = _OfHub("open_url")
    sandbox_endpoints: _OfHub[Callable[[str], Endpoints] | None] = _OfHub("sandbox_endpoints")
    sandbox_usual_port: _OfHub[int] = _OfHub("sandbox_usual_port")
    clock: _OfHub[Callable[[], float]] = _OfHub("clock")
    last_message: _OfHub[Message | None] = _OfHub("last_message")
    about_settings: _OfHub[bool] = _OfHub("about_settings")

    service: _OfHub[OAuthService] = _OfHub("service")
    vault: _OfHub[TokenVault] = _OfHub("vault")
    settings: _OfHub[AppSettings] = _OfHub("settings")
    net: _OfHub[Runner] = _OfHub("net")
    state: _OfHub[SessionState] = _OfHub("state")  # StateNames reads the fields from it
    endpoints: _OfHub[Endpoints] = _OfHub("endpoints")

    @property
    def client(self) -> ClientConfig:
        return self.targets.client

    attempt = property(lambda self: self.login.attempt)

    def update(self, **changes: Any) -> None:
        self.hub.update(**changes)

    def say(self, kind: MessageKind | str, text: str, *actions: MessageAction, **where: Any) -> None:
        self.hub.say(kind, text, *actions, **where)

    def say_ready(self) -> None:
        self.hub.say_ready()

    def explain(self, exc: Exception) -> str:
        return self.hub.explain(exc)

    def fail(self, exc: Exception, prefix: str = "") -> None:
        self.hub.fail(exc, prefix)

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
        self.keeping.persist_current()

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
        self.hub.settings.auto_refresh = on
        self.hub.update(auto_refresh=on)

    def set_tokens(self, tokens: TokenSet | None, *, user: UserInfo | None = None, avatar: bytes | None = None) -> None:
        self.hub.set_tokens(tokens, user=user, avatar=avatar)

    def _on_tick(self) -> None:
        if self.hub.tokens is not None:
            self.hub.tick.emit()
            self.tokens_ops.maybe_auto_refresh()

    def discover(self, text: str, done: Callable[[Any], None], failed: Callable[[Exception], None]) -> None:
        """A server's metadata, fetched off the GUI thread (bounded in size and time: the transport)."""
        self.hub.net.submit(lambda: self.hub.service.discover(text), done, failed)

    def release_callback_port(self) -> None:
        """A finished login's tab helper gives the port back now (a port check must find it free)."""
        self.login.close_retired()

    def shutdown(self) -> None:
        self.hub.drop_work()
        self.login.close_listener()
        self.login.close_retired()
        self._ticker.stop()
        self.hub.net.shutdown()
