"""Token export formats for developers: header, curl, .env lines, JSON.

Every format is inert (checklist B5): pasting the curl line into bash, zsh or sh, or sourcing the
.env file with `set -a; . ./file`, runs nothing and sets only the variables named here, whatever
characters a server put in a scope or a user in a client id. Tokens themselves are RFC 6750
b64tokens (checked when they arrive); a token that is not one is never exported.
"""

from __future__ import annotations

import json
from enum import StrEnum

from xauth_gui.core.text import QT_TRANSLATE_NOOP

from . import errors
from .endpoints import Endpoints
from .tokens import TokenSet, is_b64token


class ExportFormat(StrEnum):
    HEADER = "header"
    CURL = "curl"
    ENV = "env"
    JSON = "json"


# (tooltip / accessible name, button text, what the "Copied: …" message names), in English: translate()
# them in the "Exports" context where they are shown.
FORMATS: dict[ExportFormat, tuple[str, str, str]] = {
    ExportFormat.HEADER: (
        QT_TRANSLATE_NOOP("Exports", "Copy as Authorization header"),
        QT_TRANSLATE_NOOP("Exports", "Header"),
        QT_TRANSLATE_NOOP("Exports", "Authorization header"),
    ),
    ExportFormat.CURL: (
        QT_TRANSLATE_NOOP("Exports", "Copy as curl command (who am I)"),
        "curl",
        QT_TRANSLATE_NOOP("Exports", "curl command (who am I)"),
    ),
    ExportFormat.ENV: (
        QT_TRANSLATE_NOOP("Exports", "Copy as .env lines"),
        ".env",
        QT_TRANSLATE_NOOP("Exports", ".env lines"),
    ),
    ExportFormat.JSON: (QT_TRANSLATE_NOOP("Exports", "Copy as JSON"), "JSON", "JSON"),
}


class UnsafeTokenError(errors.XAuthError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This token contains characters a bearer token can't have, so it was not copied."
    )
    hint = QT_TRANSLATE_NOOP("Errors", "Sign in again to get a new token.")


def _checked(tokens: TokenSet) -> TokenSet:
    for token in tokens.secrets:
        if not is_b64token(token):
            raise UnsafeTokenError()
    return tokens


# Closed quotes, the escaped character, quotes reopened. `$` too: python-dotenv expands ${VAR} even in
# single quotes.
_OUTSIDE_QUOTES = {"'": "'\\''", "\\": "'\\\\'", "$": "'\\$'"}


def sh_single_quoted(value: str) -> str:
    """'value' for POSIX shells: nothing inside single quotes expands.

    A quote, backslash or dollar is written outside the quotes, escaped: exact for sh, bash and zsh.
    (python-dotenv would read a backslash inside single quotes as an escape and expand ${VAR}; with them
    outside, it skips just that one line with a warning instead of misreading it or the next ones.)
    """
    return "'" + "".join(_OUTSIDE_QUOTES.get(ch, ch) for ch in value) + "'"


def bearer_header(tokens: TokenSet) -> str:
    return f"Authorization: Bearer {_checked(tokens).access_token}"


def curl_me(tokens: TokenSet, endpoints: Endpoints) -> str:
    import shlex

    return f"curl -sS {shlex.quote(endpoints.me_url)} -H {shlex.quote(bearer_header(tokens))}"


def dotenv(tokens: TokenSet, client_id: str) -> str:
    """KEY='value' lines: single-quoted, so neither a shell nor python-dotenv expands anything."""
    _checked(tokens)
    values = [("X_CLIENT_ID", client_id), ("X_ACCESS_TOKEN", tokens.access_token)]
    if tokens.refresh_token:
        values.append(("X_REFRESH_TOKEN", tokens.refresh_token))
    if tokens.expires_at is not None:
        values.append(("X_TOKEN_EXPIRES_AT", str(int(tokens.expires_at))))
    values.append(("X_TOKEN_SCOPES", " ".join(tokens.scopes)))
    return "".join(f"{name}={sh_single_quoted(value)}\n" for name, value in values)


def as_json(tokens: TokenSet) -> str:
    _checked(tokens)
    data: dict[str, object] = {
        "token_type": tokens.token_type,
        "access_token": tokens.access_token,
        "scope": " ".join(tokens.scopes),
        "expires_at": None if tokens.expires_at is None else int(tokens.expires_at),
    }
    if tokens.refresh_token:
        data["refresh_token"] = tokens.refresh_token
    return json.dumps(data, indent=2)


def export(kind: ExportFormat | str, tokens: TokenSet, endpoints: Endpoints, client_id: str) -> str:
    """The text for `kind`; `endpoints` and `client_id` are the ones that issued the tokens."""
    kind = ExportFormat(kind)
    if kind is ExportFormat.HEADER:
        return bearer_header(tokens)
    if kind is ExportFormat.CURL:
        return curl_me(tokens, endpoints)
    if kind is ExportFormat.ENV:
        return dotenv(tokens, client_id)
    return as_json(tokens)
