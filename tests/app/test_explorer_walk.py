"""Every non-streaming call of X's description, walked through the console against the sandbox (issue 25,
item 7): found by its operationId in the catalogue search, picked, its remaining path and required query
parameters filled like a user would, sent with the token the console chose, and the answer validated
against the response schema of X's OpenAPI description with `jsonschema` (a maintained validator)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from tests.app.test_console import console, get_app_token, sign_in
from tests.app.test_explorer import pick
from tests.support.app_window import child, click
from tests.support.browser import ScriptedBrowser
from xauth_gui.core.api_catalogue import ApiCall, Param, TokenKind, token_for
from xauth_gui.ui.main_window import MainWindow

SPEC = json.loads((Path(__file__).resolve().parents[2] / "specs" / "x-api" / "openapi.json").read_text("utf-8"))
WAIT = 15_000
PLACEHOLDER = re.compile(r"\{([^}]+)\}")
# Bodies the sandbox's real semantics need (a post needs its text); every other call takes its template.
BODIES = {"createPosts": {"text": "A post from the walk"}, "createDirectMessagesByParticipantId": {"text": "Hi"},
          "likePost": {"tweet_id": "1234567890"},
          "initializeMediaUpload": {"media_type": "image/png", "total_bytes": 7, "media_category": "tweet_image"},
          "appendMediaUpload": {"media": "c2FuZGJveA==", "segment_index": 0}}  # fmt: skip
# The chunked upload is real in the sandbox: its steps are walked in their order, on one upload.
UPLOAD = ("initializeMediaUpload", "appendMediaUpload", "finalizeMediaUpload", "getMediaUploadStatus")


def _operations() -> dict[str, tuple[str, dict[str, Any]]]:
    return {op["operationId"]: (method, op) for item in SPEC["paths"].values() for method, op in item.items()
            if isinstance(op, dict) and "operationId" in op}  # fmt: skip


def _value(param: Param | None, known: dict[str, str]) -> str:
    if param is None:
        return "1234567890"
    return known.get(param.name) or param.example or (param.values[0] if param.values else "1234567890")


def _fill(panel: Any, call: ApiCall, known: dict[str, str]) -> None:
    """What a user types: the path parameters the console could not fill, the required query values."""
    params = {p.name: p for p in call.params}
    url = child(panel, QLineEdit, "consoleUrlEdit")
    url.setText(PLACEHOLDER.sub(lambda m: _value(params.get(m.group(1)), known), url.text()))
    url.editingFinished.emit()
    for param in call.query:
        field = panel.query_form.fields[param.name]
        if (param.required and not field.text()) or PLACEHOLDER.search(field.text()):
            field.setText(_value(param, known))
            field.textEdited.emit(field.text())
    if call.id in BODIES:
        child(panel, QPlainTextEdit, "consoleBodyEdit").setPlainText(json.dumps(BODIES[call.id]))


def _validate(op: dict[str, Any], status: int, headers: dict[str, str], body: bytes) -> None:
    documented = op["responses"].get(str(status))
    assert documented is not None, f"{op['operationId']}: {status} is not a documented answer: {body[:300]!r}"
    content = documented["content"]
    if "application/octet-stream" in content:
        assert headers["content-type"] == "application/octet-stream" and body
        return
    schema = {**content["application/json"]["schema"], "components": SPEC["components"]}
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())  # OpenAPI 3.0
    errors = sorted(validator.iter_errors(json.loads(body)), key=lambda e: list(e.path))
    assert not errors, f"{op['operationId']}: {errors[0].message} at {list(errors[0].path)}"


@pytest.mark.timeout(600)
def test_every_catalogued_call_answers_schema_valid_through_the_console(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    calls = window.console.catalogue.calls
    scopes = sorted({s for c in calls for s in (c.user_scopes or ())} | {"offline.access"})
    sign_in(qtbot, window, tuple(scopes))
    panel = console(window)
    get_app_token(qtbot, window)
    operations, status = _operations(), child(window, QLabel, "consoleStatusLabel")
    walked, oauth1_only, known = [], [], {}
    in_order = sorted((c for c in calls if not c.stream), key=lambda c: UPLOAD.index(c.id) if c.id in UPLOAD else -1)
    for call in in_order:
        pick(window, call.id, call.id)
        if token_for(call) is TokenKind.NONE:
            oauth1_only.append(call.id)  # said before sending: this app makes no OAuth 1.0a tokens
            assert "OAuth 1.0a" in panel.request_box.token_note.text()
            continue
        want_app = token_for(call) is TokenKind.APP
        assert child(window, QComboBox, "consoleTokenCombo").currentData() is want_app, call.id
        _fill(panel, call, known)
        click(window, "consoleSendButton")
        qtbot.waitUntil(lambda: status.text() != "", timeout=WAIT)
        answer = panel.last
        assert answer is not None and answer.request.app_only is want_app, (call.id, panel.message.text())
        _validate(operations[call.id][1], answer.status, answer.headers, answer.body)
        walked.append(call.id)
        if call.id == "initializeMediaUpload":  # the upload's id, for its next steps
            known["id"] = known["media_id"] = json.loads(answer.body)["data"]["id"]
    print(f"\nschema-valid answers: {len(walked)} of {len(walked) + len(oauth1_only)} non-streaming operations"
          f" (OAuth 1.0a only, not sendable with this app's tokens: {oauth1_only})")  # fmt: skip
    assert len(walked) >= 150 and oauth1_only == ["getOpenApiSpec"]
