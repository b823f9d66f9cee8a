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
