"""What is checked before Qt starts, so a missing screen is one plain sentence, not Qt's abort text."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable


def no_screen_reason(environ: dict[str, str] | None = None, find: Callable[[str], str | None] | None = None) -> str:
    """Why the window can't open here (Linux without a display, or without Qt's X11 helper), or ""."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return ""
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "there is no screen to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Start it in a "
            "desktop session; without one, `xauth-gui --diagnose` checks this installation and `xauth-gui token` "
            "prints a saved token."
        )
    if not env.get("WAYLAND_DISPLAY"):
        import ctypes.util

        if (find or ctypes.util.find_library)("xcb-cursor") is None and not _bundled("libxcb-cursor.so"):
            return (
                "the window needs the X11 library libxcb-cursor0, which is not installed: `sudo apt install "
                "libxcb-cursor0` (or `make run`, which installs it), then start again."
            )
    return ""


def _bundled(name: str) -> bool:
    """A frozen build may carry the library itself, where the system's lookup does not see it."""
    folder = getattr(sys, "_MEIPASS", None)
    if not folder:
        return False
    from pathlib import Path

    return any(Path(folder).rglob(name + "*"))
