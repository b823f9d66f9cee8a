"""One app instance for the end-to-end tests: builds the real window, does one action, prints JSON.

    python tests/support/e2e_driver.py --config-dir D --action login|show|refresh|delete-profile|window
        [--base-url SANDBOX] [--redirect-uri URI] [--keyring-timeout-ms N] [--screenshot PNG]

The printed JSON holds token values: this is a test driver talking to its own test, never the app.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from xauth_gui.app import build
from xauth_gui.core.endpoints import Endpoints
from xauth_gui.core.profile import Profile
from xauth_gui.qt.runner import collect_on_gui_thread
from xauth_gui.sandbox import PUBLIC_CLIENT_ID
from xauth_gui.services.secrets import described


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config-dir", required=True)
    parser.add_argument("--action", required=True)
    parser.add_argument("--base-url")
    parser.add_argument("--redirect-uri")
    parser.add_argument("--keyring-timeout-ms", type=int)
    parser.add_argument("--screenshot")
    parser.add_argument("--browser", default="http", choices=("http", "chromium"))
    args = parser.parse_args()

    app = QApplication([])
    window = build(["xauth-gui", "--config-dir", args.config_dir] + (["--sandbox"] if args.action == "window" else []))
    c = window.controller
    messages: list[str] = []
    c.message.connect(lambda m: messages.append(m.text))
    if args.keyring_timeout_ms:
        c.vault.timeout_ms = args.keyring_timeout_ms
    window.show()

    def pump(predicate: Callable[[], bool], what: str, limit: float = 40.0) -> None:
        deadline = time.monotonic() + limit
        while not predicate():
            if time.monotonic() > deadline:
                print(
                    json.dumps({"error": f"timed out waiting for {what}", "banner": window.banner.text()}), flush=True
                )
                raise SystemExit(3)
            app.processEvents()
            time.sleep(0.005)

    pump(lambda: c.vault.ready and not c.loading and not c.vault.busy, "the vault")

    def state(**extra: object) -> dict[str, object]:
        t = c.tokens
        return {
            "access": t.access_token if t else "",
            "refresh": (t.refresh_token or "") if t else "",
            "banner": window.banner.text(),
            "store": described(c.vault.store),  # the name and the keychain backend
            "store_persistent": c.vault.store.persistent,
            "profile_id": c.profile.id,
            "username": c.profile.username,
            "messages": messages,
            **extra,
        }

    def login(browser: object) -> None:
        browser.install()  # type: ignore[attr-defined]
        c.start_login()
        pump(lambda: c.tokens is not None and c.user is not None and not c.vault.busy, "the login")

    if args.action in ("login", "window"):
        if args.action == "login":
            profile = replace(
                Profile(name="e2e"),
                provider="custom",
                client_id=PUBLIC_CLIENT_ID,
                custom_endpoints=Endpoints.under(args.base_url),
                redirect_uri=args.redirect_uri,
            )
            window.settings.save_profile(profile)
            window.show_profile(profile)
            pump(lambda: not c.loading, "the profile")
        else:
            c.update_profile(replace(c.profile, redirect_uri=args.redirect_uri))
            window.fill_form()
        if args.browser == "chromium":
            from tests.support.chromium import ChromiumBrowser

            browser: object = ChromiumBrowser()
        else:
            from tests.support.browser import ScriptedBrowser

            browser = ScriptedBrowser()
        login(browser)
        extra: dict[str, object] = {}
        if args.screenshot:
            pump(lambda: c.avatar is not None, "the avatar")
            extra = screenshot(window, app, Path(args.screenshot))
        if hasattr(browser, "visits"):
            extra["page_text"] = browser.visits[-1].text  # type: ignore[attr-defined]
        print(json.dumps(state(**extra)), flush=True)
        browser.uninstall()  # type: ignore[attr-defined]
    elif args.action == "show":
        print(json.dumps(state()), flush=True)
    elif args.action == "refresh":
        old = c.tokens.refresh_token if c.tokens else None
        c.refresh()
        pump(lambda: c.tokens is not None and c.tokens.refresh_token != old and not c.refreshing, "the refresh")
        print("REFRESHED " + json.dumps(state()), flush=True)
        time.sleep(60)  # the test kills this process now, hard
    elif args.action == "delete-profile":
        window.delete_current_profile()
        pump(lambda: not c.vault.busy, "the deletion")
        print(json.dumps(state()), flush=True)
    window.shutdown()
    collect_on_gui_thread()  # as the app does on the way out: no collection starts on a worker thread now
    return 0


def screenshot(window: object, app: QApplication, path: Path) -> dict[str, object]:
    """Grab the real window from the X server and check that text was rendered with a real font."""
    from PySide6.QtGui import QFontMetrics

    w = window  # type: ignore[assignment]
    app.processEvents()
    time.sleep(0.3)
    app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    image = w.screen().grabWindow(w.winId()).toImage()  # type: ignore[attr-defined]
    image.save(str(path))
    label = w.user_label  # type: ignore[attr-defined]
    rect = label.geometry()
    origin = label.mapTo(w, rect.topLeft() - rect.topLeft())
    ratio = image.devicePixelRatio()
    dark = 0
    for y in range(int(origin.y() * ratio), int((origin.y() + rect.height()) * ratio)):
        for x in range(int(origin.x() * ratio), int((origin.x() + rect.width()) * ratio)):
            if image.pixelColor(x, y).lightness() < 110:
                dark += 1
    return {
        "platform": app.platformName(),
        "font_has_glyphs": all(QFontMetrics(label.font()).inFontUcs4(ord(ch)) for ch in "Sandbox User@"),
        "label_text": label.text(),
        "label_dark_pixels": dark,
        "size": [image.width(), image.height()],
    }


if __name__ == "__main__":
    sys.exit(main())
