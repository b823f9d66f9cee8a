"""The refresh lifecycle as a pure machine (issue 24's first slice of the session machine):
`step(state, event) -> (state, effects)`. Events are what happened (a second passed, a refresh answered
or failed); effects are what the driver (qt/token_ops.py) does next (start a refresh, mark the tokens
stale, say something, show the new pair). No Qt, no I/O, no clock read: the time comes in the events, so
whole sequences are tested in milliseconds (tests/core/test_refresh_machine.py).

What it decides: when an automatic refresh is due (shortly before expiry, never before a retry time),
how long to wait after each kind of failure, and what each outcome says."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum, StrEnum

from .messages import MessageKind
from .profile import TokenMeta
from .tokens import TokenSet

AUTO_WINDOW_S = 60.0  # refresh at most this long before expiry (or in a short token's last quarter)
RETRY_AFTER_FAILURE_S = 30.0
RETRY_WHEN_BUSY_S = 2.0  # another process was refreshing: look again soon (it has likely saved a pair)


class Failure(StrEnum):
    SPENT = "spent"  # the server no longer takes the refresh token: the tokens are stale
    BUSY = "busy"  # another process holds the refresh lock
    NETWORK = "network"  # nothing or no answer came back: the saved tokens are kept
    OTHER = "other"  # the server refused for another reason


class Note(StrEnum):
    """What a refresh's outcome says (the driver words it, in the user's language)."""

    REFRESHED = "refreshed"
    ADOPTED = "adopted"  # another process had refreshed: its pair was taken over
    SPENT = "spent"
    BUSY = "busy"
    NETWORK = "network"
    FAILED = "failed"


@dataclass(frozen=True)
class RefreshState:
    not_before: float = 0.0  # no automatic refresh before this time (after a failure)


@dataclass(frozen=True)
class Tick:
    """A second passed. `expires_at`/`obtained_at` are the held tokens'; `ready` says an automatic
    refresh may run at all (asked for, a refresh token, nothing else going on, the settings match)."""

    now: float
    ready: bool
    obtained_at: float = 0.0
    expires_at: float | None = None


@dataclass(frozen=True)
class Answered:
    adopted: bool


@dataclass(frozen=True)
class Failed:
    failure: Failure
    automatic: bool
    now: float


Event = Tick | Answered | Failed


class Do(Enum):
    START_REFRESH = "start_refresh"  # an automatic refresh is due (the driver looks for another process's pair first)
    MARK_STALE = "mark_stale"  # the server no longer takes the refresh token: sign in again


@dataclass(frozen=True)
class Say:
    kind: MessageKind
    note: Note


Effect = Do | Say


def step(state: RefreshState, event: Event) -> tuple[RefreshState, tuple[Effect, ...]]:
    if isinstance(event, Tick):
        return state, ((Do.START_REFRESH,) if _due(state, event) else ())
    if isinstance(event, Answered):
        return state, (
            Say(MessageKind.INFO, Note.ADOPTED) if event.adopted else Say(MessageKind.SUCCESS, Note.REFRESHED),
        )
    return _failed(state, event)


def _due(state: RefreshState, tick: Tick) -> bool:
    if not tick.ready or tick.expires_at is None or tick.now < state.not_before:
        return False
    lifetime = max(1.0, tick.expires_at - tick.obtained_at)
    return tick.expires_at - tick.now <= min(AUTO_WINDOW_S, lifetime / 4)


def _failed(state: RefreshState, event: Failed) -> tuple[RefreshState, tuple[Effect, ...]]:
    if event.failure is Failure.SPENT:  # no retry: only signing in again helps
        return state, (Do.MARK_STALE, Say(MessageKind.ERROR, Note.SPENT))
    if event.failure is Failure.BUSY:  # retried automatically, soon; said only when the user asked
        later = replace(state, not_before=event.now + RETRY_WHEN_BUSY_S)
        return later, (() if event.automatic else (Say(MessageKind.WARNING, Note.BUSY),))
    later = replace(state, not_before=event.now + RETRY_AFTER_FAILURE_S)
    note = Note.NETWORK if event.failure is Failure.NETWORK else Note.FAILED
    return later, (Say(MessageKind.ERROR, note),)


# --- another process's pair -----------------------------------------------------------------------------------
def is_newer_pair(held: TokenSet, access: str, refresh: str) -> bool:
    """Is the stored pair another process's newer one? Either half differing says so: `held` may have been
    read from the store without the lock, between another writer's two writes (the new refresh token saved,
    the old access token still there), so equal refresh tokens alone prove nothing."""
    return bool(access and refresh) and (refresh != held.refresh_token or access != held.access_token)


def taken_over(held: TokenSet, access: str, refresh: str, meta: TokenMeta | None) -> TokenSet:
    """The stored pair as this process's tokens: its secrets, with the details its writer published (or,
    from a version that published none, the held ones)."""
    if meta is None:
        return replace(held, access_token=access, refresh_token=refresh)
    return TokenSet(access, meta.token_type, meta.obtained_at, meta.expires_at, meta.scopes, refresh,
                    meta.issuer or held.issuer)  # fmt: skip
