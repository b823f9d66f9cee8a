"""The console's answer: status, time, rate limit and what it bills for; the body as a collapsible JSON tree,
as raw text and its headers, in tabs; "Next page"; the call as a snippet to copy; save to a file."""

from __future__ import annotations

import json
from http import HTTPStatus
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)  # fmt: skip

from xauth_gui.core.billing import billing_text
from xauth_gui.core.snippets import Snippet
from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate
from xauth_gui.qt.console import ApiAnswer

from .json_view import json_view
from .panel import announce, buddy_label, hint_label, plain_label, push_button
from .style import with_visible_checks

COLOUR_LIMIT = 40_000  # characters; a bigger answer is shown plain so the window never stalls
STREAM_LINES = 5_000  # a stream shows its newest lines; older ones scroll away
TREE_NODES = 5_000  # the tree shows this many values; the raw text and "Save response…" keep it all
_SNIPPETS = {
    Snippet.CURL: QT_TRANSLATE_NOOP("ConsolePanel", "curl"),
    Snippet.PYTHON: QT_TRANSLATE_NOOP("ConsolePanel", "Python (requests)"),
    Snippet.JAVASCRIPT: QT_TRANSLATE_NOOP("ConsolePanel", "JavaScript (fetch)"),
}


def _text_view(name: str, accessible: str) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setTabChangesFocus(True)  # Tab moves on (no Tab trap)
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setAccessibleName(accessible)
    return view


class AnswerBox(QGroupBox):
    def __init__(self) -> None:
        super().__init__(translate("ConsolePanel", "Answer"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._status_row())
        self.billing_label = hint_label("consoleBillingLabel", narrow=True)
        self.billing_label.setVisible(False)
        layout.addWidget(self.billing_label)
        layout.addLayout(self._snippet_row())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("consoleAnswerTabs")
        self.tree_view = QTreeWidget()
        self.tree_view.setObjectName("consoleResponseTree")
        self.tree_view.setHeaderLabels([translate("ConsolePanel", "Name"), translate("ConsolePanel", "Value")])
        self.tree_view.setAccessibleName(translate("ConsolePanel", "Answer as a tree"))
        self.response_view = json_view("consoleResponseView")
        self.response_view.setAccessibleName(translate("ConsolePanel", "Answer body"))
        self.headers_view = _text_view("consoleHeadersView", translate("ConsolePanel", "Answer headers"))
        self.tabs.addTab(self.tree_view, translate("ConsolePanel", "&Tree"))
        self.tabs.addTab(self.response_view, translate("ConsolePanel", "&Raw"))
        self.tabs.addTab(self.headers_view, translate("ConsolePanel", "He&aders"))
        self.history_view = _text_view("consoleHistory", translate("ConsolePanel", "This session's calls"))
        self.history_view.setPlaceholderText(
            translate("ConsolePanel", "This session's calls (addresses redacted like the request log)")
        )
        self.tabs.addTab(self.history_view, translate("ConsolePanel", "This session's ca&lls"))
        self.tabs.setMinimumHeight(160)  # the answer gets the room
        layout.addWidget(self.tabs, 1)

    def _status_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)  # the status and the rate limit read as two facts
        self.status_label = plain_label("", "consoleStatusLabel")
        self.rate_label = plain_label("", "consoleRateLimitLabel")
        self.next_page_button = push_button(translate("ConsolePanel", "&Next page"), "consoleNextPageButton")
        self.next_page_button.setToolTip(translate("ConsolePanel", "Send the same call for the page after this one"))
        self.save_button = push_button(translate("ConsolePanel", "Save response…"), "consoleSaveButton")
        for widget in (self.status_label, self.rate_label):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.next_page_button)
        row.addWidget(self.save_button)
        self.next_page_button.setEnabled(False)
        self.save_button.setEnabled(False)
        return row

    def _snippet_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.snippet_combo = QComboBox()
        self.snippet_combo.setObjectName("consoleSnippetCombo")
        for kind, name in _SNIPPETS.items():
            self.snippet_combo.addItem(translate("ConsolePanel", name), str(kind))
        self.copy_snippet_button = push_button(translate("ConsolePanel", "Cop&y snippet"), "consoleCopySnippetButton")
        self.copy_curl_button = push_button(translate("ConsolePanel", "Copy as curl"), "consoleCopyCurlButton")
        self.reveal_check = with_visible_checks(QCheckBox(translate("ConsolePanel", "with the token in full")))
        row.addWidget(buddy_label(translate("ConsolePanel", "Sn&ippet:"), self.snippet_combo))
        for widget in (self.snippet_combo, self.copy_snippet_button, self.copy_curl_button, self.reveal_check):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def clear(self) -> None:
        """A newly picked call shows no answer until it is sent: never the previous call's."""
        for view in (self.response_view, self.headers_view):
            view.setPlainText("")
        self.tree_view.clear()
        for label in (self.status_label, self.rate_label, self.billing_label):
            label.setText("")
        self.billing_label.setVisible(False)
        self.save_button.setEnabled(False)
        self.next_page_button.setEnabled(False)

    def show(self, answer: ApiAnswer, history: list[str]) -> None:  # type: ignore[override]
        try:
            phrase = HTTPStatus(answer.status).phrase
        except ValueError:
            phrase = ""
        refreshed = translate("ConsolePanel", " · token refreshed first") if answer.refreshed else ""
        size = _size(len(answer.body))
        self.status_label.setText(f"{answer.status} {phrase} · {answer.elapsed_ms:.0f} ms · {size}{refreshed}")
        billed = billing_text(answer.billed)
        heard = f"{answer.status} {phrase}. {answer.explanation.text}".strip()
        announce(self.status_label, heard, assertive=answer.status >= 400)  # heard as the answer arrives
        self.rate_label.setText(answer.rate_limit)
        self.billing_label.setText(billed)
        self.billing_label.setVisible(bool(billed))
        self.headers_view.setPlainText("\n".join(f"{k}: {v}" for k, v in answer.headers.items()))
        note = translate("ConsolePanel", "\n… (cut here; Save response… keeps it all)") if answer.cut else ""
        note += f"\n({answer.note})" if answer.note else ""
        colour = len(answer.pretty) <= COLOUR_LIMIT  # colouring is per line on the GUI thread: small answers only
        self.response_view.highlighter.setDocument(self.response_view.document() if colour else None)  # type: ignore[attr-defined]
        self.response_view.setPlainText(answer.pretty + note)
        self._fill_tree(answer.parsed)
        self.save_button.setEnabled(True)
        self.next_page_button.setEnabled(bool(answer.next_token))
        self.history_view.setPlainText("\n".join(reversed(history[-50:])))

    def save(self, answer: ApiAnswer | None) -> None:
        """The whole body, as received, to a file the user picks."""
        if answer is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, translate("ConsolePanel", "Save response"), str(Path.home() / "response.json")
        )
        if name:
            Path(name).write_bytes(answer.body)

    def start_stream(self) -> None:
        """A stream's text goes to the Raw tab as it comes (the oldest lines go beyond STREAM_LINES)."""
        self.tabs.setCurrentIndex(1)
        self.tabs.setTabEnabled(0, False)
        self.response_view.highlighter.setDocument(None)  # type: ignore[attr-defined]
        self.response_view.setMaximumBlockCount(STREAM_LINES)
        self.status_label.setText(translate("ConsolePanel", "Streaming…"))

    def stream_text(self, text: str) -> None:
        cursor = self.response_view.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText(text.replace("\r\n", "\n"))
        self.response_view.ensureCursorVisible()

    def end_stream(self, status: int, said: str) -> None:
        self.response_view.setMaximumBlockCount(0)
        self.status_label.setText(f"{status} · " + translate("ConsolePanel", "stream ended") if status else "")
        announce(self.status_label, said)

    def _fill_tree(self, value: Any) -> None:
        """The answer as a tree, from the value the worker parsed (never parsed again on the GUI thread)."""
        self.tree_view.clear()
        self.tabs.setTabEnabled(0, isinstance(value, (dict, list)))
        if isinstance(value, (dict, list)):
            budget = [TREE_NODES]
            _add_children(self.tree_view.invisibleRootItem(), value, budget, 0)
            self.tree_view.expandToDepth(1)
            self.tree_view.resizeColumnToContents(0)
        elif self.tabs.currentIndex() == 0:
            self.tabs.setCurrentIndex(1)


def _add_children(parent: QTreeWidgetItem, value: Any, budget: list[int], depth: int) -> None:
    pairs = value.items() if isinstance(value, dict) else enumerate(value)
    for key, child in pairs:
        if budget[0] <= 0 or depth > 60:
            QTreeWidgetItem(parent, ["…", translate("ConsolePanel", "(more in the Raw tab)")])
            return
        budget[0] -= 1
        nested = isinstance(child, (dict, list))
        shown = (f"{{{len(child)}}}" if isinstance(child, dict) else f"[{len(child)}]") if nested else json.dumps(child)
        item = QTreeWidgetItem(parent, [str(key), shown[:500]])
        if nested:
            _add_children(item, child, budget, depth + 1)


def _size(count: int) -> str:
    if count < 1024:
        return translate("ConsolePanel", "{n} bytes").format(n=count)
    if count < 1024 * 1024:
        return translate("ConsolePanel", "{n} KB").format(n=f"{count / 1024:.1f}")
    return translate("ConsolePanel", "{n} MB").format(n=f"{count / 1024 / 1024:.1f}")
