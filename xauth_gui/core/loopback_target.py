"""Where the loopback listener listens, read from the registered redirect URI: the loopback address(es) its
host names, its port and path. A redirect URI the listener can't serve (not http, not loopback, no port
to bind) is refused here, before a browser opens."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from . import errors


@dataclass(frozen=True)
class LoopbackTarget:
    """Where to listen, from the registered redirect URI."""

    addresses: tuple[str, ...]  # "127.0.0.1" and/or "::1"
    port: int
    path: str
    base_url: str  # scheme://host:port/path as registered, without query

    @classmethod
    def from_redirect_uri(cls, redirect_uri: str) -> LoopbackTarget:
        try:
            parts = urlsplit(redirect_uri.strip())
            port = parts.port if parts.port is not None else 80
        except ValueError as exc:
            raise errors.UnsupportedRedirectUriError() from exc
        host = (parts.hostname or "").lower()
        addresses = {"127.0.0.1": ("127.0.0.1",), "::1": ("::1",), "localhost": ("127.0.0.1", "::1")}.get(host)
        if parts.scheme.lower() != "http" or addresses is None or port == 0:
            raise errors.UnsupportedRedirectUriError()
        base = redirect_uri.strip().split("#", 1)[0].split("?", 1)[0]
        return cls(addresses, port, parts.path or "/", base)
