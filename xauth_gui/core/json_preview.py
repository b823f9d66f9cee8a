"""An API answer as text to show: indented JSON when it can be, its start when it is big, never an exception.

A small answer is parsed and indented. A big one (megabytes) is not parsed at all: `json.loads` holds
the GIL for the whole document, which would freeze the window's thread too, so its first part is
re-indented by a small scanner that never recurses (a 100,000-deep answer is just text to it) and
stops at the display limit. Answers that are not JSON, or too deep to parse, are shown as they came,
with a note that says why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from xauth_gui.core.text import translate

PARSE_LIMIT = 1024 * 1024  # bytes: below this the answer is parsed and checked; above, scanned in part
MAX_INDENT = 32  # levels: deeper structure is shown flush at this depth


@dataclass(frozen=True)
class Preview:
    text: str
    cut: bool  # the text stops before the end of the answer
    note: str = ""  # why the answer is shown as it is ("" for a plain indented JSON answer)


def preview(body: bytes, limit: int) -> Preview:
    if len(body) <= PARSE_LIMIT:
        return _parsed(body, limit)
    text = body[: limit * 2].decode("utf-8", "replace")
    if text.lstrip()[:1] not in ("{", "["):
        return _raw(body, limit, translate("JsonPreview", "The answer is not JSON; shown as text."))
    indented, _ = reindent(text, limit)
    size = translate("JsonPreview", "The answer is {mb:.1f} MB: its start is shown, not checked as JSON.")
    return Preview(indented, True, size.format(mb=len(body) / 1e6))


def _parsed(body: bytes, limit: int) -> Preview:
    if not body.strip():
        return Preview("", False)
    try:
        text = json.dumps(json.loads(body), indent=2, ensure_ascii=False)
    except RecursionError:
        shown, cut = reindent(body.decode("utf-8", "replace"), limit)
        return Preview(shown, cut, translate("JsonPreview", "The answer is nested too deeply to check; shown as text."))
    except (ValueError, UnicodeDecodeError):
        return _raw(body, limit, translate("JsonPreview", "The answer is not valid JSON; shown as text."))
    return Preview(text[:limit], len(text) > limit)


def _raw(body: bytes, limit: int, note: str) -> Preview:
    text = body[: limit * 4].decode("utf-8", "replace")
    return Preview(text[:limit], len(text) > limit or len(body) > limit * 4, note)


def reindent(text: str, limit: int) -> tuple[str, bool]:
    """JSON text indented by two spaces per level, without parsing it; stops at `limit` characters."""
    out: list[str] = []
    size = depth = 0
    in_string = escaped = False
    for ch in text:
        if size >= limit:
            return "".join(out)[:limit], True
        if in_string:
            piece = ch
            in_string = escaped or ch != '"'
            escaped = not escaped and ch == "\\"
        elif ch == '"':
            piece, in_string = ch, True
        elif ch in "{[":
            depth += 1
            piece = ch + "\n" + "  " * min(depth, MAX_INDENT)
        elif ch in "}]":
            depth = max(0, depth - 1)
            piece = "\n" + "  " * min(depth, MAX_INDENT) + ch
        elif ch == ",":
            piece = ",\n" + "  " * min(depth, MAX_INDENT)
        elif ch == ":":
            piece = ": "
        elif ch in " \t\r\n":
            continue
        else:
            piece = ch
        out.append(piece)
        size += len(piece)
    joined = "".join(out)
    return joined[:limit], len(joined) > limit


_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"%PDF", "PDF"),
    (b"\x1f\x8b", "gzip"),
    (b"PK\x03\x04", "ZIP"),
)


def body_text(body: bytes, content_type: str = "", size: int | None = None) -> str:
    """A body (or its start, of a body `size` bytes long) as the request log shows it: text as it is; an
    image or other binary data as a short note ("(PNG image, 243 bytes)"), never its bytes, NULs and all."""
    size = len(body) if size is None else size
    kind = next((name for magic, name in _MAGIC if body.startswith(magic)), "")
    if not kind and body[8:12] == b"WEBP" and body.startswith(b"RIFF"):
        kind = "WebP"
    main_type = content_type.split("/", 1)[0].strip().lower()
    if kind or main_type in ("image", "audio", "video"):
        name = kind or content_type.split(";", 1)[0].strip()
        if main_type == "image" or kind in ("PNG", "JPEG", "GIF", "WebP"):
            return translate("JsonPreview", "({kind} image, {size} bytes)").format(kind=name, size=size)
        return translate("JsonPreview", "({kind} data, {size} bytes)").format(kind=name, size=size)
    text = body.decode("utf-8", "ignore") if size > len(body) else body.decode("utf-8", "replace")
    if b"\x00" in body or text.count("\ufffd") > len(text) // 10:  # (a cut may split one character)
        return translate("JsonPreview", "(binary data, {size} bytes)").format(size=size)
    return text


def json_problem(body: str) -> str:
    """Why a JSON body would be refused, asked before sending ("" when it parses, or there is none)."""
    if not body.strip() or len(body) > 1_000_000:
        return ""
    try:
        json.loads(body)
    except RecursionError:
        return translate("ConsolePanel", "The JSON body is nested too deeply to check.")
    except ValueError as exc:
        where = getattr(exc, "lineno", 0), getattr(exc, "colno", 0)
        return translate("ConsolePanel", "The JSON body is not valid JSON (line {line}, column {column}).").format(
            line=where[0], column=where[1]
        )
    return ""
