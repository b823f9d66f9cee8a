"""The sandbox's chunked media upload, with X's semantics (x-api/openapi.json): initialize gives an upload
id, append takes base64 chunks by segment index, finalize checks the size; a video is then "processed"
over two status checks (pending, in progress, succeeded), an image is ready at once."""

from __future__ import annotations

import base64
import binascii
import threading
from dataclasses import dataclass, field
from typing import Any

from .problems import PROBLEMS, problem
from .replies import Reply


def _invalid(detail: str) -> Reply:
    return problem(400, "Invalid Request", detail, PROBLEMS + "invalid-request")


@dataclass
class _Upload:
    media_type: str
    total: int
    chunks: dict[int, int] = field(default_factory=dict)  # segment index -> bytes
    checks: int = -1  # -1: not finalized; then the number of status checks seen


@dataclass
class MediaUploads:
    serial: int = 1_900_000_000_000_000_000
    _uploads: dict[str, _Upload] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def initialize(self, body: dict[str, Any], **_: Any) -> Reply:
        media_type, total = body.get("media_type"), body.get("total_bytes")
        if not isinstance(media_type, str) or not isinstance(total, int) or total <= 0:
            return _invalid("media_type and total_bytes are required.")
        with self._lock:
            self.serial += 1
            media_id = str(self.serial)
            self._uploads[media_id] = _Upload(media_type, total)
        return Reply(200, {"data": {"id": media_id, "media_key": f"3_{media_id}", "expires_after_secs": 86400}})

    def append(self, media_id: str, body: dict[str, Any], **_: Any) -> Reply:
        index = body.get("segment_index")
        try:
            chunk = base64.b64decode(str(body.get("media", "")), validate=True)
        except (binascii.Error, ValueError):
            return _invalid("media is not base64.")
        with self._lock:
            upload = self._uploads.get(media_id)
            if upload is None or upload.checks >= 0 or not isinstance(index, int) or not 0 <= index <= 999:
                return _invalid("There is no unfinished upload with this id and segment.")
            upload.chunks[index] = len(chunk)
        return Reply(200, {"data": {"expires_at": 1_900_000_000}})

    def finalize(self, media_id: str, **_: Any) -> Reply:
        with self._lock:
            upload = self._uploads.get(media_id)
            if upload is None:
                return _invalid("There is no upload with this id.")
            if sum(upload.chunks.values()) != upload.total:
                return _invalid("The chunks received do not add up to total_bytes.")
            upload.checks = 0
        return self._state(media_id, upload)

    def status(self, query: dict[str, list[str]], **_: Any) -> Reply:
        media_id = (query.get("media_id") or [""])[0]
        with self._lock:
            upload = self._uploads.get(media_id)
            if upload is None or upload.checks < 0:
                return _invalid("There is no finalized upload with this id.")
            upload.checks += 1
        return self._state(media_id, upload)

    @staticmethod
    def _state(media_id: str, upload: _Upload) -> Reply:
        data: dict[str, Any] = {"id": media_id, "media_key": f"3_{media_id}", "size": upload.total}
        if upload.media_type.startswith("video/"):
            state = ("pending", "in_progress", "succeeded")[min(upload.checks, 2)]
            data["processing_info"] = {"state": state, "progress_percent": 50 * min(upload.checks, 2)}
            if state != "succeeded":
                data["processing_info"]["check_after_secs"] = 1
        return Reply(200, {"data": data})
