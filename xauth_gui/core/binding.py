"""Which login secrets belong to (security checklist B1, B2).

Tokens carry the `Issuer` that produced them: the provider, the client id and the URLs they may be
sent to. A client secret carries the server it was entered for. After the user changes the provider,
an endpoint or the client id, nothing sends either of them anywhere else.

The sandbox is the app's own in-process server, whose port changes each run: its identity is
"sandbox", not a URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from xauth_gui.core.text import translate

from .client import ClientType
from .endpoints import Endpoints, Provider
from .gate import Origin, home
from .urls import origin, same_target

SANDBOX = Provider.SANDBOX


def server_identity(provider: Provider, endpoints: Endpoints) -> str:
    """Who a client secret is for: the token URL's origin, or "sandbox"."""
    return SANDBOX.value if provider is SANDBOX else origin(endpoints.token_url)


def server_words(identity: str) -> str:
    """A recorded server identity in plain words: "the sandbox", or the server's origin."""
    return (
        translate("Profiles", "the sandbox")
        if identity == SANDBOX
        else identity.removesuffix(":443") or translate("Profiles", "another server")
    )


class Use(StrEnum):
    """Which of the issuer's servers a token is on its way to."""

    TOKEN = "token"  # the token endpoint (refresh)
    REVOKE = "revoke"
    API = "api"  # who am I and the console: the issuer's API origin


@dataclass(frozen=True)
class Issuer:
    provider: Provider
    client_id: str
    client_type: ClientType
    endpoints: Endpoints

    def __post_init__(self) -> None:
        object.__setattr__(self, "provider", Provider(self.provider))
        object.__setattr__(self, "client_type", ClientType(self.client_type))

    def matches(self, provider: Provider, endpoints: Endpoints, client_id: str) -> bool:
        """Would the current settings send the tokens to the server and client that issued them?"""
        if client_id.strip() != self.client_id:
            return False
        if SANDBOX in (self.provider, provider):
            return self.provider == provider
        mine, theirs = self.endpoints, endpoints
        return all(
            same_target(a, b)
            for a, b in (
                (mine.token_url, theirs.token_url),
                (mine.revoke_url, theirs.revoke_url),
                (mine.me_url, theirs.me_url),
            )
        )

    def home(self, use: Use) -> frozenset[Origin]:
        """Where the tokens may go for `use`: the origin this issuer recorded, nothing else (the gate)."""
        ep = self.endpoints
        url = {Use.TOKEN: ep.token_url, Use.REVOKE: ep.revoke_url, Use.API: ep.me_url}[Use(use)]
        return home(url)

    def api_base(self) -> str:
        """The API origin as a base URL (X: https://api.x.com), where the console's calls point."""
        found = Origin.of(self.endpoints.me_url)
        return str(found) if found else ""

    def describe(self) -> str:
        """Plain words for the window: where these tokens came from."""
        if self.provider is SANDBOX:
            return translate("Binding", "the sandbox (Client ID {client_id})").format(client_id=self.client_id)
        server = origin(self.endpoints.token_url).removesuffix(":443") or self.endpoints.token_url
        return translate("Binding", "{server} (Client ID {client_id})").format(server=server, client_id=self.client_id)

    def to_dict(self) -> dict[str, Any]:
        ep = self.endpoints
        return {
            "provider": self.provider.value,
            "client_id": self.client_id,
            "client_type": self.client_type.value,
            "endpoints": [ep.authorize_url, ep.token_url, ep.revoke_url, ep.me_url],
            "server": ep.server_details(),
        }

    @classmethod
    def from_dict(cls, data: object) -> Issuer | None:
        """None for anything damaged (the caller notes it)."""
        if not isinstance(data, dict):
            return None
        provider, client_id, client_type = data.get("provider"), data.get("client_id"), data.get("client_type")
        urls = data.get("endpoints")
        if not all(isinstance(v, str) for v in (provider, client_id, client_type)):
            return None
        if provider not in tuple(Provider) or client_type not in tuple(ClientType):
            return None
        if not (isinstance(urls, list) and len(urls) == 4 and all(isinstance(u, str) for u in urls)):
            return None
        endpoints = Endpoints(*urls).with_details(data.get("server"))
        return cls(Provider(str(provider)), str(client_id), ClientType(str(client_type)), endpoints)
