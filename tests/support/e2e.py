"""End-to-end helpers: a private Secret Service (dbus-daemon + gnome-keyring), app instances as real
processes, Xvfb. Every wait is bounded."""

from __future__ import annotations

import json
import os
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "tests" / "support" / "e2e_driver.py"


def _read_line(proc: subprocess.Popen[str], timeout: float) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        raise TimeoutError("no output in time")
    return proc.stdout.readline().strip()


def base_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING", "DISPLAY", "WAYLAND"))}
    runtime = home / "run"
    runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    return env


@contextmanager
def secret_service(home: Path, unlock: bool = True) -> Iterator[dict[str, str]]:
    """A session bus and an unlocked gnome-keyring in `home`, like a desktop login, torn down after."""
    env = base_env(home)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True, env=env
    )
    keyring_daemon = None
    try:
        env["DBUS_SESSION_BUS_ADDRESS"] = _read_line(bus, 10)
        keyring_daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--components=secrets", *(["--unlock"] if unlock else [])],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert keyring_daemon.stdin is not None
        if unlock:
            keyring_daemon.stdin.write("test-password")
        keyring_daemon.stdin.close()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:  # wait until the Secret Service answers on the bus
            probe = subprocess.run(
                [sys.executable, "-c", "import secretstorage as s; s.get_default_collection(s.dbus_init())"],
                env=env,
                capture_output=True,
                timeout=15,
            )
            if probe.returncode == 0:
                break
            time.sleep(0.2)
        else:
            raise TimeoutError("the Secret Service did not come up")
        yield env
    finally:
        for proc in (keyring_daemon, bus):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
        if bus.stdout is not None:
            bus.stdout.close()


def keyring_get(env: dict[str, str], key: str) -> str | None:
    code = f"import keyring, json; print(json.dumps(keyring.get_password('xauth-gui', {key!r})))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=30, check=True)
    return json.loads(out.stdout)


def lock_collection(env: dict[str, str]) -> None:
    code = "import secretstorage as s; s.get_default_collection(s.dbus_init()).lock()"
    subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=30, check=True)


def run_driver(env: dict[str, str], *args: str, timeout: float = 60) -> dict[str, object]:
    """One app instance (a fresh process): does `args`, prints one JSON line, exits."""
    out = subprocess.run([sys.executable, str(DRIVER), *args], env=env, capture_output=True, text=True, timeout=timeout)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    assert out.returncode == 0 and lines, f"driver failed ({out.returncode}): {out.stderr[-2000:]}"
    return json.loads(lines[-1])


def start_driver(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(DRIVER), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def wait_for_line(proc: subprocess.Popen[str], prefix: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = _read_line(proc, max(0.1, deadline - time.monotonic()))
        if line.startswith(prefix):
            return line
    raise TimeoutError(prefix)


def kill_hard(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


@contextmanager
def xvfb() -> Iterator[str]:
    """A virtual X server on a free display; `-displayfd` reports the display once it accepts clients."""
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        yield f":{_read_line(proc, 15)}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


def config_with_own_callback(folder: Path) -> Path:
    """Settings whose profile has a callback port of the test's own: `--diagnose` checks the profile's port,
    and 8765 may be held by the app a user has open while the tests run."""
    from PySide6.QtCore import QSettings

    from tests.support.qt_helpers import free_port
    from xauth_gui.core.profile import Profile
    from xauth_gui.qt.settings import AppSettings

    folder.mkdir(parents=True, exist_ok=True)
    settings = AppSettings(QSettings(str(folder / "xauth-gui.ini"), QSettings.Format.IniFormat))
    profile = Profile(redirect_uri=f"http://127.0.0.1:{free_port()}/callback")
    settings.save_profile(profile)
    settings.current_profile_id = profile.id
    settings.sync()
    return folder


def pinned_runtime() -> dict[str, str]:
    """requirements.txt's pins, by canonical name: what a bill of materials must list."""
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        spec = line.split("#")[0].strip()
        if "==" in spec:
            name, version = spec.split("==", 1)
            pins[re.sub(r"[-_.]+", "-", name.strip()).lower()] = version.strip()
    return pins


def check_bill_of_materials(path: Path) -> list[str]:
    """The CycloneDX SBOM lists each pinned runtime package at its pinned version, with a licence, plus Qt
    and the Python runtime, and no build tool; returns the component names."""
    bom = json.loads(path.read_text())
    assert bom["bomFormat"] == "CycloneDX" and bom["metadata"]["component"]["name"] == "xauth-gui"
    found = {re.sub(r"[-_.]+", "-", c["name"]).lower(): c for c in bom["components"]}  # PEP 503 names
    for name, version in pinned_runtime().items():
        assert name in found and found[name]["version"] == version, (name, version, sorted(found))
        assert found[name].get("licenses"), name
    assert {"qt", "cpython"} <= set(found) and not {"pyinstaller", "pip", "pytest"} & set(found)
    return sorted(found)


def check_sums(folder: Path) -> list[str]:
    """Every line of SHA256SUMS matches its file; returns the names."""
    import hashlib

    names = []
    for line in (folder / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
        names.append(name)
    return names
