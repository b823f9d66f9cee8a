"""Media upload from the console (issue 25, item 6): X's chunked upload against the sandbox, with its
progress, processing, Cancel and the scope check; the media id lands in the next post's body."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QProgressBar, QPushButton

from tests.app.test_console import WRITE_SCOPES, console, message, send, sign_in
from tests.app.test_explorer import pick
from tests.support.app_window import child
from tests.support.browser import ScriptedBrowser
from xauth_gui.core.media import CHUNK_BYTES
from xauth_gui.ui.main_window import MainWindow

WAIT = 15_000
MEDIA_SCOPES = (*WRITE_SCOPES, "media.write")


def _file(folder: Path, name: str, size: int) -> Path:
    path = folder / name
    path.write_bytes(os.urandom(size))
    return path


def _upload_calls(w: MainWindow) -> list[str]:
    """The upload calls the sandbox received (method and path)."""
    assert w.sandbox_host is not None and w.sandbox_host.sandbox is not None
    return [f"{r.method} {r.path}" for r in list(w.sandbox_host.sandbox.requests) if "/2/media/upload" in r.path]


def test_an_image_uploads_in_chunks_and_goes_into_the_next_post(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, tmp_path: Path
) -> None:
    sign_in(qtbot, window, MEDIA_SCOPES)
    panel = console(window)
    seen: list[int] = []
    panel.media_upload.progress.connect(lambda percent, _what: seen.append(percent))
    image = _file(tmp_path, "photo.png", 2 * CHUNK_BYTES + 1234)  # three chunks
    panel.uploads.upload(image)
    bar = child(window, QProgressBar, "consoleUploadProgress")
    assert bar.isVisible() and not child(window, QPushButton, "consoleUploadButton").isEnabled()
    with qtbot.waitSignal(panel.media_upload.finished, timeout=WAIT) as done:
        pass
    media_id = done.args[0]
    assert seen == sorted(seen) and seen[-1] == 100 and bar.value() == 100 and len(set(seen)) >= 5
    assert media_id in child(window, QLabel, "consoleUploadState").text()
    pick(window, "create posts", "createPosts")  # the next post carries it
    body = json.loads(child(window, QPlainTextEdit, "consoleBodyEdit").toPlainText())
    assert body["media"] == {"media_ids": [media_id]}
    body["text"] = "A picture from the console"
    child(window, QPlainTextEdit, "consoleBodyEdit").setPlainText(json.dumps(body))
    assert send(qtbot, window).startswith("201")
    assert window.console.last is not None and f"3_{media_id}" in window.console.last.body.decode()
    assert not panel.pending_media


def test_a_video_is_processed_before_it_is_ready(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, tmp_path: Path
) -> None:
    sign_in(qtbot, window, MEDIA_SCOPES)
    panel = console(window)
    pick(window, "create posts", "createPosts")
    said: list[str] = []
    panel.media_upload.progress.connect(lambda _percent, what: said.append(what))
    panel.uploads.upload(_file(tmp_path, "clip.mp4", 5000))
    with qtbot.waitSignal(panel.media_upload.finished, timeout=WAIT) as done:
        pass
    assert any("processing" in s for s in said)
    assert _upload_calls(window).count("GET /2/media/upload") == 2  # pending, in progress, then succeeded
    body = json.loads(child(window, QPlainTextEdit, "consoleBodyEdit").toPlainText())  # the post shown: now
    assert body["media"]["media_ids"] == [done.args[0]]


def test_cancel_stops_before_the_next_chunk(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, tmp_path: Path
) -> None:
    sign_in(qtbot, window, MEDIA_SCOPES)
    panel = console(window)
    cancel = child(window, QPushButton, "consoleUploadCancelButton")

    def on_progress(percent: int, _what: str) -> None:
        if 5 < percent < 95 and cancel.isVisible():
            cancel.click()  # the first chunk went; the second never starts

    panel.media_upload.progress.connect(on_progress)
    panel.uploads.upload(_file(tmp_path, "big.jpg", 4 * CHUNK_BYTES))
    qtbot.waitUntil(lambda: "cancelled" in message(window), timeout=WAIT)
    qtbot.waitUntil(lambda: window.controller.net.in_flight == 0, timeout=WAIT)
    calls = _upload_calls(window)
    assert sum("/append" in c for c in calls) == 1 and not any("/finalize" in c for c in calls), calls
    assert not cancel.isVisible() and child(window, QPushButton, "consoleUploadButton").isEnabled()


def test_without_media_write_nothing_is_sent_and_the_fix_is_offered(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, tmp_path: Path
) -> None:
    sign_in(qtbot, window)
    panel = console(window)
    panel.uploads.upload(_file(tmp_path, "photo.png", 100))
    fix = child(window, QPushButton, "consoleFixButton")
    assert "media.write" in message(window) and fix.isVisible() and fix.text().startswith("Add these permissions")
    assert _upload_calls(window) == [] and not child(window, QProgressBar, "consoleUploadProgress").isVisible()
    assert panel.uploads.engine.busy is False
    fix.click()  # the scope is added and the login runs again (the scripted browser approves)
    c = window.controller
    qtbot.waitUntil(lambda: not c.busy and c.tokens is not None and "media.write" in c.tokens.scopes, timeout=WAIT)
    assert "media.write" in c.profile.scopes
