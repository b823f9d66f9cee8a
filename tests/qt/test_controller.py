"""The controller without a window: a fake OAuth service and a fake clock, real Qt signals and vault.

Logins go through the paste box (the listener has its own tests); every wait is bounded.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QSettings

from tests.support.fakes import FakeClock, FakeService
from xauth_gui.core import errors
from xauth_gui.core.endpoints import Provider
from xauth_gui.core.profile import Profile
from xauth_gui.core.session import Action, MessageKind, Phase, SessionState
from xauth_gui.qt.controller import FlowController
from xauth_gui.qt.settings import AppSettings
from xauth_gui.qt.vault import TokenVault
from xauth_gui.services.secrets import MemoryStore

WAIT = 5000
CUSTOM = Profile(
    name="Fake server",
    provider=Provider.CUSTOM,
    client_id="fake-client",
    redirect_uri="https://app.example/callback",  # not loopback http: paste-only, no listener binds
)


class Rig:
    def __init__(self, qtbot: Any, tmp_path: Path, *, gated: bool = False) -> None:
        self.qtbot = qtbot
        self.clock = FakeClock()
        self.service = FakeService(self.clock, gated=gated)
        self.opened: list[str] = []
        settings = AppSettings(QSettings(str(tmp_path / "c.ini"), QSettings.Format.IniFormat))
        self.vault = TokenVault(MemoryStore)
        self.c = FlowController(
            service=self.service,  # type: ignore[arg-type]
            vault=self.vault,
            settings=settings,
            open_url=lambda url: self.opened.append(url) is None,
            clock=self.clock,
        )
        self.states: list[SessionState] = []
        self.messages: list[Any] = []
        self.c.changed.connect(self.states.append)
        self.c.message.connect(self.messages.append)
        settings.save_profile(CUSTOM)
        self.c.load_profile(CUSTOM)
        self.wait(lambda: self.c.phase is Phase.IDLE)

    def wait(self, predicate: Any) -> None:
        self.qtbot.waitUntil(predicate, timeout=WAIT)

    def paste_approval(self) -> None:
        """What the browser would show after approving: the attempt's own state and a code."""
        state = parse_qs(urlsplit(self.opened[-1]).query)["state"][0]
        self.c.submit_pasted(f"code=the-code&state={state}")

    def sign_in(self) -> None:
        self.c.start_login()
        self.paste_approval()
        self.wait(lambda: self.c.tokens is not None and self.c.phase is Phase.IDLE)

    def text(self) -> str:
        return self.messages[-1].text if self.messages else ""

    def close(self) -> None:
        self.service.release()
        self.c.shutdown()
        self.vault.shutdown()


@pytest.fixture
def rig(qtbot: Any, tmp_path: Path) -> Iterator[Rig]:
    r = Rig(qtbot, tmp_path)
    yield r
    r.close()


@pytest.fixture
def gated(qtbot: Any, tmp_path: Path) -> Iterator[Rig]:
    r = Rig(qtbot, tmp_path, gated=True)
    yield r
    r.close()


def test_a_login_walks_the_phases_and_emits_each_state_once(rig: Rig) -> None:
    rig.states.clear()
    rig.sign_in()
    phases = [s.phase for s in rig.states]
    phases = [p for i, p in enumerate(phases) if i == 0 or p != phases[i - 1]]  # the machines' steps emit too
    assert phases[:2] == [Phase.WAITING, Phase.EXCHANGING]
    assert Phase.CHECKING_USER in phases and phases[-1] is Phase.IDLE  # who am I follows (default scopes)
    assert all(a != b for a, b in zip(rig.states, rig.states[1:], strict=False))  # no empty emissions
    assert rig.service.count("exchange") == 1
    assert rig.c.state.tokens is not None and rig.c.state.tokens.issuer is not None
    assert rig.c.state.user is not None and rig.c.state.user.username == "fake_user"


def test_the_state_is_frozen_and_emitted_whole(rig: Rig) -> None:
    rig.sign_in()
    state = rig.states[-1]
    assert state is rig.c.state
    with pytest.raises(AttributeError):
        state.phase = Phase.REFRESHING  # type: ignore[misc]
    assert "access-" not in repr(state)  # secrets stay out of repr


def test_an_update_that_changes_nothing_emits_nothing(rig: Rig) -> None:
    rig.states.clear()
    rig.c.update(auto_refresh=rig.c.auto_refresh)
    rig.c.update_profile(rig.c.profile)
    assert rig.states == []


def test_a_second_refresh_while_one_is_in_flight_is_refused_with_a_reason(gated: Rig) -> None:
    gated.service.release()
    gated.sign_in()
    gated.service._gate.clear()
    gated.c.refresh()
    gated.wait(lambda: gated.service.count("refresh") == 1)
    gated.c.refresh()
    gated.c.start_login()
    gated.c.revoke()
    assert gated.c.phase is Phase.REFRESHING
    assert "Not now: the token is being refreshed" in gated.text()
    gated.service.release()
    gated.wait(lambda: gated.c.phase is Phase.IDLE)
    assert gated.service.count("refresh") == 1 and gated.service.count("revoke") == 0
    assert gated.opened[-1] == gated.opened[0]  # no second browser window either


def test_cancel_while_exchanging_drops_the_result(gated: Rig) -> None:
    gated.c.start_login()
    gated.paste_approval()
    gated.wait(lambda: gated.service.count("exchange") == 1)
    assert gated.c.phase is Phase.EXCHANGING
    gated.c.cancel_login()
    gated.service.release()
    gated.wait(lambda: gated.c.net.in_flight == 0)  # the late answer has arrived, and must be ignored
    assert gated.c.tokens is None and gated.c.phase is Phase.IDLE


def test_paste_without_a_login_says_what_to_do(rig: Rig) -> None:
    rig.c.submit_pasted("code=x&state=y")
    assert "Press Authorize first" in rig.text()
    assert rig.service.calls == []


def test_auto_refresh_waits_for_the_window_then_backs_off_after_a_failure(rig: Rig) -> None:
    rig.sign_in()
    rig.c.set_auto_refresh(True)
    expires = rig.c.tokens.expires_at
    rig.clock.now = expires - 61  # not yet: refreshes in the last minute (or quarter of the lifetime)
    rig.c._on_tick()
    assert rig.service.count("refresh") == 0
    rig.service.fail_with["refresh"] = errors.ConnectError("The connection was refused.", "Check the server.")
    rig.clock.now = expires - 30
    rig.c._on_tick()
    rig.wait(lambda: rig.service.count("refresh") == 1 and rig.c.phase is Phase.IDLE)
    rig.clock.advance(10)
    rig.c._on_tick()  # within the 30 s back-off: no second try
    assert rig.service.count("refresh") == 1
    del rig.service.fail_with["refresh"]
    rig.clock.advance(25)
    rig.c._on_tick()
    rig.wait(lambda: rig.service.count("refresh") == 2 and rig.c.phase is Phase.IDLE)
    assert rig.c.tokens.expires_at > expires


def test_auto_refresh_never_goes_to_other_settings(rig: Rig) -> None:
    rig.sign_in()
    rig.c.set_auto_refresh(True)
    rig.c.update_profile(replace(rig.c.profile, client_id="another-client"))
    assert rig.c.state.binding_problem
    rig.clock.now = rig.c.tokens.expires_at - 5
    rig.c._on_tick()
    assert rig.service.count("refresh") == 0


def test_a_refresh_that_finishes_after_a_profile_switch_is_saved_but_not_shown(gated: Rig, tmp_path: Path) -> None:
    gated.service.release()
    gated.sign_in()
    first_profile = gated.c.profile
    gated.service._gate.clear()
    gated.c.refresh()
    gated.wait(lambda: gated.service.count("refresh") == 1)
    other = Profile(name="Other")
    gated.c.settings.save_profile(other)
    gated.c.load_profile(other)
    gated.service.release()
    gated.wait(lambda: gated.c.phase is Phase.IDLE and gated.c.profile.id == other.id)
    gated.wait(lambda: gated.c.net.in_flight == 0)  # every late answer has arrived
    assert gated.c.tokens is None  # the other profile has none
    saved = next(p for p in gated.c.settings.profiles() if p.id == first_profile.id)
    gated.wait(lambda: gated.vault.store.get(first_profile.secret_key("refresh_token")) == "refresh-2")
    assert saved.tokens is not None


def test_revoke_failure_offers_retry_and_local_removal(rig: Rig) -> None:
    rig.sign_in()
    rig.service.fail_with["revoke"] = errors.ServerUnavailableError("The server had a problem.", "Try later.")
    rig.c.revoke()
    rig.wait(lambda: rig.c.phase is Phase.IDLE and "Not revoked" in rig.text())
    message = rig.messages[-1]
    assert message.kind is MessageKind.ERROR
    assert [label for label, _ in message.actions] == ["Retry", "Remove from this computer only"]
    assert rig.c.tokens is not None
    message.actions[1][1]()
    rig.wait(lambda: rig.c.tokens is None)


def test_every_message_says_what_it_is_about_whatever_the_language(rig: Rig) -> None:
    """Messages carry what they say (a machine's Note, an error's class, a Topic): compared, never the words."""
    from xauth_gui.core.login_machine import Note as LoginNote
    from xauth_gui.core.messages import Topic
    from xauth_gui.core.refresh_machine import Note as RefreshNote

    rig.c.start_login()
    assert rig.c.last_message is not None and rig.c.last_message.about is LoginNote.WAITING_PASTE_ONLY
    assert rig.c.hub.refused(Action.REVOKE) and rig.c.last_message.about is Topic.NOT_NOW  # not while waiting
    rig.c.cancel_login()
    assert rig.c.last_message.about is LoginNote.CANCELLED
    rig.sign_in()
    rig.c.refresh()
    rig.wait(lambda: rig.c.last_message is not None and rig.c.last_message.about is RefreshNote.REFRESHED)
    rig.c.fail(errors.PortInUseError(8765, None))
    assert rig.c.last_message.about is errors.PortInUseError and rig.c.last_message.actions  # with its fix
