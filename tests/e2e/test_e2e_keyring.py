"""The real keyring: a private Secret Service (dbus-daemon + gnome-keyring, unlocked like a desktop
login), app instances as real processes, the sandbox in this test process."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.e2e import (
    ROOT,
    base_env,
    keyring_get,
    kill_hard,
    lock_collection,
    run_driver,
    secret_service,
    start_driver,
    wait_for_line,
)
from tests.support.qt_helpers import free_port
from xauth_gui.sandbox import Sandbox


@pytest.fixture
def service(tmp_path: Path) -> Iterator[dict[str, str]]:
    with secret_service(tmp_path / "home") as env:
        yield env


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    uri = f"http://127.0.0.1:{free_port()}/callback"
    with Sandbox(auto_approve=True, redirect_uris=[uri]) as sb:
        sb.e2e_redirect_uri = uri  # type: ignore[attr-defined]
        yield sb


def login_args(tmp_path: Path, sandbox: Sandbox) -> list[str]:
    return [
        "--config-dir",
        str(tmp_path / "cfg"),
        "--action",
        "login",
        "--base-url",
        sandbox.base_url,
        "--redirect-uri",
        sandbox.e2e_redirect_uri,
    ]  # type: ignore[attr-defined]


def test_restart_reads_back_what_the_first_instance_stored(
    tmp_path: Path, service: dict[str, str], sandbox: Sandbox
) -> None:
    first = run_driver(service, *login_args(tmp_path, sandbox))
    assert "SecretService" in str(first["store"]) and first["store_persistent"]
    assert keyring_get(service, f"{first['profile_id']}/access_token") == first["access"]
    assert keyring_get(service, f"{first['profile_id']}/refresh_token") == first["refresh"]
    settings = "".join(p.read_text() for p in (tmp_path / "cfg").rglob("*") if p.is_file())
    assert str(first["access"]) not in settings and str(first["refresh"]) not in settings
    second = run_driver(service, "--config-dir", str(tmp_path / "cfg"), "--action", "show")
    assert (second["access"], second["refresh"]) == (first["access"], first["refresh"])
    assert second["username"] == "sandbox_user"


def test_killed_right_after_a_refresh_the_stored_refresh_token_is_the_new_one(
    tmp_path: Path, service: dict[str, str], sandbox: Sandbox
) -> None:
    first = run_driver(service, *login_args(tmp_path, sandbox))
    proc = start_driver(service, "--config-dir", str(tmp_path / "cfg"), "--action", "refresh")
    refreshed = json.loads(wait_for_line(proc, "REFRESHED ").removeprefix("REFRESHED "))
    kill_hard(proc)  # SIGKILL: no shutdown handler runs
    assert refreshed["refresh"] != first["refresh"]
    stored = keyring_get(service, f"{first['profile_id']}/refresh_token")
    assert stored == refreshed["refresh"]
    assert sandbox.token_is_live(str(stored)) and not sandbox.token_is_live(str(first["refresh"]))
    after = run_driver(service, "--config-dir", str(tmp_path / "cfg"), "--action", "show")
    assert after["refresh"] == refreshed["refresh"]


def test_profile_delete_removes_the_entries(tmp_path: Path, service: dict[str, str], sandbox: Sandbox) -> None:
    first = run_driver(service, *login_args(tmp_path, sandbox))
    run_driver(service, "--config-dir", str(tmp_path / "cfg"), "--action", "delete-profile")
    for kind in ("access_token", "refresh_token", "client_secret"):
        assert keyring_get(service, f"{first['profile_id']}/{kind}") is None


def test_forget_everything_removes_every_entry_and_the_settings(
    tmp_path: Path, service: dict[str, str], sandbox: Sandbox
) -> None:
    """What the Windows uninstaller runs when the user asks for their settings to go too."""
    first = run_driver(service, *login_args(tmp_path, sandbox))
    cfg = tmp_path / "cfg"
    assert keyring_get(service, f"{first['profile_id']}/refresh_token") == first["refresh"]
    out = subprocess.run(
        [sys.executable, "main.py", "--forget-everything", "--config-dir", str(cfg)],
        env=service,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr[-2000:]
    assert "Removed" in out.stdout and str(first["refresh"]) not in out.stdout + out.stderr
    for kind in ("access_token", "refresh_token", "client_secret"):
        assert keyring_get(service, f"{first['profile_id']}/{kind}") is None
    assert not cfg.exists() or not any(cfg.rglob("*.ini"))


def test_locked_keyring_says_so_and_keeps_tokens_in_memory(
    tmp_path: Path, service: dict[str, str], sandbox: Sandbox
) -> None:
    lock_collection(service)
    started = time.monotonic()
    result = run_driver(service, *login_args(tmp_path, sandbox), "--keyring-timeout-ms", "3000", timeout=90)
    assert time.monotonic() - started < 60
    assert result["access"] and result["store"] == "memory only (this run)"
    said = " ".join(result["messages"])  # type: ignore[arg-type]
    assert "keychain is locked" in said or "keychain did not answer in time" in said
    assert "in memory" in said
    assert "Signed in as @sandbox_user" in said  # the login still worked


def test_no_dbus_session_at_all(tmp_path: Path, sandbox: Sandbox) -> None:
    env = base_env(tmp_path / "home")  # no DBUS_SESSION_BUS_ADDRESS, no DISPLAY: no Secret Service
    result = run_driver(env, *login_args(tmp_path, sandbox), timeout=90)
    assert result["access"] and result["store"] == "memory only (this run)"
    said = " ".join(result["messages"])  # type: ignore[arg-type]
    assert "No secure storage (keychain) is available" in said and "Signed in as @sandbox_user" in said


def test_token_longer_than_1280_characters(tmp_path: Path, service: dict[str, str], sandbox: Sandbox) -> None:
    sandbox.min_token_length = 3000
    first = run_driver(service, *login_args(tmp_path, sandbox))
    assert len(str(first["access"])) == 3000
    assert keyring_get(service, f"{first['profile_id']}/access_token") == first["access"]  # one entry on Linux
    again = run_driver(service, "--config-dir", str(tmp_path / "cfg"), "--action", "show")
    assert again["access"] == first["access"]
