"""X's chunked media upload, as data (x-api/openapi.json: initializeMediaUpload, appendMediaUpload,
finalizeMediaUpload, getMediaUploadStatus): what kind of media a file is, its chunks, each step's request
body, and what each answer says. Pure: qt/console_media.py reads the file and sends the steps."""

from __future__ import annotations

import base64
import json
import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .text import translate

CHUNK_BYTES = 1024 * 1024  # X takes chunks up to 5 MB; 1 MB keeps each request short and the progress fine
SCOPE = "media.write"
_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp",
          ".gif": "image/gif", ".mp4": "video/mp4", ".mov": "video/quicktime", ".webm": "video/webm"}  # fmt: skip
_LIMITS = {"tweet_image": 5 * 1024 * 1024, "tweet_gif": 15 * 1024 * 1024, "tweet_video": 512 * 1024 * 1024}


class State(StrEnum):
    """processing_info.state, as X sends it (a video is processed after the last chunk)."""

    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


@dataclass(frozen=True)
class Plan:
    media_type: str
    category: str
    size: int

    @property
    def chunks(self) -> int:
        return max(1, math.ceil(self.size / CHUNK_BYTES))

    def initialize(self) -> str:
        return json.dumps({"media_type": self.media_type, "total_bytes": self.size, "media_category": self.category})

    @staticmethod
    def append(index: int, chunk: bytes) -> str:
        return json.dumps({"media": base64.b64encode(chunk).decode("ascii"), "segment_index": index})


def plan(name: str, size: int) -> Plan | str:
    """The upload for a file, or why it cannot be uploaded (a plain sentence)."""
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    media_type = _TYPES.get(suffix)
    if media_type is None:
        return translate("Media", "X takes images (JPEG, PNG, WebP, GIF) and videos (MP4, MOV, WebM); pick one.")
    category = "tweet_gif" if suffix == ".gif" else "tweet_video" if media_type.startswith("video/") else "tweet_image"
    if size <= 0:
        return translate("Media", "The file is empty: pick another one.")
    if size > _LIMITS[category]:
        return translate("Media", "The file is larger than X takes for this kind of media ({limit} MB).").format(
            limit=_LIMITS[category] // (1024 * 1024)
        )
    return Plan(media_type, category, size)


@dataclass(frozen=True)
class Progress:
    media_id: str = ""
    state: State | None = None  # None: no processing (an image is ready when finalized)
    check_after_s: int = 0
    percent: int = 0
    error: str = ""


def read_answer(body: bytes) -> Progress:
    """The media id and processing state from an initialize, finalize or status answer."""
    try:
        value: Any = json.loads(body)
    except (ValueError, RecursionError):
        return Progress()
    data = value.get("data") if isinstance(value, dict) else None
    if not isinstance(data, dict):
        return Progress()
    found = data.get("id")
    media_id = found if isinstance(found, str) else ""
    info = data.get("processing_info")
    if not isinstance(info, dict):
        return Progress(media_id)
    try:
        state = State(str(info.get("state")))
    except ValueError:
        state = None
    error = info.get("error")
    said = error.get("message") if isinstance(error, dict) else ""
    wait, percent = info.get("check_after_secs"), info.get("progress_percent")
    return Progress(media_id, state, wait if isinstance(wait, int) and wait > 0 else 1,
                    percent if isinstance(percent, int) else 0, said if isinstance(said, str) else "")  # fmt: skip


def with_media(body: str, media_id: str) -> str:
    """A post body carrying the uploaded media (the text, if any, kept)."""
    try:
        value = json.loads(body) if body.strip() else {}
    except ValueError:
        value = {}
    if not isinstance(value, dict):
        value = {}
    value.setdefault("text", "")
    value["media"] = {"media_ids": [media_id]}
    return json.dumps(value, indent=2)
