"""The sandbox's HTML: the consent page, X's "Something went wrong" page, the home and error pages.

Every value from a request is escaped; the consent form posts back to the decision URL.
"""

from __future__ import annotations

import html

from xauth_gui.core.scopes import BY_NAME

from .protocol import SANDBOX_USER
from .replies import Consent

SOMETHING_WENT_WRONG = "Something went wrong"
_STYLE = (
    "body{font-family:sans-serif;max-width:34em;margin:3em auto;line-height:1.4}"
    "button{font-size:1em;padding:.5em 1.2em;margin-right:1em}li{margin:.3em 0}"
    # The browser's dark scheme, like the app's own pages (issue 23).
    "@media (prefers-color-scheme:dark){body{background:#15202b;color:#e7e9ea}a{color:#8ecdf8}}"
)


def document(title: str, body: str) -> bytes:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='color-scheme' content='light dark'><title>"
        + html.escape(title)
        + f"</title><style>{_STYLE}</style></head><body>"
        + body
        + "</body></html>"
    ).encode()


def consent_page(consent: Consent) -> bytes:
    items = "".join(
        f"<li><b>{html.escape(BY_NAME[s].description if s in BY_NAME else 'A permission of this server')}</b> "
        f"<small>({html.escape(s)})</small></li>"
        for s in consent.scopes
    )
    return document(
        "Authorize app - X sandbox",
        f"<h1>{html.escape(consent.client_id)} wants to access your X account</h1>"
        f"<p>Signed in as <b>@{SANDBOX_USER['username']}</b> (sandbox).</p>"
        f"<p>It will be able to:</p><ul>{items}</ul>"
        "<form method='post' action='/i/oauth2/authorize/decision'>"
        f"<input type='hidden' name='request_id' value='{html.escape(consent.request_id)}'>"
        "<button type='submit' name='decision' value='allow' id='allow'>Authorize app</button>"
        "<button type='submit' name='decision' value='deny' id='cancel'>Cancel</button></form>",
    )


def something_went_wrong_page() -> bytes:
    return document(
        "X / Error",
        f"<h1>{SOMETHING_WENT_WRONG}</h1><p>You weren't able to give access to the App. "
        "Go back and try logging in again.</p>",
    )


def home_page() -> bytes:
    return document(
        "xauth-gui sandbox", "<h1>xauth-gui sandbox</h1><p>An X-compatible OAuth 2.0 server for trying the app.</p>"
    )


def status_page(status: int) -> bytes:
    return document("Error", f"<h1>{int(status)} Service Unavailable</h1>")
