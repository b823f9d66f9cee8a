"""`xauth-gui token` as a script uses it: a subprocess, a saved profile, the opted-in private file store
(this test machine has no keychain in the subprocess), and a sandbox on loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings

from tests.core.test_api import user_token
from xauth_gui.core.binding import Issuer
from xauth_gui.core.endpoints import Provider
from xauth_gui.core.profile import Profile, TokenMeta
from xauth_gui.qt.settings import AppSettings
from xauth_gui.sandbox import Sandbox
from xauth_gui.services.secrets import PlainFileStore

ROOT = Path(__file__).resolve().parents[2]


def saved_profile(tmp: Path, sb: Sandbox, expires_in: float) -> tuple[Profile, PlainFileStore, str, str]:
    settings = AppSettings(QSettings(str(tmp / "xauth-gui.ini"), QSettings.Format.IniFormat))
    settings.plain_file_opt_in = True
    access, refresh = user_token(sb, "tweet.read users.read offline.access", both=True)
    issuer = Issuer(Provider.CUSTOM, "sandbox-public-client", "public", sb.endpoints)
    now = time.time()
    meta = TokenMeta("bearer", now - 10, now + expires_in, ("tweet.read", "users.read", "offline.access"), True, issuer)
    profile = Profile(name="Scripts", provider=Provider.CUSTOM, client_id="sandbox-public-client",
                      custom_endpoints=sb.endpoints, tokens=meta)  # fmt: skip
    settings.save_profile(profile)
    settings.current_profile_id = profile.id
    settings.sync()
    store = PlainFileStore(settings.plain_file_path)
    store.set(profile.secret_key("access_token"), access)
    store.set(profile.secret_key("refresh_token"), refresh)
    return profile, store, access, refresh


def run(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(ROOT / "main.py"), "token", "--config-dir", str(tmp), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)


def test_a_valid_token_is_printed_and_nothing_else(tmp_path: Path, sandbox: Sandbox) -> None:
    _, _, access, _ = saved_profile(tmp_path, sandbox, expires_in=3600)
    out = run(tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout == access + "\n" and out.stderr == ""


def test_an_expiring_token_is_refreshed_and_the_rotated_pair_saved(tmp_path: Path, sandbox: Sandbox) -> None:
    profile, store, access, refresh = saved_profile(tmp_path, sandbox, expires_in=5)
    out = run(tmp_path, "--json", "--profile", "Scripts")
    assert out.returncode == 0, out.stderr
    printed = json.loads(out.stdout)
    assert printed["access_token"] not in (access, "") and sandbox.token_is_live(printed["access_token"])
    assert not sandbox.token_is_live(refresh)  # rotated: the old refresh token is dead
    assert store.get(profile.secret_key("access_token")) == printed["access_token"]
    assert store.get(profile.secret_key("refresh_token")) not in (refresh, None, "")
    again = run(tmp_path)
    assert again.returncode == 0 and again.stdout.strip() == printed["access_token"]  # no second refresh


def test_failures_are_one_sentence_on_stderr_with_a_non_zero_exit(tmp_path: Path, sandbox: Sandbox) -> None:
    assert run(tmp_path).returncode == 1  # no profile at all
    profile, store, _, refresh = saved_profile(tmp_path, sandbox, expires_in=-10)
    out = run(tmp_path, "--profile", "Nobody")
    assert out.returncode == 1 and "No saved profile Nobody" in out.stderr and out.stdout == ""
    store.set(profile.secret_key("refresh_token"), "not-a-valid-refresh-token")
    out = run(tmp_path)
    assert out.returncode == 3 and out.stdout == "" and len(out.stderr.strip().splitlines()) == 1
    assert "not-a-valid-refresh-token" not in out.stderr and refresh not in out.stderr


def test_the_command_is_installed_and_help_names_token(tmp_path: Path, sandbox: Sandbox) -> None:
    """The README's `xauth-gui token` works from a source checkout: the set-up puts the command in .venv/bin."""
    command = Path(sys.executable).parent / "xauth-gui"
    assert command.exists(), "scripts/setup.sh installs the [project.scripts] entry point"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "QT_QPA_PLATFORM": "offscreen"}
    shown = subprocess.run([str(command), "--help"], capture_output=True, text=True, timeout=60, env=env)
    assert shown.returncode == 0 and "token [--profile NAME]" in shown.stdout
    _, _, access, _ = saved_profile(tmp_path, sandbox, expires_in=3600)
    out = subprocess.run([str(command), "token", "--config-dir", str(tmp_path)], capture_output=True, text=True,
                         timeout=60, env=env)  # fmt: skip
    assert out.returncode == 0 and out.stdout == access + "\n"
