"""`xauth-gui --diagnose` in every language, as a process: the report is translated and every check still
passes (a check must never read the words it shows). The .deb and Windows tests run the frozen app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.e2e import ROOT, base_env, config_with_own_callback

EXPECTED = {  # the report's last line in each language
    "de": "Alle nötigen Prüfungen bestanden.",
    "es": "Todas las comprobaciones necesarias pasaron.",
    "fr": "Toutes les vérifications nécessaires ont réussi.",
    "ja": "必要な確認はすべて合格しました。",
    "pt_BR": "Todas as verificações necessárias passaram.",
}


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_diagnose_passes_and_speaks_each_language(tmp_path: Path, code: str) -> None:
    own = str(config_with_own_callback(tmp_path / "cfg"))
    out = subprocess.run(
        [sys.executable, "main.py", "--diagnose", "--lang", code, "--config-dir", own],
        cwd=ROOT, env=base_env(tmp_path / "home"), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr[-2000:]
    lines = out.stdout.strip().splitlines()
    assert lines[-1] == EXPECTED[code]
    assert [line[0] for line in lines[1:-1]] == ["✓", "⚠", "✓", "✓", "✓"]  # no keyring here: a warning
