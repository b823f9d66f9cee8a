"""Streaming calls in the console (issue 25, item 3): lines shown as they arrive until Stop, and a stream
that stops itself at its bound and says so. Against the sandbox's stream (a few posts, then keep-alives)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

from tests.app.test_console import console, get_app_token, message, sign_in
from tests.app.test_explorer import pick
from tests.support.app_window import child, click
from tests.support.browser import ScriptedBrowser
from xauth_gui.ui.main_window import MainWindow

WAIT = 15_000


def _stream_ready(qtbot: Any, w: MainWindow) -> Any:
    sign_in(qtbot, w)
    panel = console(w)
    get_app_token(qtbot, w)
    pick(w, "stream posts sample", "streamPostsSample")
    assert "stream" in message(w).lower() and panel.token_combo.currentData() is True  # streams: app-only
    return panel


def test_a_stream_shows_posts_as_they_arrive_until_stop(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    panel = _stream_ready(qtbot, window)
    view = child(window, QPlainTextEdit, "consoleResponseView")
    stop = child(window, QPushButton, "consoleCancelButton")
    click(window, "consoleSendButton")
    qtbot.waitUntil(lambda: view.toPlainText().count("Sandbox stream") == 3, timeout=WAIT)  # still open
    assert panel.streamer.running and stop.isEnabled() and stop.text() == "Stop"
    assert not child(window, QPushButton, "consoleSendButton").isEnabled()
    stop.click()
    qtbot.waitUntil(lambda: not panel.streamer.running, timeout=WAIT)
    assert message(window).startswith("Stream stopped.") and "KB received" in message(window)
    assert stop.text() == "Cancel" and child(window, QPushButton, "consoleSendButton").isEnabled()
    assert child(window, QLabel, "consoleStatusLabel").text().startswith("200")
    assert view.toPlainText().count("Sandbox stream") == 3  # kept to read


@pytest.mark.parametrize("bound", ["size", "time"])
def test_a_stream_stops_itself_at_its_bound_and_says_so(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, bound: str
) -> None:
    panel = _stream_ready(qtbot, window)
    if bound == "size":
        panel.streamer.max_bytes = 150  # (the app's bound is 4 MB; the sandbox's three posts pass 150 bytes)
    else:
        panel.streamer.max_seconds = 1.0  # (the app's is a minute; the sandbox keeps the stream open)
    click(window, "consoleSendButton")
    qtbot.waitUntil(lambda: not panel.streamer.running and "stopped itself" in message(window), timeout=WAIT)
    assert f"{bound} limit" in message(window)


def test_a_stream_with_the_user_token_is_refused_by_x_and_explained(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    panel = _stream_ready(qtbot, window)
    panel.token_combo.setCurrentIndex(0)  # the user overrides the choice
    click(window, "consoleSendButton")
    qtbot.waitUntil(lambda: not panel.streamer.running and "app-only" in message(window).lower(), timeout=WAIT)
    assert child(window, QLabel, "consoleStatusLabel").text().startswith("403")
