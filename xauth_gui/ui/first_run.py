"""The first run: the get-started page and the set-up guide, in a welcome window over the main window
(built when first shown), and where each choice leads.

A window of its own rather than a page that replaces the form: the main window stays whole behind it,
so nothing typed is ever lost and every control keeps its place (Help → Get started reopens it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from xauth_gui.core.endpoints import Provider
from xauth_gui.core.text import translate
from xauth_gui.qt.controller import FlowController

from .clipboard import SecureClipboard
from .widgets import enter_presses_buttons

if TYPE_CHECKING:
    from .get_started import GetStartedPage, SetupGuidePage


class Pages:
    def __init__(
        self,
        window: QWidget,
        controller: FlowController,
        clipboard: SecureClipboard,
        on_profile_shown: Callable[[], None],
    ) -> None:
        self.window = window
        self.c = controller
        self.clipboard = clipboard
        self.on_profile_shown = on_profile_shown  # the window fills its form again
        self.dialog: QDialog | None = None
        self.stack: QStackedWidget | None = None
        self.get_started: GetStartedPage | None = None
        self.guide: SetupGuidePage | None = None

    def _ensure_dialog(self) -> QStackedWidget:
        if self.stack is None:
            dialog = self.dialog = QDialog(self.window)
            dialog.setObjectName("getStartedDialog")
            dialog.setWindowTitle(translate("FirstRun", "Get started with xauth-gui"))
            dialog.resize(780, 430)
            enter_presses_buttons(dialog)
            self.stack = QStackedWidget()
            QVBoxLayout(dialog).addWidget(self.stack)
        return self.stack

    def show_get_started(self) -> None:
        from .get_started import GetStartedPage

        stack = self._ensure_dialog()
        if self.get_started is None:
            page = self.get_started = GetStartedPage()
            page.sandbox_chosen.connect(self.try_sandbox)
            page.have_app_chosen.connect(self.use_my_app)
            page.setup_chosen.connect(self.show_guide)
            stack.addWidget(page)
        stack.setCurrentWidget(self.get_started)
        self._show()

    def show_guide(self) -> None:
        from .get_started import DEVELOPER_CONSOLE, SetupGuidePage

        stack = self._ensure_dialog()
        callback = self.c.profiles.app_profile().redirect_uri
        if self.guide is None:
            guide = self.guide = SetupGuidePage(self.clipboard, callback)
            guide.done.connect(self.use_my_app)
            guide.back.connect(self.show_get_started)
            guide.open_console.connect(lambda: self.c.open_url(DEVELOPER_CONSOLE))
            stack.addWidget(guide)
        self.guide.set_callback_uri(callback)
        stack.setCurrentWidget(self.guide)
        self._show()

    def _show(self) -> None:
        assert self.dialog is not None
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def try_sandbox(self) -> None:
        """The sandbox's own profile, its public client, and Authorize one click (or Enter) away."""
        profiles = self.c.profiles
        if self.c.profile.provider is not Provider.SANDBOX:
            profiles.show(profiles.sandbox_profile())
        profiles.use_sandbox_client(confidential=False)
        self._to_main("authorizeButton")

    def use_my_app(self) -> None:
        profiles = self.c.profiles
        if self.c.profile.provider is Provider.SANDBOX:
            profiles.show(profiles.app_profile())
        self._to_main("clientIdEdit")

    def _to_main(self, focus: str) -> None:
        self.c.settings.get_started_done = True
        self.on_profile_shown()
        if self.dialog is not None:
            self.dialog.hide()
        self.window.activateWindow()
        target = self.window.findChild(QWidget, focus)
        if target is not None:
            target.setFocus()
