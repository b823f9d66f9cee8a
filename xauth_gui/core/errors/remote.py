"""Errors from the other side: the server refused or misbehaved, or the network failed."""

from __future__ import annotations

from .base import XAuthError


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
