"""Which call a request or an error belongs to. Errors are mapped by operation, never by guesswork."""

from __future__ import annotations

from enum import StrEnum


class Operation(StrEnum):
    EXCHANGE = "exchange"  # authorization code -> tokens
    REFRESH = "refresh"  # refresh token -> a new pair
    REVOKE = "revoke"  # RFC 7009
    ME = "me"  # who am I (GET /2/users/me)
    AVATAR = "avatar"  # the profile picture (carries no secret)
    API = "api"  # a call from the console, with the access token
    APP_TOKEN = "app_token"  # mint or invalidate the app-only Bearer token (API Key and Secret)
    METADATA = "metadata"  # the server's discovery document (RFC 8414; carries no secret)
