"""The window's entry point: parses the command line, sets up logging and the last-resort error dialog,
and hands the options to the composition root (composition.py), which builds and wires the real objects.
`xauth-gui token` goes to token_command.py, --diagnose and --forget-everything to their reports."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from xauth_gui import APP_NAME, ORG_NAME, __version__
from xauth_gui.core.text import translate
from xauth_gui.entry.stdio import REPORTS, ensure_stdout

if TYPE_CHECKING:
    from xauth_gui.ui.main_window import MainWindow

log = logging.getLogger("xauth_gui")

COMMANDS = """commands:
  token [--profile NAME] [--json] [--wait SECONDS]
                        print a fresh access token for scripts, refreshing it when it is about to
                        expire (no window opens); `xauth-gui token --help` for more, e.g.
                        curl -H "Authorization: Bearer $(xauth-gui token)" https://api.x.com/2/users/me"""


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Get X (Twitter) API user tokens with OAuth 2.0 PKCE. With no command, the window opens.",
        epilog=COMMANDS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--sandbox", action="store_true", help="start with the built-in sandbox server (no X account needed)"
    )
    parser.add_argument("--config-dir", metavar="DIR", help="where settings live (default: the OS settings folder)")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        type=_language,
        help="the language for this run: en, de, es, fr, ja or pt_BR (default: Tools → Language, else the system's)",
    )
    parser.add_argument("--memory-only", action="store_true", help="keep secrets in memory only; save nothing")
    parser.add_argument(
        "--sandbox-port",
        metavar="PORT",
        type=int,
        default=_env_port("XAUTH_GUI_SANDBOX_PORT"),
        help="where the built-in sandbox listens (default 8780, or $XAUTH_GUI_SANDBOX_PORT)",
    )
    parser.add_argument("--diagnose", action="store_true", help="check this installation and print a plain report")
    parser.add_argument(
        "--forget-everything",
        action="store_true",
        help="remove every saved profile, its secrets in the keyring, and the settings (the uninstaller asks)",
    )
    parser.add_argument("--diagnose-qt", metavar="FILE", help=argparse.SUPPRESS)  # the child of --diagnose
    parser.add_argument("--bench-first-paint", action="store_true", help=argparse.SUPPRESS)  # bench/run.py
    return parser.parse_args(argv)


def _env_port(name: str) -> int | None:
    value = os.environ.get(name, "")
    return int(value) if value.isdigit() and 0 < int(value) < 65536 else None


def _language(value: str) -> str:
    from xauth_gui.qt.i18n import LANGUAGES, match

    code = match([value])
    if code is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not one of the app's languages: {', '.join(LANGUAGES)}")
    return code


def _options(argv: list[str]) -> list[str]:
    """Accept both sys.argv (program name first) and a bare list of options."""
    return argv[1:] if argv and not argv[0].startswith("-") else argv


class RedactingFilter(logging.Filter):
    """Defence in depth: every log line passes the redactor, whatever a caller forgot."""

    def filter(self, record: logging.LogRecord) -> bool:
        from xauth_gui.core.redact import redact

        record.msg = redact(record.getMessage())
        record.args = ()
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)))
            record.exc_info = None
        return True


def setup_logging() -> None:
    level = os.environ.get("XAUTH_GUI_LOG", "WARNING").upper()
    handler = logging.StreamHandler()
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(f, RedactingFilter) for h in root.handlers for f in h.filters):
        root.addHandler(handler)
    root.setLevel(getattr(logging, level, logging.WARNING))


def install_excepthook() -> None:
    """Unexpected exceptions are logged (redacted) and shown, instead of the app dying silently."""
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        from xauth_gui.core.redact import redact

        text = redact("".join(traceback.format_exception(kind, exc, tb)))
        log.error("unexpected error:\n%s", text)
        if showing:
            return
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            return
        showing = True
        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                translate("App", "xauth-gui: unexpected error"),
                translate(
                    "App",
                    "Something unexpected went wrong. The app keeps running; if something looks wrong, restart it.",
                ),
            )
            box.setDetailedText(text[-4000:])
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook


def build(argv: list[str]) -> MainWindow:
    """The fully wired main window, not yet shown. A QApplication must already exist."""
    from xauth_gui.composition import window

    return window(parse_args(_options(argv)))


def _report(args: argparse.Namespace) -> int:
    """--diagnose and --forget-everything: a report on stdout, in the user's language."""
    from xauth_gui.composition import settings_for
    from xauth_gui.qt import i18n

    settings = settings_for(args.config_dir)
    i18n.apply(i18n.choose(args.lang, settings.language))
    if args.forget_everything:
        from xauth_gui.entry.forget import forget_everything

        return forget_everything(settings)
    from xauth_gui.core.endpoints import DEFAULT_REDIRECT_URI
    from xauth_gui.entry.diagnose import main as diagnose

    profile = next((p for p in settings.profiles() if p.id == settings.current_profile_id), None)
    return diagnose(profile.redirect_uri if profile else DEFAULT_REDIRECT_URI)


def main(argv: list[str] | None = None) -> int:
    raw = _options(list(sys.argv if argv is None else argv))
    if raw[:1] == ["token"] or REPORTS.intersection(raw):  # these print; a window prints nothing
        ensure_stdout()
    if raw[:1] == ["token"]:  # `xauth-gui token`: a token for scripts, no window
        from xauth_gui.entry.token_command import main as token_main

        return token_main(raw[1:])
    args = parse_args(raw)  # --version/--help exit here
    setup_logging()
    if args.diagnose_qt:
        from xauth_gui.entry.diagnose import qt_probe

        return qt_probe(args.diagnose_qt)
    if args.forget_everything or args.diagnose:
        return _report(args)
    if args.bench_first_paint:
        from xauth_gui.entry.firstpaint import measure

        options = [a for a in _options(list(sys.argv if argv is None else argv)) if a != "--bench-first-paint"]
        measure(lambda: build(["xauth-gui", *options]))
        return 0
    from xauth_gui.entry.preflight import no_screen_reason

    missing = no_screen_reason()
    if missing:  # said plainly before Qt aborts with its own text ("Reinstalling the application may fix…")
        print(f"xauth-gui: {missing}", file=sys.stderr)
        return 1
    return _run_window(list(sys.argv if argv is None else argv))


def _run_window(argv: list[str]) -> int:
    """The application, the window, the event loop; then Qt's objects go on the GUI thread (runner.py)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from xauth_gui.qt.runner import collect_on_gui_thread
    from xauth_gui.resources import icon_path

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([argv[0] if argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(icon_path(256))))
    install_excepthook()
    window = build(argv)
    window.show()
    status = int(app.exec())
    del window
    collect_on_gui_thread()
    return status
