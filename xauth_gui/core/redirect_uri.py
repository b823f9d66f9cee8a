"""The registered redirect URI, parsed once per login into one value that the authorize request, the
loopback listener and the callback judge share: its text as registered, its endpoint (scheme, host,
effective port, path), whether an answer came back to it, and where the listener listens."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

from xauth_gui.core.text import translate

from . import errors

_DEFAULT_PORTS = {"http": 80, "https": 443}
_LOOPBACK = {"127.0.0.1": ("127.0.0.1",), "::1": ("::1",), "localhost": ("127.0.0.1", "::1")}


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
            return RedirectUri.parse(redirect_uri).loopback()
        except errors.ConfigError as exc:
            raise errors.UnsupportedRedirectUriError() from exc


@dataclass(frozen=True)
class RedirectUri:
    text: str  # as registered (stripped): what the authorize and token requests send
    scheme: str  # lower-case
    hostname: str  # lower-case
    port: int | None  # the effective port (None: a scheme without a default one)
    path: str  # "/" when empty

    @classmethod
    def parse(cls, text: str) -> RedirectUri:
        """A usable redirect URI (absolute, with a host, without a fragment), or a ConfigError."""
        text = text.strip()
        try:
            parts = urlsplit(text)
            port = _effective_port(parts)
        except ValueError as exc:
            raise errors.ConfigError(
                translate("Authorize", "The callback URI is not a valid address."),
                translate("Authorize", "Enter it as registered, e.g. http://127.0.0.1:8765/callback."),
            ) from exc
        if not parts.scheme or not parts.hostname:
            raise errors.ConfigError(
                translate("Authorize", "The callback URI must be a full address."),
                translate("Authorize", "Enter it as registered, e.g. http://127.0.0.1:8765/callback."),
            )
        if parts.fragment:
            raise errors.ConfigError(
                translate("Authorize", "The callback URI must not contain '#'."),
                translate("Authorize", "Remove the part from '#' on."),
            )
        return cls(text, parts.scheme.lower(), parts.hostname, port, parts.path or "/")

    @classmethod
    def of(cls, value: RedirectUri | str) -> RedirectUri:
        return value if isinstance(value, RedirectUri) else cls.parse(value)

    def __str__(self) -> str:
        return self.text

    def receives(self, received: SplitResult) -> bool:
        """Did an answer come back to this endpoint (scheme, host, effective port and path)?"""
        return (
            received.scheme.lower() == self.scheme
            and (received.hostname or "") == self.hostname  # hostname is lower-cased
            and _effective_port(received) == self.port
            and (received.path or "/") == self.path
        )

    def loopback(self) -> LoopbackTarget:
        """Where the listener listens; UnsupportedRedirectUriError when it can't (not http, not loopback,
        no port to bind): the user pastes the final address instead."""
        addresses = _LOOPBACK.get(self.hostname)
        if self.scheme != "http" or addresses is None or not self.port:
            raise errors.UnsupportedRedirectUriError()
        base = self.text.split("?", 1)[0]
        return LoopbackTarget(addresses, self.port, self.path, base)


def _effective_port(parts: SplitResult) -> int | None:
    """The URL's port, or its scheme's default; ValueError on a bad port."""
    return parts.port if parts.port is not None else _DEFAULT_PORTS.get(parts.scheme.lower())
