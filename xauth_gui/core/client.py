"""The OAuth client (public or confidential) and how it authenticates at the token endpoint."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import quote_plus

from xauth_gui.core.text import translate

from .errors import ConfigError
from .gate import Origin, Secret, SecretKind, home


class ClientType(StrEnum):
    PUBLIC = "public"  # X: Native App, Single page App. PKCE only, no secret.
    CONFIDENTIAL = "confidential"  # X: Web App, Automated App or Bot. Has a Client Secret.


@dataclass(frozen=True)
class ClientConfig:
    client_id: str
    client_type: ClientType = ClientType.PUBLIC
    client_secret: str = field(default="", repr=False)
    # Where the secret was entered (its token endpoint's origin): the gate sends it nowhere else (B2).
    secret_home: frozenset[Origin] = frozenset()

    def __post_init__(self) -> None:
        # Pasted ids and secrets often carry a newline or blanks; X then answers 401.
        object.__setattr__(self, "client_id", self.client_id.strip())
        object.__setattr__(self, "client_secret", self.client_secret.strip())
        object.__setattr__(self, "client_type", ClientType(self.client_type))

    def bound_to(self, *urls: str) -> ClientConfig:
        """The same client, its secret bound to the origins of `urls` (where it was entered)."""
        return ClientConfig(self.client_id, self.client_type, self.client_secret, home(*urls))

    @property
    def secret(self) -> Secret:
        return Secret(SecretKind.CLIENT_SECRET, self.client_secret, self.secret_home)

    def validate(self) -> None:
        if not self.client_id:
            raise ConfigError(
                translate("Client", "The Client ID is empty."),
                translate("Client", "Paste the OAuth 2.0 Client ID from Keys and tokens."),
            )
        if any(c.isspace() for c in self.client_id):
            raise ConfigError(
                translate("Client", "The Client ID contains blanks."),
                translate("Client", "Copy it again from Keys and tokens."),
            )
        if not all("\x21" <= c <= "\x7e" for c in self.client_id):  # RFC 6749 VSCHAR, no space
            raise ConfigError(
                translate("Client", "The Client ID contains characters a Client ID can't have."),
                translate("Client", "Copy it again from Keys and tokens."),
            )
        if self.client_type is ClientType.CONFIDENTIAL and not self.client_secret:
            raise ConfigError(
                translate("Client", "A confidential client needs its Client Secret."),
                translate(
                    "Client",
                    "Paste the Client Secret, or choose Public if your X app is a Native App or Single page App.",
                ),
            )

    def auth(self, method: str = "client_secret_basic") -> tuple[dict[str, str], dict[str, str]]:
        """(headers, form fields) that authenticate this client at the token and revoke endpoints.

        Confidential: HTTP Basic (X rejects client_secret_post), or the secret in the body only for a
        server whose metadata offers client_secret_post alone. `client_id` goes in the body for both
        kinds: public needs it, and X accepts it beside Basic.
        """
        form = {"client_id": self.client_id}
        if self.client_type is not ClientType.CONFIDENTIAL:
            return {}, form
        if method == "client_secret_post":
            return {}, {**form, "client_secret": self.client_secret}
        return {"Authorization": basic_authorization(self.client_id, self.client_secret)}, form


def basic_authorization(client_id: str, client_secret: str) -> str:
    """RFC 6749 §2.3.1: form-urlencode id and secret, join with ':', base64. (Many clients skip step 1.)"""
    raw = f"{quote_plus(client_id)}:{quote_plus(client_secret)}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


_API_KEY_RE = re.compile(r"^[A-Za-z0-9]{25}$")
_CLIENT_ID_RE = re.compile(r"^[A-Za-z0-9_\-]{20,}$")


def client_id_concern(client_id: str) -> str | None:
    """What the text looks like when it is another credential pasted as the Client ID, else None.
    The login asks before it sends one of these to X (issue 13, item 6)."""
    text = client_id.strip()
    if text.isdigit():
        return translate("Client", "This looks like the numeric App ID, not the OAuth 2.0 Client ID.")
    if _BEARER_RE.match(text) or ("%" in text and len(text) > 60):
        return translate("Client", "This looks like an app-only Bearer token, not the OAuth 2.0 Client ID.")
    if _API_KEY_RE.match(text) and not text.endswith("MTpjaQ"):
        return translate("Client", "This looks like an API Key (consumer key), not the OAuth 2.0 Client ID.")
    return None


def client_type_of(client_id: str) -> ClientType | None:
    """X's Client IDs are base64 of `<id>:1:ci` (confidential) or `<id>:1:na` (public): a hint, never a rule."""
    text = client_id.strip()
    try:
        decoded = base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True).decode("ascii")
    except (ValueError, UnicodeDecodeError):
        return None
    if decoded.endswith(":1:ci"):
        return ClientType.CONFIDENTIAL
    return ClientType.PUBLIC if decoded.endswith(":1:na") else None


def client_id_hint(client_id: str, chosen: ClientType | None = None) -> str | None:
    """A plain hint when the text does not look like an X OAuth 2.0 Client ID (or not like the chosen
    type of client), else None."""
    text = client_id.strip()
    if not text:
        return translate("Client", "Paste the OAuth 2.0 Client ID from your app's Keys and tokens page.")
    concern = client_id_concern(text)
    if concern:
        return concern + translate("Client", " Use the OAuth 2.0 Client ID from Keys and tokens.")
    if any(c.isspace() for c in text):
        return translate("Client", "The Client ID contains blanks; copy it again.")
    if not _CLIENT_ID_RE.match(text):
        return translate(
            "Client", "An X OAuth 2.0 Client ID is a long code of letters and digits; check that you copied all of it."
        )
    kind = client_type_of(text)
    if chosen is not None and kind is not None and kind is not chosen:
        if kind is ClientType.CONFIDENTIAL:
            return translate(
                "Client", "This Client ID looks like a confidential client's; check the Client type below."
            )
        return translate("Client", "This Client ID looks like a public client's; check the Client type below.")
    return None


_API_KEY_RE = re.compile(r"^[A-Za-z0-9]{25}$")
_BEARER_RE = re.compile(r"^A{10,}[A-Za-z0-9%]{40,}$")
_CLIENT_ID_RE = re.compile(r"^[A-Za-z0-9_\-]{20,}$")
