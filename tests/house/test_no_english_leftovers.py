"""Every sentence a user can meet goes through translation (issue 22, item 7): a scan of the code for
string literals of three or more words that reach no translate() call. The places that are English on
purpose are listed here, each with its reason, so a new leftover fails this test."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "xauth_gui"
WORDS = re.compile(r"[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}")
NOT_SHOWN = {  # calls whose string arguments never reach a window, a page or a report
    "translate", "QT_TRANSLATE_NOOP", "debug", "info", "warning", "error", "exception", "log",
    "ValueError", "RuntimeError", "TypeError", "KeyError", "AssertionError", "compile", "setObjectName",
}  # fmt: skip
ENGLISH_ON_PURPOSE = {
    "entry/window.py": "command-line help and errors (developer tools print English)",
    "entry/token_command.py": "the token command prints English for scripts",
    "core/error_mapping.py": "X's own error texts, matched (not shown)",
    "core/loopback_http.py": "HTTP reason phrases and parse reasons for the log",
    "core/api.py": "the sample post text sent to the API",
    "entry/preflight.py": "said on the terminal before Qt (and its translations) can start",
}


def leftovers(root: Path = ROOT) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith("sandbox/") or rel in ENGLISH_ON_PURPOSE:
            continue  # the sandbox plays X, whose pages are English
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parent = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and WORDS.search(node.value)):
                continue
            up = parent.get(node)
            if isinstance(up, ast.Expr):
                continue  # a docstring
            while isinstance(up, ast.JoinedStr | ast.FormattedValue | ast.BinOp):
                up = parent.get(up)
            if isinstance(up, ast.Call) and getattr(up.func, "id", getattr(up.func, "attr", "")) in NOT_SHOWN:
                continue
            found.append(f"{rel}:{node.lineno}: {node.value[:70]!r}")
    return found


def test_no_sentence_skips_translation() -> None:
    assert leftovers() == []


def test_the_scan_finds_a_leftover_and_passes_translated_text(tmp_path: Path) -> None:
    (tmp_path / "sample.py").write_text(
        "def f(x):\n"
        '    """A docstring is not shown to anyone."""\n'
        '    ok = translate("Ctx", "The thing {x} was refused by the server.").format(x=x)\n'
        '    log.warning("the server refused the thing %s", x)\n'
        '    return ok + f"The thing {x} was refused again."\n'
    )
    assert leftovers(tmp_path) == ["sample.py:5: ' was refused again.'"]
