"""The session the window shows, as one frozen value, and the rule of which action each phase allows.

The controller replaces its `SessionState` whole and emits it from one place; panels compare the
part they show with the last one they rendered. One `phase` says what is in flight (one thing at a
time), and `ALLOWED` says which user actions each phase permits; `refusal` words a refused one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate

from .api_credentials import ApiCredentials
from .endpoints import Provider
from .messages import Message as Message
from .messages import MessageAction as MessageAction
from .messages import MessageKind as MessageKind
from .profile import Profile
from .refresh_machine import RefreshState
from .tokens import TokenSet, UserInfo


class Stage(StrEnum):
    IDLE = "idle"
    WAITING = "waiting"  # the browser is open at the authorize URL; the listener (or the paste box) waits
    EXCHANGING = "exchanging"  # the code is being exchanged (once: X's codes live 30 s)


@dataclass(frozen=True)
class LoginState:
    stage: Stage = Stage.IDLE
    listening: bool = False  # the current attempt has a listener (not a paste-only callback URI)
    confirmed_client_id: str = ""  # the user chose to authorize with a Client ID that looks wrong


class Phase(StrEnum):
    IDLE = "idle"
    LOADING = "loading"  # a profile's secrets are being read from the keychain
    WAITING = "waiting"  # browser open, listener (or paste box) waiting for the redirect
    EXCHANGING = "exchanging"  # code received, token request in flight
    REFRESHING = "refreshing"
    REVOKING = "revoking"
    CHECKING_USER = "checking_user"  # who am I


class Action(StrEnum):
    LOGIN = "login"
    PASTE = "paste"  # hand in the redirect address by hand
    CANCEL = "cancel"  # stop waiting for the browser
    REFRESH = "refresh"
    REVOKE = "revoke"
    WHO_AM_I = "who_am_i"
    REMOVE = "remove"  # forget the tokens on this computer only


_TOKEN_CALLS = frozenset({Action.REFRESH, Action.REVOKE, Action.WHO_AM_I, Action.REMOVE})

ALLOWED: dict[Phase, frozenset[Action]] = {
    Phase.IDLE: frozenset({Action.LOGIN, *_TOKEN_CALLS}),
    Phase.LOADING: frozenset(),
    Phase.WAITING: frozenset({Action.LOGIN, Action.PASTE, Action.CANCEL}),  # LOGIN starts over
    Phase.EXCHANGING: frozenset({Action.CANCEL}),
    Phase.REFRESHING: frozenset(),
    Phase.REVOKING: frozenset(),
    Phase.CHECKING_USER: frozenset({Action.LOGIN}),  # a new login makes the check moot
}

_BUSY_WITH = {
    Phase.LOADING: QT_TRANSLATE_NOOP("Session", "the saved secrets are still being read"),
    Phase.WAITING: QT_TRANSLATE_NOOP("Session", "the login is waiting for the browser"),
    Phase.EXCHANGING: QT_TRANSLATE_NOOP("Session", "the login is getting your token"),
    Phase.REFRESHING: QT_TRANSLATE_NOOP("Session", "the token is being refreshed"),
    Phase.REVOKING: QT_TRANSLATE_NOOP("Session", "the tokens are being revoked"),
    Phase.CHECKING_USER: QT_TRANSLATE_NOOP("Session", "the account is being checked"),
}
_NEXT_STEP = {
    Phase.WAITING: QT_TRANSLATE_NOOP("Session", "Approve in the browser, or press Cancel login first."),
    Phase.EXCHANGING: QT_TRANSLATE_NOOP("Session", "Wait a moment."),
    Phase.LOADING: QT_TRANSLATE_NOOP("Session", "Wait a moment."),
}


def allowed(phase: Phase, action: Action) -> bool:
    return action in ALLOWED[phase]


def refusal(phase: Phase, action: Action) -> str:
    """Plain words for why `action` can't start now, or "" when it can."""
    if allowed(phase, action):
        return ""
    if phase is Phase.IDLE:  # only CANCEL and PASTE are refused when idle
        return (
            translate("Session", "There is no login to cancel.")
            if action is Action.CANCEL
            else translate("Session", "Press Authorize first.")
        )
    next_step = _NEXT_STEP.get(phase)
    return translate("Session", "Not now: {busy}. {next_step}").format(
        busy=translate("Session", _BUSY_WITH[phase]),
        next_step=translate("Session", next_step)
        if next_step
        else translate("Session", "Try again when it has finished."),
    )


def ready_text(profile: Profile, tokens: TokenSet | None) -> str:
    """What the banner says when nothing has happened yet for this profile (issue 22, item 5)."""
    if tokens is not None:
        if profile.username:
            return translate("Session", "Your saved token for @{username} is ready.").format(username=profile.username)
        return translate("Session", "Your saved token is ready.")
    if profile.provider is not Provider.SANDBOX and not profile.client_id.strip():
        return translate("Banner", "Fill in your app's details, pick permissions, then press Authorize.")
    return translate("Session", "Ready: pick permissions, then press Authorize in browser.")


@dataclass(frozen=True)
class StorageStatus:
    """Where secrets go now, for the storage label and button."""

    name: str = "…"
    secure: bool = True
    pending: int = 0  # removals waiting for the keychain (B7)
    problem: bool = False  # the keychain failed: secrets are in memory only
    persistent: bool = False  # secrets outlive this run (keychain or the opted-in file)
    detail: str = ""  # the keychain's backend, for a tooltip


def binding_problem(tokens: TokenSet | None, profile: Profile) -> str:
    """Plain words when the tokens belong to other settings than the profile's, else "" (B1)."""
    if tokens is None or tokens.issuer is None:
        return ""
    issuer, p = tokens.issuer, profile
    current = p.endpoints() if p.provider is not Provider.SANDBOX else issuer.endpoints  # compared by name
    if issuer.matches(p.provider, current, p.client_id):
        return ""
    return translate(
        "Session",
        "These tokens belong to the earlier settings: {issuer}. They are not sent to the server or Client ID "
        "now in the form.",
    ).format(issuer=issuer.describe())


@dataclass(frozen=True)
class SessionState:
    """Everything the window renders about the current login. Secrets are kept out of repr()."""

    profile: Profile = field(default_factory=Profile)
    phase: Phase = Phase.IDLE
    tokens: TokenSet | None = field(default=None, repr=False)
    stale: bool = False  # the server refused the refresh token: sign in again
    user: UserInfo | None = None
    avatar: bytes | None = field(default=None, repr=False)
    client_secret: str = field(default="", repr=False)
    authorize_url: str = field(default="", repr=False)  # the attempt's address while waiting
    auto_refresh: bool = True
    binding_problem: str = ""  # plain words when the tokens belong to other settings (B1)
    storage: StorageStatus = StorageStatus()
    login: LoginState = field(default_factory=LoginState)  # the login machine's (core/login_machine.py)
    refresh: RefreshState = field(default_factory=RefreshState)  # when an automatic refresh may run
    api_credentials: ApiCredentials = field(default=ApiCredentials(), repr=False)
    console_busy: bool = False  # an API console call is in flight  # the shown profile's key pair

    @property
    def busy(self) -> bool:
        return self.phase is not Phase.IDLE

    def allows(self, action: Action) -> bool:
        return allowed(self.phase, action)
