"""Compile the translation catalogues (resources/i18n/*.ts) to .qm with PySide6's own lrelease, for any
build that did not run scripts/i18n.sh (the release workflow on Windows and macOS, a Wine build): the
bundle always carries every language, in step with the .ts files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def compile_catalogues(i18n: Path) -> list[Path]:
    import PySide6

    pyside = Path(PySide6.__file__).resolve().parent
    lrelease = next(
        p for p in (pyside / "lrelease.exe", pyside / "Qt" / "bin" / "lrelease", pyside / "lrelease") if p.exists()
    )
    built = []
    for ts in sorted(i18n.glob("xauth_gui_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    if not built:
        sys.exit(f"no translation catalogues in {i18n}")
    return built
