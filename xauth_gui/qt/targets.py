"""Where each secret may go, for the profile shown: the client secret only to the server it was typed
for (B2), the tokens only to the issuer that produced them (B1)."""

from __future__ import annotations

from dataclasses import replace

from xauth_gui.core import errors
from xauth_gui.core.binding import SANDBOX, Issuer, server_identity, server_words
from xauth_gui.core.client import ClientConfig, ClientType
from xauth_gui.core.endpoints import Endpoints, Provider
from xauth_gui.core.profile import Profile
from xauth_gui.core.text import translate

from .session_hub import SessionHub


class Targets:
    def __init__(self, hub: SessionHub) -> None:
        self.hub = hub

    # --- the client secret (B2) ---------------------------------------------------------------------------
    @property
    def client(self) -> ClientConfig:
        """The client for the current settings; its secret only for the server it was entered for (B2)."""
        h = self.hub
        return self.client_for(h.profile.provider, h.endpoints, h.profile)

    def current_server(self) -> str:
        p = self.hub.profile
        return server_identity(p.provider, self.hub.endpoints if p.provider is SANDBOX else p.endpoints())

    def client_for(self, provider: Provider, endpoints: Endpoints, profile: Profile) -> ClientConfig:
        secret = self.hub.client_secret
        client = profile.client(secret)
        if client.client_type is not ClientType.CONFIDENTIAL or not secret:
            return client
        here = server_identity(provider, endpoints)
        if profile.secret_server != here:
            raise errors.SecretNotConfirmedError(server_words(profile.secret_server), server_words(here))
        return client.bound_to(self.server_url(profile.secret_server))

    def server_url(self, identity: str) -> str:
        """A recorded server identity as a URL the gate can bind to ("sandbox": the running sandbox's)."""
        if identity != SANDBOX:
            return identity
        sandbox = self.hub.sandbox_endpoints
        return sandbox(self.hub.profile.redirect_uri).token_url if sandbox is not None else ""

    # --- which settings the tokens belong to (B1) ---------------------------------------------------------
    def issuer_for_current_settings(self) -> Issuer:
        p = self.hub.profile
        return Issuer(p.provider, p.client_id.strip(), p.client_type, self.hub.endpoints)

    def token_target(self, action: errors.TokenAction) -> tuple[Endpoints, Issuer]:
        """Where a call with the tokens may go: their issuer's endpoints, only while the settings match."""
        h = self.hub
        if h.tokens is None:
            raise errors.XAuthError(
                translate("Profiles", "There are no tokens."), translate("Profiles", "Press Authorize to sign in.")
            )
        issuer = h.tokens.issuer or self.issuer_for_current_settings()
        if h.token_binding_problem:
            raise errors.TokensNotForTheseSettingsError(action, issuer.describe())
        return (h.endpoints if issuer.provider is SANDBOX else issuer.endpoints), issuer

    def client_call_target(self, action: errors.TokenAction) -> tuple[Endpoints, ClientConfig]:
        """Endpoints and client (with its secret, where bound to that server) for a token-endpoint call."""
        endpoints, issuer = self.token_target(action)
        profile = replace(self.hub.profile, client_id=issuer.client_id)
        return endpoints, self.client_for(issuer.provider, endpoints, profile)

    def export_target(self) -> tuple[Endpoints, str]:
        """The issuer's who-am-I URL and client id: an export never points the token at other settings."""
        h = self.hub
        issuer = h.tokens.issuer if h.tokens else None
        if issuer is None or issuer.provider is SANDBOX:
            return h.endpoints, issuer.client_id if issuer else h.profile.client_id
        return issuer.endpoints, issuer.client_id
