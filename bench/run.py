"""xauth-gui benchmarks: each figure against its floor, measured in the same run, alternating.

    .venv/bin/python -m bench.run [--quick] [--out bench/results.json]

Figures (medians with min and max; see README "Performance"):
  startup_ratio, rss_ratio     app vs a bare QApplication + empty QMainWindow (separate processes)
  flow_overhead_ms             callback sent -> tokens shown, minus the sandbox's token handling
  flow_ratio                   Authorize -> tokens shown, app vs a stdlib-only reference client
  ui_stall_ms_max              longest event-loop gap during login/refresh/who-am-I/revoke against a
                               sandbox answering after 3 s, and during secret-store access
  listener_p99_ms_idle100      callback latency with 100 idle connections open
  frozen_*, bundle_mb          from the PyInstaller onedir builds, when they exist
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import http.client
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


def summary(samples: list[float], digits: int = 3) -> dict[str, float | int]:
    ordered = sorted(samples)
    return {
        "median": round(statistics.median(ordered), digits),
        "min": round(ordered[0], digits),
        "max": round(ordered[-1], digits),
        "p99": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], digits),
        "n": len(ordered),
    }


# --- start-up and memory ----------------------------------------------------------------------------------
def probe(command: list[str]) -> dict[str, float]:
    env = {**os.environ, "BENCH_T0_NS": str(time.time_ns())}
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    line = next(line for line in out.stdout.splitlines() if line.startswith("{"))
    return json.loads(line)


def startup(rounds: int, app_cmd: list[str], bare_cmd: list[str]) -> dict[str, Any]:
    app_ms, bare_ms, app_rss, bare_rss = [], [], [], []
    probe(app_cmd), probe(bare_cmd)  # warm the file cache once
    for _ in range(rounds):  # alternate, so drift on a shared machine hits both alike
        a, b = probe(app_cmd), probe(bare_cmd)
        app_ms.append(a["first_paint_ms"])
        bare_ms.append(b["first_paint_ms"])
        app_rss.append(a["rss_kib"] / 1024)
        bare_rss.append(b["rss_kib"] / 1024)
    ratio = [a / b for a, b in zip(app_ms, bare_ms, strict=True)]
    rss_ratio = [a / b for a, b in zip(app_rss, bare_rss, strict=True)]
    return {
        "startup_ratio": summary(ratio),
        "rss_ratio": summary(rss_ratio),
        "app_first_paint_ms": summary(app_ms, 1),
        "bare_first_paint_ms": summary(bare_ms, 1),
        "app_rss_mib": summary(app_rss, 1),
        "bare_rss_mib": summary(bare_rss, 1),
    }


# --- the in-process app -------------------------------------------------------------------------------------
class Harness:
    """The real window on the in-process sandbox (auto-approve), with a scripted browser stand-in."""

    def __init__(self) -> None:
        from PySide6.QtCore import QObject, QUrl, Slot
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QApplication

        from xauth_gui.app import build

        self.app = QApplication.instance() or QApplication([])
        self.window = build(["xauth-gui", "--sandbox", "--config-dir", tempfile.mkdtemp(prefix="xauth-bench-")])
        self.c = self.window.controller
        self.sandbox = self.window.sandbox_host.sandbox
        self.sandbox.auto_approve = True
        port = free_port()
        from dataclasses import replace

        self.c.update_profile(replace(self.c.profile, redirect_uri=f"http://127.0.0.1:{port}/callback"))
        self.sandbox.register_redirect_uri(self.c.profile.redirect_uri)
        self.window.show()
        self.callback_sent: list[float] = []
        self.first_login_ms = 0.0
        self.shown: list[float] = []
        self.window.access_field.edit.textChanged.connect(lambda text: text and self.shown.append(time.perf_counter()))
        harness = self

        class Browser(QObject):
            @Slot(QUrl)
            def open(self, url: QUrl) -> None:
                text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
                threading.Thread(target=harness._browse, args=(text,), daemon=True).start()

        self.browser = Browser()
        QDesktopServices.setUrlHandler("http", self.browser, "open")
        self.pump(lambda: self.c.vault.ready and not self.c.loading, 20)

    def _browse(self, url: str) -> None:
        status, headers = http_request("GET", url)
        assert status == 302
        location = headers["location"]
        self.callback_sent.append(time.perf_counter())
        http_request("GET", location)

    def pump(self, predicate: Callable[[], bool], limit: float = 30.0) -> None:
        """Run the event loop as exec() would (sleeping until an event arrives) until `predicate`."""
        from PySide6.QtCore import QEventLoop, QTimer

        deadline = time.monotonic() + limit
        wake = QTimer()
        wake.setInterval(50)  # so the deadline is checked even when nothing else happens
        wake.start()
        try:
            while not predicate():
                if time.monotonic() > deadline:
                    raise TimeoutError("benchmark step did not finish")
                self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        finally:
            wake.stop()

    def settle(self) -> None:
        """Wait until the follow-up calls (who am I, avatar) are done, so rounds don't overlap."""
        self.pump(lambda: self.c.net.in_flight == 0 and not self.c.checking_user and not self.c.vault.busy)

    def login(self) -> float:
        shown = len(self.shown)
        started = time.perf_counter()
        self.c.start_login()
        self.pump(lambda: len(self.shown) > shown)
        elapsed = self.shown[-1] - started
        self.settle()
        return elapsed

    def close(self) -> None:
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.unsetUrlHandler("http")
        self.window.shutdown()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def http_request(
    method: str, url: str, body: str | None = None, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str]]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    try:
        conn.request(method, parts.path + ("?" + parts.query if parts.query else ""), body, headers or {})
        resp = conn.getresponse()
        resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}
    finally:
        conn.close()


def flow_overhead(h: Harness, rounds: int) -> dict[str, Any]:
    overhead = []
    h.first_login_ms = h.login() * 1000  # the first one also imports requests and opens the session
    for _ in range(rounds):
        h.login()
        token_ms = [r.handling_ms for r in h.sandbox.requests if r.path == "/2/oauth2/token"][-1]
        overhead.append((h.shown[-1] - h.callback_sent[-1]) * 1000 - token_ms)
    return summary(overhead)


def reference_login(endpoints: Any, redirect_port: int) -> float:
    """The floor: the same HTTP with the standard library only (PKCE, loopback server, exchange)."""
    started = time.perf_counter()
    verifier = base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode()
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_urlsafe(32)
    redirect = f"http://127.0.0.1:{redirect_port}/callback"
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", redirect_port))
    server.listen(8)
    got: list[str] = []

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            got.append(data.split(b" ", 2)[1].decode())
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")

    thread = threading.Thread(target=serve)
    thread.start()
    query = urlencode(
        {
            "response_type": "code",
            "client_id": "sandbox-public-client",
            "redirect_uri": redirect,
            "scope": "tweet.read users.read offline.access",
            "state": state,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
    )
    _, headers = http_request("GET", f"{endpoints.authorize_url}?{query}")
    http_request("GET", headers["location"])
    thread.join(timeout=10)
    server.close()
    params = parse_qs(urlsplit(got[0]).query)
    assert params["state"] == [state]
    form = urlencode(
        {
            "grant_type": "authorization_code",
            "code": params["code"][0],
            "redirect_uri": redirect,
            "code_verifier": verifier,
            "client_id": "sandbox-public-client",
        }
    )
    parts = urlsplit(endpoints.token_url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    conn.request("POST", parts.path, form, {"Content-Type": "application/x-www-form-urlencoded"})
    tokens = json.loads(conn.getresponse().read())
    conn.close()
    assert tokens["access_token"]
    return time.perf_counter() - started


def flow_ratio(h: Harness, rounds: int) -> dict[str, Any]:
    app_s, ref_s = [], []
    port = free_port()
    h.sandbox.register_redirect_uri(f"http://127.0.0.1:{port}/callback")
    for _ in range(rounds):
        app_s.append(h.login())
        ref_s.append(reference_login(h.sandbox.endpoints, port))
    return {
        "flow_ratio": summary([a / b for a, b in zip(app_s, ref_s, strict=True)]),
        "app_flow_ms": summary([s * 1000 for s in app_s]),
        "reference_flow_ms": summary([s * 1000 for s in ref_s]),
    }


def ui_stalls(h: Harness, latency: float) -> dict[str, Any]:
    from PySide6.QtCore import QTimer

    gaps: dict[str, float] = {}
    interval_ms = 2
    last = [time.perf_counter()]
    phase = ["idle"]

    def beat() -> None:
        now = time.perf_counter()
        gap = (now - last[0]) * 1000 - interval_ms
        gaps[phase[0]] = max(gaps.get(phase[0], 0.0), gap)
        last[0] = now

    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(beat)
    timer.start()

    def during(name: str, action: Callable[[], None], done: Callable[[], bool]) -> None:
        last[0] = time.perf_counter()
        phase[0] = name
        action()
        h.pump(done, latency * 6 + 30)
        h.settle()

    h.sandbox.set_faults(latency=latency)
    c = h.c
    during("login", c.start_login, lambda: c.tokens is not None and c.phase.value == "idle")
    old = c.tokens.refresh_token if c.tokens else None
    during("refresh", c.refresh, lambda: c.tokens is not None and c.tokens.refresh_token != old and not c.refreshing)
    during("who_am_i", c.who_am_i, lambda: not c.checking_user)
    during("revoke", c.revoke, lambda: c.tokens is None and not c.revoking)
    h.sandbox.clear_faults()
    store = c.vault.store.name

    def vault_round() -> None:
        for i in range(20):
            c.vault.save(c.profile, {"access_token": f"bench-{i}" * 8})
            c.vault.load(c.profile, lambda _s: None)

    during("secret_store", vault_round, lambda: not c.vault.busy)
    timer.stop()
    return {
        "ui_stall_ms_max": round(max(gaps[k] for k in gaps if k != "idle"), 2),
        "ui_stall_ms_by_phase": {k: round(v, 2) for k, v in gaps.items() if k != "idle"},
        "ui_stall_sandbox_latency_s": latency,
        "ui_stall_secret_store": store,
    }


# --- frozen builds -------------------------------------------------------------------------------------------
def frozen(rounds: int) -> dict[str, Any]:
    app = ROOT / "dist" / "xauth-gui" / "xauth-gui"
    bare = ROOT / "dist" / "bare-window" / "bare-window"
    if not (app.exists() and bare.exists()):
        reason = "no onedir builds: run `make bundle` (dist/xauth-gui and dist/bare-window)"
        return {"frozen_startup_ratio": None, "frozen_rss_ratio": None, "bundle_mb": None, "frozen_reason": reason}
    measured = startup(rounds, [str(app), "--bench-first-paint"], [str(bare), "--bench-first-paint"])
    files = [p for p in app.parent.rglob("*") if p.is_file() and not p.is_symlink()]  # as `du` counts them
    size = sum(p.stat().st_size for p in files) / 1e6
    return {
        "frozen_startup_ratio": measured["startup_ratio"],
        "frozen_rss_ratio": measured["rss_ratio"],
        "frozen_app_first_paint_ms": measured["app_first_paint_ms"],
        "frozen_bare_first_paint_ms": measured["bare_first_paint_ms"],
        "frozen_app_rss_mib": measured["app_rss_mib"],
        "frozen_bare_rss_mib": measured["bare_rss_mib"],
        "bundle_mb": round(size, 1),
        "bundle_files": len(files),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (under a minute), same keys")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args()
    quick = args.quick
    started = time.monotonic()
    results: dict[str, Any] = {"quick": quick, "python": sys.version.split()[0], "cpus": os.cpu_count()}

    py = sys.executable
    # Installed apps run from bytecode; this machine sets PYTHONDONTWRITEBYTECODE, so compile once here
    # (otherwise every probe compiles ~30 modules: 25 ms that no user pays).
    subprocess.run([py, "-m", "compileall", "-q", str(ROOT / "xauth_gui"), str(ROOT / "bench")], check=True)
    results |= startup(
        5 if quick else 15, [py, "-m", "bench.startup_probe", "app"], [py, "-m", "bench.startup_probe", "bare"]
    )
    h = Harness()
    try:
        results["flow_overhead_ms"] = flow_overhead(h, 15 if quick else 50)
        results["first_login_ms"] = round(h.first_login_ms, 1)
        results |= flow_ratio(h, 8 if quick else 30)
        results |= ui_stalls(h, 1.0 if quick else 3.0)
    finally:
        h.close()
    from bench.listener import measure

    listener = measure(30 if quick else 200)
    results["listener_ms"] = listener
    results["listener_p99_ms_idle100"] = listener["idle100"]["p99"]
    results |= frozen(3 if quick else 10)
    results["seconds"] = round(time.monotonic() - started, 1)
    args.out.write_text(json.dumps(results, indent=2) + "\n")

    def fig(key: str) -> str:
        value = results.get(key)
        if isinstance(value, dict):
            return f"{value['median']} (min {value['min']}, max {value['max']}, p99 {value['p99']}, n={value['n']})"
        return "n/a" if value is None else str(value)

    rows = [
        ("startup_ratio", "<= 1.15"),
        ("rss_ratio", "<= 1.2"),
        ("flow_overhead_ms", "p99 < 30"),
        ("flow_ratio", "<= 1.2"),
        ("ui_stall_ms_max", "< 30"),
        ("listener_p99_ms_idle100", "< 20"),
        ("frozen_startup_ratio", ""),
        ("frozen_rss_ratio", ""),
        ("bundle_mb", ""),
    ]
    print(f"{'figure':<26} {'target':<10} value")
    for key, target in rows:
        print(f"{key:<26} {target:<10} {fig(key)}")
    print(f"(wrote {args.out}; {results['seconds']} s)")


if __name__ == "__main__":
    main()
