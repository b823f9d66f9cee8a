"""A saved app profile: the non-secret settings of one X app (and who it last authorized).

Secrets (client secret, tokens) never live here; they go to the secret store under `secret_key`.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from .client import ClientConfig, ClientType
from .endpoints import DEFAULT_REDIRECT_URI, X_ENDPOINTS, Endpoints
from .pkce import S256
from .scopes import DEFAULT_SCOPES

PROVIDERS = ("x", "sandbox", "custom")
SECRET_KINDS = ("client_secret", "access_token", "refresh_token")


@dataclass(frozen=True)
class TokenMeta:
    """What the window shows about stored tokens without reading the keyring."""

    token_type: str = "bearer"
    obtained_at: float = 0.0
    expires_at: float | None = None
    scopes: tuple[str, ...] = ()
    has_refresh: bool = False


@dataclass(frozen=True)
class Profile:
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    name: str = "My X app"
    provider: str = "x"
    client_id: str = ""
    client_type: str = ClientType.PUBLIC.value
    redirect_uri: str = DEFAULT_REDIRECT_URI
    scopes: tuple[str, ...] = DEFAULT_SCOPES
    custom_endpoints: Endpoints = X_ENDPOINTS
    pkce_method: str = S256
    username: str = ""  # @username last authorized with this profile
    tokens: TokenMeta | None = None

    def endpoints(self) -> Endpoints:
        """X's or the custom ones; the sandbox's come from the running sandbox (FlowController.endpoints)."""
        if self.provider == "custom":
            return self.custom_endpoints
        return X_ENDPOINTS

    def client(self, secret: str = "") -> ClientConfig:
        return ClientConfig(self.client_id, ClientType(self.client_type), secret)

    def effective_pkce_method(self) -> str:
        """`plain` only for a custom server the user picked it for; never for X or the sandbox."""
        return self.pkce_method if self.provider == "custom" else S256

    def secret_key(self, kind: str) -> str:
        if kind not in SECRET_KINDS:
            raise ValueError(kind)
        return f"{self.id}/{kind}"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["scopes"] = list(self.scopes)
        return data

    @classmethod
    def from_dict(cls, data: object) -> Profile:
        """Tolerant: unknown keys are ignored, wrong types fall back to defaults (damaged settings)."""
        if not isinstance(data, dict):
            return cls()
        base = cls()
        kw: dict[str, Any] = {}
        for name in ("id", "name", "provider", "client_id", "client_type", "redirect_uri", "pkce_method", "username"):
            value = data.get(name)
            if isinstance(value, str) and value:
                kw[name] = value
        if kw.get("provider") not in PROVIDERS:
            kw.pop("provider", None)
        if kw.get("client_type") not in [t.value for t in ClientType]:
            kw.pop("client_type", None)
        scopes = data.get("scopes")
        if isinstance(scopes, list) and all(isinstance(s, str) for s in scopes):
            kw["scopes"] = tuple(scopes)
        ep = data.get("custom_endpoints")
        if isinstance(ep, dict):
            fields = ("authorize_url", "token_url", "revoke_url", "me_url")
            if all(isinstance(ep.get(f), str) for f in fields):
                kw["custom_endpoints"] = Endpoints(*(ep[f] for f in fields))
        meta = data.get("tokens")
        if isinstance(meta, dict):
            try:
                expires = meta.get("expires_at")
                kw["tokens"] = TokenMeta(
                    token_type=str(meta.get("token_type", "bearer")),
                    obtained_at=float(meta.get("obtained_at", 0.0)),
                    expires_at=float(expires) if isinstance(expires, (int, float)) else None,
                    scopes=tuple(s for s in meta.get("scopes", []) if isinstance(s, str)),
                    has_refresh=bool(meta.get("has_refresh", False)),
                )
            except (TypeError, ValueError):
                pass
        return replace(base, **kw)
