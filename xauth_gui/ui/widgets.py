"""Small widgets: the message banner and the masked secret field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from xauth_gui.core.session import MessageAction, MessageKind

_KIND_COLORS = {  # tints that read on light and dark palettes
    MessageKind.INFO: "#1d9bf0",
    MessageKind.PROGRESS: "#1d9bf0",
    MessageKind.SUCCESS: "#00ba7c",
    MessageKind.WARNING: "#ffad1f",
    MessageKind.ERROR: "#f4212e",
}
_KIND_ICONS = {  # glyphs DejaVu has
    MessageKind.INFO: "ℹ",
    MessageKind.PROGRESS: "…",
    MessageKind.SUCCESS: "✓",
    MessageKind.WARNING: "⚠",
    MessageKind.ERROR: "✕",
}


class MessageBanner(QFrame):
    """The one place statuses and errors appear: plain text, a colour by kind, optional action buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setAccessibleName("Status message")
        self.setAutoFillBackground(False)  # painted in paintEvent: a rounded, tinted box
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self._border = QColor(_KIND_COLORS[MessageKind.INFO])
        self._icon = QLabel()
        bold = self._icon.font()
        bold.setBold(True)
        self._icon.setFont(bold)
        self._label = QLabel()
        self._label.setTextFormat(Qt.TextFormat.PlainText)  # server texts are never rich text
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label.setAccessibleName("Status message text")
        layout.addWidget(self._icon)
        layout.addWidget(self._label, 1)
        self._actions: list[QPushButton] = []
        self._layout = layout
        self.kind = MessageKind.INFO
        self.show_message(MessageKind.INFO, "Fill in your app's details, pick permissions, then press Authorize.")

    def text(self) -> str:
        return self._label.text()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._border, 1))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Window))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)

    def show_message(self, kind: MessageKind, text: str, actions: tuple[MessageAction, ...] = ()) -> None:
        self.kind = kind
        self._label.setText(text)
        self._icon.setText(_KIND_ICONS[kind])
        color = QColor(_KIND_COLORS[kind])
        # The application's palette, not ours: ours already carries the previous message's tint.
        base = QApplication.palette().color(QPalette.ColorRole.Window)
        tint = QColor(
            (color.red() + base.red() * 5) // 6,
            (color.green() + base.green() * 5) // 6,
            (color.blue() + base.blue() * 5) // 6,
        )
        palette = QApplication.palette()
        palette.setColor(QPalette.ColorRole.Window, tint)
        palette.setColor(QPalette.ColorRole.WindowText, QApplication.palette().color(QPalette.ColorRole.WindowText))
        self.setPalette(palette)
        icon_palette = self._icon.palette()
        icon_palette.setColor(QPalette.ColorRole.WindowText, color)
        self._icon.setPalette(icon_palette)
        self._border = color
        self.update()
        for button in self._actions:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._actions = []
        for label, callback in actions:
            button = QPushButton(label)
            button.clicked.connect(callback)
            self._layout.addWidget(button)
            self._actions.append(button)
        self.setAccessibleDescription(text)


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
        self.edit.setPlaceholderText("none yet")
        self.reveal = QToolButton()
        self.reveal.setText("Show")
        self.reveal.setCheckable(True)
        self.reveal.setAccessibleName(f"Show {accessible}")
        self.reveal.toggled.connect(self._on_reveal)
        self.copy = QToolButton()
        self.copy.setText("Copy")
        self.copy.setAccessibleName(f"Copy {accessible}")
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
        self.reveal.setText("Hide" if shown else "Show")
        if shown:
            self._remask.start()
        else:
            self._remask.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self.edit and event.type() == QEvent.Type.FocusOut and not self.reveal.hasFocus():
            self.hide_value()
        return super().eventFilter(watched, event)
