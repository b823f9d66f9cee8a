"""Debian's Chromium, driven by Playwright, as the app's system browser (QDesktopServices handler).

Playwright's sync API lives on one thread: every browser action runs there, queued from Qt's thread,
so the app's GUI thread (where the listener lives) never waits on the browser. Chromium makes its own
requests: speculative connections, favicon requests and all.
"""

from __future__ import annotations

import queue
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass
class Visit:
    url: str  # where the tab ended up (the app's callback page)
    text: str  # the page text as Chromium rendered it
    status: int | None


class ChromiumBrowser(QObject):
    def __init__(self, decision: str = "allow") -> None:
        super().__init__()
        self.decision = decision  # "allow" (Authorize app) or "deny" (Cancel)
        self.opened: list[str] = []
        self.visits: list[Visit] = []
        self.errors: list[BaseException] = []
        self._jobs: queue.Queue[Callable[[Any], None] | None] = queue.Queue()
        self._pages: list[Any] = []
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="chromium", daemon=True)
        self._thread.start()
        if not self._ready.wait(60):
            raise TimeoutError("Chromium did not start")
        if self.errors:
            raise self.errors[0]

    def _run(self) -> None:
        from playwright.sync_api import sync_playwright

        try:
            with sync_playwright() as p:
                profile = tempfile.mkdtemp(prefix="xauth-chromium-")
                context = p.chromium.launch_persistent_context(
                    profile, executable_path=CHROMIUM, headless=True, args=FLAGS
                )
                self._ready.set()
                while (job := self._jobs.get()) is not None:
                    try:
                        job(context)
                    except BaseException as exc:
                        self.errors.append(exc)
                context.close()
        except BaseException as exc:
            self.errors.append(exc)
            self._ready.set()

    def install(self) -> ChromiumBrowser:
        QDesktopServices.setUrlHandler("http", self, "open")
        return self

    def uninstall(self) -> None:
        QDesktopServices.unsetUrlHandler("http")
        self._jobs.put(None)
        self._thread.join(timeout=30)

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        self.opened.append(text)
        self._jobs.put(lambda context: self._authorize(context, text))

    def _authorize(self, context: Any, url: str) -> None:
        page = context.new_page()
        self._pages.append(page)
        page.goto(url, timeout=20_000)
        if page.locator("#allow").count():  # the consent page (no auto-approve)
            button = "#allow" if self.decision == "allow" else "#cancel"
            with page.expect_navigation(timeout=20_000):
                page.click(button)
        page.wait_for_load_state("load", timeout=20_000)
        self.visits.append(Visit(page.url, page.inner_text("body"), None))

    def reload_last(self) -> None:
        """Reload the callback tab, as a person pressing F5 would."""

        def reload(_context: Any) -> None:
            page = self._pages[-1]
            response = page.reload(timeout=20_000)
            self.visits.append(Visit(page.url, page.inner_text("body"), response.status if response else None))

        self._jobs.put(reload)
