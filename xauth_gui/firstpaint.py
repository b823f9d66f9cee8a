"""Start-up measurement, shared by the source benchmark and the frozen builds (`--bench-first-paint`).

Prints one JSON line: milliseconds from launch (env BENCH_T0_NS, set by the launching benchmark) to
the window's first paint, and peak RSS (KiB) after idling 0.5 s past that paint; then exits.
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Callable
from typing import Any


def measure(make_window: Callable[[], Any]) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["xauth-gui"])
    window = make_window()
    painted: list[int] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time_ns())
                QTimer.singleShot(500, app.quit)
            return False

    first_paint = FirstPaint()
    window.installEventFilter(first_paint)
    window.show()
    QTimer.singleShot(20_000, app.quit)  # bound
    app.exec()
    t0 = int(os.environ.get("BENCH_T0_NS", "0"))
    print(
        json.dumps(
            {
                "first_paint_ms": (painted[0] - t0) / 1e6 if painted and t0 else None,
                "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            }
        ),
        flush=True,
    )
    if hasattr(window, "shutdown"):
        window.shutdown()
    os._exit(0)  # process exit is not what is measured
