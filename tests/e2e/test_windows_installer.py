"""The Windows installer as users get it, proven on Linux under Wine (scripts/windows.sh, `make windows`):
build it from build.spec and the .iss, install it silently into a fresh Wine prefix under Xvfb, run the
installed app's self-check, then uninstall it, once keeping the user's settings and once removing them.

Wine differs from real Windows where noted: it has no icuuc.dll (scripts/windows.sh puts a stub in the
prefix), and it hands a windowed program the caller's standard handles, so reports reach the pipe
without attaching to a console. Needs root (debootstrap, chroot): CI runs as root.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.e2e import ROOT, check_bill_of_materials, check_sums, config_with_own_callback
from xauth_gui import __version__

pytestmark = [
    pytest.mark.skipif(os.geteuid() != 0, reason="builds in a chroot: needs root (CI is root)"),
    pytest.mark.timeout(3600),  # the first test waits for the build: minutes on a cold cache
]

APP_ID = "{6B1F3C2E-5D7A-4E9B-9C1D-2A8F0E4B7C31}_is1"
EXE = r"C:\Program Files\xauth-gui\xauth-gui.exe"
PREFIX = f"test-{os.getpid()}"  # a fresh prefix for this run
KEY = "4f9c0b2e-profile/refresh_token"  # a profile's keyring entry, as Profile.secret_key names it


def windows(*args: str, timeout: float = 300, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "scripts/windows.sh", *args], capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT, check=False, env=env)  # fmt: skip


def in_prefix(*cmd: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """One Windows program in the test prefix (with Xvfb), through Wine; stdout and stderr come together."""
    return windows("run", PREFIX, "wine", *cmd, timeout=timeout)


def signing_ca() -> tuple[Path, Path, Path]:
    """The test's own certificate authority and signer, made on first use and kept with the Windows cache
    (a new one every run would change the build's inputs, and so rebuild it every run)."""
    folder = Path(windows("root").stdout.strip()).parent / "test-ca"
    if not (folder / "signer.pfx").is_file():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        throwaway_ca(folder)
    return folder / "ca.pem", folder / "signer.pfx", folder / "password"


@pytest.fixture(scope="module")
def prefix() -> Iterator[Path]:
    _ca, pfx, password = signing_ca()  # the build signs, as a release build with a certificate does (issue 27)
    signing = {**os.environ, "XAUTH_GUI_SIGN_PFX": str(pfx), "XAUTH_GUI_SIGN_PASSWORD_FILE": str(password)}
    built = windows("build", timeout=3000, env=signing)  # a cold cache sets up Wine and the Windows Python first
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-3000:]
    setup = built.stdout.strip().splitlines()[-1]
    assert setup == f"dist/windows/xauth-gui-{__version__}-setup.exe"
    root = Path(windows("root").stdout.strip()) / "var" / "tmp" / "prefixes" / PREFIX
    shutil.rmtree(root, ignore_errors=True)
    try:
        install(root)
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def install(root: Path) -> None:
    setup = rf"Z:\src\dist\windows\xauth-gui-{__version__}-setup.exe"
    out = in_prefix(setup, "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", r"/LOG=C:\setup.log")
    assert out.returncode == 0, out.stdout[-3000:]
    log = (root / "drive_c" / "setup.log").read_text(encoding="utf-8", errors="replace")
    assert "Installation process succeeded" in log, log[-3000:]


def program_dir(root: Path) -> Path:
    return root / "drive_c" / "Program Files" / "xauth-gui"


def start_menu(root: Path) -> Path:
    return root / "drive_c" / "ProgramData" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "xauth-gui"


def uninstall_entry(root: Path) -> dict[str, str]:
    """The installer's key under HKLM\\...\\Uninstall, read from the prefix's registry file."""
    text = (root / "system.reg").read_text(encoding="utf-8", errors="replace")
    key = re.escape(f"[Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\{APP_ID}]")
    match = re.search(key + r"[^\n]*\n(.*?)\n\n", text, re.S)
    if match is None:
        return {}
    return dict(re.findall(r'^"([^"]+)"="(.*)"$', match.group(1), re.M))


def settings_file(root: Path) -> Path:
    return root / "drive_c" / "users" / "root" / "AppData" / "Roaming" / "xauth-gui" / "xauth-gui.ini"


def credential(action: str) -> str:
    """Set or read the profile's entry in the Windows Credential Manager (Wine's) with keyring."""
    code = {
        "set": f"import keyring; keyring.set_password('xauth-gui', {KEY!r}, 'still-here')",
        "get": f"import keyring; print('value', keyring.get_password('xauth-gui', {KEY!r}))",
    }[action]
    out = in_prefix(r"Z:\opt\python\python.exe", "-c", code)
    assert out.returncode == 0, out.stdout[-2000:]
    return out.stdout


def seed_user_data(root: Path) -> None:
    """What a user leaves behind: a saved profile in the settings and its secret in the keyring."""
    path = settings_file(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    profile = {"id": KEY.split("/")[0], "name": "My app", "client_id": "abc"}
    path.write_text(f"[profiles]\nall={json.dumps(json.dumps([profile]))}\n", encoding="utf-8")
    credential("set")
    assert "value still-here" in credential("get")


def uninstall(root: Path, *extra: str) -> None:
    out = in_prefix(r"C:\Program Files\xauth-gui\unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES", *extra)
    assert out.returncode == 0, out.stdout[-3000:]


def test_installs_the_program_its_shortcuts_and_its_uninstall_entry(prefix: Path) -> None:
    assert (program_dir(prefix) / "xauth-gui.exe").is_file()
    assert (program_dir(prefix) / "unins000.exe").is_file()
    assert (start_menu(prefix) / "xauth-gui.lnk").is_file()
    assert any(p.name.startswith("Uninstall") for p in start_menu(prefix).glob("*.lnk"))
    entry = uninstall_entry(prefix)
    assert entry.get("DisplayName", "").startswith("xauth-gui") and entry.get("DisplayVersion") == __version__
    assert "unins000.exe" in entry.get("UninstallString", "")
    assert not list(program_dir(prefix).rglob("opengl32sw.dll"))  # trimmed like the Linux bundle


def own_callback(prefix: Path) -> str:
    """Settings (in the prefix's C: drive) whose profile's callback port is the test's own, not 8765."""
    config_with_own_callback(prefix / "drive_c" / "xauth-test-settings")
    return r"C:\xauth-test-settings"


def test_installed_app_answers_version_and_its_self_check(prefix: Path) -> None:
    assert in_prefix(EXE, "--version").stdout.strip() == f"xauth-gui {__version__}"
    out = in_prefix(EXE, "--diagnose", "--config-dir", own_callback(prefix))
    assert out.returncode == 0, out.stdout[-3000:]
    report = out.stdout
    assert "diagnostics (win32, Python 3.11" in report and "frozen" in report
    assert "✓ Window system: Qt 6.11.3 platform 'windows'" in report
    assert "✓ Keyring: the system keychain (Windows.WinVaultKeyring): write, read and delete work." in report
    assert "✓ Callback port: http://127.0.0.1:" in report  # the app's own listener bound loopback
    assert "✓ Sandbox login: authorize, callback, exchange, refresh, who am I and revoke all work." in report
    assert "All needed checks passed." in report


def test_installed_app_reports_in_japanese(prefix: Path) -> None:
    """The bundle carries the catalogues: the self-check in Japanese, through a Windows pipe (UTF-8)."""
    out = in_prefix(EXE, "--diagnose", "--lang", "ja", "--config-dir", own_callback(prefix))
    assert out.returncode == 0, out.stdout[-3000:]
    assert "✓ ウィンドウシステム: Qt 6.11.3" in out.stdout and "必要な確認はすべて合格しました。" in out.stdout


def test_installed_token_command_speaks_to_scripts(prefix: Path) -> None:
    out = in_prefix(EXE, "token", "--config-dir", r"C:\no-settings-here")
    assert "No saved profile" in out.stdout and "Traceback" not in out.stdout


def test_uninstall_keeps_the_users_settings_unless_asked(prefix: Path) -> None:
    seed_user_data(prefix)
    uninstall(prefix)
    assert not program_dir(prefix).exists()
    assert not start_menu(prefix).exists()
    assert uninstall_entry(prefix) == {}
    assert settings_file(prefix).is_file()
    assert "value still-here" in credential("get")

    install(prefix)  # again, and this time the user asks for everything to go
    uninstall(prefix, "/PURGE")
    assert not program_dir(prefix).exists() and uninstall_entry(prefix) == {}
    assert not settings_file(prefix).exists()
    assert "value None" in credential("get")


# --- issue 27: signed when configured, checksummed ------------------------------------------------------------
def throwaway_ca(folder: Path) -> tuple[Path, Path, Path]:
    """A certificate authority made for this test, and a code-signing certificate from it in a PFX with a
    password: (ca.pem, signer.pfx, password file)."""
    password = folder / "password"
    password.write_text("a-throwaway-password\n")
    (folder / "ext.cnf").write_text("extendedKeyUsage=codeSigning\nkeyUsage=critical,digitalSignature\n")
    steps = [
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
         "-days", "2", "-subj", "/CN=xauth-gui throwaway CA", "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign"],
        ["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "signer.key", "-out", "signer.csr",
         "-subj", "/CN=xauth-gui throwaway signer"],
        ["openssl", "x509", "-req", "-in", "signer.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
         "-out", "signer.pem", "-days", "2", "-extfile", "ext.cnf"],
        ["openssl", "pkcs12", "-export", "-out", "signer.pfx", "-inkey", "signer.key", "-in", "signer.pem",
         "-certfile", "ca.pem", "-passout", f"file:{password}"],
    ]  # fmt: skip
    for step in steps:
        subprocess.run(step, cwd=folder, check=True, capture_output=True, timeout=60)
    return folder / "ca.pem", folder / "signer.pfx", password


def verify(ca: Path, file: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["osslsigncode", "verify", "-CAfile", str(ca), "-in", str(file)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip


def test_the_build_is_signed_by_the_configured_certificate_and_a_tampered_copy_fails(
    prefix: Path, tmp_path: Path
) -> None:
    ca = signing_ca()[0]
    (tmp_path / "other").mkdir()
    other_ca = throwaway_ca(tmp_path / "other")[0]
    built = [
        ROOT / "dist" / "windows" / "xauth-gui" / "xauth-gui.exe",
        ROOT / "dist" / "windows" / f"xauth-gui-{__version__}-setup.exe",
    ]  # the program is packed as is into Program Files
    for file in built:
        checked = verify(ca, file)
        assert checked.returncode == 0 and "Succeeded" in checked.stdout, (file, checked.stdout[-800:])
        assert verify(other_ca, file).returncode != 0  # that CA's signature, not just any
        tampered = tmp_path / ("tampered-" + file.name)
        data = bytearray(file.read_bytes())
        data[len(data) // 3] ^= 0xFF  # one byte inside the signed content
        tampered.write_bytes(bytes(data))
        assert verify(ca, tampered).returncode != 0, file.name


def test_without_a_certificate_nothing_is_signed_and_that_is_said_once(tmp_path: Path) -> None:
    unsigned = {k: v for k, v in os.environ.items() if not k.startswith("XAUTH_GUI_SIGN")}
    file = tmp_path / "program.exe"
    file.write_bytes(b"MZ not really a program")
    said = subprocess.run(["bash", "scripts/sign.sh", str(file)], cwd=ROOT, env=unsigned, capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert said.returncode == 0 and "building unsigned" in said.stderr and file.read_bytes().startswith(b"MZ not")
    quiet = subprocess.run(["bash", "scripts/sign.sh", str(file)], cwd=ROOT, capture_output=True, text=True,
                           env={**unsigned, "XAUTH_GUI_UNSIGNED_SAID": "1"}, timeout=60)  # fmt: skip
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_the_build_writes_checksums_a_bill_of_materials_and_installs_the_licences(prefix: Path) -> None:
    folder = ROOT / "dist" / "windows"
    sbom = f"xauth-gui-{__version__}.cdx.json"
    assert sorted(check_sums(folder)) == sorted([f"xauth-gui-{__version__}-setup.exe", sbom])
    names = check_bill_of_materials(folder / sbom)
    assert "pywin32-ctypes" in names  # what keyring needs on Windows, though not on the build machine
    onedir = folder / "xauth-gui" / "licenses"  # packed whole into Program Files\\xauth-gui\\licenses
    index = (onedir / "README.txt").read_text()
    assert all(f"{name}-" in index for name in names if name not in ("qt", "cpython"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in next(onedir.glob("pyside6-essentials-*/LGPL-3.txt")).read_text()
    log = (prefix / "drive_c" / "setup.log").read_text(encoding="utf-8", errors="replace")
    assert "\\licenses\\README.txt" in log and "\\licenses\\python-" in log  # the installer put them there
