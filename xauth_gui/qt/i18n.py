"""The app's languages: which one to speak, and Qt's translators for it.

The catalogues are `resources/i18n/xauth_gui_<code>.ts` (made by `pyside6-lupdate`, committed) compiled
to `.qm` by `pyside6-lrelease` at set-up and bundling. Qt's own `qtbase_<code>.qm` is loaded too, so
standard buttons and dialogs match. Order of choice: `--lang`, then the Language menu's saved choice,
then the system's languages, else English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from xauth_gui.core import text
from xauth_gui.resources import resources_dir

SOURCE_LANGUAGE = "en"
# Each language's own name for itself, as the Language menu shows it.
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ja": "日本語",
    "pt_BR": "Português (Brasil)",
}
_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))?")


def catalogue(code: str) -> Path:
    return resources_dir() / "i18n" / f"xauth_gui_{code}.qm"


def match(tags: Iterable[str]) -> str | None:
    """The first of these language tags (BCP 47 or POSIX, best first) that the app speaks."""
    for tag in tags:
        found = _TAG.match(tag.strip())
        if not found:
            continue
        language = found.group(1).lower()
        if language == "pt":  # the app speaks Brazilian Portuguese: closer to any Portuguese than English
            return "pt_BR"
        if language in LANGUAGES:
            return language
    return None


def system_language() -> str:
    return match(QLocale.system().uiLanguages()) or SOURCE_LANGUAGE


def choose(requested: str | None, saved: str) -> str:
    """`--lang` wins, then the saved choice, then the system's; unknown codes fall through."""
    for candidate in (requested, saved):
        if candidate:
            code = match([candidate])
            if code is not None:
                return code
    return system_language()


@cache
def translator(code: str) -> QTranslator | None:
    """The app's catalogue for `code` (None for English, or when the .qm is missing)."""
    if code == SOURCE_LANGUAGE:
        return None
    loaded = QTranslator()
    return loaded if loaded.load(str(catalogue(code))) else None


@cache
def qt_translator(code: str) -> QTranslator | None:
    """Qt's own texts (standard buttons, the line edit's menu) in `code`."""
    if code == SOURCE_LANGUAGE:
        return None
    loaded = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return loaded if loaded.load(f"qtbase_{code}", folder) else None


def lookup(code: str) -> text.Lookup:
    found = translator(code)
    if found is None:
        return text.ENGLISH
    return lambda context, source, n: found.translate(context, source, None, n) or ""


_current = SOURCE_LANGUAGE
_installed: list[QTranslator] = []


def current() -> str:
    return _current


def apply(code: str) -> None:
    """Speak `code` from now on: in our texts, and in Qt's own (standard buttons, menus) when an
    application exists. Replaces the language applied before."""
    global _current
    app = QCoreApplication.instance()
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
        _installed.clear()
        for loaded in (translator(code), qt_translator(code)):
            if loaded is not None and app.installTranslator(loaded):
                _installed.append(loaded)
    _current = code
    text.install(None if code == SOURCE_LANGUAGE else lookup(code), for_browser)


def for_browser(accept_language: str) -> text.Lookup:
    """The lookup for a page, from the browser's Accept-Language (q-values honoured), else English."""
    ranked = []
    for index, item in enumerate(accept_language.split(",")[:20]):
        tag, _, params = item.partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        if tag.strip() and weight > 0:
            ranked.append((-weight, index, tag.strip()))
    code = match(tag for _, _, tag in sorted(ranked))
    return lookup(code or SOURCE_LANGUAGE)
