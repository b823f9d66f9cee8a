"""The console's media upload: X's chunked upload (initialize, append each chunk, finalize, then status until
processed), each step on a worker with the user token, through the gate like every console call. Progress
and the outcome come back as signals; Cancel stops before the next step (a step on its way is not unsent)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from xauth_gui.core import media
from xauth_gui.core.api import explain
from xauth_gui.core.binding import Use
from xauth_gui.core.text import translate

if TYPE_CHECKING:
    from .controller import FlowController

MAX_STATUS_CHECKS = 60  # then it gives up and says so: a video that never finishes processing
MAX_WAIT_S = 30  # a check_after_secs beyond this is shortened


class MediaUpload(QObject):
    progress = Signal(int, str)  # percent, what is happening now
    finished = Signal(str)  # the media id, ready to attach
    failed = Signal(str)  # a plain sentence (cancelled too)

    def __init__(self, controller: FlowController, api_base: Callable[[], str]) -> None:
        super().__init__(controller)
        self.c, self.api_base = controller, api_base
        self._ticket = 0
        self.busy = False

    def _plan(self, path: Path) -> media.Plan | None:
        """The upload for this file, or None when there is none to make (and `failed` said why)."""
        if self.c.tokens is None:
            self.failed.emit(translate("Media", "There is no token yet: press Authorize to sign in first."))
            return None
        found = media.plan(path.name, path.stat().st_size if path.is_file() else 0)
        if isinstance(found, str):
            self.failed.emit(found)
            return None
        return found

    def start(self, path: Path) -> None:
        found, tokens = self._plan(path), self.c.tokens
        if found is None or tokens is None:
            return
        self._ticket += 1
        self.busy = True
        base, token, ticket = self.api_base(), tokens.access_secret(Use.API), self._ticket

        def send(method: str, url_path: str, body: str = "") -> Callable[[], Any]:
            return lambda: self.c.service.call_api(method, base + url_path, token, body)

        def step(fn: Callable[[], Any], then: Callable[[Any], None]) -> None:
            if ticket == self._ticket:  # not cancelled
                self.c.net.submit(fn, lambda result: self._answered(ticket, result, then), self._network_failed)

        def initialized(result: Any) -> None:
            media_id = media.read_answer(result.body).media_id
            append(media_id, 0) if media_id else self._fail(translate("Media", "X's answer has no media id."))

        def append(media_id: str, index: int) -> None:
            if index == found.chunks:
                self.progress.emit(95, translate("Media", "Finishing…"))
                step(send("POST", f"/2/media/upload/{media_id}/finalize"), lambda r: self._processing(r, poll))
                return
            self.progress.emit(5 + 90 * index // found.chunks, translate("Media", "Uploading…"))
            chunk = _chunk_reader(path, index)
            step(lambda: send("POST", f"/2/media/upload/{media_id}/append", found.append(index, chunk()))(),
                 lambda _r: append(media_id, index + 1))  # fmt: skip

        def poll(media_id: str) -> None:
            status = send("GET", f"/2/media/upload?media_id={media_id}&command=STATUS")
            step(status, lambda r: self._processing(r, poll))

        self._checks = 0
        self.progress.emit(0, translate("Media", "Starting the upload…"))
        step(send("POST", "/2/media/upload/initialize", found.initialize()), initialized)

    def _processing(self, result: Any, poll: Callable[[str], None]) -> None:
        seen = media.read_answer(result.body)
        if seen.state is media.State.FAILED:
            self._fail(translate("Media", "X could not process the media: {why}").format(why=seen.error or "?"))
        elif seen.state in (media.State.PENDING, media.State.IN_PROGRESS) and seen.media_id:
            self._checks += 1
            if self._checks > MAX_STATUS_CHECKS:
                self._fail(translate("Media", "X is still processing the media; try the status call later."))
                return
            self.progress.emit(95, translate("Media", "X is processing the media ({percent} %)…").format(
                percent=seen.percent))  # fmt: skip
            ticket = self._ticket
            wait_ms = min(seen.check_after_s, MAX_WAIT_S) * 1000
            QTimer.singleShot(wait_ms, self, lambda: poll(seen.media_id) if ticket == self._ticket else None)
        elif seen.media_id:
            self.busy = False
            self.progress.emit(100, translate("Media", "Uploaded."))
            self.finished.emit(seen.media_id)
        else:
            self._fail(translate("Media", "X's answer has no media id."))

    def _answered(self, ticket: int, result: Any, then: Callable[[Any], None]) -> None:
        if ticket != self._ticket:
            return  # cancelled while this step was on its way
        if not 200 <= result.status < 300:
            self._fail(explain(result.status, result.body, result.headers, [], False).text)
            return
        then(result)

    def _network_failed(self, exc: Exception) -> None:
        self._fail(self.c.explain(exc))

    def _fail(self, said: str) -> None:
        self._ticket += 1
        self.busy = False
        self.failed.emit(said)

    def cancel(self) -> None:
        if self.busy:
            self._fail(translate("Media", "Upload cancelled: X drops the unfinished media by itself."))


def _chunk_reader(path: Path, index: int) -> Callable[[], bytes]:
    """Read one chunk when the worker sends it (never the whole file, never on the GUI thread)."""

    def read() -> bytes:
        with path.open("rb") as file:
            file.seek(index * media.CHUNK_BYTES)
            return file.read(media.CHUNK_BYTES)

    return read
