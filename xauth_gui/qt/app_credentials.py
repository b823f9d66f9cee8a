"""The app's API Key and Secret, and the app-only Bearer token they mint (x-oauth2.md §12.2).

Both are bound like the Client Secret (B2): the key pair to the profile and the API server it was
entered for, the app-only token to the profile and the origin that made it. A profile switch never
carries them to another profile's server (issue 21); the gate (core/gate.py) refuses any other origin.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xauth_gui.core.binding import SANDBOX  # the identity of the app's own server (its port may change)
from xauth_gui.core.gate import Origin, Secret, SecretKind, home


@dataclass(frozen=True)
class ApiCredentials:
    profile_id: str = ""
    key: str = field(default="", repr=False)
    secret: str = field(default="", repr=False)
    server: str = ""  # the API origin they were entered for, or "sandbox"

    def __bool__(self) -> bool:
        return bool(self.key or self.secret)

    def same_values(self, key: str, secret: str) -> bool:
        return (self.key, self.secret) == (key, secret)

    def secrets(self, server_url: str) -> tuple[Secret, Secret]:
        """Key and Secret, bound to `server_url` (the recorded server, resolved to a URL)."""
        where = home(server_url)
        return Secret(SecretKind.API_KEY, self.key, where), Secret(SecretKind.API_KEY, self.secret, where)


def api_identity(base_url: str, sandbox: bool) -> str:
    """The server identity to record for credentials entered while `base_url` is the API base."""
    if sandbox:
        return SANDBOX.value
    found = Origin.of(base_url)
    return str(found) if found else ""


class AppTokens:
    """The app-only tokens made this run, one per profile, each bound to the origin that made it."""

    def __init__(self) -> None:
        self._tokens: dict[str, Secret] = {}

    def get(self, profile_id: str) -> Secret:
        return self._tokens.get(profile_id) or Secret(SecretKind.APP_TOKEN, "")

    def keep(self, profile_id: str, value: str, made_at: str) -> None:
        self._tokens[profile_id] = Secret(SecretKind.APP_TOKEN, value, home(made_at))

    def drop(self, profile_id: str) -> Secret:
        return self._tokens.pop(profile_id, None) or Secret(SecretKind.APP_TOKEN, "")
