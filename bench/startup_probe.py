"""One start-up measurement, run as its own process by bench/run.py.

    python -m bench.startup_probe app|bare   (env BENCH_T0_NS: when the parent launched us)

Prints one JSON line: milliseconds from launch to the main window's first paint, and peak RSS (KiB)
after idling 0.5 s past that paint. `bare` is the floor: QApplication + an empty QMainWindow.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    mode = sys.argv[1]
    t0 = int(os.environ["BENCH_T0_NS"])
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    if mode == "bare":
        window = QMainWindow()
    else:
        from xauth_gui.app import build

        window = build(["xauth-gui", "--config-dir", tempfile.mkdtemp(prefix="xauth-bench-"), *sys.argv[2:]])
    painted: list[int] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time_ns())
                QTimer.singleShot(500, app.quit)  # idle a moment, then read the peak RSS
            return False

    first_paint = FirstPaint()
    window.installEventFilter(first_paint)
    window.show()
    QTimer.singleShot(20_000, app.quit)  # bound
    app.exec()
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"first_paint_ms": (painted[0] - t0) / 1e6 if painted else None, "rss_kib": rss_kib}), flush=True)
    if mode != "bare":
        window.shutdown()  # type: ignore[attr-defined]
    os._exit(0)  # the exit itself is not what we measure


if __name__ == "__main__":
    main()
