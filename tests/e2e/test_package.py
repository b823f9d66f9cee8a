"""The installer as users get it: build the onedir bundle and the .deb, install it with apt, run the
installed app's self-check (offscreen, and against a real Secret Service), validate the desktop entry,
remove it, and check that nothing is left behind. Needs root (CI runs as root)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.e2e import (
    ROOT,
    base_env,
    check_bill_of_materials,
    check_sums,
    config_with_own_callback,
    secret_service,
)

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="installs a Debian package: needs root (CI is root)")

INSTALLED = [
    Path("/opt/xauth-gui"),
    Path("/usr/bin/xauth-gui"),
    Path("/usr/share/applications/xauth-gui.desktop"),
    Path("/usr/share/icons/hicolor/256x256/apps/xauth-gui.png"),
]


def run(*cmd: str, env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env)


@pytest.fixture(scope="module")
def deb() -> Iterator[Path]:
    run("apt-get", "remove", "-y", "--purge", "xauth-gui")  # a leftover from an interrupted run
    built = run(
        "bash", "scripts/make_deb.sh", env={**os.environ, "PATH": f"{ROOT / '.venv' / 'bin'}:{os.environ['PATH']}"}
    )
    assert built.returncode == 0, built.stderr[-3000:]
    assert "Library not found" not in built.stderr
    path = ROOT / built.stdout.strip().splitlines()[-1]
    installed = run("apt-get", "install", "-y", "--no-install-recommends", str(path))
    assert installed.returncode == 0, installed.stderr[-3000:]
    yield path
    run("apt-get", "remove", "-y", "--purge", "xauth-gui")


def test_package_metadata(deb: Path) -> None:
    assert deb.name.startswith("xauth-gui_") and deb.name.endswith(".deb")
    fields = run("dpkg-deb", "-f", str(deb)).stdout
    assert "Package: xauth-gui\n" in fields and "Depends: libc6 (>= 2." in fields
    files = run("dpkg-deb", "-c", str(deb)).stdout
    assert "./opt/xauth-gui/xauth-gui" in files and "./usr/bin/xauth-gui" in files
    assert " ./usr/bin/xauth\n" not in files  # Debian's X11 xauth owns that name


def test_installed_app_answers(deb: Path, tmp_path: Path) -> None:
    assert run("/usr/bin/xauth-gui", "--version").stdout.strip() == f"xauth-gui {deb.name.split('_')[1]}"
    env = base_env(tmp_path / "home")
    own = str(config_with_own_callback(tmp_path / "cfg"))
    for _ in range(2):  # twice in a row (checklist B12): the first run's sockets must not fail the second
        out = run("/usr/bin/xauth-gui", "--diagnose", "--config-dir", own, env=env, timeout=180)
        assert out.returncode == 0, out.stdout + out.stderr[-2000:]
        assert "✓ Window system: Qt" in out.stdout and "✓ Sandbox login" in out.stdout
        assert "✓ TLS trust store" in out.stdout and "✓ Callback port" in out.stdout
        assert "⚠ Keyring: No secure storage" in out.stdout  # no D-Bus here: a warning, not a failure
    german = run("/usr/bin/xauth-gui", "--diagnose", "--lang", "de", "--config-dir", own, env=env, timeout=180)
    assert german.returncode == 0 and "✓ Sandbox-Anmeldung:" in german.stdout, german.stdout + german.stderr[-2000:]
    assert german.stdout.strip().endswith("Alle nötigen Prüfungen bestanden.")
    token = run("/usr/bin/xauth-gui", "token", "--config-dir", str(tmp_path / "empty"), env=env)
    assert token.returncode == 1 and "No saved profile" in token.stderr and token.stdout == ""  # the frozen CLI


def test_installed_app_with_a_real_secret_service(deb: Path, tmp_path: Path) -> None:
    with secret_service(tmp_path / "home") as env:
        own = str(config_with_own_callback(tmp_path / "cfg"))
        out = run("/usr/bin/xauth-gui", "--diagnose", "--config-dir", own, env=env, timeout=180)
    assert out.returncode == 0, out.stdout + out.stderr[-2000:]
    assert "✓ Keyring: the system keychain (SecretService.Keyring): write, read and delete work." in out.stdout


def test_desktop_entry_is_valid(deb: Path) -> None:
    out = run("desktop-file-validate", "/usr/share/applications/xauth-gui.desktop")
    assert out.returncode == 0 and out.stdout.strip() == "", out.stdout + out.stderr


def test_removal_leaves_nothing(deb: Path) -> None:
    assert all(p.exists() for p in INSTALLED)
    out = run("apt-get", "remove", "-y", "--purge", "xauth-gui")
    assert out.returncode == 0, out.stderr[-2000:]
    assert [p for p in INSTALLED if p.exists()] == []
    assert run("dpkg", "-s", "xauth-gui").returncode != 0
    reinstall = run("apt-get", "install", "-y", "--no-install-recommends", str(deb))  # for the fixture's teardown
    assert reinstall.returncode == 0


def test_the_package_ships_its_bill_of_materials_checksums_and_licences(deb: Path) -> None:
    """Issue 27: SHA256SUMS matches, the SBOM lists the pinned runtime, and the licence texts are installed."""
    sbom = deb.with_name(deb.name.removesuffix(".deb") + ".cdx.json")
    assert sorted(check_sums(deb.parent)) == sorted([deb.name, sbom.name])
    names = check_bill_of_materials(sbom)
    index = Path("/opt/xauth-gui/licenses/README.txt").read_text()
    for name in names:
        if name not in ("qt", "cpython"):
            assert f"{name}-" in index, name
    pyside = next(Path("/opt/xauth-gui/licenses").glob("pyside6-essentials-*"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (pyside / "LGPL-3.txt").read_text()
    assert (
        "PYTHON SOFTWARE FOUNDATION LICENSE"
        in next(Path("/opt/xauth-gui/licenses").glob("python-*/LICENSE.txt")).read_text()
    )
