"""The app's API Key and Secret, and the app-only Bearer token they mint (x-oauth2.md §12.2).

Both are bound like the Client Secret (B2): the key pair to the profile and the API server it was
entered for, the app-only token to the profile and the origin that made it. A profile switch never
carries them to another profile's server (issue 21); the gate (core/gate.py) refuses any other origin.
"""

from __future__ import annotations

from xauth_gui.core.gate import Secret, SecretKind, home


class AppTokens:
    """The app-only tokens made this run, one per profile, each bound to the origin that made it."""

    def __init__(self) -> None:
        self._tokens: dict[str, Secret] = {}

    def get(self, profile_id: str) -> Secret:
        return self._tokens.get(profile_id) or Secret(SecretKind.APP_TOKEN, "")

    def keep(self, profile_id: str, value: str, made_at: str) -> None:
        self._tokens[profile_id] = Secret(SecretKind.APP_TOKEN, value, home(made_at))

    def drop(self, profile_id: str) -> Secret:
        return self._tokens.pop(profile_id, None) or Secret(SecretKind.APP_TOKEN, "")
