"""Non-secret settings in QSettings: profiles (as JSON), the current profile, window state, preferences.

Nothing secret is ever written here (tests/test_app.py greps the file after a full flow).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from xauth_gui.core.profile import Profile

DEFAULT_CLIPBOARD_CLEAR_S = 60


class AppSettings:
    def __init__(self, qsettings: QSettings) -> None:
        self.q = qsettings

    @property
    def path(self) -> str:
        return self.q.fileName()

    def profiles(self) -> list[Profile]:
        raw = self.q.value("profiles/all", "[]")
        try:
            items = json.loads(raw if isinstance(raw, str) else "[]")
        except ValueError:
            items = []  # damaged settings: start fresh rather than crash
        profiles = [Profile.from_dict(item) for item in items] if isinstance(items, list) else []
        seen: set[str] = set()
        unique = [p for p in profiles if not (p.id in seen or seen.add(p.id))]  # type: ignore[func-returns-value]
        return unique

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
    def clipboard_clear_seconds(self) -> int:
        try:
            return max(0, int(str(self.q.value("prefs/clipboard_clear_seconds", DEFAULT_CLIPBOARD_CLEAR_S))))
        except (TypeError, ValueError):
            return DEFAULT_CLIPBOARD_CLEAR_S

    @clipboard_clear_seconds.setter
    def clipboard_clear_seconds(self, value: int) -> None:
        self.q.setValue("prefs/clipboard_clear_seconds", int(value))

    @property
    def auto_refresh(self) -> bool:
        return str(self.q.value("prefs/auto_refresh", "false")).lower() == "true"

    @auto_refresh.setter
    def auto_refresh(self, value: bool) -> None:
        self.q.setValue("prefs/auto_refresh", "true" if value else "false")

    @property
    def plain_file_opt_in(self) -> bool:
        return str(self.q.value("prefs/plain_file_opt_in", "false")).lower() == "true"

    @plain_file_opt_in.setter
    def plain_file_opt_in(self, value: bool) -> None:
        self.q.setValue("prefs/plain_file_opt_in", "true" if value else "false")

    def sync(self) -> None:
        self.q.sync()
