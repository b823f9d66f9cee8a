"""Parsing token, revoke and who-am-I answers into typed results, with an injected clock."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from xauth_gui.core.text import translate

from . import errors
from .binding import Issuer, Use
from .gate import Secret, SecretKind
from .operation import Operation
from .scopes import REFRESH_SCOPE, parse_scope_string

MAX_EXPIRES_IN = 10 * 365 * 24 * 3600  # clamp absurd lifetimes (10^12 s would overflow date types)


class TokenHint(StrEnum):
    """RFC 7009 §2.1's token_type_hint: which kind of token is being revoked."""

    ACCESS = "access_token"
    REFRESH = "refresh_token"


@dataclass(frozen=True)
class TokenSet:
    access_token: str = field(repr=False)
    token_type: str
    obtained_at: float  # seconds since the epoch, from the injected clock
    expires_at: float | None  # None: the server did not say
    scopes: tuple[str, ...]
    refresh_token: str | None = field(default=None, repr=False)
    issuer: Issuer | None = None  # the server and client that issued them: they go nowhere else (B1)

    def seconds_left(self, now: float) -> float | None:
        return None if self.expires_at is None else self.expires_at - now

    def is_expired(self, now: float) -> bool:
        return self.expires_at is not None and now >= self.expires_at

    def missing_scopes(self, requested: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        return tuple(s for s in requested if s not in self.scopes)

    @property
    def secrets(self) -> tuple[str, ...]:
        return tuple(s for s in (self.access_token, self.refresh_token) if s)

    def access_secret(self, use: Use = Use.API) -> Secret:
        """The access token, bound to the origin its issuer recorded for `use` (none without an issuer)."""
        where = self.issuer.home(use) if self.issuer else frozenset()
        return Secret(SecretKind.ACCESS_TOKEN, self.access_token, where)

    def refresh_secret(self, use: Use = Use.TOKEN) -> Secret:
        where = self.issuer.home(use) if self.issuer else frozenset()
        return Secret(SecretKind.REFRESH_TOKEN, self.refresh_token or "", where)


def _load_object(body: bytes | str) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise errors.ResponseError(translate("Tokens", "The server's answer is not JSON.")) from exc
    if not isinstance(value, dict):
        raise errors.ResponseError(translate("Tokens", "The server's answer is not a JSON object."))
    return value


def _expires_in(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, (int, float)):
        return None
    number = float(value)
    if not math.isfinite(number):
        return None
    return min(max(number, 0.0), MAX_EXPIRES_IN)


# RFC 6750 §2.1 b64token: what a bearer token may contain. Anything else could break a header, a
# shell line or a .env file the user pastes it into (checklist B5), so it is refused here.
_B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")


def is_b64token(value: str) -> bool:
    return _B64TOKEN.fullmatch(value) is not None


def _check_token(value: str, what: str) -> None:
    if not is_b64token(value):
        raise errors.ResponseError(
            translate(
                "Tokens",
                "The {what} the server sent has characters a bearer token can't contain (RFC 6750), so it was refused.",
            ).format(what=what),
            translate("Tokens", "Check that the token URL points at the right server, then sign in again."),
        )


def _granted(scope: object, requested: tuple[str, ...]) -> tuple[str, ...]:
    if scope is None:
        return tuple(requested)  # RFC 6749 §5.1: omitted means as requested
    if isinstance(scope, str):
        return parse_scope_string(scope)
    raise errors.ResponseError(translate("Tokens", "The server's answer has a malformed scope list."))


def parse_token_response(
    body: bytes | str,
    *,
    now: float,
    requested_scopes: tuple[str, ...] = (),
    operation: Operation = Operation.EXCHANGE,
    status: int = 200,
) -> TokenSet:
    """A 2xx token-endpoint answer (code exchange or refresh) as a TokenSet, or an error of `operation`."""
    obj = _load_object(body)
    if "error" in obj:
        from .error_mapping import error_from_response

        raise error_from_response(status, json.dumps(obj), operation)
    access = obj.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise errors.ResponseError(translate("Tokens", "The server's answer has no access token."))
    _check_token(access, translate("Tokens", "access token"))
    token_type = obj.get("token_type", "bearer")
    if not isinstance(token_type, str) or token_type.lower() != "bearer":
        raise errors.ResponseError(
            translate("Tokens", "The server issued a token type this app can't use (not a bearer token).")
        )
    scopes = _granted(obj.get("scope"), requested_scopes)
    refresh = obj.get("refresh_token")
    if refresh is not None and (not isinstance(refresh, str) or not refresh.strip()):
        raise errors.ResponseError(translate("Tokens", "The server's answer has a malformed refresh token."))
    if refresh:
        _check_token(refresh, translate("Tokens", "refresh token"))
    lifetime = _expires_in(obj.get("expires_in"))
    return TokenSet(
        access_token=access,
        token_type="bearer",
        obtained_at=now,
        expires_at=None if lifetime is None else now + lifetime,
        scopes=scopes,
        refresh_token=refresh or None,
    )


def no_refresh_reason(tokens: TokenSet) -> str | None:
    """Why there is no refresh token, in plain words, or None when there is one."""
    if tokens.refresh_token:
        return None
    if REFRESH_SCOPE not in tokens.scopes:
        return translate(
            "Tokens", "No refresh token: offline.access was not granted, so the token stops working when it expires."
        )
    return translate("Tokens", "The server sent no refresh token.")


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    name: str
    profile_image_url: str | None = None
    verified_type: str | None = None


def parse_me_response(body: bytes | str) -> UserInfo:
    obj = _load_object(body)
    data = obj.get("data")
    if not isinstance(data, dict):
        raise errors.ResponseError(translate("Tokens", "The who-am-I answer has no user data."))
    user_id, username, name = data.get("id"), data.get("username"), data.get("name")
    if not all(isinstance(v, str) and v for v in (user_id, username)) or not isinstance(name, str):
        raise errors.ResponseError(translate("Tokens", "The who-am-I answer is missing the user's id or username."))
    image = data.get("profile_image_url")
    vtype = data.get("verified_type")
    return UserInfo(
        id=errors.clean_server_text(user_id, 40),
        username=errors.clean_server_text(username, 50),
        name=errors.clean_server_text(name, 100),
        profile_image_url=image if isinstance(image, str) and image.startswith(("https://", "http://")) else None,
        verified_type=vtype if isinstance(vtype, str) else None,
    )
