"""The sandbox's answers, as data: JSON (`body`), a redirect (`location`), the consent page, or X's error page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Consent:
    """What the consent page shows."""

    request_id: str
    client_id: str
    scopes: tuple[str, ...]


@dataclass(frozen=True)
class Reply:
    """One answer: JSON (`body`), a redirect (`location`), the consent page, or X's error page."""

    status: int
    body: dict[str, Any] | None = None
    location: str = ""
    consent: Consent | None = None
    something_went_wrong: bool = False  # X's dead-end page for a wrong client or redirect URI
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = field(default=None, repr=False)  # a body already encoded (big test answers, files)
    content_type: str = "application/json;charset=utf-8"
    stream: tuple[bytes, ...] | None = field(default=None, repr=False)  # lines of a streaming call, then keep-alives


def _error(status: int, error: str, description: str) -> Reply:
    return Reply(status, {"error": error, "error_description": description})


def _invalid_request(description: str) -> Reply:
    return _error(400, "invalid_request", description)


def _api_error(status: int, title: str, detail: str) -> Reply:
    return Reply(status, {"title": title, "type": "about:blank", "status": status, "detail": detail})


_MISSING_AUTH = _error(401, "unauthorized_client", "Missing valid authorization header")
