"""Builders for the HTTP calls of the flow. They return data describing a request; nothing is sent here."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate

from .authorize import AuthorizationRequest
from .client import ClientConfig, basic_authorization
from .endpoints import ME_FIELDS, Endpoints
from .operation import Operation
from .urls import secret_url

FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class HttpCall:
    """One request. `operation` names it for error mapping.

    `secrets` lists every secret value the request carries so logs and errors can scrub them.
    The repr shows neither headers nor form values.
    """

    operation: Operation
    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    form: dict[str, str] | None = field(default=None, repr=False)
    secrets: tuple[str, ...] = field(default=(), repr=False)
    content: bytes | None = field(default=None, repr=False)  # a raw body (the console's JSON), else the form

    def __post_init__(self) -> None:
        object.__setattr__(self, "operation", Operation(self.operation))

    @property
    def body(self) -> bytes | None:
        if self.content is not None:
            return self.content
        return None if self.form is None else urlencode(self.form).encode("ascii")


@dataclass(frozen=True)
class ExchangeRecord:
    """One line of the request log panel: already redacted, safe to show and copy."""

    operation: Operation
    method: str
    url: str
    status: int | None
    elapsed_ms: float
    error: str = ""
    # What a developer checks in a console like Postman's, every value already redacted:
    request_headers: tuple[tuple[str, str], ...] = ()
    request_body: str = ""
    response_headers: tuple[tuple[str, str], ...] = ()
    response_body: str = ""


_URL_NAMES = {
    Operation.EXCHANGE: QT_TRANSLATE_NOOP("Calls", "token URL"),
    Operation.REFRESH: QT_TRANSLATE_NOOP("Calls", "token URL"),
    Operation.REVOKE: QT_TRANSLATE_NOOP("Calls", "revoke URL"),
}


def _client_call(
    operation: Operation, url: str, client: ClientConfig, form: dict[str, str], secret_values: tuple[str, ...]
) -> HttpCall:
    url = secret_url(
        url, translate("Calls", _URL_NAMES[operation])
    )  # never a secret over plain http to another host (B4)
    headers, auth_form = client.auth()
    headers = {**headers, "Content-Type": FORM, "Accept": "application/json"}
    extra = (client.client_secret, headers.get("Authorization", "")) if client.client_secret else ()
    return HttpCall(
        operation,
        "POST",
        url,
        headers,
        {**form, **auth_form},
        tuple(s for s in (*secret_values, *extra) if s),
    )


def exchange_code(request: AuthorizationRequest, code: str) -> HttpCall:
    """RFC 6749 §4.1.3: the same redirect_uri string as in the authorize URL, and the verifier."""
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": request.redirect_uri,
        "code_verifier": request.pkce.verifier,
    }
    return _client_call(
        Operation.EXCHANGE,
        request.endpoints.token_url,
        request.client,
        form,
        (code, request.pkce.verifier, request.state),
    )


def refresh(endpoints: Endpoints, client: ClientConfig, refresh_token: str) -> HttpCall:
    form = {"grant_type": "refresh_token", "refresh_token": refresh_token}
    return _client_call(Operation.REFRESH, endpoints.token_url, client, form, (refresh_token,))


def revoke(endpoints: Endpoints, client: ClientConfig, token: str, token_type_hint: str) -> HttpCall:
    """RFC 7009 §2.1; the hint is "access_token" or "refresh_token"."""
    if token_type_hint not in ("access_token", "refresh_token"):
        raise ValueError("token_type_hint must be access_token or refresh_token")
    form = {"token": token, "token_type_hint": token_type_hint}
    return _client_call(Operation.REVOKE, endpoints.revoke_url, client, form, (token,))


def who_am_i(endpoints: Endpoints, access_token: str, fields: tuple[str, ...] = ME_FIELDS) -> HttpCall:
    url = secret_url(endpoints.me_url, translate("Calls", "who-am-I URL"))
    if fields:
        url += ("&" if "?" in url else "?") + urlencode({"user.fields": ",".join(fields)})
    auth = f"Bearer {access_token}"
    return HttpCall(
        Operation.ME, "GET", url, {"Authorization": auth, "Accept": "application/json"}, None, (access_token, auth)
    )


def api_call(method: str, url: str, token: str, body: str = "", headers: dict[str, str] | None = None) -> HttpCall:
    """A console call with the access token: only over https, or plain http to this computer (B4)."""
    url = secret_url(url, translate("Calls", "API URL"))
    auth = f"Bearer {token}"
    sent = {"Accept": "application/json", **(headers or {}), "Authorization": auth}
    if body:
        sent["Content-Type"] = "application/json"
    content = body.encode("utf-8") if body else None
    return HttpCall(Operation.API, method.upper(), url, sent, None, (token, auth), content)


def app_only_token(api_base: str, api_key: str, api_secret: str, invalidate: str = "") -> HttpCall:
    """Mint the app-only Bearer token (or invalidate `invalidate`) with the API Key and Secret (§12.2)."""
    path = "/oauth2/invalidate_token" if invalidate else "/oauth2/token"
    url = secret_url(api_base.rstrip("/") + path, translate("Calls", "API URL"))
    auth = basic_authorization(api_key, api_secret)
    form = {"access_token": invalidate} if invalidate else {"grant_type": "client_credentials"}
    headers = {"Authorization": auth, "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"}
    return HttpCall(Operation.APP_TOKEN, "POST", url, headers, form, (api_key, api_secret, auth, invalidate))
