"""The Windows build's steps, written once. `scripts/windows.sh` (on Linux, under Wine) and the release
workflow (on Windows) both call them; only signing, which sits between steps, stays with each caller
(osslsigncode there, signtool here).

    python packaging/windows/build.py freeze                  PyInstaller onedir: dist/windows/xauth-gui
    python packaging/windows/build.py bom [--site DIR …]      bill of materials + the licences shipped
    python packaging/windows/build.py pack --iscc ISCC [-- ARG …]   Inno Setup: the setup .exe
    python packaging/windows/build.py sums                    SHA256SUMS of the setup and its bill
    python packaging/windows/build.py version                 the version being built

Stdlib only: it runs with the Windows Python that freezes (under Wine too) and with the build host's.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(os.path.abspath(__file__)).parents[2]  # not resolve(): under Wine it may add \\?\
DIST = ROOT / "dist" / "windows"
ISS = ROOT / "packaging" / "windows" / "xauth-gui.iss"


def version() -> str:
    found = re.search(r'^__version__ = "(.+)"', (ROOT / "xauth_gui" / "__init__.py").read_text(), re.M)
    if not found:
        raise SystemExit("build: no __version__ in xauth_gui/__init__.py")
    return found.group(1)


def setup_exe() -> Path:
    return DIST / f"xauth-gui-{version()}-setup.exe"


def bill() -> Path:
    return DIST / f"xauth-gui-{version()}.cdx.json"


def freeze_command(python: str = sys.executable) -> list[str]:
    return [python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(DIST),
            "--workpath", str(ROOT / "build" / "windows"), str(ROOT / "build.spec")]  # fmt: skip


def bom_command(site: Path, python_version: str, python_licence: Path, python: str = sys.executable) -> list[str]:
    return [python, str(ROOT / "scripts" / "sbom.py"), str(site), "--platform", "win32", "--python", python_version,
            "--out", str(bill()), "--licences", str(DIST / "xauth-gui" / "licenses"),
            "--python-licence", str(python_licence)]  # fmt: skip


def pack_command(iscc: str, extra: list[str]) -> list[str]:
    return [iscc, "/Q", f"/DAppVersion={version()}", *extra, str(ISS)]


def sums() -> str:
    """sha256sum's format, for the setup and its bill of materials (to check a download)."""
    lines = [f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.name}\n" for f in (setup_exe(), bill())]
    (DIST / "SHA256SUMS").write_text("".join(lines), encoding="ascii", newline="\n")
    return "".join(lines)


def _run(command: list[str], made: Path) -> None:
    status = subprocess.run(command, stdin=subprocess.DEVNULL, check=False).returncode
    if status != 0 or not made.is_file():
        raise SystemExit(f"build: {Path(command[0]).name} {'failed' if status else 'made no'} {made.name}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    steps = parser.add_subparsers(dest="step", required=True)
    steps.add_parser("freeze")
    bom = steps.add_parser("bom")
    bom.add_argument("--site", type=Path, default=Path(sysconfig.get_paths()["purelib"]))
    bom.add_argument("--python-version", default=platform.python_version())
    bom.add_argument("--python-licence", type=Path, default=Path(sys.base_prefix, "LICENSE.txt"))
    pack = steps.add_parser("pack")
    pack.add_argument("--iscc", required=True, help="Inno Setup's ISCC.exe")
    pack.add_argument("extra", nargs="*", help="more ISCC arguments (after --), e.g. a sign tool")
    steps.add_parser("sums")
    steps.add_parser("version")
    args = parser.parse_args(argv)
    if args.step == "freeze":
        _run(freeze_command(), DIST / "xauth-gui" / "xauth-gui.exe")
    elif args.step == "bom":
        _run(bom_command(args.site, args.python_version, args.python_licence), bill())
    elif args.step == "pack":
        _run(pack_command(args.iscc, args.extra), setup_exe())
    elif args.step == "sums":
        print(sums(), end="")
    else:
        print(version())


if __name__ == "__main__":
    main()
