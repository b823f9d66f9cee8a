"""The console's first opening, which now reads the catalogue of X API calls (issue 25): measured once per
process (a second opening reuses the window), with the catalogue's own load time and the memory it holds.
Start-up does not pay for it: the catalogue is read when the console is first shown."""

from __future__ import annotations

import time
import tracemalloc
from typing import Any

from bench.harness import Harness


def console_first_open(h: Harness) -> dict[str, Any]:
    from xauth_gui.ui.console_catalogue import catalogue_calls

    console = h.window.ensure_console()  # built after the first paint, without the catalogue
    started = time.perf_counter()
    h.window.show_console()  # the first opening reads the catalogue and lists it
    h.pump(lambda: console.catalogue.view.topLevelItemCount() > 0)
    opened_ms = (time.perf_counter() - started) * 1000
    console.hide()
    tracemalloc.start()
    started = time.perf_counter()
    calls = catalogue_calls()  # read and parse again, alone: the catalogue's own share
    load_ms = (time.perf_counter() - started) * 1000
    held, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"console_first_open_ms": round(opened_ms, 1), "catalogue_load_ms": round(load_ms, 1),
            "catalogue_kib": round(held / 1024), "catalogue_calls": len(calls)}  # fmt: skip
