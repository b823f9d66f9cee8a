"""A token pair saved by another xauth-gui process (the `token` command, a second window) for the profile
this window shows: noticed through the profile's generation record (services/refresh_guard.py), by a
file watcher and before every refresh, automatic refresh and console call, and taken over so the
window never keeps a refresh token the server has already rotated away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject

from xauth_gui.core.profile import Profile, TokenMeta
from xauth_gui.core.refresh_machine import Note, is_newer_pair, taken_over
from xauth_gui.core.session import MessageKind
from xauth_gui.core.switch_machine import StoredSecrets
from xauth_gui.core.text import translate
from xauth_gui.core.tokens import TokenSet
from xauth_gui.services.refresh_guard import ProfileLock

from .session_hub import SessionHub


class OtherProcesses(QObject):
    def __init__(self, hub: SessionHub) -> None:
        super().__init__(hub)
        self.hub = hub
        self.known: dict[str, int] = {}  # profile id -> the generation this window holds
        self._watcher: QFileSystemWatcher | None = None
        self._reloading = False

    def lock(self, profile: Profile) -> ProfileLock:
        return ProfileLock(self.hub.settings.refresh_folder, profile.id)

    def holding(self, profile: Profile) -> None:
        """The window now holds the stored pair of `profile` (loaded, or saved by this window)."""
        self.known[profile.id] = self.lock(profile).generation()
        self._watch()

    def _watch(self) -> None:
        if self._watcher is not None:
            return
        folder = self.hub.settings.refresh_folder
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            return  # no watcher: the checks before each refresh and call still run
        self._watcher = QFileSystemWatcher([str(folder)], self)
        self._watcher.directoryChanged.connect(lambda _path: self.check())

    def newer(self) -> bool:
        """Has another process saved a pair for the shown profile since this window took its own?"""
        c = self.hub
        if c.tokens is None or c.profile.id not in self.known:
            return False
        return self.lock(c.profile).generation() > self.known[c.profile.id]

    def check(self, then: Callable[[], None] | None = None) -> bool:
        """Take over a newer stored pair (then run `then`); False when there is none (nothing was started)."""
        c = self.hub
        if self._reloading or c.busy or not self.newer():
            return False
        self._reloading = True
        profile, held = c.profile, c.tokens
        generation, meta = self.lock(profile).read()
        c.vault.load(profile, lambda secrets: self._loaded(profile, held, generation, meta, secrets, then))
        return True

    def _loaded(
        self,
        profile: Profile,
        held: TokenSet | None,
        generation: int,
        meta: TokenMeta | None,
        secrets: StoredSecrets,
        then: Callable[[], None] | None,
    ) -> None:
        c = self.hub
        self._reloading = False
        self.known[profile.id] = generation
        usable = secrets.access_token and secrets.refresh_token and held is not None
        if c.profile.id != profile.id or c.tokens is not held or not usable or c.busy:
            return  # the window moved on, or there is nothing to take over
        assert held is not None
        if is_newer_pair(held, secrets.access_token, secrets.refresh_token):
            tokens = taken_over(held, secrets.access_token, secrets.refresh_token, meta)
            c.set_tokens(tokens, user=c.user, avatar=c.avatar)
            c.save_token_meta()
            c.say(
                MessageKind.INFO,
                translate(
                    "OtherProcesses", "Another xauth-gui process refreshed the token: this window now uses the new one."
                ),
                about=Note.ADOPTED,
            )
        if then:
            then()
