"""One refresh at a time across processes (issue 21): four `xauth-gui token` processes and the open window
against a sandbox that rotates refresh tokens, answers slowly, and (like X) kills the whole grant when a
rotated refresh token is used again. Every process ends with a working token and one refresh is spent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_token_cli import ROOT, run, saved_profile
from tests.support.helpers import RawServer, read_request
from xauth_gui.app import build
from xauth_gui.core import errors
from xauth_gui.core.binding import Issuer
from xauth_gui.core.endpoints import Endpoints
from xauth_gui.core.session import MessageKind
from xauth_gui.entry.token_command import _saved_tokens
from xauth_gui.qt.settings import AppSettings
from xauth_gui.sandbox import Sandbox
from xauth_gui.ui.main_window import MainWindow

WAIT = 60_000
TOKEN_PATH = "/2/oauth2/token"


@pytest.fixture
def slow_sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        sb.reuse_kills_family = True
        sb.set_faults(latency=0.4, paths=(TOKEN_PATH,))
        yield sb


def start_cli(tmp: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(ROOT / "main.py"), "token", "--config-dir", str(tmp), *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def open_window(qtbot: Any, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The app on the same settings and the same opted-in private file as the CLI (no keychain here:
    keyring resolved its backend once for this process, so it is set, not just named in the environment)."""
    import keyring
    from keyring.backends import fail

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())  # restored after the test
    w = build(["xauth-gui", "--config-dir", str(tmp)])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.controller.tokens is not None and not w.controller.busy, timeout=WAIT)
    return w


def finish(qtbot: Any, procs: list[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    """Wait for every process while the window's event loop keeps running (bounded)."""
    qtbot.waitUntil(lambda: all(p.poll() is not None for p in procs), timeout=WAIT)
    return [(p.returncode, *p.communicate(timeout=10)) for p in procs]


def test_four_clis_and_the_window_refresh_once_and_all_keep_a_working_token(
    qtbot: Any, tmp_path: Path, slow_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    sb = slow_sandbox
    profile, store, _, refresh = saved_profile(tmp_path, sb, expires_in=20)
    w = open_window(qtbot, tmp_path, monkeypatch)
    c = w.controller
    assert c.tokens is not None and c.tokens.refresh_token == refresh
    before = sb.count("POST", TOKEN_PATH)
    procs = [start_cli(tmp_path, "--json") for _ in range(4)]
    c.refresh()  # the window refreshes too, at the same moment
    results = finish(qtbot, procs)
    qtbot.waitUntil(lambda: not c.busy and c.tokens is not None and c.tokens.refresh_token != refresh, timeout=WAIT)
    for code, _, err in results:
        assert code == 0 and err == "", err
    printed = [json.loads(out)["access_token"] for _, out, _ in results]
    stored_refresh = store.get(profile.secret_key("refresh_token"))
    assert sb.count("POST", TOKEN_PATH) - before == 1  # one refresh token spent, by whoever came first
    assert all(sb.token_is_live(t) for t in [*printed, c.tokens.access_token])  # every process has a working token
    assert stored_refresh and sb.token_is_live(stored_refresh)  # the stored refresh token is live at the server
    assert c.tokens.refresh_token == stored_refresh  # the window holds the live one, not a dead one
    assert not sb.token_is_live(refresh)
    again = run(tmp_path, "--json")  # and the next run needs no refresh at all
    assert again.returncode == 0 and sb.count("POST", TOKEN_PATH) - before == 1
    w.shutdown()


def test_without_the_lock_the_race_kills_the_grant(slow_sandbox: Sandbox, tmp_path: Path) -> None:
    """The failure the lock prevents, shown against the same sandbox: two refreshes with one token."""
    from xauth_gui.core.client import ClientConfig
    from xauth_gui.services.oauth import OAuthService

    profile, store, _, _ = saved_profile(tmp_path, slow_sandbox, expires_in=20)
    tokens = _saved_tokens(profile, store, profile.tokens)
    client = ClientConfig("sandbox-public-client")
    first = OAuthService().refresh(slow_sandbox.endpoints, client, tokens)
    with pytest.raises(errors.RefreshTokenInvalidError):
        OAuthService().refresh(slow_sandbox.endpoints, client, tokens)
    assert not slow_sandbox.token_is_live(first.refresh_token or "")  # reuse revoked the whole family


def test_the_window_takes_over_a_pair_a_cli_saved(
    qtbot: Any, tmp_path: Path, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile, store, _, refresh = saved_profile(tmp_path, sandbox, expires_in=30)
    w = open_window(qtbot, tmp_path, monkeypatch)
    c = w.controller
    c.set_auto_refresh(False)  # the CLI refreshes; the window only watches
    ((code, out, err),) = finish(qtbot, [start_cli(tmp_path)])
    assert code == 0, err
    new_refresh = store.get(profile.secret_key("refresh_token"))
    assert new_refresh != refresh
    qtbot.waitUntil(lambda: c.tokens is not None and c.tokens.refresh_token == new_refresh, timeout=WAIT)
    assert c.tokens.access_token == out.strip()
    assert c.last_message is not None and c.last_message.kind is MessageKind.INFO
    w.shutdown()


HOLD = """
import sys, time
from pathlib import Path
from xauth_gui.services.refresh_guard import ProfileLock
with ProfileLock(Path(sys.argv[1]), sys.argv[2]).held():
    print("held", flush=True)
    time.sleep(60)
"""


def test_a_held_lock_is_waited_for_within_bounds_and_a_killed_holder_never_blocks(
    tmp_path: Path, sandbox: Sandbox
) -> None:
    profile, _, _, _ = saved_profile(tmp_path, sandbox, expires_in=5)
    folder = tmp_path / "private" / "refresh"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(folder), profile.id], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        out = run(tmp_path, "--wait", "0.5")
        assert out.returncode != 0 and out.stdout == "" and time.monotonic() - started < 30
        assert len(out.stderr.strip().splitlines()) == 1 and "Another xauth-gui is refreshing" in out.stderr
        holder.send_signal(signal.SIGKILL)  # killed while holding the lock
        holder.wait(timeout=10)
        out = run(tmp_path, "--wait", "2")
        assert out.returncode == 0 and sandbox.token_is_live(out.stdout.strip())
    finally:
        holder.kill()
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()


def thief_server() -> RawServer:
    def take(conn: Any) -> None:
        read_request(conn)
        conn.sendall(
            b'HTTP/1.1 200 OK\r\nContent-Length: 60\r\n\r\n{"access_token": "x", "token_type": "bearer", "pad": "xxx"}'
        )

    return RawServer(take)


@pytest.mark.parametrize("how", ["secret entered for another server", "userinfo in the token URL", "no https"])
def test_the_cli_sends_no_secret_where_it_does_not_belong(tmp_path: Path, sandbox: Sandbox, how: str) -> None:
    profile, store, _, refresh = saved_profile(tmp_path, sandbox, expires_in=-5)
    logins = sandbox.count("POST", TOKEN_PATH)
    with thief_server() as thief:
        assert profile.tokens is not None and profile.tokens.issuer is not None
        issuer = profile.tokens.issuer
        if how == "secret entered for another server":
            issuer = replace(issuer, client_id="sandbox-confidential-client", client_type="confidential")
            changed = replace(profile, client_type="confidential", secret_server=thief.url)
            store.set(profile.secret_key("client_secret"), "sandbox-secret")
        elif how == "userinfo in the token URL":
            ep = Endpoints.under(f"http://127.0.0.1:{sandbox.port}@127.0.0.1:{thief.port}")
            issuer, changed = replace(issuer, endpoints=ep), profile
        else:
            ep = Endpoints.under(f"http://example.invalid:{thief.port}")
            issuer, changed = replace(issuer, endpoints=ep), profile
        changed = replace(changed, tokens=replace(profile.tokens, issuer=Issuer(issuer.provider, issuer.client_id,
                                                                                issuer.client_type, issuer.endpoints)))  # fmt: skip
        settings = _settings(tmp_path)
        settings.save_profile(changed)
        settings.sync()
        out = run(tmp_path)
        assert out.returncode != 0 and out.stdout == "" and len(out.stderr.strip().splitlines()) == 1
        for secret in ("sandbox-secret", refresh):
            assert secret not in out.stderr
    assert thief.received == [] and sandbox.count("POST", TOKEN_PATH) == logins
    assert store.get(profile.secret_key("refresh_token")) == refresh and sandbox.token_is_live(refresh)


def _settings(tmp: Path) -> AppSettings:
    from PySide6.QtCore import QSettings

    return AppSettings(QSettings(str(tmp / "xauth-gui.ini"), QSettings.Format.IniFormat))
