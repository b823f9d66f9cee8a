"""The window's pages: the get-started page and the set-up guide beside the main page (built when first
shown), and where each choice leads."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QWidget

from xauth_gui.core.endpoints import Provider
from xauth_gui.qt.controller import FlowController

from .clipboard import SecureClipboard

if TYPE_CHECKING:
    from .get_started import GetStartedPage, SetupGuidePage


class Pages:
    def __init__(
        self,
        stack: QStackedWidget,
        main_page: QWidget,
        controller: FlowController,
        clipboard: SecureClipboard,
        on_profile_shown: Callable[[], None],
    ) -> None:
        self.stack = stack
        self.main_page = main_page
        self.c = controller
        self.clipboard = clipboard
        self.on_profile_shown = on_profile_shown  # the window fills its form again
        self.get_started: GetStartedPage | None = None
        self.guide: SetupGuidePage | None = None
        stack.addWidget(main_page)

    def show_get_started(self) -> None:
        from .get_started import GetStartedPage

        if self.get_started is None:
            page = self.get_started = GetStartedPage()
            page.sandbox_chosen.connect(self.try_sandbox)
            page.have_app_chosen.connect(self.use_my_app)
            page.setup_chosen.connect(self.show_guide)
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(self.get_started)

    def show_guide(self) -> None:
        from .get_started import DEVELOPER_CONSOLE, SetupGuidePage

        callback = self.c.profiles.app_profile().redirect_uri
        if self.guide is None:
            guide = self.guide = SetupGuidePage(self.clipboard, callback)
            guide.done.connect(self.use_my_app)
            guide.back.connect(self.show_get_started)
            guide.open_console.connect(lambda: self.c.open_url(DEVELOPER_CONSOLE))
            self.stack.addWidget(guide)
        self.guide.set_callback_uri(callback)
        self.stack.setCurrentWidget(self.guide)

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
        self.on_profile_shown()
        self.stack.setCurrentWidget(self.main_page)
        target = self.main_page.findChild(QWidget, focus)
        if target is not None:
            target.setFocus()

    @property
    def on_main(self) -> bool:
        return self.stack.currentWidget() is self.main_page
