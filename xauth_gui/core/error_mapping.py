"""Server answers mapped onto the error tree, by operation: X's exact texts first, then the status.

The same answer means different things per call (a 400 on refresh means "sign in again", on an
exchange "the code was used"), so the caller always names its `Operation`.
"""

from __future__ import annotations

import json
import time
from typing import Any

from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate

from .errors import (
    ClientAuthError,
    ClientForbiddenError,
    CodeVerifierError,
    InvalidCodeError,
    InvalidGrantTypeError,
    MissingClientIdError,
    MissingScopesError,
    RateLimitedError,
    RedirectUriMismatchError,
    RefreshTokenInvalidError,
    ResponseError,
    ServerError,
    ServerUnavailableError,
    UnauthorizedError,
    UnexpectedRedirectError,
    UnsupportedTokenTypeError,
    XAuthError,
    clean_server_text,
)
from .operation import Operation

# X's exact texts (x-oauth2.md §6.2), matched case-insensitively as substrings of error_description.
_DESCRIPTION_MAP: tuple[tuple[str, type[ServerError]], ...] = (
    ("value passed for the authorization code was invalid", InvalidCodeError),
    ("missing required parameter [code_verifier]", CodeVerifierError),
    ("value passed for the code verifier did not match", CodeVerifierError),
    ("value passed for the redirect uri did not match", RedirectUriMismatchError),
    ("missing valid authorization header", ClientAuthError),
    ("missing required parameter [client_id]", MissingClientIdError),
    ("value passed for the grant type was invalid", InvalidGrantTypeError),
    ("value passed for the token was invalid", RefreshTokenInvalidError),
)
_ERROR_CODE_MAP: dict[str, type[ServerError]] = {
    "invalid_client": ClientAuthError,
    "unauthorized_client": ClientAuthError,
    "unsupported_grant_type": InvalidGrantTypeError,
    "unsupported_token_type": UnsupportedTokenTypeError,
}


def _json_object(body: bytes | str) -> dict[str, Any] | None:
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def error_from_response(
    status: int, body: bytes | str, operation: Operation, headers: dict[str, str] | None = None
) -> XAuthError:
    """Turn an error answer from a token/revoke/API endpoint into one error with a next step.

    `operation` picks the fitting message where the same answer means different things (a 400 on
    refresh means "sign in again"). A 200 carrying an `error` body comes here too, with its status.
    """
    operation = Operation(operation)
    obj = _json_object(body) or {}
    error = obj.get("error") if isinstance(obj.get("error"), str) else None
    description_raw = obj.get("error_description")
    if not isinstance(description_raw, str):  # API problem JSON: {"title", "detail", "type"}
        description_raw = obj.get("detail") if isinstance(obj.get("detail"), str) else None
    description = clean_server_text(description_raw)
    kwargs: dict[str, Any] = {"status": status, "error": error, "description": description}
    found = (
        _by_status(status, headers or {}, kwargs)
        or _by_description(description.lower(), operation, kwargs)
        or _by_operation(status, error, str(obj.get("type") or ""), operation, kwargs)
    )
    if found is not None:
        return _in_console_words(found, status, body, headers or {}) if operation is Operation.ME else found
    if not obj:
        return ResponseError(
            translate(
                "ErrorMapping", "The server refused the request (HTTP {status}) with an answer that is not JSON."
            ).format(status=status),
            **kwargs,
        )
    refused = _REFUSED.get(operation)
    return ServerError(translate("ErrorMapping", refused) if refused else None, **kwargs)


def _in_console_words(found: XAuthError, status: int, body: bytes | str, headers: dict[str, str]) -> XAuthError:
    """Who am I is an API call: X's enrolment, usage-cap and rate-limit answers get the console's words."""
    from .api import Fix, explain

    raw = body.encode("utf-8", "replace") if isinstance(body, str) else body
    text = raw.decode("utf-8", "replace")
    special = any(k in text for k in ("user-not-enrolled", "usage-capped", '"code": 453', '"code":453'))
    said = explain(status, raw, headers, [], app_only=False)
    if special and said.text and said.fix in (Fix.CONSOLE, Fix.WAIT):  # the cases the old wording missed
        found.message, found.hint = said.text, ""
        found.args = (found.user_text,)
    return found


def _by_status(status: int, headers: dict[str, str], kwargs: dict[str, Any]) -> XAuthError | None:
    if 300 <= status < 400:
        return UnexpectedRedirectError(**kwargs)
    if status == 429:
        reset = headers.get("x-rate-limit-reset")
        hint = (
            translate("ErrorMapping", "Try again after {time}.").format(
                time=time.strftime("%H:%M", time.localtime(int(reset)))
            )
            if reset and reset.isdigit()
            else None
        )
        return RateLimitedError(hint=hint, **kwargs)
    if status >= 500:
        retry = headers.get("retry-after")
        seconds = int(retry) if retry and retry.isdigit() else -1
        hint = (
            translate("ErrorMapping", "Wait %n second(s) and try again; nothing was lost.", None, seconds)
            if seconds >= 0
            else None
        )
        return ServerUnavailableError(hint=hint, **kwargs)
    return None


def _by_description(lowered: str, operation: Operation, kwargs: dict[str, Any]) -> XAuthError | None:
    for needle, cls in _DESCRIPTION_MAP:
        if needle in lowered:
            if cls is RefreshTokenInvalidError and operation is not Operation.REFRESH:
                return None  # "the token was invalid" on revoke/me means something else
            return cls(**kwargs)
    return None


def _by_operation(
    status: int, error: str | None, problem_type: str, operation: Operation, kwargs: dict[str, Any]
) -> XAuthError | None:
    if operation is Operation.ME and status == 401:
        return UnauthorizedError(**kwargs)
    if operation is Operation.ME and status == 403:
        forbidden = "client-forbidden" in problem_type or "client-not-enrolled" in problem_type
        return ClientForbiddenError(**kwargs) if forbidden else MissingScopesError(**kwargs)
    if error in _ERROR_CODE_MAP:
        return _ERROR_CODE_MAP[error](**kwargs)
    if operation is Operation.REFRESH and error in ("invalid_request", "invalid_grant"):
        return RefreshTokenInvalidError(**kwargs)
    if operation is Operation.EXCHANGE and error == "invalid_grant":
        return InvalidCodeError(**kwargs)
    if status == 401:
        return ClientAuthError(**kwargs)
    return None


_REFUSED = {
    Operation.EXCHANGE: QT_TRANSLATE_NOOP("ErrorMapping", "The server refused to issue tokens for this login."),
    Operation.REFRESH: QT_TRANSLATE_NOOP("ErrorMapping", "The server refused to refresh the token."),
    Operation.REVOKE: QT_TRANSLATE_NOOP("ErrorMapping", "The server refused to revoke the token."),
    Operation.ME: QT_TRANSLATE_NOOP("ErrorMapping", "The server refused the who-am-I request."),
}
