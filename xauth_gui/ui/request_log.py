"""The request log: a toggle with a count, and (built when first shown) the redacted lines."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from xauth_gui.core.text import translate

from .clipboard import SecureClipboard
from .presenter import log_details, log_line

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

    from xauth_gui.core.calls import ExchangeRecord

MAX_LINES = 2000  # a long session keeps the newest; older lines are dropped


class RequestLog(QWidget):
    def __init__(self, clipboard: SecureClipboard) -> None:
        super().__init__()
        self.clipboard = clipboard
        self.lines: list[str] = []
        self.log_view: QPlainTextEdit | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.log_toggle = QToolButton()
        self.log_toggle.setObjectName("requestLogToggle")
        self.log_toggle.setText(translate("RequestLog", "Request log ({count})").format(count=0))
        self.log_toggle.setCheckable(True)
        self.log_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.log_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.log_toggle.setAccessibleName(translate("RequestLog", "Show request log"))
        copy = QToolButton()
        copy.setText(translate("RequestLog", "Copy log"))
        copy.setAccessibleName(translate("RequestLog", "Copy request log"))
        row.addWidget(self.log_toggle)
        row.addStretch(1)
        row.addWidget(copy)
        self._layout.addLayout(row)
        self.log_toggle.toggled.connect(self._toggle)
        copy.clicked.connect(lambda: self.clipboard.copy_plain("\n".join(self.lines)))

    @property
    def log_count(self) -> int:
        return len(self.lines)

    def ensure_built(self) -> QPlainTextEdit:
        if self.log_view is None:
            from PySide6.QtWidgets import QPlainTextEdit

            view = self.log_view = QPlainTextEdit()

            self.log_view.setTabChangesFocus(True)  # Tab moves on (no Tab trap)
            view.setObjectName("requestLog")
            view.setAccessibleName(translate("RequestLog", "Request log"))
            view.setReadOnly(True)
            view.setMaximumHeight(140)
            view.setMaximumBlockCount(MAX_LINES * 16)  # a request with its headers and bodies
            view.setPlainText("\n".join(self.lines))
            view.setVisible(self.log_toggle.isChecked())
            self._layout.addWidget(view)
        return self.log_view

    def add(self, record: ExchangeRecord) -> None:
        line = "\n".join([log_line(record, time.strftime("%H:%M:%S")), *log_details(record)])
        self.lines.append(line)
        del self.lines[:-MAX_LINES]
        if self.log_view is not None:
            self.log_view.appendPlainText(line)
        self.log_toggle.setText(translate("RequestLog", "Request log ({count})").format(count=self.log_count))

    def _toggle(self, shown: bool) -> None:
        self.ensure_built().setVisible(shown)
        self.log_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
