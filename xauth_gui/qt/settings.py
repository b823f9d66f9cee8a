"""Non-secret settings in QSettings: profiles (as JSON), the current profile, window state, preferences.

Nothing secret is ever written here (tests/test_app.py greps the file after a full flow).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from xauth_gui.core.profile import Profile, load_profile
from xauth_gui.core.text import translate

log = logging.getLogger(__name__)

DEFAULT_CLIPBOARD_CLEAR_S = 60
MAX_CLIPBOARD_CLEAR_S = 3600


class AppSettings:
    """Every value read here is checked: damaged ones fall back to defaults and are noted (B11)."""

    def __init__(self, qsettings: QSettings) -> None:
        self.q = qsettings
        self.notes: list[str] = []  # what was found damaged and dropped, for the window to say once

    @property
    def path(self) -> str:
        return self.q.fileName()

    def _note(self, text: str) -> None:
        if text not in self.notes:
            log.warning("damaged setting dropped: %s", text)
            self.notes.append(text)

    def profiles(self) -> list[Profile]:
        raw = self.q.value("profiles/all", "[]")
        try:
            items = json.loads(raw if isinstance(raw, str) else "[]")
        except (ValueError, RecursionError):
            items = None
        if not isinstance(items, list):
            self._note(translate("Settings", "the saved profiles could not be read"))
            items = []
        profiles = []
        for item in items:
            profile, notes = load_profile(item)
            for note in notes:
                self._note(note)
            profiles.append(profile)
        seen: set[str] = set()
        unique = [p for p in profiles if not (p.id in seen or seen.add(p.id))]  # type: ignore[func-returns-value]
        return unique

    @property
    def plain_file_path(self) -> Path:
        """The opt-in plain-text store, in a private folder of its own (0700) beside the settings.

        Earlier versions kept it directly in the settings folder (often 0755): moved on first use.
        """
        folder = Path(self.path).parent
        path = folder / "private" / "secrets.json"
        old = folder / "secrets.json"
        if old.exists() and not path.exists():
            try:
                path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                os.replace(old, path)
            except OSError:
                log.warning("could not move the plain-text secrets file into its private folder")
        return path

    @property
    def refresh_folder(self) -> Path:
        """Per-profile refresh locks and generation records (no secrets), in the private folder (0700)."""
        return Path(self.path).parent / "private" / "refresh"

    @property
    def pending_deletions(self) -> list[str]:
        """Secret-store keys the user removed while the store was out of reach (names only)."""
        raw = self.q.value("secrets/pending_deletions", "[]")
        try:
            keys = json.loads(raw if isinstance(raw, str) else "[]")
        except (ValueError, RecursionError):
            keys = None
        if not (isinstance(keys, list) and all(isinstance(k, str) for k in keys)):
            self._note(translate("Settings", "the list of removals waiting for the keychain was damaged"))
            return []
        return keys

    @pending_deletions.setter
    def pending_deletions(self, keys: list[str]) -> None:
        self.q.setValue("secrets/pending_deletions", json.dumps(sorted(keys)))

    def _write_profiles(self, profiles: list[Profile]) -> None:
        self.q.setValue("profiles/all", json.dumps([p.to_dict() for p in profiles]))  # QSettings writes it out lazily

    def save_profile(self, profile: Profile) -> None:
        profiles = self.profiles()
        for i, p in enumerate(profiles):
            if p.id == profile.id:
                profiles[i] = profile
                break
        else:
            profiles.append(profile)
        self._write_profiles(profiles)

    def delete_profile(self, profile_id: str) -> None:
        self._write_profiles([p for p in self.profiles() if p.id != profile_id])

    @property
    def current_profile_id(self) -> str:
        value = self.q.value("profiles/current", "")
        return value if isinstance(value, str) else ""

    @current_profile_id.setter
    def current_profile_id(self, value: str) -> None:
        self.q.setValue("profiles/current", value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.q.setValue("window/geometry", value)

    @property
    def language(self) -> str:
        """The Language menu's choice ("" = the system's language)."""
        value = self.q.value("prefs/language", "")
        return value if isinstance(value, str) else ""

    @language.setter
    def language(self, code: str) -> None:
        self.q.setValue("prefs/language", code)

    @property
    def clipboard_clear_seconds(self) -> int:
        raw = str(self.q.value("prefs/clipboard_clear_seconds", DEFAULT_CLIPBOARD_CLEAR_S))
        try:
            value = int(raw.strip())
        except (TypeError, ValueError):
            value = -1
        if not 0 <= value <= MAX_CLIPBOARD_CLEAR_S:
            self._note(translate("Settings", "the clipboard clearing delay was damaged"))
            return DEFAULT_CLIPBOARD_CLEAR_S
        return value

    @clipboard_clear_seconds.setter
    def clipboard_clear_seconds(self, value: int) -> None:
        self.q.setValue("prefs/clipboard_clear_seconds", int(value))

    def _flag(self, key: str) -> bool:
        value = str(self.q.value(key, "false")).lower()
        if value not in ("true", "false"):
            self._note(translate("Settings", "the setting {key} was damaged").format(key=key))
        return value == "true"

    @property
    def auto_refresh(self) -> bool:
        return self._flag("prefs/auto_refresh")

    @auto_refresh.setter
    def auto_refresh(self, value: bool) -> None:
        self.q.setValue("prefs/auto_refresh", "true" if value else "false")

    @property
    def plain_file_opt_in(self) -> bool:
        return self._flag("prefs/plain_file_opt_in")

    @plain_file_opt_in.setter
    def plain_file_opt_in(self, value: bool) -> None:
        self.q.setValue("prefs/plain_file_opt_in", "true" if value else "false")

    @property
    def get_started_done(self) -> bool:
        """A way in was chosen on Get started (until then it opens at every start)."""
        return self._flag("prefs/get_started_done")

    @get_started_done.setter
    def get_started_done(self, value: bool) -> None:
        self.q.setValue("prefs/get_started_done", "true" if value else "false")

    @property
    def told_no_keychain(self) -> bool:
        """The user was told once that this computer has no keychain (the status line keeps saying it)."""
        return self._flag("prefs/told_no_keychain")

    @told_no_keychain.setter
    def told_no_keychain(self, value: bool) -> None:
        self.q.setValue("prefs/told_no_keychain", "true" if value else "false")

    def sync(self) -> None:
        self.q.sync()
