"""The authorization request (to the browser) and `parse_redirect` (what comes back).

parse_redirect checks in this order: the URL is the redirect URI (scheme, host, port, path); an
`error` (reported only when its `state` is ours, else it is treated as forged); `state` (constant
time); `code`. Duplicate parameters are malformed; an empty value counts as absent (RFC 6749 §3.1).
"""

from __future__ import annotations

import hmac
import re
import secrets
from dataclasses import dataclass, field, replace
from urllib.parse import unquote_plus, urlencode, urlsplit

from xauth_gui.core.text import translate

from . import errors
from .binding import Issuer
from .client import ClientConfig
from .endpoints import Endpoints, Provider
from .errors.base import clean_server_text
from .pkce import S256, Pkce, RandomBytes, make_state
from .redirect_uri import RedirectUri
from .urls import browser_url, display_url, secret_url


@dataclass(frozen=True)
class AuthorizationRequest:
    """One login attempt. Immutable: a new attempt makes a new state and verifier."""

    endpoints: Endpoints
    client: ClientConfig
    redirect_uri: str
    scopes: tuple[str, ...]
    state: str = field(repr=False)
    pkce: Pkce = field(repr=False)
    provider: Provider = Provider.CUSTOM  # recorded in the tokens' Issuer
    parsed: RedirectUri | None = field(default=None, repr=False, compare=False)  # redirect_uri, parsed once

    def __post_init__(self) -> None:
        if self.parsed is None:
            object.__setattr__(self, "parsed", RedirectUri.parse(self.redirect_uri))

    @property
    def redirect(self) -> RedirectUri:
        """The redirect URI as one parsed value, shared with the listener and the callback judge."""
        assert self.parsed is not None  # set on construction
        return self.parsed

    @classmethod
    def new(
        cls,
        endpoints: Endpoints,
        client: ClientConfig,
        redirect_uri: str,
        scopes: tuple[str, ...] | list[str],
        *,
        pkce_method: str = S256,
        randbytes: RandomBytes = secrets.token_bytes,
        provider: Provider = Provider.CUSTOM,
    ) -> AuthorizationRequest:
        client.validate()
        redirect = RedirectUri.parse(redirect_uri)
        # Refused here, before a listener binds or a browser opens (checklist B3, B4).
        endpoints = replace(
            endpoints, authorize_url=browser_url(endpoints.authorize_url, translate("Authorize", "authorize URL"))
        )
        secret_url(endpoints.token_url, translate("Authorize", "token URL"))
        return cls(
            endpoints,
            client,
            redirect.text,
            tuple(scopes),
            make_state(randbytes),
            Pkce.new(pkce_method, randbytes),
            provider,
            redirect,
        )

    @property
    def issuer(self) -> Issuer:
        """What the tokens this login produces are bound to."""
        return Issuer(self.provider, self.client.client_id, self.client.client_type, self.endpoints)

    @property
    def url(self) -> str:
        """The authorize URL for the browser. Spaces in `scope` become `+` (X accepts both)."""
        params = {
            "response_type": "code",
            "client_id": self.client.client_id,
            "redirect_uri": self.redirect_uri,
            "scope": " ".join(self.scopes),
            "state": self.state,
            "code_challenge": self.pkce.challenge,
            "code_challenge_method": self.pkce.method,
        }
        sep = "&" if "?" in self.endpoints.authorize_url else "?"
        return self.endpoints.authorize_url + sep + urlencode(params)


@dataclass(frozen=True)
class AuthorizationResponse:
    code: str = field(repr=False)
    state: str | None = field(default=None, repr=False)
    iss: str | None = None


_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_BARE_CODE = re.compile(r"^[\x21-\x7e]+$")  # RFC 6749 VSCHAR without space
MIN_BARE_CODE = 20  # X's codes are ~90 characters; a pasted word is not one


def parse_query(query: str) -> dict[str, str]:
    """Strict x-www-form-urlencoded parsing: `&` only, valid UTF-8 percent escapes, no duplicates."""
    params: dict[str, str] = {}
    if not query:
        return params
    for part in query.split("&"):
        if not part:
            continue
        name, eq, value = part.partition("=")
        if _BAD_PERCENT.search(part):
            raise errors.MalformedRedirectError()
        try:
            name = unquote_plus(name, errors="strict")
            value = unquote_plus(value, errors="strict")
        except UnicodeDecodeError as exc:
            raise errors.MalformedRedirectError() from exc
        if "\x00" in name or "\x00" in value:
            raise errors.MalformedRedirectError()
        if name in params:  # RFC 6749 §3.1: parameters MUST NOT appear more than once
            raise errors.MalformedRedirectError()
        params[name] = value if eq else ""
    return params


def _query_of_redirect(text: str, redirect_uri: RedirectUri) -> str:
    """The query of a full redirect URL, which must go to the registered callback endpoint."""
    if "://" not in text:
        raise errors.RedirectMismatchError()
    try:
        got = urlsplit(text)
        got.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise errors.RedirectMismatchError() from exc
    if not redirect_uri.receives(got):
        raise errors.RedirectMismatchError()
    return got.query


def check_issuer(iss: str | None, expected: str | None, required: bool) -> None:
    """RFC 9207: the `iss` of an answer must be the issuer the login was sent to; with `required` (the
    server's metadata promised it) an answer without one is refused too."""
    if expected is None or (iss is None and not required) or iss == expected:
        return
    if iss is None:
        said = translate(
            "Authorize", "The answer does not say which server sent it, although {expected} always says so."
        ).format(expected=display_url(expected))
    else:
        said = translate(
            "Authorize", "The answer says it comes from {got}, but this login was sent to {expected}."
        ).format(got=display_url(clean_server_text(iss, 200)), expected=display_url(expected))
    raise errors.IssuerMismatchError(said + " " + translate("Authorize", "It was refused before any token request."))


def _authorization_error(params: dict[str, str], state_acceptable: bool) -> errors.XAuthError:
    """The server's `error` redirect, once its state is checked: a forged error must not end the attempt."""
    if not state_acceptable:
        return errors.StateMismatchError()
    error, description = params["error"], params.get("error_description")
    if error == "access_denied":
        return errors.AuthorizationDeclinedError(error=error, description=description)
    if error == "invalid_scope":
        return errors.InvalidScopeError(error=error, description=description)
    return errors.AuthorizationFailedError(error=error, description=description)


def _query_of(text: str, redirect_uri: RedirectUri, pasted: bool) -> str | None:
    """The query of what came back (None: a bare code, pasted), or a RedirectError."""
    if not text:
        raise errors.MissingCodeError()
    if not pasted or "://" in text:
        return _query_of_redirect(text, redirect_uri)
    if "=" in text:
        return text.split("#", 1)[0].lstrip("?")
    if _BARE_CODE.match(text) and len(text) >= MIN_BARE_CODE:
        return None
    raise errors.NotAnAddressError()  # "hello" is no code: never sent to be refused as "expired"


def parse_redirect(
    received: str,
    redirect_uri: RedirectUri | str,
    expected_state: str,
    *,
    pasted: bool = False,
    expected_issuer: str | None = None,
    iss_required: bool = False,
) -> AuthorizationResponse:
    """Check what came back from the browser and return the code, or raise a RedirectError.

    `received` is the full redirect URL (the listener always passes one). With `pasted=True` it may
    also be a bare query string or a bare code, and a missing `state` is accepted (a bare code has
    none); a present state is still checked.
    """
    text = received.strip()
    try:
        registered = RedirectUri.of(redirect_uri)
    except errors.ConfigError:
        raise errors.RedirectMismatchError() from None  # nothing comes back to an unusable address
    query = _query_of(text, registered, pasted)
    if query is None:  # a bare code, pasted
        check_issuer(None, expected_issuer, iss_required)  # a bare code can't say where it came from
        return AuthorizationResponse(code=text)
    params = parse_query(query)
    state = params.get("state") or None
    state_ok = state is not None and hmac.compare_digest(state.encode(), expected_state.encode())
    state_acceptable = state_ok or (pasted and state is None)
    iss = params.get("iss") or None
    if state_acceptable:  # RFC 9207 §2.4: before anything else in the answer is used, an error included
        check_issuer(iss, expected_issuer, iss_required)
    if params.get("error"):
        raise _authorization_error(params, state_acceptable)
    if not state_acceptable:
        raise errors.StateMismatchError()
    code = params.get("code")
    if not code:
        raise errors.MissingCodeError()
    return AuthorizationResponse(code=code, state=state, iss=iss)
