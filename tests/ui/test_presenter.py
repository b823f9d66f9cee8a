"""The window's texts that need no Qt (ui/presenter.py)."""

from __future__ import annotations

import math

import pytest

from xauth_gui.core.calls import ExchangeRecord
from xauth_gui.core.operation import Operation
from xauth_gui.core.session import StorageStatus
from xauth_gui.core.tokens import TokenSet, UserInfo
from xauth_gui.ui.presenter import expiry_text, granted_text, log_line, storage_text, user_text, window_title

NOW = 1_800_000_000.0


def tokens(expires_at: float | None, refresh: str | None = "r", scopes: tuple[str, ...] = ("tweet.read",)) -> TokenSet:
    return TokenSet("a", "bearer", NOW - 10, expires_at, scopes, refresh)


def test_expiry_counts_down_in_hours_minutes_and_seconds() -> None:
    assert expiry_text(tokens(NOW + 3599), NOW).startswith("in 0:59:59 (at ")
    assert expiry_text(tokens(NOW + 7200), NOW).startswith("in 2:00:00")


@pytest.mark.parametrize(
    ("expires", "refresh", "expected"),
    [
        (NOW - 1, "r", "expired: press Refresh"),
        (NOW, None, "expired: press Authorize"),
        (None, "r", "unknown (the server did not say)"),
        (math.nan, "r", "unknown (the server did not say)"),
        (math.inf, "r", "unknown (the server did not say)"),
    ],
)
def test_expiry_edge_cases_never_raise(expires: float | None, refresh: str | None, expected: str) -> None:
    assert expiry_text(tokens(expires, refresh), NOW) == expected


def test_expiry_when_stale_or_absent() -> None:
    assert "sign in again" in expiry_text(tokens(NOW + 60), NOW, stale=True)
    assert expiry_text(None, NOW) == "—"
    assert expiry_text(tokens(1e300), NOW).startswith("in ")  # absurd but finite: capped, no overflow


def test_granted_names_what_was_asked_for_but_not_granted() -> None:
    t = tokens(None, scopes=("tweet.read", "users.read"))
    assert granted_text(t, ("tweet.read", "users.read")) == "tweet.read users.read"
    assert granted_text(t, ("tweet.read", "like.write")) == "tweet.read users.read\nNot granted: like.write"
    assert granted_text(tokens(None, scopes=()), ()) == "(none)"
    assert granted_text(None, ("tweet.read",)) == "—"


def test_user_text() -> None:
    assert user_text(UserInfo("1", "jack", "Jack"), True) == "Jack\n@jack"
    assert user_text(UserInfo("", "jack", ""), True) == "@jack"
    assert "Who am I" in user_text(None, True)
    assert user_text(None, False) == "Not signed in yet."


def test_log_line_shows_status_time_and_error() -> None:
    ok = ExchangeRecord(Operation.REFRESH, "POST", "https://api.x.com/2/oauth2/token", 200, 41.6)
    assert log_line(ok, "12:00:00") == "12:00:00  POST https://api.x.com/2/oauth2/token  ->  200  (42 ms)"
    lost = ExchangeRecord(Operation.ME, "GET", "https://api.x.com/2/users/me", None, 3.0, "ConnectError")
    assert log_line(lost, "t").endswith("->  no answer  (3 ms)  ConnectError")


def test_storage_text_warns_about_plain_text_and_waiting_removals() -> None:
    assert storage_text(StorageStatus("Secret Service", True, 0)) == "Secrets: Secret Service"
    text = storage_text(StorageStatus("private file", False, 2))
    assert "plain text" in text and "2 removals waiting" in text
    assert "1 removal waiting" in storage_text(StorageStatus("memory only", True, 1))


def test_window_title() -> None:
    assert window_title("xauth-gui", "") == "xauth-gui"
    assert window_title("xauth-gui", "My app") == "xauth-gui — My app"
