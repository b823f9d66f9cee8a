"""The floor for the frozen start-up figures: a PySide6 hello window, frozen the same way (bare.spec)."""

import os
import sys

if "--bench-first-paint" in sys.argv:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QMainWindow

    from xauth_gui.entry.firstpaint import measure

    measure(QMainWindow)
else:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.show()
    sys.exit(app.exec())
