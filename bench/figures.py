"""The figures: each measured against its floor in the same run (alternating where it can)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.harness import Harness, free_port
from bench.reference_client import reference_login
from xauth_gui.core.profile import SecretName

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


# --- start-up and memory (separate processes) ----------------------------------------------------------
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


# --- the login flow ---------------------------------------------------------------------------------------
def flow_overhead(h: Harness, rounds: int) -> dict[str, Any]:
    overhead = []
    h.first_login_ms = h.login() * 1000  # the first one also imports requests and opens the session
    for _ in range(rounds):
        h.login()
        token_ms = [r.handling_ms for r in h.sandbox.requests if r.path == "/2/oauth2/token"][-1]
        overhead.append((h.shown[-1] - h.callback_sent[-1]) * 1000 - token_ms)
    return summary(overhead)


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
            c.vault.save(c.profile, {SecretName.ACCESS_TOKEN: f"bench-{i}" * 8})
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
