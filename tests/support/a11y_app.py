"""The app as a real window (xcb, accessibility on) for the screen-reader tests, driven one step per line
on stdin: `login`, `decline`, `console`, `quit`. Each step prints `done STEP` when the window has shown its
result. The browser is the scripted one (approving, or declining for `decline`).

With `--first-run` it starts as a newcomer's first start (Get started over the window, nothing chosen),
to be driven by real key presses only; the `clipboard` step then only reports what the keys copied.

    python tests/support/a11y_app.py --config-dir DIR [--first-run]
"""

from __future__ import annotations

import argparse
import os
import select
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from tests.support.qt_helpers import free_port
from xauth_gui.app import build
from xauth_gui.qt.runner import collect_on_gui_thread
from xauth_gui.sandbox.browser import ScriptedBrowser


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config-dir", required=True)
    parser.add_argument("--first-run", action="store_true")
    args = parser.parse_args()
    app = QApplication(["xauth-gui"])
    app.setApplicationName("xauth-gui")
    start = [] if args.first_run else ["--sandbox"]
    window = build(["xauth-gui", *start, "--memory-only", "--config-dir", args.config_dir])
    c = window.controller
    script = ScriptedBrowser()

    class SystemBrowser(QObject):  # approves (or declines) a moment later, as a person would
        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            address = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
            QTimer.singleShot(800, lambda: script.open(address))

    browser = SystemBrowser()
    QDesktopServices.setUrlHandler("http", browser, "open")
    window.show()
    if not args.first_run:
        edit = window.app_form.redirect_uri_edit  # a callback port of its own, never the shared 8765
        edit.setText(f"http://127.0.0.1:{free_port()}/callback")
        edit.textEdited.emit(edit.text())
        window.activateWindow()  # (no window manager on the test's X server gives it focus otherwise)

    def pump(done: Callable[[], bool], limit: float = 30.0) -> None:
        deadline = time.monotonic() + limit
        while not done() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)

    def shown() -> bool:
        if not args.first_run:
            return window.isActiveWindow()
        dialog = window.pages.dialog  # Get started, given the focus by the window manager
        return dialog is not None and dialog.isActiveWindow()

    pump(lambda: c.vault.ready and c.last_message is not None and shown(), 20)
    print("ready", flush=True)
    while True:
        pump(lambda: bool(select.select([sys.stdin], [], [], 0)[0]), 120)
        step = sys.stdin.readline().strip()
        if step in ("", "quit"):
            break
        if step in ("login", "decline"):
            script.decision = "deny" if step == "decline" else "allow"
            c.start_login()
            pump(lambda: c.phase.value not in ("waiting", "exchanging") and not c.busy, 30)
        elif step == "console":
            window.show_console()
            window.console.send()
            pump(lambda: window.console.last is not None, 30)
        elif step == "get-started":  # the welcome window and its set-up guide page
            window.pages.show_get_started()
            pump(lambda: window.pages.dialog is not None and window.pages.dialog.isVisible(), 10)
        elif step == "guide":
            window.pages.show_guide()
            pump(lambda: False, 0.3)
        elif step == "clipboard":  # what the keys copied (never printed: only whether it is the token)
            # The key press and this line travel by different pipes (X, stdin): wait for the press to land.
            def copied() -> bool:
                return c.tokens is not None and QApplication.clipboard().text() == c.tokens.access_token

            pump(copied, 10)
            focus = QApplication.focusWidget()
            where = focus.objectName() or type(focus).__name__ if focus is not None else "nothing"
            print("clipboard " + ("holds the access token" if copied() else f"holds something else ({where})"),
                  flush=True)  # fmt: skip
        elif step == "body":  # the console's JSON body has the keyboard focus
            window.console.activateWindow()
            window.console.body_edit.setFocus()
            pump(lambda: window.console.body_edit.hasFocus(), 10)
        pump(lambda: False, 0.5)  # the window settles (and the bridge sends its events)
        print(f"done {step}", flush=True)
    window.shutdown()
    collect_on_gui_thread()  # as the app does on the way out: no collection starts on a worker thread now
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")
    sys.exit(main())
