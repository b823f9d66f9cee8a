"""Errors on this computer: the secret store, and secrets held back from other settings (B1, B2)."""

from __future__ import annotations

from enum import StrEnum

from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate

from .base import ConfigError, XAuthError


# --- secret storage -------------------------------------------------------------------------------
class StorageError(XAuthError):
    message = QT_TRANSLATE_NOOP("Errors", "The secure storage (keychain) failed.")
    hint = QT_TRANSLATE_NOOP(
        "Errors", "Your tokens are kept in memory for this run; they still work until you close the app."
    )


class StorageUnavailableError(StorageError):
    message = QT_TRANSLATE_NOOP("Errors", "No secure storage (keychain) is available on this computer.")
    hint = QT_TRANSLATE_NOOP(
        "Errors", "Tokens are kept in memory only for this run. You can opt in to a private file instead."
    )


class StorageLockedError(StorageError):
    message = QT_TRANSLATE_NOOP("Errors", "The keychain is locked (or the unlock prompt was dismissed).")
    hint = QT_TRANSLATE_NOOP("Errors", "Unlock it and press Retry, or keep the tokens in memory for this run.")


class StorageTimeoutError(StorageError):
    message = QT_TRANSLATE_NOOP("Errors", "The keychain did not answer in time (an unlock prompt may be waiting).")
    hint = QT_TRANSLATE_NOOP("Errors", "Answer the prompt and press Retry, or keep the tokens in memory for this run.")


class SecretTooLongError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This secret is too long for Windows Credential Manager (over 1,280 characters)."
    )
    hint = QT_TRANSLATE_NOOP("Errors", "It is kept in memory for this run only.")


class RefreshBusyError(XAuthError):
    """Another process held the profile's refresh lock for longer than this one may wait."""

    message = QT_TRANSLATE_NOOP("Errors", "Another xauth-gui is refreshing this token and did not finish in time.")
    hint = QT_TRANSLATE_NOOP("Errors", "Try again in a moment.")


# --- secrets bound to their server (checklist B1, B2) ----------------------------------------------
class TokenAction(StrEnum):
    """What a call would do with the tokens (named in the sentence when it is held back)."""

    REFRESH = "refresh"
    REVOKE = "revoke"
    WHO_AM_I = "who_am_i"


_ACTION_WORDS = {
    TokenAction.REFRESH: QT_TRANSLATE_NOOP("Errors", "refreshing"),
    TokenAction.REVOKE: QT_TRANSLATE_NOOP("Errors", "revoking"),
    TokenAction.WHO_AM_I: QT_TRANSLATE_NOOP("Errors", "checking who you are"),
}


class TokensNotForTheseSettingsError(XAuthError):
    """The tokens were issued for other settings: refused before anything is sent."""

    def __init__(self, action: TokenAction, issued_by: str) -> None:
        super().__init__(
            translate(
                "Errors",
                "Not sent: {action} would send these tokens to a different server or Client ID than the one that "
                "issued them ({issued_by}).",
            ).format(action=translate("Errors", _ACTION_WORDS[action]), issued_by=issued_by),
            translate(
                "Errors", "Press Sign in again to get tokens for the current settings, or Restore those settings."
            ),
        )


class SecretNotConfirmedError(ConfigError):
    """The client secret was entered for another server: not sent until the user confirms it."""

    def __init__(self, entered_for: str, now: str) -> None:
        super().__init__(
            translate("Errors", "The Client Secret was entered for {entered_for}, so it is not sent to {now}.").format(
                entered_for=entered_for or translate("Errors", "another server"), now=now
            ),
            translate(
                "Errors",
                "Enter the Client Secret again, or press Send it to this server if that server should have it.",
            ),
        )
