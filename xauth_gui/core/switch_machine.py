"""Showing a saved profile, as a pure machine (issue 24's fourth slice): the driver (qt/profiles.py)
switches, reads the profile's secrets off the GUI thread, and feeds `Loaded`; `step` says what to show.

It decides what older versions' data becomes (a Client Secret or an API Key saved before secrets were
bound to a server is bound to the settings it was saved with; tokens saved without their issuer belong
to the settings shown), and which token pair to show: the stored one, with the newest details of it
(another process may have refreshed since the settings were written). No Qt, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .api_credentials import ApiCredentials, api_identity
from .binding import SANDBOX
from .profile import Profile, TokenMeta
from .tokens import TokenSet


@dataclass(frozen=True)
class StoredSecrets:
    """A profile's secrets as read from the secret store ("" for each one that is not there)."""

    client_secret: str = field(default="", repr=False)
    access_token: str = field(default="", repr=False)
    refresh_token: str = field(default="", repr=False)
    api_key: str = field(default="", repr=False)  # the app's API Key and Secret, for the app-only token
    api_secret: str = field(default="", repr=False)


@dataclass(frozen=True)
class Loaded:
    """The shown profile's secrets were read; `meta`: the newest details of its stored pair."""

    profile: Profile
    secrets: StoredSecrets
    meta: TokenMeta | None


@dataclass(frozen=True)
class Show:
    """The profile's Client Secret and API Key pair, each bound to its server."""

    client_secret: str = field(repr=False)
    api_credentials: ApiCredentials


@dataclass(frozen=True)
class Restore:
    """Show the stored pair (and the account last seen with it), and watch for other processes' pairs.
    Without an issuer (saved by an older version) it belongs to the settings shown."""

    tokens: TokenSet = field(repr=False)


class Do(Enum):
    BIND_SECRET = "bind_secret"  # a Client Secret saved before secrets were bound: bound to the settings shown
    SAY_READY = "say_ready"


Effect = Show | Restore | Do


def step(event: Loaded) -> tuple[Effect, ...]:
    p, s, meta = event.profile, event.secrets, event.meta
    # An API Key saved before it was bound: bound to the API server of the settings it was saved with.
    server = p.api_server or api_identity(p.endpoints().me_url, p.provider is SANDBOX)
    effects: list[Effect] = [Show(s.client_secret, ApiCredentials(p.id, s.api_key, s.api_secret, server))]
    if s.client_secret and not p.secret_server:
        effects.append(Do.BIND_SECRET)
    if s.access_token and meta is not None:
        tokens = TokenSet(s.access_token, meta.token_type, meta.obtained_at, meta.expires_at, meta.scopes,
                          s.refresh_token or None, meta.issuer)  # fmt: skip
        effects.append(Restore(tokens))
    return (*effects, Do.SAY_READY)
