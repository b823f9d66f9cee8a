"""The console's "App-only Bearer token" section: the app's API Key and Secret (labelled fields that follow
the profile shown, never another profile's) and the buttons that make or invalidate the app-only token."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit

from xauth_gui.core.text import translate
from xauth_gui.qt.console import ApiConsole
from xauth_gui.qt.controller import FlowController

from .flow import FlowLayout
from .panel import buddy_label, push_button


class AppOnlyBox(QGroupBox):
    def __init__(self, controller: FlowController, engine: ApiConsole) -> None:
        super().__init__(translate("ConsolePanel", "App-only Bearer token (optional)"))
        self.c, self.engine = controller, engine
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.api_key_edit = QLineEdit()
        self.api_key_edit.setObjectName("consoleApiKeyEdit")
        self.api_key_edit.setPlaceholderText(translate("ConsolePanel", "consumer key"))
        self.api_key_edit.setAccessibleName(translate("ConsolePanel", "API Key"))
        self.api_secret_edit = QLineEdit()
        self.api_secret_edit.setObjectName("consoleApiSecretEdit")
        self.api_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_secret_edit.setAccessibleName(translate("ConsolePanel", "API Key Secret"))
        for edit in (self.api_key_edit, self.api_secret_edit):
            edit.setMinimumWidth(260)  # X's keys are 25 and 50 characters: the placeholder is never cut
        form.addRow(buddy_label(translate("ConsolePanel", "API &Key:"), self.api_key_edit), self.api_key_edit)
        form.addRow(
            buddy_label(translate("ConsolePanel", "API Key &Secret:"), self.api_secret_edit), self.api_secret_edit
        )
        get = push_button(translate("ConsolePanel", "Get app-only token"), "consoleGetAppTokenButton")
        drop = push_button(translate("ConsolePanel", "Invalidate"), "consoleInvalidateAppTokenButton")
        buttons = FlowLayout()
        buttons.addWidget(get)
        buttons.addWidget(drop)
        form.addRow("", buttons)
        self.setToolTip(  # (the console's token note says which token each call takes, and why)
            translate(
                "ConsolePanel",
                "User token: acts as you (post, DMs, your data). App-only: public data only, for your app.",
            )
        )
        self._typed = False  # the user typed into the key fields since they were filled
        self._fields_from: tuple[str, str, str] | None = None
        for edit in (self.api_key_edit, self.api_secret_edit):
            edit.textEdited.connect(lambda _text: setattr(self, "_typed", True))
        get.clicked.connect(self._get_app_token)
        drop.clicked.connect(self.engine.invalidate_app_token)
        controller.changed.connect(self.follow_profile)
        self.follow_profile(controller.state)

    def get_or_ask(self) -> None:
        """Make the app-only token when the key and secret are there; else show where they go."""
        if self.api_key_edit.text().strip() and self.api_secret_edit.text().strip():
            self._get_app_token()
        else:
            (self.api_secret_edit if self.api_key_edit.text().strip() else self.api_key_edit).setFocus()

    def _get_app_token(self) -> None:
        """Values typed here are for this profile and its API server now; values only loaded from the
        keychain keep the server they were entered for (the gate holds them to it)."""
        key, secret = self.api_key_edit.text().strip(), self.api_secret_edit.text().strip()
        self.c.profiles.save_api_credentials(key, secret, self.engine.api_identity(), entered=self._typed)
        self._typed = False
        self.engine.get_app_token()

    def follow_profile(self, state: object) -> None:
        """The fields show the shown profile's own values, or nothing: never another profile's."""
        creds = self.c.state.api_credentials
        wanted = (creds.profile_id, creds.key, creds.secret) if creds.profile_id == self.c.profile.id else None
        if wanted == self._fields_from:
            return
        self._fields_from, self._typed = wanted, False
        self.api_key_edit.setText(wanted[1] if wanted else "")
        self.api_secret_edit.setText(wanted[2] if wanted else "")
