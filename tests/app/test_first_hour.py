"""The first hour, round two (issue 22): the rough edges a newcomer hit, each as a class."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton

from tests.app.test_console import sign_in
from tests.support.app_window import child
from tests.support.browser import ScriptedBrowser
from xauth_gui.core.json_preview import body_text
from xauth_gui.ui.main_window import MainWindow

WAIT = 15_000


# --- item 4: binary bodies in the request log -------------------------------------------------------------
def test_the_request_log_shows_an_image_as_a_note_not_its_bytes(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window)
    log = window.request_log
    qtbot.waitUntil(lambda: any("/avatar.png  ->" in line for line in log.lines), timeout=WAIT)
    avatar = next(line for line in log.lines if line.split("\n")[0].split("  ->")[0].endswith("/avatar.png"))
    assert "PNG image, " in avatar and " bytes)" in avatar
    child(window, QAbstractButton, "requestLogToggle").setChecked(True)
    for text in ("\n".join(log.lines), log.ensure_built().toPlainText()):
        assert "\x00" not in text and "\ufffd" not in text and "IHDR" not in text
    copy = next(b for b in log.findChildren(QAbstractButton) if b.accessibleName() == "Copy request log")
    copy.click()
    assert "PNG image, " in QGuiApplication.clipboard().text() and "\x00" not in QGuiApplication.clipboard().text()


def test_any_binary_body_is_a_note() -> None:
    assert body_text(b"GIF89a" + bytes(range(256)), "") == "(GIF image, 262 bytes)"
    assert body_text(b"\x00\x01binary", "application/octet-stream") == "(binary data, 8 bytes)"
    assert body_text(b"\xff\xd8\xff\xe0" + b"x" * 10, "image/jpeg", 5000) == "(JPEG image, 5000 bytes)"
    assert body_text(b"ID3\x04", "audio/mpeg") == "(audio/mpeg data, 4 bytes)"
    assert body_text('{"name": "Zoë"}'.encode(), "application/json") == '{"name": "Zoë"}'
    assert body_text(b"", "") == ""
