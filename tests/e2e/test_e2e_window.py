"""The real window: the app on Xvfb with Qt's xcb platform, a sandbox login through Chromium, and a
screenshot of the window as the X server shows it (kept in build/artifacts/)."""

from __future__ import annotations

from pathlib import Path

from tests.support.e2e import ROOT, run_driver, secret_service, xvfb
from tests.support.qt_helpers import free_port

ARTIFACT = ROOT / "build" / "artifacts" / "window-xcb-tokens.png"


def test_real_window_login_and_screenshot(tmp_path: Path) -> None:
    ARTIFACT.unlink(missing_ok=True)
    with xvfb() as display, secret_service(tmp_path / "home") as env:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        result = run_driver(
            env,
            "--config-dir",
            str(tmp_path / "cfg"),
            "--action",
            "window",
            "--browser",
            "chromium",
            "--redirect-uri",
            f"http://127.0.0.1:{free_port()}/callback",
            "--screenshot",
            str(ARTIFACT),
            timeout=120,
        )
    assert result["platform"] == "xcb"
    assert result["access"] and "SecretService" in str(result["store"])
    assert "You can close this tab and return to xauth-gui." in str(result["page_text"])
    assert ARTIFACT.stat().st_size > 20_000
    assert result["font_has_glyphs"] and result["label_text"] == "Sandbox User\n@sandbox_user"
    assert int(result["label_dark_pixels"]) > 150  # glyphs were drawn, not boxes or nothing
