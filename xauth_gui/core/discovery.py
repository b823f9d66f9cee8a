"""Authorization server metadata (RFC 8414), with OpenID Connect discovery as the fallback: where to
fetch it, and what a document must hold before the app believes it. Pure: services/discovery.py fetches.

A document is believed only when its `issuer` is exactly the issuer asked for (RFC 8414 §3.3) and every
endpoint passes the same URL policy as one typed by hand (https, or http on this computer).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate

from . import errors
from .endpoints import Endpoints
from .pkce import PLAIN, S256
from .urls import display_url, origin, same_target, secret_url

OAUTH_WELL_KNOWN = "/.well-known/oauth-authorization-server"
OIDC_WELL_KNOWN = "/.well-known/openid-configuration"
MAX_METADATA_BYTES = 1_000_000  # counted while reading, whatever Content-Length says
BASIC, POST, NONE = "client_secret_basic", "client_secret_post", "none"


@dataclass(frozen=True)
class Lookup:
    """The issuer the document must name, and the addresses to try in order."""

    issuer: str
    urls: tuple[str, ...]


@dataclass(frozen=True)
class ServerMetadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    revocation_endpoint: str | None
    token_auth_methods: tuple[str, ...]
    pkce_methods: tuple[str, ...]  # () when the document does not say
    scopes: tuple[str, ...]
    iss_parameter_supported: bool

    def secret_method(self) -> str:
        """How a confidential client sends its secret: Basic where offered (X's way), else POST where
        that is the only secret method offered."""
        if BASIC in self.token_auth_methods or POST not in self.token_auth_methods:
            return BASIC
        return POST

    def offers_only_plain(self) -> bool:
        return PLAIN in self.pkce_methods and S256 not in self.pkce_methods


def _refuse(message: str, hint: str = "") -> errors.ConfigError:
    return errors.ConfigError(
        message, hint or translate("Discovery", "Nothing was changed. Check the address, or fill in the endpoints.")
    )


def lookup(text: str) -> Lookup:
    """An issuer (RFC 8414 §3.1: the well-known part goes between host and path; OpenID Connect appends
    it) or a metadata URL typed whole (its issuer is what is left without the well-known part)."""
    address = text.strip()
    what = translate("Discovery", "issuer address")
    secret_url(address, what)  # the URL policy: https, or http on this computer; no user:password@
    parts = urlsplit(address)
    if parts.query or parts.fragment:
        raise _refuse(translate("Discovery", "An issuer address has no ? or # part."))
    base = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    if parts.path.startswith(OAUTH_WELL_KNOWN):
        return Lookup(base + parts.path[len(OAUTH_WELL_KNOWN) :], (address,))
    if parts.path.endswith(OIDC_WELL_KNOWN):
        return Lookup(base + parts.path[: -len(OIDC_WELL_KNOWN)], (address,))
    path = parts.path.rstrip("/")
    return Lookup(address, (base + OAUTH_WELL_KNOWN + path, base + path + OIDC_WELL_KNOWN))


def _strings(doc: dict[str, object], name: str) -> tuple[str, ...] | None:
    value = doc.get(name)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _refuse(translate("Discovery", "The server's metadata has a damaged “{name}” list.").format(name=name))
    return tuple(value)


def _endpoint(doc: dict[str, object], name: str, required: bool) -> str | None:
    value = doc.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value:
        raise _refuse(translate("Discovery", "The server's metadata does not name its “{name}”.").format(name=name))
    secret_url(value, name)  # another origin is fine, but never plain http:// to another computer
    return value


def parse(body: bytes, issuer: str) -> ServerMetadata:
    """The document, believed only if it names `issuer` exactly; else one plain sentence (ConfigError)."""
    try:
        doc = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _refuse(translate("Discovery", "The server's answer is not a metadata document (not JSON).")) from None
    if not isinstance(doc, dict):
        raise _refuse(translate("Discovery", "The server's answer is not a metadata document."))
    named = doc.get("issuer")
    if named != issuer:
        shown = display_url(named) if isinstance(named, str) else "?"
        raise _refuse(
            translate(
                "Discovery", "The metadata says it is for “{named}”, not for “{issuer}”, so it was not used."
            ).format(named=shown, issuer=display_url(issuer)),
            translate("Discovery", "Type the issuer exactly as the server's documentation gives it."),
        )
    flag = doc.get("authorization_response_iss_parameter_supported", False)
    if not isinstance(flag, bool):
        raise _refuse(translate("Discovery", "The server's metadata has a damaged “{name}” value.").format(
            name="authorization_response_iss_parameter_supported"))  # fmt: skip
    return ServerMetadata(
        issuer=issuer,
        authorization_endpoint=_endpoint(doc, "authorization_endpoint", True) or "",
        token_endpoint=_endpoint(doc, "token_endpoint", True) or "",
        revocation_endpoint=_endpoint(doc, "revocation_endpoint", False),
        token_auth_methods=_strings(doc, "token_endpoint_auth_methods_supported") or (BASIC,),  # RFC 8414 §2
        pkce_methods=_strings(doc, "code_challenge_methods_supported") or (),
        scopes=_strings(doc, "scopes_supported") or (),
        iss_parameter_supported=flag,
    )


def endpoints_from(meta: ServerMetadata, current: Endpoints) -> Endpoints:
    """The endpoints the metadata names, with what it learnt (issuer, `iss`, client authentication).
    The metadata has no who-am-I URL (and may have no revocation URL): the current one stays where it is
    on the token endpoint's server, else X's path on that server is assumed."""
    server = origin(meta.token_endpoint).removesuffix(":443")

    def kept(url: str, path: str) -> str:
        return url if url and origin(url) == origin(meta.token_endpoint) else server + path

    return Endpoints(
        authorize_url=meta.authorization_endpoint,
        token_url=meta.token_endpoint,
        revoke_url=meta.revocation_endpoint or kept(current.revoke_url, "/2/oauth2/revoke"),
        me_url=kept(current.me_url, "/2/users/me"),
        issuer=meta.issuer,
        iss_required=meta.iss_parameter_supported,
        token_auth=meta.secret_method(),
        offered_scopes=meta.scopes[:200],
    )


_ENDPOINT_WORDS = {
    "authorize_url": QT_TRANSLATE_NOOP("Discovery", "authorize URL"),
    "token_url": QT_TRANSLATE_NOOP("Discovery", "token URL"),
    "revoke_url": QT_TRANSLATE_NOOP("Discovery", "revoke URL"),
}


def differences(meta: ServerMetadata, built_in: Endpoints) -> list[str]:
    """Where a server's metadata disagrees with the built-in endpoints (X's), as sentences; the built-ins
    are kept either way (X's metadata lists no revocation endpoint)."""
    said = []
    published = {"authorize_url": meta.authorization_endpoint, "token_url": meta.token_endpoint,
                 "revoke_url": meta.revocation_endpoint}  # fmt: skip
    for key, theirs in published.items():
        ours, what = getattr(built_in, key), translate("Discovery", _ENDPOINT_WORDS[key])
        if theirs is None:
            said.append(translate("Discovery", "It names no {what}; the built-in {ours} is kept.").format(
                what=what, ours=ours))  # fmt: skip
        elif not same_target(theirs, ours):
            said.append(translate("Discovery", "Its {what} is {theirs}; the built-in {ours} is kept.").format(
                what=what, theirs=display_url(theirs), ours=ours))  # fmt: skip
    return said
