"""The error tree: every failure the user can meet, as a plain sentence plus the next step.

Core code raises these; services convert library exceptions into them at the boundary; the UI shows
`user_text`. No error text ever carries a token, code, verifier or secret: server texts pass through
`clean_server_text`, which bounds and strips them.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from typing import Any

from .operation import Operation

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
SERVER_TEXT_LIMIT = 300


def clean_server_text(text: object, limit: int = SERVER_TEXT_LIMIT) -> str:
    """A server-supplied string made safe to show as plain text: no control chars, bounded length."""
    if not isinstance(text, str):
        return ""
    text = _CONTROL.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


class XAuthError(Exception):
    """Base of every error the app reports. `message` says what happened, `hint` what to do next."""

    message = "Something went wrong."
    hint = "Try again."
    # The same failure worded for a server that is not X (the sandbox or a Custom server): never send
    # the user to X's developer console for another server's refusal (checklist B15).
    generic_message: str | None = None
    generic_hint: str | None = None
    quote_reason = False  # append the server's own error_description to the message

    def __init__(
        self,
        message: str | None = None,
        hint: str | None = None,
        *,
        status: int | None = None,
        error: str | None = None,
        description: str | None = None,
    ) -> None:
        if message is not None:
            self.message = message
        if hint is not None:
            self.hint = hint
        self.status = status  # HTTP status, when an HTTP answer caused it
        self.error = clean_server_text(error, 80) or None  # RFC 6749 `error` code
        self.description = clean_server_text(description) or None  # server's error_description
        super().__init__(self.user_text)

    def scrub(self, redact: Callable[[str], str]) -> XAuthError:
        """Pass every text through `redact` (a hostile server could echo a secret we sent)."""
        self.message, self.hint = redact(self.message), redact(self.hint)
        self.description = redact(self.description) if self.description else self.description
        self.args = (self.user_text,)
        return self

    def for_server(self, is_x: bool) -> XAuthError:
        """Worded for the server the call went to (X's texts only for X)."""
        if not is_x:
            cls = type(self)
            if self.generic_message and self.message == cls.message:
                self.message = self.generic_message
            if self.generic_hint and self.hint == cls.hint:
                self.hint = self.generic_hint
            self.args = (self.user_text,)
        return self

    @property
    def user_text(self) -> str:
        message = self.message
        if self.quote_reason and self.description and self.description not in message:
            message = f"{message.rstrip('.')}: \u201c{self.description.rstrip('.')}\u201d."
        elif self.quote_reason and not self.description and self.error and self.error not in message:
            message = f"{message.rstrip('.')} ({self.error})."
        return f"{message} {self.hint}".strip()

    @property
    def detail(self) -> str:
        """Technical detail for the request log / diagnostics (never secret)."""
        parts = []
        if self.status is not None:
            parts.append(f"HTTP {self.status}")
        if self.error:
            parts.append(self.error)
        if self.description:
            parts.append(f'"{self.description}"')
        return " ".join(parts)


# --- configuration --------------------------------------------------------------------------------
class ConfigError(XAuthError):
    message = "The settings are not complete."
    hint = "Check the highlighted field."


# --- the redirect back from the browser ------------------------------------------------------------
class RedirectError(XAuthError):
    message = "The answer from the browser could not be used."
    hint = "Start the login again."


class RedirectMismatchError(RedirectError):
    message = "That address is not this app's callback address."
    hint = "Paste the full address the browser showed after you approved, starting with the callback URI."


class MalformedRedirectError(RedirectError):
    message = "The answer from the browser is damaged (a value appears twice or is badly encoded)."
    hint = "Start the login again; if you pasted it, copy the whole address once more."


class StateMismatchError(RedirectError):
    message = "The answer from the browser does not belong to this login (its state does not match)."
    hint = "It was ignored. Finish the login in the browser tab this app opened, or start again."


class MissingCodeError(RedirectError):
    message = "The browser came back without an authorization code."
    hint = "Start the login again and press Authorize on X's page."
    generic_hint = "Start the login again and approve the request on the server's page."


class IssuerMismatchError(RedirectError):
    message = "The answer came from a different server than the one this login was sent to."
    hint = "It was ignored for your safety. Start the login again."


class AuthorizationDeclinedError(RedirectError):
    message = "You declined the request in the browser, so no token was issued."
    hint = "Press Authorize again and choose Authorize app on X's page if you want a token."
    generic_hint = "Press Authorize again and approve the request on the server's page if you want a token."


class InvalidScopeError(RedirectError):
    message = "X refused one of the requested permissions (invalid_scope)."
    hint = "Untick permissions marked special access, or pick a preset, then try again."
    generic_message = "The server refused one of the requested permissions (invalid_scope)."
    generic_hint = "Untick the permissions that server does not offer, then try again."


class AuthorizationFailedError(RedirectError):
    message = "X did not authorize the app."
    hint = "Check the Client ID and that the callback URI is registered in the X developer console."
    generic_message = "The server did not authorize the app."
    generic_hint = "Check the Client ID and the callback URI registered on that server, then try again."
    quote_reason = True


# --- the listener ---------------------------------------------------------------------------------
class ListenerError(XAuthError):
    message = "The app could not wait for the browser's answer."
    hint = "Use the paste box below instead."


class PortInUseError(ListenerError):
    def __init__(self, port: int, owner: str | None = None) -> None:
        program = f"another program ({clean_server_text(owner, 80)})" if owner else "another program"
        super().__init__(
            f"Port {port} on this computer is already used by {program}, so the login can't start.",
            "Close the other program, or register another callback URI (another port) in the X developer "
            "console and enter it here.",
        )


class UnsupportedRedirectUriError(ListenerError):
    message = "This callback URI can't be caught by the app (it is not http:// on 127.0.0.1, [::1] or localhost)."
    hint = "After approving, paste the address the browser shows into the paste box."


class LoginTimeoutError(ListenerError):
    message = "No answer came back from the browser in time."
    hint = (
        'If X showed "Something went wrong", check the Client ID and that this exact callback URI is '
        "registered under User authentication settings. Then press Authorize again."
    )
    generic_hint = (
        "If the server showed an error page, check the Client ID and that this exact callback URI is "
        "registered there. Then press Authorize again."
    )


class LoginCancelledError(ListenerError):
    message = "The login was cancelled."
    hint = "Press Authorize to start again."


# --- HTTP answers from the token, revoke and API endpoints -----------------------------------------
class ServerError(XAuthError):
    message = "The server refused the request."
    hint = "Check the settings and try again."
    quote_reason = True


class InvalidCodeError(ServerError):
    message = "The authorization code expired or was already used (X's codes live 30 seconds)."
    hint = "Press Authorize to sign in again."
    generic_message = "The authorization code expired or was already used."
    quote_reason = False


class CodeVerifierError(ServerError):
    message = "X could not match this login's PKCE verifier."
    hint = "Press Authorize to sign in again (a fresh login makes a fresh verifier)."
    generic_message = "The server could not match this login's PKCE verifier."
    quote_reason = False


class RedirectUriMismatchError(ServerError):
    message = "The callback URI sent to X changed during the login."
    hint = "Press Authorize to sign in again without editing the callback URI meanwhile."
    generic_message = "The callback URI sent to the server changed during the login."
    quote_reason = False


class ClientAuthError(ServerError):
    message = "X did not accept the client credentials."
    hint = (
        "If your X app is a Web App or Automated App or Bot, choose Confidential and paste its Client "
        "Secret; otherwise choose Public, or set the app type to Native App in the developer console."
    )
    generic_message = "The server did not accept the client credentials."
    generic_hint = "Check the client type (public or confidential) and the Client Secret registered on that server."


class MissingClientIdError(ServerError):
    message = "X says the Client ID is missing."
    hint = "Enter the OAuth 2.0 Client ID from Keys and tokens in the X developer console."
    generic_message = "The server says the Client ID is missing."
    generic_hint = "Enter the Client ID that server gave your app."
    quote_reason = False


class InvalidGrantTypeError(ServerError):
    message = "The token endpoint refused the grant type."
    hint = "Check the token URL: X's is https://api.x.com/2/oauth2/token (with /2/)."
    generic_hint = "Check the token URL."
    quote_reason = True


class RefreshTokenInvalidError(ServerError):
    message = "The refresh token is no longer valid (already used, revoked, or replaced by a newer login)."
    hint = "Press Authorize to sign in again."
    quote_reason = False


class UnauthorizedError(ServerError):
    message = "The access token was refused (expired or revoked)."
    hint = "Press Refresh, or Authorize to sign in again."
    quote_reason = False


class MissingScopesError(ServerError):
    message = "The token is not allowed to read your profile."
    hint = "Tick tweet.read and users.read (the Who am I preset) and sign in again."
    quote_reason = False


class ClientForbiddenError(ServerError):
    message = "Your X app is not allowed to call the API yet (client-forbidden / client-not-enrolled)."
    hint = "In the X developer console, attach the app to a project with an active usage package."
    quote_reason = False


class RateLimitedError(ServerError):
    message = "Too many requests: the server asked to slow down."
    hint = "Wait a few minutes, then try again."
    quote_reason = False


class UnsupportedTokenTypeError(ServerError):
    message = "The server can't revoke this kind of token."
    hint = "Remove the token locally; it expires on its own."
    quote_reason = True


class ServerUnavailableError(ServerError):
    message = "The server had a problem answering."
    hint = "Wait a moment and try again; nothing was lost."
    quote_reason = False


class UnexpectedRedirectError(ServerError):
    message = "The server answered with a redirect, which the app does not follow for security."
    hint = "Check the endpoint URLs (X's token URL is https://api.x.com/2/oauth2/token)."
    generic_hint = "Check the endpoint URLs; the server may have moved."
    quote_reason = False


class ResponseError(XAuthError):
    message = "The server's answer could not be understood."
    hint = "Check the endpoint URLs, then try again."


# --- network --------------------------------------------------------------------------------------
class NetworkError(XAuthError):
    message = "The server could not be reached."
    hint = "Check your internet connection, then try again."


class ConnectError(NetworkError):
    message = "The server could not be reached (connection failed or name not found)."
    hint = "Check your internet connection and the endpoint URLs, then try again."


class ProxyError(NetworkError):
    message = "The proxy server could not be reached."
    hint = "Check the HTTPS_PROXY / HTTP_PROXY settings, then try again."


class TlsError(NetworkError):
    message = "The secure connection could not be verified (TLS certificate problem)."
    hint = (
        "A proxy or security program may be intercepting traffic. Set REQUESTS_CA_BUNDLE to its "
        "certificate, or try another network."
    )


class RequestTimeoutError(NetworkError):
    message = "The server took too long to answer."
    hint = "Try again in a moment."


class ExchangeOutcomeUnknownError(NetworkError):
    message = "The connection broke while exchanging the code, so it is unknown whether X issued tokens."
    hint = "Press Authorize to sign in again (a code can be used only once)."


# --- mapping server answers to the tree ------------------------------------------------------------
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
    problem_type = str(obj.get("type") or "")
    kwargs: dict[str, Any] = {"status": status, "error": error, "description": description}
    lowered = description.lower()

    if 300 <= status < 400:
        return UnexpectedRedirectError(**kwargs)
    if status == 429:
        reset = (headers or {}).get("x-rate-limit-reset")
        hint = None
        if reset and reset.isdigit():
            hint = f"Try again after {time.strftime('%H:%M', time.localtime(int(reset)))}."
        return RateLimitedError(hint=hint, **kwargs)
    if status >= 500:
        retry = (headers or {}).get("retry-after")
        hint = f"Wait {retry} seconds and try again; nothing was lost." if retry and retry.isdigit() else None
        return ServerUnavailableError(hint=hint, **kwargs)
    for needle, cls in _DESCRIPTION_MAP:
        if needle in lowered:
            if cls is RefreshTokenInvalidError and operation is not Operation.REFRESH:
                break  # "the token was invalid" on revoke/me means something else
            return cls(**kwargs)
    if operation is Operation.ME:
        if status == 401:
            return UnauthorizedError(**kwargs)
        if status == 403:
            if "client-forbidden" in problem_type or "client-not-enrolled" in problem_type:
                return ClientForbiddenError(**kwargs)
            return MissingScopesError(**kwargs)
    if error in _ERROR_CODE_MAP:
        return _ERROR_CODE_MAP[error](**kwargs)
    if operation is Operation.REFRESH and error in ("invalid_request", "invalid_grant"):
        return RefreshTokenInvalidError(**kwargs)
    if operation is Operation.EXCHANGE and error == "invalid_grant":
        return InvalidCodeError(**kwargs)
    if status == 401:
        return ClientAuthError(**kwargs)
    if not obj:
        return ResponseError(
            f"The server refused the request (HTTP {status}) with an answer that is not JSON.", **kwargs
        )
    return ServerError(_REFUSED.get(operation, "The server refused the request."), **kwargs)


_REFUSED = {
    Operation.EXCHANGE: "The server refused to issue tokens for this login.",
    Operation.REFRESH: "The server refused to refresh the token.",
    Operation.REVOKE: "The server refused to revoke the token.",
    Operation.ME: "The server refused the who-am-I request.",
}


# --- secret storage -------------------------------------------------------------------------------
class StorageError(XAuthError):
    message = "The secure storage (keychain) failed."
    hint = "Your tokens are kept in memory for this run; they still work until you close the app."


class StorageUnavailableError(StorageError):
    message = "No secure storage (keychain) is available on this computer."
    hint = "Tokens are kept in memory only for this run. You can opt in to a private file instead."


class StorageLockedError(StorageError):
    message = "The keychain is locked (or the unlock prompt was dismissed)."
    hint = "Unlock it and press Retry, or keep the tokens in memory for this run."


class StorageTimeoutError(StorageError):
    message = "The keychain did not answer in time (an unlock prompt may be waiting)."
    hint = "Answer the prompt and press Retry, or keep the tokens in memory for this run."


class SecretTooLongError(StorageError):
    message = "This secret is too long for Windows Credential Manager (over 1,280 characters)."
    hint = "It is kept in memory for this run only."


# --- secrets bound to their server (checklist B1, B2) ----------------------------------------------
class TokensNotForTheseSettingsError(XAuthError):
    """The tokens were issued for other settings: refused before anything is sent."""

    def __init__(self, action: str, issued_by: str) -> None:
        super().__init__(
            f"Not sent: {action} would send these tokens to a different server or Client ID than the one "
            f"that issued them ({issued_by}).",
            "Press Sign in again to get tokens for the current settings, or Restore those settings.",
        )


class SecretNotConfirmedError(ConfigError):
    """The client secret was entered for another server: not sent until the user confirms it."""

    def __init__(self, entered_for: str, now: str) -> None:
        super().__init__(
            f"The Client Secret was entered for {entered_for or 'another server'}, so it is not sent to {now}.",
            "Enter the Client Secret again, or press Send it to this server if that server should have it.",
        )
