"""Issue 21's figures: the longest GUI stall while the console receives a 50 MB answer (against the
longest gap while it receives a tiny one, in the same run), and `xauth-gui token` with no refresh
needed beside `python -c "import keyring"` (separate processes, alternating)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.figures import ROOT, summary
from bench.harness import Harness


def console_stall(h: Harness, mb: float, rounds: int) -> dict[str, Any]:
    from PySide6.QtCore import QTimer

    h.login()
    console = h.window.ensure_console()
    h.sandbox.api._large({"mb": [str(mb)]})  # the sandbox encodes its big answer once, before timing
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    def receive(path: str) -> float:
        shown = len(console.engine.history)
        gaps.clear()
        console.url_edit.setText(console.engine.api_base() + path)
        last[0] = time.perf_counter()
        timer = QTimer()
        timer.setInterval(2)
        timer.timeout.connect(beat)
        timer.start()
        console.send()
        h.pump(lambda: len(console.engine.history) > shown and not console.engine.busy, 120)
        h.pump(lambda: True)  # the answer's own repaint
        timer.stop()
        if console.last is None or console.last.status != 200:
            status = console.last.status if console.last else None
            raise RuntimeError(f"the console did not show the answer to {path}: {status} {console.message.text()}")
        return max(gaps) if gaps else 0.0

    big, small = [], []
    for _ in range(rounds):
        big.append(receive(f"/2/sandbox/large?mb={mb}"))
        if len(console.last.body) < mb * 1_000_000:
            raise RuntimeError("the big answer did not arrive whole")
        small.append(receive("/2/users/me"))
    return {
        "console_50mb_stall_ms": summary(big, 1),
        "console_small_answer_stall_ms": summary(small, 1),
        "console_answer_mb": mb,
    }


def token_cli_time(rounds: int) -> dict[str, Any]:
    """A saved profile whose token is valid for an hour, in the opted-in private file (no keychain here)."""
    from PySide6.QtCore import QSettings

    from xauth_gui.core.binding import Issuer
    from xauth_gui.core.endpoints import Endpoints, Provider
    from xauth_gui.core.profile import Profile, TokenMeta
    from xauth_gui.qt.settings import AppSettings
    from xauth_gui.services.secrets import PlainFileStore

    folder = Path(tempfile.mkdtemp(prefix="xauth-bench-cli-"))
    settings = AppSettings(QSettings(str(folder / "xauth-gui.ini"), QSettings.Format.IniFormat))
    settings.plain_file_opt_in = True
    endpoints = Endpoints.under("http://127.0.0.1:9")
    now = time.time()
    meta = TokenMeta(
        "bearer", now, now + 3600, ("tweet.read",), True, Issuer(Provider.CUSTOM, "c", "public", endpoints)
    )
    profile = Profile(name="Bench", provider=Provider.CUSTOM, client_id="c", custom_endpoints=endpoints, tokens=meta)
    settings.save_profile(profile)
    settings.current_profile_id = profile.id
    settings.sync()
    store = PlainFileStore(settings.plain_file_path)
    store.set(profile.secret_key("access_token"), "bench-access-token")
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    cli = [sys.executable, str(ROOT / "main.py"), "token", "--config-dir", str(folder)]
    floor = [sys.executable, "-c", "import keyring"]

    def timed(command: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True, timeout=60, cwd=ROOT)
        return (time.perf_counter() - started) * 1000

    timed(cli), timed(floor)  # warm the file cache
    cli_ms, floor_ms = [], []
    for _ in range(rounds):
        cli_ms.append(timed(cli))
        floor_ms.append(timed(floor))
    return {
        "token_cli_ms": summary(cli_ms, 1),
        "import_keyring_ms": summary(floor_ms, 1),
        "token_cli_ratio": summary([a / b for a, b in zip(cli_ms, floor_ms, strict=True)]),
    }
