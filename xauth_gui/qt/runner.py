"""Run blocking calls (network, keyring) off the GUI thread; deliver result or error on the GUI thread."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)


@dataclass
class Job:
    id: int
    on_done: Callable[[Any], None] = field(repr=False)
    on_error: Callable[[Exception], None] = field(repr=False)
    settled: bool = False  # result delivered, error delivered or timed out


class Runner(QObject):
    """Owned by Python on purpose (no Qt parent): a worker still running when its owner goes away keeps
    the runner alive through its closure, so the late emit never reaches a deleted C++ object."""

    _finished = Signal(object, object, object)  # job, result, exception

    def __init__(self, name: str, max_workers: int = 2) -> None:
        super().__init__()
        self._closed = False
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix=name)
        self._ids = itertools.count(1)
        self._finished.connect(self._deliver)  # queued: emitted from a worker thread
        self.in_flight = 0

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        *,
        timeout_ms: int | None = None,
        timeout_error: Callable[[], Exception] | None = None,
    ) -> Job:
        job = Job(next(self._ids), on_done, on_error)
        if self._closed:
            job.settled = True  # the owner shut down (a late callback asked for more work): nobody waits
            return job
        self.in_flight += 1

        def work() -> None:
            try:
                result = fn()
            except Exception as exc:
                self._finished.emit(job, None, exc)
            else:
                self._finished.emit(job, result, None)

        self._pool.submit(work)
        if timeout_ms is not None and timeout_error is not None:
            QTimer.singleShot(timeout_ms, self, lambda: self._time_out(job, timeout_error))
        return job

    def _time_out(self, job: Job, make_error: Callable[[], Exception]) -> None:
        if not job.settled and not self._closed:
            job.settled = True
            job.on_error(make_error())

    def _deliver(self, job: Job, result: object, error: Exception | None) -> None:
        self.in_flight -= 1
        if job.settled or self._closed:
            return  # timed out, cancelled, or the owner shut down: nobody waits for it
        job.settled = True
        if error is not None:
            job.on_error(error)
        else:
            job.on_done(result)

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=False, cancel_futures=True)


def collect_only_on_gui_thread(app: QObject) -> None:
    """Python's cycle collector runs on whichever thread happens to allocate when a count crosses its
    threshold. On a worker thread, a collected cycle holding a Qt connection is disconnected there, and
    PySide lets go of the GIL inside QObject::disconnect while it holds Qt's connection lock: if the GUI
    thread, holding the GIL, then connects or sets a label's text, each waits for the other for ever
    (seen once in the suite under load). So automatic collection is off for the life of the application,
    and a timer on the GUI thread collects the generations the counts say are due. Idempotent."""
    import gc

    if app.findChild(QTimer, "guiThreadCollector") is not None:
        return
    gc.disable()
    timer = QTimer(app)
    timer.setObjectName("guiThreadCollector")
    timer.setInterval(250)  # often enough to keep the young generation small; a check costs microseconds

    def collect_due() -> None:
        due = [g for g, (count, limit) in enumerate(zip(gc.get_count(), gc.get_threshold(), strict=True))
               if count > limit]  # fmt: skip
        if due:
            gc.collect(max(due))

    timer.timeout.connect(collect_due)
    timer.start()


def collect_on_gui_thread() -> None:
    """On the way out, after the last reference to the window is dropped: Qt objects left in reference
    cycles die now, on the GUI thread. A collection that started on a worker thread while the exit waits
    for that thread (a fetch still importing `requests`) would deadlock in ~QWidget, which waits for
    the GUI thread."""
    import gc

    gc.collect()
    gc.disable()
