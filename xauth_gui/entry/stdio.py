"""Where the command-line reports print: stdout and stderr made usable and UTF-8 on every system."""

from __future__ import annotations

import io
import os
import sys

REPORTS = frozenset({"--version", "--help", "-h", "--diagnose", "--forget-everything"})


def ensure_stdout() -> None:
    """Reports and the token CLI print ✓, ✕ and translated text: make stdout and stderr UTF-8 (a pipe on
    Windows defaults to the ANSI code page, which can't encode them). A windowed Windows build starts
    without a console: attach to the caller's, so reports show."""
    if sys.stdout is None and sys.platform == "win32":
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # type: ignore[attr-defined]  # ATTACH_PARENT_PROCESS
            sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
            if sys.stderr is None:
                sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8", errors="replace")
