"""Every X API operation the sandbox has no real semantics for, answered from X's own description: the
token kinds and scopes each accepts come from the console's catalogue (resources/x-api/catalogue.json,
read and matched by core/api_catalogue.py, as the console does), its answer from
resources/x-api/sandbox-answers.json (made by `make catalogue` from the response schemas). Paginated calls
carry `meta.next_token` on the first page only."""

from __future__ import annotations

import copy
import json
import threading
from typing import Any

from xauth_gui.core.api_catalogue import PAGE_PARAMS, ApiCall, load, match
from xauth_gui.resources import resources_dir

from .avatar import AVATAR
from .replies import Reply

STREAM_LINES = 3


class Catalogue:
    """Read on first use (a sandbox that never sees an uncatalogued call never reads it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._read: tuple[tuple[ApiCall, ...], dict[str, Any]] | None = None

    def _loaded(self) -> tuple[tuple[ApiCall, ...], dict[str, Any]]:
        with self._lock:
            if self._read is None:
                folder = resources_dir() / "x-api"
                answers = json.loads((folder / "sandbox-answers.json").read_text(encoding="utf-8"))
                self._read = load((folder / "catalogue.json").read_text(encoding="utf-8")), answers
            return self._read

    def find(self, method: str, path: str) -> ApiCall | None:
        """The operation a request is (the most literal path wins, as in the console's matching)."""
        return match(self._loaded()[0], method, path)

    def reply(self, call: ApiCall, query: dict[str, list[str]]) -> Reply:
        return stream(call) if call.stream else answer(self._loaded()[1].get(call.id), query)


def stream(call: ApiCall) -> Reply:
    """A few posts, one JSON object per line as X's streams send them; routes.py then sends keep-alives."""
    lines = tuple(
        json.dumps({"data": {"id": str(1_850_000_000_000_000_000 + n), "text": f"Sandbox stream ({call.id}): post {n}",
                             "edit_history_tweet_ids": [str(1_850_000_000_000_000_000 + n)]}}).encode() + b"\r\n"
        for n in range(1, STREAM_LINES + 1)
    )  # fmt: skip
    return Reply(200, stream=lines)


def answer(found: dict[str, Any] | None, query: dict[str, list[str]]) -> Reply:
    """The operation's answer (None: a file); a page asked for by its token is the last one (no next_token)."""
    if found is None:
        return Reply(200, raw=AVATAR, content_type="application/octet-stream")
    body = copy.deepcopy(found["body"])
    meta = body.get("meta") if isinstance(body, dict) else None
    if isinstance(meta, dict) and any(query.get(p) for p in PAGE_PARAMS):
        meta.pop("next_token", None)
    return Reply(int(found["status"]), body)
