"""Where the OAuth server lives: X's real endpoints, or any server with the same four URLs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Provider(StrEnum):
    """Which server the app talks to."""

    X = "x"
    SANDBOX = "sandbox"  # the app's own in-process server (its port changes every run)
    CUSTOM = "custom"  # any server with X's four URLs


@dataclass(frozen=True)
class Endpoints:
    authorize_url: str
    token_url: str
    revoke_url: str
    me_url: str
    issuer: str | None = None  # compare a returned `iss` with this (RFC 9207) when the server sends one

    @classmethod
    def under(cls, base_url: str) -> Endpoints:
        """X's paths below another base URL (the sandbox, a proxy, a staging host)."""
        base = base_url.rstrip("/")
        return cls(
            authorize_url=f"{base}/i/oauth2/authorize",
            token_url=f"{base}/2/oauth2/token",
            revoke_url=f"{base}/2/oauth2/revoke",
            me_url=f"{base}/2/users/me",
        )


# x.com (not twitter.com) for authorize: twitter.com does not share the x.com login session.
X_ENDPOINTS = Endpoints(
    authorize_url="https://x.com/i/oauth2/authorize",
    token_url="https://api.x.com/2/oauth2/token",
    revoke_url="https://api.x.com/2/oauth2/revoke",
    me_url="https://api.x.com/2/users/me",
)

DEFAULT_REDIRECT_URI = "http://127.0.0.1:8765/callback"
# Fields xurl asks for, plus what the window shows.
ME_FIELDS = ("profile_image_url", "verified", "verified_type", "created_at", "public_metrics", "description")
