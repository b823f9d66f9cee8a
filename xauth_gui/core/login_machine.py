"""The login as a pure machine (issue 24's third slice of the session machine):
`step(state, event) -> (state, effects)`.

The driver (qt/login_flow.py) makes the attempt (state, PKCE), binds the listener, opens the browser,
exchanges the code and feeds back what happened; answers that belong to superseded work are dropped by
the session's tickets before they get here. The machine decides what follows each event and what is
said, in words the driver puts in the user's language. No Qt, no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum, StrEnum

from .messages import MessageKind
from .session import LoginState as LoginState
from .session import Stage as Stage


class Note(StrEnum):
    """What the login says."""

    CHECK_CLIENT_ID = "check_client_id"  # X will refuse this Client ID: authorize anyway?
    WAITING = "waiting"
    WAITING_PASTE_ONLY = "waiting_paste_only"  # the callback URI can't be caught: paste the final address
    BROWSER_NOT_OPENED = "browser_not_opened"
    NOT_THIS_ATTEMPT = "not_this_attempt"  # an earlier login's tab answered
    PASTE_FIRST = "paste_first"  # something was pasted, but no login is waiting
    CANCELLED = "cancelled"
    APPROVED = "approved"  # getting the token
    SIGNED_IN = "signed_in"
    DID_NOT_FINISH = "did_not_finish"  # the exchange failed: said before the error's own sentence


class Pasted(Enum):
    """What the paste box's text turned out to be (the driver checked it like the listener does)."""

    NO_LOGIN = "no_login"  # no login waits for it
    APPROVED = "approved"  # an approval for this attempt
    ENDS_LOGIN = "ends_login"  # a refusal (declined, invalid scope, the server's error): the attempt is over
    NOT_USABLE = "not_usable"  # not an answer to this attempt: the login still waits


# --- events --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Press:
    """Authorize (or Restart login) was pressed and the phase allows it; `concern`: what looks wrong
    with the Client ID ("" when nothing does)."""

    client_id: str
    concern: str = ""


@dataclass(frozen=True)
class ConfirmClientId:
    client_id: str


@dataclass(frozen=True)
class Started:
    listening: bool
    browser_opened: bool


@dataclass(frozen=True)
class Answered:
    """The listener's final word for the current attempt: an approval, or an error (the driver's)."""

    approved: bool


@dataclass(frozen=True)
class Paste:
    verdict: Pasted


@dataclass(frozen=True)
class Exchanged:
    not_granted: tuple[str, ...] = ()  # asked for, not granted
    no_refresh: str = ""  # why there is no refresh token, when there is none (already in the user's words)
    can_check_user: bool = False  # the scopes allow "who am I"


@dataclass(frozen=True)
class Cancel:
    quiet: bool = False  # another action takes over (a profile switch, a restart): nothing is said


class Happened(Enum):
    """What happened, when nothing more needs saying."""

    START_FAILED = "start_failed"  # the attempt could not be made or its listener not bound (the driver has why)
    STRAY = "stray"  # a callback with another attempt's state reached the listener (answered and ignored)
    EXCHANGE_FAILED = "exchange_failed"


Event = Press | ConfirmClientId | Started | Answered | Paste | Exchanged | Cancel | Happened


# --- effects -------------------------------------------------------------------------------------------
class Do(Enum):
    """What to do, when nothing more needs saying."""

    START = "start"  # make the attempt, bind its listener, open the browser; then feed Started or START_FAILED
    CLOSE_LISTENER = "close_listener"
    CLOSE_RETIRED = "close_retired"  # the previous attempt's tab stops getting its page
    DROP = "drop"  # leave the phase: whatever is in flight for this attempt will be ignored
    END = "end"  # the attempt is over (its phase ends now)
    EXCHANGE = "exchange"  # exchange the current attempt's code, once
    KEEP = "keep"  # show the new tokens and save them
    CHECK_USER = "check_user"  # who am I


@dataclass(frozen=True)
class Ask:
    """Ask before sending this Client ID, with "Authorize anyway"."""

    concern: str


@dataclass(frozen=True)
class RetireListener:
    """The attempt's tab gets a page saying the login was cancelled (or is over) on reload, for a while."""

    cancelled: bool


@dataclass(frozen=True)
class Fail:
    """Explain the error that came with the event, after `before` when given."""

    before: Note | None = None


@dataclass(frozen=True)
class Say:
    kind: MessageKind
    note: Note
    not_granted: tuple[str, ...] = ()
    no_refresh: str = ""


Effect = Ask | RetireListener | Fail | Say | Do
IDLE = LoginState()


def step(state: LoginState, event: Event) -> tuple[LoginState, tuple[Effect, ...]]:
    if isinstance(event, Press | ConfirmClientId):
        return _press(state, event)
    if isinstance(event, Cancel):
        return _cancel(state, event.quiet)
    if isinstance(event, Started) or event is Happened.START_FAILED:
        return _started(state, event)
    if isinstance(event, Answered | Paste):
        return _answered(state, event)
    if event is Happened.STRAY:
        return state, (Say(MessageKind.WARNING, Note.NOT_THIS_ATTEMPT),) if state.stage is Stage.WAITING else ()
    return _exchanged(state, event)


def _press(state: LoginState, event: Press | ConfirmClientId) -> tuple[LoginState, tuple[Effect, ...]]:
    if isinstance(event, ConfirmClientId):
        state = replace(state, confirmed_client_id=event.client_id)
    elif event.concern and event.client_id != state.confirmed_client_id:
        return state, (Ask(event.concern),)
    # Restart login while waiting: the old tab's answer is then refused, and its page retired.
    cancelled, effects = _cancel(state, quiet=True)
    return cancelled, (*effects, Do.CLOSE_RETIRED, Do.START)


def _cancel(state: LoginState, quiet: bool) -> tuple[LoginState, tuple[Effect, ...]]:
    if state.stage is Stage.IDLE and not state.listening:
        return state, ()
    idle = replace(state, stage=Stage.IDLE, listening=False)
    if quiet:
        return idle, (Do.CLOSE_LISTENER, Do.DROP)
    return idle, (RetireListener(cancelled=True), Do.DROP, Say(MessageKind.INFO, Note.CANCELLED))


def _started(state: LoginState, event: Started | Happened) -> tuple[LoginState, tuple[Effect, ...]]:
    if not isinstance(event, Started):  # nothing half-started: a busy port never opens the browser
        return replace(state, stage=Stage.IDLE, listening=False), (Fail(),)
    waiting = replace(state, stage=Stage.WAITING, listening=event.listening)
    if not event.browser_opened:
        return waiting, (Say(MessageKind.WARNING, Note.BROWSER_NOT_OPENED),)
    note = Note.WAITING if event.listening else Note.WAITING_PASTE_ONLY
    return waiting, (Say(MessageKind.PROGRESS, note),)


def _answered(state: LoginState, event: Answered | Paste) -> tuple[LoginState, tuple[Effect, ...]]:
    verdict = event.verdict if isinstance(event, Paste) else None
    if state.stage is not Stage.WAITING or verdict is Pasted.NO_LOGIN:
        return state, (Say(MessageKind.WARNING, Note.PASTE_FIRST),) if isinstance(event, Paste) else ()
    if verdict is Pasted.NOT_USABLE:
        return state, (Fail(),)  # the login still waits: the right address can still be pasted
    over = replace(state, stage=Stage.IDLE, listening=False)
    close: Effect = RetireListener(cancelled=False) if isinstance(event, Answered) else Do.CLOSE_LISTENER
    if verdict is Pasted.ENDS_LOGIN:
        return over, (Do.CLOSE_LISTENER, Do.DROP, Fail())
    if isinstance(event, Answered) and not event.approved:
        return over, (close, Do.END, Fail())
    exchanging = replace(state, stage=Stage.EXCHANGING, listening=False)
    return exchanging, (close, Do.EXCHANGE, Say(MessageKind.PROGRESS, Note.APPROVED))


def _exchanged(state: LoginState, event: Exchanged | Happened) -> tuple[LoginState, tuple[Effect, ...]]:
    if state.stage is not Stage.EXCHANGING:
        return state, ()
    idle = replace(state, stage=Stage.IDLE)
    if not isinstance(event, Exchanged):
        return idle, (Fail(Note.DID_NOT_FINISH),)
    kind = MessageKind.WARNING if event.not_granted or event.no_refresh else MessageKind.SUCCESS
    said = Say(kind, Note.SIGNED_IN, event.not_granted, event.no_refresh)
    return idle, (Do.KEEP, said, *((Do.CHECK_USER,) if event.can_check_user else ()))
