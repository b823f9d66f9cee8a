"""What a diagnostic check is (a name, a status and a plain sentence) and the Qt application the checks
that need one share. Used by `--diagnose` (diagnose.py, diagnose_login.py)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from xauth_gui import APP_NAME
from xauth_gui.core.text import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

OK, WARN, FAIL = "ok", "warning", "failed"
_MARK = {OK: "✓", WARN: "⚠", FAIL: "✕"}


@dataclass
class Check:
    name: str
    status: str
    detail: str

    def line(self) -> str:
        return f"{_MARK[self.status]} {translate('Diagnose', self.name)}: {self.detail}"


def qt_app() -> QCoreApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([APP_NAME])
