"""The Windows build's pinned environment (packaging/windows/requirements.txt) ships what the app's own
requirements say, every line is hash-checked, and the .iss and the release workflow use the same paths
and steps as `make windows`."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def pins(path: Path) -> dict[str, str]:
    found = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            name, version = re.split(r"==", line.split()[0])
            found[re.sub(r"[-_.]+", "-", name).lower()] = version
    return found


def test_windows_environment_pins_the_apps_runtime_and_checks_every_hash() -> None:
    windows = ROOT / "packaging" / "windows" / "requirements.txt"
    runtime, locked = pins(ROOT / "requirements.txt"), pins(windows)
    assert {name: locked.get(name) for name in runtime} == runtime
    dev = pins(ROOT / "requirements-dev.txt")
    assert locked["pyinstaller"] == dev["pyinstaller"]  # the Linux bundle and the Windows one freeze alike
    lines = [line for line in windows.read_text().splitlines() if line and not line.startswith("#")]
    assert lines and all(re.search(r" --hash=sha256:[0-9a-f]{64}$", line) for line in lines)
    assert not {"secretstorage", "jeepney", "cryptography"} & set(locked)  # Linux-only keyring backends


def test_release_workflow_and_installer_script_use_the_make_windows_paths() -> None:
    iss = (ROOT / "packaging" / "windows" / "xauth-gui.iss").read_text(encoding="utf-8-sig")
    assert '#define DistDir "..\\..\\dist\\windows"' in iss
    script = (ROOT / "scripts" / "windows.sh").read_text()
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text()
    for step in ("--distpath dist\\windows --workpath build\\windows build.spec", "packaging\\windows\\xauth-gui.iss"):
        assert step in workflow
    assert r"--distpath Z:\\src\\dist\\windows" in script
