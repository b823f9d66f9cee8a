"""A day of two windows sharing one profile (issue 24, item 5): each window's refresh is decided by the pure
refresh machine (core/refresh_machine.py) on an injected clock and carried out by the real cross-process
guard (services/refresh_guard.py: the lock file, the shared store, adopt-or-refresh), against a server that
rotates the refresh token and refuses a spent one, as X does. Both windows are due at the same moment
every round, and one asks while the other holds the lock. Runs in milliseconds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from xauth_gui.core import errors
from xauth_gui.core.refresh_machine import Answered, Do, Failed, Failure, Note, RefreshState, Say, Tick, step
from xauth_gui.core.tokens import TokenSet
from xauth_gui.services.refresh_guard import ProfileLock, coordinated_refresh
from xauth_gui.services.secrets import MemoryStore

LIFETIME = 7200.0  # X's access tokens live two hours
DAY = 86_400.0
STEP = 5.0  # the injected clock's tick (the machine only needs to see each minute before expiry)


class SharedKeychain(MemoryStore):
    persistent = True  # as the OS keychain: the guard publishes a generation for every pair it saves


@dataclass
class RotatingServer:
    clock: list[float]
    current: str = "R0"
    issued: int = 0
    spent_presented: int = 0

    def refresh(self, held: TokenSet) -> TokenSet:
        if held.refresh_token != self.current:
            self.spent_presented += 1  # X would now have revoked the whole grant
            raise errors.RefreshTokenInvalidError()
        self.issued += 1
        self.current = f"R{self.issued}"
        now = self.clock[0]
        return TokenSet(f"A{self.issued}", "bearer", now, now + LIFETIME, ("tweet.read",), self.current)


@dataclass
class Window:
    name: str
    tokens: TokenSet
    lock: ProfileLock
    store: MemoryStore
    server: RotatingServer
    state: RefreshState = field(default_factory=RefreshState)
    notes: list[Note] = field(default_factory=list)
    busy: int = 0

    def tick(self, now: float, meanwhile: Callable[[], None] = lambda: None) -> None:
        self.state, effects = step(self.state, Tick(now, True, self.tokens.obtained_at, self.tokens.expires_at))
        if Do.START_REFRESH in effects:
            self._refresh(now, meanwhile)

    def _refresh(self, now: float, meanwhile: Callable[[], None]) -> None:
        def at_the_server(held: TokenSet) -> TokenSet:
            meanwhile()  # the other window's moment comes while this one holds the lock
            return self.server.refresh(held)

        try:
            outcome = coordinated_refresh(self.lock, self.store, _key, self.tokens, at_the_server, wait_s=0)
        except errors.RefreshBusyError:
            self.busy += 1
            self.state, _ = step(self.state, Failed(Failure.BUSY, True, now))
            return
        self.tokens = outcome.tokens
        self.state, effects = step(self.state, Answered(outcome.adopted))
        self.notes += [e.note for e in effects if isinstance(e, Say)]


def _key(kind: str) -> str:
    return f"profile-1:{kind}"


def test_two_windows_refresh_a_rotating_pair_all_day_spending_each_refresh_token_once(tmp_path: Path) -> None:
    clock = [0.0]
    server = RotatingServer(clock)
    first = TokenSet("A0", "bearer", 0.0, LIFETIME, ("tweet.read",), "R0")
    store = SharedKeychain()
    store.set(_key("access_token"), "A0")
    store.set(_key("refresh_token"), "R0")
    one, two = (Window(n, first, ProfileLock(tmp_path, "profile-1"), store, server) for n in ("one", "two"))
    while clock[0] < DAY:
        now = clock[0]
        a, b = (one, two) if int(now / STEP) % 2 else (two, one)  # who looks first changes
        a.tick(now, meanwhile=lambda b=b, now=now: b.tick(now))
        b.tick(now)
        clock[0] += STEP

    rounds = int(DAY // (LIFETIME - 60.0))
    assert server.spent_presented == 0  # no refresh token ever went to the server twice
    assert server.issued == rounds  # one refresh per lifetime, not one per window
    for w in (one, two):
        assert w.tokens.refresh_token == server.current and w.tokens.access_token == f"A{server.issued}"
        assert len(w.notes) == rounds  # every new pair reached both windows, once each
    assert one.notes.count(Note.REFRESHED) + two.notes.count(Note.REFRESHED) == rounds
    assert one.notes.count(Note.ADOPTED) + two.notes.count(Note.ADOPTED) == rounds
    assert one.busy + two.busy == rounds  # every round, one asked while the other held the lock
    assert {*one.notes, *two.notes} == {Note.REFRESHED, Note.ADOPTED}  # both took turns
    assert store.get(_key("refresh_token")) == server.current
    assert ProfileLock(tmp_path, "profile-1").generation() == rounds


def test_without_the_guard_the_second_window_spends_a_refresh_token_twice() -> None:
    """The check above can fail: the same day, each window refreshing its own held pair, unguarded."""
    clock = [0.0]
    server = RotatingServer(clock)
    held = {
        "one": TokenSet("A0", "bearer", 0.0, LIFETIME, (), "R0"),
        "two": TokenSet("A0", "bearer", 0.0, LIFETIME, (), "R0"),
    }
    states = {"one": RefreshState(), "two": RefreshState()}
    while clock[0] < LIFETIME:
        for name in ("one", "two"):
            t = held[name]
            states[name], effects = step(states[name], Tick(clock[0], True, t.obtained_at, t.expires_at))
            if Do.START_REFRESH in effects:
                try:
                    held[name] = server.refresh(t)
                except errors.RefreshTokenInvalidError:
                    states[name], _ = step(states[name], Failed(Failure.SPENT, True, clock[0]))
        clock[0] += STEP
    assert server.spent_presented >= 1
