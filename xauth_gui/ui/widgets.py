"""Small widgets: the masked secret field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QPushButton, QToolButton, QWidget

from xauth_gui.core.text import translate


class SecretField(QWidget):
    """A read-only masked line edit with Show and Copy. `edit.text()` is the full value even while masked.

    Re-masks when it loses focus, when the window is deactivated and after `reveal_s` seconds.
    """

    copy_requested = Signal(str)

    def __init__(self, object_name: str, accessible: str, reveal_s: int = 30, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName(object_name)
        self.edit.setAccessibleName(accessible)
        self.edit.setReadOnly(True)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)  # copying from a masked field copies nothing
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhHiddenText
        )
        self.edit.setPlaceholderText(translate("Widgets", "none yet"))
        self.edit.setMinimumWidth(140)  # a narrow column puts the field under its label, never a sliver
        self.reveal = QToolButton()
        self.reveal.setText(translate("Widgets", "Show"))
        self.reveal.setCheckable(True)
        self.reveal.setAccessibleName(translate("Widgets", "Show {what}").format(what=accessible))
        self.reveal.toggled.connect(self._on_reveal)
        self.copy = QToolButton()
        self.copy.setText(translate("Widgets", "Copy"))
        self.copy.setAccessibleName(translate("Widgets", "Copy {what}").format(what=accessible))
        self.copy.clicked.connect(lambda: self.copy_requested.emit(self.edit.text()))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.reveal)
        layout.addWidget(self.copy)
        self._remask = QTimer(self)
        self._remask.setSingleShot(True)
        self._remask.setInterval(reveal_s * 1000)
        self._remask.timeout.connect(self.hide_value)
        self.edit.installEventFilter(self)

    def set_value(self, value: str) -> None:
        if value != self.edit.text():
            self.hide_value()
        self.edit.setText(value)
        self.edit.setCursorPosition(0)
        has = bool(value)
        self.reveal.setEnabled(has)
        self.copy.setEnabled(has)

    def hide_value(self) -> None:
        self.reveal.setChecked(False)

    def _on_reveal(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.reveal.setText(translate("Widgets", "Hide") if shown else translate("Widgets", "Show"))
        if shown:
            self._remask.start()
        else:
            self._remask.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self.edit and event.type() == QEvent.Type.FocusOut and not self.reveal.hasFocus():
            self.hide_value()
        return super().eventFilter(watched, event)


class EnterPressesButtons(QObject):
    """Enter on a focused button presses it, in every window (Qt does so only for a dialog's push
    buttons, and a keyboard user expects it of every button). Installed on each window, not on the
    application: a button ignores Enter, so the key travels up to its window. An application-wide
    Python filter ran for every event of every object, and its first foreign object (a combo box's
    private popup) made PySide build every Qt class's enums at start-up (~30 ms)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()  # type: ignore[attr-defined]
        if key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:  # type: ignore[attr-defined]
            return False
        button = QApplication.focusWidget()
        if not isinstance(button, QPushButton | QToolButton) or button.window() is not watched:
            return False
        if isinstance(button, QPushButton) and button.autoDefault():
            return False  # a dialog's button: Qt's own rule (the default button) applies
        if button.isEnabled() and button.isVisible():
            button.animateClick()
        return True


def enter_presses_buttons(window: QWidget) -> None:
    """Let Enter press the focused button anywhere in this window (see EnterPressesButtons)."""
    window.installEventFilter(EnterPressesButtons(window))
