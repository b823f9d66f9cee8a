"""Secret stores: the opt-in file's permissions and atomicity, keyring error mapping, size rule."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import keyring
import keyring.backend
import keyring.errors
import pytest

from xauth_gui.core import errors
from xauth_gui.services.secrets import KeyringStore, MemoryStore, PlainFileStore

ROOT = Path(__file__).resolve().parents[2]


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
    # no temp files left (the lock file stays: removing it would race another instance's lock)
    assert sorted(p.name for p in (tmp_path / "cfg").iterdir()) == ["secrets.json", "secrets.json.lock"]


def test_plain_file_tightens_an_existing_folder(tmp_path: Path) -> None:
    """B8: the folder is 0700 even when it existed before with wider rights."""
    folder = tmp_path / "cfg"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)  # noqa: S103 - the wide folder under test
    PlainFileStore(folder / "secrets.json").set("k", "v")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "secrets.json").stat().st_mode) == 0o600


_WRITER = """
import sys
from pathlib import Path
from xauth_gui.services.secrets import PlainFileStore
store = PlainFileStore(Path(sys.argv[1]))
for i in range(int(sys.argv[3])):
    store.set(f"{sys.argv[2]}/{i}", "v" * 50)
"""


def test_two_instances_writing_at_once_lose_no_entry(tmp_path: Path) -> None:
    """B8: two app processes doing read-modify-write on the same file keep every entry."""
    path = tmp_path / "private" / "secrets.json"
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), name, "60"], cwd=ROOT)
        for name in ("first", "second")
    ]
    for proc in procs:
        assert proc.wait(timeout=60) == 0
    data = json.loads(path.read_text())
    assert len(data) == 120, len(data)


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
