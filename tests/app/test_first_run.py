"""The first five minutes (issue 13): the get-started page, the sandbox as its own profile, the layout."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from tests.support.app_window import access, child, click, sandbox_window
from tests.support.browser import ScriptedBrowser
from tests.support.qt_helpers import held_port, settle_layout
from xauth_gui.app import build
from xauth_gui.core.sandbox_facts import PUBLIC_CLIENT_ID
from xauth_gui.ui.main_window import COMFORT_HEIGHT, COMFORT_WIDTH, MIN_HEIGHT, MIN_WIDTH, MainWindow

WAIT = 15_000


@pytest.fixture
def first_run(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    """The app as a newcomer starts it: an empty settings folder, no options."""
    w = build(["xauth-gui", "--config-dir", str(tmp_path), "--memory-only"])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown()


def use_free_callback_port(w: MainWindow) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    edit = child(w, QLineEdit, "redirectUriEdit")
    edit.setText(f"http://127.0.0.1:{port}/callback")
    edit.textEdited.emit(edit.text())


def choose_provider(w: MainWindow, key: str) -> None:
    """The provider box as a user picks it; the app profile keeps the window's callback port (a port of the
    test's own), never the shared default 8765."""
    edit = child(w, QLineEdit, "redirectUriEdit")
    before = edit.text()
    combo = child(w, QComboBox, "providerCombo")
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())
    if edit.text().startswith("http://127.0.0.1:8765/") and not before.startswith("http://127.0.0.1:8765/"):
        edit.setText(before)
        edit.textEdited.emit(before)


def test_an_empty_config_dir_opens_on_get_started(first_run: MainWindow) -> None:
    page = child(first_run, QWidget, "getStartedPage")
    assert page.isVisible()
    for name in ("getStartedSandboxButton", "getStartedHaveAppButton", "getStartedSetupButton"):
        assert child(first_run, QAbstractButton, name).isVisible()
    assert child(first_run, QWidget, "authorizeButton").isVisible()  # the window stays whole behind it


def test_get_started_sandbox_leads_to_a_working_login(
    qtbot: Any, first_run: MainWindow, browser: ScriptedBrowser
) -> None:
    click(first_run, "getStartedSandboxButton")
    assert child(first_run, QWidget, "authorizeButton").isVisible()
    assert first_run.controller.profile.provider.value == "sandbox"
    use_free_callback_port(first_run)
    click(first_run, "authorizeButton")
    qtbot.waitUntil(lambda: access(first_run) != "", timeout=WAIT)
    assert first_run.sandbox_host.sandbox.token_is_live(access(first_run))


def test_i_have_an_app_focuses_the_client_id(qtbot: Any, first_run: MainWindow) -> None:
    first_run.activateWindow()
    click(first_run, "getStartedHaveAppButton")
    edit = child(first_run, QLineEdit, "clientIdEdit")
    qtbot.waitUntil(lambda: edit.hasFocus() or QGuiApplication.focusObject() is edit, timeout=WAIT)
    assert first_run.controller.profile.provider.value == "x"


def test_the_setup_guide_copies_the_callback_uri_and_nothing_typed_is_lost(first_run: MainWindow) -> None:
    click(first_run, "getStartedHaveAppButton")
    edit = child(first_run, QLineEdit, "clientIdEdit")
    edit.setText("typed-before-asking-for-help-abcdefghij")
    edit.textEdited.emit(edit.text())
    first_run.pages.show_get_started()  # Help → Get started
    click(first_run, "getStartedSetupButton")
    guide = child(first_run, QWidget, "setupGuidePage")
    assert guide.isVisible()
    assert child(first_run, QLabel, "setupCallbackUri").text() == first_run.controller.profile.redirect_uri
    copy = next(b for b in guide.findChildren(QAbstractButton) if b.accessibleName().startswith("Copy http"))
    copy.click()
    assert QGuiApplication.clipboard().text() == first_run.controller.profile.redirect_uri
    click(first_run, "setupDoneButton")
    assert edit.isVisible() and edit.text() == "typed-before-asking-for-help-abcdefghij"


def test_choosing_the_sandbox_never_changes_the_x_client_id(qtbot: Any, first_run: MainWindow) -> None:
    click(first_run, "getStartedHaveAppButton")
    edit = child(first_run, QLineEdit, "clientIdEdit")
    mine = "bXlfYXBwX2NsaWVudF9pZDoxOmNp"
    edit.setText(mine)
    edit.textEdited.emit(mine)
    app_profile = first_run.controller.profile.id
    choose_provider(first_run, "sandbox")
    qtbot.waitUntil(lambda: first_run.controller.profile.provider.value == "sandbox", timeout=WAIT)
    assert edit.text() == PUBLIC_CLIENT_ID and first_run.controller.profile.id != app_profile
    saved = next(p for p in first_run.settings.profiles() if p.id == app_profile)
    assert saved.client_id == mine
    choose_provider(first_run, "x")
    qtbot.waitUntil(lambda: first_run.controller.profile.id == app_profile, timeout=WAIT)
    assert edit.text() == mine and first_run.controller.profile.client_id == mine


def test_the_sandbox_says_where_it_runs_and_falls_back_when_its_port_is_taken(qtbot: Any, tmp_path: Path) -> None:
    with held_port() as port:  # the test holds the sandbox's port itself (never 8780, which the app may hold)
        w = build(
            ["xauth-gui", "--sandbox", "--config-dir", str(tmp_path), "--memory-only", "--sandbox-port", str(port)]
        )
        qtbot.addWidget(w)
        w.show()
        try:
            hint = child(w, QLabel, "sandboxHint")
            qtbot.waitUntil(lambda: f"Port {port} is taken" in hint.text(), timeout=WAIT)
            assert w.sandbox_host.sandbox.port != port
        finally:
            w.shutdown()


# --- layout -----------------------------------------------------------------------------------------------
def visible_permission_rows(w: MainWindow) -> int:
    tree = child(w, QTreeWidget, "scopeTree")
    viewport = tree.viewport().rect()
    rows, it = 0, QTreeWidgetItemIterator(tree)
    while it.value():
        if viewport.contains(tree.visualItemRect(it.value())):
            rows += 1
        it += 1
    inside = w.rect().contains(tree.mapTo(w, tree.rect().bottomRight()))
    return rows if inside else 0


@pytest.mark.parametrize("busy_port", [False, True], ids=["port free", "port taken"])
@pytest.mark.parametrize("size", [(1100, 760), (COMFORT_WIDTH, COMFORT_HEIGHT)])
def test_the_permissions_keep_ten_rows_while_waiting_and_with_the_log_open(
    qtbot: Any, tmp_path: Path, size: tuple[int, int], busy_port: bool
) -> None:
    with held_port() as port, sandbox_window(qtbot, tmp_path, sandbox_port=port if busy_port else None) as window:
        if busy_port:
            qtbot.waitUntil(lambda: "is taken" in child(window, QLabel, "sandboxHint").text(), timeout=WAIT)
        ten_rows_while_waiting(qtbot, window, size)


def ten_rows_while_waiting(qtbot: Any, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    settle_layout(window)
    assert visible_permission_rows(window) >= 10
    window.controller.open_url = lambda _url: True
    click(window, "authorizeButton")
    child(window, QAbstractButton, "requestLogToggle").setChecked(True)
    qtbot.waitUntil(lambda: child(window, QWidget, "cancelButton").isVisible(), timeout=WAIT)
    settle_layout(window)
    assert visible_permission_rows(window) >= 10
    window.controller.cancel_login()


# --- keyboard -----------------------------------------------------------------------------------------------
MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(w: QWidget) -> list[str]:
    """Every Alt+letter one visible window answers to: buttons, group boxes, buddy labels, menu titles."""
    menus = w.menuBar().actions() if isinstance(w, MainWindow) else []
    found = [m.group(1).lower() for a in menus for m in [MNEMONIC.search(a.text())] if m]
    for widget in w.findChildren(QWidget):
        if widget.window() is not w or not widget.isVisible():
            continue
        if isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        else:
            continue  # a line edit's text (an address full of &) is no mnemonic
        match = MNEMONIC.search(text.replace("&&", ""))
        if match:
            found.append(match.group(1).lower())
    return found


def duplicates(keys: list[str]) -> list[str]:
    return sorted({k for k in keys if keys.count(k) > 1})


def test_no_mnemonic_is_used_twice_in_any_state(qtbot: Any, first_run: MainWindow) -> None:
    assert duplicates(mnemonics(child(first_run, QWidget, "getStartedDialog"))) == []  # its own window
    click(first_run, "getStartedHaveAppButton")
    assert duplicates(mnemonics(first_run)) == []  # X
    choose_provider(first_run, "custom")  # endpoints and PKCE shown
    assert duplicates(mnemonics(first_run)) == []
    first_run.controller.open_url = lambda _url: True
    use_free_callback_port(first_run)
    child(first_run, QLineEdit, "clientIdEdit").setText("some-client-id-0123456789")
    click(first_run, "authorizeButton")
    qtbot.waitUntil(lambda: child(first_run, QWidget, "cancelButton").isVisible(), timeout=WAIT)
    assert duplicates(mnemonics(first_run)) == []  # waiting
    first_run.controller.cancel_login()


def test_the_mnemonic_check_sees_a_clash(first_run: MainWindow) -> None:
    click(first_run, "getStartedHaveAppButton")
    child(first_run, QAbstractButton, "refreshButton").setText("&Client")
    assert "c" in duplicates(mnemonics(first_run))


def test_scroll_containers_are_no_tab_stops(window: MainWindow) -> None:
    areas = window.findChildren(QAbstractScrollArea)
    containers = [a for a in areas if isinstance(a, QScrollArea)]
    assert containers and all(a.focusPolicy() == Qt.FocusPolicy.NoFocus for a in containers)


def test_where_is_the_client_id_opens_the_guide(first_run: MainWindow) -> None:
    click(first_run, "getStartedHaveAppButton")
    child(first_run, QAbstractButton, "whereIsClientIdButton").click()
    assert child(first_run, QWidget, "setupGuidePage").isVisible()


def test_long_permission_texts_wrap_instead_of_being_cut_off(qtbot: Any, window: MainWindow) -> None:
    """Item 8: every description fits its row at the smallest window size."""
    window.resize(MIN_WIDTH, MIN_HEIGHT)
    settle_layout(window)
    tree = child(window, QTreeWidget, "scopeTree")
    metrics = tree.fontMetrics()
    width = tree.header().sectionSize(0) - 2 * tree.indentation() - 32
    it, checked = QTreeWidgetItemIterator(tree), 0
    while it.value():
        item = it.value()
        if item.parent() is not None:
            needed = metrics.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap.value), item.text(0))
            assert tree.visualItemRect(item).height() >= needed.height(), item.text(0)
            checked += 1
        it += 1
    assert checked > 20
