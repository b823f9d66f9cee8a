"""The console as an X API explorer (issue 25, first steps): every call of X's description, found by
words, picked to fill the request, and checked for scopes before anything is sent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTreeWidget

from tests.app.test_console import console, message, send, sign_in
from tests.support.app_window import child
from tests.support.browser import ScriptedBrowser
from xauth_gui.ui.main_window import MainWindow

WAIT = 15_000


def pick(w: MainWindow, words: str, operation: str) -> None:
    child(w, QLineEdit, "consoleCatalogueSearch").setText(words)
    view = child(w, QTreeWidget, "consoleCatalogueView")
    items = [view.topLevelItem(i).child(j) for i in range(view.topLevelItemCount())
             for j in range(view.topLevelItem(i).childCount())]  # fmt: skip
    item = next(i for i in items if i.data(0, Qt.ItemDataRole.UserRole) == operation)
    view.itemActivated.emit(item, 0)


def test_a_picked_call_is_filled_for_the_user_and_its_scopes_checked_before_sending(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window)  # tweet.read, tweet.write, users.read, like.write, offline.access: no like.read
    console(window)
    sandbox = window.console.engine.api_base()
    requests_before = len(window.request_log.lines)
    pick(window, "liked posts", "getUsersLikedPosts")
    url = child(window, QLineEdit, "consoleUrlEdit").text()
    assert url == f"{sandbox}/2/users/{window.controller.user.id}/liked_tweets"
    assert child(window, QComboBox, "consoleMethodCombo").currentData() == "GET"
    assert "like.read" in message(window) and child(window, QComboBox, "consolePresetCombo").currentIndex() == -1
    send(qtbot, window)
    assert "needs like.read" in message(window), message(window)  # said before sending…
    assert len(window.request_log.lines) == requests_before  # …and nothing was sent


def test_a_call_typed_by_hand_is_matched_back_and_a_granted_one_is_sent(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window)
    console(window)
    url = child(window, QLineEdit, "consoleUrlEdit")
    url.setText(f"{window.console.engine.api_base()}/2/users/{window.controller.user.id}/liked_tweets")
    url.editingFinished.emit()
    view = child(window, QTreeWidget, "consoleCatalogueView")
    assert (
        view.currentItem() is not None and view.currentItem().data(0, Qt.ItemDataRole.UserRole) == "getUsersLikedPosts"
    )
    send(qtbot, window)
    assert "needs like.read" in message(window)  # typed, not picked: the same check
    pick(window, "create posts", "createPosts")  # a ready call too: its favourite is selected
    assert child(window, QComboBox, "consolePresetCombo").currentData() == "post"
    child(window, QPlainTextEdit, "consoleBodyEdit").setPlainText('{"text": "from the catalogue"}')
    assert send(qtbot, window).startswith("201 Created"), message(window)


def test_the_catalogue_is_read_when_the_console_first_opens_not_before(qtbot: Any, window: MainWindow) -> None:
    window.complete()  # everything built after the first paint, the hidden console included
    catalogue = window.console.catalogue
    assert catalogue._calls is None and catalogue.view.topLevelItemCount() == 0
    window.show_console()
    qtbot.waitUntil(lambda: catalogue.view.topLevelItemCount() > 0, timeout=WAIT)
    assert catalogue._calls is not None and len(catalogue._calls) == 171
