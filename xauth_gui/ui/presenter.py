"""Texts the window shows that need no Qt: plain functions with plain unit tests (tests/ui)."""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from xauth_gui.core.client import ClientType
from xauth_gui.core.pkce import PkceMethod
from xauth_gui.core.profile import DEFAULT_NAME
from xauth_gui.core.sandbox_facts import DEFAULT_PORT as SANDBOX_PORT
from xauth_gui.core.sandbox_facts import PROFILE_NAME as SANDBOX_PROFILE_NAME
from xauth_gui.core.text import translate

if TYPE_CHECKING:
    from xauth_gui.core.calls import ExchangeRecord
    from xauth_gui.core.session import StorageStatus
    from xauth_gui.core.tokens import TokenSet, UserInfo


def expiry_text(tokens: TokenSet | None, now: float, *, stale: bool = False) -> str:
    """ "in 1:59:59 (at 14:32)", "expired: press Refresh", … Never raises, whatever the numbers (B11)."""
    if tokens is None:
        return "—"
    if stale:
        return translate("Presenter", "The server no longer accepts these tokens: press Authorize to sign in again.")
    expires = tokens.expires_at
    if expires is None or not math.isfinite(expires) or not math.isfinite(now):
        return translate("Presenter", "unknown (the server did not say)")
    left = expires - now
    if left <= 0:
        return (
            translate("Presenter", "expired: press Refresh")
            if tokens.refresh_token
            else translate("Presenter", "expired: press Authorize")
        )
    minutes, seconds = divmod(int(min(left, 10 * 365 * 86400.0)), 60)
    hours, minutes = divmod(minutes, 60)
    try:
        clock = time.strftime("%H:%M", time.localtime(expires))
    except (OverflowError, OSError, ValueError):
        clock = "?"
    return translate("Presenter", "in {left} (at {clock})").format(
        left=f"{hours}:{minutes:02d}:{seconds:02d}", clock=clock
    )


def granted_text(tokens: TokenSet | None, requested: tuple[str, ...]) -> str:
    """The granted scopes, and those asked for but not granted."""
    if tokens is None:
        return "—"
    missing = [s for s in requested if s not in tokens.scopes]
    granted = " ".join(tokens.scopes) or translate("Presenter", "(none)")
    if not missing:
        return granted
    return granted + "\n" + translate("Presenter", "Not granted: {scopes}").format(scopes=" ".join(missing))


def user_text(user: UserInfo | None, signed_in: bool) -> str:
    if user and user.username:
        return f"{user.name}\n@{user.username}" if user.name else f"@{user.username}"
    return (
        translate("Presenter", "Signed in. Press Who am I? to see the account.")
        if signed_in
        else translate("Presenter", "Not signed in yet.")
    )


def log_line(record: ExchangeRecord, stamp: str) -> str:
    """One request-log line: method, URL (already redacted by the transport), status, time, error."""
    status = record.status if record.status is not None else translate("Presenter", "no answer")
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
    pending = storage.pending  # (a plain name: lupdate reads only literal or plain-name arguments)
    if storage.problem:  # one short phrase: it sits at the end of the profile row
        where = translate("Presenter", "Secrets: memory only ⚠ no keychain")
    else:
        where = translate("Presenter", "Secrets: {store}").format(store=storage.name)
    return (
        where
        + ("" if storage.secure else translate("Presenter", "  ⚠ plain text"))
        + (translate("Presenter", "  ⚠ %n removal(s) waiting for the keychain", None, pending) if pending else "")
    )


def profile_name(name: str) -> str:
    """A profile's name; the two the app makes itself are shown in the user's language."""
    return translate("Profile", name) if name in (DEFAULT_NAME, SANDBOX_PROFILE_NAME) else name


def window_title(app_name: str, profile_name: str) -> str:
    return f"{app_name} — {profile_name}" if profile_name else app_name


def secret_placeholder(storage: StorageStatus) -> str:
    """Where a typed Client Secret will be kept, as the field's placeholder says it (issue 13, item 10)."""
    if storage.problem or not storage.persistent:
        return translate("Presenter", "Client Secret (kept in memory for this run only)")
    return (
        translate("Presenter", "Client Secret (kept in your keychain)")
        if storage.secure
        else translate("Presenter", "Client Secret (saved in your private file)")
    )


def sandbox_text(port: int, usual: int = SANDBOX_PORT) -> str:
    """Where the sandbox runs; its usual port keeps copied commands working while the app runs."""
    if port in (0, usual) or usual == 0:  # (0: "any free port" was asked for)
        return translate("AppForm", "Runs inside this app at {address} while it is open.").format(
            address=f"http://127.0.0.1:{port or usual}"
        )
    return translate(
        "AppForm",
        "Port {usual} is taken, so it runs at {address} this time.",
    ).format(usual=usual, address=f"http://127.0.0.1:{port}")


def client_type_help(client_type: ClientType) -> str:
    """What the client type means, where X's app settings say which it is."""
    if client_type is ClientType.CONFIDENTIAL:
        return translate("AppForm", "As set in your X app's User authentication settings. Paste its Client Secret.")
    return translate("AppForm", "As set in your X app's User authentication settings. No Client Secret.")


def pkce_warning(pkce: PkceMethod | str) -> str:
    """The warning under the PKCE choice, or "" for S256."""
    if PkceMethod(pkce) is not PkceMethod.PLAIN:
        return ""
    return translate("AppForm", "⚠ plain PKCE sends the verifier in the clear; use it only if this server lacks S256.")


def licences_line() -> str:
    """Help → About's line on the licences of the bundled parts (Qt, PySide6, Python, requests, keyring…):
    a link to the texts an installer carries, or where they are in a source checkout. Rich text."""
    from PySide6.QtCore import QUrl

    from xauth_gui.resources import licences_index

    found = licences_index()
    if found is None:
        return translate("MainWindow", "Licences: each bundled part's own, in its Python package.")
    words = translate("MainWindow", "the licence texts")
    link = f'<a href="{QUrl.fromLocalFile(str(found)).toString()}">{words}</a>'
    return translate("MainWindow", "It includes Qt, PySide6, Python and other free software: {link}.").format(link=link)
