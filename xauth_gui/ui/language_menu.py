"""Tools → Language (`languageMenu`): the system's language or one of the app's, remembered in the
settings and applied at the next start (every text is translated when its widget is built)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from xauth_gui.core.session import MessageKind
from xauth_gui.core.text import translate
from xauth_gui.qt import i18n
from xauth_gui.qt.controller import FlowController


def language_menu(parent: QWidget, controller: FlowController) -> QMenu:
    menu = QMenu(translate("LanguageMenu", "&Language"), parent)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = controller.settings.language
    system = i18n.LANGUAGES[i18n.system_language()]
    entries = [("", translate("LanguageMenu", "System default ({language})").format(language=system))]
    entries += list(i18n.LANGUAGES.items())
    for code, name in entries:
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        action.setObjectName(f"language_{code or 'system'}")
        group.addAction(action)
        menu.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: _choose(controller, c))
    return menu


def _choose(controller: FlowController, code: str) -> None:
    controller.settings.language = code
    will_speak = i18n.choose(None, code)
    if will_speak == i18n.current():
        controller.say(MessageKind.INFO, translate("LanguageMenu", "This is the language already shown."))
        return
    controller.say(
        MessageKind.INFO,
        translate("LanguageMenu", "{language} is used from the next start of xauth-gui.").format(
            language=i18n.LANGUAGES[will_speak]
        ),
        (translate("LanguageMenu", "Restart now"), restart),
        app_wide=True,
    )


def restart() -> None:
    """Start xauth-gui again (the same options), then close this one: the new language shows at once."""
    import sys

    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QApplication

    frozen = getattr(sys, "frozen", False)
    arguments = [a for a in sys.argv[1:] if not a.startswith("--lang")] if frozen else [
        a for a in sys.argv if not a.startswith("--lang")]  # fmt: skip
    if QProcess.startDetached(sys.executable, arguments)[0]:
        QApplication.quit()
