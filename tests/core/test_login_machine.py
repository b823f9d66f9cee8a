"""The login as a pure machine (core/login_machine.py): whole logins, restarts, strays, pastes and
cancellations in microseconds, compared by effects and notes, never by English words."""

from __future__ import annotations

from collections.abc import Sequence

from xauth_gui.core import login_machine as m
from xauth_gui.core.session import MessageKind


def run(events: Sequence[m.Event], state: m.LoginState = m.IDLE) -> tuple[m.LoginState, list[m.Effect]]:
    said: list[m.Effect] = []
    for event in events:
        state, effects = m.step(state, event)
        said.extend(effects)
    return state, said


def notes(effects: list[m.Effect]) -> list[m.Note]:
    return [e.note for e in effects if isinstance(e, m.Say)]


def test_a_whole_login_opens_waits_exchanges_once_keeps_and_checks_the_user() -> None:
    state, effects = run([m.Press("cid"), m.Started(listening=True, browser_opened=True), m.Answered(approved=True),
                          m.Exchanged(can_check_user=True)])  # fmt: skip
    assert state.stage is m.Stage.IDLE
    kinds = [e if isinstance(e, m.Do) else type(e) for e in effects]
    assert kinds == [m.Do.CLOSE_RETIRED, m.Do.START, m.Say, m.RetireListener, m.Do.EXCHANGE, m.Say, m.Do.KEEP, m.Say,
                     m.Do.CHECK_USER]  # fmt: skip
    assert notes(effects) == [m.Note.WAITING, m.Note.APPROVED, m.Note.SIGNED_IN]
    assert effects.count(m.Do.EXCHANGE) == 1
    assert m.Say(MessageKind.SUCCESS, m.Note.SIGNED_IN) in effects


def test_scopes_not_granted_or_no_refresh_token_make_the_sign_in_a_warning_and_skip_who_am_i() -> None:
    waiting = m.LoginState(stage=m.Stage.EXCHANGING)
    _, effects = m.step(waiting, m.Exchanged(not_granted=("like.read",), no_refresh="no offline.access"))
    assert m.Say(MessageKind.WARNING, m.Note.SIGNED_IN, ("like.read",), "no offline.access") in effects
    assert m.Do.CHECK_USER not in effects


def test_restart_login_while_waiting_drops_the_old_attempt_quietly_first() -> None:
    waiting, _ = run([m.Press("cid"), m.Started(listening=True, browser_opened=True)])
    state, effects = m.step(waiting, m.Press("cid"))
    assert effects == (m.Do.CLOSE_LISTENER, m.Do.DROP, m.Do.CLOSE_RETIRED, m.Do.START)
    assert state.stage is m.Stage.IDLE and not state.listening  # until Started


def test_a_suspicious_client_id_is_asked_about_once_then_used() -> None:
    state, effects = m.step(m.IDLE, m.Press("1234567890", concern="That is an App ID."))
    assert effects == (m.Ask("That is an App ID."),) and state == m.IDLE
    state, effects = m.step(state, m.ConfirmClientId("1234567890"))
    assert effects[-1] == m.Do.START
    _, again = m.step(state, m.Press("1234567890", concern="That is an App ID."))
    assert m.Do.START in again  # confirmed: not asked again for this Client ID
    _, other = m.step(state, m.Press("999", concern="That is an App ID."))
    assert other == (m.Ask("That is an App ID."),)


def test_the_waiting_words_follow_the_browser_and_the_listener() -> None:
    for listening, opened, note in [(True, True, m.Note.WAITING), (False, True, m.Note.WAITING_PASTE_ONLY),
                                    (True, False, m.Note.BROWSER_NOT_OPENED)]:  # fmt: skip
        _, effects = run([m.Press("cid"), m.Started(listening, opened)])
        assert notes(effects) == [note]


def test_a_start_that_fails_opens_nothing_and_explains() -> None:
    state, effects = run([m.Press("cid"), m.Happened.START_FAILED])
    assert state.stage is m.Stage.IDLE and effects[-1] == m.Fail()


def test_a_refused_answer_ends_the_attempt_and_a_stray_one_does_not() -> None:
    waiting, _ = run([m.Press("cid"), m.Started(True, True)])
    state, effects = m.step(waiting, m.Happened.STRAY)
    assert state == waiting and notes(list(effects)) == [m.Note.NOT_THIS_ATTEMPT]
    state, effects = m.step(waiting, m.Answered(approved=False))
    assert state.stage is m.Stage.IDLE and effects == (m.RetireListener(cancelled=False), m.Do.END, m.Fail())
    assert m.step(state, m.Happened.STRAY)[1] == ()  # over: a late stray says nothing


def test_pasted_answers() -> None:
    waiting, _ = run([m.Press("cid"), m.Started(True, True)])
    assert notes(list(m.step(m.IDLE, m.Paste(m.Pasted.NO_LOGIN))[1])) == [m.Note.PASTE_FIRST]
    assert notes(list(m.step(m.IDLE, m.Paste(m.Pasted.APPROVED))[1])) == [m.Note.PASTE_FIRST]  # nothing waits
    state, effects = m.step(waiting, m.Paste(m.Pasted.NOT_USABLE))
    assert state == waiting and effects == (m.Fail(),)  # the right address can still be pasted
    state, effects = m.step(waiting, m.Paste(m.Pasted.ENDS_LOGIN))
    assert state.stage is m.Stage.IDLE and effects == (m.Do.CLOSE_LISTENER, m.Do.DROP, m.Fail())
    state, effects = m.step(waiting, m.Paste(m.Pasted.APPROVED))
    assert state.stage is m.Stage.EXCHANGING and effects[:2] == (m.Do.CLOSE_LISTENER, m.Do.EXCHANGE)


def test_cancel_says_so_unless_quiet_and_nothing_when_no_login_waits() -> None:
    waiting, _ = run([m.Press("cid"), m.Started(True, True)])
    state, effects = m.step(waiting, m.Cancel())
    assert state.stage is m.Stage.IDLE and effects == (
        m.RetireListener(cancelled=True), m.Do.DROP, m.Say(MessageKind.INFO, m.Note.CANCELLED))  # fmt: skip
    assert m.step(waiting, m.Cancel(quiet=True))[1] == (m.Do.CLOSE_LISTENER, m.Do.DROP)
    assert m.step(m.IDLE, m.Cancel())[1] == ()


def test_an_exchange_answer_after_a_cancel_does_nothing() -> None:
    exchanging, _ = run([m.Press("cid"), m.Started(True, True), m.Answered(approved=True)])
    cancelled, _ = m.step(exchanging, m.Cancel())
    assert m.step(cancelled, m.Exchanged(can_check_user=True))[1] == ()
    assert m.step(cancelled, m.Happened.EXCHANGE_FAILED)[1] == ()
    _, failed = m.step(exchanging, m.Happened.EXCHANGE_FAILED)
    assert failed == (m.Fail(m.Note.DID_NOT_FINISH),)
