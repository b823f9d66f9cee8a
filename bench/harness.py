"""The real window on the in-process sandbox (auto-approve), driven by the shared scripted browser."""

from __future__ import annotations

import socket
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Harness:
    def __init__(self) -> None:
        from PySide6.QtCore import QObject, QUrl, Slot
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QApplication

        from xauth_gui.app import build
        from xauth_gui.sandbox.browser import ScriptedBrowser

        self.app = QApplication.instance() or QApplication([])
        self.window = build(["xauth-gui", "--sandbox", "--config-dir", tempfile.mkdtemp(prefix="xauth-bench-")])
        self.c = self.window.controller
        self.sandbox = self.window.sandbox_host.sandbox
        self.sandbox.auto_approve = True
        self.sandbox.api.rate_limit = 1_000_000  # the bench measures time: hundreds of who-am-I calls, no 429
        redirect = f"http://127.0.0.1:{free_port()}/callback"
        self.c.update_profile(replace(self.c.profile, redirect_uri=redirect))
        self.sandbox.register_redirect_uri(redirect)
        self.window.show()
        self.callback_sent: list[float] = []  # when the browser sent the redirect to the listener
        self.shown: list[float] = []  # when the access token appeared in the window
        self.first_login_ms = 0.0
        self.window.access_field.edit.textChanged.connect(lambda text: text and self.shown.append(time.perf_counter()))
        self.script = ScriptedBrowser(on_follow=lambda: self.callback_sent.append(time.perf_counter()))
        script = self.script

        class SystemBrowser(QObject):  # what QDesktopServices.openUrl reaches instead of a real browser
            @Slot(QUrl)
            def open(self, url: QUrl) -> None:
                script.open(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))

        self.browser = SystemBrowser()
        QDesktopServices.setUrlHandler("http", self.browser, "open")
        self.pump(lambda: self.c.vault.ready and not self.c.loading, 20)

    def pump(self, predicate: Callable[[], bool], limit: float = 30.0) -> None:
        """Run the event loop as exec() would (sleeping until an event arrives) until `predicate`."""
        from PySide6.QtCore import QEventLoop, QTimer

        deadline = time.monotonic() + limit
        wake = QTimer()
        wake.setInterval(50)  # so the deadline is checked even when nothing else happens
        wake.start()
        try:
            while not predicate():
                if time.monotonic() > deadline or self.script.errors:
                    raise TimeoutError(f"benchmark step did not finish: {self.script.errors[-1:]}")
                self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        finally:
            wake.stop()

    def settle(self) -> None:
        """Wait until the follow-up calls (who am I, avatar) are done, so rounds don't overlap."""
        self.pump(lambda: self.c.net.in_flight == 0 and not self.c.busy and not self.c.vault.busy)

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
