"""Judging a callback that reached the loopback listener: the OAuth half of the redirect receiver.

The listener knows HTTP and sockets only. For each request on the registered path it asks an injected
judge for a `Verdict`: the page to answer with and, when the request ends the wait, the outcome to
hand on. `login_judge` is the judge of one login attempt; it parses the URL once, so the controller
receives the checked `AuthorizationResponse` (or the error) and never parses it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from . import errors
from . import loopback_pages as pages
from .authorize import AuthorizationResponse, parse_redirect
from .redirect_uri import RedirectUri

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    """What to answer, and whether the wait is over (`final`) with which `outcome`."""

    status: int
    page: bytes = field(repr=False)
    outcome: object = None  # final: handed on (a login's AuthorizationResponse or XAuthError); else why ignored
    final: bool = False


Judge = Callable[[str], Verdict]


def login_judge(
    redirect_uri: RedirectUri | str, state: str, issuer: str | None = None, iss_required: bool = False
) -> Judge:
    """The judge for one attempt: its state, registered URI and (when known) issuer. Strays are answered
    and ignored; an answer with this attempt's state from another issuer ends it (RFC 9207)."""

    def judge(url: str) -> Verdict:
        try:
            response: AuthorizationResponse = parse_redirect(
                url, redirect_uri, state, expected_issuer=issuer, iss_required=iss_required
            )
        except errors.StateMismatchError as exc:
            log.warning("ignored a callback that does not belong to this login")
            return Verdict(400, pages.PAGE_NOT_OURS, exc)  # not final: the app says so, the wait goes on
        except errors.IssuerMismatchError as exc:
            log.warning("refused a callback from another issuer (mix-up defence)")
            return Verdict(400, pages.PAGE_WRONG_SERVER, exc, final=True)  # its code is never exchanged
        except errors.MalformedRedirectError:
            log.warning("ignored a malformed callback")
            return Verdict(400, pages.PAGE_MALFORMED)
        except errors.AuthorizationDeclinedError as exc:
            return Verdict(200, pages.PAGE_DECLINED, exc, final=True)
        except errors.RedirectError as exc:
            return Verdict(200, pages.failure_page(_category(exc)), exc, final=True)
        return Verdict(200, pages.PAGE_SUCCESS, response, final=True)

    return judge


def _category(exc: errors.RedirectError) -> pages.FailureReason:
    if isinstance(exc, errors.InvalidScopeError):
        return pages.FailureReason.INVALID_SCOPE
    return pages.FailureReason.NO_CODE if isinstance(exc, errors.MissingCodeError) else pages.FailureReason.ERROR
