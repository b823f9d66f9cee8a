"""Where the app's own files are, found the same way from a source checkout and a frozen bundle."""

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


def self_command(*args: str) -> list[str]:
    """How to start this same app again (frozen bundle or source checkout)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, str(Path(__file__).resolve().parent.parent / "main.py"), *args]


def licences_index() -> Path | None:
    """The licence texts an installer carries (scripts/sbom.py writes them beside the program), or None in
    a source checkout, where each package keeps its own."""
    found = Path(sys.executable).resolve().parent / "licenses" / "README.txt"
    return found if getattr(sys, "frozen", False) and found.is_file() else None
