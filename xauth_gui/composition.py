"""The one composition root: the settings, the secret store, the service, the controller and the window,
built and wired in one place. The window (entry/window.py), the token command (entry/token_command.py),
the diagnostics and the bench use it.

Start-up pays for Qt and the window only: requests is imported on the first network call, the sandbox
on first use, and keyring's backend is resolved on the vault's worker thread (tests/test_layers.py).
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from xauth_gui import APP_NAME, ORG_NAME
from xauth_gui.core.text import translate

if TYPE_CHECKING:
    from xauth_gui.core.endpoints import Endpoints
    from xauth_gui.core.profile import Profile
    from xauth_gui.qt.controller import FlowController
    from xauth_gui.qt.settings import AppSettings
    from xauth_gui.qt.vault import TokenVault
    from xauth_gui.services.secrets import SecretStore
    from xauth_gui.ui.main_window import MainWindow

log = logging.getLogger("xauth_gui")


def settings_for(config_dir: str | None) -> AppSettings:
    from PySide6.QtCore import QSettings

    from xauth_gui.qt.settings import AppSettings

    folder = config_dir or os.environ.get("XAUTH_GUI_CONFIG_DIR")
    if folder:
        return AppSettings(QSettings(str(Path(folder) / f"{APP_NAME}.ini"), QSettings.Format.IniFormat))
    return AppSettings(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME))


def window(args: argparse.Namespace) -> MainWindow:
    """The fully wired main window for these options (app.parse_args), not yet shown. A QApplication
    must already exist."""
    from PySide6.QtWidgets import QApplication

    from xauth_gui.core.session import MessageKind
    from xauth_gui.qt import i18n
    from xauth_gui.qt.vault import TokenVault
    from xauth_gui.ui.clipboard import SecureClipboard
    from xauth_gui.ui.main_window import MainWindow

    app = QApplication.instance()
    if app is None:
        raise RuntimeError("create a QApplication before build()")
    settings = settings_for(args.config_dir)
    i18n.apply(i18n.choose(args.lang, settings.language))  # before any widget: texts are translated as built
    vault = TokenVault(store_factory(settings, args.memory_only), pending_deletions=settings.pending_deletions)
    from xauth_gui.sandbox_host import SandboxHost

    remembered = None if args.memory_only else Path(settings.path).parent / "private" / "sandbox.json"
    sandbox_host = SandboxHost(args.sandbox_port, remembered)
    controller = session(settings, vault, open_url, sandbox_host.endpoints)
    controller.sandbox_usual_port = sandbox_host.port
    window = MainWindow(controller, SecureClipboard(settings.clipboard_clear_seconds))
    window.sandbox_host = sandbox_host
    controller.keeping.show_storage()
    if vault.pending:
        vault.open()  # removals the keychain missed last time are carried out before anything is read
    _open_first_profile(window, settings, args.sandbox)
    if settings.notes:
        damaged = "; ".join(settings.notes[:4])
        said = translate(
            "App", "Some saved settings were damaged and were reset: {damaged}. Check the form before you sign in."
        )
        controller.say(MessageKind.WARNING, said.format(damaged=damaged), app_wide=True)
    app.aboutToQuit.connect(window.shutdown)
    return window


def _open_first_profile(window: MainWindow, settings: AppSettings, sandbox: bool) -> None:
    """The profile shown at start, and Get started over the window until a way in is chosen."""
    from xauth_gui.core.endpoints import Provider

    first_run = not sandbox and not way_in_chosen(settings)
    current = first_profile(settings, sandbox)
    window.show_profile(current)
    if current.provider is Provider.SANDBOX:
        window.apply_sandbox_client()
        window.fill_form()
    window.first_run = first_run  # Get started opens over the window when it is shown


def session(settings: AppSettings, vault: TokenVault, opener: Callable[[str], bool],
            sandbox_endpoints: Callable[[str], Endpoints] | None = None) -> FlowController:  # fmt: skip
    """The session's controller on its service (whose calls feed the request log): the window's, and the
    one --diagnose walks through a login with."""
    from PySide6.QtCore import QCoreApplication

    from xauth_gui.qt.controller import FlowController
    from xauth_gui.qt.runner import collect_only_on_gui_thread
    from xauth_gui.services.oauth import OAuthService

    app = QCoreApplication.instance()
    if app is not None:  # the controller's workers must never collect cycles (see collect_only_on_gui_thread)
        collect_only_on_gui_thread(app)
    service = OAuthService()
    controller = FlowController(
        service=service, vault=vault, settings=settings, open_url=opener, sandbox_endpoints=sandbox_endpoints
    )
    service.on_record = controller.record.emit
    return controller


def store_factory(settings: AppSettings, memory_only: bool) -> Callable[[], SecretStore]:
    """The secret store, resolved on the vault's thread: the keychain, or the private file the user chose."""
    from xauth_gui.core.errors import StorageUnavailableError
    from xauth_gui.services.secrets import MemoryStore, PlainFileStore, open_default_store

    plain_opt_in = settings.plain_file_opt_in
    plain_file = settings.plain_file_path if plain_opt_in else Path()

    def factory() -> SecretStore:
        if memory_only:
            return MemoryStore()
        try:
            return open_default_store()
        except StorageUnavailableError:
            if plain_opt_in:  # the user chose this earlier, after a warning; the UI keeps saying so
                return PlainFileStore(plain_file)
            raise

    return factory


def open_url(url: str) -> bool:
    """Only web addresses (B3), only through QDesktopServices (never a shell: Windows' `start`
    cuts URLs at the first '&'). False when refused or when no browser could be started."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from xauth_gui.core.errors import XAuthError
    from xauth_gui.core.urls import browser_url

    try:
        qurl = QUrl.fromEncoded(browser_url(url, "address").encode("ascii"), QUrl.ParsingMode.StrictMode)
        return qurl.isValid() and bool(QDesktopServices.openUrl(qurl))
    except (XAuthError, UnicodeError, ValueError):
        log.warning("refused to open a non-web address")
        return False


def way_in_chosen(settings: AppSettings) -> bool:
    """Get started opens until a way in is chosen (closing it without a choice shows it again next time);
    a profile already set up or signed in with counts as chosen (saved by versions before the flag)."""
    return settings.get_started_done or any(p.client_id or p.tokens for p in settings.profiles())


def first_profile(settings: AppSettings, sandbox: bool) -> Profile:
    """The profile shown at start: the sandbox's with --sandbox, else the last one used (or a new one)."""
    from xauth_gui.core.endpoints import Provider
    from xauth_gui.core.profile import Profile
    from xauth_gui.core.sandbox_facts import PROFILE_NAME, PUBLIC_CLIENT_ID

    profiles = settings.profiles()
    current = next((p for p in profiles if p.id == settings.current_profile_id), profiles[0] if profiles else None)
    if sandbox:
        current = next((p for p in profiles if p.provider is Provider.SANDBOX), None)
        if current is None:
            current = Profile(name=PROFILE_NAME, provider=Provider.SANDBOX, client_id=PUBLIC_CLIENT_ID)
            settings.save_profile(current)
    if current is None:
        current = Profile()
        settings.save_profile(current)
    return current
