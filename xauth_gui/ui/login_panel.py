"""The login panel: the Authorize button, and (built on first need) the waiting box with the
authorization address, the paste fallback and Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from xauth_gui.core.session import Phase, SessionState
from xauth_gui.core.text import translate
from xauth_gui.qt.controller import FlowController

from .clipboard import SecureClipboard
from .panel import StateView, buddy_label, plain, push_button, render_all

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGridLayout


class LoginPanel(QWidget):
    authorize_requested = Signal()

    def __init__(self, controller: FlowController, clipboard: SecureClipboard) -> None:
        super().__init__()
        self.controller = controller
        self.clipboard = clipboard
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.authorize_button = push_button(
            translate("LoginPanel", "&Authorize in browser"),
            "authorizeButton",
            translate("LoginPanel", "Authorize in browser"),
        )
        self.authorize_button.setDefault(True)
        self.authorize_button.setMinimumHeight(36)
        font = self.authorize_button.font()
        font.setBold(True)
        self.authorize_button.setFont(font)
        self.authorize_button.clicked.connect(self.authorize_requested)
        self._layout.addWidget(self.authorize_button)
        self.waiting_box: QGroupBox | None = None
        self._views: list[StateView[Any]] = [StateView(self._button_view, self._render_button)]
        self._waiting_views: list[StateView[Any]] = []

    # --- the waiting box, built when first needed ------------------------------------------------------
    def ensure_built(self) -> None:
        if self.waiting_box is not None:
            return
        from PySide6.QtWidgets import QGridLayout, QLineEdit, QToolButton

        from .flow import BusyStripe

        box = self.waiting_box = QGroupBox(translate("LoginPanel", "Waiting for the browser"))
        grid = QGridLayout(box)
        progress = BusyStripe(translate("LoginPanel", "Waiting for the browser"))
        self.cancel_button = push_button(
            translate("LoginPanel", "Cancel lo&gin"), "cancelButton", translate("LoginPanel", "Cancel login")
        )
        grid.addWidget(progress, 0, 0, 1, 2)
        grid.addWidget(self.cancel_button, 0, 2)
        self.authorize_url_view = QLineEdit()
        self.authorize_url_view.setObjectName("authorizeUrlView")
        self.authorize_url_view.setAccessibleName(translate("LoginPanel", "Authorization address"))
        self.authorize_url_view.setReadOnly(True)
        copy_url = QToolButton()
        copy_url.setText(translate("LoginPanel", "Copy"))
        copy_url.setAccessibleName(translate("LoginPanel", "Copy authorization address"))
        opened = buddy_label(
            translate("LoginPanel", "If no browser opened, open this address:"), self.authorize_url_view
        )
        grid.addWidget(opened, 1, 0, 1, 3)
        grid.addWidget(self.authorize_url_view, 2, 0, 1, 2)
        grid.addWidget(copy_url, 2, 2)
        self._add_paste_row(grid)
        self.cancel_button.clicked.connect(lambda: self.controller.cancel_login())
        copy_url.clicked.connect(lambda: self.clipboard.copy_plain(self.authorize_url_view.text()))
        box.setVisible(False)
        self._layout.addWidget(box)
        self._waiting_views = [StateView(lambda s: (s.phase, s.authorize_url), self._render_waiting)]
        render_all(self._waiting_views, self.controller.state)

    def _add_paste_row(self, grid: QGridLayout) -> None:
        """For a browser on another device, or a listener that can't listen: paste the address it showed."""
        from PySide6.QtWidgets import QLineEdit

        self.paste_redirect_edit = QLineEdit()
        self.paste_redirect_edit.setObjectName("pasteRedirectEdit")
        self.paste_redirect_edit.setAccessibleName(translate("LoginPanel", "Paste the address shown after approving"))
        self.paste_redirect_edit.setPlaceholderText(translate("LoginPanel", "…or paste the address here"))
        use_pasted = translate("LoginPanel", "Use pasted address")
        self.paste_redirect_button = push_button(use_pasted, "pasteRedirectButton", use_pasted)
        grid.addWidget(self.paste_redirect_edit, 3, 0, 1, 2)
        grid.addWidget(self.paste_redirect_button, 3, 2)
        self.paste_redirect_button.clicked.connect(self._submit_paste)
        self.paste_redirect_edit.returnPressed.connect(self._submit_paste)

    def _submit_paste(self) -> None:
        text = self.paste_redirect_edit.text()
        self.paste_redirect_edit.clear()
        self.controller.submit_pasted(text)

    # --- rendering ------------------------------------------------------------------------------------------
    def show_state(self, state: SessionState) -> None:
        if state.phase in (Phase.WAITING, Phase.EXCHANGING):
            self.ensure_built()
        render_all(self._views + self._waiting_views, state)

    @staticmethod
    def _button_view(state: SessionState) -> tuple[bool, bool, bool]:
        return state.phase in (Phase.EXCHANGING, Phase.LOADING), state.phase is Phase.WAITING, state.tokens is not None

    def _render_button(self, view: tuple[bool, bool, bool]) -> None:
        busy, waiting, signed_in = view
        self.authorize_button.setEnabled(not busy)
        if waiting:  # a second press starts over; the first tab's answer is then refused, and the app says so
            text = translate("LoginPanel", "Rest&art login")
        elif signed_in:
            text = translate("LoginPanel", "&Authorize again")
        else:
            text = translate("LoginPanel", "&Authorize in browser")
        self.authorize_button.setText(text)
        self.authorize_button.setAccessibleName(plain(text))  # a screen reader says what the button shows

    def _render_waiting(self, view: tuple[Phase, str]) -> None:
        phase, url = view
        waiting = phase in (Phase.WAITING, Phase.EXCHANGING)
        assert self.waiting_box is not None
        self.waiting_box.setVisible(waiting)
        self.waiting_box.setTitle(
            translate("LoginPanel", "Getting your token…")
            if phase is Phase.EXCHANGING
            else translate("LoginPanel", "Waiting for the browser")
        )
        shown = url if waiting else ""
        if self.authorize_url_view.text() != shown:
            self.authorize_url_view.setText(shown)
            self.authorize_url_view.setCursorPosition(0)
        self.paste_redirect_edit.setEnabled(phase is Phase.WAITING)
        self.paste_redirect_button.setEnabled(phase is Phase.WAITING)
        self.cancel_button.setEnabled(waiting)
