"""xauth-gui benchmarks: each figure against its floor, measured in the same run, alternating.

    .venv/bin/python -m bench.run [--quick] [--out bench/results.json]

Figures (medians with min and max; see README "Performance"):
  startup_ratio, rss_ratio     app vs a bare QApplication + empty QMainWindow (separate processes)
  flow_overhead_ms             callback sent -> tokens shown, minus the sandbox's token handling
  flow_ratio                   Authorize -> tokens shown, app vs a stdlib-only reference client
  ui_stall_ms_max              longest event-loop gap during login/refresh/who-am-I/revoke against a
                               sandbox answering after 3 s, and during secret-store access
  listener_p99_ms_idle100      callback latency with 100 idle connections open
  console_50mb_stall_ms        longest event-loop gap while the console receives a 50 MB answer
  console_first_open_ms        the console's first opening (with the catalogue of X API calls), and
  catalogue_load_ms, _kib      the catalogue's own read-and-parse time and the memory it holds
  token_cli_ms                 `xauth-gui token` with no refresh needed, beside `python -c "import keyring"`
  frozen_*, bundle_mb          from the PyInstaller onedir builds, when they exist
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.explorer import console_first_open
from bench.figures import ROOT, flow_overhead, flow_ratio, frozen, startup, ui_stalls
from bench.harness import Harness
from bench.trust import console_stall, token_cli_time


def used_config_dir() -> str:
    """A settings folder as a returning user has it: one saved X profile, no secrets."""
    import tempfile

    from PySide6.QtCore import QSettings

    from xauth_gui.core.profile import Profile
    from xauth_gui.qt.settings import AppSettings

    folder = tempfile.mkdtemp(prefix="xauth-bench-used-")
    settings = AppSettings(QSettings(str(Path(folder) / "xauth-gui.ini"), QSettings.Format.IniFormat))
    profile = Profile(name="My X app", client_id="bXlfYXBwX2NsaWVudF9pZDoxOm5h")
    settings.save_profile(profile)
    settings.current_profile_id = profile.id
    settings.sync()
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (under a minute), same keys")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args()
    quick = args.quick
    started = time.monotonic()
    results: dict[str, Any] = {"quick": quick, "python": sys.version.split()[0], "cpus": os.cpu_count()}

    py = sys.executable
    # Installed apps run from bytecode; this machine sets PYTHONDONTWRITEBYTECODE, so compile once here
    # (otherwise every probe compiles ~30 modules: 25 ms that no user pays).
    subprocess.run([py, "-m", "compileall", "-q", str(ROOT / "xauth_gui"), str(ROOT / "bench")], check=True)
    # Every start but the very first finds a saved profile (the first opens on Get started instead).
    used = used_config_dir()
    results |= startup(
        5 if quick else 15,
        [py, "-m", "bench.startup_probe", "app", "--config-dir", used],
        [py, "-m", "bench.startup_probe", "bare"],
    )
    h = Harness()
    try:
        results["flow_overhead_ms"] = flow_overhead(h, 15 if quick else 50)
        results["first_login_ms"] = round(h.first_login_ms, 1)
        results |= flow_ratio(h, 8 if quick else 30)
        results |= ui_stalls(h, 1.0 if quick else 3.0)
        results |= console_first_open(h)  # before anything else opens the console
        results |= console_stall(h, 50.0, 2 if quick else 5)
    finally:
        h.close()
    from bench.listener import measure

    listener = measure(30 if quick else 200)
    results["listener_ms"] = listener
    results["listener_p99_ms_idle100"] = listener["idle100"]["p99"]
    results |= token_cli_time(5 if quick else 15)
    results |= frozen(3 if quick else 10)
    results["seconds"] = round(time.monotonic() - started, 1)
    args.out.write_text(json.dumps(results, indent=2) + "\n")

    def fig(key: str) -> str:
        value = results.get(key)
        if isinstance(value, dict):
            return f"{value['median']} (min {value['min']}, max {value['max']}, p99 {value['p99']}, n={value['n']})"
        return "n/a" if value is None else str(value)

    rows = [
        ("startup_ratio", "<= 1.15"),
        ("rss_ratio", "<= 1.2"),
        ("flow_overhead_ms", "p99 < 30"),
        ("flow_ratio", "<= 1.2"),
        ("ui_stall_ms_max", "< 30"),
        ("listener_p99_ms_idle100", "< 20"),
        ("console_50mb_stall_ms", "< 100"),
        ("console_small_answer_stall_ms", ""),
        ("console_first_open_ms", ""),
        ("catalogue_load_ms", ""),
        ("catalogue_kib", ""),
        ("token_cli_ms", ""),
        ("import_keyring_ms", ""),
        ("token_cli_ratio", ""),
        ("frozen_startup_ratio", ""),
        ("frozen_rss_ratio", ""),
        ("bundle_mb", ""),
    ]
    print(f"{'figure':<26} {'target':<10} value")
    for key, target in rows:
        print(f"{key:<26} {target:<10} {fig(key)}")
    print(f"(wrote {args.out}; {results['seconds']} s)")


if __name__ == "__main__":
    main()
