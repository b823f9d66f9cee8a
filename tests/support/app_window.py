"""The real window on the in-process sandbox, as the app/e2e tests open it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from tests.support.qt_helpers import free_port
from xauth_gui.app import build
from xauth_gui.ui.main_window import MainWindow


@contextmanager
def sandbox_window(
    qtbot: Any, config_dir: Path, wait_ms: int = 15_000, memory_only: bool = True, sandbox_port: int | None = None
) -> Iterator[MainWindow]:
    # The sandbox on a port of the test's own (XAUTH_GUI_SANDBOX_PORT, set for every test by conftest, or
    # the one given): no test depends on a machine-wide port (8780) being free.
    port = ["--sandbox-port", str(sandbox_port)] if sandbox_port else []
    options = ["--sandbox", "--config-dir", str(config_dir), *port]
    w = build(["xauth-gui", *options, *(["--memory-only"] if memory_only else [])])
    qtbot.addWidget(w)
    # A free callback port per test, typed in like a user would, so tests never collide on 8765.
    edit = w.findChild(QLineEdit, "redirectUriEdit")
    edit.setText(f"http://127.0.0.1:{free_port()}/callback")
    edit.textEdited.emit(edit.text())
    w.show()
    qtbot.waitUntil(lambda: w.controller.vault.ready, timeout=wait_ms)
    try:
        yield w
    finally:
        w.shutdown()


def child(w: QWidget, cls: type, name: str) -> Any:
    found = w.findChild(cls, name)
    assert found is not None, name
    return found


def banner(w: MainWindow) -> str:
    return str(child(w, QWidget, "messageBanner").text())


def said(w: MainWindow) -> object:
    """What the last message says, whatever its language: a machine's Note, an error's class, or a Topic."""
    message = w.controller.last_message
    return message.about if message is not None else None


def access(w: MainWindow) -> str:
    return str(child(w, QLineEdit, "accessTokenField").text())


def click(w: MainWindow, name: str) -> None:
    button = child(w, QPushButton, name)
    assert button.isEnabled(), name
    button.click()


def revoke(w: MainWindow) -> None:
    """Revoke asks first (issue 13): press it, then confirm."""
    click(w, "revokeButton")
    click(w, "confirmRevokeButton")
