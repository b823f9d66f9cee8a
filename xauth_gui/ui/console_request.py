"""The console's request: a ready call, method and address, the query parameters as a form, the token it is
sent with (and why), the JSON body and extra headers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from xauth_gui.core.api import PRESETS
from xauth_gui.core.media import with_media
from xauth_gui.core.text import translate

from .console_query import QueryForm
from .panel import buddy_label, hint_label, plain_label, push_button

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH")


class RequestBox(QGroupBox):
    def __init__(self) -> None:
        super().__init__(translate("ConsolePanel", "Request"))
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("consolePresetCombo")
        for preset in PRESETS:
            self.preset_combo.addItem(preset.label, preset.id)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("consoleMethodCombo")
        for method in METHODS:
            self.method_combo.addItem(method, method)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("consoleUrlEdit")
        self.send_button = push_button(translate("ConsolePanel", "Send"), "consoleSendButton")
        self.send_button.setToolTip(translate("ConsolePanel", "Send the call (Ctrl+Enter)"))
        self.cancel_button = push_button(translate("ConsolePanel", "Cancel"), "consoleCancelButton")
        self.cancel_button.setEnabled(False)
        self.token_combo = QComboBox()
        self.token_combo.setObjectName("consoleTokenCombo")
        self.token_combo.addItem(translate("ConsolePanel", "the user token (acts as you)"), False)
        self.token_combo.addItem(translate("ConsolePanel", "the app-only token (public data, no user)"), True)
        self.token_note = hint_label("consoleTokenNote", narrow=True)
        self.query_form = QueryForm()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)  # Tab moves on (no Tab trap)
        self.body_edit.setObjectName("consoleBodyEdit")
        self.body_edit.setMaximumHeight(64)
        self.extra_headers = QLineEdit()
        self.extra_headers.setObjectName("consoleHeadersEdit")
        self.extra_headers.setPlaceholderText(translate("ConsolePanel", "Name: value; Name: value"))
        self._lay_out()

    def _lay_out(self) -> None:
        address = QHBoxLayout()
        for widget, stretch in ((self.method_combo, 0), (self.url_edit, 1), (self.send_button, 0),
                                (self.cancel_button, 0)):  # fmt: skip
            address.addWidget(widget, stretch)
        self.method_combo.setAccessibleName(translate("ConsolePanel", "Method"))
        self.url_edit.setAccessibleName(translate("ConsolePanel", "Address"))
        form = QFormLayout()
        form.addRow(buddy_label(translate("ConsolePanel", "&Call:"), self.preset_combo), self.preset_combo)
        form.addRow(buddy_label(translate("ConsolePanel", "&Address:"), self.url_edit), address)
        form.addRow("", self.query_form)
        self.body_side = QVBoxLayout()  # beside the body: the media upload button (console_upload.py)
        body_row = QHBoxLayout()
        body_row.addWidget(self.body_edit, 1)
        body_row.addLayout(self.body_side)
        for edit, text in (
            (self.token_combo, translate("ConsolePanel", "Send &with:")),
            (self.body_edit, translate("ConsolePanel", "&JSON body:")),
            (self.extra_headers, translate("ConsolePanel", "Extra h&eaders:")),
        ):
            edit.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(buddy_label(text, edit), body_row if edit is self.body_edit else edit)
            if edit is self.token_combo:
                form.addRow("", self.token_note)
        self.uploads = QVBoxLayout()  # the upload's progress (console_upload.py), shown while it runs
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addLayout(self.uploads)

    def headers(self) -> dict[str, str]:
        found = {}
        for part in self.extra_headers.text().split(";"):
            name, colon, value = part.partition(":")
            if colon and name.strip():
                found[name.strip()] = value.strip()
        return found

    def attach_media(self, media_id: str) -> None:
        """An uploaded media id into the body, when the request is a post (POST /2/tweets)."""
        posting = self.method_combo.currentData() == "POST" and self.url_edit.text().split("?")[0].endswith("/2/tweets")
        if posting:
            self.body_edit.setPlainText(with_media(self.body_edit.toPlainText(), media_id))


class MessageRow(QWidget):
    """The console's message line (why a call was stopped, what an answer means) and its one fix button."""

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.message = plain_label("", "consoleMessage", narrow=True)
        self.fix_button = push_button("", "consoleFixButton")
        self.fix_button.setVisible(False)
        row.addWidget(self.message, 1)
        row.addWidget(self.fix_button)
