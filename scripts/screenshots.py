"""Render the window's states to PNG (offscreen): get started, empty, waiting, tokens, error.

.venv/bin/python scripts/screenshots.py OUT_DIR [--scale 2] [--dark] [--lang ja]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--lang", default="en", help="the app's language (en, de, es, fr, ja, pt_BR)")
    args = parser.parse_args()
    # An offscreen screen as large as a desktop's (the window fits itself to the screen it opens on).
    screen = {"name": "desktop", "x": 0, "y": 0, "width": int(1920 * float(args.scale)),
              "height": int(1200 * float(args.scale)), "logicalDpi": 96}  # fmt: skip
    config = Path(tempfile.mkdtemp()) / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication

    from xauth_gui.app import build
    from xauth_gui.sandbox.browser import ScriptedBrowser

    app = QApplication([])
    app.setStyle("Fusion")
    if args.dark:  # what a dark desktop hands Qt (offscreen has no desktop to ask)
        from PySide6.QtGui import QColor, QPalette

        dark = QPalette()
        for role, color in (
            (QPalette.ColorRole.Window, "#202124"),
            (QPalette.ColorRole.WindowText, "#e8eaed"),
            (QPalette.ColorRole.Base, "#17181a"),
            (QPalette.ColorRole.AlternateBase, "#2a2b2e"),
            (QPalette.ColorRole.Text, "#e8eaed"),
            (QPalette.ColorRole.Button, "#2d2e31"),
            (QPalette.ColorRole.ButtonText, "#e8eaed"),
            (QPalette.ColorRole.Highlight, "#1d9bf0"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
            (QPalette.ColorRole.ToolTipBase, "#2d2e31"),
            (QPalette.ColorRole.ToolTipText, "#e8eaed"),
        ):
            dark.setColor(role, QColor(color))
        dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6b6e72"))
        dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6b6e72"))
        app.setPalette(dark)
    suffix = f"{'dark' if args.dark else 'light'}-{args.scale}x" + ("" if args.lang == "en" else f"-{args.lang}")
    lang = ["--lang", args.lang]
    args.out.mkdir(parents=True, exist_ok=True)

    def pump(predicate, limit_s: float = 10.0) -> None:  # type: ignore[no-untyped-def]
        import time

        end = time.monotonic() + limit_s
        while not predicate() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def shot(window, name: str) -> None:  # type: ignore[no-untyped-def]
        pump(lambda: False, 0.3)
        window.grab().save(str(args.out / f"{name}-{suffix}.png"))

    first = build(["xauth-gui", "--memory-only", "--config-dir", tempfile.mkdtemp(), *lang])  # a newcomer's first run
    first.resize(1100, 760)
    first.show()
    shot(first.pages.dialog, "get-started")  # the welcome window over the main window
    first.shutdown()
    first.close()

    window = build(["xauth-gui", "--sandbox", "--memory-only", "--config-dir", tempfile.mkdtemp(), *lang])
    window.resize(1100, 760)
    window.show()
    pump(lambda: window.controller.vault.ready)
    shot(window, "empty")

    script = ScriptedBrowser(follow=False)

    class SystemBrowser(QObject):
        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            script.open(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))

    browser = SystemBrowser()
    QDesktopServices.setUrlHandler("http", browser, "open")
    window.sandbox_host.sandbox.auto_approve = True
    window.controller.start_login()
    shot(window, "waiting")
    window.controller.cancel_login(quiet=True)
    script.follow = True
    window.controller.start_login()
    pump(lambda: window.controller.user is not None and window.controller.avatar is not None)
    shot(window, "tokens")
    console = window.ensure_console()
    window.show_console()
    console.resize(1180, 760)
    console.catalogue.search_edit.setText("search posts")  # the explorer: every X API call, found by words
    console.catalogue.select(next(c for c in console.catalogue.calls if c.id == "searchPostsRecent"))
    console.choose_preset("search_recent")  # a ready call, with its example values
    console.send()
    pump(lambda: console.status_label.text() != "")
    shot(console, "console")
    console.hide()
    window.sandbox_host.sandbox.set_faults(status=503)
    window.controller.refresh()
    pump(lambda: window.controller.last_message is not None and window.controller.last_message.kind.value == "error")
    shot(window, "error")
    QDesktopServices.unsetUrlHandler("http")
    window.shutdown()


if __name__ == "__main__":
    main()
