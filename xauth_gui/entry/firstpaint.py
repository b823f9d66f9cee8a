"""Start-up measurement, shared by the source benchmark and the frozen builds (`--bench-first-paint`).

Prints one JSON line: milliseconds from launch (env BENCH_T0_NS, set by the launching benchmark) to
the window's first paint, and the peak RSS (KiB) sampled over the idle 0.5 s after that paint; exits.
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Callable
from typing import Any


def rss_kib() -> int:
    """Resident set size now (Linux VmRSS; elsewhere the peak from getrusage).

    Not a peak counter on Linux: a child spawned by a big parent inherits the parent's high-water
    mark (ru_maxrss and VmHWM alike), which made every probe report the benchmark's own size."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


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

    samples: list[int] = []
    sampler = QTimer()
    sampler.setInterval(50)  # the peak over the idle half second after the first paint
    sampler.timeout.connect(lambda: samples.append(rss_kib()) if painted else None)
    sampler.start()

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
                "rss_kib": max(samples, default=rss_kib()),
            }
        ),
        flush=True,
    )
    if hasattr(window, "shutdown"):
        window.shutdown()
    os._exit(0)  # process exit is not what is measured
