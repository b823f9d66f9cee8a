"""Token export formats for developers: header, curl, .env lines, JSON."""

from __future__ import annotations

import json
import shlex

from .endpoints import Endpoints
from .tokens import TokenSet


def bearer_header(tokens: TokenSet) -> str:
    return f"Authorization: Bearer {tokens.access_token}"


def curl_me(tokens: TokenSet, endpoints: Endpoints) -> str:
    return f"curl -sS {shlex.quote(endpoints.me_url)} -H {shlex.quote(bearer_header(tokens))}"


def dotenv(tokens: TokenSet, client_id: str) -> str:
    lines = [f"X_CLIENT_ID={client_id}", f"X_ACCESS_TOKEN={tokens.access_token}"]
    if tokens.refresh_token:
        lines.append(f"X_REFRESH_TOKEN={tokens.refresh_token}")
    if tokens.expires_at is not None:
        lines.append(f"X_TOKEN_EXPIRES_AT={int(tokens.expires_at)}")
    lines.append(f'X_TOKEN_SCOPES="{" ".join(tokens.scopes)}"')
    return "\n".join(lines) + "\n"


def as_json(tokens: TokenSet) -> str:
    data: dict[str, object] = {
        "token_type": tokens.token_type,
        "access_token": tokens.access_token,
        "scope": " ".join(tokens.scopes),
        "expires_at": None if tokens.expires_at is None else int(tokens.expires_at),
    }
    if tokens.refresh_token:
        data["refresh_token"] = tokens.refresh_token
    return json.dumps(data, indent=2)


FORMATS = {
    "header": ("Copy as Authorization header", "header"),
    "curl": ("Copy as curl command (who am I)", "curl"),
    "env": ("Copy as .env lines", "env"),
    "json": ("Copy as JSON", "json"),
}


def export(kind: str, tokens: TokenSet, endpoints: Endpoints, client_id: str) -> str:
    if kind == "header":
        return bearer_header(tokens)
    if kind == "curl":
        return curl_me(tokens, endpoints)
    if kind == "env":
        return dotenv(tokens, client_id)
    if kind == "json":
        return as_json(tokens)
    raise ValueError(kind)
