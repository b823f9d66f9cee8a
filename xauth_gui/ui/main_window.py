"""The main window: composes the panels and wires them to the controller in one place.

Each panel builds its own widgets and renders only the slices of the session state it shows. What
is not visible at start (the waiting box, the request log's view, dialogs) is built after the first
paint, or at once when something needs it, or when a caller looks the widgets up by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QVBoxLayout, QWidget

from xauth_gui import APP_DISPLAY_NAME
from xauth_gui.core.profile import Profile
from xauth_gui.core.session import Message, Phase, SessionState
from xauth_gui.core.text import translate
from xauth_gui.qt.controller import FlowController

from .app_form import AppForm
from .banner import MessageBanner
from .clipboard import SecureClipboard
from .diagnostics import Diagnostics
from .first_run import Pages
from .login_panel import LoginPanel
from .menus import build_menus
from .panel import Column, StateView
from .permissions import PermissionsPanel
from .presenter import profile_name, window_title
from .profile_bar import ProfileBar
from .request_log import RequestLog
from .screen_fit import Box, fitted
from .tokens_panel import TokensPanel
from .widgets import enter_presses_buttons

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QShowEvent


# The smallest size the layout tests use; the window's real minimum is its layout's (about 640x240 in
# English, wider in long languages): the columns scroll, so it fits small screens (screen_fit.py).
MIN_WIDTH, MIN_HEIGHT = 720, 480
COMFORT_WIDTH, COMFORT_HEIGHT = 900, 640  # the size at which ten permission rows show beside the tokens


class MainWindow(QMainWindow):
    def __init__(self, controller: FlowController, clipboard: SecureClipboard) -> None:
        super().__init__()
        self.controller = controller
        self.settings = controller.settings
        self.clipboard = clipboard
        self.sandbox_host: Any = None  # set by the app (SandboxHost); tests reach the in-process sandbox here
        self._complete_pending = True
        self._fitted = False  # sized to the screen when first shown
        self._had_tokens = False
        self.console: Any = None  # the "Try it" window, built when first needed
        self.first_run = False  # set by the app: open Get started over the window when it is first shown
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_DISPLAY_NAME)
        self._build()
        self.diagnostics = Diagnostics(self, self.controller, self.clipboard)
        self.quit_action = build_menus(  # its shortcut is set after the first paint (complete)
            self, self.controller, self.pages, self.diagnostics, self.clipboard, self.settings
        )
        self._wire()
        geometry = self.settings.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 760)

    def _build(self) -> None:
        """Left: the app and its permissions (the one real choice gets the height). Right: Authorize, the
        wait, the tokens and the request log, so neither the wait nor the log ever hides the permissions."""
        c, clipboard = self.controller, self.clipboard
        self.profile_bar = ProfileBar(c)
        self.banner = MessageBanner()
        self.app_form = AppForm(c, clipboard)
        self.permissions = PermissionsPanel(c)
        self.login_panel = LoginPanel(c, clipboard)
        self.tokens_panel = TokensPanel(c, clipboard)
        self.request_log = RequestLog(clipboard)
        left_page = QWidget()
        left = QVBoxLayout(left_page)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.app_form)
        left.addWidget(self.permissions, 1)
        tokens = QWidget()
        tokens_layout = QVBoxLayout(tokens)
        tokens_layout.setContentsMargins(0, 0, 0, 0)
        tokens_layout.addWidget(self.tokens_panel)
        tokens_layout.addStretch(1)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.login_panel)
        right.addWidget(Column(tokens, translate("MainWindow", "Tokens")), 1)
        right.addWidget(self.request_log)
        columns = QHBoxLayout()
        # The left column scrolls (up and down only) when a tall banner or a long language leaves it too
        # little height, so no hint is ever cut off (issue 22, item 1).
        columns.addWidget(Column(left_page, translate("MainWindow", "Your app and its permissions")), 5)
        columns.addLayout(right, 4)
        main_page = QWidget()
        main_page.setObjectName("mainPage")
        outer = QVBoxLayout(main_page)
        outer.addWidget(self.profile_bar)
        outer.addWidget(self.banner)
        outer.addLayout(columns, 1)
        self.pages = Pages(self, c, clipboard, self.fill_form)
        self.setCentralWidget(main_page)

    def _wire(self) -> None:
        c = self.controller
        self.panels = (self.profile_bar, self.app_form, self.permissions, self.login_panel, self.tokens_panel)
        self._title = StateView(
            lambda s: s.profile.name,
            lambda name: self.setWindowTitle(window_title(APP_DISPLAY_NAME, profile_name(name))),
        )
        c.changed.connect(self.show_state)
        c.form_reset.connect(self.fill_form)
        c.message.connect(self._on_message)
        c.record.connect(self.request_log.add)
        for signal in (self.app_form.authorize_requested, self.login_panel.authorize_requested,
                       self.tokens_panel.authorize_requested):  # fmt: skip
            signal.connect(self.authorize)
        self.profile_bar.profile_switched.connect(self.fill_form)
        self.app_form.profile_switched.connect(self.fill_form)
        self.app_form.help_requested.connect(self.pages.show_guide)
        self.tokens_panel.try_it_requested.connect(self.show_console)
        self.installEventFilter(self)
        enter_presses_buttons(self)

    # --- actions --------------------------------------------------------------------------------------------
    def authorize(self) -> None:
        """Take what is in the form (including a secret still being typed), then start the login."""
        if not self.login_panel.authorize_button.isEnabled():
            return
        self.controller.update_profile(self.app_form.profile_from_form(self.permissions.scopes))
        if self.app_form.client_secret_edit.isVisible():
            self.app_form.take_client_secret()
        self.controller.start_login()

    def ensure_console(self) -> Any:
        from .console_panel import ConsolePanel

        if self.console is None:
            self.console = ConsolePanel(self, self.controller, self.clipboard)
        return self.console

    def show_console(self) -> None:
        console = self.ensure_console()
        if console.preset_combo.currentData():  # a ready call: the user id and API origin may be new
            console.choose_preset(console.preset_combo.currentData())
        console.show()
        console.raise_()

    def show_profile(self, profile: Profile) -> None:
        self.controller.profiles.show(profile)
        self.fill_form()

    def fill_form(self) -> None:
        self.app_form.fill()
        self.permissions.fill()
        self.show_state(self.controller.state)

    def apply_sandbox_client(self) -> None:
        self.app_form.apply_sandbox_client()

    # --- rendering ------------------------------------------------------------------------------------------
    def show_state(self, state: SessionState) -> None:
        for panel in self.panels:
            panel.show_state(state)
        self._title.update(state)
        arrived = state.tokens is not None and not self._had_tokens and state.phase is Phase.IDLE
        self._had_tokens = state.tokens is not None
        if arrived and self.isActiveWindow():  # the work is the token now: focus its first action (issue 23)
            self.tokens_panel.access_field.copy.setFocus()

    def update_view(self) -> None:
        self.show_state(self.controller.state)

    def _on_message(self, message: Message) -> None:
        self.banner.show_message(message.kind, message.text, message.actions, guidance=message.guidance)

    # --- lazy parts -----------------------------------------------------------------------------------------
    def complete(self) -> None:
        """Build what the first paint did not need. Idempotent."""
        if self._complete_pending:
            from PySide6.QtGui import QKeySequence

            self._complete_pending = False
            self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
            self.app_form.ensure_endpoints()
            self.tokens_panel.ensure_binding_notice()
            self.login_panel.ensure_built()
            self.request_log.ensure_built()
            self.controller.keeping.find_store()  # the status line says where secrets go from the start
            self.ensure_console()  # hidden until Try it: its widgets can be found by name

    def findChild(self, *args: Any, **kwargs: Any) -> Any:  # noqa: N802 - Qt name
        self.complete()  # a widget looked up by name exists, built or not yet
        return super().findChild(*args, **kwargs)

    def findChildren(self, *args: Any, **kwargs: Any) -> Any:  # noqa: N802 - Qt name
        self.complete()
        return super().findChildren(*args, **kwargs)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self and event.type() == QEvent.Type.Paint and self._complete_pending:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self.complete)  # right after the first paint
        return super().eventFilter(watched, event)

    # --- the widgets by their old names (tests, benchmarks, scripts) -----------------------------------------
    access_field = property(lambda self: self.tokens_panel.access_field)
    avatar_label = property(lambda self: self.tokens_panel.avatar_label)
    user_label = property(lambda self: self.tokens_panel.user_label)
    auto_refresh_check = property(lambda self: self.tokens_panel.auto_refresh_check)
    scope_picker = property(lambda self: self.permissions.scope_picker)
    diagnostics_action = property(lambda self: self.diagnostics.action)
    log_view = property(lambda self: self.request_log.ensure_built())
    log_count = property(lambda self: self.request_log.log_count)

    def fill_profiles(self) -> None:
        self.profile_bar.fill_profiles()

    def delete_current_profile(self) -> None:
        self.profile_bar.delete_current_profile()

    def opt_in_plain_file(self, confirm: bool = True) -> None:
        self.profile_bar.opt_in_plain_file(confirm)

    def run_diagnostics(self) -> None:
        self.diagnostics.run()

    # --- lifecycle ------------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """On quit: stop listening and working, wipe our clipboard copy, save settings, stop the sandbox."""
        self.controller.shutdown()
        self.controller.vault.shutdown()
        self.clipboard.clear_if_ours()
        self.settings.sync()
        if self.sandbox_host is not None:
            self.sandbox_host.stop()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        if not self._fitted:
            self._fitted = True
            self.fit_to_screen()
        super().showEvent(event)
        if self.first_run:
            self.first_run = False
            self.pages.show_get_started()

    def fit_to_screen(self) -> None:
        """Size and place the window (frame included) on the screen's available area: a small laptop
        screen or 200 % scaling never gets a window larger than the screen, or one off its edge."""
        screen = self.screen()
        if screen is None:
            return
        area, geo, least = screen.availableGeometry(), self.geometry(), self.minimumSizeHint()
        box = fitted(
            Box(geo.x(), geo.y(), geo.width(), geo.height()),
            (least.width(), least.height()),
            Box(area.x(), area.y(), area.width(), area.height()),
        )
        self.setGeometry(box.x, box.y, box.width, box.height)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt name
        # Revealed tokens are hidden again when the window goes to the background or is minimised.
        if event.type() in (QEvent.Type.ActivationChange, QEvent.Type.WindowStateChange) and (
            not self.isActiveWindow() or self.isMinimized()
        ):
            self.tokens_panel.hide_values()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        self.clipboard.clear_if_ours()
        super().closeEvent(event)
