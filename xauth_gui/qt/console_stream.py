"""The console's streaming calls (X's /2/…/stream): the text as it arrives, until Stop, the server's end, or
the bounds (a minute, a few megabytes), which it says. The token is chosen and checked as for any call
(qt/console.py), and the call goes through the gate like every other."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from xauth_gui.core.api import Explanation, explain
from xauth_gui.core.text import translate
from xauth_gui.services.streaming import End, StreamControl, StreamResult

from .console import ApiConsole, ApiRequest

MAX_SECONDS = 60.0
MAX_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class StreamEnded:
    request: ApiRequest
    status: int
    received: int
    explanation: Explanation


class ApiStream(QObject):
    data = Signal(str)  # text as it arrived (a piece may end mid-line)
    ended = Signal(object)  # StreamEnded

    def __init__(self, engine: ApiConsole) -> None:
        super().__init__(engine)
        self.engine = engine
        self.max_seconds, self.max_bytes = MAX_SECONDS, MAX_BYTES
        self.control: StreamControl | None = None

    @property
    def running(self) -> bool:
        return self.control is not None

    def start(self, request: ApiRequest) -> None:
        token = self.engine.token_for(request)
        if token is None or self.running:
            return  # refused (the engine said why), or one stream at a time
        control = self.control = StreamControl()
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        c, seconds, size = self.engine.c, self.max_seconds, self.max_bytes
        self.engine.set_busy(True)

        def piece_arrived(piece: bytes) -> None:  # on the worker: queued to the window as it comes
            self.data.emit(decoder.decode(piece))

        def run() -> StreamResult:
            return c.service.stream_api(request.url, token, request.headers, piece_arrived, control, size, seconds)

        c.net.submit(run, lambda result: self._ended(request, result), lambda exc: self._failed(request, exc))

    def stop(self) -> None:
        if self.control is not None:
            self.control.stop()

    def _ended(self, request: ApiRequest, result: StreamResult) -> None:
        self._finish()
        if result.status != 200:
            said = explain(result.status, result.body, result.headers, [], request.app_only)
        else:
            said = Explanation(_end_text(result.end, result.received, self.max_seconds, self.max_bytes))
        self.ended.emit(StreamEnded(request, result.status, result.received, said))

    def _failed(self, request: ApiRequest, exc: Exception) -> None:
        self._finish()
        self.ended.emit(StreamEnded(request, 0, 0, Explanation(self.engine.c.explain(exc))))

    def _finish(self) -> None:
        self.control = None
        self.engine.set_busy(False)


def _end_text(end: End, received: int, seconds: float, size: int) -> str:
    got = translate("ConsoleStream", "{kb} KB received.").format(kb=f"{received / 1024:.1f}")
    timed = translate("ConsoleStream", "The stream stopped itself after {s} seconds, its time limit here.")
    sized = translate("ConsoleStream", "The stream stopped itself after {mb} MB, its size limit here.")
    said = {
        End.STOPPED: translate("ConsoleStream", "Stream stopped."),
        End.SERVER: translate("ConsoleStream", "The server ended the stream."),
        End.TIME: timed.format(s=int(seconds)),
        End.SIZE: sized.format(mb=f"{size / 1024 / 1024:g}"),
        End.BROKEN: translate("ConsoleStream", "The connection broke; send the call again to reconnect."),
    }[end]
    return f"{said} {got}"
