"""Errors from the other side: the server refused or misbehaved, or the network failed."""

from __future__ import annotations

from xauth_gui.core.text import QT_TRANSLATE_NOOP

from .base import XAuthError


# --- HTTP answers from the token, revoke and API endpoints -----------------------------------------
class ServerError(XAuthError):
    message = QT_TRANSLATE_NOOP("Errors", "The server refused the request.")
    hint = QT_TRANSLATE_NOOP("Errors", "Check the settings and try again.")
    quote_reason = True


class InvalidCodeError(ServerError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The authorization code expired or was already used (X's codes live 30 seconds)."
    )
    hint = QT_TRANSLATE_NOOP("Errors", "Press Authorize to sign in again.")
    generic_message = QT_TRANSLATE_NOOP("Errors", "The authorization code expired or was already used.")
    quote_reason = False


class CodeVerifierError(ServerError):
    message = QT_TRANSLATE_NOOP("Errors", "X could not match this login's PKCE verifier.")
    hint = QT_TRANSLATE_NOOP("Errors", "Press Authorize to sign in again (a fresh login makes a fresh verifier).")
    generic_message = QT_TRANSLATE_NOOP("Errors", "The server could not match this login's PKCE verifier.")
    quote_reason = False


class RedirectUriMismatchError(ServerError):
    message = QT_TRANSLATE_NOOP("Errors", "The callback URI sent to X changed during the login.")
    hint = QT_TRANSLATE_NOOP("Errors", "Press Authorize to sign in again without editing the callback URI meanwhile.")
    generic_message = QT_TRANSLATE_NOOP("Errors", "The callback URI sent to the server changed during the login.")
    quote_reason = False


class ClientAuthError(ServerError):
    message = QT_TRANSLATE_NOOP("Errors", "X did not accept the client credentials.")
    hint = QT_TRANSLATE_NOOP(
        "Errors",
        "If your X app is a Web App or Automated App or Bot, choose Confidential and paste its Client "
        "Secret; otherwise choose Public, or set the app type to Native App in the developer console.",
    )
    generic_message = QT_TRANSLATE_NOOP("Errors", "The server did not accept the client credentials.")
    generic_hint = QT_TRANSLATE_NOOP(
        "Errors", "Check the client type (public or confidential) and the Client Secret registered on that server."
    )


class MissingClientIdError(ServerError):
    message = QT_TRANSLATE_NOOP("Errors", "X says the Client ID is missing.")
    hint = QT_TRANSLATE_NOOP("Errors", "Enter the OAuth 2.0 Client ID from Keys and tokens in the X developer console.")
    generic_message = QT_TRANSLATE_NOOP("Errors", "The server says the Client ID is missing.")
    generic_hint = QT_TRANSLATE_NOOP("Errors", "Enter the Client ID that server gave your app.")
    quote_reason = False


class InvalidGrantTypeError(ServerError):
    message = QT_TRANSLATE_NOOP("Errors", "The token endpoint refused the grant type.")
    hint = QT_TRANSLATE_NOOP("Errors", "Check the token URL: X's is https://api.x.com/2/oauth2/token (with /2/).")
    generic_hint = QT_TRANSLATE_NOOP("Errors", "Check the token URL.")
    quote_reason = True


class RefreshTokenInvalidError(ServerError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The refresh token is no longer valid (already used, revoked, or replaced by a newer login)."
    )
    hint = QT_TRANSLATE_NOOP("Errors", "Press Authorize to sign in again.")
    quote_reason = False


class UnauthorizedError(ServerError):
    message = QT_TRANSLATE_NOOP("Errors", "The access token was refused (expired or revoked).")
    hint = QT_TRANSLATE_NOOP("Errors", "Press Refresh, or Authorize to sign in again.")
    quote_reason = False


class MissingScopesError(ServerError):
    message = QT_TRANSLATE_NOOP("Errors", "The token is not allowed to read your profile.")
    hint = QT_TRANSLATE_NOOP("Errors", "Tick tweet.read and users.read (the Who am I preset) and sign in again.")
    quote_reason = False


class ClientForbiddenError(ServerError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Your X app is not allowed to call the API yet (client-forbidden / client-not-enrolled)."
    )
    hint = QT_TRANSLATE_NOOP(
        "Errors", "In the X developer console, attach the app to a project with an active usage package."
    )
    quote_reason = False


class RateLimitedError(ServerError):
    message = QT_TRANSLATE_NOOP("Errors", "Too many requests: the server asked to slow down.")
    hint = QT_TRANSLATE_NOOP("Errors", "Wait a few minutes, then try again.")
    quote_reason = False


class UnsupportedTokenTypeError(ServerError):
    message = QT_TRANSLATE_NOOP("Errors", "The server can't revoke this kind of token.")
    hint = QT_TRANSLATE_NOOP("Errors", "Remove the token locally; it expires on its own.")
    quote_reason = True


class ServerUnavailableError(ServerError):
    message = QT_TRANSLATE_NOOP("Errors", "The server had a problem answering.")
    hint = QT_TRANSLATE_NOOP("Errors", "Wait a moment and try again; nothing was lost.")
    quote_reason = False


class UnexpectedRedirectError(ServerError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The server answered with a redirect, which the app does not follow for security."
    )
    hint = QT_TRANSLATE_NOOP("Errors", "Check the endpoint URLs (X's token URL is https://api.x.com/2/oauth2/token).")
    generic_hint = QT_TRANSLATE_NOOP("Errors", "Check the endpoint URLs; the server may have moved.")
    quote_reason = False


class ResponseError(XAuthError):
    message = QT_TRANSLATE_NOOP("Errors", "The server's answer could not be understood.")
    hint = QT_TRANSLATE_NOOP("Errors", "Check the endpoint URLs, then try again.")


# --- network --------------------------------------------------------------------------------------
class NetworkError(XAuthError):
    message = QT_TRANSLATE_NOOP("Errors", "The server could not be reached.")
    hint = QT_TRANSLATE_NOOP("Errors", "Check your internet connection, then try again.")


class ConnectError(NetworkError):
    message = QT_TRANSLATE_NOOP("Errors", "The server could not be reached (connection failed or name not found).")
    hint = QT_TRANSLATE_NOOP("Errors", "Check your internet connection and the endpoint URLs, then try again.")


class ProxyError(NetworkError):
    message = QT_TRANSLATE_NOOP("Errors", "The proxy server could not be reached.")
    hint = QT_TRANSLATE_NOOP("Errors", "Check the HTTPS_PROXY / HTTP_PROXY settings, then try again.")


class TlsError(NetworkError):
    message = QT_TRANSLATE_NOOP("Errors", "The secure connection could not be verified (TLS certificate problem).")
    hint = QT_TRANSLATE_NOOP(
        "Errors",
        "A proxy or security program may be intercepting traffic. Set REQUESTS_CA_BUNDLE to its "
        "certificate, or try another network.",
    )


class RequestTimeoutError(NetworkError):
    message = QT_TRANSLATE_NOOP("Errors", "The server took too long to answer.")
    hint = QT_TRANSLATE_NOOP("Errors", "Try again in a moment.")


class ExchangeOutcomeUnknownError(NetworkError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The connection broke while exchanging the code, so it is unknown whether X issued tokens."
    )
    hint = QT_TRANSLATE_NOOP("Errors", "Press Authorize to sign in again (a code can be used only once).")
