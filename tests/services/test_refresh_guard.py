"""One refresh at a time across processes (services/refresh_guard.py), on a real lock file and a store: a
pair another process saved is adopted, even one caught half-written when it was first read."""

from __future__ import annotations

from pathlib import Path

from xauth_gui.core.tokens import TokenSet
from xauth_gui.services.refresh_guard import ProfileLock, coordinated_refresh
from xauth_gui.services.secrets import MemoryStore


def _key(kind: str) -> str:
    return f"p:{kind}"


def _pair(access: str, refresh: str) -> TokenSet:
    return TokenSet(access, "bearer", 0.0, 20.0, ("tweet.read",), refresh)


def _store(access: str, refresh: str) -> MemoryStore:
    store = MemoryStore()
    store.set(_key("access_token"), access)
    store.set(_key("refresh_token"), refresh)
    return store


def test_the_held_pair_is_refreshed_once_and_saved(tmp_path: Path) -> None:
    store, spent = _store("A0", "R0"), []

    def refresh(held: TokenSet) -> TokenSet:
        spent.append(held.refresh_token)
        return _pair("A1", "R1")

    outcome = coordinated_refresh(ProfileLock(tmp_path, "p"), store, _key, _pair("A0", "R0"), refresh)
    assert spent == ["R0"] and not outcome.adopted
    assert (store.get(_key("access_token")), store.get(_key("refresh_token"))) == ("A1", "R1")


def test_a_pair_another_process_saved_is_adopted_and_no_refresh_token_spent(tmp_path: Path) -> None:
    store = _store("A1", "R1")

    def refresh(held: TokenSet) -> TokenSet:
        raise AssertionError("a second refresh")

    outcome = coordinated_refresh(ProfileLock(tmp_path, "p"), store, _key, _pair("A0", "R0"), refresh)
    assert outcome.adopted and (outcome.tokens.access_token, outcome.tokens.refresh_token) == ("A1", "R1")


def test_a_pair_read_between_another_writers_two_writes_is_not_refreshed_again(tmp_path: Path) -> None:
    """The other process saves the new refresh token first, then the access token: a process that read the
    store in between holds (old access, new refresh). Under the lock the whole new pair is there: adopt it
    (refreshing again would spend the new refresh token the other process and the window now hold)."""
    store = _store("A1", "R1")

    def refresh(held: TokenSet) -> TokenSet:
        raise AssertionError("a second refresh")

    outcome = coordinated_refresh(ProfileLock(tmp_path, "p"), store, _key, _pair("A0", "R1"), refresh)
    assert outcome.adopted and outcome.tokens.access_token == "A1"
