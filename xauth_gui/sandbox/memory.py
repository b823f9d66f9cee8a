"""The sandbox remembers the tokens it issued across restarts of the app (issue 22, item 3): a small file
in the private settings folder (0600), so saved sandbox tokens that look alive are alive. Codes and
pending logins are not kept: they live 30 seconds anyway."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import asdict, fields
from pathlib import Path

from .protocol import OAuthState, _Token

log = logging.getLogger(__name__)
MAX_TOKENS = 2000  # the newest are kept: a sandbox used for months stays a small file


def remember(oauth: OAuthState, path: Path) -> None:
    """Load what `path` holds into `oauth`, then save there whenever a token is issued or revoked."""
    _load(oauth, path)
    oauth.on_change = lambda: _save(oauth, path)


def _load(oauth: OAuthState, path: Path) -> None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        names = {f.name for f in fields(_Token)}
        tokens = {str(k): _Token(**{n: v for n, v in t.items() if n in names}) for k, t in data["tokens"].items()}
        for token in tokens.values():
            token.scopes = tuple(token.scopes)
        serial = int(data["serial"])
    except FileNotFoundError:
        return
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        log.info("the sandbox's saved tokens were unreadable; it starts afresh")
        return
    with oauth._lock:
        oauth._tokens.update(tokens)
        oauth._serial = max(oauth._serial, serial)


def _save(oauth: OAuthState, path: Path) -> None:
    with oauth._lock:
        kept = list(oauth._tokens.items())[-MAX_TOKENS:]
        data = {"serial": oauth._serial, "tokens": {k: asdict(t) for k, t in kept}}
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".sandbox-")  # 0600 from creation
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)
        log.info("the sandbox's tokens could not be saved")
