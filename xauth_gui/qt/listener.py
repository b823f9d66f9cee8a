"""The loopback redirect receiver: QTcpServer(s) for one login attempt.

Binds only the loopback address(es) the registered redirect URI names, before the browser opens.
Every connection is handled on its own, asynchronously: idle or speculative browser connections
never delay the real callback. It knows HTTP, not OAuth: an injected judge (core/callback.py) says
what each callback gets and whether it ends the wait. The first final verdict's outcome is emitted
as `concluded`; later callbacks get an "already finished" page and are never handed on. Exactly one
terminal signal: `concluded(outcome)`, or `concluded(ListenerError)` on timeout or cancel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QTcpServer, QTcpSocket

from xauth_gui.core import errors, text
from xauth_gui.core import loopback_http as lh
from xauth_gui.core import loopback_pages as pages
from xauth_gui.core.callback import Judge
from xauth_gui.core.loopback_http import RouteKind
from xauth_gui.core.redirect_uri import LoopbackTarget, RedirectUri
from xauth_gui.core.text import translate

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_MS = 5 * 60 * 1000
DEFAULT_READ_DEADLINE_MS = 10_000
DEFAULT_GRACE_MS = 3_000
DEFAULT_MAX_CONNECTIONS = 64
_CLOSE_DEADLINE_MS = 2_000  # after answering, wait this long for the bytes to leave, then abort

X_ORIGINS = frozenset({"https://x.com", "https://twitter.com"})


def _single_shot_timer(parent: QObject, interval_ms: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


class _Connection:
    """Per-socket state: the head buffer and the read deadline."""

    def __init__(self, socket: QTcpSocket, serial: int) -> None:
        self.socket = socket
        self.serial = serial
        self.buffer = lh.HeadBuffer()
        self.answered = False
        self.received_any = False


class LoopbackListener(QObject):
    """One attempt's listener. `start()` binds (raising PortInUseError etc.); then wait for a signal."""

    concluded = Signal(object)  # the judge's final outcome (may hold the code: never log it), or a ListenerError
    ignored = Signal(object)  # a callback the judge answered but did not accept (its outcome says why)
    closed = Signal()  # every socket and server is closed, the port is free

    def __init__(
        self,
        redirect_uri: RedirectUri | str,
        judge: Judge,
        *,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        read_deadline_ms: int = DEFAULT_READ_DEADLINE_MS,
        grace_ms: int = DEFAULT_GRACE_MS,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        allowed_origins: frozenset[str] = X_ORIGINS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.target = (
            redirect_uri.loopback()
            if isinstance(redirect_uri, RedirectUri)
            else LoopbackTarget.from_redirect_uri(redirect_uri)
        )
        self._judge = judge
        self._read_deadline_ms = read_deadline_ms
        self._grace_ms = grace_ms
        self._max_connections = max_connections
        self._allowed_origins = allowed_origins
        self._servers: list[QTcpServer] = []
        self._connections: dict[QTcpSocket, _Connection] = {}
        self._serial = 0
        self._finished = False  # a terminal result was reached; later callbacks get PAGE_ALREADY
        self._after_page: bytes = pages.PAGE_ALREADY  # what a callback gets once finished (retire() changes it)
        self._emit_after_answer: Callable[[], None] | None = None
        self._closed = False
        self._timeout = _single_shot_timer(self, timeout_ms, self._on_timeout)
        self._grace = _single_shot_timer(self, grace_ms, self.close)

    # --- lifecycle -----------------------------------------------------------------------------------
    @property
    def is_listening(self) -> bool:
        return any(s.isListening() for s in self._servers)

    @property
    def bound_addresses(self) -> list[str]:
        return [s.serverAddress().toString() for s in self._servers if s.isListening()]

    @property
    def open_connections(self) -> int:
        return len(self._connections)

    @property
    def accepted_connections(self) -> int:
        """How many connections were accepted in all (for diagnostics and tests)."""
        return self._serial

    @property
    def finished(self) -> bool:
        return self._finished

    def start(self) -> None:
        """Bind every address of the target now, synchronously. Raises; leaves nothing open on failure."""
        failures: list[QAbstractSocket.SocketError] = []
        for address in self.target.addresses:
            server = QTcpServer(self)
            server.setMaxPendingConnections(self._max_connections)
            if server.listen(QHostAddress(address), self.target.port):
                server.newConnection.connect(lambda s=server: self._accept(s))
                self._servers.append(server)
            else:
                failures.append(server.serverError())
                log.debug("could not listen on %s:%d: %s", address, self.target.port, server.errorString())
        in_use = QAbstractSocket.SocketError.AddressInUseError in failures
        # With `localhost`, a busy 127.0.0.1 next to a free ::1 would hand the code to the other program.
        if in_use or not self._servers:
            self._close_servers()
            if in_use:
                from xauth_gui.services.port_owner import port_owner

                raise errors.PortInUseError(self.target.port, port_owner(self.target.port))
            raise errors.ListenerError(
                translate("Listener", "The app could not listen on port {port} of this computer.").format(
                    port=self.target.port
                ),
                translate(
                    "Listener",
                    "Pick another callback URI (registered in the X developer console), or use the paste box.",
                ),
            )
        self._timeout.start()

    def cancel(self) -> None:
        """Stop waiting: emits concluded(LoginCancelledError) unless a result was already reached."""
        self._finish_with_error(errors.LoginCancelledError())
        self.close()

    def retire(self, page: bytes | None, grace_ms: int) -> None:
        """Stop handing anything on, but keep answering the callback path with `page` (None: the page
        it already gives a reload) for `grace_ms`, so a reloaded tab of a finished or cancelled login
        says so instead of "connection refused"; then close."""
        if self._closed:
            return
        self._finished = True
        self._after_page = page if page is not None else self._after_page
        self._timeout.stop()
        self._grace.start(grace_ms)

    def close(self) -> None:
        """Close every server and socket now, silently. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._finished = True
        self._timeout.stop()
        self._grace.stop()
        self._close_servers()
        for conn in list(self._connections.values()):
            conn.socket.abort()
            conn.socket.deleteLater()
        self._connections.clear()
        self.closed.emit()

    def _close_servers(self) -> None:
        for server in self._servers:
            server.close()  # deleted with the listener (its parent)
        self._servers.clear()

    def _on_timeout(self) -> None:
        self._finish_with_error(errors.LoginTimeoutError())
        self.close()

    def _finish_with_error(self, error: errors.XAuthError) -> None:
        if not self._finished:
            self._finished = True
            self._timeout.stop()
            self.concluded.emit(error)

    # --- connections ---------------------------------------------------------------------------------
    def _accept(self, server: QTcpServer) -> None:
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket is None:
                break
            if self._closed:
                socket.abort()
                socket.deleteLater()
                continue
            if len(self._connections) >= self._max_connections:
                self._evict_one()
            self._serial += 1
            conn = _Connection(socket, self._serial)
            self._connections[socket] = conn
            socket.readyRead.connect(lambda c=conn: self._on_ready_read(c))
            socket.disconnected.connect(lambda c=conn: self._drop(c))
            QTimer.singleShot(self._read_deadline_ms, socket, lambda c=conn: self._on_deadline(c))

    def _evict_one(self) -> None:
        """At the cap, drop the oldest connection that sent nothing (a speculative one), else the oldest."""
        candidates = sorted(self._connections.values(), key=lambda c: (c.received_any, c.serial))
        for conn in candidates:
            if not conn.answered:
                self._drop(conn, abort=True)
                return

    def _drop(self, conn: _Connection, abort: bool = False) -> None:
        if self._connections.pop(conn.socket, None) is None:
            return
        if abort:
            conn.socket.abort()
        conn.socket.deleteLater()

    def _on_deadline(self, conn: _Connection) -> None:
        if conn.socket in self._connections and not conn.answered:
            log.debug("closing a connection that sent no complete request in time")
            self._answer(conn, lh.response(408, pages.PAGE_TIMEOUT))

    def _answer(self, conn: _Connection, data: bytes) -> None:
        conn.answered = True
        socket = conn.socket
        socket.write(data)
        socket.disconnectFromHost()  # waits for the bytes to be written, then closes
        QTimer.singleShot(_CLOSE_DEADLINE_MS, socket, lambda c=conn: self._drop(c, abort=True))

    def _on_ready_read(self, conn: _Connection) -> None:
        socket = conn.socket
        data = bytes(socket.readAll().data())
        if conn.answered or not data:
            return  # a pipelined second request or trailing bytes: ignored, the connection is closing
        conn.received_any = True
        try:
            head = conn.buffer.feed(data)
            if head is None:
                return
            with text.speaking(text.for_browser(head.header("accept-language") or "")):
                answer = self._handle(head)  # pages in the language the browser asked for
        except lh.BadRequestError as bad:
            log.debug("bad request on the loopback listener: %s", bad.reason)  # fixed texts only
            if bad.status == 0:
                self._drop(conn, abort=True)
                return
            answer = lh.response(bad.status, pages.PAGE_BAD_REQUEST)
        self._answer(conn, answer)
        emit, self._emit_after_answer = self._emit_after_answer, None
        if emit is not None:
            emit()  # after the page is queued, so the browser's answer never waits on the app

    # --- requests ------------------------------------------------------------------------------------
    def _handle(self, head: lh.RequestHead) -> bytes:
        r = lh.route(head, self.target.path, self.target.port)
        if r.kind is RouteKind.BAD_HOST:
            return lh.response(403, pages.PAGE_FORBIDDEN)
        if r.kind is RouteKind.PREFLIGHT:
            log.debug("answered a preflight (origin %s)", "allowed" if r.origin in self._allowed_origins else "other")
            return lh.preflight_response(r.origin, self._allowed_origins)
        if r.kind is RouteKind.NOT_FOUND:
            return lh.response(404, pages.PAGE_NOT_FOUND)
        if r.kind is RouteKind.METHOD_NOT_ALLOWED:
            return lh.response(405, pages.PAGE_NOT_FOUND, extra=(("Allow", "GET, HEAD, OPTIONS"),))
        if r.kind is RouteKind.PROBE:
            return lh.response(200, pages.PAGE_ALREADY if self._finished else pages.PAGE_WAITING, head_only=True)
        return self._callback(r.query)

    def _callback(self, query: str) -> bytes:
        if self._finished:
            return lh.response(200, self._after_page)  # a reload or a second submit: never handed on
        verdict = self._judge(self.target.base_url + ("?" + query if query else ""))
        outcome = verdict.outcome
        if verdict.final:
            self._conclude(lambda: self.concluded.emit(outcome))
        elif outcome is not None:
            self._emit_after_answer = lambda: self.ignored.emit(outcome)
        return lh.response(verdict.status, verdict.page)

    def _conclude(self, emit: Callable[[], None]) -> None:
        """The one terminal result: latch, stop the overall timer, close after the grace period."""
        self._finished = True
        self._timeout.stop()
        self._grace.start()  # keep answering reloads with PAGE_ALREADY for a moment, then close
        self._emit_after_answer = emit
