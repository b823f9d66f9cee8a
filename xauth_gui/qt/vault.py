"""The token vault: every secret-store call off the GUI thread, one at a time, with a timeout.

When the keyring is missing, locked or hangs, the vault says so once and keeps going in memory for
this run (never silently to disk). A plain-text file is used only after the user opted in.

Deletions are never lost (checklist B7): a secret removed while the persistent store can't be reached
is remembered in `pending` (key names only, saved with the settings) and deleted as soon as the
store opens again, before anything is read from it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from xauth_gui.core import errors
from xauth_gui.core.client import ClientType
from xauth_gui.core.profile import SECRET_KINDS, Profile, SecretName
from xauth_gui.core.switch_machine import StoredSecrets
from xauth_gui.services.secrets import MemoryStore, PlainFileStore, SecretStore, open_default_store

from .runner import Runner

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_MS = 15_000


class TokenVault(QObject):
    store_changed = Signal()  # a different store is now in use (see `store`)
    degraded = Signal(object)  # an XAuthError: why secrets are kept in memory now
    pending_changed = Signal()  # the set of deletions waiting for the store changed (see `pending`)

    def __init__(
        self,
        store_factory: Callable[[], SecretStore] = open_default_store,
        *,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        pending_deletions: Iterable[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pending = set(pending_deletions)
        self._pending_lock = threading.Lock()  # read and written by the worker and the GUI thread
        self._pending_emitted = frozenset(self._pending)
        self._factory = store_factory
        self.timeout_ms = timeout_ms
        self._runner = Runner("keyring", max_workers=1)  # one at a time: no pile-up
        self.store: SecretStore = MemoryStore()  # until open() resolves the real one
        self.problem: errors.XAuthError | None = None
        self._requested = False  # open() was queued (it is, lazily, by the first read or write)
        self._opening = False

    @property
    def resolved(self) -> bool:
        """The real store is known (opened, or fallen back to memory)."""
        return self._requested and not self._opening

    @property
    def ready(self) -> bool:
        """No backend resolution is under way."""
        return not self._opening

    @property
    def busy(self) -> bool:
        return self._runner.in_flight > 0

    @property
    def pending(self) -> frozenset[str]:
        """Keys removed by the user that the persistent store still holds."""
        with self._pending_lock:
            return frozenset(self._pending)

    def _pend(self, keys: Iterable[str], add: bool) -> None:
        with self._pending_lock:
            if add:
                self._pending.update(keys)
            else:
                self._pending.difference_update(keys)

    def _announce_pending(self) -> None:
        """On the GUI thread, after each job: say when the pending set changed."""
        now = self.pending
        if now != self._pending_emitted:
            self._pending_emitted = now
            self.pending_changed.emit()

    def _carry_out_pending(self, store: SecretStore) -> None:
        """On the worker: delete what the user removed while the store was out of reach."""
        if not store.persistent:
            return
        for key in sorted(self.pending):
            store.delete(key)
            self._pend([key], add=False)

    def open(self, on_ready: Callable[[], None] | None = None) -> None:
        """Resolve the backend off the GUI thread (keyring discovery costs ~55 ms and may touch D-Bus).

        Called by the first read or write, not at start-up: a new profile with nothing saved never wakes
        the keyring (whose Secret Service backend alone adds ~18 MB). Called again by "Retry keychain".
        """
        self._requested = self._opening = True

        def resolve() -> SecretStore:
            # Set here, on the vault's one worker thread, so the jobs queued behind this one use it.
            try:
                store = self._factory()
                self._carry_out_pending(store)  # before any read: removed secrets never come back
                self.store = store
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
        # No keychain at all is how some computers are (a server, a bare desktop): noted, not a warning.
        level = logging.INFO if isinstance(problem, errors.StorageUnavailableError) else logging.WARNING
        log.log(level, "secret store problem: %s", type(problem).__name__)
        if isinstance(self.store, MemoryStore) and self.problem is not None:
            return
        self._switch(MemoryStore(), problem)
        self.degraded.emit(problem)

    def _run(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
    ) -> None:
        def done(result: Any) -> None:
            on_done(result)
            self._announce_pending()

        def failed(exc: Exception) -> None:
            on_error(exc)
            self._announce_pending()

        self._runner.submit(fn, done, failed, timeout_ms=self.timeout_ms, timeout_error=errors.StorageTimeoutError)

    # --- operations (each falls back to memory on a storage failure and still completes) -------------
    # Each job reads `self.store` when it runs (not when queued): an open() queued before it has set it.
    def _ensure_open(self) -> None:
        if not self._requested:
            self.open()

    def load(self, profile: Profile, on_done: Callable[[StoredSecrets], None]) -> None:
        if profile.tokens is None and profile.client_type is ClientType.PUBLIC and not profile.app_credentials:
            on_done(StoredSecrets())  # nothing was ever saved for it: don't wake the keyring
            return
        self._ensure_open()

        def read() -> StoredSecrets:
            store = self.store
            return StoredSecrets(*(store.get(profile.secret_key(k)) or "" for k in SECRET_KINDS))

        def failed(exc: Exception) -> None:
            self._fall_back(exc)
            on_done(StoredSecrets())

        self._run(read, on_done, failed)

    def save(
        self, profile: Profile, values: Mapping[SecretName, str], on_done: Callable[[], None] | None = None
    ) -> None:
        """Write several secrets in the given order (new refresh token first); an empty value deletes."""
        self._ensure_open()

        removed = [profile.secret_key(kind) for kind, value in values.items() if not value]

        def write() -> None:
            store = self.store
            if self.problem is not None:
                self._pend(removed, add=True)  # the real store may still hold them
            for kind, value in values.items():
                key = profile.secret_key(kind)
                if value:
                    store.set(key, value)
                else:
                    store.delete(key)
                if store.persistent and self.problem is None:
                    self._pend([key], add=False)  # written or deleted where it lives

        def failed(exc: Exception) -> None:
            self._pend(removed, add=True)
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
        self.save(profile, dict.fromkeys(SECRET_KINDS, ""), on_done)

    def shutdown(self) -> None:
        self._runner.shutdown()
