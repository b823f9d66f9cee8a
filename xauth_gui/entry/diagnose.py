"""`xauth-gui --diagnose`: check this installation in plain words (also Help > Diagnostics).

Checks the Qt platform plugin and fonts, the keyring (a throwaway write/read/delete), the TLS trust
store, the callback port, and a complete sandbox login through the app's own code paths (listener,
exchange, refresh, who am I, revoke). Exit status 0 when everything needed passed; a missing keyring
is a warning. Nothing secret is printed.
"""

from __future__ import annotations

import json
import os
import secrets
import ssl
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from xauth_gui import APP_NAME, __version__
from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate
from xauth_gui.entry.checks import FAIL, OK, WARN, Check, qt_app
from xauth_gui.entry.diagnose_login import check_sandbox_login
from xauth_gui.resources import self_command

# --- individual checks ------------------------------------------------------------------------------------
WINDOW = QT_TRANSLATE_NOOP("Diagnose", "Window system")
KEYRING = QT_TRANSLATE_NOOP("Diagnose", "Keyring")
TLS = QT_TRANSLATE_NOOP("Diagnose", "TLS trust store")
PORT = QT_TRANSLATE_NOOP("Diagnose", "Callback port")


def check_qt_platform() -> Check:
    """In a child process: a failing platform plugin aborts the process, which we could not catch here.

    The child writes its answer to a file: a windowed Windows build has no stdout to print to.
    """
    folder = Path(tempfile.mkdtemp(prefix="xauth-diag-"))
    answer, errors_file = folder / "qt.json", folder / "stderr.txt"
    # Files, not pipes: a helper the child starts can inherit a pipe and hold it open after the child
    # exits (Wine's desktop process does), and waiting for its end would then never finish.
    try:
        with errors_file.open("wb") as stderr:
            returncode = subprocess.run(  # noqa: S603 - ourselves
                self_command(f"--diagnose-qt={answer}"),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                timeout=60,
                check=False,
            ).returncode
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Check(
            WINDOW, FAIL, translate("Diagnose", "could not start the check ({error}).").format(error=type(exc).__name__)
        )
    info = json.loads(answer.read_text()) if returncode == 0 and answer.exists() else None
    return _qt_verdict(info, errors_file.read_text(errors="replace"))


def _qt_verdict(info: dict[str, object] | None, stderr_text: str) -> Check:
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    )
    if info is None and headless:
        return Check(
            WINDOW,
            FAIL,
            translate(
                "Diagnose",
                "no display here (DISPLAY is not set), so the window can't open in this "
                "session. Run the app from your desktop; QT_QPA_PLATFORM=offscreen checks the rest.",
            ),
        )
    if info is None:
        hint = next((line for line in stderr_text.splitlines() if "plugin" in line.lower()), "").strip()
        return Check(
            WINDOW,
            FAIL,
            translate("Diagnose", "Qt could not open a window here. {hint}").format(
                hint=hint[:200] or translate("Diagnose", "Is a display available?")
            ),
        )
    if not info["fonts"]:
        return Check(
            WINDOW,
            FAIL,
            translate("Diagnose", "Qt platform '{platform}' loaded, but no font has Latin letters.").format(**info),
        )
    return Check(
        WINDOW, OK, translate("Diagnose", "Qt {qt} platform '{platform}', font '{font}' renders text.").format(**info)
    )


def qt_probe(answer: str) -> int:
    """The child side of check_qt_platform."""
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QFontDatabase, QFontMetrics, QGuiApplication

    app = QGuiApplication([APP_NAME])
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    fonts = all(QFontMetrics(font).inFontUcs4(ord(c)) for c in "Aa@1")
    info = {"platform": app.platformName(), "qt": qVersion(), "font": font.family(), "fonts": fonts}
    Path(answer).write_text(json.dumps(info))
    return 0


def check_keyring(timeout: float = 20.0) -> Check:
    from xauth_gui.core import errors
    from xauth_gui.services.secrets import described, open_default_store

    result: list[Check] = []

    def work() -> None:
        try:
            store = open_default_store()
            key, value = f"diagnostics/{secrets.token_hex(6)}", secrets.token_urlsafe(24)
            store.set(key, value)
            read = store.get(key)
            store.delete(key)
            gone = store.get(key) is None
            if read == value and gone and store.secure:
                said = translate("Diagnose", "{store}: write, read and delete work.")
            elif read == value and gone:
                said = translate(
                    "Diagnose",
                    "{store}: write, read and delete work (a plain-text backend: secrets are not protected).",
                )
            else:
                said = translate("Diagnose", "{store}: a test entry did not read back correctly.")
            status = FAIL if not (read == value and gone) else OK if store.secure else WARN
            result.append(Check(KEYRING, status, said.format(store=described(store))))
        except errors.XAuthError as exc:
            said = translate("Diagnose", "{problem} The app keeps tokens in memory for the session.")
            result.append(Check(KEYRING, WARN, said.format(problem=exc.message)))

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(timeout)
    if result:
        return result[0]
    return Check(
        KEYRING, WARN, translate("Diagnose", "the keyring did not answer in time (an unlock prompt may be waiting).")
    )


def check_tls() -> Check:
    try:
        import certifi

        bundle = certifi.where()
        context = ssl.create_default_context(cafile=bundle)
        count = context.cert_store_stats()["x509_ca"]
    except (OSError, ssl.SSLError, ImportError) as exc:
        return Check(
            TLS,
            FAIL,
            translate("Diagnose", "the certificate bundle could not be loaded ({error}).").format(
                error=type(exc).__name__
            ),
        )
    if count < 50:
        return Check(TLS, FAIL, translate("Diagnose", "only %n certificate authorities loaded.", None, count))
    return Check(
        TLS,
        OK,
        translate("Diagnose", "%n certificate authorities loaded (HTTPS to X can be verified).", None, count),
    )


def check_port(redirect_uri: str) -> Check:
    """Bind the way a login binds: the app's own listener (checklist B12). A port in TIME_WAIT after a
    recent login is free for it, so it is not reported busy; a truly busy port names its program."""
    from xauth_gui.core import errors
    from xauth_gui.core.callback import Verdict
    from xauth_gui.qt.listener import LoopbackListener

    qt_app()
    try:
        listener = LoopbackListener(redirect_uri, lambda _url: Verdict(404, b""))  # binds only
    except errors.XAuthError:
        return Check(
            PORT,
            WARN,
            translate("Diagnose", "{uri} is not a loopback http address; use the paste box to log in.").format(
                uri=redirect_uri
            ),
        )
    try:
        listener.start()
    except errors.XAuthError as exc:
        return Check(PORT, FAIL, exc.user_text)
    listener.close()
    return Check(
        PORT, OK, translate("Diagnose", "{uri} can be opened for the browser's answer.").format(uri=redirect_uri)
    )


# --- the report ---------------------------------------------------------------------------------------------
def run_diagnostics(redirect_uri: str) -> tuple[list[Check], int]:
    checks = [check_qt_platform(), check_keyring(), check_tls(), check_port(redirect_uri), check_sandbox_login()]
    return checks, 1 if any(c.status == FAIL for c in checks) else 0


def main(redirect_uri: str) -> int:
    where = f"{sys.platform}, Python {sys.version.split()[0]}"
    if getattr(sys, "frozen", False):
        where = translate("Diagnose", "{where}, frozen").format(where=where)
    print(
        translate("Diagnose", "{app} {version} diagnostics ({where})").format(
            app=APP_NAME, version=__version__, where=where
        ),
        flush=True,
    )
    checks, status = run_diagnostics(redirect_uri)
    for check in checks:
        print(check.line(), flush=True)
    print(
        translate("Diagnose", "All needed checks passed.")
        if status == 0
        else translate("Diagnose", "Some checks failed: see the lines marked ✕."),
        flush=True,
    )
    return status
