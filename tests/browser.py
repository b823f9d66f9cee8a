"""A scripted stand-in for the system browser, installed with QDesktopServices.setUrlHandler.

It does what a person does on the sandbox's consent page (Authorize or Cancel) and then follows the
redirect to the app's real listener, on its own thread, as a real browser would.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from tests.helpers import consent, http_get


class ScriptedBrowser(QObject):
    def __init__(self, decision: str = "allow", follow: bool = True) -> None:
        super().__init__()
        self.decision = decision
        self.follow = follow  # False: stop after the consent page (the paste-fallback case)
        self.opened: list[str] = []
        self.locations: list[str] = []
        self.pages: list[tuple[int, str]] = []
        self.errors: list[BaseException] = []
        self._threads: list[threading.Thread] = []

    def install(self) -> ScriptedBrowser:
        QDesktopServices.setUrlHandler("http", self, "open")
        return self

    def uninstall(self) -> None:
        QDesktopServices.unsetUrlHandler("http")
        for t in self._threads:
            t.join(timeout=10)

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        self.opened.append(text)
        thread = threading.Thread(target=self._visit, args=(text,), daemon=True)
        self._threads.append(thread)
        thread.start()

    def _visit(self, url: str) -> None:
        try:
            location = consent(url, self.decision)
            self.locations.append(location)
            if self.follow:
                status, _, page = http_get(location)
                self.pages.append((status, page))
        except BaseException as exc:
            self.errors.append(exc)
