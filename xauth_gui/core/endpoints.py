"""Where the OAuth server lives: X's real endpoints, or any server with the same four URLs."""

from __future__ import annotations

from dataclasses import dataclass, replace
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
    issuer: str | None = None  # the server's issuer (from its metadata): a returned `iss` must equal it (RFC 9207)
    iss_required: bool = False  # the metadata promised `iss` in every authorization response
    token_auth: str = "client_secret_basic"  # how a confidential client sends its secret (or client_secret_post)
    offered_scopes: tuple[str, ...] = ()  # the metadata's scopes_supported: suggestions in the picker, never rules

    def server_details(self) -> dict[str, object]:
        """What discovery learnt, for a saved record (the four URLs are saved beside it)."""
        return {"issuer": self.issuer, "iss_required": self.iss_required, "token_auth": self.token_auth,
                "offered_scopes": list(self.offered_scopes)}  # fmt: skip

    def with_details(self, data: object) -> Endpoints:
        """These URLs with the saved details in `data`; a damaged or absent value keeps the default."""
        if not isinstance(data, dict):
            return self
        issuer, required, auth = data.get("issuer"), data.get("iss_required"), data.get("token_auth")
        offered = data.get("offered_scopes")
        return replace(
            self,
            issuer=issuer if isinstance(issuer, str) and issuer else None,
            iss_required=required is True,
            token_auth=auth if auth in ("client_secret_basic", "client_secret_post") else "client_secret_basic",
            offered_scopes=tuple(s for s in offered if isinstance(s, str) and s) if isinstance(offered, list) else (),
        )

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

X_ISSUER = "https://api.x.com"  # where X publishes its metadata (x-oauth2.md §13): compared, never used

DEFAULT_REDIRECT_URI = "http://127.0.0.1:8765/callback"
# Fields xurl asks for, plus what the window shows.
ME_FIELDS = ("profile_image_url", "verified", "verified_type", "created_at", "public_metrics", "description")
