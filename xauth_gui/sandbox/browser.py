"""A scripted browser for the sandbox: what a person does on the consent page, then the redirect.

Shared by `--diagnose`, the benchmarks and the tests. Standard library only; each visit runs on its
own thread, as a real browser's would. It opens the authorize URL, presses Authorize (or Cancel) on
the consent page (or takes the auto-approve redirect), and follows the redirect to the app's listener.
"""

from __future__ import annotations

import http.client
import re
import threading
from collections.abc import Callable
from urllib.parse import urlencode, urlsplit

_REQUEST_ID = re.compile(r"name='request_id' value='([^']+)'")


class BrowserError(Exception):
    """The sandbox answered in a way no consent flow does."""


def http_get(url: str, timeout: float = 20.0) -> tuple[int, dict[str, str], str]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)
    try:
        conn.request("GET", parts.path + ("?" + parts.query if parts.query else ""))
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def http_post_form(url: str, form: dict[str, str], timeout: float = 20.0) -> tuple[int, dict[str, str], str]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)
    try:
        conn.request("POST", parts.path, urlencode(form), {"Content-Type": "application/x-www-form-urlencoded"})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def consent(authorize_url: str, decision: str = "allow") -> str:
    """Open the consent page, press Authorize ("allow") or Cancel; return the redirect's Location."""
    status, headers, page = http_get(authorize_url)
    if status == 302:  # auto-approve
        return headers["location"]
    match = _REQUEST_ID.search(page)
    if status != 200 or match is None:
        raise BrowserError(f"no consent page (HTTP {status})")
    base = urlsplit(authorize_url)
    form = {"request_id": match.group(1), "decision": decision}
    status, headers, _ = http_post_form(f"{base.scheme}://{base.netloc}/i/oauth2/authorize/decision", form)
    if status != 302:
        raise BrowserError(f"the decision was not redirected (HTTP {status})")
    return headers["location"]


class ScriptedBrowser:
    """`open(url)` is an open_url: it returns at once and visits on a thread. Results are kept."""

    def __init__(
        self, decision: str = "allow", follow: bool = True, on_follow: Callable[[], None] | None = None
    ) -> None:
        self.decision = decision
        self.follow = follow  # False: stop after the consent page (the paste-fallback case)
        self.on_follow = on_follow  # called just before the redirect is sent (benchmarks time from here)
        self.opened: list[str] = []
        self.locations: list[str] = []
        self.pages: list[tuple[int, str]] = []
        self.errors: list[BaseException] = []
        self._threads: list[threading.Thread] = []

    def open(self, url: str) -> bool:
        self.opened.append(url)
        thread = threading.Thread(target=self._visit, args=(url,), name="scripted-browser", daemon=True)
        self._threads.append(thread)
        thread.start()
        return True

    def _visit(self, url: str) -> None:
        try:
            location = consent(url, self.decision)
            self.locations.append(location)
            if self.follow:
                if self.on_follow is not None:
                    self.on_follow()
                status, _, page = http_get(location)
                self.pages.append((status, page))
        except BaseException as exc:  # kept for the caller to check; a thread must not die loudly
            self.errors.append(exc)

    def join(self, timeout: float = 10.0) -> None:
        for thread in self._threads:
            thread.join(timeout=timeout)
