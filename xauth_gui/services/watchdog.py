"""One call's overall deadline, enforced on its sockets (checklist B10): requests' read timeout restarts
with every byte, so a server dripping its answer could hold a call open for ever; the watchdog shuts the
call's sockets when its time is up (or when a stream is stopped)."""

from __future__ import annotations

import socket
import threading
from typing import Any

from requests.adapters import HTTPAdapter


class Watchdog:
    """One call's overall deadline (checklist B10): when it passes, the call's sockets are shut down,
    so a server that drips its status line or headers a byte at a time can't hold the call open.
    (requests' read timeout restarts with every byte received.)"""

    _current = threading.local()

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Watchdog:
        Watchdog._current.value = self
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        Watchdog._current.value = None

    @classmethod
    def watch(cls, sock: socket.socket | None) -> None:
        """Called by the connection when it sends a request on this thread."""
        dog: Watchdog | None = getattr(cls._current, "value", None)
        if dog is None or sock is None:
            return
        with dog._lock:
            dog._sockets.append(sock)
            expired = dog.expired
        if expired:
            _shut(sock)

    def shut_now(self) -> None:
        """Shut the call's sockets now (a stream the user stopped)."""
        self._expire()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _watched(base: type[Any]) -> type[Any]:
    """A subclass of urllib3's connection class that registers its socket with the call's watchdog."""

    class Watched(base):  # type: ignore[misc]
        _xauth_watched = True

        def _new_conn(self) -> Any:  # a fresh TCP connection, before any TLS handshake on it
            sock = super()._new_conn()
            Watchdog.watch(sock)
            return sock

        def request(self, *args: Any, **kwargs: Any) -> Any:  # also a kept-alive connection reused
            Watchdog.watch(self.sock)
            return super().request(*args, **kwargs)

    Watched.__name__ = f"Watched{base.__name__}"
    return Watched


class WatchedAdapter(HTTPAdapter):
    def get_connection_with_tls_context(self, *args: Any, **kwargs: Any) -> Any:
        pool = super().get_connection_with_tls_context(*args, **kwargs)
        base = getattr(pool, "ConnectionCls", None)
        if base is not None and not getattr(base, "_xauth_watched", False):
            setattr(pool, "ConnectionCls", _watched(base))  # noqa: B010 - an attribute typeshed omits
        return pool
