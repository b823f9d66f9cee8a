"""The token, revoke and who-am-I calls: core builders and parsers joined to the transport.

Blocking; the Qt layer runs these off the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from xauth_gui.core import errors
from xauth_gui.core.binding import Use
from xauth_gui.core.operation import Operation
from xauth_gui.core.text import translate
from xauth_gui.core.tokens import TokenHint, TokenSet, UserInfo, parse_me_response, parse_token_response

if TYPE_CHECKING:
    from xauth_gui.core.authorize import AuthorizationRequest, AuthorizationResponse
    from xauth_gui.core.calls import ExchangeRecord, HttpCall
    from xauth_gui.core.client import ClientConfig
    from xauth_gui.core.discovery import ServerMetadata
    from xauth_gui.core.endpoints import Endpoints
    from xauth_gui.core.gate import Secret
    from xauth_gui.services.streaming import StreamControl, StreamResult

    from .transport import Transport

T = TypeVar("T")


class OAuthService:
    def __init__(
        self,
        transport: Transport | None = None,
        clock: Callable[[], float] = time.time,
        on_record: Callable[[ExchangeRecord], None] | None = None,
    ) -> None:
        self._transport = transport
        self.clock = clock
        self.on_record = on_record  # used when the transport is made here

    @property
    def transport(self) -> Transport:
        """Made on first use: importing requests costs ~100 ms that start-up should not pay."""
        if self._transport is None:
            from .transport import Transport

            self._transport = Transport(on_record=self.on_record)
        return self._transport

    def _call(self, call: HttpCall, parse: Callable[[bytes], T]) -> T:
        """Send, map a non-2xx answer to the error tree, parse a 2xx one. Errors never echo a secret."""
        from xauth_gui.core.error_mapping import error_from_response
        from xauth_gui.core.redact import redact

        try:
            result = self.transport.send(call)
            if not 200 <= result.status < 300:
                raise error_from_response(result.status, result.body, call.operation, result.headers)
            return parse(result.body)
        except errors.XAuthError as exc:
            raise exc.scrub(lambda text: redact(text, call.secrets)) from exc.__cause__

    def exchange(self, request: AuthorizationRequest, response: AuthorizationResponse) -> TokenSet:
        """The code for tokens, bound to the server and client that issued them."""
        from xauth_gui.core import calls  # the request builders load with the first call, not at start-up

        tokens = self._call(
            calls.exchange_code(request, response.code),
            lambda body: parse_token_response(body, now=self.clock(), requested_scopes=request.scopes),
        )
        return replace(tokens, issuer=request.issuer)

    def refresh(self, endpoints: Endpoints, client: ClientConfig, tokens: TokenSet) -> TokenSet:
        if not tokens.refresh_token:
            raise errors.RefreshTokenInvalidError(
                translate("Oauth", "There is no refresh token (offline.access was not granted)."),
                translate("Oauth", "Press Authorize to sign in again."),
            )
        from xauth_gui.core import calls

        fresh = self._call(
            calls.refresh(endpoints, client, tokens.refresh_secret()),
            lambda body: parse_token_response(
                body, now=self.clock(), requested_scopes=tokens.scopes, operation=Operation.REFRESH
            ),
        )
        return replace(fresh, issuer=tokens.issuer)

    def revoke(self, endpoints: Endpoints, client: ClientConfig, token: Secret, hint: TokenHint | str) -> None:
        """RFC 7009: HTTP 200 means revoked (or already invalid), whatever the body says."""
        from xauth_gui.core import calls

        self._call(calls.revoke(endpoints, client, token, hint), lambda body: None)

    def revoke_all(self, endpoints: Endpoints, client: ClientConfig, tokens: TokenSet) -> None:
        """Refresh token first (it could mint new access tokens), then the access token."""
        if tokens.refresh_token:
            self.revoke(endpoints, client, tokens.refresh_secret(Use.REVOKE), TokenHint.REFRESH)
        self.revoke(endpoints, client, tokens.access_secret(Use.REVOKE), TokenHint.ACCESS)

    def who_am_i(self, endpoints: Endpoints, tokens: TokenSet) -> UserInfo:
        from xauth_gui.core import calls

        return self._call(calls.who_am_i(endpoints, tokens.access_secret()), parse_me_response)

    def call_api(
        self, method: str, url: str, token: Secret, body: str = "", headers: dict[str, str] | None = None
    ) -> Any:
        """A console call: the raw answer (status, headers, body), whatever the status."""
        from xauth_gui.core import calls

        return self.transport.send(calls.api_call(method, url, token, body, headers))

    def stream_api(self, url: str, token: Secret, headers: dict[str, str], on_data: Callable[[bytes], None],
                   control: StreamControl, max_bytes: int, max_seconds: float) -> StreamResult:  # fmt: skip
        """A streaming console call (GET): pieces to `on_data` until it ends, is stopped or reaches a bound."""
        from xauth_gui.core import calls

        from .streaming import stream

        call = calls.api_call("GET", url, token, "", headers)
        return stream(self.transport, call, on_data, control, max_bytes, max_seconds)

    def app_only_token(self, api_base: str, api_key: Secret, api_secret: Secret) -> str:
        from xauth_gui.core import calls

        def parse(body: bytes) -> str:
            import json

            value = json.loads(body).get("access_token") if body.strip().startswith(b"{") else None
            if not isinstance(value, str) or not value:
                raise errors.ResponseError(translate("Oauth", "The server's answer has no app-only token."))
            return value

        return self._call(calls.app_only_token(api_base, api_key, api_secret), parse)

    def invalidate_app_only_token(self, api_base: str, api_key: Secret, api_secret: Secret, token: Secret) -> None:
        from xauth_gui.core import calls

        self._call(calls.app_only_token(api_base, api_key, api_secret, invalidate=token), lambda body: None)

    def discover(self, text: str) -> ServerMetadata:
        """The server's metadata from an issuer or metadata URL: RFC 8414 first, then OpenID Connect.
        A document that answers is believed only if it checks out; a broken one is not skipped over."""
        from xauth_gui.core import calls, discovery
        from xauth_gui.core.urls import display_url

        found = discovery.lookup(text)
        statuses = []
        for url in found.urls:
            result = self.transport.send(calls.metadata(url))
            if result.status == 200:
                return discovery.parse(result.body, found.issuer)
            statuses.append(str(result.status))
        raise errors.ConfigError(
            translate("Oauth", "{issuer} publishes no metadata (the server answered {statuses}).").format(
                issuer=display_url(found.issuer), statuses=", ".join(statuses)
            ),
            translate("Oauth", "Nothing was changed. Check the issuer address, or fill in the endpoints by hand."),
        )
