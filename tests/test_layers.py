"""The layering rule as a fact: xauth_gui.core (and the sandbox on it) import no Qt, requests or keyring."""

import subprocess
import sys

FORBIDDEN = ("PySide6", "shiboken6", "requests", "keyring", "urllib3")


def third_party_loaded_by(imports: str) -> list[str]:
    code = (
        f"import sys, pkgutil, importlib\n{imports}\n"
        f"print(','.join(sorted(n for n in sys.modules if n.split('.')[0] in {FORBIDDEN!r})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    return [n for n in out.stdout.strip().split(",") if n]


def test_core_imports_only_the_standard_library() -> None:
    every_core_module = (
        "import xauth_gui.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'xauth_gui.core.'):\n"
        "    importlib.import_module(m.name)"
    )
    assert third_party_loaded_by(every_core_module) == []


def test_sandbox_needs_only_core() -> None:
    assert third_party_loaded_by("import xauth_gui.sandbox.__main__") == []


def test_the_check_would_notice_a_forbidden_import() -> None:
    assert "requests" in third_party_loaded_by("import requests")


def test_start_up_path_leaves_requests_keyring_and_the_sandbox_server_unloaded() -> None:
    loaded = third_party_loaded_by("import xauth_gui.app, xauth_gui.ui.main_window")
    assert any(m.startswith("PySide6") for m in loaded)  # the check sees what is loaded
    assert [m for m in loaded if m.split(".")[0] in ("requests", "keyring", "urllib3")] == []


def test_start_up_path_leaves_our_heavy_modules_unloaded() -> None:
    code = (
        "import sys, xauth_gui.app, xauth_gui.ui.main_window\n"
        "print(','.join(m for m in ('xauth_gui.sandbox.server', 'xauth_gui.services.transport') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == ""
