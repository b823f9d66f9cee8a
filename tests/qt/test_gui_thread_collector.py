"""Cycles are collected on the GUI thread only (qt/runner.collect_only_on_gui_thread): a collection on a
worker thread can disconnect a Qt connection there, which deadlocked the GUI thread once in the suite."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from xauth_gui.qt.runner import collect_only_on_gui_thread


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cycle collector frees it


def test_a_worker_crossing_the_thresholds_starts_no_collection_and_the_gui_thread_collects(qtbot: Any) -> None:
    app = QApplication.instance()
    assert app is not None
    collect_only_on_gui_thread(app)
    collect_only_on_gui_thread(app)  # idempotent: one timer
    assert not gc.isenabled() and len(app.findChildren(QTimer, "guiThreadCollector")) == 1
    started_on: list[int] = []

    def seen(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            started_on.append(threading.get_ident())

    def churn() -> None:
        for _ in range(20 * gc.get_threshold()[0]):
            Node()

    gc.callbacks.append(seen)
    try:
        worker = threading.Thread(target=churn)
        worker.start()
        worker.join(30)
        assert not worker.is_alive()
        assert gc.get_count()[0] > gc.get_threshold()[0]  # a collection was due while the worker ran…
        assert started_on == []  # …and none started there
        qtbot.waitUntil(lambda: bool(started_on), timeout=5000)  # the GUI thread's timer does it
        assert set(started_on) == {threading.get_ident()}
    finally:
        gc.callbacks.remove(seen)
