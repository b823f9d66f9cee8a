"""The first hour, round two (issue 22): the rough edges a newcomer hit, each as a class."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.app.test_boundaries import type_into
from tests.app.test_console import sign_in
from tests.support.app_window import banner, child, click
from tests.support.browser import ScriptedBrowser
from tests.support.qt_helpers import free_port, held_port
from xauth_gui.app import build
from xauth_gui.core.json_preview import body_text
from xauth_gui.core.profile import Profile, TokenMeta
from xauth_gui.core.session import MessageKind
from xauth_gui.entry.preflight import no_screen_reason
from xauth_gui.qt.settings import AppSettings
from xauth_gui.ui.main_window import MainWindow
from xauth_gui.ui.screen_fit import Box, fitted

WAIT = 15_000


# --- item 4: binary bodies in the request log -------------------------------------------------------------
def test_the_request_log_shows_an_image_as_a_note_not_its_bytes(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    sign_in(qtbot, window)
    log = window.request_log
    qtbot.waitUntil(lambda: any("/avatar.png  ->" in line for line in log.lines), timeout=WAIT)
    avatar = next(line for line in log.lines if line.split("\n")[0].split("  ->")[0].endswith("/avatar.png"))
    assert "PNG image, " in avatar and " bytes)" in avatar
    child(window, QAbstractButton, "requestLogToggle").setChecked(True)
    for text in ("\n".join(log.lines), log.ensure_built().toPlainText()):
        assert "\x00" not in text and "\ufffd" not in text and "IHDR" not in text
    copy = next(b for b in log.findChildren(QAbstractButton) if b.accessibleName() == "Copy request log")
    copy.click()
    assert "PNG image, " in QGuiApplication.clipboard().text() and "\x00" not in QGuiApplication.clipboard().text()


def test_any_binary_body_is_a_note() -> None:
    assert body_text(b"GIF89a" + bytes(range(256)), "") == "(GIF image, 262 bytes)"
    assert body_text(b"\x00\x01binary", "application/octet-stream") == "(binary data, 8 bytes)"
    assert body_text(b"\xff\xd8\xff\xe0" + b"x" * 10, "image/jpeg", 5000) == "(JPEG image, 5000 bytes)"
    assert body_text(b"ID3\x04", "audio/mpeg") == "(audio/mpeg data, 4 bytes)"
    assert body_text('{"name": "Zoë"}'.encode(), "application/json") == '{"name": "Zoë"}'
    assert body_text(b"", "") == ""


# --- item 6: words for the right audience -----------------------------------------------------------------
def test_a_busy_port_on_the_sandbox_does_not_send_the_user_to_x(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    with held_port() as busy:
        type_into(window, "redirectUriEdit", f"http://127.0.0.1:{busy}/callback")
        click(window, "authorizeButton")
        said = banner(window)
        assert f"Port {busy}" in said and "Use another port" in said and "developer console" not in said


def test_the_token_command_without_a_keychain_says_what_a_script_can_do(tmp_path: Path) -> None:
    from tests.e2e.test_token_cli import run

    settings = AppSettings(QSettings(str(tmp_path / "xauth-gui.ini"), QSettings.Format.IniFormat))
    profile = Profile(name="Scripts", tokens=TokenMeta("bearer", 1.0, 2.0, (), True, None))
    settings.save_profile(profile)
    settings.sync()
    out = run(tmp_path)  # the fail backend: no keychain, and no private-file opt-in
    assert out.returncode == 2 and out.stdout == "" and len(out.stderr.strip().splitlines()) == 1
    assert "desktop session" in out.stderr and "this run" not in out.stderr


# --- item 10: no keychain is said once ------------------------------------------------------------------------
@pytest.mark.logs_warnings
def test_no_keychain_is_said_once_not_at_every_start(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    said = []
    for _start in ("first", "second"):
        w = build(["xauth-gui", "--config-dir", str(tmp_path), "--sandbox"])
        qtbot.addWidget(w)
        w.show()
        w.controller.keeping.find_store()
        qtbot.waitUntil(lambda w=w: w.controller.vault.resolved, timeout=WAIT)
        qtbot.waitUntil(lambda w=w: "memory only" in child(w, QWidget, "storageLabel").text(), timeout=WAIT)
        said.append(banner(w))
        w.shutdown()
    assert "No secure storage (keychain)" in said[0]
    assert "keychain" not in said[1]


# --- item 9: no screen -------------------------------------------------------------------------------------
def test_without_a_screen_the_app_says_so_in_one_sentence() -> None:
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, str(root / "main.py")], capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 1 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "--diagnose" in out.stderr
    assert "Reinstalling" not in out.stderr and "xcb" not in out.stderr


def test_a_missing_x11_helper_is_named() -> None:
    said = no_screen_reason({"DISPLAY": ":0"}, lambda name: None)
    assert "libxcb-cursor0" in said and "apt install" in said
    assert no_screen_reason({"DISPLAY": ":0"}, lambda name: f"lib{name}.so.0") == ""
    assert no_screen_reason({"QT_QPA_PLATFORM": "offscreen"}) == ""
    assert no_screen_reason({"WAYLAND_DISPLAY": "wayland-0"}, lambda name: None) == ""


# --- item 11: the window fits the screen -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("width", "height", "dpr", "lang"),
    [(1366, 768, 1, "en"), (1920, 1080, 2, "en"), (1920, 1080, 2, "de"), (1280, 720, 1, "ja")],
    ids=["1366x768 laptop", "200% on 1920x1080", "200% in German", "1280x720 in Japanese"],
)
def test_the_window_with_its_frame_fits_the_screen(
    tmp_path: Path, width: int, height: int, dpr: int, lang: str
) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": str(dpr)}
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-m", "tests.support.screen_probe", "--lang", lang], cwd=root, env=env,
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    found = json.loads(out.stdout.strip().splitlines()[-1])
    sx, sy, sw, sh = found["screen"]
    assert (sw, sh) == (width // dpr, height // dpr)
    for window in found["windows"]:
        x, y, w, h = window["frame"]
        assert sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh, (window, found["screen"])


def test_fitting_keeps_the_layouts_minimum() -> None:
    area = Box(0, 0, 960, 540)
    assert fitted(Box(0, 0, 1100, 760), (640, 240), area) == Box(8, 40, 944, 492)
    assert fitted(Box(500, 300, 700, 400), (640, 240), area).x + 700 <= 960
    assert fitted(Box(0, 0, 1100, 760), (1000, 600), area).width == 1000  # never below what the layout needs


# --- item 5: a banner belongs to the profile and the inputs it speaks about --------------------------------
def test_a_message_does_not_outlive_its_profile(qtbot: Any, window: MainWindow, browser: ScriptedBrowser) -> None:
    c = window.controller
    sign_in(qtbot, window)
    sandbox_profile = c.profile
    with held_port() as busy:  # an error about this profile's callback port…
        type_into(window, "redirectUriEdit", f"http://127.0.0.1:{busy}/callback")
        click(window, "authorizeButton")
        assert c.last_message is not None and c.last_message.kind is MessageKind.ERROR
        c.profiles.create("Another app")  # …is gone once another profile is shown
        qtbot.waitUntil(lambda: not c.busy, timeout=WAIT)
        assert c.last_message.kind is MessageKind.INFO and f"{busy}" not in banner(window)
        assert "Fill in your app's details" in banner(window)  # what this new, empty profile needs
    c.profiles.show(sandbox_profile)
    qtbot.waitUntil(lambda: c.tokens is not None and not c.busy, timeout=WAIT)
    assert "@sandbox_user" in banner(window) and "Fill in" not in banner(window)


def test_the_ready_message_fits_the_profile_on_start(qtbot: Any, tmp_path: Path) -> None:
    """Chosen the sandbox (everything filled in): the banner does not ask to fill in the details."""
    from tests.support.app_window import sandbox_window

    with sandbox_window(qtbot, tmp_path) as w:
        qtbot.waitUntil(lambda: w.controller.last_message is not None, timeout=WAIT)
        assert "Fill in" not in banner(w) and "Authorize" in banner(w)


def test_a_question_about_the_client_id_goes_when_it_changes(qtbot: Any, window: MainWindow) -> None:
    c = window.controller
    c.profiles.create("My app")
    qtbot.waitUntil(lambda: not c.busy, timeout=WAIT)
    type_into(window, "clientIdEdit", "1234567890123456789")  # a numeric App ID, not a Client ID
    click(window, "authorizeButton")
    assert "Authorize with it anyway?" in banner(window)
    type_into(window, "clientIdEdit", "bXlfYXBwX2NsaWVudF9pZDoxOm5h")
    assert "anyway" not in banner(window) and "settings changed" in banner(window)


# --- item 3: sandbox tokens survive a restart of the app, with the account's name and picture -----------
def test_sandbox_tokens_and_the_account_survive_a_restart(
    qtbot: Any, tmp_path: Path, browser: ScriptedBrowser, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())  # the opted-in private file instead
    settings = AppSettings(QSettings(str(tmp_path / "xauth-gui.ini"), QSettings.Format.IniFormat))
    settings.plain_file_opt_in = True
    settings.sync()

    callback = f"http://127.0.0.1:{free_port()}/callback"  # a port of the test's own, never the shared 8765

    def start() -> MainWindow:
        w = build(["xauth-gui", "--config-dir", str(tmp_path), "--sandbox"])
        qtbot.addWidget(w)
        w.show()
        type_into(w, "redirectUriEdit", callback)
        return w

    first = start()
    sign_in(qtbot, first)
    qtbot.waitUntil(lambda: first.controller.avatar is not None and not first.controller.busy, timeout=WAIT)
    tokens = first.controller.tokens
    first.shutdown()
    assert tokens is not None and (tmp_path / "private" / "sandbox.json").exists()
    assert (tmp_path / "private" / "sandbox.json").stat().st_mode & 0o077 == 0
    again = start()
    c = again.controller
    qtbot.waitUntil(lambda: c.tokens is not None and c.avatar is not None, timeout=WAIT)
    assert c.tokens.access_token == tokens.access_token
    assert again.sandbox_host.sandbox.token_is_live(tokens.access_token)  # alive, not just looking alive
    assert "Sandbox User" in child(again, QWidget, "userLabel").text()
    assert child(again, QWidget, "avatarLabel").isVisible()
    c.refresh()
    qtbot.waitUntil(lambda: not c.busy, timeout=WAIT)
    assert c.last_message is not None and c.last_message.kind is MessageKind.SUCCESS and not c.stale
    again.shutdown()


# --- item 13: polish -------------------------------------------------------------------------------------
def test_token_type_hint_is_shown_in_the_log_and_json_expiry_is_whole_seconds(tmp_path: Path, sandbox: Any) -> None:
    from tests.e2e.test_token_cli import run, saved_profile
    from xauth_gui.core.redact import redact

    said = redact("token=abc123secret&token_type_hint=access_token&grant_type=refresh_token&refresh_token=r3fr3sh")
    assert "token_type_hint=access_token" in said and "abc123secret" not in said and "r3fr3sh" not in said
    saved_profile(tmp_path, sandbox, expires_in=3600)
    out = run(tmp_path, "--json")
    assert isinstance(json.loads(out.stdout)["expires_at"], int)


def test_get_started_comes_back_until_a_way_in_is_chosen(qtbot: Any, tmp_path: Path) -> None:
    shown = []
    for _start in ("closed without a choice", "chose the sandbox", "after the choice"):
        w = build(["xauth-gui", "--config-dir", str(tmp_path), "--memory-only"])
        qtbot.addWidget(w)
        w.show()
        dialog = w.findChild(QWidget, "getStartedDialog")
        shown.append(dialog is not None and dialog.isVisible())
        if _start == "chose the sandbox":
            click(w, "getStartedSandboxButton")
        w.shutdown()
    assert shown == [True, True, False]


def test_a_new_language_offers_a_restart(qtbot: Any, window: MainWindow) -> None:
    from xauth_gui.ui import language_menu

    language_menu._choose(window.controller, "de" if window.controller.settings.language != "de" else "fr")
    said = window.controller.last_message
    assert said is not None and [text for text, _ in said.actions] == ["Restart now"]


def test_the_sandbox_says_why_its_client_id_is_read_only(qtbot: Any, window: MainWindow) -> None:
    edit = child(window, QWidget, "clientIdEdit")
    assert edit.isReadOnly() and not edit.hasFrame() and "sandbox's own client" in edit.toolTip()
    assert edit.accessibleDescription() == edit.toolTip()


def test_the_wait_is_shown_as_moving_not_finished_and_the_paste_box_says_it_all(qtbot: Any, window: MainWindow) -> None:
    from xauth_gui.ui.flow import BusyStripe

    window.resize(900, 640)
    window.controller.open_url = lambda _url: True
    click(window, "authorizeButton")
    stripe = window.login_panel.findChild(BusyStripe)
    assert stripe is not None and stripe.isVisible()
    first = stripe._step
    qtbot.waitUntil(lambda: stripe._step != first, timeout=WAIT)  # it moves while the browser is awaited
    paste = child(window, QWidget, "pasteRedirectEdit")
    needed = paste.fontMetrics().horizontalAdvance(paste.placeholderText()) + 12
    assert paste.width() >= needed, (paste.width(), needed)
    window.controller.cancel_login()
    qtbot.waitUntil(lambda: not stripe.isVisible(), timeout=WAIT)
    assert not stripe._timer.isActive()  # and stops when the wait is over


def test_a_reloaded_done_tab_gets_a_page_until_the_port_is_wanted_again(
    qtbot: Any, window: MainWindow, browser: ScriptedBrowser
) -> None:
    from tests.app.test_boundaries import port_is_free
    from tests.support.helpers import http_get
    from xauth_gui.qt.login_flow import RETIRED_PAGE_MS

    sign_in(qtbot, window)
    callback = next(url for url in browser.locations if "code=" in url)
    helper = window.controller.login.retired
    assert helper is not None and helper._grace.remainingTime() > RETIRED_PAGE_MS // 2  # not a 3-second grace
    exchanges = [line for line in window.request_log.lines if "/2/oauth2/token" in line.split("\n")[0]]
    answers: list[tuple[int, dict[str, str], str]] = []
    reload = threading.Thread(target=lambda: answers.append(http_get(callback, timeout=10)), daemon=True)
    reload.start()  # the browser's reload of the Done tab (the listener answers on this thread's loop)
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT)
    status, _headers, page = answers[0]
    assert status == 200 and "This login already finished" in page
    assert [line for line in window.request_log.lines if "/2/oauth2/token" in line.split("\n")[0]] == exchanges
    port = int(callback.split("://", 1)[1].split("/")[0].rsplit(":", 1)[1])
    window.controller.release_callback_port()  # what Diagnostics and a new login do first
    assert port_is_free(port)
    sign_in(qtbot, window)  # and a new login binds the same port again


@pytest.mark.parametrize("width", [560, 900, 1800])
def test_scope_names_sit_beside_their_descriptions_at_any_width(qtbot: Any, width: int) -> None:
    from xauth_gui.ui.scope_picker import ScopePicker

    picker = ScopePicker()
    qtbot.addWidget(picker)
    picker.resize(width, 500)
    picker.show()
    tree, names = picker.tree, picker.tree.sizeHintForColumn(1)
    qtbot.waitUntil(lambda: tree.header().sectionSize(0) + names <= tree.viewport().width() + 1, timeout=WAIT)
    metrics, items = tree.fontMetrics(), list(picker._items.values())
    widest = max(metrics.horizontalAdvance(item.text(0)) for item in items)
    description_ends = tree.visualItemRect(items[0]).left() + tree.indentation() + 32 + widest
    gap = tree.header().sectionPosition(1) - description_ends
    if tree.viewport().width() - names > widest + 2 * tree.indentation() + 48:  # room for every description
        assert -20 <= gap <= 80, gap  # the names follow the descriptions, not the far edge
    else:
        assert tree.header().sectionSize(0) >= tree.viewport().width() - names - 1  # descriptions take the rest


def test_about_links_to_the_licences_an_installer_carries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 27: Help → About points at the licence texts installed beside the program (a frozen bundle)."""
    from xauth_gui.ui.presenter import licences_line

    assert "each bundled part's own" in licences_line()  # a source checkout: no bundle, no folder
    (tmp_path / "licenses").mkdir()
    (tmp_path / "licenses" / "README.txt").write_text("Licences of what xauth-gui bundles")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "xauth-gui"))
    line = licences_line()
    assert 'href="file://' in line and "/licenses/README.txt" in line and "Qt, PySide6, Python" in line
