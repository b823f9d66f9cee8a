"""The app's API Key and Secret (x-oauth2.md §12.2), bound like the Client Secret (B2): to the profile
and the API server they were entered for. Part of the session state; never in the settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from .binding import SANDBOX  # the identity of the app's own server (its port may change)
from .gate import Origin, Secret, SecretKind, home


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
