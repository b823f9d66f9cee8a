"""HTTP transport on a requests.Session: bounded in time and size, never following redirects,
never letting ~/.netrc override our Authorization header, never logging a secret.

Library exceptions become the core's NetworkError types here, at the boundary.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import requests
import urllib3

from xauth_gui import __version__
from xauth_gui.core import errors, gate
from xauth_gui.core.calls import ExchangeRecord, HttpCall
from xauth_gui.core.json_preview import body_text
from xauth_gui.core.operation import Operation
from xauth_gui.core.redact import MASK, redact, strip_query
from xauth_gui.core.text import translate

from .watchdog import Watchdog, WatchedAdapter

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024  # a token answer is < 2 KiB; anything near 1 MiB is not one
MAX_METADATA_BYTES = 1_000_000  # a discovery document (core/discovery.py): 1 MB, counted while reading
MAX_API_BODY = 64 * 1024 * 1024  # the console's calls may answer with a lot (it renders only the start)


@dataclass(frozen=True)
class HttpResult:
    status: int
    headers: dict[str, str] = field(repr=False)  # lower-case names
    body: bytes = field(repr=False)
    elapsed_ms: float


class _KeepOurAuthorization(requests.auth.AuthBase):
    """An explicit no-op auth: with auth=None requests reads ~/.netrc and replaces our header."""

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        return r


LOGGED_BODY_BYTES = 4096  # the request log shows the start of an answer, redacted
LOGGED_REQUEST_BYTES = 65536  # a request body larger than this (never a token form) is logged by its start


class Transport:
    def __init__(
        self,
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 20.0,
        deadline: float = 45.0,
        on_record: Callable[[ExchangeRecord], None] | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.deadline = deadline
        self.on_record = on_record
        self._session = session or requests.Session()
        for prefix in ("https://", "http://"):
            self._session.mount(prefix, WatchedAdapter())
        # Proxies and REQUESTS_CA_BUNDLE from the environment stay honoured; netrc is defeated per call.
        self._session.headers["User-Agent"] = f"xauth-gui/{__version__}"

    def close(self) -> None:
        self._session.close()

    def send(self, call: HttpCall) -> HttpResult:
        """Send once (no retries: a code exchange must never be replayed) and return the raw answer."""
        if gate.carries_secrets(call.secrets, call.headers, call.form) and not gate.verify(
            call.gate_pass, call.url, call.secrets
        ):
            raise gate.not_through_the_gate(call.url)  # core/gate.py: refused before a byte is sent
        started = time.monotonic()
        status: int | None = None
        try:
            with Watchdog(self.deadline) as dog:
                try:
                    result = self._send(call, started)
                except errors.NetworkError:
                    if dog.expired:
                        raise self._after_send_failure(call, timeout=True) from None
                    raise
            status = result.status
            return result
        except errors.XAuthError as exc:
            self._record(call, status, started, exc.message)
            raise
        finally:
            if status is not None:
                self._record(call, status, started, "", result)

    def record(self, call: HttpCall, status: int, started: float, headers: dict[str, str], body: bytes) -> None:
        """Log a call whose body was read elsewhere (a stream): its status, headers and start."""
        self._record(call, status, started, "", HttpResult(status, headers, body, (time.monotonic() - started) * 1000))

    def _record(
        self, call: HttpCall, status: int | None, started: float, error: str, result: HttpResult | None = None
    ) -> None:
        elapsed = (time.monotonic() - started) * 1000
        url = strip_query(call.url)
        log.debug("%s %s -> %s in %.0f ms %s", call.method, url, status, elapsed, redact(error, call.secrets))
        if self.on_record is None:
            return

        def shown(text: str) -> str:
            return redact(text, call.secrets)

        sent = call.body or b""
        if len(sent) > LOGGED_REQUEST_BYTES:  # a media chunk is megabytes of base64: its start is enough
            sent_shown = body_text(sent[:LOGGED_BODY_BYTES], call.headers.get("Content-Type", ""), len(sent))
            body = sent_shown + translate("Transport", " … ({size} bytes in all)").format(size=len(sent))
        else:  # whole, so a secret in it is always redacted whole (never cut in two)
            body = body_text(sent, call.headers.get("Content-Type", ""))
        answer = ""
        if result is not None:  # the start of the answer; an image or binary data as a note, never its bytes
            kind = result.headers.get("content-type", "")
            answer = body_text(result.body[:LOGGED_BODY_BYTES], kind, len(result.body))
        self.on_record(
            ExchangeRecord(
                call.operation, call.method, url, status, elapsed, shown(error),
                request_headers=tuple((k, shown(f"{k}: {v}").split(": ", 1)[1]) for k, v in call.headers.items()),
                request_body=shown(body),
                response_headers=tuple(
                    (k, MASK if k in ("set-cookie", "cookie") else shown(v))
                    for k, v in (result.headers.items() if result else ())
                ),
                response_body=shown(answer),
            )
        )  # fmt: skip

    def _send(self, call: HttpCall, started: float) -> HttpResult:
        response = self.open_response(call)
        with response:
            body = self._read_body(call, response, started)
            headers = {k.lower(): v for k, v in response.headers.items()}
            return HttpResult(response.status_code, headers, body, (time.monotonic() - started) * 1000)

    def open_response(self, call: HttpCall) -> requests.Response:
        """Send the request and return the answer with its body unread (errors as the app's own)."""
        try:
            return self._session.request(
                call.method,
                call.url,
                headers=call.headers,
                data=call.body,
                timeout=(self.connect_timeout, self.read_timeout),
                allow_redirects=False,
                stream=True,
                auth=_KeepOurAuthorization(),
                verify=True,
            )
        except requests.exceptions.ProxyError as exc:
            raise errors.ProxyError() from _scrubbed(exc)
        except requests.exceptions.SSLError as exc:
            raise errors.TlsError() from _scrubbed(exc)
        except requests.exceptions.ConnectTimeout as exc:
            raise errors.ConnectError(
                translate("Transport", "The server did not accept the connection in time.")
            ) from _scrubbed(exc)
        except requests.exceptions.ReadTimeout as exc:
            raise self._after_send_failure(call, timeout=True) from _scrubbed(exc)
        except requests.exceptions.ConnectionError as exc:
            if _never_sent(exc):
                raise errors.ConnectError() from _scrubbed(exc)
            raise self._after_send_failure(call) from _scrubbed(exc)
        except requests.exceptions.RequestException as exc:
            raise errors.NetworkError() from _scrubbed(exc)

    def _read_body(self, call: HttpCall, response: requests.Response, started: float) -> bytes:
        chunks: list[bytes] = []
        size = 0
        limit = {Operation.API: MAX_API_BODY, Operation.METADATA: MAX_METADATA_BYTES}.get(call.operation, MAX_BODY)
        try:
            while True:
                if time.monotonic() - started > self.deadline:
                    raise self._after_send_failure(call, timeout=True)
                chunk = response.raw.read1(16384, decode_content=True)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise errors.ResponseError(
                        translate("Transport", "The server's answer is far too large for this app.")
                    )
                chunks.append(chunk)
        except (urllib3.exceptions.HTTPError, OSError, requests.exceptions.RequestException) as exc:
            raise self._after_send_failure(call) from _scrubbed(exc)
        return b"".join(chunks)

    @staticmethod
    def _after_send_failure(call: HttpCall, timeout: bool = False) -> errors.XAuthError:
        if call.operation is Operation.EXCHANGE:
            return errors.ExchangeOutcomeUnknownError()
        if timeout:
            return errors.RequestTimeoutError()
        return errors.NetworkError(
            translate("Transport", "The connection broke before the server finished answering."),
            translate("Transport", "Try again."),
        )


def _never_sent(exc: requests.exceptions.ConnectionError) -> bool:
    """True when the failure happened while connecting (refused, DNS), before any byte was sent."""
    reason = exc.args[0] if exc.args else None
    inner = getattr(reason, "reason", reason)
    return isinstance(inner, (urllib3.exceptions.NewConnectionError, urllib3.exceptions.NameResolutionError))


def _scrubbed(exc: BaseException) -> Exception:
    """A stand-in cause that keeps the exception's kind but not its text (which may hold URLs)."""
    return RuntimeError(type(exc).__name__)
