"""X's API error answers as the sandbox sends them (RFC 7807 problems with X's `type` URIs, x-oauth2.md §12.1)."""

from __future__ import annotations

from typing import Any

from .replies import Reply

PROBLEMS = "https://api.x.com/2/problems/"  # as X's description names them (older answers say api.twitter.com)


def problem(status: int, title: str, detail: str, kind: str = "about:blank", **extra: Any) -> Reply:
    return Reply(status, {"title": title, "detail": detail, "type": kind, "status": status, **extra})


FORBIDDEN = problem(403, "Forbidden", "Forbidden")
UNAUTHORIZED = problem(401, "Unauthorized", "Unauthorized")
NOT_ENROLLED = problem(
    403, "Client Forbidden",
    "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter "
    "developer App that is attached to a Project. You can create a project via the developer portal.",
    PROBLEMS + "client-forbidden", reason="client-not-enrolled", registration_url="https://developer.x.com/",
)  # fmt: skip
USAGE_CAPPED = problem(429, "UsageCapExceeded", "Usage cap exceeded: Monthly product cap", PROBLEMS + "usage-capped")
APP_ONLY_FORBIDDEN = problem(
    403, "Unsupported Authentication",
    "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication "
    "types are [OAuth 1.0a User Context, OAuth 2.0 User Context].",
    PROBLEMS + "unsupported-authentication",
)  # fmt: skip

USER_FORBIDDEN = problem(
    403, "Unsupported Authentication",
    "Authenticating with OAuth 2.0 User Context is forbidden for this endpoint.  Supported authentication types "
    "are [OAuth 2.0 Application-Only].",
    PROBLEMS + "unsupported-authentication",
)  # fmt: skip
