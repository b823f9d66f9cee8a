"""A screen reader hears the app (issue 23), checked through Linux's real accessibility stack: Xvfb, a
private session bus with the AT-SPI bus launcher, the app as a real xcb window with Qt's AT-SPI bridge on,
read with Debian's pyatspi (the system python3), keys through XTEST (xdotool)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.support.e2e import ROOT, base_env, wait_for_line, xvfb
from tests.support.qt_helpers import free_port
from xauth_gui.core.api import PRESETS

READER = ROOT / "tests" / "support" / "a11y_reader.py"
APP = ROOT / "tests" / "support" / "a11y_app.py"
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = "/usr/bin/python3"

pytestmark = pytest.mark.skipif(
    not (LAUNCHER.exists() and shutil.which("Xvfb") and shutil.which("xdotool")
         and subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0),
    reason="needs Xvfb, xdotool, at-spi2-core and python3-pyatspi (scripts/setup.sh test installs them)",
)  # fmt: skip


@contextmanager
def desktop(home: Path) -> Iterator[dict[str, str]]:
    """An X display and a session bus with the accessibility bus on it, like a desktop session."""
    env = base_env(home)
    with xvfb() as display:
        env["DISPLAY"] = display
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, text=True, env=env)  # fmt: skip
        launcher = None
        try:
            assert bus.stdout is not None
            env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
            launcher = subprocess.Popen([str(LAUNCHER), "--launch-immediately"], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
            yield env
        finally:
            for proc in (launcher, bus):
                if proc is not None:
                    proc.terminate()
                    proc.wait(timeout=10)
            if bus.stdout is not None:
                bus.stdout.close()


@contextmanager
def app_window(env: dict[str, str], config: Path, *options: str) -> Iterator[subprocess.Popen[str]]:
    app_env = {**env, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
               "XAUTH_GUI_SANDBOX_PORT": str(free_port())}  # fmt: skip
    proc = subprocess.Popen([sys.executable, str(APP), "--config-dir", str(config), *options], env=app_env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        wait_for_line(proc, "ready", 60)
        yield proc
    finally:
        if proc.poll() is None and proc.stdin is not None:
            proc.stdin.write("quit\n")
            proc.stdin.flush()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def step(proc: subprocess.Popen[str], name: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(name + "\n")
    proc.stdin.flush()
    wait_for_line(proc, f"done {name}", 60)


def read(env: dict[str, str], *args: str) -> list[dict[str, object]]:
    out = subprocess.run([SYSTEM_PYTHON, str(READER), *args], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def stop(reader: subprocess.Popen[str]) -> None:
    reader.terminate()
    reader.wait(timeout=30)
    for stream in (reader.stdout, reader.stderr):
        if stream is not None:
            stream.close()


def until_heard(listener: subprocess.Popen[str], heard: list[str], text: str, timeout: float) -> None:
    """Keep the listener's lines in `heard` until one holds `text` (bounded; the lines arrive as they come)."""
    assert listener.stdout is not None
    arrived = threading.Event()

    def read() -> None:
        for line in listener.stdout:  # type: ignore[union-attr]
            heard.append(line.strip())
            if text in line:
                arrived.set()

    threading.Thread(target=read, daemon=True).start()
    assert arrived.wait(timeout), f"not heard in time: {text}"


def unnamed(nodes: list[dict[str, object]]) -> list[str]:
    return [f"{n['window']}: {n['role']}" for n in nodes if n["interactive"] and not str(n["name"]).strip()]


def test_every_control_is_named_and_each_change_is_announced(tmp_path: Path) -> None:
    with desktop(tmp_path / "home") as env, app_window(env, tmp_path / "cfg") as app:
        nodes = read(env, "tree", "xauth-gui")
        assert nodes and unnamed(nodes) == []
        authorize = [n for n in nodes if n["role"] == "push button" and "Authorize" in str(n["name"])]
        assert authorize, "the Authorize button is named by its text"
        assert any(n["role"] == "label" and "Authorize" in str(n["name"]) for n in nodes)  # the banner's words
        assert any(str(n["name"]).endswith(", some chosen") for n in nodes)  # a group with some boxes ticked
        listener = subprocess.Popen([SYSTEM_PYTHON, str(READER), "listen", "40"], env=env, text=True,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        heard: list[str] = []
        try:
            wait_for_line(listener, "ready", 30)
            step(app, "login")
            step(app, "decline")
            step(app, "console")
            until_heard(listener, heard, '"200 OK', 30)  # the console's answer is the last thing said
        finally:
            stop(listener)
        events = [json.loads(line) for line in list(heard) if line.startswith("{")]
        said = [str(e["text"]) for e in events if e["type"].startswith("object:announcement")]
        assert any("Waiting for you to approve" in s for s in said), said
        assert any("Signed in" in s for s in said), said
        assert any("declined" in s.lower() for s in said), said
        assert any(s.startswith("200 OK") for s in said), said  # the console's answer
        focus = [str(e["name"]) for e in events if e["type"] == "focus"]
        assert "Copy Access token" in focus, (
            focus,
            events,
        )  # the tokens arrived: focus went to the token's first action
        nodes = read(env, "tree", "xauth-gui")
        assert unnamed(nodes) == []  # the console's window too
        assert any(n["role"] == "push button" and "Authorize again" in str(n["name"]) for n in nodes)
        for page in ("get-started", "guide"):  # the welcome window, and its set-up guide page
            step(app, page)
            shown = read(env, "tree", "xauth-gui")
            assert unnamed(shown) == [], page
            if page == "get-started":  # each choice carries its explanation as its description
                choice = next(n for n in shown if n["role"] == "push button" and str(n["name"]).startswith("Sandbox"))
                assert "pretend X" in str(choice["description"]), choice


def keys(env: dict[str, str], *names: str) -> None:
    subprocess.run(["xdotool", "key", "--delay", "40", *names], env=env, check=True, timeout=60)


def test_tab_walks_every_window_round_with_no_trap(tmp_path: Path) -> None:
    with desktop(tmp_path / "home") as env, app_window(env, tmp_path / "cfg") as app:
        step(app, "login")
        listener = subprocess.Popen([SYSTEM_PYTHON, str(READER), "listen", "60"], env=env, text=True,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        try:
            wait_for_line(listener, "ready", 30)
            keys(env, *["Tab"] * 45)  # the main window, with real key presses (XTEST)
            step(app, "console")
            step(app, "body")
            keys(env, "Tab", "Tab")  # out of the JSON body, on to the next controls
        finally:
            listener.terminate()
            out, _ = listener.communicate(timeout=30)
    focus = [str(json.loads(line)["name"]) for line in out.splitlines() if '"focus"' in line]
    main = focus[: focus.index("Call") if "Call" in focus else len(focus)]
    assert len(set(main)) >= 15, main  # every control along the way takes its turn…
    first = main[0]
    assert first in main[1:], main  # …and the walk comes round to the start: no trap
    assert "JSON body" in focus and focus[-1] != "JSON body", focus[-6:]  # Tab leaves the body editor


WINDOW_MANAGER = shutil.which("matchbox-window-manager")


@contextmanager
def window_manager(env: dict[str, str]) -> Iterator[None]:
    """A real window manager: it gives each new window (Get started, the console) the keyboard focus."""
    assert WINDOW_MANAGER, "scripts/setup.sh test installs matchbox-window-manager"
    wm = subprocess.Popen([WINDOW_MANAGER, "-use_titlebar", "no"], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        yield
    finally:
        wm.terminate()
        wm.wait(timeout=10)


class Heard:
    """What the reader heard (events as JSON lines), kept by one thread; waits are bounded."""

    def __init__(self, reader: subprocess.Popen[str]) -> None:
        self.events: list[dict[str, object]] = []
        self._changed = threading.Condition()
        self._reader = reader
        threading.Thread(target=self._keep, daemon=True).start()

    def _keep(self) -> None:
        for line in self._reader.stdout:  # type: ignore[union-attr]
            if line.startswith("{"):
                with self._changed:
                    self.events.append(json.loads(line))
                    self._changed.notify_all()

    def said(self) -> list[str]:
        return [str(e["text"]) for e in self.events if str(e["type"]).startswith("object:announcement")]

    def focused(self) -> list[str]:
        return [str(e["name"]) for e in self.events if e["type"] == "focus"]

    def wait_for_focus(self, name: str | tuple[str, ...], after: int, timeout: float = 30) -> int:
        """Wait until focus lands on `name` (one of them; after the first `after` events); its event's index."""
        names = (name,) if isinstance(name, str) else name

        def found() -> int | None:
            return next((i for i, e in enumerate(self.events) if i >= after and e["type"] == "focus"
                         and e["name"] in names), None)  # fmt: skip

        with self._changed:
            assert self._changed.wait_for(lambda: found() is not None, timeout), (name, self.focused()[-8:])
            return found() or 0

    def wait_for_said(self, start: str, timeout: float = 30) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: any(s.startswith(start) for s in self.said()), timeout), (
                start,
                self.said()[-6:],
            )


@pytest.mark.skipif(not WINDOW_MANAGER, reason="needs matchbox-window-manager (scripts/setup.sh test)")
def test_first_run_to_a_console_answer_with_keys_only(tmp_path: Path) -> None:
    """A newcomer who uses only the keyboard: Get started -> Sandbox -> Authorize (the sandbox's default
    callback port is busy here on purpose: the error's own action is the way on) -> the token -> Copy ->
    the console -> a call, hearing each step."""
    import socket

    with desktop(tmp_path / "home") as env, window_manager(env), socket.socket() as busy:
        try:
            busy.bind(("127.0.0.1", 8765))  # the sandbox's callback port, taken (by us or by someone)
            busy.listen(1)
        except OSError:
            pass  # another program has it: taken either way
        reader = subprocess.Popen([SYSTEM_PYTHON, str(READER), "listen", "120"], env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        try:
            wait_for_line(reader, "ready", 30)
            heard = Heard(reader)
            with app_window(env, tmp_path / "cfg", "--first-run") as app:
                keys(env, "alt+s")  # Get started: the sandbox
                at = heard.wait_for_focus("Authorize in browser", 0)
                keys(env, "Return")
                at = heard.wait_for_focus(("Use another port", "Copy Access token"), at)
                if heard.events[at]["name"] == "Use another port":  # the busy port's way on, focused
                    assert any("8765" in s for s in heard.said()), heard.said()
                    keys(env, "Return")
                    heard.wait_for_said("The callback URI is now")
                    keys(env, "alt+a")  # Authorize; the browser approves
                    at = heard.wait_for_focus("Copy Access token", at)  # the tokens arrived: focus on their Copy
                # (else another program held 8765 and let it go before Authorize: the login went straight on)
                heard.wait_for_said("Waiting for you to approve")
                heard.wait_for_said("Signed in")
                keys(env, "space")
                assert app.stdin is not None
                app.stdin.write("clipboard\n")  # the app only reports whether the keys copied the token
                app.stdin.flush()
                assert wait_for_line(app, "clipboard ", 20).strip() == "clipboard holds the access token"
                keys(env, "alt+i")  # Try it…: the console, in a window of its own
                heard.wait_for_focus(("Find an X API call", "Call", PRESETS[0].label), at)  # its first control
                keys(env, "ctrl+Return")
                heard.wait_for_said("200 OK")
        finally:
            stop(reader)
