"""Example answers for the sandbox, one per X API operation, made from the response schemas of X's OpenAPI
description (specs/x-api/openapi.json): `make catalogue` writes resources/x-api/sandbox-answers.json next to
the catalogue. Deterministic (the same spec gives the same file), and every answer is valid against its
schema: tests/app/test_explorer_walk.py checks each one the console receives with `jsonschema`.

The data are plain placeholders chosen to satisfy the schema (enum values, formats, patterns, bounds);
paginated answers carry `meta.next_token` so a console can ask for the next page.
"""

from __future__ import annotations

import re
from typing import Any

DEPTH = 6  # nested objects deeper than this keep their required fields only
OPTIONAL_DEPTH = 3  # optional properties are filled down to this depth (the answer stays small)
NEXT_TOKEN = "7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i"
PAGE_PARAMS = ("pagination_token", "next_token")
_STRINGS = ("1234567890", "12345", "1234567890-1234567890", "1234567890_1234567890", "123456789012", "US",
            "sandbox", "a", "https://example.com/sandbox")  # fmt: skip
_WORDS = {"text": "Hello from the sandbox", "username": "sandbox_user", "name": "Sandbox",
          "description": "An answer made from X's description of this call"}  # fmt: skip
_FORMATS = {"date-time": "2026-12-01T12:00:00.000Z", "uri": "https://example.com/sandbox", "date": "2026-12-01",
            "byte": "c2FuZGJveA==", "binary": "sandbox"}  # fmt: skip


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        section = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            section = section[part]
        node = section
    return node


def _string(schema: dict[str, Any], name: str) -> str:
    pattern = schema.get("pattern")
    if not pattern and not schema.get("format") and (name == "id" or name.endswith("_id")):
        pattern = "^[0-9]{1,19}$"  # an id without a pattern still looks like one
    if not pattern and name in _WORDS:
        return _WORDS[name]
    if schema.get("format") in _FORMATS and not pattern:
        return _FORMATS[schema["format"]]
    if pattern:
        found = next((s for s in _STRINGS if re.search(pattern, s)), None)
        if found is None:
            raise ValueError(f"no placeholder matches the pattern {pattern!r}: add one to _STRINGS")
        return found
    text = "sandbox"
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    text = text.ljust(low, "x")
    return text[:high] if high is not None else text


def _number(schema: dict[str, Any]) -> int | float:
    value = schema.get("minimum", 1)
    if "exclusiveMinimum" in schema or schema.get("exclusiveMinimum") is True:
        value += 1
    value = min(value, schema.get("maximum", value))
    return int(value) if schema.get("type") == "integer" else float(value)


def example(spec: dict[str, Any], schema: Any, depth: int = 0, name: str = "") -> Any:
    """A value valid against `schema`: its first enum value, an object of its properties, one array item."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return None
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(spec, part, depth, name)
            if isinstance(value, dict):
                merged |= value
        return merged
    for choice in ("oneOf", "anyOf"):
        if schema.get(choice):
            return example(spec, schema[choice][0], depth, name)
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if kind == "object":
        return _object(spec, schema, depth)
    if kind == "array":
        items, count = schema.get("items", {}), max(1, schema.get("minItems", 1))
        return [example(spec, items, depth + 1, name.removesuffix("s")) for _ in range(count)]
    if kind in ("integer", "number"):
        return _number(schema)
    if kind == "boolean":
        return True
    return _string(schema, name)


def _object(spec: dict[str, Any], schema: dict[str, Any], depth: int) -> dict[str, Any]:
    props: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    wanted = [n for n in props if n in required or (depth < OPTIONAL_DEPTH and n != "errors")]
    if depth >= DEPTH:
        wanted = [n for n in props if n in required]
    return {name: example(spec, props[name], depth + 1, name) for name in wanted}


def _success(spec: dict[str, Any], op: dict[str, Any]) -> tuple[str, Any] | None:
    for status in ("200", "201", "202", "204"):
        answer = resolve(spec, op.get("responses", {}).get(status))
        if answer is not None:
            return status, answer.get("content", {}).get("application/json", {}).get("schema")
    return None


def answer(spec: dict[str, Any], op: dict[str, Any], params: list[dict[str, Any]]) -> dict[str, Any] | None:
    """{"status": 200, "body": {...}} for one operation (None when it has no JSON success answer)."""
    found = _success(spec, op)
    if found is None or found[1] is None:
        return None
    status, schema = found
    body = example(spec, schema)
    meta = body.get("meta") if isinstance(body, dict) else None
    if isinstance(meta, dict):
        meta.pop("next_token", None)
        meta_schema = resolve(spec, resolve(spec, schema).get("properties", {}).get("meta", {}))
        pages = any(p["name"] in PAGE_PARAMS and p["in"] == "query" for p in params)
        if pages and "next_token" in meta_schema.get("properties", {}):
            meta["next_token"] = NEXT_TOKEN
    return {"status": int(status), "body": body}
