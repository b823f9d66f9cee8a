"""One start-up measurement in its own process (see xauth_gui.entry.firstpaint).

python -m bench.startup_probe app [app options] | bare
"""

from __future__ import annotations

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from xauth_gui.entry.firstpaint import measure

    if sys.argv[1] == "bare":  # the floor: QApplication + an empty QMainWindow
        from PySide6.QtWidgets import QMainWindow

        measure(QMainWindow)
    else:
        from xauth_gui.app import build

        measure(lambda: build(["xauth-gui", "--config-dir", tempfile.mkdtemp(prefix="xauth-bench-"), *sys.argv[2:]]))


if __name__ == "__main__":
    main()
