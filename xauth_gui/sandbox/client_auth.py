"""How the sandbox's token endpoint knows the client: X's rules (Basic for a confidential client, the
client_id in the body for a public one), or client_secret_post for a server set to offer only that."""

from __future__ import annotations

import base64
import hmac
from dataclasses import dataclass
from urllib.parse import unquote_plus

from .replies import _MISSING_AUTH, Reply, _invalid_request

Form = dict[str, list[str]]


@dataclass
class Client:
    client_id: str
    secret: str | None  # None: public


def authenticate(
    clients: dict[str, Client], methods: tuple[str, ...], form: Form, authorization: str
) -> Client | Reply:
    """X's client authentication: Basic for confidential clients, client_id in the body for public.
    A server set to offer client_secret_post only takes the secret in the body instead."""
    post = "client_secret_post" in methods
    if "client_secret" in form:
        return _posted(clients, form) if post else _MISSING_AUTH  # X rejects client_secret_post
    if authorization[:6].lower() == "basic ":
        basic = "client_secret_basic" in methods
        return _basic(clients, authorization[6:].strip()) if basic else _MISSING_AUTH
    body_ids = form.get("client_id", [])
    if len(body_ids) != 1 or not body_ids[0]:
        return _invalid_request("Missing required parameter [client_id].")
    client = clients.get(body_ids[0])
    if client is None:
        return _invalid_request("Value passed for the client_id was invalid.")
    return _MISSING_AUTH if client.secret is not None else client


def _posted(clients: dict[str, Client], form: Form) -> Client | Reply:
    client = clients.get((form.get("client_id") or [""])[0])
    given = (form.get("client_secret") or [""])[0]
    if client is None or client.secret is None or not hmac.compare_digest(client.secret, given):
        return _MISSING_AUTH
    return client


def _basic(clients: dict[str, Client], credentials: str) -> Client | Reply:
    try:
        decoded = base64.b64decode(credentials, validate=True).decode()
    except ValueError:
        return _MISSING_AUTH
    raw_id, _, raw_secret = decoded.partition(":")
    client = clients.get(unquote_plus(raw_id))
    if client is None:
        return _MISSING_AUTH
    if client.secret is not None and not hmac.compare_digest(client.secret, unquote_plus(raw_secret)):
        return _MISSING_AUTH
    return client  # a Basic header on a public client is tolerated
