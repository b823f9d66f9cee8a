"""The error tree's root, and the login-side errors (configuration, redirect, listener).

Every failure the user can meet is a plain sentence plus the next step. Core code raises these;
services convert library exceptions into them at the boundary; the UI shows `user_text`. No error
text ever carries a token, code, verifier or secret: server texts pass through `clean_server_text`,
which bounds and strips them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate

# Controls, and the marks that reorder text (bidi embeddings, overrides, isolates): a server could make
# "moc.x" read as "x.com". Removed from every server text the window shows.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+")
SERVER_TEXT_LIMIT = 300


def clean_server_text(text: object, limit: int = SERVER_TEXT_LIMIT) -> str:
    """A server-supplied string made safe to show as plain text: no control chars, bounded length."""
    if not isinstance(text, str):
        return ""
    text = _CONTROL.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


class XAuthError(Exception):
    """Base of every error the app reports. `message` says what happened, `hint` what to do next."""

    message = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")
    hint = QT_TRANSLATE_NOOP("Errors", "Try again.")
    # The same failure worded for a server that is not X (the sandbox or a Custom server): never send
    # the user to X's developer console for another server's refusal (checklist B15).
    generic_message: str | None = None
    generic_hint: str | None = None
    quote_reason = False  # append the server's own error_description to the message

    def __init__(
        self,
        message: str | None = None,
        hint: str | None = None,
        *,
        status: int | None = None,
        error: str | None = None,
        description: str | None = None,
    ) -> None:
        cls = type(self)
        # The class's own words are English constants, translated here, when the error happens.
        self._own_message, self._own_hint = message is None, hint is None
        self.message = translate("Errors", cls.message) if message is None else message
        self.hint = translate("Errors", cls.hint) if hint is None else hint
        self.status = status  # HTTP status, when an HTTP answer caused it
        self.error = clean_server_text(error, 80) or None  # RFC 6749 `error` code
        self.description = clean_server_text(description) or None  # server's error_description
        super().__init__(self.user_text)

    def scrub(self, redact: Callable[[str], str]) -> XAuthError:
        """Pass every text through `redact` (a hostile server could echo a secret we sent)."""
        self.message, self.hint = redact(self.message), redact(self.hint)
        self.description = redact(self.description) if self.description else self.description
        self.args = (self.user_text,)
        return self

    def for_server(self, is_x: bool) -> XAuthError:
        """Worded for the server the call went to (X's texts only for X)."""
        if not is_x:
            if self.generic_message and self._own_message:
                self.message = translate("Errors", self.generic_message)
            if self.generic_hint and self._own_hint:
                self.hint = translate("Errors", self.generic_hint)
            self.args = (self.user_text,)
        return self

    @property
    def user_text(self) -> str:
        message = self.message
        if self.quote_reason and self.description and self.description not in message:
            message = translate("Errors", "{message}: \u201c{reason}\u201d.").format(
                message=message.rstrip(".。"), reason=self.description.rstrip(".")
            )
        elif self.quote_reason and not self.description and self.error and self.error not in message:
            message = translate("Errors", "{message} ({error}).").format(
                message=message.rstrip(".。"), error=self.error
            )
        return translate("Errors", "{message} {hint}").format(message=message, hint=self.hint).strip()

    @property
    def detail(self) -> str:
        """Technical detail for the request log / diagnostics (never secret)."""
        parts = []
        if self.status is not None:
            parts.append(f"HTTP {self.status}")
        if self.error:
            parts.append(self.error)
        if self.description:
            parts.append(f'"{self.description}"')
        return " ".join(parts)


# --- configuration --------------------------------------------------------------------------------
class ConfigError(XAuthError):
    message = QT_TRANSLATE_NOOP("Errors", "The settings are not complete.")
    hint = QT_TRANSLATE_NOOP("Errors", "Check the highlighted field.")


# --- the redirect back from the browser ------------------------------------------------------------
class RedirectError(XAuthError):
    message = QT_TRANSLATE_NOOP("Errors", "The answer from the browser could not be used.")
    hint = QT_TRANSLATE_NOOP("Errors", "Start the login again.")


class RedirectMismatchError(RedirectError):
    message = QT_TRANSLATE_NOOP("Errors", "That address is not this app's callback address.")
    hint = QT_TRANSLATE_NOOP(
        "Errors", "Paste the full address the browser showed after you approved, starting with the callback URI."
    )


class MalformedRedirectError(RedirectError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The answer from the browser is damaged (a value appears twice or is badly encoded)."
    )
    hint = QT_TRANSLATE_NOOP("Errors", "Start the login again; if you pasted it, copy the whole address once more.")


class NotAnAddressError(RedirectError):
    message = QT_TRANSLATE_NOOP("Errors", "That is not the address the browser shows after you approve.")
    hint = QT_TRANSLATE_NOOP(
        "Errors", "Copy the whole address from the browser's address bar (it starts with http) and paste it again."
    )


class StateMismatchError(RedirectError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The answer from the browser does not belong to this login (its state does not match)."
    )
    hint = QT_TRANSLATE_NOOP(
        "Errors", "It was ignored. Finish the login in the browser tab this app opened, or start again."
    )


class MissingCodeError(RedirectError):
    message = QT_TRANSLATE_NOOP("Errors", "The browser came back without an authorization code.")
    hint = QT_TRANSLATE_NOOP("Errors", "Start the login again and press Authorize on X's page.")
    generic_hint = QT_TRANSLATE_NOOP("Errors", "Start the login again and approve the request on the server's page.")


class IssuerMismatchError(RedirectError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The answer came from a different server than the one this login was sent to."
    )
    hint = QT_TRANSLATE_NOOP(
        "Errors", "Start the login again. If it happens again, check the server's settings with its administrator."
    )


class AuthorizationDeclinedError(RedirectError):
    message = QT_TRANSLATE_NOOP("Errors", "You declined the request in the browser, so no token was issued.")
    hint = QT_TRANSLATE_NOOP(
        "Errors", "Press Authorize again and choose Authorize app on X's page if you want a token."
    )
    generic_hint = QT_TRANSLATE_NOOP(
        "Errors", "Press Authorize again and approve the request on the server's page if you want a token."
    )


class InvalidScopeError(RedirectError):
    message = QT_TRANSLATE_NOOP("Errors", "X refused one of the requested permissions (invalid_scope).")
    hint = QT_TRANSLATE_NOOP("Errors", "Untick permissions marked special access, or pick a preset, then try again.")
    generic_message = QT_TRANSLATE_NOOP(
        "Errors", "The server refused one of the requested permissions (invalid_scope)."
    )
    generic_hint = QT_TRANSLATE_NOOP("Errors", "Untick the permissions that server does not offer, then try again.")


class AuthorizationFailedError(RedirectError):
    message = QT_TRANSLATE_NOOP("Errors", "X did not authorize the app.")
    hint = QT_TRANSLATE_NOOP(
        "Errors", "Check the Client ID and that the callback URI is registered in the X developer console."
    )
    generic_message = QT_TRANSLATE_NOOP("Errors", "The server did not authorize the app.")
    generic_hint = QT_TRANSLATE_NOOP(
        "Errors", "Check the Client ID and the callback URI registered on that server, then try again."
    )
    quote_reason = True


# --- the listener ---------------------------------------------------------------------------------
class ListenerError(XAuthError):
    message = QT_TRANSLATE_NOOP("Errors", "The app could not wait for the browser's answer.")
    hint = QT_TRANSLATE_NOOP("Errors", "Use the paste box below instead.")


class PortInUseError(ListenerError):
    def __init__(self, port: int, owner: str | None = None) -> None:
        program = (
            translate("Errors", "another program ({name})").format(name=clean_server_text(owner, 80))
            if owner
            else translate("Errors", "another program")
        )
        super().__init__(
            translate(
                "Errors", "Port {port} on this computer is already used by {program}, so the login can't start."
            ).format(port=port, program=program)
        )

    hint = QT_TRANSLATE_NOOP(
        "Errors",
        "Close the other program, or register another callback URI (another port) in the X developer console "
        "and enter it here.",
    )
    generic_hint = QT_TRANSLATE_NOOP("Errors", "Close the other program, or press Use another port.")


class UnsupportedRedirectUriError(ListenerError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This callback URI can't be caught by the app (it is not http:// on 127.0.0.1, [::1] or localhost)."
    )
    hint = QT_TRANSLATE_NOOP("Errors", "After approving, paste the address the browser shows into the paste box.")


class LoginTimeoutError(ListenerError):
    message = QT_TRANSLATE_NOOP("Errors", "No answer came back from the browser in time.")
    hint = QT_TRANSLATE_NOOP(
        "Errors",
        'If X showed "Something went wrong", check the Client ID and that this exact callback URI is '
        "registered under User authentication settings. Then press Authorize again.",
    )
    generic_hint = QT_TRANSLATE_NOOP(
        "Errors",
        "If the server showed an error page, check the Client ID and that this exact callback URI is "
        "registered there. Then press Authorize again.",
    )


class LoginCancelledError(ListenerError):
    message = QT_TRANSLATE_NOOP("Errors", "The login was cancelled.")
    hint = QT_TRANSLATE_NOOP("Errors", "Press Authorize to start again.")
