"""What the app will do with a URL the user typed or a server sent (security checklist B3, B4, B9).

- `browser_url`: the only URLs handed to the system opener: https, or http on a loopback host;
  non-ASCII hosts IDNA-encoded, anything else refused with a sentence naming the URL.
- `secret_url`: the only URLs a token, code or client secret is sent to: the same rule, so secrets
  never cross a network in clear.
- `display_url`: a URL as it may appear in a banner, log or report (no user:password@, no query values).
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import SplitResult, quote, urlsplit, urlunsplit

from xauth_gui.core.text import translate

from . import errors

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Controls, blanks, backslashes and quotes are never part of a well-formed URL the user meant.
_FORBIDDEN = re.compile(r"[\x00-\x20\x7f-\x9f\\\"'<>`{}|^]")
_SAFE_PATH = "/%:@!$&()*+,;=-._~"
_SAFE_QUERY = _SAFE_PATH + "?"
DISPLAY_LIMIT = 120


def is_loopback_host(host: str) -> bool:
    """localhost, 127.0.0.0/8 or ::1 (by name or literal; no resolver is asked)."""
    host = host.lower().strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def display_url(url: str, limit: int = DISPLAY_LIMIT) -> str:
    """For messages and logs: user:password@ removed, query values and fragment dropped, bounded."""
    from .redact import strip_query

    text = errors.clean_server_text(strip_query(_without_userinfo(url)), 10 * limit)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _without_userinfo(url: str) -> str:
    return re.sub(r"^([A-Za-z][A-Za-z0-9+.\-]*://)[^/?#@]*@", r"\1", url.strip())


def _split(url: str, what: str) -> SplitResult:
    text = url.strip()
    parts: SplitResult | None = None
    if text and not _FORBIDDEN.search(text):
        try:
            parts = urlsplit(text)
            parts.port  # noqa: B018 - raises ValueError on a bad port
        except ValueError:
            parts = None
    if parts is None or parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        raise _not_usable(url, what) from None
    return parts


def _not_usable(url: str, what: str) -> errors.ConfigError:
    """Made only when it is raised: the display form costs the redaction patterns (a few ms at start-up)."""
    shown = display_url(url) or translate("Urls", "(empty)")
    return errors.ConfigError(
        translate("Urls", "The {what} “{url}” is not a web address this app can use.").format(what=what, url=shown),
        translate("Urls", "Enter a full address starting with https:// (or http:// on 127.0.0.1 / localhost)."),
    )


_LABEL = re.compile(r"(?!-)[a-z0-9_\-]{1,63}(?<!-)")


def _valid_host(host: str) -> bool:
    """An IP literal, or a DNS name of well-formed labels (no empty label, as in a..b)."""
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    labels = host.removesuffix(".").split(".")
    return len(host) <= 253 and all(_LABEL.fullmatch(label) for label in labels)


def _ascii_host(parts: SplitResult, url: str, what: str) -> str:
    host = parts.hostname or ""
    try:
        ascii_host = host if host.isascii() else host.encode("idna").decode("ascii")  # bücher -> xn--bcher-kva
    except (UnicodeError, ValueError):
        ascii_host = ""
    if not _valid_host(ascii_host):
        raise errors.ConfigError(
            translate(
                "Urls", "The {what} “{url}” has a server name that can't be written as an internet address."
            ).format(what=what, url=display_url(url)),
            translate("Urls", "Check the spelling of the server name."),
        )
    return ascii_host


def _normalised(url: str, what: str, keep_userinfo: bool = True) -> tuple[SplitResult, str]:
    """(parts, ascii URL): scheme and host lower-cased and IDNA-encoded, path and query percent-encoded."""
    parts = _split(url, what)
    host = _ascii_host(parts, url, what)
    if ":" in host:
        host = f"[{host}]"
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    if keep_userinfo and (parts.username is not None or parts.password is not None):
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    path = quote(parts.path, safe=_SAFE_PATH)
    query = quote(parts.query, safe=_SAFE_QUERY)
    rebuilt = urlunsplit((parts.scheme.lower(), netloc, path, query, ""))
    return parts, rebuilt


def _require_secure(parts: SplitResult, url: str, what: str) -> None:
    if parts.scheme.lower() == "http" and not is_loopback_host(parts.hostname or ""):
        raise errors.ConfigError(
            translate(
                "Urls",
                "The {what} “{url}” uses plain http:// to another computer, so secrets would cross the network "
                "unencrypted.",
            ).format(what=what, url=display_url(url)),
            translate("Urls", "Use https://, or http:// only for a server on this computer (127.0.0.1 or localhost)."),
        )


def browser_url(url: str, what: str = translate("Urls", "authorize URL")) -> str:
    """The URL to hand to the system browser, or a ConfigError. Never a file:, smb:, javascript:… URL.

    A user:password@ part is dropped: it means nothing to a login page, shows in the address bar and
    history, and is a classic disguise (https://x.com@evil.example/ goes to evil.example)."""
    parts, rebuilt = _normalised(url, what, keep_userinfo=False)
    _require_secure(parts, url, what)
    return rebuilt


def secret_url(url: str, what: str) -> str:
    """The URL a secret may be sent to (token, revoke, who-am-I, console), or a ConfigError naming it.

    A user:password@ part is refused: it is the classic disguise (https://api.x.com@other.example/
    goes to other.example), and a password in a URL ends up in logs and histories."""
    parts, rebuilt = _normalised(url, what, keep_userinfo=False)
    if parts.username is not None or parts.password is not None:
        raise errors.ConfigError(
            translate(
                "Urls", "The {what} “{url}” has a name or password before the server name, so it really goes to {host}."
            ).format(what=what, url=display_url(url), host=urlsplit(rebuilt).hostname or ""),
            translate("Urls", "Remove everything between :// and @ from the address."),
        )
    _require_secure(parts, url, what)
    return rebuilt


def origin(url: str) -> str:
    """scheme://host:port with the default port made explicit; "" for anything unparsable."""
    try:
        parts, _ = _normalised(url, "address")
    except errors.XAuthError:
        return ""
    host = (parts.hostname or "").lower()
    if not host.isascii():
        host = host.encode("idna").decode("ascii")
    if ":" in host:
        host = f"[{host}]"
    scheme = parts.scheme.lower()
    return f"{scheme}://{host}:{parts.port or _DEFAULT_PORTS[scheme]}"


def same_target(a: str, b: str) -> bool:
    """Same origin, path and query (user:password@ and the fragment do not count)."""
    oa, ob = origin(a), origin(b)
    if not oa or oa != ob:
        return False
    pa, pb = urlsplit(a.strip()), urlsplit(b.strip())
    return (pa.path or "/") == (pb.path or "/") and pa.query == pb.query


def with_port(url: str, port: int) -> str:
    """`url` with its port replaced (host, path and query kept): a callback URI moved to a free port."""
    parts = urlsplit(url.strip())
    host = parts.hostname or "127.0.0.1"
    netloc = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return parts._replace(netloc=netloc).geturl()
