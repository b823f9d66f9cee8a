"""The token vault: every secret-store call off the GUI thread, one at a time, with a timeout.

When the keyring is missing, locked or hangs, the vault says so once and keeps going in memory for
this run (never silently to disk). A plain-text file is used only after the user opted in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from xauth_gui.core import errors
from xauth_gui.core.profile import Profile
from xauth_gui.services.secrets import MemoryStore, PlainFileStore, SecretStore, open_default_store

from .runner import Runner

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_MS = 15_000


@dataclass(frozen=True)
class StoredSecrets:
    client_secret: str = field(default="", repr=False)
    access_token: str = field(default="", repr=False)
    refresh_token: str = field(default="", repr=False)


class TokenVault(QObject):
    store_changed = Signal()  # a different store is now in use (see `store`)
    degraded = Signal(object)  # an XAuthError: why secrets are kept in memory now

    def __init__(
        self,
        store_factory: Callable[[], SecretStore] = open_default_store,
        *,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory = store_factory
        self.timeout_ms = timeout_ms
        self._runner = Runner("keyring", max_workers=1)  # one at a time: no pile-up
        self.store: SecretStore = MemoryStore()  # until open() resolves the real one
        self.problem: errors.XAuthError | None = None
        self._requested = False  # open() was queued (it is, lazily, by the first read or write)
        self._opening = False

    @property
    def ready(self) -> bool:
        """No backend resolution is under way."""
        return not self._opening

    @property
    def busy(self) -> bool:
        return self._runner.in_flight > 0

    def open(self, on_ready: Callable[[], None] | None = None) -> None:
        """Resolve the backend off the GUI thread (keyring discovery costs ~55 ms and may touch D-Bus).

        Called by the first read or write, not at start-up: a new profile with nothing saved never wakes
        the keyring (whose Secret Service backend alone adds ~18 MB). Called again by "Retry keychain".
        """
        self._requested = self._opening = True

        def resolve() -> SecretStore:
            # Set here, on the vault's one worker thread, so the jobs queued behind this one use it.
            try:
                self.store = self._factory()
            except Exception:
                self.store = MemoryStore()
                raise
            return self.store

        def done(store: SecretStore) -> None:
            self._opening = False
            self._switch(store, None)
            if on_ready:
                on_ready()

        def failed(exc: Exception) -> None:
            self._opening = False
            self._fall_back(exc)
            if on_ready:
                on_ready()

        self._run(resolve, done, failed)

    def use_plain_file(self, path: Path, secrets_now: dict[str, str]) -> None:
        """The user's explicit opt-in: from now on secrets go to a private file; copy the current ones."""
        store = PlainFileStore(path)
        self._requested = True
        self._switch(store, None)
        for key, value in secrets_now.items():
            self.set(key, value)

    def _switch(self, store: SecretStore, problem: errors.XAuthError | None) -> None:
        self.store, self.problem = store, problem
        log.info("secret store: %s", store.name)
        self.store_changed.emit()

    def _fall_back(self, exc: Exception) -> None:
        """Keep going in memory for this run; say why once. (The failing store keeps what it held.)"""
        problem = exc if isinstance(exc, errors.StorageError) else errors.StorageError()
        log.warning("secret store problem: %s", type(problem).__name__)
        if isinstance(self.store, MemoryStore) and self.problem is not None:
            return
        self._switch(MemoryStore(), problem)
        self.degraded.emit(problem)

    def _run(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
    ) -> None:
        self._runner.submit(fn, on_done, on_error, timeout_ms=self.timeout_ms, timeout_error=errors.StorageTimeoutError)

    # --- operations (each falls back to memory on a storage failure and still completes) -------------
    # Each job reads `self.store` when it runs (not when queued): an open() queued before it has set it.
    def _ensure_open(self) -> None:
        if not self._requested:
            self.open()

    def load(self, profile: Profile, on_done: Callable[[StoredSecrets], None]) -> None:
        if profile.tokens is None and profile.client_type == "public":
            on_done(StoredSecrets())  # nothing was ever saved for it: don't wake the keyring
            return
        self._ensure_open()

        def read() -> StoredSecrets:
            store = self.store
            return StoredSecrets(
                *(store.get(profile.secret_key(k)) or "" for k in ("client_secret", "access_token", "refresh_token"))
            )

        def failed(exc: Exception) -> None:
            self._fall_back(exc)
            on_done(StoredSecrets())

        self._run(read, on_done, failed)

    def save(self, profile: Profile, values: dict[str, str], on_done: Callable[[], None] | None = None) -> None:
        """Write several secrets in the given order (new refresh token first); an empty value deletes."""
        self._ensure_open()

        def write() -> None:
            store = self.store
            for kind, value in values.items():
                key = profile.secret_key(kind)
                if value:
                    store.set(key, value)
                else:
                    store.delete(key)

        def failed(exc: Exception) -> None:
            self._fall_back(exc)
            write_to_memory = self.store
            for kind, value in values.items():
                if value:
                    write_to_memory.set(profile.secret_key(kind), value)
            if on_done:
                on_done()

        self._run(write, lambda _r: on_done() if on_done else None, failed)

    def set(self, key: str, value: str) -> None:
        self._ensure_open()
        self._run(lambda: self.store.set(key, value), lambda _r: None, self._fall_back)

    def delete_profile(self, profile: Profile, on_done: Callable[[], None] | None = None) -> None:
        self.save(profile, {k: "" for k in ("client_secret", "access_token", "refresh_token")}, on_done)

    def shutdown(self) -> None:
        self._runner.shutdown()
