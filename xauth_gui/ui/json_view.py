"""A read-only view for JSON answers: pretty text with keys, strings, numbers and literals coloured."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

_RULES = (  # (pattern, colour): later rules win where they overlap
    (re.compile(r"-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b"), "#1d9bf0"),
    (re.compile(r"\b(?:true|false|null)\b"), "#c678dd"),
    (re.compile(r'"(?:\\.|[^"\\])*"'), "#00a36c"),
    (re.compile(r'"(?:\\.|[^"\\])*"(?=\s*:)'), "#e36209"),
)


class JsonHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._formats = []
        for pattern, color in _RULES:
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(color))
            self._formats.append((pattern, fmt))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt name
        if len(text) > 2000:
            return  # a huge line stays plain: colouring it would stall the window
        for pattern, fmt in self._formats:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)


def json_view(object_name: str) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setTabChangesFocus(True)  # Tab moves on (no Tab trap)
    view.setObjectName(object_name)
    view.setReadOnly(True)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    view.setFont(font)
    view.highlighter = JsonHighlighter(view.document())  # type: ignore[attr-defined]  # kept alive with the view
    return view
