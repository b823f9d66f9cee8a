"""The shared scripted browser (xauth_gui/sandbox/browser.py), installed as the system browser.

QDesktopServices.setUrlHandler routes every http URL the app opens to it, so the app's real
open_url path (B3 checks included) is what the tests drive.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from xauth_gui.sandbox import browser


class ScriptedBrowser(QObject):
    def __init__(self, decision: str = "allow", follow: bool = True) -> None:
        super().__init__()
        self.script = browser.ScriptedBrowser(decision, follow)
        self.opened = self.script.opened
        self.locations = self.script.locations
        self.pages = self.script.pages
        self.errors = self.script.errors

    @property
    def decision(self) -> str:
        return self.script.decision

    @decision.setter
    def decision(self, value: str) -> None:
        self.script.decision = value

    def install(self) -> ScriptedBrowser:
        QDesktopServices.setUrlHandler("http", self, "open")
        return self

    def uninstall(self) -> None:
        QDesktopServices.unsetUrlHandler("http")
        self.script.join()

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.script.open(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
