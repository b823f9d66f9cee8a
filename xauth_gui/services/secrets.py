"""Secret storage: the OS keyring (one entry per secret), an in-memory store, and an opt-in private file.

Blocking; the Qt layer calls these off the GUI thread with a timeout. keyring's exceptions become the
core's StorageError types here; no error text ever contains the secret.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol, TypeVar

from xauth_gui.core import errors
from xauth_gui.core.text import translate

SERVICE = "xauth-gui"
T = TypeVar("T")
WINDOWS_MAX_CHARS = 1280  # CredWrite blob <= 2,560 bytes, keyring writes UTF-16


class SecretStore(Protocol):
    name: str  # shown in the UI and diagnostics
    persistent: bool  # survives a restart
    secure: bool  # protected by the OS (keyring) rather than plain text / memory

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None:
        """Idempotent: deleting a missing entry succeeds."""
        ...


class MemoryStore:
    persistent = False
    secure = True

    def __init__(self) -> None:
        self.name = translate("Secrets", "memory only (this run)")
        self._data: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._data.get(key)

    def set(self, key: str, value: str) -> None:
        with self._lock:
            self._data[key] = value

    def delete(self, key: str) -> None:
        with self._lock:
            self._data.pop(key, None)


class KeyringStore:
    persistent = True
    secure = True

    def __init__(self, service: str = SERVICE, platform: str = sys.platform) -> None:
        import keyring  # imported here: resolving the backend costs ~55 ms, kept off the start-up path

        self._keyring = keyring
        self.service = service
        self.platform = platform
        backend = keyring.get_keyring()
        self.backend = backend
        # Plain words for the window; the backend's name for the tooltip and the diagnostics.
        self.name = translate("Secrets", "the system keychain")
        self.detail = f"{type(backend).__module__.removeprefix('keyring.backends.')}.{type(backend).__name__}"
        module = type(backend).__module__
        if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
            raise errors.StorageUnavailableError()
        if "keyrings.alt" in module or "PlaintextKeyring" in type(backend).__name__:
            self.secure = False  # a plaintext backend chosen by the environment: flag it

    def _call(self, fn: Callable[..., T], *args: str) -> T:
        import keyring.errors as ke

        try:
            return fn(*args)
        except ke.NoKeyringError:
            raise errors.StorageUnavailableError() from None
        except ke.KeyringLocked:
            raise errors.StorageLockedError() from None
        except (ke.KeyringError, OSError, RuntimeError, ValueError) as exc:
            # Text deliberately generic: backend messages can include the stored value's context.
            said = translate("Secrets", "The keychain refused the request ({reason}).")
            raise errors.StorageError(said.format(reason=type(exc).__name__)) from None

    def get(self, key: str) -> str | None:
        value = self._call(self._keyring.get_password, self.service, key)
        return value if isinstance(value, str) else None

    def set(self, key: str, value: str) -> None:
        if self.platform == "win32" and len(value) > WINDOWS_MAX_CHARS:
            raise errors.SecretTooLongError()  # checked before writing: never a raw error 1783
        self._call(self._keyring.set_password, self.service, key, value)

    def delete(self, key: str) -> None:
        import keyring.errors as ke

        def remove() -> None:
            try:
                self._keyring.delete_password(self.service, key)
            except ke.PasswordDeleteError:
                pass  # a missing entry: nothing to delete

        self._call(remove)


class PlainFileStore:
    """Opt-in only, after a warning: a JSON file readable by the user alone (checklist B8).

    Its folder is made 0700 (and tightened if it exists), the file is 0600 from creation, and every
    read-modify-write holds an exclusive lock on a lock file beside it, so two app instances writing
    at once lose no entry.
    """

    persistent = True
    secure = False

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = translate("Secrets", "plain-text file ({path})").format(path=path)
        self._lock = threading.Lock()

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            return {}  # damaged: treated as empty (the user signs in again)
        return (
            {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}
            if isinstance(data, dict)
            else {}
        )

    def _private_folder(self) -> None:
        folder = self.path.parent
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if sys.platform != "win32" and folder.stat().st_mode & 0o077:
            os.chmod(folder, 0o700)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """This process's threads (the mutex) and other processes (an OS file lock)."""
        with self._lock:
            self._private_folder()
            fd = os.open(self.path.with_name(self.path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
            try:
                _lock_file(fd)
                yield
            finally:
                os.close(fd)  # closing releases the lock

    def _write(self, data: dict[str, str]) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".secrets-")  # 0600 from creation
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)  # atomic: never half a file
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise errors.StorageError(
                translate("Secrets", "The private file could not be written."),
                translate("Secrets", "Check the disk and permissions."),
            ) from None

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._read().get(key)

    def set(self, key: str, value: str) -> None:
        self._update(lambda data: data.__setitem__(key, value))

    def delete(self, key: str) -> None:
        self._update(lambda data: data.pop(key, None))

    def _update(self, change: Callable[[dict[str, str]], object]) -> None:
        try:
            with self._locked():
                data = self._read()
                before = dict(data)
                change(data)
                if data != before:
                    self._write(data)
        except OSError:
            raise errors.StorageError(
                translate("Secrets", "The private file could not be written."),
                translate("Secrets", "Check the disk and permissions."),
            ) from None


def _lock_file(fd: int) -> None:
    """Block until this process holds the exclusive lock on `fd`."""
    if sys.platform == "win32":
        import msvcrt

        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined]  # retries for ~10 s itself
                return
            except OSError:
                continue
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)


def described(store: SecretStore) -> str:
    """The store's name, with the keychain backend where there is one (for reports)."""
    detail = getattr(store, "detail", "")
    return f"{store.name} ({detail})" if detail else store.name


def open_default_store() -> SecretStore:
    """The OS keyring if one works, else raises StorageUnavailableError (the caller falls back to memory)."""
    try:
        return KeyringStore()
    except errors.StorageError:
        raise
    except Exception:
        raise errors.StorageUnavailableError() from None
