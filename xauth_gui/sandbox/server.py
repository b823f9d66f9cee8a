"""The sandbox server: X's OAuth 2.0 paths and behaviour, on 127.0.0.1, standard library only.

`Sandbox` composes the protocol state (protocol.py), the HTTP routing (routes.py), the pages and the
avatar, and adds what tests and the app need: start/stop, the request record and injected faults
(latency, 5xx, malformed JSON, a dropped connection, an error in a 200).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from xauth_gui.core.endpoints import Endpoints

from .api import XApi
from .discovery import Metadata
from .faults import Faults
from .pages import SOMETHING_WENT_WRONG
from .protocol import CODE_TTL, SANDBOX_USER, OAuthState
from .routes import SandboxServer

__all__ = ["CODE_TTL", "SANDBOX_USER", "SOMETHING_WENT_WRONG", "Faults", "RequestRecord", "Sandbox"]


@dataclass(frozen=True)
class RequestRecord:
    method: str
    path: str
    status: int
    handling_ms: float = 0.0  # from the parsed request line to the answer written (benchmarks subtract it)


def _settable(name: str) -> Any:
    """A protocol setting, read and changed through the Sandbox (tests tune them while it runs)."""
    return property(lambda self: getattr(self.oauth, name), lambda self, value: setattr(self.oauth, name, value))


class Sandbox:
    """Embeddable: `Sandbox(...).start()` serves on 127.0.0.1 (port 0 picks a free one); `stop()` ends it."""

    def __init__(
        self,
        port: int = 0,
        *,
        auto_approve: bool = False,
        redirect_uris: tuple[str, ...] | list[str] = (),
        access_token_ttl: float = 7200.0,
        clock: Callable[[], float] = time.time,
        host: str = "127.0.0.1",
        min_token_length: int = 0,
        rate_limit: int = 75,
    ) -> None:
        self.oauth = OAuthState(access_token_ttl=access_token_ttl, clock=clock)
        self.oauth.auto_approve = auto_approve
        self.oauth.min_token_length = min_token_length
        for uri in redirect_uris:
            self.oauth.register_redirect_uri(uri)
        self.api = XApi(self.oauth, lambda: self.base_url, rate_limit=rate_limit)
        self.faults = Faults()
        self.metadata = Metadata()
        self.requests: deque[RequestRecord] = deque(maxlen=1000)
        self._server = SandboxServer((host, port), self)
        self._thread: threading.Thread | None = None

    # --- lifecycle -----------------------------------------------------------------------------------
    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def endpoints(self) -> Endpoints:
        return Endpoints.under(self.base_url)

    def start(self) -> Sandbox:
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="sandbox", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._server.close_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- what tests and the app use ------------------------------------------------------------------
    auto_approve = _settable("auto_approve")
    min_token_length = _settable("min_token_length")
    access_token_ttl = _settable("access_token_ttl")
    reuse_kills_family = _settable("reuse_kills_family")
    clock = _settable("clock")

    @property
    def redirect_uris(self) -> set[str]:
        return self.oauth.redirect_uris

    def register_redirect_uri(self, uri: str) -> None:
        self.oauth.register_redirect_uri(uri)

    def token_is_live(self, token: str) -> bool:
        """Does the server still accept this token?"""
        return self.oauth.token_is_live(token)

    def set_faults(self, **kwargs: Any) -> None:
        self.faults = Faults(**kwargs)

    def clear_faults(self) -> None:
        self.faults = Faults()

    def record(self, method: str, path: str, status: int, handling_ms: float) -> None:
        self.requests.append(RequestRecord(method, path, status, handling_ms))

    def count(self, method: str, path: str) -> int:
        return sum(1 for r in list(self.requests) if r.method == method and r.path == path)
