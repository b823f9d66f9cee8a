"""One refresh at a time for a profile, across every process on this computer (issue 21).

X's refresh tokens work once. Two processes refreshing with the same one (two `xauth-gui token` runs,
or the CLI and the open window) lose: one gets `invalid_grant`, and a window may keep a dead token in
memory while the store holds the live one. So every refresh runs under a per-profile lock file in the
private settings folder:

1. take the lock (bounded wait; the OS drops the lock of a killed process, so it never blocks);
2. read the stored pair again: if it is not the pair this process holds, another process refreshed
   already, so adopt the stored pair instead of spending a refresh token;
3. refresh, save the rotated pair (refresh token first), publish a new generation, release.

The generation record (`<profile>.json` beside the lock, no secrets: the token's expiry, scopes and
issuer) lets an open window notice a pair another process saved, without reading the keychain.
Before treating `invalid_grant` as "sign in again", the store is read once more.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from xauth_gui.core import errors
from xauth_gui.core.profile import SecretName, TokenMeta, token_meta_from_dict
from xauth_gui.core.refresh_machine import is_newer_pair, taken_over
from xauth_gui.core.tokens import TokenSet

from .secrets import SecretStore

LOCK_WAIT_S = 10.0  # longer than one slow refresh; a process that waits longer says so
_POLL_S = (0.01, 0.02, 0.05, 0.1)  # back-off between attempts at the lock


@dataclass(frozen=True)
class Outcome:
    tokens: TokenSet
    adopted: bool  # another process had refreshed: its pair was taken, no refresh token was spent
    generation: int
    saved: bool = True  # False: the store refused the write (the caller keeps the pair another way)


class ProfileLock:
    """The lock file and the generation record of one profile."""

    def __init__(self, folder: Path, profile_id: str) -> None:
        self.folder = folder
        self.lock_path = folder / f"{profile_id}.lock"
        self.record_path = folder / f"{profile_id}.json"

    @contextlib.contextmanager
    def held(self, wait_s: float = LOCK_WAIT_S) -> Iterator[None]:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            deadline, attempt = time.monotonic() + wait_s, 0
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise errors.RefreshBusyError()
                time.sleep(_POLL_S[min(attempt, len(_POLL_S) - 1)])
                attempt += 1
            yield
        finally:
            os.close(fd)  # closing releases the lock (and a killed process's is released by the OS)

    def read(self) -> tuple[int, TokenMeta | None]:
        """(generation, the saved pair's details); (0, None) when there is no record or it is damaged."""
        try:
            data = json.loads(self.record_path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return 0, None
        if not isinstance(data, dict):
            return 0, None
        number = data.get("generation")
        number = number if isinstance(number, int) and not isinstance(number, bool) and number >= 0 else 0
        return number, token_meta_from_dict(data.get("meta"))

    def generation(self) -> int:
        return self.read()[0]

    def publish(self, meta: TokenMeta) -> int:
        """A new generation for the pair just saved (under the lock): written whole, or not at all."""
        number = self.generation() + 1
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".gen-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"generation": number, "meta": meta.to_dict()}, f)
            os.replace(tmp, self.record_path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            return number - 1
        return number


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def stored_pair(store: SecretStore, key: Callable[[str], str]) -> tuple[str, str]:
    return store.get(key(SecretName.ACCESS_TOKEN)) or "", store.get(key(SecretName.REFRESH_TOKEN)) or ""


def _adopt(held: TokenSet, access: str, refresh: str, meta: TokenMeta | None, generation: int) -> Outcome:
    return Outcome(taken_over(held, access, refresh, meta), True, generation)


def coordinated_refresh(
    lock: ProfileLock,
    store: SecretStore,
    key: Callable[[str], str],
    held: TokenSet,
    refresh: Callable[[TokenSet], TokenSet],
    wait_s: float = LOCK_WAIT_S,
) -> Outcome:
    """Refresh `held` unless another process already did; either way the live pair comes back, saved."""
    with lock.held(wait_s):
        generation, meta = lock.read()
        access, stored_refresh = stored_pair(store, key)
        if is_newer_pair(held, access, stored_refresh):
            return _adopt(held, access, stored_refresh, meta, generation)
        try:
            fresh = refresh(held)
        except errors.RefreshTokenInvalidError:
            access, stored_refresh = stored_pair(store, key)  # once more: a writer that took no lock
            if is_newer_pair(held, access, stored_refresh):
                return _adopt(held, access, stored_refresh, lock.read()[1], generation)
            raise
        if not fresh.refresh_token:  # a server that does not rotate: keep the one we have
            fresh = replace(fresh, refresh_token=held.refresh_token)
        try:
            store.set(key(SecretName.REFRESH_TOKEN), fresh.refresh_token or "")  # the new one first
            store.set(key(SecretName.ACCESS_TOKEN), fresh.access_token)
        except errors.StorageError:
            return Outcome(fresh, False, generation, saved=False)
        return Outcome(fresh, False, lock.publish(TokenMeta.of(fresh)) if store.persistent else generation)


def newest_meta(saved: TokenMeta | None, folder: Path, profile_id: str) -> TokenMeta | None:
    """The details of the stored pair: the generation record's when it is newer than the settings'
    (another process refreshed and the settings were written by a slower one, or not yet)."""
    recorded = ProfileLock(folder, profile_id).read()[1]
    if recorded is None or saved is None or saved.obtained_at > recorded.obtained_at:
        return saved if saved is not None else recorded
    return recorded
