"""Every X API operation the sandbox has no real semantics for, answered from X's own description: the
token kinds and scopes each accepts come from the console's catalogue (resources/x-api/catalogue.json), its
answer from resources/x-api/sandbox-answers.json (made by `make catalogue` from the response schemas).
Paginated calls carry `meta.next_token` on the first page only."""

from __future__ import annotations

import copy
import json
import re
import threading
from dataclasses import dataclass
from typing import Any

from xauth_gui.resources import resources_dir

from .avatar import AVATAR
from .replies import Reply

PAGE_PARAMS = ("pagination_token", "next_token")


@dataclass(frozen=True)
class Operation:
    id: str
    method: str
    pattern: re.Pattern[str]
    user_scopes: tuple[str, ...] | None  # None: a user token is not accepted
    app_ok: bool
    answer: dict[str, Any] | None  # {"status": …, "body": …}; None: a file (octet-stream)
    stream: bool


def _pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    return re.compile("".join("([^/]+)" if p.startswith("{") else re.escape(p) for p in parts))


class Catalogue:
    """Read on first use (a sandbox that never sees an uncatalogued call never reads it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._operations: list[Operation] | None = None

    @property
    def operations(self) -> list[Operation]:
        with self._lock:
            if self._operations is None:
                self._operations = _read()
            return self._operations

    def find(self, method: str, path: str) -> Operation | None:
        found = [op for op in self.operations if op.method == method and op.pattern.fullmatch(path)]
        # The most literal path wins (/2/users/me over /2/users/{id}), as in the console's matching.
        return max(found, key=lambda op: len(re.sub(r"\(\[\^/\]\+\)", "", op.pattern.pattern)), default=None)


def _read() -> list[Operation]:
    folder = resources_dir() / "x-api"
    calls = json.loads((folder / "catalogue.json").read_text(encoding="utf-8"))["operations"]
    answers = json.loads((folder / "sandbox-answers.json").read_text(encoding="utf-8"))
    return [
        Operation(op["id"], op["method"], _pattern(op["path"]),
                  tuple(op["tokens"]["user"]) if "user" in op["tokens"] else None, bool(op["tokens"].get("app")),
                  answers.get(op["id"]), bool(op.get("stream")))
        for op in calls
    ]  # fmt: skip


STREAM_LINES = 3


def stream(op: Operation) -> Reply:
    """A few posts, one JSON object per line as X's streams send them; routes.py then sends keep-alives."""
    lines = tuple(
        json.dumps({"data": {"id": str(1_850_000_000_000_000_000 + n), "text": f"Sandbox stream ({op.id}): post {n}",
                             "edit_history_tweet_ids": [str(1_850_000_000_000_000_000 + n)]}}).encode() + b"\r\n"
        for n in range(1, STREAM_LINES + 1)
    )  # fmt: skip
    return Reply(200, stream=lines)


def answer(op: Operation, query: dict[str, list[str]]) -> Reply:
    """The operation's answer; a page asked for by its token is the last one (no next_token)."""
    if op.answer is None:
        return Reply(200, raw=AVATAR, content_type="application/octet-stream")
    body = copy.deepcopy(op.answer["body"])
    meta = body.get("meta") if isinstance(body, dict) else None
    if isinstance(meta, dict) and any(query.get(p) for p in PAGE_PARAMS):
        meta.pop("next_token", None)
    return Reply(int(op.answer["status"]), body)
