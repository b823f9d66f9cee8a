"""A streaming call (X's /2/…/stream endpoints keep the connection open and send one JSON object per line):
read as it arrives and handed on in pieces, until the server ends it, the user stops it, or it reaches its
bounds (a time and a size), whichever comes first. Through the gate like every call with a token."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from xauth_gui.core import gate
from xauth_gui.core.calls import HttpCall

if TYPE_CHECKING:  # requests is imported with the first call, never with the console's window
    from .transport import Transport

READ_BYTES = 16384
REFUSAL_BYTES = 1_000_000  # a refused stream's error answer is read this far


class End(StrEnum):
    SERVER = "server"  # the server closed the stream
    STOPPED = "stopped"  # the user pressed Stop
    TIME = "time"  # it ran for its time bound
    SIZE = "size"  # it sent its size bound
    BROKEN = "broken"  # the connection failed


@dataclass
class StreamControl:
    """Stop a stream from another thread: its socket is shut, so a read waiting for the next line returns."""

    stopped: bool = False
    _dog: Any = field(default=None, repr=False)  # the call's watchdog (transport.py)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            dog = self._dog
        if dog is not None:
            dog.shut_now()

    def _attach(self, dog: Any) -> bool:
        with self._lock:
            self._dog = dog
            return not self.stopped


@dataclass(frozen=True)
class StreamResult:
    status: int
    headers: dict[str, str]
    received: int  # bytes
    end: End
    body: bytes = b""  # the answer of a refused stream (an error to explain), else empty


def stream(transport: Transport, call: HttpCall, on_data: Callable[[bytes], None], control: StreamControl,
           max_bytes: int, max_seconds: float) -> StreamResult:  # fmt: skip
    """Blocking (on a worker): `on_data` gets each piece as it arrives."""
    from .watchdog import Watchdog

    if gate.carries_secrets(call.secrets, call.headers, call.form) and not gate.verify(
        call.gate_pass, call.url, call.secrets
    ):
        raise gate.not_through_the_gate(call.url)
    started = time.monotonic()
    with Watchdog(max_seconds) as dog:
        if not control._attach(dog):
            return StreamResult(0, {}, 0, End.STOPPED)
        response = transport.open_response(call)
        with response:
            headers = {k.lower(): v for k, v in response.headers.items()}
            if response.status_code != 200:
                body = response.raw.read(REFUSAL_BYTES, decode_content=True)
                transport.record(call, response.status_code, started, headers, body)
                return StreamResult(response.status_code, headers, len(body), End.SERVER, body)
            received, end = _read(response, on_data, max_bytes)
            if control.stopped:
                end = End.STOPPED
            elif dog.expired or time.monotonic() - started >= max_seconds:
                end = End.TIME
    transport.record(call, 200, started, headers, b"")
    return StreamResult(200, headers, received, end)


def _read(response: Any, on_data: Callable[[bytes], None], max_bytes: int) -> tuple[int, End]:
    """Pieces as they arrive, until the server ends, the size bound, or the connection breaks (a Stop or
    the time bound shuts the socket: the read returns then)."""
    import requests
    import urllib3

    received = 0
    try:
        while True:
            piece = response.raw.read1(READ_BYTES, decode_content=True)
            if not piece:
                return received, End.SERVER
            received += len(piece)
            on_data(piece)
            if received >= max_bytes:
                return received, End.SIZE
    except (urllib3.exceptions.HTTPError, OSError, requests.exceptions.RequestException):
        return received, End.BROKEN
