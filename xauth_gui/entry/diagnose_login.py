"""The diagnostics' sandbox login: authorize (auto-approve), the listener, exchange, refresh, who am I and
revoke, through the app's own controller (the composition root's session) on a throwaway sandbox."""

from __future__ import annotations

import socket
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from xauth_gui.core.session import MessageKind
from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate
from xauth_gui.entry.checks import FAIL, OK, Check, qt_app

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from xauth_gui.core.endpoints import Endpoints
    from xauth_gui.qt.controller import FlowController
    from xauth_gui.qt.vault import TokenVault

SANDBOX_LOGIN = QT_TRANSLATE_NOOP("Diagnose", "Sandbox login")


def _waiter(app: QCoreApplication, limit_s: float) -> Callable[[Callable[[], bool], str], None]:
    """Wait (bounded) for a step of the walk, with Qt's events running; TimeoutError names the step."""

    def wait(predicate: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + limit_s
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(what)
            app.processEvents()
            time.sleep(0.005)

    return wait


def check_sandbox_login(limit_s: float = 60.0) -> Check:
    """authorize (auto-approve) -> listener -> exchange -> refresh -> who am I -> revoke, via the controller."""
    from xauth_gui.sandbox import Sandbox

    app = qt_app()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    redirect = f"http://127.0.0.1:{port}/callback"
    sandbox = Sandbox(auto_approve=True, redirect_uris=[redirect]).start()
    controller, vault = _sandbox_controller(sandbox.endpoints, redirect)
    steps: list[str] = []
    try:
        _walk_the_flow(controller, sandbox.token_is_live, _waiter(app, limit_s), steps)
    except (TimeoutError, RuntimeError) as exc:
        banner = controller.last_message.text if controller.last_message else ""
        return Check(
            SANDBOX_LOGIN,
            FAIL,
            translate("Diagnose", "stopped at {where} after {steps}. {banner}").format(
                where=exc, steps=", ".join(steps) or translate("Diagnose", "nothing"), banner=banner
            ),
        )
    finally:
        controller.shutdown()
        vault.shutdown()
        sandbox.stop()
    return Check(
        SANDBOX_LOGIN,
        OK,
        translate("Diagnose", "authorize, callback, exchange, refresh, who am I and revoke all work."),
    )


def _sandbox_controller(endpoints: Endpoints, redirect: str) -> tuple[FlowController, TokenVault]:
    """The app's own controller, on a memory-only vault and throwaway settings, with the scripted browser."""
    from PySide6.QtCore import QSettings

    from xauth_gui.composition import session
    from xauth_gui.core.endpoints import Provider
    from xauth_gui.core.profile import Profile
    from xauth_gui.qt.settings import AppSettings
    from xauth_gui.qt.vault import TokenVault
    from xauth_gui.sandbox.browser import ScriptedBrowser
    from xauth_gui.services.secrets import MemoryStore

    settings = AppSettings(QSettings(str(Path(tempfile.mkdtemp()) / "diag.ini"), QSettings.Format.IniFormat))
    vault = TokenVault(MemoryStore)
    controller = session(settings, vault, ScriptedBrowser().open)
    profile = Profile(provider=Provider.CUSTOM, client_id="sandbox-public-client", redirect_uri=redirect)
    controller.update_profile(replace(profile, custom_endpoints=endpoints))
    return controller, vault


def _walk_the_flow(
    c: FlowController, is_live: Callable[[str], bool], wait: Callable[[Callable[[], bool], str], None], steps: list[str]
) -> None:
    c.start_login()
    wait(lambda: c.tokens is not None and c.user is not None and not c.busy, translate("Diagnose", "the login"))
    steps.append(translate("Diagnose", "login"))
    first = c.tokens
    c.refresh()
    wait(lambda: c.tokens is not first and not c.refreshing, translate("Diagnose", "the refresh"))
    if first is None or is_live(first.refresh_token or ""):
        raise RuntimeError(translate("Diagnose", "the old refresh token still works after a refresh"))
    steps.append(translate("Diagnose", "refresh"))
    c.who_am_i()
    wait(lambda: not c.checking_user, translate("Diagnose", "who am I"))
    said = c.last_message
    if said is None or said.kind is not MessageKind.SUCCESS or c.user is None or not c.user.username:
        raise RuntimeError(translate("Diagnose", "who am I did not name the account"))
    steps.append(translate("Diagnose", "who am I"))
    last = c.tokens
    c.revoke()
    wait(lambda: c.tokens is None and not c.revoking, translate("Diagnose", "the revoke"))
    if last is None or is_live(last.access_token):
        raise RuntimeError(translate("Diagnose", "the access token still works after revoking"))
    steps.append(translate("Diagnose", "revoke"))
