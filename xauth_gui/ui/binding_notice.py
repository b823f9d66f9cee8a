"""The lasting notice over tokens that belong to earlier settings (B1): what changed, and the two ways on
(sign in again for the new settings, or restore those settings). Built the first time it is needed."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout

from xauth_gui.core.text import translate

from .flow import FlowLayout
from .panel import plain_label, push_button


class BindingNotice(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("tokenBindingNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.label = plain_label("", "tokenBindingLabel", narrow=True)
        layout.addWidget(self.label)
        row = FlowLayout()
        self.sign_in_again = push_button(
            translate("TokensPanel", "Sign in again"), "signInAgainButton", translate("TokensPanel", "Sign in again")
        )
        self.restore = push_button(
            translate("TokensPanel", "Restore those settings"),
            "restoreSettingsButton",
            translate("TokensPanel", "Restore settings"),
        )
        row.addWidget(self.sign_in_again)
        row.addWidget(self.restore)
        layout.addLayout(row)
        self.setVisible(False)

    def show_problem(self, problem: str) -> None:
        self.label.setText(problem)
        self.setVisible(bool(problem))
