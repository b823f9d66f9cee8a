"""The layering rule as a fact: xauth_gui.core (and the sandbox on it) import no Qt, requests or keyring."""

import ast
import subprocess
import sys
from pathlib import Path

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


# --- the direction of imports between our own layers --------------------------------------------------------
PACKAGE = Path(__file__).resolve().parents[2] / "xauth_gui"
MAY_IMPORT = {  # layer -> the layers its modules may import (the package root's constants: all)
    "core": {"core"},
    "sandbox": {"core", "sandbox"},
    "services": {"core", "services"},
    "qt": {"core", "services", "qt"},
    "ui": {"core", "qt", "ui"},  # the window sees the session through qt, never the services or the sandbox
}
# The package root: the entry points (each a command or a report) and what they share. Only the entry
# points and the composition root build objects; nothing below them imports an entry point.
ENTRY_POINTS = {f"xauth_gui.{m}" for m in ("__main__", "app", "cli", "diagnose", "forget", "firstpaint")}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) >= 2 and parts[1] in MAY_IMPORT else "top"


def _imports(path: Path, module: str) -> set[str]:
    """Every xauth_gui module `module` imports, relative imports resolved (a package's own name ends in
    .__init__ here, so that `from . import x` in it stays inside the package)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level:
            base = module.rsplit(".", node.level)[0]
            found.update([f"{base}.{node.module}"] if node.module else [f"{base}.{a.name}" for a in node.names])
        elif isinstance(node, ast.ImportFrom):
            found.add(node.module or "")
    return {name for name in found if name.startswith("xauth_gui.")}


def _may_import(layer: str, name: str) -> bool:
    target = _layer(name)
    if target == "top":
        return name == "xauth_gui.resources"  # where our own files are: data, no behaviour
    return target in MAY_IMPORT[layer]


def _modules() -> list[tuple[Path, str]]:
    return [
        (p, "xauth_gui." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts))
        for p in sorted(PACKAGE.rglob("*.py"))
    ]


def test_every_module_sits_in_a_known_layer() -> None:
    placed = {_layer(m) for _, m in _modules()}
    assert placed == {*MAY_IMPORT, "top"}


def test_imports_point_only_down_the_layers() -> None:
    wrong = [
        f"{module} imports {name}"
        for path, module in _modules()
        if _layer(module) != "top"
        for name in _imports(path, module)
        if not _may_import(_layer(module), name)
    ]
    assert wrong == []


def test_nothing_but_an_entry_point_imports_an_entry_point() -> None:
    wrong = [
        f"{module} imports {name}"
        for path, module in _modules()
        if module not in ENTRY_POINTS
        for name in _imports(path, module)
        if name in ENTRY_POINTS
    ]
    assert wrong == []


def test_the_import_check_sees_a_wrong_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from xauth_gui.qt.controller import FlowController\nfrom ..ui import panel\n")
    assert _imports(bad, "xauth_gui.core.bad") == {"xauth_gui.qt.controller", "xauth_gui.ui"}
    assert not _may_import("core", "xauth_gui.qt.controller") and not _may_import("ui", "xauth_gui.app")


def _resolved_imports(path: Path, module: str, known: set[str]) -> set[str]:
    """The modules `module` imports (type-checking and function-level imports too), `from pkg import mod`
    resolved to the module, a package to its __init__."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package if node.level else ""
            source = ".".join(filter(None, (base, node.module)))
            for alias in node.names:
                found.add(f"{source}.{alias.name}" if f"{source}.{alias.name}" in known else source)
    return {name for name in found if name in known and name != module}


def _circles() -> list[set[str]]:
    modules = {m.removesuffix(".__init__"): p for p, m in _modules()}
    graph = {m: _resolved_imports(p, m, set(modules)) for m, p in modules.items()}
    reach: dict[str, set[str]] = {}
    for start in graph:  # every module's reach (the package is small: a plain search is enough)
        seen, todo = set(), list(graph[start])
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(graph[name])
        reach[start] = seen
    circles: list[set[str]] = []
    for m in sorted(graph):
        loop = {m} | {n for n in reach[m] if m in reach[n]}
        if m in reach[m] and loop not in circles:
            circles.append(loop)
    return circles


def test_no_import_circle_anywhere() -> None:
    """The controller's parts get the session hub and their collaborators, never the controller (issue 24)."""
    assert _circles() == []


def test_the_circle_check_sees_a_circle(tmp_path: Path) -> None:
    a = tmp_path / "a.py"
    a.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .b import B\n")
    assert _resolved_imports(a, "xauth_gui.x.a", {"xauth_gui.x.b"}) == {"xauth_gui.x.b"}
