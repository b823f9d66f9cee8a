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
BELOW_THE_ROOT = {"core", "sandbox", "services", "qt", "ui"}
MAY_IMPORT = {  # layer -> the layers its modules may import
    "core": {"core"},
    "sandbox": {"core", "sandbox"},
    "services": {"core", "services"},
    "qt": {"core", "services", "qt"},
    "ui": {"core", "qt", "ui"},  # the window sees the session through qt, never the services or the sandbox
    # The package's own modules: its constants, the composition root, where our files are, the sandbox's
    # wiring. They build the objects; they never import an entry point.
    "root": {*BELOW_THE_ROOT, "root"},
    "entry": {*BELOW_THE_ROOT, "root", "entry"},  # the commands and reports (xauth_gui/entry/)
    "door": {"entry"},  # xauth_gui.app and xauth_gui.__main__: the public ways to an entry point
}
DOORS = {"xauth_gui.app", "xauth_gui.__main__"}
LOWER_MAY_USE = {"xauth_gui.resources", "xauth_gui"}  # where our own files are, and the app's name


def _layer(module: str) -> str:
    if module in DOORS:
        return "door"
    parts = module.split(".")
    if len(parts) >= 2 and parts[1] in MAY_IMPORT:
        return parts[1]
    return "entry" if len(parts) >= 2 and parts[1] == "entry" else "root"


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
    return {name for name in found if name == "xauth_gui" or name.startswith("xauth_gui.")}


def _may_import(layer: str, name: str) -> bool:
    if layer in BELOW_THE_ROOT and name in LOWER_MAY_USE:
        return True
    return _layer(name) in MAY_IMPORT[layer]


def _modules() -> list[tuple[Path, str]]:
    return [
        (p, "xauth_gui." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts))
        for p in sorted(PACKAGE.rglob("*.py"))
    ]


def test_every_module_sits_in_a_known_layer() -> None:
    placed = {_layer(m.removesuffix(".__init__")) for _, m in _modules()}
    assert placed == set(MAY_IMPORT)
    assert _layer("xauth_gui.composition") == "root" and _layer("xauth_gui.entry.token_command") == "entry"


def test_imports_point_only_down_the_layers() -> None:
    """Every module, the package's own and the entry points included (issue 24)."""
    wrong = [
        f"{module} imports {name}"
        for path, module in _modules()
        for name in _imports(path, module)
        if not _may_import(_layer(module.removesuffix(".__init__")), name.removesuffix(".__init__"))
    ]
    assert wrong == []


def test_the_import_check_sees_a_wrong_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from xauth_gui.qt.controller import FlowController\nfrom ..ui import panel\n")
    assert _imports(bad, "xauth_gui.core.bad") == {"xauth_gui.qt.controller", "xauth_gui.ui"}
    assert not _may_import("core", "xauth_gui.qt.controller") and not _may_import("ui", "xauth_gui.app")
    assert not _may_import("root", "xauth_gui.entry.window") and not _may_import("qt", "xauth_gui.composition")
    assert not _may_import("ui", "xauth_gui.services.oauth") and not _may_import("door", "xauth_gui.ui.panel")


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
