"""Texts the window shows that need no Qt: plain functions with plain unit tests (tests/unit)."""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xauth_gui.core.calls import ExchangeRecord
    from xauth_gui.core.session import StorageStatus
    from xauth_gui.core.tokens import TokenSet, UserInfo


def expiry_text(tokens: TokenSet | None, now: float, *, stale: bool = False) -> str:
    """ "in 1:59:59 (at 14:32)", "expired: press Refresh", … Never raises, whatever the numbers (B11)."""
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


def granted_text(tokens: TokenSet | None, requested: tuple[str, ...]) -> str:
    """The granted scopes, and those asked for but not granted."""
    if tokens is None:
        return "—"
    missing = [s for s in requested if s not in tokens.scopes]
    granted = " ".join(tokens.scopes) or "(none)"
    return granted + (f"\nNot granted: {' '.join(missing)}" if missing else "")


def user_text(user: UserInfo | None, signed_in: bool) -> str:
    if user and user.username:
        return f"{user.name}\n@{user.username}" if user.name else f"@{user.username}"
    return "Signed in. Press Who am I? to see the account." if signed_in else "Not signed in yet."


def log_line(record: ExchangeRecord, stamp: str) -> str:
    """One request-log line: method, URL (already redacted by the transport), status, time, error."""
    status = record.status if record.status is not None else "no answer"
    line = f"{stamp}  {record.method} {record.url}  ->  {status}  ({record.elapsed_ms:.0f} ms)"
    return line + (f"  {record.error}" if record.error else "")


def log_details(record: ExchangeRecord, limit: int = 600) -> list[str]:
    """The request and the answer under a log line, as a console shows them (already redacted)."""
    lines = [f"    > {name}: {value}" for name, value in record.request_headers]
    if record.request_body:
        lines.append(f"    > {record.request_body[:limit]}")
    lines += [f"    < {name}: {value}" for name, value in record.response_headers]
    if record.response_body:
        body = " ".join(record.response_body.split())
        lines.append(f"    < {body[:limit]}" + ("…" if len(body) > limit else ""))
    return lines


def storage_text(storage: StorageStatus) -> str:
    plural = "s" if storage.pending != 1 else ""
    return (
        f"Secrets: {storage.name}"
        + ("  ⚠ not saved: the keychain can't be used" if storage.problem else "")
        + ("" if storage.secure else "  ⚠ plain text")
        + (f"  ⚠ {storage.pending} removal{plural} waiting for the keychain" if storage.pending else "")
    )


def window_title(app_name: str, profile_name: str) -> str:
    return f"{app_name} — {profile_name}" if profile_name else app_name


def secret_placeholder(storage: StorageStatus) -> str:
    """Where a typed Client Secret will be kept, as the field's placeholder says it (issue 13, item 10)."""
    if storage.problem or not storage.persistent:
        return "Client Secret (kept in memory for this run only)"
    return "Client Secret (kept in your keychain)" if storage.secure else "Client Secret (saved in your private file)"
