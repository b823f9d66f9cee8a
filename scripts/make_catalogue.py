"""The console's catalogue of X API calls, generated from X's own OpenAPI description (vendored with its MIT
licence in specs/x-api/). `make catalogue` writes resources/x-api/catalogue.json and the sandbox's answers
(resources/x-api/sandbox-answers.json, scripts/sandbox_answers.py); a test checks that the committed files
are exactly what this makes from the vendored spec. To update X's description:

    cp NEW/openapi.json specs/x-api/openapi.json && make catalogue

Each operation keeps what the console needs: method, path, summary, tag, parameters (where, required,
type, a short description, an example or the allowed values), a body template built from the request
schema, the token kinds it accepts with the scopes each needs, whether it streams, and its docs link.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sandbox_answers
from sandbox_answers import resolve

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "x-api" / "openapi.json"
OUT = ROOT / "resources" / "x-api" / "catalogue.json"
ANSWERS = OUT.parent / "sandbox-answers.json"
METHODS = ("get", "post", "put", "patch", "delete")
TEXT_LIMIT = 240


def _short(text: object) -> str:
    words = " ".join(str(text or "").split())
    return words if len(words) <= TEXT_LIMIT else words[: TEXT_LIMIT - 1] + "…"


def _parameter(spec: dict[str, Any], raw: dict[str, Any]) -> dict[str, Any]:
    p = resolve(spec, raw)
    schema = resolve(spec, p.get("schema", {}))
    kind = schema.get("type", "string")
    items = resolve(spec, schema.get("items", {}))
    found: dict[str, Any] = {"name": p["name"], "in": p["in"], "required": bool(p.get("required")), "type": kind,
                             "description": _short(p.get("description") or schema.get("description"))}  # fmt: skip
    example = p.get("example", schema.get("example"))
    if example is not None:
        found["example"] = example
    if items.get("enum"):
        found["values"] = items["enum"]
    elif schema.get("enum"):
        found["values"] = schema["enum"]
    for bound in ("minimum", "maximum"):
        if bound in schema:
            found[bound] = schema[bound]
    return found


def _template(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A body to start from: the schema's example, else its required properties with empty values."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 5:
        return None
    if "example" in schema:
        return schema["example"]
    props = schema.get("properties", {})
    required = list(schema.get("required", []))
    for choice in ("oneOf", "anyOf", "allOf"):
        if schema.get(choice) and not props:
            return _template(spec, schema[choice][0], depth + 1)
        if schema.get(choice):  # "at least one of these": the first alternative's required fields
            required += [n for n in resolve(spec, schema[choice][0]).get("required", []) if n not in required]
    kind = schema.get("type", "object" if props else "string")
    if kind == "object":
        return {name: _template(spec, props[name], depth + 1) for name in required if name in props}
    return {"array": [], "integer": 0, "number": 0, "boolean": False}.get(kind, "")


def _tokens(op: dict[str, Any]) -> dict[str, Any]:
    """The token kinds the call accepts: the user token with the scopes it needs, app-only, OAuth 1.0a."""
    kinds: dict[str, Any] = {}
    for alternative in op.get("security", []):
        for name, scopes in alternative.items():
            if name == "OAuth2UserToken":
                kinds["user"] = sorted(scopes)
            elif name == "BearerToken":
                kinds["app"] = True
            elif name == "UserToken":
                kinds["oauth1"] = True
    return kinds


def _returns(spec: dict[str, Any], op: dict[str, Any]) -> str:
    """The schema name of what the answer's `data` holds (Tweet, User, …): what a call bills for."""
    for status in ("200", "201"):
        schema = resolve(spec, op.get("responses", {}).get(status, {})).get("content", {})
        schema = resolve(spec, schema.get("application/json", {}).get("schema", {}))
        data = schema.get("properties", {}).get("data", {}) if isinstance(schema, dict) else {}
        data = data.get("items", data) if data.get("type") == "array" else data
        ref = data.get("$ref", "")
        if ref:
            return str(ref.rsplit("/", 1)[-1])
    return ""


def catalogue(spec: dict[str, Any]) -> dict[str, Any]:
    operations = []
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            entry: dict[str, Any] = {
                "id": op["operationId"], "method": method.upper(), "path": path, "summary": _short(op.get("summary")),
                "tag": (op.get("tags") or ["Other"])[0],
                "params": [_parameter(spec, p) for p in [*shared, *op.get("parameters", [])]],
                "tokens": _tokens(op),
            }  # fmt: skip
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body is not None:
                entry["body"] = _template(spec, body)
            returns = _returns(spec, op)
            if returns:
                entry["returns"] = returns
            if op.get("x-twitter-streaming"):
                entry["stream"] = True
            if op.get("externalDocs", {}).get("url"):
                entry["docs"] = op["externalDocs"]["url"]
            operations.append(entry)
    operations.sort(key=lambda e: (e["tag"], e["path"], e["method"]))
    return {"source": f"X API v2 {spec['info']['version']} (OpenAPI, MIT: LICENSE.xdk)", "operations": operations}


def render(spec_path: Path = SPEC) -> str:
    made = catalogue(json.loads(spec_path.read_text(encoding="utf-8")))
    return json.dumps(made, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def render_answers(spec_path: Path = SPEC) -> str:
    """The sandbox's answer to each non-streaming operation (scripts/sandbox_answers.py)."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    answers = {}
    for item in spec["paths"].values():
        for method in METHODS:
            op = item.get(method)
            if op is None or op.get("x-twitter-streaming"):
                continue
            params = [_parameter(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
            found = sandbox_answers.answer(spec, op, params)
            if found is not None:
                answers[op["operationId"]] = found
    return json.dumps(answers, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(), encoding="utf-8")
    ANSWERS.write_text(render_answers(), encoding="utf-8")
    (OUT.parent / "LICENSE.xdk").write_bytes((SPEC.parent / "LICENSE.xdk").read_bytes())
    print(f"catalogue: {len(json.loads(OUT.read_text())['operations'])} operations -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
