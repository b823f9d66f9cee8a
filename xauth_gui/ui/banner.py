"""The message banner: the one place statuses and errors appear.

Plain text, a colour and glyph by kind, optional action buttons. A message stays readable for at
least a second: when the next one comes sooner, it goes on top and the earlier one stays below it
until its second is over (a "Copied" is never wiped by a sign-in message a few ms later).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from xauth_gui.core.session import MessageAction, MessageKind
from xauth_gui.core.text import translate

from .panel import announce

MIN_SHOWN_S = 1.0
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


def _text_label() -> QLabel:
    """The message's words: a label whose text is its accessible name, so a screen reader reaching it
    reads the message itself."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # server texts are never rich text
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MessageBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setAccessibleName(translate("Banner", "Status message"))
        self.setAutoFillBackground(False)  # painted in paintEvent: a rounded, tinted box
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self._border = QColor(_KIND_COLORS[MessageKind.INFO])
        self._icon = QLabel()
        bold = self._icon.font()
        bold.setBold(True)
        self._icon.setFont(bold)
        self._label = _text_label()
        self._earlier = _text_label()  # the previous message, for the rest of its second
        self._earlier.setObjectName("earlierMessage")
        self._earlier.setVisible(False)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self._label)
        texts.addWidget(self._earlier)
        layout.addWidget(self._icon)
        layout.addLayout(texts, 1)
        self._actions: list[QPushButton] = []
        self._layout = layout
        self._shown_at = 0.0
        self._kind = MessageKind.INFO
        self._expire = QTimer(self)
        self._expire.setSingleShot(True)
        self._expire.timeout.connect(lambda: self._earlier.setVisible(False))
        self.kind = MessageKind.INFO
        self.show_message(
            MessageKind.INFO, translate("Banner", "Fill in your app's details, pick permissions, then press Authorize.")
        )
        self._shown_at = 0.0  # guidance, not news: the first real message replaces it at once

    def text(self) -> str:
        """What the banner says now: the newest message, then an earlier one still within its second."""
        if self._earlier.isVisibleTo(self) and self._earlier.text():
            return f"{self._label.text()}\n{self._earlier.text()}"
        return self._label.text()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._border, 1))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Window))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)

    def show_message(
        self, kind: MessageKind, text: str, actions: tuple[MessageAction, ...] = (), *, guidance: bool = False
    ) -> None:
        """`guidance` (what to do next, not news) is replaced at once by the next message."""
        now = time.monotonic()
        left = MIN_SHOWN_S - (now - self._shown_at)
        keep = (
            not guidance
            and left > 0
            and self._kind is not MessageKind.PROGRESS
            and self._label.text() not in ("", text)
        )
        if keep:
            self._earlier.setText(self._label.text())
            self._expire.start(int(left * 1000))
        else:
            self._expire.stop()
        self._earlier.setVisible(keep)
        self._shown_at, self._kind, self.kind = now, kind, kind
        self._label.setText(text)
        self._icon.setText(_KIND_ICONS[kind])
        self._tint(QColor(_KIND_COLORS[kind]))
        self._set_actions(actions)
        self.setAccessibleDescription(text)
        # Heard as it appears (issue 23): errors and warnings interrupt, progress and success wait their turn.
        announce(self._label, text, assertive=kind in (MessageKind.ERROR, MessageKind.WARNING))
        if actions and kind in (MessageKind.ERROR, MessageKind.WARNING) and self.window().isActiveWindow():
            self._actions[0].setFocus()  # an error with a next step: focus goes to that step
        if guidance:
            self._shown_at = 0.0

    def _tint(self, color: QColor) -> None:
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

    def _set_actions(self, actions: tuple[MessageAction, ...]) -> None:
        for button in self._actions:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._actions = []
        for label, callback in actions:
            button = QPushButton(label)
            button.clicked.connect(callback)
            self._layout.addWidget(button)
            self._actions.append(button)
