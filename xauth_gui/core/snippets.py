"""The console's call as a snippet to paste: curl (core/api.py), Python with requests, JavaScript with fetch.
Each reads the token from $X_ACCESS_TOKEN unless the user asks for it in full, and each is inert when
pasted: every value is a string literal made by the language's own quoting (Python's repr, JSON for
JavaScript), so a URL, header or body can never become code."""

from __future__ import annotations

import json
from enum import StrEnum

from .api import curl

TOKEN_VARIABLE = "X_ACCESS_TOKEN"


class Snippet(StrEnum):
    CURL = "curl"
    PYTHON = "python"
    JAVASCRIPT = "javascript"


def _headers(headers: dict[str, str], body: str) -> dict[str, str]:
    return {**headers, **({"Content-Type": "application/json"} if body else {})}


def python(method: str, url: str, headers: dict[str, str], body: str, token: str, reveal: bool = False) -> str:
    token_expr = repr(token) if reveal else f"os.environ[{TOKEN_VARIABLE!r}]"
    sent = _headers(headers, body)
    lines = ["import os", "", "import requests", "", f"token = {token_expr}",
             f"headers = {{'Authorization': 'Bearer ' + token, **{sent!r}}}"]  # fmt: skip
    data = f", data={body.encode('utf-8')!r}" if body else ""
    lines += [
        f"response = requests.request({method!r}, {url!r}, headers=headers{data}, timeout=30)",
        "print(response.status_code)",
        "print(response.text)",
    ]
    return "\n".join(lines) + "\n"


def javascript(method: str, url: str, headers: dict[str, str], body: str, token: str, reveal: bool = False) -> str:
    """For Node 18+ and browsers' consoles (top-level await needs a module or a console: wrapped in a function)."""

    def js(value: object) -> str:
        return json.dumps(value, ensure_ascii=True)  # plain ASCII: no line or paragraph separators

    token_expr = js(token) if reveal else f"process.env.{TOKEN_VARIABLE}"
    sent = js(_headers(headers, body))
    options = f"method: {js(method)}, headers: {{ Authorization: `Bearer ${{token}}`, ...{sent} }}"
    if body:
        options += f", body: {js(body)}"
    return "\n".join([
        "(async () => {",
        f"  const token = {token_expr};",
        f"  const response = await fetch({js(url)}, {{ {options} }});",
        "  console.log(response.status);",
        "  console.log(await response.text());",
        "})();",
    ]) + "\n"  # fmt: skip


def snippet(kind: Snippet, method: str, url: str, headers: dict[str, str], body: str, token: str,
            reveal: bool = False) -> str:  # fmt: skip
    make = {Snippet.CURL: curl, Snippet.PYTHON: python, Snippet.JAVASCRIPT: javascript}[kind]
    return make(method, url, headers, body, token, reveal)
