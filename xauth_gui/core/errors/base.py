"""The error tree's root, and the login-side errors (configuration, redirect, listener).

Every failure the user can meet is a plain sentence plus the next step. Core code raises these;
services convert library exceptions into them at the boundary; the UI shows `user_text`. No error
text ever carries a token, code, verifier or secret: server texts pass through `clean_server_text`,
which bounds and strips them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
SERVER_TEXT_LIMIT = 300


def clean_server_text(text: object, limit: int = SERVER_TEXT_LIMIT) -> str:
    """A server-supplied string made safe to show as plain text: no control chars, bounded length."""
    if not isinstance(text, str):
        return ""
    text = _CONTROL.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


class XAuthError(Exception):
    """Base of every error the app reports. `message` says what happened, `hint` what to do next."""

    message = "Something went wrong."
    hint = "Try again."
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
        if message is not None:
            self.message = message
        if hint is not None:
            self.hint = hint
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
            cls = type(self)
            if self.generic_message and self.message == cls.message:
                self.message = self.generic_message
            if self.generic_hint and self.hint == cls.hint:
                self.hint = self.generic_hint
            self.args = (self.user_text,)
        return self

    @property
    def user_text(self) -> str:
        message = self.message
        if self.quote_reason and self.description and self.description not in message:
            message = f"{message.rstrip('.')}: \u201c{self.description.rstrip('.')}\u201d."
        elif self.quote_reason and not self.description and self.error and self.error not in message:
            message = f"{message.rstrip('.')} ({self.error})."
        return f"{message} {self.hint}".strip()

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
    message = "The settings are not complete."
    hint = "Check the highlighted field."


# --- the redirect back from the browser ------------------------------------------------------------
class RedirectError(XAuthError):
    message = "The answer from the browser could not be used."
    hint = "Start the login again."


class RedirectMismatchError(RedirectError):
    message = "That address is not this app's callback address."
    hint = "Paste the full address the browser showed after you approved, starting with the callback URI."


class MalformedRedirectError(RedirectError):
    message = "The answer from the browser is damaged (a value appears twice or is badly encoded)."
    hint = "Start the login again; if you pasted it, copy the whole address once more."


class NotAnAddressError(RedirectError):
    message = "That is not the address the browser shows after you approve."
    hint = "Copy the whole address from the browser's address bar (it starts with http) and paste it again."


class StateMismatchError(RedirectError):
    message = "The answer from the browser does not belong to this login (its state does not match)."
    hint = "It was ignored. Finish the login in the browser tab this app opened, or start again."


class MissingCodeError(RedirectError):
    message = "The browser came back without an authorization code."
    hint = "Start the login again and press Authorize on X's page."
    generic_hint = "Start the login again and approve the request on the server's page."


class IssuerMismatchError(RedirectError):
    message = "The answer came from a different server than the one this login was sent to."
    hint = "It was ignored for your safety. Start the login again."


class AuthorizationDeclinedError(RedirectError):
    message = "You declined the request in the browser, so no token was issued."
    hint = "Press Authorize again and choose Authorize app on X's page if you want a token."
    generic_hint = "Press Authorize again and approve the request on the server's page if you want a token."


class InvalidScopeError(RedirectError):
    message = "X refused one of the requested permissions (invalid_scope)."
    hint = "Untick permissions marked special access, or pick a preset, then try again."
    generic_message = "The server refused one of the requested permissions (invalid_scope)."
    generic_hint = "Untick the permissions that server does not offer, then try again."


class AuthorizationFailedError(RedirectError):
    message = "X did not authorize the app."
    hint = "Check the Client ID and that the callback URI is registered in the X developer console."
    generic_message = "The server did not authorize the app."
    generic_hint = "Check the Client ID and the callback URI registered on that server, then try again."
    quote_reason = True


# --- the listener ---------------------------------------------------------------------------------
class ListenerError(XAuthError):
    message = "The app could not wait for the browser's answer."
    hint = "Use the paste box below instead."


class PortInUseError(ListenerError):
    def __init__(self, port: int, owner: str | None = None) -> None:
        program = f"another program ({clean_server_text(owner, 80)})" if owner else "another program"
        super().__init__(
            f"Port {port} on this computer is already used by {program}, so the login can't start.",
            "Close the other program, or register another callback URI (another port) in the X developer "
            "console and enter it here.",
        )


class UnsupportedRedirectUriError(ListenerError):
    message = "This callback URI can't be caught by the app (it is not http:// on 127.0.0.1, [::1] or localhost)."
    hint = "After approving, paste the address the browser shows into the paste box."


class LoginTimeoutError(ListenerError):
    message = "No answer came back from the browser in time."
    hint = (
        'If X showed "Something went wrong", check the Client ID and that this exact callback URI is '
        "registered under User authentication settings. Then press Authorize again."
    )
    generic_hint = (
        "If the server showed an error page, check the Client ID and that this exact callback URI is "
        "registered there. Then press Authorize again."
    )


class LoginCancelledError(ListenerError):
    message = "The login was cancelled."
    hint = "Press Authorize to start again."
