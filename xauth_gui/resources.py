"""Files shipped in resources/, found the same way from a source checkout and a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks datas here
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def icon_path(size: int = 256) -> Path:
    return resources_dir() / "icons" / f"xauth-gui-{size}.png"
