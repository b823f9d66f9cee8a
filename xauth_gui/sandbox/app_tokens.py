"""The sandbox's app-only Bearer tokens (x-oauth2.md §12.2): minted and invalidated with the app's API Key
and Secret in HTTP Basic, one per app (minting again returns the same), as X does."""

from __future__ import annotations

import base64
import hmac
import secrets
import threading
from urllib.parse import unquote_plus

from .replies import Reply

API_KEY, API_SECRET = "sandbox-api-key", "sandbox-api-secret"
__all__ = ["API_KEY", "API_SECRET", "AppTokens"]


class AppTokens:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: set[str] = set()

    def is_live(self, token: str) -> bool:
        with self._lock:
            return token in self._tokens

    def mint(self, form: dict[str, list[str]], authorization: str) -> Reply:
        if not _credentials_ok(authorization) or (form.get("grant_type") or [""])[0] != "client_credentials":
            return _bad_credentials()
        with self._lock:
            token = next(iter(self._tokens), None) or "A" * 22 + secrets.token_urlsafe(60).replace("-", "%2F")
            self._tokens.add(token)
        return Reply(200, {"token_type": "bearer", "access_token": token})

    def invalidate(self, form: dict[str, list[str]], authorization: str) -> Reply:
        if not _credentials_ok(authorization):
            return _bad_credentials()
        token = (form.get("access_token") or [""])[0]
        with self._lock:
            self._tokens.discard(token)
        return Reply(200, {"access_token": token})


def _credentials_ok(authorization: str) -> bool:
    if authorization[:6].lower() != "basic ":
        return False
    try:
        key, _, secret = base64.b64decode(authorization[6:].strip(), validate=True).decode().partition(":")
    except ValueError:
        return False
    return hmac.compare_digest(unquote_plus(key), API_KEY) and hmac.compare_digest(unquote_plus(secret), API_SECRET)


def _bad_credentials() -> Reply:
    return Reply(403, {"errors": [{"code": 99, "label": "authenticity_token_error",
                                   "message": "Unable to verify your credentials"}]})  # fmt: skip
