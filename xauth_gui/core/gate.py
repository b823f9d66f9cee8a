"""The one gate every secret passes on its way out (issue 21).

A secret never travels as a bare string: it is a `Secret`, which carries the origins it belongs to
(where it was issued or entered, from the record kept with it, never from the settings of the moment).
Every request builder asks `admit(url, *secrets)` for a `Pass`, and the transport sends a request that
carries secrets only with a pass made by this gate for exactly that URL and those secrets. So a feature
added later cannot forget the rule: the request it builds is refused before a byte is sent.

Origins are compared as scheme, host in its IDNA (punycode) form, and port: a look-alike host
(`api.x.com.other.example`, a Cyrillic `а`) is another origin, and the refusal shows its punycode form
so the difference is visible. A user:password@ part is refused outright: it is the classic disguise
(`https://api.x.com@other.example/` goes to other.example).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit

from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate

from . import errors
from .urls import display_url, secret_url

_DEFAULT_PORTS = {"http": 80, "https": 443}


class SecretKind(StrEnum):
    CODE = "code"  # the authorization code, with its PKCE verifier
    CLIENT_SECRET = "client_secret"
    ACCESS_TOKEN = "access_token"
    REFRESH_TOKEN = "refresh_token"
    API_KEY = "api_key"  # the app's API Key and its Secret
    APP_TOKEN = "app_token"  # the app-only Bearer token


_KIND_NAMES = {
    SecretKind.CODE: QT_TRANSLATE_NOOP("Gate", "authorization code"),
    SecretKind.CLIENT_SECRET: QT_TRANSLATE_NOOP("Gate", "Client Secret"),
    SecretKind.ACCESS_TOKEN: QT_TRANSLATE_NOOP("Gate", "access token"),
    SecretKind.REFRESH_TOKEN: QT_TRANSLATE_NOOP("Gate", "refresh token"),
    SecretKind.API_KEY: QT_TRANSLATE_NOOP("Gate", "API Key and Secret"),
    SecretKind.APP_TOKEN: QT_TRANSLATE_NOOP("Gate", "app-only token"),
}


@dataclass(frozen=True, order=True)
class Origin:
    scheme: str
    host: str  # lower case, IDNA (punycode) form
    port: int

    @classmethod
    def of(cls, url: str) -> Origin | None:
        """The origin of a URL this app may send secrets to; None for anything it would refuse."""
        try:
            normal = secret_url(url, "address")
        except errors.XAuthError:
            return None
        parts = urlsplit(normal)
        scheme = parts.scheme.lower()
        return cls(scheme, (parts.hostname or "").lower(), parts.port or _DEFAULT_PORTS[scheme])

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = "" if _DEFAULT_PORTS.get(self.scheme) == self.port else f":{self.port}"
        return f"{self.scheme}://{host}{port}"


def home(*urls: str) -> frozenset[Origin]:
    """The origins of `urls` (ones the app would refuse anyway are left out)."""
    return frozenset(o for o in (Origin.of(u) for u in urls if u) if o is not None)


@dataclass(frozen=True)
class Secret:
    """A secret value and the origins it may be sent to. An empty home sends it nowhere."""

    kind: SecretKind
    value: str = field(repr=False)
    home: frozenset[Origin] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", SecretKind(self.kind))

    def __bool__(self) -> bool:
        return bool(self.value)


_KEY = object()  # only this module makes passes


@dataclass(frozen=True)
class Pass:
    """The gate's word that `url` may carry `values`. Made by `admit` only."""

    url: str
    origin: Origin
    values: frozenset[str] = field(repr=False)
    key: object = field(repr=False, compare=False)


class SecretDestinationError(errors.ConfigError):
    """A secret was about to go somewhere it does not belong: refused before anything was sent."""


def _refused(what: str, asked: str, belongs: str) -> SecretDestinationError:
    return SecretDestinationError(
        translate("Gate", "Not sent: the {what} belongs to {belongs}, and this address is {asked}.").format(
            what=what, belongs=belongs, asked=asked
        ),
        translate("Gate", "Check the address: the app sends each secret only to the server it belongs to."),
    )


def _userinfo_refused(url: str, belongs: str) -> SecretDestinationError:
    return SecretDestinationError(
        translate(
            "Gate",
            "Not sent: the address has a name or password before the server name, so it really goes to {asked}; "
            "the secret belongs to {belongs}.",
        ).format(asked=_real_destination(url), belongs=belongs),
        translate("Gate", "Remove everything between :// and @ from the address."),
    )


def _real_destination(url: str) -> str:
    """Where a URL with user:password@ really goes (scheme, IDNA host, port), for the refusal."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        host = host if host.isascii() else host.encode("idna").decode("ascii")
        port = f":{parts.port}" if parts.port else ""
    except (ValueError, UnicodeError):
        return translate("Gate", "another server")
    return f"{parts.scheme.lower()}://{host}{port}" if host else translate("Gate", "another server")


def _belongs(secrets: tuple[Secret, ...]) -> str:
    homes = sorted({o for s in secrets if s.value for o in s.home})
    return ", ".join(str(o) for o in homes) or translate("Gate", "no server")


def admit(url: str, *secrets: Secret, derived: tuple[str, ...] = (), what: str = "") -> Pass:
    """A pass for `url` carrying `secrets`, or SecretDestinationError / ConfigError naming the problem.

    https (or http on this computer), no user:password@, and every secret's home holds the origin.
    `derived` are values made from the admitted secrets (an Authorization header) that ride along;
    `what` names the URL in a refusal ("token URL")."""
    try:
        userinfo = "@" in urlsplit(url.strip()).netloc
    except ValueError:
        userinfo = False
    if userinfo:
        raise _userinfo_refused(url, _belongs(secrets))
    normal = secret_url(url, what or translate("Gate", "address"))
    origin = Origin.of(normal)
    assert origin is not None  # secret_url accepted it
    for secret in secrets:
        if secret.value and origin not in secret.home:
            belongs = ", ".join(str(o) for o in sorted(secret.home)) or translate("Gate", "no server")
            raise _refused(translate("Gate", _KIND_NAMES[secret.kind]), str(origin), belongs)
    values = {s.value for s in secrets if s.value} | {d for d in derived if d}
    return Pass(normal, origin, frozenset(values), _KEY)


def verify(gate_pass: Pass | None, url: str, values: tuple[str, ...]) -> bool:
    """Did this gate admit exactly this URL with these secret values? (The transport asks.)"""
    if gate_pass is None or gate_pass.key is not _KEY or gate_pass.url != url or not gate_pass.values:
        return False
    return Origin.of(url) == gate_pass.origin and all(v in gate_pass.values for v in values if v)


_SECRET_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})
_SECRET_FIELDS = frozenset({"code", "code_verifier", "client_secret", "refresh_token", "access_token", "token"})


def carries_secrets(secrets: tuple[str, ...], headers: dict[str, str], form: dict[str, str] | None) -> bool:
    """Does a request carry a secret, listed or not (a header or form field that only holds secrets)?"""
    return (
        bool(secrets)
        or any(k.lower() in _SECRET_HEADERS for k in headers)
        or any(k in _SECRET_FIELDS for k in (form or {}))
    )


def not_through_the_gate(url: str) -> SecretDestinationError:
    return SecretDestinationError(
        translate("Gate", "Not sent: a request to {url} carried a secret that was not checked first.").format(
            url=display_url(url)
        ),
        translate("Gate", "This is a bug in the app: copy the request log into a bug report."),
    )
