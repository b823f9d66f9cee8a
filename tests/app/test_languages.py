"""The window in other languages: a pseudo-language proves every visible text goes through translation
and that 40 % longer texts fit at the minimum window size; Japanese from the real catalogue shows on the
contract's widgets; the language menu and --lang choose it; the listener's pages follow the browser."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QWidget,
)

from tests.support import pseudo
from tests.support.app_window import banner, child, click, sandbox_window
from tests.support.browser import ScriptedBrowser
from xauth_gui.core import text
from xauth_gui.qt import i18n
from xauth_gui.ui.main_window import MIN_HEIGHT, MIN_WIDTH, MainWindow

WAIT = 20_000
# Texts that are data, not words: addresses, scope names, numbers, symbols, the app's name, languages'
# own names, the export buttons' technical names.
DATA = re.compile(
    r"^(\s*|https?://\S*|[a-z]+(\.[a-z]+)+( [a-z]+(\.[a-z]+)+)*|[\d\s:./()—-]+|[?!…—✓⚠✕•·×↻ℹ▸▾]+|xauth-gui.*|"
    r"curl|\.env|JSON|Bearer|GET|POST|PUT|PATCH|DELETE|@\w+|Sandbox User|S256|plain)$"
)
ENDONYMS = set(i18n.LANGUAGES.values())


@pytest.fixture
def pseudo_window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(i18n, "apply", lambda code: text.install(pseudo.lookup))
    with sandbox_window(qtbot, tmp_path) as w:
        yield w


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see or hear on the visible widgets under `root`."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        where = w.objectName() or type(w).__name__
        found += [(f"{where} tooltip", w.toolTip()), (f"{where} accessible name", w.accessibleName())]
        if isinstance(w, QLabel):
            found.append((where, re.sub(r"<[^>]+>", "", w.text())))
        elif isinstance(w, QAbstractButton):
            found.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((where, w.title()))
        elif isinstance(w, QLineEdit) and not w.text():
            found.append((f"{where} placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox) and w.objectName() != "profileCombo":
            found += [(f"{where} item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            found += [(f"{where} header", header.text(c)) for c in range(w.columnCount())]
            found += [(f"{where} item", item.text(0)) for item in w.findItems("*", _wildcard_recursive())]
    return found


def _wildcard_recursive() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive


def menu_texts(w: MainWindow) -> list[tuple[str, str]]:
    found = []
    for menu in [*w.menuBar().findChildren(QMenu), *w.findChildren(QMenu)]:
        found.append((menu.objectName() or "menu", menu.title()))
        found += [(f"{menu.title()} action", a.text()) for a in menu.actions() if a.text() not in ENDONYMS]
    return found


def untranslated(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [
        (where, t)
        for where, t in found
        if pseudo.OPEN not in t and not all(DATA.match(line.replace("&", "")) for line in t.split("\n"))
    ]


def sign_in(qtbot: Any, w: MainWindow) -> None:
    click(w, "authorizeButton")
    qtbot.waitUntil(lambda: w.controller.tokens is not None and w.controller.user is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=WAIT)


def test_every_visible_text_goes_through_translation(
    qtbot: Any, pseudo_window: MainWindow, browser: ScriptedBrowser
) -> None:
    w = pseudo_window
    assert untranslated(texts_of(w) + menu_texts(w)) == []
    sign_in(qtbot, w)
    assert pseudo.OPEN in banner(w)
    assert untranslated(texts_of(w)) == []
    click(w, "tryItButton")
    assert w.console is not None
    assert untranslated(texts_of(w.console)) == []
    w.pages.show_get_started()
    dialog = w.findChild(QWidget, "getStartedDialog")
    assert dialog is not None
    assert untranslated(texts_of(dialog)) == []


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons narrower than their text needs (wrapping labels: shorter than their text)."""
    cut = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                if w.height() < w.heightForWidth(w.width()) - 2:
                    cut.append(f"{w.objectName() or w.text()[:30]} (wrapped, too short)")
            elif w.width() < w.minimumSizeHint().width() - 1:
                cut.append(f"{w.objectName() or w.text()[:30]}: {w.width()} < {w.minimumSizeHint().width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            if w.width() < w.sizeHint().width() - 1:
                cut.append(f"{w.objectName() or w.text()[:30]}: {w.width()} < {w.sizeHint().width()}")
    return cut


def test_longer_texts_fit_at_the_minimum_window_size(
    qtbot: Any, pseudo_window: MainWindow, browser: ScriptedBrowser
) -> None:
    w = pseudo_window
    w.resize(MIN_WIDTH, MIN_HEIGHT)
    qtbot.wait(50)
    assert clipped(w) == []
    sign_in(qtbot, w)
    qtbot.wait(50)
    assert clipped(w) == []
