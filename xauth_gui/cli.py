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

if TYPE_CHECKING:
    from xauth_gui.core.profile import Profile
    from xauth_gui.core.tokens import TokenSet
    from xauth_gui.qt.settings import AppSettings
    from xauth_gui.services.secrets import SecretStore

REFRESH_WITHIN_S = 60.0
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
    args = parser.parse_args(argv)
    try:
        tokens = fresh_token(args.config_dir, args.profile)
    except CliError as exc:
        print(f"xauth-gui token: {exc}", file=sys.stderr)
        return exc.code
    if args.json:
        print(json.dumps({"access_token": tokens.access_token, "token_type": tokens.token_type,
                          "expires_at": tokens.expires_at, "scopes": list(tokens.scopes)}))  # fmt: skip
    else:
        print(tokens.access_token)
    return 0


def fresh_token(config_dir: str | None, name: str | None) -> TokenSet:
    from xauth_gui.app import _store_factory, settings_for

    settings = settings_for(config_dir)
    profile = _profile(settings, name)
    try:
        store = _store_factory(settings, memory_only=False)()
    except errors.StorageError as exc:
        raise CliError(exc.user_text, NO_STORE) from None
    tokens = _saved_tokens(profile, store)
    if tokens.expires_at is not None and tokens.expires_at - time.time() > REFRESH_WITHIN_S:
        return tokens
    return _refreshed(settings, profile, store, tokens)


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


def _saved_tokens(profile: Profile, store: SecretStore) -> TokenSet:
    from xauth_gui.core.tokens import TokenSet

    meta = profile.tokens
    access = store.get(profile.secret_key("access_token")) or ""
    if meta is None or not access:
        raise CliError(f"The profile \u201c{profile.name}\u201d has no saved token: sign in with xauth-gui.", NO_TOKEN)
    refresh = store.get(profile.secret_key("refresh_token")) or None
    return TokenSet(access, meta.token_type, meta.obtained_at, meta.expires_at, meta.scopes, refresh, meta.issuer)


def _refreshed(settings: AppSettings, profile: Profile, store: SecretStore, tokens: TokenSet) -> TokenSet:
    """The same rules as the window: only to the issuer, the secret only where it was entered (B1, B2)."""
    from xauth_gui.core.binding import server_identity
    from xauth_gui.core.client import ClientConfig, ClientType
    from xauth_gui.core.endpoints import Provider
    from xauth_gui.qt.profiles import token_meta
    from xauth_gui.services.oauth import OAuthService

    issuer = tokens.issuer
    if not tokens.refresh_token or issuer is None:
        raise CliError("The token has expired and there is no refresh token: sign in with xauth-gui.", NO_TOKEN)
    secret = ""
    if ClientType(issuer.client_type) is ClientType.CONFIDENTIAL:
        if profile.secret_server != server_identity(issuer.provider, issuer.endpoints):
            raise CliError("The Client Secret was entered for another server: open xauth-gui to confirm it.", FAILED)
        secret = store.get(profile.secret_key("client_secret")) or ""
    client = ClientConfig(issuer.client_id, ClientType(issuer.client_type), secret)
    try:
        fresh = OAuthService().refresh(issuer.endpoints, client, tokens)
    except errors.XAuthError as exc:
        raise CliError(exc.for_server(issuer.provider is Provider.X).user_text, FAILED) from None
    if not fresh.refresh_token:
        fresh = replace(fresh, refresh_token=tokens.refresh_token)
    store.set(profile.secret_key("refresh_token"), fresh.refresh_token or "")  # the new one first
    store.set(profile.secret_key("access_token"), fresh.access_token)
    settings.save_profile(replace(profile, tokens=token_meta(fresh)))
    settings.sync()
    return fresh
