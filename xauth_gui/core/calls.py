"""Builders for the HTTP calls of the flow. They return data describing a request; nothing is sent here."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate

from .authorize import AuthorizationRequest
from .client import ClientConfig, ClientType, basic_authorization
from .endpoints import ME_FIELDS, Endpoints
from .gate import Pass, Secret, SecretKind, admit, home
from .operation import Operation
from .tokens import TokenHint

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
    gate_pass: Pass | None = field(default=None, repr=False)  # core/gate.py: needed when `secrets` is not empty

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


def _gated(
    operation: Operation,
    method: str,
    url: str,
    headers: dict[str, str],
    secrets: tuple[Secret, ...],
    *,
    form: dict[str, str] | None = None,
    content: bytes | None = None,
    what: str = "",
) -> HttpCall:
    """Every builder ends here: the gate admits the URL for these secrets, or nothing is built."""
    derived = tuple(v for v in (headers.get("Authorization", ""),) if v)
    gate_pass = admit(url, *secrets, derived=derived, what=what)
    values = tuple(s.value for s in secrets if s.value) + derived
    return HttpCall(operation, method, gate_pass.url, headers, form, values, content, gate_pass)


def _client_call(
    operation: Operation, endpoints: Endpoints, client: ClientConfig, form: dict[str, str], secrets: tuple[Secret, ...]
) -> HttpCall:
    url = endpoints.revoke_url if operation is Operation.REVOKE else endpoints.token_url
    headers, auth_form = client.auth(endpoints.token_auth)
    headers = {**headers, "Content-Type": FORM, "Accept": "application/json"}
    carried = (*secrets, client.secret) if client.client_type is ClientType.CONFIDENTIAL else secrets
    what = translate("Calls", _URL_NAMES[operation])  # named in the message (B4)
    return _gated(operation, "POST", url, headers, carried, form={**form, **auth_form}, what=what)


def exchange_code(request: AuthorizationRequest, code: str) -> HttpCall:
    """RFC 6749 §4.1.3: the same redirect_uri string as in the authorize URL, and the verifier.

    The code and verifier belong to the token endpoint of the login that made them."""
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": request.redirect_uri,
        "code_verifier": request.pkce.verifier,
    }
    where = home(request.endpoints.token_url)
    login = tuple(Secret(SecretKind.CODE, v, where) for v in (code, request.pkce.verifier, request.state))
    return _client_call(Operation.EXCHANGE, request.endpoints, request.client, form, login)


def refresh(endpoints: Endpoints, client: ClientConfig, refresh_token: Secret) -> HttpCall:
    form = {"grant_type": "refresh_token", "refresh_token": refresh_token.value}
    return _client_call(Operation.REFRESH, endpoints, client, form, (refresh_token,))


def revoke(endpoints: Endpoints, client: ClientConfig, token: Secret, token_type_hint: TokenHint | str) -> HttpCall:
    """RFC 7009 §2.1 (ValueError for a hint that is not a TokenHint)."""
    form = {"token": token.value, "token_type_hint": TokenHint(token_type_hint).value}
    return _client_call(Operation.REVOKE, endpoints, client, form, (token,))


def who_am_i(endpoints: Endpoints, access_token: Secret, fields: tuple[str, ...] = ME_FIELDS) -> HttpCall:
    url = endpoints.me_url.strip()
    if fields:
        url += ("&" if "?" in url else "?") + urlencode({"user.fields": ",".join(fields)})
    headers = {"Authorization": f"Bearer {access_token.value}", "Accept": "application/json"}
    return _gated(Operation.ME, "GET", url, headers, (access_token,), what=translate("Calls", "who-am-I URL"))


def api_call(method: str, url: str, token: Secret, body: str = "", headers: dict[str, str] | None = None) -> HttpCall:
    """A console call with a token (the user's or the app-only one): only to the origin it belongs to."""
    sent = {"Accept": "application/json", **(headers or {}), "Authorization": f"Bearer {token.value}"}
    if body:
        sent["Content-Type"] = "application/json"
    content = body.encode("utf-8") if body else None
    what = translate("Calls", "API URL")
    return _gated(Operation.API, method.upper(), url, sent, (token,), content=content, what=what)


def app_only_token(api_base: str, api_key: Secret, api_secret: Secret, invalidate: Secret | None = None) -> HttpCall:
    """Mint the app-only Bearer token (or invalidate `invalidate`) with the API Key and Secret (§12.2)."""
    path = "/oauth2/invalidate_token" if invalidate else "/oauth2/token"
    url = api_base.strip().rstrip("/") + path
    auth = basic_authorization(api_key.value, api_secret.value)
    form = {"access_token": invalidate.value} if invalidate else {"grant_type": "client_credentials"}
    headers = {"Authorization": auth, "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"}
    carried = (api_key, api_secret, *((invalidate,) if invalidate else ()))
    return _gated(Operation.APP_TOKEN, "POST", url, headers, carried, form=form, what=translate("Calls", "API URL"))


def metadata(url: str) -> HttpCall:
    """GET a discovery document: no secret, the same URL policy as every endpoint."""
    what = translate("Calls", "metadata URL")
    return _gated(Operation.METADATA, "GET", url, {"Accept": "application/json"}, (), what=what)
