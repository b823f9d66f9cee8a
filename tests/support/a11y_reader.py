"""What a screen reader gets from the app, read through Linux's real accessibility stack (AT-SPI over the
session bus) with Debian's pyatspi. Run by the system python3 (pyatspi is a Debian package):

    /usr/bin/python3 tests/support/a11y_reader.py tree APP        the app's windows as JSON lines
    /usr/bin/python3 tests/support/a11y_reader.py listen SECONDS  prints "ready", then the announcements and
                                                                  focus changes as JSON lines until the time is up
    /usr/bin/python3 tests/support/a11y_reader.py focused APP     the focused control's role and name

Every wait is bounded (GLib timeouts end the event loop).
"""

from __future__ import annotations

import json
import sys

import pyatspi
from gi.repository import GLib

INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
    "spin button", "slider", "tree", "tree table", "table", "list", "entry", "page tab", "menu item",
}  # fmt: skip


def _states(node: pyatspi.Accessible) -> list[str]:
    states = node.getState()
    return [pyatspi.stateToString(s) for s in states.getStates()]


def _labelled(node: pyatspi.Accessible) -> bool:
    return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY for r in node.getRelationSet())


def _walk(node: pyatspi.Accessible, window: str, out: list[dict[str, object]], depth: int = 0) -> None:
    if node is None or depth > 40:
        return
    try:
        role, name = node.getRoleName(), node.name or ""
        states = _states(node)
    except Exception:  # a node that went away while walking
        return
    if "showing" in states:
        out.append({
            "window": window, "role": role, "name": name, "description": node.description or "",
            "states": states, "labelled": _labelled(node), "interactive": role in INTERACTIVE,
        })  # fmt: skip
    for child in node:
        if role in ("list", "tree", "tree table", "table") and depth > 8:
            break
        _walk(child, window, out, depth + 1)


def app_named(name: str) -> pyatspi.Accessible | None:
    desktop = pyatspi.Registry.getDesktop(0)
    return next((a for a in desktop if a is not None and a.name == name), None)


def tree(app_name: str) -> None:
    app = app_named(app_name)
    if app is None:
        print(json.dumps({"error": "no such application"}), flush=True)
        return
    for window in app:
        found: list[dict[str, object]] = []
        _walk(window, window.name or window.getRoleName(), found)
        for item in found:
            print(json.dumps(item), flush=True)


def focused(app_name: str) -> None:
    app = app_named(app_name)
    found: list[dict[str, object]] = []
    for window in app or []:
        _walk(window, window.name or "", found)
    hit = [f for f in found if "focused" in f["states"]]  # type: ignore[operator]
    print(json.dumps(hit[-1] if hit else {}), flush=True)


def listen(seconds: float) -> None:
    def announced(event: pyatspi.event.Event) -> None:
        print(json.dumps({"type": event.type, "text": str(event.any_data), "politeness": event.detail1}), flush=True)

    def focus(event: pyatspi.event.Event) -> None:
        if event.detail1:
            source = event.source
            print(json.dumps({"type": "focus", "role": source.getRoleName(), "name": source.name}), flush=True)

    pyatspi.Registry.registerEventListener(announced, "object:announcement")
    pyatspi.Registry.registerEventListener(focus, "object:state-changed:focused")
    GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop() or False)
    GLib.idle_add(lambda: print("ready", flush=True) or False)
    pyatspi.Registry.start()


if __name__ == "__main__":
    command, argument = sys.argv[1], sys.argv[2]
    if command == "tree":
        tree(argument)
    elif command == "focused":
        focused(argument)
    else:
        listen(float(argument))
