"""The session machine's slices, pure (core/refresh_machine.py, revoke_machine.py), with an injected clock: whole
sequences of seconds, answers and failures run in milliseconds."""

from __future__ import annotations

from xauth_gui.core.refresh_machine import (
    Answered,
    Do,
    Failed,
    Failure,
    Note,
    RefreshState,
    Say,
    Tick,
    step,
)
from xauth_gui.core.session import MessageKind

HOUR = 3600.0


def _first_due(state: RefreshState, start: float, end: float, expires_at: float = HOUR) -> float | None:
    """Tick once a second from `start`: the first second an automatic refresh is due."""
    now = start
    while now <= end:
        state, effects = step(state, Tick(now, True, 0.0, expires_at))
        if Do.START_REFRESH in effects:
            return now
        now += 1.0
    return None


def test_an_hour_token_is_refreshed_in_its_last_minute_and_a_short_one_in_its_last_quarter() -> None:
    assert _first_due(RefreshState(), 0.0, HOUR) == HOUR - 60
    assert _first_due(RefreshState(), 0.0, 100.0, expires_at=100.0) == 75.0
    assert step(RefreshState(), Tick(HOUR - 1, False, 0.0, HOUR)) == (RefreshState(), ())  # not asked for
    assert step(RefreshState(), Tick(HOUR - 1, True, 0.0, None))[1] == ()  # no expiry known


def test_after_a_network_failure_the_next_automatic_refresh_waits_thirty_seconds() -> None:
    state, effects = step(RefreshState(), Failed(Failure.NETWORK, True, HOUR - 60))
    assert effects == (Say(MessageKind.ERROR, Note.NETWORK),)
    assert _first_due(state, HOUR - 60, HOUR) == HOUR - 30


def test_another_process_refreshing_is_retried_in_two_seconds_and_said_only_when_asked() -> None:
    state, effects = step(RefreshState(), Failed(Failure.BUSY, True, 100.0))
    assert effects == () and state.not_before == 102.0
    _, asked = step(RefreshState(), Failed(Failure.BUSY, False, 100.0))
    assert asked == (Say(MessageKind.WARNING, Note.BUSY),)


def test_a_spent_refresh_token_marks_the_tokens_stale_and_is_never_retried_automatically() -> None:
    state, effects = step(RefreshState(), Failed(Failure.SPENT, True, 100.0))
    assert Do.MARK_STALE in effects and Say(MessageKind.ERROR, Note.SPENT) in effects
    assert state == RefreshState()  # (stale tokens are not "ready": the ticks start nothing)


def test_an_answer_says_whether_this_window_refreshed_or_took_another_process_pair() -> None:
    assert step(RefreshState(), Answered(adopted=False))[1] == (Say(MessageKind.SUCCESS, Note.REFRESHED),)
    assert step(RefreshState(), Answered(adopted=True))[1] == (Say(MessageKind.INFO, Note.ADOPTED),)


def test_other_refusals_wait_like_network_failures() -> None:
    state, effects = step(RefreshState(), Failed(Failure.OTHER, False, 10.0))
    assert effects == (Say(MessageKind.ERROR, Note.FAILED),) and state.not_before == 40.0


def test_a_stored_pair_is_newer_when_either_half_differs_and_is_taken_with_its_writers_details() -> None:
    from xauth_gui.core.profile import TokenMeta
    from xauth_gui.core.refresh_machine import is_newer_pair, taken_over
    from xauth_gui.core.tokens import TokenSet

    held = TokenSet("A0", "bearer", 0.0, HOUR, ("tweet.read",), "R0")
    assert not is_newer_pair(held, "A0", "R0") and not is_newer_pair(held, "", "R1")
    assert is_newer_pair(held, "A1", "R1") and is_newer_pair(held, "A1", "R0")  # a half-written pair too
    written = TokenMeta("bearer", 10.0, 10.0 + HOUR, ("tweet.read", "users.read"), True)
    taken = taken_over(held, "A1", "R1", written)
    assert (taken.access_token, taken.refresh_token, taken.expires_at) == ("A1", "R1", 10.0 + HOUR)
    assert taken_over(held, "A1", "R1", None).expires_at == HOUR  # no record: the held details


def test_revoking_forgets_then_says_and_a_failure_offers_retry_or_removing_here() -> None:
    from xauth_gui.core import revoke_machine as revoking

    revoked = revoking.Say(MessageKind.SUCCESS, revoking.Note.REVOKED)
    assert revoking.step(revoking.Answer.REVOKED) == (revoking.Do.FORGET, revoked)  # forgotten first, then said
    (said,) = revoking.step(revoking.Answer.FAILED)
    assert isinstance(said, revoking.Say) and said.ways == (revoking.Way.RETRY, revoking.Way.REMOVE_LOCALLY)
    removed = revoking.Say(MessageKind.INFO, revoking.Note.REMOVED)
    assert revoking.step(revoking.Removed(keychain_pending=False)) == (removed,)
    (waiting,) = revoking.step(revoking.Removed(keychain_pending=True))
    assert isinstance(waiting, revoking.Say) and waiting.ways == (revoking.Way.RETRY_KEYCHAIN,)
