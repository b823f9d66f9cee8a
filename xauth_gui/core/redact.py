"""Scrubbing secrets out of text before it reaches a log, the request log panel or an error report.

Known secret values are replaced wherever they appear; on top of that, anything shaped like a secret
is masked (checklist B9): Authorization values, secret form/JSON/YAML fields, NAME=value lines whose
name says TOKEN, SECRET, KEY or PASSWORD, and user:password@ in URLs.
"""

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
# Names distinctive enough to be masked in `name: value` form too (not "code" or "state" in prose).
_LONG_FIELDS = "access_token|refresh_token|id_token|client_secret|code_verifier|password"
_FIELDS = "|".join(SECRET_FIELDS)
_VALUE = r"""('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|[^\s&"',;}#]+)"""
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # scheme://user:password@host
    (re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/\s?#@]+@"), rf"\1{MASK}@"),
    # Authorization: Bearer xyz / Basic xyz (any characters up to a blank or a quote)
    (re.compile(r"(?i)\b(bearer|basic)\s+[^\s\"'\\]+"), rf"\1 {MASK}"),
    # "access_token": "xyz"  or  'access_token': 'xyz' (JSON and dict reprs)
    (re.compile(rf"""(?i)(["'](?:{_FIELDS})["']\s*:\s*)(["'])(?:\\.|(?!\2).)*\2"""), rf"\1\2{MASK}\2"),
    # access_token: xyz (YAML, headers, prose)
    (re.compile(rf"""(?i)(?<![\w.\-])((?:{_LONG_FIELDS})["']?\s*:\s*){_VALUE}"""), rf"\1{MASK}"),
    # access_token=xyz in forms and query strings
    (re.compile(rf"(?i)(?<![\w.\-])((?:{_FIELDS})=)[^&\s\"'#]*"), rf"\1{MASK}"),
    # X_ACCESS_TOKEN=xyz, API_KEY='xyz', client-secret = xyz (.env files, shell lines)
    # (token_type_hint=access_token and token_type=bearer name a kind of token, not a token)
    (
        re.compile(
            rf"(?i)(?<![\w.\-])(?!token_type(?:_hint)?\s*=)([\w.\-]*(?:token|secret|key|passw(?:or)?d)[\w.\-]*\s*=\s*){_VALUE}"
        ),
        rf"\1{MASK}",
    ),
)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every known secret value and every secret-looking field replaced by MASK."""
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


_PUBLIC_QUERY = frozenset(
    {"user.fields", "response_type", "scope", "code_challenge_method", "redirect_uri", "client_id"}
)


def strip_query(url: str) -> str:
    """A URL with user:password@ and secret-bearing query values masked (harmless ones kept), no fragment."""
    base, _, query = url.split("#", 1)[0].partition("?")
    base = _PATTERNS[0][0].sub(_PATTERNS[0][1], base)
    if not query:
        return base
    kept = []
    for part in query.split("&"):
        name, eq, _value = part.partition("=")
        kept.append(part if name in _PUBLIC_QUERY else (f"{name}={MASK}" if eq else name))
    return base + "?" + "&".join(kept)
