"""Secret stores: the opt-in file's permissions and atomicity, keyring error mapping, size rule."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import keyring
import keyring.backend
import keyring.errors
import pytest

from xauth_gui.core import errors
from xauth_gui.services.secrets import KeyringStore, MemoryStore, PlainFileStore


def test_plain_file_is_private_and_round_trips(tmp_path: Path) -> None:
    store = PlainFileStore(tmp_path / "cfg" / "secrets.json")
    store.set("p/access_token", "a" * 5000)
    store.set("p/refresh_token", "r")
    assert store.get("p/access_token") == "a" * 5000
    assert stat.S_IMODE((tmp_path / "cfg" / "secrets.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "cfg").stat().st_mode) == 0o700
    store.delete("p/refresh_token")
    store.delete("never-there")  # idempotent
    assert store.get("p/refresh_token") is None and not store.secure
    assert [p.name for p in (tmp_path / "cfg").iterdir()] == ["secrets.json"]  # no temp files left


def test_damaged_plain_file_counts_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "secrets.json"
    path.write_text("{not json")
    assert PlainFileStore(path).get("x") is None


def test_memory_store() -> None:
    store = MemoryStore()
    store.set("k", "v")
    assert store.get("k") == "v" and not store.persistent
    store.delete("k")
    store.delete("k")
    assert store.get("k") is None


class _Backend(keyring.backend.KeyringBackend):
    """A stand-in backend for the wrapper's error mapping (the real Secret Service: test_e2e_keyring.py)."""

    priority = 1  # type: ignore[assignment]
    fail_with: Exception | None = None
    data: ClassVar[dict[tuple[str, str], str]] = {}

    def get_password(self, service: str, username: str) -> str | None:
        if self.fail_with:
            raise self.fail_with
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.fail_with:
            raise self.fail_with
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.data:
            raise keyring.errors.PasswordDeleteError("missing")
        del self.data[(service, username)]


@pytest.fixture
def backend() -> Iterator[_Backend]:
    previous = keyring.get_keyring()
    b = _Backend()
    _Backend.data = {}
    keyring.set_keyring(b)
    yield b
    keyring.set_keyring(previous)


def test_keyring_store_round_trip_and_idempotent_delete(backend: _Backend) -> None:
    store = KeyringStore()
    store.set("p/access_token", "tok")
    assert store.get("p/access_token") == "tok"
    store.delete("p/access_token")
    store.delete("p/access_token")
    assert store.get("p/access_token") is None


@pytest.mark.parametrize(
    ("failure", "cls"),
    [
        (keyring.errors.KeyringLocked("Failed to unlock the collection!"), errors.StorageLockedError),
        (keyring.errors.NoKeyringError("none"), errors.StorageUnavailableError),
        (keyring.errors.PasswordSetError("secret-value-123 rejected"), errors.StorageError),
        (OSError("boom"), errors.StorageError),
    ],
)
def test_keyring_errors_become_plain_storage_errors(backend: _Backend, failure: Exception, cls: type) -> None:
    backend.fail_with = failure
    with pytest.raises(cls) as info:
        KeyringStore().set("p/access_token", "secret-value-123")
    assert "secret-value-123" not in str(info.value)


def test_windows_size_rule_is_checked_before_writing(backend: _Backend) -> None:
    store = KeyringStore(platform="win32")
    store.set("ok", "x" * 1280)
    with pytest.raises(errors.SecretTooLongError):
        store.set("long", "x" * 1281)
    assert store.get("long") is None


def test_no_backend_means_unavailable() -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(errors.StorageUnavailableError):
            KeyringStore()
    finally:
        keyring.set_keyring(previous)
