"""The window's menus: File (Quit), Tools (the clipboard's clearing delay, the language), Help (Get started,
Diagnostics, About)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from xauth_gui import __version__
from xauth_gui.core.text import translate

from .language_menu import language_menu
from .presenter import licences_line

if TYPE_CHECKING:
    from xauth_gui.qt.controller import FlowController
    from xauth_gui.qt.settings import AppSettings

    from .clipboard import SecureClipboard
    from .diagnostics import Diagnostics
    from .first_run import Pages


def build_menus(window: QMainWindow, controller: FlowController, pages: Pages, diagnostics: Diagnostics,
                clipboard: SecureClipboard, settings: AppSettings) -> QAction:  # fmt: skip
    """The menus on the window's bar; returns Quit (its shortcut is set after the first paint)."""
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    quit_action = QAction(translate("MainWindow", "&Quit"), window)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    tools = window.menuBar().addMenu(translate("MainWindow", "&Tools"))
    tools.addAction(
        translate("MainWindow", "Clipboard clearing delay…"),
        lambda: choose_clipboard_delay(window, clipboard, settings),
    )
    tools.addMenu(language_menu(window, controller))
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(translate("MainWindow", "&Get started…"), pages.show_get_started)
    help_menu.addAction(diagnostics.action)
    help_menu.addAction(translate("MainWindow", "&About xauth-gui"), lambda: about(window))
    return quit_action


def choose_clipboard_delay(parent: QWidget, clipboard: SecureClipboard, settings: AppSettings) -> None:
    from PySide6.QtWidgets import QInputDialog

    question = translate("MainWindow", "Clear copied tokens after how many seconds? (0: never)")
    value, ok = QInputDialog.getInt(
        parent, translate("MainWindow", "Clipboard"), question, clipboard.clear_after_s, 0, 3600
    )
    if ok:
        clipboard.clear_after_s = value
        settings.clipboard_clear_seconds = value


def about(parent: QWidget) -> None:
    from PySide6.QtWidgets import QMessageBox

    words = translate(
        "MainWindow",
        "Signs you in to X in your own browser and gives you the tokens your scripts and tools need to use the "
        "X API as you. Your secrets stay on this computer, in its keychain.",
    )
    more = translate("MainWindow", "Your X apps and their keys: {link}").format(
        link='<a href="https://developer.x.com/en/portal/dashboard">developer.x.com</a>'
    )
    QMessageBox.about(
        parent,
        translate("MainWindow", "About xauth-gui"),
        f"<b>xauth-gui {__version__}</b><p>{html.escape(words)}</p><p>{more}</p><p>{licences_line()}</p>",
    )
