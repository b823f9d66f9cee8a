"""Translatable text, for every layer (the core imports no Qt, so Qt's translator is plugged in here).

Texts are written in English in the code, each through `translate("Context", "Text with {name}")` so
`pyside6-lupdate` finds them (a literal context and text; values go in with `.format()` afterwards, so
translators can move them). Texts defined at import time are marked with `QT_TRANSLATE_NOOP` and
translated where they are shown. Plural forms use Qt's numerus: `translate("Ctx", "%n minute(s)", None, n)`.
`xauth_gui.i18n` installs the translator for the chosen language; without one, texts stay English.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# (context, source, n) -> the translation, or "" when the catalogue has none
Lookup = Callable[[str, str, int], str]


def _english(context: str, source: str, n: int) -> str:
    del context, source, n
    return ""


ENGLISH: Lookup = _english  # speaks the source language: every text stays as written
_installed: Lookup | None = None
_override: ContextVar[Lookup | None] = ContextVar("text_override", default=None)
_ENGLISH_PLURAL = re.compile(r"\(s\)")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a text defined at import time; `translate(context, text)` it where it is shown."""
    del context
    return source


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    del disambiguation  # kept for lupdate's signature; the app uses none
    lookup = _override.get() or _installed
    found = lookup(context, source, n) if lookup is not None else ""
    if found:
        return found.replace("%n", str(n)) if n >= 0 else found
    if n >= 0:  # English numerus: "%n minute(s)" -> "1 minute", "2 minutes"
        return _ENGLISH_PLURAL.sub("" if n == 1 else "s", source).replace("%n", str(n))
    return source


_for_browser: Callable[[str], Lookup] | None = None


def install(lookup: Lookup | None, for_browser: Callable[[str], Lookup] | None = None) -> None:
    """The app's language for everything translated from now on (None: English), and how to find the
    language a browser asks for in its Accept-Language header (None: English pages)."""
    global _installed, _for_browser
    _installed = lookup
    _for_browser = for_browser


def for_browser(accept_language: str) -> Lookup:
    return _for_browser(accept_language) if _for_browser is not None else ENGLISH


@contextmanager
def speaking(lookup: Lookup | None) -> Iterator[None]:
    """Another language for a moment, e.g. a page for a browser that asked for another one."""
    token = _override.set(lookup)
    try:
        yield
    finally:
        _override.reset(token)
