"""The "Try it" console: send a call with the token, see the answer, its rate limit and, when X says no,
why and what to do. A window of its own, one click from the tokens (built when first opened)."""

from __future__ import annotations

import json
from http import HTTPStatus
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from xauth_gui.core.api import BY_ID, PRESETS, Explanation, Fix, curl
from xauth_gui.core.api_catalogue import ApiCall, filled_path, match
from xauth_gui.core.json_preview import json_problem
from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate
from xauth_gui.qt.console import ApiAnswer, ApiConsole, ApiRequest
from xauth_gui.qt.controller import FlowController

from .clipboard import SecureClipboard
from .console_app_only import AppOnlyBox
from .console_catalogue import CatalogueBox, calling_text, required_query
from .json_view import json_view
from .panel import announce, buddy_label, plain_label
from .style import with_visible_checks

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH")
COLOUR_LIMIT = 40_000  # characters; a bigger answer is shown plain so the window never stalls
DEVELOPER_CONSOLE = "https://developer.x.com/en/portal/dashboard"
_FIX_BUTTON = {
    Fix.ADD_SCOPES: QT_TRANSLATE_NOOP("ConsolePanel", "Add these permissions and sign in again"),
    Fix.SIGN_IN: QT_TRANSLATE_NOOP("ConsolePanel", "Sign in again"),
    Fix.CONSOLE: QT_TRANSLATE_NOOP("ConsolePanel", "Open the developer console"),
    Fix.SEND_ANYWAY: QT_TRANSLATE_NOOP("ConsolePanel", "Send anyway"),
}


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


class ConsolePanel(QDialog):
    def __init__(self, parent: QWidget, controller: FlowController, clipboard: SecureClipboard) -> None:
        super().__init__(parent)
        # A window of its own (not a dialog kept above the main window): it can sit beside the tokens.
        self.setWindowFlags(
            Qt.WindowType.Window | Qt.WindowType.WindowMinMaxButtonsHint | Qt.WindowType.WindowCloseButtonHint
        )
        self.setObjectName("consoleDialog")
        self.setWindowTitle(translate("ConsolePanel", "Try it: call the X API with your token"))
        self.resize(1180, 760)
        self.c, self.clipboard = controller, clipboard
        self.engine = ApiConsole(controller)
        self.last: ApiAnswer | None = None
        self.last_post_id = ""
        self._fix = Fix.NONE
        self.catalogue = CatalogueBox()  # every X API call, from X's own description (issue 25)
        self.catalogue.picked.connect(self.choose_call)
        columns = QHBoxLayout(self)
        columns.addWidget(self.catalogue, 1)
        layout = QVBoxLayout()
        columns.addLayout(layout, 3)
        request = QGroupBox(translate("ConsolePanel", "Request"))
        request.setLayout(self._build_request())
        self.url_edit.editingFinished.connect(self._show_entry)  # a typed URL: which call it is
        layout.addWidget(request)
        layout.addWidget(self._build_message())
        layout.addWidget(self._build_answer(), 1)
        self.app_only = AppOnlyBox(controller, self.engine)
        self.api_key_edit, self.api_secret_edit = self.app_only.api_key_edit, self.app_only.api_secret_edit
        self.app_only.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # the answer grows
        layout.addWidget(self.app_only)
        self.engine.answered.connect(self._show_answer)
        self.engine.problem.connect(self._show_problem)
        self.engine.busy_changed.connect(self._busy)
        self.choose_preset(PRESETS[0].id)

    def _build_answer(self) -> QGroupBox:
        """The answer: status and rate limit, then its headers, its body, and this session's calls,
        each under a label of its own."""
        box = QGroupBox(translate("ConsolePanel", "Answer"))
        layout = QVBoxLayout(box)
        layout.addLayout(self._build_status())
        self.response_view = json_view("consoleResponseView")
        self.response_view.setMinimumHeight(160)  # the answer gets the room; headers and history stay short
        self.headers_view = QPlainTextEdit()
        self.headers_view.setTabChangesFocus(True)  # Tab moves on (no Tab trap)
        self.headers_view.setObjectName("consoleHeadersView")
        self.headers_view.setMaximumHeight(80)
        self.history_view = QPlainTextEdit()
        self.history_view.setTabChangesFocus(True)  # Tab moves on (no Tab trap)
        self.history_view.setObjectName("consoleHistory")
        self.history_view.setMaximumHeight(56)
        self.history_view.setPlaceholderText(
            translate("ConsolePanel", "This session's calls (addresses redacted like the request log)")
        )
        for view, text in (
            (self.headers_view, translate("ConsolePanel", "Answer &headers:")),
            (self.response_view, translate("ConsolePanel", "Answer &body:")),
            (self.history_view, translate("ConsolePanel", "This session's ca&lls:")),
        ):
            view.setReadOnly(True)
            view.setAccessibleName(text.replace("&", "").rstrip(":"))
            layout.addWidget(buddy_label(text, view))
            layout.addWidget(view, 1 if view is self.response_view else 0)
        return box

    def _build_request(self) -> QVBoxLayout:
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
        self.send_button = _button(translate("ConsolePanel", "Send"), "consoleSendButton")
        self.cancel_button = _button(translate("ConsolePanel", "Cancel"), "consoleCancelButton")
        self.cancel_button.setEnabled(False)
        self.token_combo = QComboBox()
        self.token_combo.setObjectName("consoleTokenCombo")
        self.token_combo.addItem(translate("ConsolePanel", "the user token (acts as you)"), False)
        self.token_combo.addItem(translate("ConsolePanel", "the app-only token (public data, no user)"), True)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)  # Tab moves on (no Tab trap)
        self.body_edit.setObjectName("consoleBodyEdit")
        self.body_edit.setMaximumHeight(64)
        self.extra_headers = QLineEdit()
        self.extra_headers.setObjectName("consoleHeadersEdit")
        self.extra_headers.setPlaceholderText(translate("ConsolePanel", "Name: value; Name: value"))
        address = QHBoxLayout()
        for widget, stretch in ((self.method_combo, 0), (self.url_edit, 1), (self.send_button, 0),
                                (self.cancel_button, 0)):  # fmt: skip
            address.addWidget(widget, stretch)
        self.method_combo.setAccessibleName(translate("ConsolePanel", "Method"))
        self.url_edit.setAccessibleName(translate("ConsolePanel", "Address"))
        form = QFormLayout()
        form.addRow(buddy_label(translate("ConsolePanel", "&Call:"), self.preset_combo), self.preset_combo)
        form.addRow(buddy_label(translate("ConsolePanel", "&Address:"), self.url_edit), address)
        for edit, text in (
            (self.token_combo, translate("ConsolePanel", "Send &with:")),
            (self.body_edit, translate("ConsolePanel", "&JSON body:")),
            (self.extra_headers, translate("ConsolePanel", "Extra h&eaders:")),
        ):
            edit.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(buddy_label(text, edit), edit)
        outer = QVBoxLayout()
        outer.addLayout(form)
        self.preset_combo.activated.connect(lambda i: self.choose_preset(self.preset_combo.itemData(i)))
        self._wire_send()
        self.cancel_button.clicked.connect(self.engine.cancel)
        return outer

    def _wire_send(self) -> None:
        """The button, Enter in the address, and Ctrl+Enter from any field (as in other API tools)."""
        self.send_button.clicked.connect(self.send)
        self.url_edit.returnPressed.connect(self.send)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.send)
        self.send_button.setToolTip(translate("ConsolePanel", "Send the call (Ctrl+Enter)"))

    def _build_message(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.message = plain_label("", "consoleMessage", narrow=True)
        self.fix_button = _button("", "consoleFixButton")
        self.fix_button.setVisible(False)
        self.fix_button.clicked.connect(self._apply_fix)
        row.addWidget(self.message, 1)
        row.addWidget(self.fix_button)
        return box

    def _build_status(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status_label = plain_label("", "consoleStatusLabel")
        self.rate_label = plain_label("", "consoleRateLimitLabel")
        self.copy_curl_button = _button(translate("ConsolePanel", "Copy as curl"), "consoleCopyCurlButton")
        self.reveal_check = with_visible_checks(QCheckBox(translate("ConsolePanel", "with the token in full")))
        self.save_button = _button(translate("ConsolePanel", "Save response…"), "consoleSaveButton")
        self.save_button.setEnabled(False)
        row.addWidget(self.status_label)
        row.addWidget(self.rate_label)
        row.addStretch(1)
        row.addWidget(self.copy_curl_button)
        row.addWidget(self.reveal_check)
        row.addWidget(self.save_button)
        self.copy_curl_button.clicked.connect(self.copy_curl)
        self.save_button.clicked.connect(self._save)
        return row

    # --- requests ---------------------------------------------------------------------------------------------
    def choose_preset(self, preset_id: str) -> None:
        preset = BY_ID[preset_id]
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(preset_id)))
        self.method_combo.setCurrentIndex(self.method_combo.findData(preset.method))
        # Values a server returned go into the path percent-encoded: an id of "../x" stays one segment.
        me = quote(self.c.user.id, safe="") if self.c.user and self.c.user.id else "{me}"
        post = quote(self.last_post_id, safe="") or "{id}"
        path = preset.path.replace("{me}", me).replace("{id}", post)
        self.url_edit.setText(self.engine.api_base() + path + (f"?{preset.query}" if preset.query else ""))
        body = (
            json.dumps(preset.body).replace("{id}", json.dumps(self.last_post_id)[1:-1] or "{id}")
            if preset.body
            else ""
        )
        self.body_edit.setPlainText(body)
        self._clear_answer()
        self._say(Explanation(""))

    def choose_call(self, call: ApiCall) -> None:
        """A catalogue entry: its method, its URL for this user (and last post), its body template."""
        me = self.c.user.id if self.c.user and self.c.user.id else ""
        path = filled_path(call, me, self.last_post_id)
        favourite = next((p.id for p in PRESETS if match((call,), p.method, p.path.replace("{me}", "me"))), None)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(favourite))  # -1: none of the ready calls
        self.method_combo.setCurrentIndex(self.method_combo.findData(call.method))
        self.url_edit.setText(self.engine.api_base() + path + required_query(call))
        self.body_edit.setPlainText(call.body)
        self._clear_answer()
        self._say(Explanation(calling_text(call)))

    def _show_entry(self) -> None:
        self.catalogue.select(match(self.catalogue.calls, self.method_combo.currentData(), self.url_edit.text()))

    def _clear_answer(self) -> None:
        """A newly picked call shows no answer until it is sent: never the previous call's."""
        self.last = None
        for view in (self.response_view, self.headers_view):
            view.setPlainText("")
        self.status_label.setText("")
        self.rate_label.setText("")
        self.save_button.setEnabled(False)

    def request(self) -> ApiRequest:
        headers = {}
        for part in self.extra_headers.text().split(";"):
            name, colon, value = part.partition(":")
            if colon and name.strip():
                headers[name.strip()] = value.strip()
        preset, method, url = (
            self.preset_combo.currentData() or "",
            self.method_combo.currentData(),
            self.url_edit.text(),
        )
        same = bool(preset) and method == BY_ID[preset].method
        call = match(self.catalogue.calls, method, url)  # typed, pasted or picked: its catalogue entry
        return ApiRequest(method, url.strip(), self.body_edit.toPlainText().strip(), headers, preset if same else "",
                          bool(self.token_combo.currentData()), call.user_scopes if call else None)  # fmt: skip

    def send(self, *, anyway: bool = False) -> None:
        if not self.send_button.isEnabled():
            return  # a call is on its way (the keys send too, not only the button)
        request = self.request()
        problem = "" if anyway else json_problem(request.body)
        if problem:
            self._say(Explanation(problem, Fix.SEND_ANYWAY))
            return
        self.status_label.setText("")
        self.engine.send(request)

    def copy_curl(self) -> None:
        r, t = self.request(), self.c.tokens
        token = self.engine.app_token if r.app_only else (t.access_token if t else "")
        self.clipboard.copy_secret(curl(r.method, r.url, r.headers, r.body, token, self.reveal_check.isChecked()))

    # --- answers ----------------------------------------------------------------------------------------------
    def _show_answer(self, answer: ApiAnswer) -> None:
        self.last = answer
        try:
            phrase = HTTPStatus(answer.status).phrase
        except ValueError:
            phrase = ""
        refreshed = translate("ConsolePanel", " · token refreshed first") if answer.refreshed else ""
        self.status_label.setText(f"{answer.status} {phrase} · {answer.elapsed_ms:.0f} ms{refreshed}")
        heard = f"{answer.status} {phrase}. {answer.explanation.text}".strip()
        announce(self.status_label, heard, assertive=answer.status >= 400)  # heard as the answer arrives
        self.rate_label.setText(answer.rate_limit)
        self.headers_view.setPlainText("\n".join(f"{k}: {v}" for k, v in answer.headers.items()))
        note = translate("ConsolePanel", "\n… (cut here; Save response… keeps it all)") if answer.cut else ""
        note += f"\n({answer.note})" if answer.note else ""
        colour = len(answer.pretty) <= COLOUR_LIMIT  # colouring is per line on the GUI thread: small answers only
        self.response_view.highlighter.setDocument(self.response_view.document() if colour else None)  # type: ignore[attr-defined]
        self.response_view.setPlainText(answer.pretty + note)
        self.save_button.setEnabled(True)
        self.history_view.setPlainText("\n".join(reversed(self.engine.history[-50:])))
        if answer.request.method == "POST" and answer.data_id:
            self.last_post_id = answer.data_id
        self._say(answer.explanation)

    def _show_problem(self, explanation: Explanation) -> None:
        self._say(explanation)
        announce(self.message, explanation.text, assertive=True)

    def _say(self, explanation: Explanation) -> None:
        self.message.setText(explanation.text)
        self._fix = explanation.fix
        self.fix_button.setText(translate("ConsolePanel", _FIX_BUTTON.get(explanation.fix, "")))
        self.fix_button.setVisible(explanation.fix in _FIX_BUTTON)

    def _apply_fix(self) -> None:
        if self._fix is Fix.SEND_ANYWAY:
            self.send(anyway=True)
            return
        if self._fix is Fix.CONSOLE:
            self.c.open_url(DEVELOPER_CONSOLE)
            return
        if self._fix is Fix.ADD_SCOPES:
            preset = self.preset_combo.currentData()
            wanted = self.request().needs or (BY_ID[preset].scopes if preset else ())
            scopes = tuple(dict.fromkeys((*self.c.profile.scopes, *wanted)))
            from dataclasses import replace

            self.c.update_profile(replace(self.c.profile, scopes=scopes))
            self.c.form_reset.emit()
        self.c.start_login()

    def _busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _save(self) -> None:
        if self.last is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, translate("ConsolePanel", "Save response"), str(Path.home() / "response.json")
        )
        if name:
            Path(name).write_bytes(self.last.body)
