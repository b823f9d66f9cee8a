"""`xauth-gui token [--profile NAME] [--json]`: a fresh access token for scripts, on stdout and nothing else.

    curl -H "Authorization: Bearer $(xauth-gui token)" https://api.x.com/2/users/me

Reads the saved profile and its secrets (the keychain, or the private file the user opted into),
refreshes when the token expires within a minute (the rotated pair is saved, refresh token first),
and exits non-zero with one plain sentence on stderr when it can't. No window opens.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from xauth_gui.core import errors
from xauth_gui.core.profile import SecretName, TokenMeta
from xauth_gui.services.refresh_guard import LOCK_WAIT_S, newest_meta

if TYPE_CHECKING:
    from xauth_gui.core.profile import Profile
    from xauth_gui.core.tokens import TokenSet
    from xauth_gui.qt.settings import AppSettings
    from xauth_gui.services.secrets import SecretStore

REFRESH_WITHIN_S = 60.0
NO_KEYCHAIN = (
    "No keychain is reachable from this session (over SSH or in cron there is often no Secret Service), so the "
    "saved tokens can't be read: run it in your desktop session, or start one (`dbus-run-session -- bash`, then "
    "`gnome-keyring-daemon --unlock` and type the keyring password), or in the window choose Storage… → Save in a "
    "private file."
)
NO_TOKEN, NO_STORE, FAILED = 1, 2, 3


class CliError(Exception):
    def __init__(self, text: str, code: int) -> None:
        super().__init__(text)
        self.code = code


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="xauth-gui token", description="Print a fresh access token.")
    parser.add_argument("--profile", metavar="NAME", help="the saved profile (default: the one last shown)")
    parser.add_argument("--json", action="store_true", help="print the token with its expiry and scopes as JSON")
    parser.add_argument("--config-dir", metavar="DIR", help="where settings live (default: the OS settings folder)")
    parser.add_argument(
        "--wait",
        metavar="SECONDS",
        type=float,
        default=LOCK_WAIT_S,
        help="how long to wait for another xauth-gui refreshing the same token (default 10)",
    )
    args = parser.parse_args(argv)
    try:
        tokens = fresh_token(args.config_dir, args.profile, max(0.0, args.wait))
    except CliError as exc:
        print(f"xauth-gui token: {exc}", file=sys.stderr)
        return exc.code
    if args.json:
        expires = None if tokens.expires_at is None else int(tokens.expires_at)  # whole seconds, like the exports
        print(json.dumps({"access_token": tokens.access_token, "token_type": tokens.token_type,
                          "expires_at": expires, "scopes": list(tokens.scopes)}))  # fmt: skip
    else:
        print(tokens.access_token)
    return 0


def fresh_token(config_dir: str | None, name: str | None, wait_s: float = LOCK_WAIT_S) -> TokenSet:
    from xauth_gui.composition import settings_for, store_factory

    settings = settings_for(config_dir)
    profile = _profile(settings, name)
    try:
        store = store_factory(settings, memory_only=False)()
    except errors.StorageUnavailableError:
        raise CliError(NO_KEYCHAIN, NO_STORE) from None
    except errors.StorageError as exc:
        raise CliError(exc.user_text, NO_STORE) from None
    tokens = _saved_tokens(profile, store, newest_meta(profile.tokens, settings.refresh_folder, profile.id))
    if tokens.expires_at is not None and tokens.expires_at - time.time() > REFRESH_WITHIN_S:
        return tokens
    return _refreshed(settings, profile, store, tokens, wait_s)


def _profile(settings: AppSettings, name: str | None) -> Profile:
    profiles = settings.profiles()
    if name:
        found = next((p for p in profiles if p.name == name), None)
    else:
        found = next((p for p in profiles if p.id == settings.current_profile_id), profiles[0] if profiles else None)
    if found is None:
        known = ", ".join(p.name for p in profiles) or "none yet"
        raise CliError(f"No saved profile {name or ''} (saved: {known}). Open xauth-gui to make one.", NO_TOKEN)
    return found


def _saved_tokens(profile: Profile, store: SecretStore, meta: TokenMeta | None) -> TokenSet:
    from xauth_gui.core.tokens import TokenSet

    access = store.get(profile.secret_key(SecretName.ACCESS_TOKEN)) or ""
    if meta is None or not access:
        raise CliError(f"The profile \u201c{profile.name}\u201d has no saved token: sign in with xauth-gui.", NO_TOKEN)
    refresh = store.get(profile.secret_key(SecretName.REFRESH_TOKEN)) or None
    return TokenSet(access, meta.token_type, meta.obtained_at, meta.expires_at, meta.scopes, refresh, meta.issuer)


def _refreshed(
    settings: AppSettings, profile: Profile, store: SecretStore, tokens: TokenSet, wait_s: float
) -> TokenSet:
    """The same rules as the window: only to the issuer, the secret only where it was entered (B1, B2),
    and one refresh at a time across processes: a pair another process saved meanwhile is taken as is."""
    from xauth_gui.core.binding import server_identity
    from xauth_gui.core.client import ClientConfig, ClientType
    from xauth_gui.core.endpoints import Provider
    from xauth_gui.services.oauth import OAuthService
    from xauth_gui.services.refresh_guard import ProfileLock, coordinated_refresh

    issuer = tokens.issuer
    if not tokens.refresh_token or issuer is None:
        raise CliError("The token has expired and there is no refresh token: sign in with xauth-gui.", NO_TOKEN)
    client = ClientConfig(issuer.client_id, ClientType(issuer.client_type))
    if client.client_type is ClientType.CONFIDENTIAL:
        if profile.secret_server != server_identity(issuer.provider, issuer.endpoints):
            raise CliError("The Client Secret was entered for another server: open xauth-gui to confirm it.", FAILED)
        secret = store.get(profile.secret_key(SecretName.CLIENT_SECRET)) or ""
        entered_for = issuer.endpoints.token_url if profile.secret_server == "sandbox" else profile.secret_server
        client = ClientConfig(client.client_id, client.client_type, secret).bound_to(entered_for)
    lock = ProfileLock(settings.refresh_folder, profile.id)
    try:
        outcome = coordinated_refresh(
            lock,
            store,
            profile.secret_key,
            tokens,
            lambda held: OAuthService().refresh(issuer.endpoints, client, held),
            wait_s,
        )
    except errors.XAuthError as exc:
        raise CliError(exc.for_server(issuer.provider is Provider.X).user_text, FAILED) from None
    if not outcome.saved:
        raise CliError("The new token could not be saved, so it was not printed: check the keychain.", NO_STORE)
    settings.save_profile(replace(profile, tokens=TokenMeta.of(outcome.tokens)))
    settings.sync()
    return outcome.tokens
