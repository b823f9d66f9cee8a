"""Texts the window shows that need no Qt: plain functions with plain unit tests."""

from __future__ import annotations

import math
import time

from xauth_gui.core.tokens import TokenSet


def expiry_text(tokens: TokenSet | None, now: float, *, stale: bool = False) -> str:
    """"in 1:59:59 (at 14:32)", "expired: press Refresh", … Never raises, whatever the numbers (B11)."""
    if tokens is None:
        return "—"
    if stale:
        return "The server no longer accepts these tokens: press Authorize to sign in again."
    expires = tokens.expires_at
    if expires is None or not math.isfinite(expires) or not math.isfinite(now):
        return "unknown (the server did not say)"
    left = expires - now
    if left <= 0:
        return "expired" + (": press Refresh" if tokens.refresh_token else ": press Authorize")
    minutes, seconds = divmod(int(min(left, 10 * 365 * 86400.0)), 60)
    hours, minutes = divmod(minutes, 60)
    try:
        clock = time.strftime("%H:%M", time.localtime(expires))
    except (OverflowError, OSError, ValueError):
        clock = "?"
    return f"in {hours}:{minutes:02d}:{seconds:02d} (at {clock})"
