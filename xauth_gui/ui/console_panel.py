"""The "Try it" console: find any X API call, send it with the right token, see the answer, its rate limit,
what it bills for and, when X says no, why and what to do. A window of its own, one click from the tokens
(built when first opened). The request and the answer are boxes of their own (console_request.py,
console_answer.py); this wires them to the engine (qt/console.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from urllib.parse import quote

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from xauth_gui.core.api import BY_ID, PRESETS, Explanation, Fix
from xauth_gui.core.api_catalogue import ApiCall, TokenKind, filled_path, match, next_page, token_for, with_query
from xauth_gui.core.json_preview import json_problem
from xauth_gui.core.media import SCOPE as MEDIA_SCOPE
from xauth_gui.core.snippets import Snippet, snippet
from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate
from xauth_gui.qt.console import ApiAnswer, ApiConsole, ApiRequest
from xauth_gui.qt.console_media import MediaUpload
from xauth_gui.qt.console_stream import ApiStream, StreamEnded
from xauth_gui.qt.controller import FlowController

from .clipboard import SecureClipboard
from .console_answer import AnswerBox
from .console_app_only import AppOnlyBox
from .console_catalogue import CatalogueBox, calling_text, required_query, token_reason
from .console_request import MessageRow, RequestBox
from .console_upload import UploadRow
from .panel import announce
from .widgets import enter_presses_buttons

DEVELOPER_CONSOLE = "https://developer.x.com/en/portal/dashboard"
_FIX_BUTTON = {
    Fix.ADD_SCOPES: QT_TRANSLATE_NOOP("ConsolePanel", "Add these permissions and sign in again"),
    Fix.SIGN_IN: QT_TRANSLATE_NOOP("ConsolePanel", "Sign in again"),
    Fix.CONSOLE: QT_TRANSLATE_NOOP("ConsolePanel", "Open the developer console"),
    Fix.SEND_ANYWAY: QT_TRANSLATE_NOOP("ConsolePanel", "Send anyway"),
    Fix.APP_TOKEN: QT_TRANSLATE_NOOP("ConsolePanel", "Get app-only token"),
    Fix.USER_TOKEN: QT_TRANSLATE_NOOP("ConsolePanel", "Send with the user token"),
}


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
        enter_presses_buttons(self)
        self.c, self.clipboard = controller, clipboard
        self.engine = ApiConsole(controller)
        self.last: ApiAnswer | None = None
        self.last_post_id = ""
        self._fix = Fix.NONE
        self.catalogue = CatalogueBox()  # every X API call, from X's own description (issue 25)
        self.catalogue.picked.connect(self.choose_call)
        self.catalogue.picked_preset.connect(self.choose_preset)
        self.request_box, self.answer_box = RequestBox(), AnswerBox()
        self.media_upload = MediaUpload(controller, self.engine.api_base)
        self.streamer = ApiStream(self.engine)
        self.uploads = UploadRow(self.media_upload, lambda: self.c.tokens.scopes if self.c.tokens else ())
        self.request_box.uploads.addWidget(self.uploads)
        self.request_box.body_side.addWidget(self.uploads.upload_button)
        self.request_box.body_side.addStretch(1)
        self.pending_media = ""  # an uploaded media id, for the next post's body
        self._add_scopes: tuple[str, ...] = ()  # what "Add these permissions" adds when no call says it
        self.app_only = AppOnlyBox(controller, self.engine)
        self._alias_parts()
        self._lay_out()
        self._wire()
        self.choose_preset(PRESETS[0].id)

    def _lay_out(self) -> None:
        """The catalogue on the left; the request, the message line, the answer and the app-only token."""
        columns = QHBoxLayout(self)
        columns.addWidget(self.catalogue, 1)
        layout = QVBoxLayout()
        columns.addLayout(layout, 3)
        layout.addWidget(self.request_box)
        message_row = MessageRow()
        self.message, self.fix_button = message_row.message, message_row.fix_button
        self.fix_button.clicked.connect(self._apply_fix)
        layout.addWidget(message_row)
        layout.addWidget(self.answer_box, 1)
        self.app_only.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # the answer grows
        layout.addWidget(self.app_only)

    def _alias_parts(self) -> None:
        """The parts other code and tests reach by name."""
        r, a = self.request_box, self.answer_box
        self.preset_combo, self.method_combo, self.url_edit = r.preset_combo, r.method_combo, r.url_edit
        self.send_button, self.cancel_button, self.token_combo = r.send_button, r.cancel_button, r.token_combo
        self.body_edit, self.extra_headers, self.query_form = r.body_edit, r.extra_headers, r.query_form
        self.status_label, self.rate_label, self.response_view = a.status_label, a.rate_label, a.response_view
        self.headers_view, self.history_view, self.save_button = a.headers_view, a.history_view, a.save_button
        self.copy_curl_button, self.reveal_check = a.copy_curl_button, a.reveal_check
        self.api_key_edit, self.api_secret_edit = self.app_only.api_key_edit, self.app_only.api_secret_edit

    def _wire(self) -> None:
        """The button, Enter in the address, and Ctrl+Enter from any field send (as in other API tools)."""
        r, a = self.request_box, self.answer_box
        r.preset_combo.activated.connect(lambda i: self.choose_preset(r.preset_combo.itemData(i)))
        r.send_button.clicked.connect(self.send)
        r.url_edit.returnPressed.connect(self.send)
        r.url_edit.editingFinished.connect(self._show_entry)  # a typed URL: which call it is
        r.cancel_button.clicked.connect(lambda: self.streamer.stop() if self.streamer.running else self.engine.cancel())
        r.query_form.edited.connect(lambda values: r.url_edit.setText(with_query(r.url_edit.text(), values)))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.send)
        a.copy_curl_button.clicked.connect(lambda: self.copy_snippet(Snippet.CURL))
        a.copy_snippet_button.clicked.connect(lambda: self.copy_snippet(Snippet(a.snippet_combo.currentData())))
        a.next_page_button.clicked.connect(self.next_page)
        a.save_button.clicked.connect(lambda: self.answer_box.save(self.last))
        self.uploads.said.connect(lambda text, _problem: self._show_problem(Explanation(text)))
        self.uploads.wants_scope.connect(self._offer_media_scope)
        self.uploads.uploaded.connect(self._attach)
        self.streamer.data.connect(self.answer_box.stream_text)
        self.streamer.ended.connect(self._stream_ended)
        self.engine.answered.connect(self._show_answer)
        self.engine.problem.connect(self._show_problem)
        self.engine.busy_changed.connect(self._busy)

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
        self._after_pick(match(self.catalogue.calls, preset.method, self.url_edit.text()) if self.isVisible() else None)
        self._attach(self.pending_media)
        self._say(Explanation(""))

    def choose_call(self, call: ApiCall) -> None:
        """A catalogue entry: its method, its URL for this user (and last post), its body template, the token
        it takes."""
        me = self.c.user.id if self.c.user and self.c.user.id else ""
        path = filled_path(call, me, self.last_post_id)
        favourite = next((p.id for p in PRESETS if match((call,), p.method, p.path.replace("{me}", "me"))), None)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(favourite))  # -1: none of the ready calls
        self.method_combo.setCurrentIndex(self.method_combo.findData(call.method))
        self.url_edit.setText(self.engine.api_base() + path + required_query(call))
        self.body_edit.setPlainText(call.body)
        self._after_pick(call)
        self._attach(self.pending_media)
        said = calling_text(call)
        self._say(Explanation(said))
        announce(self.message, said)  # what was picked and the token it takes, heard as it is filled

    def _after_pick(self, call: ApiCall | None) -> None:
        """The query form, the token the call takes (said why), and no answer until it is sent."""
        self.query_form.show_for(call, self.url_edit.text())
        kind = token_for(call) if call else TokenKind.USER
        self.token_combo.setCurrentIndex(1 if kind is TokenKind.APP else 0)
        self.request_box.token_note.setText(token_reason(call) if call else "")
        self.request_box.token_note.setVisible(call is not None)
        self.last = None
        self.answer_box.clear()

    def _attach(self, media_id: str) -> None:
        """An uploaded media id goes into the body of the post being written (now, or when one is picked)."""
        self.pending_media = media_id
        if media_id:
            self.request_box.attach_media(media_id)

    def _offer_media_scope(self) -> None:
        self._add_scopes = (MEDIA_SCOPE,)
        self._say(Explanation(self.message.text(), Fix.ADD_SCOPES))

    def _show_entry(self) -> None:
        call = match(self.catalogue.calls, self.method_combo.currentData(), self.url_edit.text())
        self.catalogue.select(call)
        if self.query_form.fields and call is not None:
            self.query_form.follow(self.url_edit.text())
        else:
            self.query_form.show_for(call, self.url_edit.text())

    def request(self) -> ApiRequest:
        preset, method, url = (
            self.preset_combo.currentData() or "",
            self.method_combo.currentData(),
            self.url_edit.text(),
        )
        same = bool(preset) and method == BY_ID[preset].method
        call = match(self.catalogue.calls, method, url)  # typed, pasted or picked: its catalogue entry
        app_only = bool(self.token_combo.currentData())
        return ApiRequest(method, url.strip(), self.body_edit.toPlainText().strip(), self.request_box.headers(),
                          preset if same else "", app_only, call.user_scopes if call and not app_only else None,
                          call.returns if call else "")  # fmt: skip

    def send(self, *, anyway: bool = False) -> None:
        if not self.send_button.isEnabled():
            return  # a call is on its way (the keys send too, not only the button)
        request = self.request()
        problem = "" if anyway else json_problem(request.body)
        if problem:
            self._say(Explanation(problem, Fix.SEND_ANYWAY))
            return
        self.status_label.setText("")
        call = match(self.catalogue.calls, request.method, request.url)
        if call is not None and call.stream:
            self._start_stream(request)
        else:
            self.engine.send(request)

    def _start_stream(self, request: ApiRequest) -> None:
        self.last = None
        self.answer_box.clear()
        self.streamer.start(request)
        if self.streamer.running:
            self.cancel_button.setText(translate("ConsolePanel", "Stop"))
            self.answer_box.start_stream()
            self._say(
                Explanation(translate("ConsolePanel", "Streaming: posts appear as they come. Press Stop to end."))
            )

    def _stream_ended(self, ended: StreamEnded) -> None:
        self.cancel_button.setText(translate("ConsolePanel", "Cancel"))
        self.answer_box.end_stream(ended.status, ended.explanation.text)
        self._say(ended.explanation)

    def next_page(self) -> None:
        """The same call for the page after the shown one (the page token goes into the call's own parameter)."""
        if self.last is None:
            return
        call = match(self.catalogue.calls, self.last.request.method, self.last.request.url)
        url = next_page(call, self.last.request.url, self.last.next_token)
        if url:
            self.url_edit.setText(url)
            self.query_form.follow(url)
            self.send()

    def copy_snippet(self, kind: Snippet) -> None:
        r, t = self.request(), self.c.tokens
        token = self.engine.app_token if r.app_only else (t.access_token if t else "")
        shown = snippet(kind, r.method, r.url, r.headers, r.body, token, self.reveal_check.isChecked())
        self.clipboard.copy_secret(shown)

    # --- answers ----------------------------------------------------------------------------------------------
    def _show_answer(self, answer: ApiAnswer) -> None:
        self.last = answer
        self.answer_box.show(answer, self.engine.history)
        if answer.request.method == "POST" and answer.data_id:
            self.last_post_id = answer.data_id
            if self.pending_media and self.pending_media in answer.request.body:
                self.pending_media = ""  # posted: the next post starts without it
        self._say(answer.explanation)

    def _show_problem(self, explanation: Explanation) -> None:
        self._say(explanation)
        announce(self.message, explanation.text, assertive=True)

    def _say(self, explanation: Explanation) -> None:
        self._add_scopes = () if explanation.fix is not Fix.ADD_SCOPES else self._add_scopes
        self.message.setText(explanation.text)
        self._fix = explanation.fix
        self.fix_button.setText(translate("ConsolePanel", _FIX_BUTTON.get(explanation.fix, "")))
        self.fix_button.setVisible(explanation.fix in _FIX_BUTTON)

    def _apply_fix(self) -> None:
        if self._fix is Fix.SEND_ANYWAY:
            self.send(anyway=True)
        elif self._fix is Fix.CONSOLE:
            self.c.open_url(DEVELOPER_CONSOLE)
        elif self._fix is Fix.USER_TOKEN:
            self.token_combo.setCurrentIndex(0)
            self.send()
        elif self._fix is Fix.APP_TOKEN:
            self.app_only.get_or_ask()
        else:
            if self._fix is Fix.ADD_SCOPES:
                preset = self.preset_combo.currentData()
                wanted = self._add_scopes or self.request().needs or (BY_ID[preset].scopes if preset else ())
                scopes = tuple(dict.fromkeys((*self.c.profile.scopes, *wanted)))
                self.c.update_profile(replace(self.c.profile, scopes=scopes))
                self.c.form_reset.emit()
            self.c.start_login()

    def _busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
