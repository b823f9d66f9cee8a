"""Run as a process with QT_QPA_PLATFORM=offscreen:configfile=…: open the window as a user starts it (no
saved size, and again with a saved size larger than this screen) and print where it lands."""

from __future__ import annotations

import json
import sys
import tempfile

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication


def main() -> None:
    app = QApplication([])
    from xauth_gui.app import build

    screen = app.primaryScreen().availableGeometry()
    found = []
    for saved in (False, True):
        folder = tempfile.mkdtemp()
        w = build(["xauth-gui", "--memory-only", "--config-dir", folder, *sys.argv[1:]])
        if saved:  # a size saved on a big monitor, then opened on the laptop
            w.resize(1900, 1200)
            w.settings.geometry = QByteArray(w.saveGeometry())
            w.shutdown()
            w = build(["xauth-gui", "--memory-only", "--config-dir", folder, *sys.argv[1:]])
        w.show()
        for _ in range(20):
            app.processEvents()
        frame = w.frameGeometry()
        found.append({"frame": [frame.x(), frame.y(), frame.width(), frame.height()]})
        w.shutdown()
    print(json.dumps({"screen": [screen.x(), screen.y(), screen.width(), screen.height()], "windows": found}))


if __name__ == "__main__":
    main()
