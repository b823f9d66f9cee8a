"""Scrubbing secrets out of text before it reaches a log, the request log panel or an error report."""

from __future__ import annotations

import re
from collections.abc import Iterable

MASK = "[redacted]"
SECRET_FIELDS = (
    "access_token",
    "refresh_token",
    "id_token",
    "client_secret",
    "code",
    "code_verifier",
    "code_challenge",
    "state",
    "token",
    "password",
)
_FIELDS = "|".join(SECRET_FIELDS)
_PATTERNS = (
    # Authorization: Bearer xyz / Basic xyz (header lines and dict reprs)
    re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9\-._~+/=%]+"),
    # "access_token": "xyz"  or  'access_token': 'xyz'
    re.compile(rf"""(?i)(["'](?:{_FIELDS})["']\s*:\s*)(["'])(?:\\.|(?!\2).)*\2"""),
    # access_token=xyz in forms and query strings
    re.compile(rf"(?i)(?<![A-Za-z0-9_.])((?:{_FIELDS})=)[^&\s\"'#]*"),
)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every known secret value and every secret-looking field replaced by MASK."""
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    text = _PATTERNS[0].sub(lambda m: f"{m.group(1)} {MASK}", text)
    text = _PATTERNS[1].sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}{m.group(2)}", text)
    text = _PATTERNS[2].sub(lambda m: f"{m.group(1)}{MASK}", text)
    return text


_PUBLIC_QUERY = frozenset(
    {"user.fields", "response_type", "scope", "code_challenge_method", "redirect_uri", "client_id"}
)


def strip_query(url: str) -> str:
    """A URL with secret-bearing query values masked (harmless ones kept) and the fragment dropped."""
    base, _, query = url.split("#", 1)[0].partition("?")
    if not query:
        return base
    kept = []
    for part in query.split("&"):
        name, eq, _value = part.partition("=")
        kept.append(part if name in _PUBLIC_QUERY else (f"{name}={MASK}" if eq else name))
    return base + "?" + "&".join(kept)
