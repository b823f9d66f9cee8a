"""Composition root: parses the command line, builds the real objects and wires them."""

from __future__ import annotations

import argparse

from xauth_gui import APP_NAME, __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=APP_NAME, description="Get X (Twitter) API user tokens with OAuth 2.0 PKCE.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--sandbox", action="store_true", help="start with the built-in sandbox server (no X account needed)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    import sys

    args = parse_args(list(sys.argv if argv is None else argv)[1:])
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    window.setCentralWidget(QLabel("xauth-gui" + (" (sandbox)" if args.sandbox else "")))
    window.show()
    return int(app.exec())
