"""The sandbox's authorization server metadata (RFC 8414), so discovery and the `iss` check (RFC 9207)
can be tried, and tested, without X. Tests may serve another document in its place (`document`), or
at other well-known addresses (`paths`: OpenID Connect's, or RFC 8414's for an issuer with a path)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from xauth_gui.core.discovery import OAUTH_WELL_KNOWN
from xauth_gui.core.scopes import CATALOGUE

from .protocol import EXTRA_SCOPE, OAuthState
from .replies import Reply


@dataclass
class Metadata:
    paths: frozenset[str] = frozenset({OAUTH_WELL_KNOWN})
    document: bytes | None = field(default=None, repr=False)  # served as is instead of the real one

    def reply(self, path: str, base_url: str, oauth: OAuthState) -> Reply | None:
        """The answer for a well-known path, or None when this sandbox does not serve it (404)."""
        if path not in self.paths:
            return None
        if self.document is not None:
            return Reply(200, raw=self.document)
        return Reply(200, raw=json.dumps(document(base_url, oauth)).encode())


def document(base_url: str, oauth: OAuthState) -> dict[str, Any]:
    return {
        "issuer": oauth.issuer or base_url,
        "authorization_endpoint": base_url + "/i/oauth2/authorize",
        "token_endpoint": base_url + "/2/oauth2/token",
        "revocation_endpoint": base_url + "/2/oauth2/revoke",
        "response_types_supported": ["code"],
        "grant_types_supported": ["authorization_code", "refresh_token"],
        "code_challenge_methods_supported": ["S256", "plain"],
        "token_endpoint_auth_methods_supported": [*oauth.auth_methods, "none"],
        "scopes_supported": [*(s.name for s in CATALOGUE), EXTRA_SCOPE],
        "authorization_response_iss_parameter_supported": oauth.issuer is not None,
    }
