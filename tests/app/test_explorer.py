"""The console as an X API explorer (issue 25, first steps): every call of X's description, found by
words, picked to fill the request, and checked for scopes before anything is sent."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTreeWidget

from tests.app.test_console import WRITE_SCOPES, console, message, send, sign_in
from tests.support.app_window import child, click
from tests.support.browser import ScriptedBrowser
from xauth_gui.sandbox.app_tokens import API_KEY, API_SECRET
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


def test_the_query_form_and_the_address_follow_each_other(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window)
    panel = console(window)
    pick(window, "search recent posts", "searchPostsRecent")
    form, url = panel.query_form, child(window, QLineEdit, "consoleUrlEdit")
    assert form.isVisible() and {"query", "max_results", "expansions", "next_token"} <= set(form.fields)
    assert "for example" in form.fields["query"].placeholderText() or form.fields["query"].text()
    field = child(window, QLineEdit, "consoleQuery_max_results")
    field.setText("25")
    field.textEdited.emit("25")
    assert "max_results=25" in url.text()
    url.setText(url.text().replace("max_results=25", "max_results=50") + "&post.fields=created_at,lang")
    url.editingFinished.emit()
    assert field.text() == "50" and child(window, QLineEdit, "consoleQuery_post.fields").text() == "created_at,lang"
    field.setText("")
    field.textEdited.emit("")
    assert "max_results" not in url.text() and "post.fields=created_at,lang" in url.text()


def test_next_page_asks_for_the_page_after_and_billing_is_counted(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window, (*WRITE_SCOPES, "list.read"))
    panel = console(window)
    pick(window, "list posts", "getListsPosts")  # answered from X's schema: data and includes, one page of two
    url = child(window, QLineEdit, "consoleUrlEdit")
    url.setText(url.text().replace("{id}", "1234567890"))
    following = child(window, QPushButton, "consoleNextPageButton")
    assert not following.isEnabled()
    assert send(qtbot, window).startswith("200 OK")
    billing = child(window, QLabel, "consoleBillingLabel")
    assert billing.isVisible() and "2 posts, 1 user" in billing.text() and "UTC day" in billing.text()
    assert following.isEnabled() and panel.last.next_token
    tree = child(window, QTreeWidget, "consoleResponseTree")  # the answer as a collapsible tree
    top = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    assert {"data", "includes", "meta"} <= set(top) and top["meta"].isExpanded()
    assert any(top["meta"].child(j).text(0) == "next_token" for j in range(top["meta"].childCount()))
    token = panel.last.next_token
    status = child(window, QLabel, "consoleStatusLabel")
    status.setText("")
    following.click()
    qtbot.waitUntil(lambda: status.text() != "", timeout=WAIT)
    assert f"pagination_token={token}" in panel.last.request.url  # the parameter this call takes
    assert child(window, QLineEdit, "consoleQuery_pagination_token").text() == token
    assert not following.isEnabled() and not panel.last.next_token  # the last page


def test_an_app_only_call_chooses_that_token_and_offers_to_make_it(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window)
    panel = console(window)
    pick(window, "search posts all", "searchPostsAll")  # takes only an app-only Bearer token
    assert child(window, QComboBox, "consoleTokenCombo").currentData() is True
    assert "app-only token is chosen" in panel.request_box.token_note.text()
    field = child(window, QLineEdit, "consoleQuery_query")
    field.setText("from:XDevelopers")
    field.textEdited.emit(field.text())
    requests_before = len(window.request_log.lines)
    send(qtbot, window)
    fix = child(window, QPushButton, "consoleFixButton")
    assert "no app-only token" in message(window) and fix.isVisible() and fix.text() == "Get app-only token"
    assert len(window.request_log.lines) == requests_before  # nothing was sent
    fix.click()  # no key yet: the cursor goes where it is typed
    assert panel.focusWidget() is child(window, QLineEdit, "consoleApiKeyEdit")
    child(window, QLineEdit, "consoleApiKeyEdit").setText(API_KEY)
    child(window, QLineEdit, "consoleApiSecretEdit").setText(API_SECRET)
    fix.click()
    qtbot.waitUntil(lambda: panel.engine.app_token != "", timeout=WAIT)
    assert send(qtbot, window).startswith("200 OK") and panel.last.request.app_only


NASTY = "It's \"quoted\" \\ `tick` ${process.exit(3)} '''); import os; os.system('touch MARK') #\n\u2028 done"


@pytest.mark.parametrize("kind", ["python", "javascript"])
def test_a_copied_snippet_runs_and_sends_exactly_this_call(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, tmp_path: Path, kind: str
) -> None:
    """The snippet, pasted into a file and run by python or node against the sandbox, makes the same call;
    the hostile text stays text, and the token comes from $X_ACCESS_TOKEN."""
    sign_in(qtbot, window)
    console(window)
    pick(window, "create posts", "createPosts")
    text = f"{NASTY} {kind}"
    child(window, QPlainTextEdit, "consoleBodyEdit").setPlainText(json.dumps({"text": text}))
    combo = child(window, QComboBox, "consoleSnippetCombo")
    combo.setCurrentIndex(combo.findData(kind))
    click(window, "consoleCopySnippetButton")
    pasted = QGuiApplication.clipboard().text()
    assert window.controller.tokens.access_token not in pasted and "X_ACCESS_TOKEN" in pasted
    script = tmp_path / ("snippet.py" if kind == "python" else "snippet.js")
    script.write_text(pasted, encoding="utf-8")
    env = {**os.environ, "X_ACCESS_TOKEN": window.controller.tokens.access_token, "NO_PROXY": "127.0.0.1"}
    program = [sys.executable] if kind == "python" else [shutil.which("node") or "node"]
    done = subprocess.run([*program, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    status, _, answer = done.stdout.partition("\n")
    assert status == "201" and json.loads(answer)["data"]["text"] == text
    assert not (tmp_path / "MARK").exists()


def test_the_ready_calls_are_favourites_at_the_top_of_the_catalogue(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window)
    console(window)
    view = child(window, QTreeWidget, "consoleCatalogueView")
    qtbot.waitUntil(lambda: view.topLevelItemCount() > 0, timeout=WAIT)
    favourites = view.topLevelItem(0)
    assert favourites.isExpanded() and favourites.childCount() == 9  # every ready call, shown at once
    ids = [favourites.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(9)]
    assert ids[0] == "getUsersMe" and "createPosts" in ids and all(ids)  # each is its catalogue entry
    view.itemActivated.emit(favourites.child(ids.index("searchPostsRecent")), 0)  # its example values too
    assert child(window, QLineEdit, "consoleUrlEdit").text().endswith("/2/tweets/search/recent?query=hello")
    assert child(window, QComboBox, "consolePresetCombo").currentData() == "search_recent"
    assert child(window, QLineEdit, "consoleQuery_query").text() == "hello"


def test_a_picked_call_is_announced_with_the_token_it_takes(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[str] = []
    monkeypatch.setattr("xauth_gui.ui.console_panel.announce", lambda _widget, text, **_: heard.append(text))
    sign_in(qtbot, window)
    console(window)
    pick(window, "search posts all", "searchPostsAll")
    assert heard and "only the app-only token" in heard[-1]  # a screen reader hears the choice, not only sees it
