"""Injected misbehaviour: what the sandbox does wrong on purpose, for tests and for trying the app's errors."""

from __future__ import annotations

from dataclasses import dataclass

FAULT_PATHS = ("/2/oauth2/token", "/2/oauth2/revoke", "/2/users/me")


@dataclass
class Faults:
    """Injected misbehaviour for the API paths (token, revoke, users/me), or those listed in `paths`."""

    latency: float = 0.0  # seconds to wait before answering
    status: int | None = None  # answer with this HTTP status (e.g. 503) and an HTML body
    malformed_json: bool = False  # answer 200 with a body that is not JSON
    drop_connection: bool = False  # close the socket without answering
    error_200: str | None = None  # answer HTTP 200 with this OAuth `error` code in the body
    paths: tuple[str, ...] = FAULT_PATHS

    def applies(self, path: str) -> bool:
        return path in self.paths
