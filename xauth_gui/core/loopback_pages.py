"""The pages the loopback listener shows in the browser: static, self-contained, and in the language the
browser asks for (Accept-Language, applied by the listener with `text.speaking`)."""

from __future__ import annotations

import html
from enum import Enum

from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate

_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{title} - xauth-gui</title>
<style>
body{{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;display:flex;min-height:100vh;
align-items:center;justify-content:center;background:#f5f8fa;color:#0f1419}}
main{{max-width:30em;padding:2em 2.2em;background:#fff;border-radius:16px;box-shadow:0 2px 12px #0002}}
h1{{font-size:1.4em;margin:0 0 .4em}} .mark{{font-size:2.2em;color:{color}}}
@media (prefers-color-scheme:dark){{body{{background:#15202b;color:#e7e9ea}} main{{background:#1e2732}}}}
</style></head>
<body><main><div class="mark">{mark}</div><h1>{title}</h1><p>{text}</p></main></body></html>
"""


class Page(bytes):
    """A static, self-contained page: its English bytes, and the same page in the language the reader's
    browser asked for (`localized`, under `text.speaking`). Every text is a constant of this module,
    never request data."""

    heading: str
    paragraphs: tuple[str, ...]
    ok: bool

    def __new__(cls, title: str, *paragraphs: str, ok: bool) -> Page:
        made = super().__new__(cls, _render("en", title, " ".join(paragraphs), ok))
        made.heading, made.paragraphs, made.ok = title, paragraphs, ok
        return made

    def localized(self) -> bytes:
        words = " ".join(translate("LoopbackHttp", p) for p in self.paragraphs)
        lang = translate("LoopbackHttp", "en")  # the page's HTML language code, so browsers pick fonts right
        return _render(lang, translate("LoopbackHttp", self.heading), words, self.ok)


def _render(lang: str, title: str, text: str, ok: bool) -> bytes:
    return _PAGE.format(
        lang=html.escape(lang), title=html.escape(title, quote=False), text=html.escape(text, quote=False),
        mark="&#10003;" if ok else "!", color="#00ba7c" if ok else "#f4212e",
    ).encode()  # fmt: skip


PAGE_SUCCESS = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "Done: xauth-gui has your token"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "You can close this tab and return to xauth-gui."),
    ok=True,
)
PAGE_DECLINED = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "You declined the request"),
    QT_TRANSLATE_NOOP(
        "LoopbackHttp",
        "No token was issued. You can close this tab and return to xauth-gui; press Authorize there to try again.",
    ),
    ok=False,
)
PAGE_ALREADY = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "This login already finished"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "xauth-gui already received an answer for it. You can close this tab."),
    ok=True,
)
PAGE_NOT_OURS = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "This answer is not for the current login"),
    QT_TRANSLATE_NOOP(
        "LoopbackHttp",
        "It does not match the login xauth-gui is waiting for, so it was ignored. Return to xauth-gui and finish or "
        "restart the login there.",
    ),
    ok=False,
)
PAGE_MALFORMED = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "The answer was damaged"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "xauth-gui could not read it. Return to xauth-gui and start again."),
    ok=False,
)
PAGE_CANCELLED = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "This login was cancelled"),
    QT_TRANSLATE_NOOP(
        "LoopbackHttp",
        "It was cancelled in xauth-gui, so this answer was not used. You can close this tab; press Authorize in "
        "xauth-gui to start again.",
    ),
    ok=False,
)
PAGE_WAITING = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "xauth-gui is waiting"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "Approve the request on X's page; this tab will then show the result."),
    ok=True,
)
PAGE_NOT_FOUND = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "Not found"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "This is xauth-gui's login helper; there is nothing else here."),
    ok=False,
)
PAGE_FORBIDDEN = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "Not allowed"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "This address is only for xauth-gui on this computer."),
    ok=False,
)
PAGE_TIMEOUT = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "Request timeout"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "Nothing arrived in time."),
    ok=False,
)
PAGE_BAD_REQUEST = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "Bad request"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "xauth-gui could not read this request."),
    ok=False,
)
PAGE_WRONG_SERVER = Page(  # constant words: the `iss` it carried is request data, named only in the app
    QT_TRANSLATE_NOOP("LoopbackHttp", "This answer is not from the expected server"),
    QT_TRANSLATE_NOOP(
        "LoopbackHttp",
        "It names another server, or none, as its sender, so xauth-gui refused it and sent nothing on. "
        "Return to xauth-gui: it names both servers.",
    ),
    ok=False,
)


class FailureReason(Enum):
    """A failed login's reason on its page: a short category, never the server's own text."""

    INVALID_SCOPE = QT_TRANSLATE_NOOP("LoopbackHttp", "X refused one of the requested permissions.")
    NO_CODE = QT_TRANSLATE_NOOP("LoopbackHttp", "The answer had no authorization code.")
    ERROR = QT_TRANSLATE_NOOP("LoopbackHttp", "X reported an error instead of a token.")


def failure_page(reason: FailureReason) -> Page:
    """The page for a failed login, naming only its reason's category (never the server's text)."""
    return Page(
        QT_TRANSLATE_NOOP("LoopbackHttp", "The login did not complete"),
        reason.value,
        QT_TRANSLATE_NOOP("LoopbackHttp", "Return to xauth-gui for details and to try again."),
        ok=False,
    )
