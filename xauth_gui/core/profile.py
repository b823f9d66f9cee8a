"""A saved app profile: the non-secret settings of one X app (and who it last authorized).

Secrets (client secret, tokens) never live here; they go to the secret store under `secret_key`.
"""

from __future__ import annotations

import math
import os
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any

from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate

from .binding import Issuer
from .client import ClientConfig, ClientType
from .endpoints import DEFAULT_REDIRECT_URI, X_ENDPOINTS, Endpoints, Provider
from .pkce import PkceMethod
from .scope_presets import DEFAULT_SCOPES
from .tokens import TokenSet, UserInfo

PROVIDERS = tuple(Provider)


class SecretName(StrEnum):
    """The secrets kept for a profile in the secret store (never in the settings)."""

    CLIENT_SECRET = "client_secret"
    ACCESS_TOKEN = "access_token"
    REFRESH_TOKEN = "refresh_token"
    API_KEY = "api_key"  # this and the next: the app-only token's credentials
    API_SECRET = "api_secret"


SECRET_KINDS = tuple(SecretName)
TOKEN_SECRETS = (SecretName.ACCESS_TOKEN, SecretName.REFRESH_TOKEN)


MAX_TIME = 4_102_444_800.0  # 2100-01-01: a saved time beyond this (or NaN, or negative) is damage


DEFAULT_NAME = QT_TRANSLATE_NOOP("Profile", "My X app")  # shown translated (ui/presenter.py)


@dataclass(frozen=True)
class TokenMeta:
    """What the window shows about stored tokens without reading the keyring."""

    token_type: str = "bearer"
    obtained_at: float = 0.0
    expires_at: float | None = None
    scopes: tuple[str, ...] = ()
    has_refresh: bool = False
    issuer: Issuer | None = None  # the server and client that issued them (B1)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["scopes"] = list(self.scopes)
        data["issuer"] = None if self.issuer is None else self.issuer.to_dict()
        return data

    @classmethod
    def of(cls, tokens: TokenSet) -> TokenMeta:
        t = tokens
        return cls(t.token_type, t.obtained_at, t.expires_at, t.scopes, bool(t.refresh_token), t.issuer)


@dataclass(frozen=True)
class Profile:
    id: str = field(default_factory=lambda: os.urandom(6).hex())
    name: str = DEFAULT_NAME
    provider: Provider = Provider.X
    client_id: str = ""
    client_type: ClientType = ClientType.PUBLIC
    redirect_uri: str = DEFAULT_REDIRECT_URI
    scopes: tuple[str, ...] = DEFAULT_SCOPES
    custom_endpoints: Endpoints = X_ENDPOINTS
    pkce_method: PkceMethod = PkceMethod.S256
    username: str = ""  # @username last authorized with this profile
    display_name: str = ""  # that account's name and picture, shown again after a restart
    avatar_url: str = ""
    tokens: TokenMeta | None = None
    secret_server: str = ""  # binding.server_identity the client secret was entered for (B2)
    app_credentials: bool = False  # an API Key and Secret (app-only token) are in the secret store
    api_server: str = ""  # the API origin (or "sandbox") the API Key and Secret were entered for (issue 21)

    def __post_init__(self) -> None:
        # Plain strings are accepted too (saved settings, older callers); unknown ones are a ValueError.
        object.__setattr__(self, "provider", Provider(self.provider))
        object.__setattr__(self, "client_type", ClientType(self.client_type))
        object.__setattr__(self, "pkce_method", PkceMethod(self.pkce_method))

    def signed_in(self, tokens: TokenSet | None, user: UserInfo | None) -> Profile:
        """With these tokens' details and the account they belong to (its name and picture come back
        after a restart); without tokens, with neither."""
        if tokens is None:
            return replace(self, tokens=None, username="", display_name="", avatar_url="")
        if user is None:
            return replace(self, tokens=TokenMeta.of(tokens))
        return replace(self, tokens=TokenMeta.of(tokens), username=user.username, display_name=user.name,
                       avatar_url=user.profile_image_url or "")  # fmt: skip

    def endpoints(self) -> Endpoints:
        """X's or the custom ones; the sandbox's come from the running sandbox (FlowController.endpoints)."""
        if self.provider is Provider.CUSTOM:
            return self.custom_endpoints
        return X_ENDPOINTS

    def client(self, secret: str = "") -> ClientConfig:
        return ClientConfig(self.client_id, self.client_type, secret)

    def effective_pkce_method(self) -> PkceMethod:
        """`plain` only for a custom server the user picked it for; never for X or the sandbox."""
        return self.pkce_method if self.provider is Provider.CUSTOM else PkceMethod.S256

    def secret_key(self, kind: SecretName | str) -> str:
        return f"{self.id}/{SecretName(kind).value}"  # ValueError: not a secret kept for a profile

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["scopes"] = list(self.scopes)
        data["tokens"] = None if self.tokens is None else self.tokens.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: object) -> Profile:
        return load_profile(data)[0]


_TEXT_FIELDS = (
    "id", "name", "provider", "client_id", "client_type", "redirect_uri", "pkce_method", "username", "secret_server",
    "api_server", "display_name", "avatar_url",
)  # fmt: skip
_CHOICES = {"provider": PROVIDERS, "client_type": tuple(ClientType), "pkce_method": tuple(PkceMethod)}


def _time(value: object) -> float | None:
    """A finite, plausible time in seconds since the epoch, else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = float(value)
    return number if math.isfinite(number) and 0.0 <= number <= MAX_TIME else None


def _token_meta(meta: dict[str, Any], notes: list[str]) -> TokenMeta:
    obtained = _time(meta.get("obtained_at", 0.0))
    raw_expires = meta.get("expires_at")
    expires = _time(raw_expires)
    if obtained is None or (raw_expires is not None and expires is None):
        notes.append(translate("Profile", "a saved token time was damaged, so the expiry shows as unknown"))
        obtained, expires = obtained or 0.0, None
    scopes = meta.get("scopes", [])
    issuer = Issuer.from_dict(meta.get("issuer")) if meta.get("issuer") is not None else None
    if meta.get("issuer") is not None and issuer is None:
        notes.append(translate("Profile", "the record of which server issued the tokens was damaged"))
    token_type = meta.get("token_type", "bearer")
    return TokenMeta(
        token_type=token_type if isinstance(token_type, str) and token_type else "bearer",
        obtained_at=obtained,
        expires_at=expires,
        scopes=tuple(s for s in scopes if isinstance(s, str)) if isinstance(scopes, list) else (),
        has_refresh=meta.get("has_refresh") is True,
        issuer=issuer,
    )


def token_meta_from_dict(data: object) -> TokenMeta | None:
    """Saved token details from a record another process wrote; None when damaged or absent."""
    if not isinstance(data, dict):
        return None
    notes: list[str] = []
    meta = _token_meta(data, notes)
    return None if notes else meta


def load_profile(data: object) -> tuple[Profile, list[str]]:
    """Tolerant: unknown keys are ignored; damaged values (wrong types, NaN, unknown choices) fall back
    to defaults, and each is described in the returned notes (checklist B11). Never raises."""
    notes: list[str] = []
    if not isinstance(data, dict):
        return Profile(), [translate("Profile", "a saved profile was unreadable")]
    kw: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        value = data.get(name)
        if isinstance(value, str) and value and "\x00" not in value:
            kw[name] = value
        elif value not in (None, ""):
            notes.append(f"the saved {name.replace('_', ' ')} was damaged")
    for name, allowed in _CHOICES.items():
        if name in kw and kw[name] not in allowed:
            notes.append(f"the saved {name.replace('_', ' ')} \u201c{kw.pop(name)[:40]}\u201d is unknown")
    if "provider" in kw:
        kw["provider"] = Provider(kw["provider"])
    scopes = data.get("scopes")
    if isinstance(scopes, list) and all(isinstance(s, str) for s in scopes):
        kw["scopes"] = tuple(scopes)
    elif scopes is not None:
        notes.append(translate("Profile", "the saved permissions were damaged"))
    ep = data.get("custom_endpoints")
    fields = ("authorize_url", "token_url", "revoke_url", "me_url")
    if isinstance(ep, dict) and all(isinstance(ep.get(f), str) for f in fields):
        kw["custom_endpoints"] = Endpoints(*(ep[f] for f in fields)).with_details(ep)
    elif ep is not None:
        notes.append(translate("Profile", "the saved server endpoints were damaged"))
    kw["app_credentials"] = data.get("app_credentials") is True
    meta = data.get("tokens")
    if isinstance(meta, dict):
        kw["tokens"] = _token_meta(meta, notes)
    elif meta is not None:
        notes.append(translate("Profile", "the saved token details were damaged"))
    return replace(Profile(), **kw), notes
