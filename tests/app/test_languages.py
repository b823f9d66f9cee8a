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
    QScrollArea,
    QTreeWidget,
    QWidget,
)

from tests.support import pseudo
from tests.support.app_window import banner, child, click, sandbox_window
from tests.support.browser import ScriptedBrowser
from tests.support.qt_helpers import held_port, settle_layout
from xauth_gui.core import errors, text
from xauth_gui.qt import i18n
from xauth_gui.ui.main_window import COMFORT_HEIGHT, COMFORT_WIDTH, MIN_HEIGHT, MIN_WIDTH, MainWindow

WAIT = 20_000
# Texts that are data, not words: addresses, scope names, numbers, symbols, the app's name, languages'
# own names, the export buttons' technical names.
DATA = re.compile(
    r"^(\s*|https?://\S*|[a-z]+(\.[a-z]+)+( [a-z]+(\.[a-z]+)+)*|[\d\s:./()—-]+|[?!…—✓⚠✕•·×↻ℹ▸▾]+|xauth-gui.*|"
    r"curl|\.env|JSON|Bearer|GET|POST|PUT|PATCH|DELETE|@\w+|Sandbox User|S256|plain)$"
)
ENDONYMS = set(i18n.LANGUAGES.values())


@pytest.fixture(params=[False, True], ids=["port free", "port taken"])
def pseudo_window(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    """The window in the pseudo-language; also with the sandbox's port held by another program, whose
    longer hint ("Port … is taken") must fit too."""
    monkeypatch.setattr(i18n, "apply", lambda code: text.install(pseudo.lookup))
    with held_port() as port, sandbox_window(qtbot, tmp_path, sandbox_port=port if request.param else None) as w:
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
        elif isinstance(w, QComboBox):
            found += [(f"{where} item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            found += [(f"{where} header", header.text(c)) for c in range(w.columnCount())]
            if where != "consoleCatalogueView":  # X's own names for its calls: data from its description
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
        elif isinstance(w, QAbstractButton) and w.text() and w.width() < w.sizeHint().width() - 1:
            cut.append(f"{w.objectName() or w.text()[:30]}: {w.width()} < {w.sizeHint().width()}")
    return cut


@pytest.mark.parametrize("size", [(MIN_WIDTH, MIN_HEIGHT), (COMFORT_WIDTH, COMFORT_HEIGHT)])
def test_longer_texts_fit_at_the_minimum_window_size(
    qtbot: Any, pseudo_window: MainWindow, browser: ScriptedBrowser, size: tuple[int, int]
) -> None:
    w = pseudo_window
    w.resize(*size)
    settle_layout(w)
    assert clipped(w) == []
    sign_in(qtbot, w)
    settle_layout(w)
    assert clipped(w) == []


def sideways(root: QWidget) -> list[str]:
    """Scroll areas that scroll sideways (some label or row forces more width than the column has), and
    buttons not wholly inside their scroll area's view."""
    found = []
    for area in root.findChildren(QScrollArea):
        if not area.isVisibleTo(root):
            continue
        if area.horizontalScrollBar().maximum() > 0:
            found.append(f"{area.accessibleName() or area.objectName()} scrolls sideways")
        view = area.viewport()
        for button in area.findChildren(QAbstractButton):
            if button.isVisibleTo(root) and button.text():
                corner = button.mapTo(view, button.rect().bottomRight())
                if corner.x() > view.width() + 1:
                    found.append(f"{button.objectName()} is cut off at the right")
    return found


def each_state(qtbot: Any, w: MainWindow) -> Iterator[str]:
    """The window in each state with its longest texts: empty, signed in, expired (the longest expiry
    text), tokens from other settings (the binding notice), and a long error in the banner."""
    yield "empty"
    sign_in(qtbot, w)
    yield "signed in"
    c = w.controller
    c.update(stale=True)
    yield "expired"
    edit = child(w, QLineEdit, "clientIdEdit")
    edit.setText(edit.text() + "-changed")
    edit.textEdited.emit(edit.text())
    qtbot.waitUntil(lambda: bool(c.token_binding_problem), timeout=15_000)
    yield "tokens from other settings"
    long = "The server refused the request because the configuration does not match what it expects. " * 3
    c.fail(errors.ConfigError(long, "Check every field of the form, then press Authorize again."))
    yield "an error"
    c.update(stale=False)
    w.tokens_panel.ask_revoke()
    yield "asking before revoking"


@pytest.mark.parametrize("size", [(MIN_WIDTH, MIN_HEIGHT), (COMFORT_WIDTH, COMFORT_HEIGHT), (1100, 760), (1600, 1000)])
def test_no_state_makes_a_column_scroll_sideways(
    qtbot: Any, pseudo_window: MainWindow, browser: ScriptedBrowser, size: tuple[int, int]
) -> None:
    w = pseudo_window
    w.resize(*size)
    for state in each_state(qtbot, w):
        settle_layout(w)
        assert sideways(w) == [], state
        assert clipped(w) == [], state


# --- real languages ------------------------------------------------------------------------------------------
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def test_lang_ja_shows_japanese_on_the_authorize_button_and_the_banner(qtbot: Any, tmp_path: Path) -> None:
    w = build_window(qtbot, tmp_path, "--lang", "ja")
    try:
        assert JAPANESE.search(child(w, QAbstractButton, "authorizeButton").text())
        assert JAPANESE.search(banner(w))
        assert child(w, QAbstractButton, "authorizeButton").text().endswith("(&A)")  # the mnemonic stays
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"  # Qt's own catalogue too
    finally:
        w.shutdown()


def build_window(qtbot: Any, tmp_path: Path, *options: str) -> MainWindow:
    from xauth_gui.app import build

    w = build(["xauth-gui", "--sandbox", "--memory-only", "--config-dir", str(tmp_path / "cfg"), *options])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.controller.vault.ready, timeout=WAIT)
    return w


@pytest.mark.parametrize(
    ("code", "authorize"),
    [("de", "Im Browser"), ("es", "Autorizar en"), ("fr", "Autoriser dans"), ("pt_BR", "Autorizar no")],
)
def test_each_language_speaks_on_the_window(qtbot: Any, tmp_path: Path, code: str, authorize: str) -> None:
    w = build_window(qtbot, tmp_path, "--lang", code)
    try:
        assert child(w, QAbstractButton, "authorizeButton").text().replace("&", "").startswith(authorize)
    finally:
        w.shutdown()


def test_the_language_menu_remembers_the_choice_for_the_next_start(qtbot: Any, tmp_path: Path) -> None:
    w = build_window(qtbot, tmp_path)
    try:
        menu = w.findChild(QMenu, "languageMenu")
        assert menu is not None
        names = [a.text() for a in menu.actions()]
        assert {"English", "Deutsch", "Español", "Français", "日本語", "Português (Brasil)"} <= set(names)
        german = next(a for a in menu.actions() if a.text() == "Deutsch")
        german.trigger()
        assert w.controller.settings.language == "de"
        assert "Deutsch" in banner(w) and "next start" in banner(w)  # said in the language shown now
    finally:
        w.shutdown()
    again = build_window(qtbot, tmp_path)  # the same settings: German from the start
    try:
        assert child(again, QAbstractButton, "authorizeButton").text().replace("&", "") == "Im Browser autorisieren"
        assert next(a for a in again.findChild(QMenu, "languageMenu").actions() if a.text() == "Deutsch").isChecked()
    finally:
        again.shutdown()
    overridden = build_window(qtbot, tmp_path, "--lang", "fr")  # --lang wins over the saved choice
    try:
        assert child(overridden, QAbstractButton, "authorizeButton").text().startswith("&Autoriser")
    finally:
        overridden.shutdown()


def test_the_system_language_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    class System(QLocale):
        def uiLanguages(self, *args: Any) -> list[str]:
            return ["pt-PT", "en-US"]

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: System()))
    assert i18n.choose(None, "") == "pt_BR"  # the closest the app speaks
    assert i18n.choose(None, "ja") == "ja" and i18n.choose("es-MX", "ja") == "es"
    assert i18n.choose("tlh", "") == "pt_BR"  # an unknown code falls through to the system's


@pytest.mark.parametrize(
    ("header", "expected"),
    [("ja,en;q=0.8", "完了"), ("fr-CA,fr;q=0.9", "Terminé"), ("en;q=1, de;q=0.5", "Done"), ("xx, *;q=0.1", "Done")],
)
def test_the_listener_pages_follow_the_browsers_language(header: str, expected: str) -> None:
    from xauth_gui.core import loopback_http as lh
    from xauth_gui.core import loopback_pages as pages

    i18n.apply(i18n.SOURCE_LANGUAGE)  # the window's language does not matter for the browser's page
    with text.speaking(text.for_browser(header)):
        page = lh.response(200, pages.PAGE_SUCCESS).decode()
    assert expected in page and page.count("<script") == 0
    assert 'lang="ja"' in page if expected == "完了" else True


@pytest.mark.parametrize("code", sorted(i18n.LANGUAGES))
def test_no_mnemonic_is_used_twice_in_any_language(qtbot: Any, tmp_path: Path, code: str) -> None:
    from tests.app.test_first_run import choose_provider, duplicates, mnemonics
    from xauth_gui.app import build

    w = build(["xauth-gui", "--config-dir", str(tmp_path), "--memory-only", "--lang", code])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    try:
        assert duplicates(mnemonics(child(w, QWidget, "getStartedDialog"))) == []
        click(w, "getStartedHaveAppButton")
        assert duplicates(mnemonics(w)) == []
        choose_provider(w, "custom")
        assert duplicates(mnemonics(w)) == []
    finally:
        w.shutdown()


def test_waiting_log_and_setup_guide_texts_go_through_translation(qtbot: Any, pseudo_window: MainWindow) -> None:
    w = pseudo_window
    w.controller.open_url = lambda _url: True  # the browser opens, the user has not approved yet
    click(w, "authorizeButton")
    qtbot.waitUntil(lambda: child(w, QWidget, "cancelButton").isVisible(), timeout=WAIT)
    assert untranslated(texts_of(w)) == []
    w.controller.cancel_login()
    child(w, QAbstractButton, "requestLogToggle").click()
    assert untranslated(texts_of(w)) == []
    w.pages.show_get_started()
    dialog = child(w, QWidget, "getStartedDialog")
    child(dialog, QAbstractButton, "getStartedSetupButton").click()
    assert child(dialog, QWidget, "setupGuidePage").isVisible()
    assert untranslated(texts_of(dialog)) == []
