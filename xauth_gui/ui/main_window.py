"""The main window: renders the controller's state and forwards what the user does. No I/O here."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QProcess, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xauth_gui import APP_DISPLAY_NAME, __version__
from xauth_gui.core import errors, exports
from xauth_gui.core.calls import ExchangeRecord
from xauth_gui.core.client import ClientType, client_id_hint
from xauth_gui.core.endpoints import X_ENDPOINTS, Endpoints
from xauth_gui.core.pkce import PLAIN, S256
from xauth_gui.core.profile import Profile
from xauth_gui.qt.controller import FlowController, Message, Phase
from xauth_gui.sandbox.clients import CONFIDENTIAL_CLIENT_ID, CONFIDENTIAL_CLIENT_SECRET, PUBLIC_CLIENT_ID

from .clipboard import SecureClipboard
from .presenter import expiry_text
from .scope_picker import ScopePicker
from .widgets import MessageBanner, SecretField

PROVIDERS = (
    ("X (twitter.com / x.com)", "x"),
    ("Sandbox: try it without an X account", "sandbox"),
    ("Custom server", "custom"),
)
CLIENT_TYPES = (
    ("Public: Native App or Single page App", ClientType.PUBLIC.value),
    ("Confidential: Web App, Automated App or Bot", ClientType.CONFIDENTIAL.value),
)
CLIENT_TYPE_HELP = {
    "public": "Your X app's type (User authentication settings) is Native App or Single page App: no Client Secret.",
    "confidential": "Your X app's type is Web App or Automated App or Bot: X gave it a Client Secret. Paste it below.",
}


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _hint() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # A palette, not a style sheet: style sheets cost a style re-polish each (slower first paint).
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


class MainWindow(QMainWindow):
    def __init__(self, controller: FlowController, clipboard: SecureClipboard) -> None:
        super().__init__()
        self.controller = controller
        self.settings = controller.settings
        self.clipboard = clipboard
        self._filling = False  # True while the form is filled from a profile: edits are not user intent
        self.sandbox_host: Any = None  # set by the app (SandboxHost); tests reach the in-process sandbox here
        self._avatar_shown: bytes | None = None
        self._diagnostics: QProcess | None = None
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setObjectName("mainWindow")
        self._build()
        self._build_menu()
        controller.changed.connect(self.update_view)
        controller.form_reset.connect(self.fill_form)
        self._binding_shown = ""  # the token-binding problem last announced in the banner
        controller.message.connect(self._on_message)
        controller.record.connect(self._on_record)
        controller.tick.connect(self._render_expiry)
        clipboard.countdown.connect(self._on_clipboard_countdown)
        controller.vault.degraded.connect(self._on_storage_degraded)
        geometry = self.settings.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 760)

    # --- building -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)

        profile_row = QHBoxLayout()
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setAccessibleName("Saved app profile")
        self.profile_combo.setMinimumWidth(240)
        self.new_profile_button = QPushButton("&New profile")
        self.rename_profile_button = QPushButton("Rena&me")
        self.delete_profile_button = QPushButton("&Delete profile")
        for button in (self.new_profile_button, self.rename_profile_button, self.delete_profile_button):
            button.setAccessibleName(button.text().replace("&", ""))
        profile_row.addWidget(_label("Pro&file:", self.profile_combo))
        profile_row.addWidget(self.profile_combo)
        profile_row.addWidget(self.new_profile_button)
        profile_row.addWidget(self.rename_profile_button)
        profile_row.addWidget(self.delete_profile_button)
        profile_row.addStretch(1)
        self.storage_label = QLabel()
        self.storage_label.setObjectName("storageLabel")
        self.storage_label.setTextFormat(Qt.TextFormat.PlainText)
        profile_row.addWidget(self.storage_label)
        self.storage_button = QToolButton()  # stays while secrets are memory-only, unlike the banner's actions
        self.storage_button.setObjectName("storageButton")
        self.storage_button.setText("Storage…")
        self.storage_button.setAccessibleName("Secret storage options")
        self.storage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        storage_menu = QMenu(self.storage_button)
        storage_menu.addAction("Retry keychain", self._retry_keychain)
        storage_menu.addAction("Save in a private file…", self.opt_in_plain_file)
        self.storage_button.setMenu(storage_menu)
        profile_row.addWidget(self.storage_button)
        outer.addLayout(profile_row)

        self.banner = MessageBanner()
        outer.addWidget(self.banner)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._scrolling(self._build_setup(), "App and permissions"), 1)
        left.addWidget(self.authorize_button)
        left.addWidget(self._build_waiting())
        columns.addLayout(left, 3)
        columns.addWidget(self._scrolling(self._build_tokens(), "Tokens"), 2)
        outer.addLayout(columns, 1)
        outer.addWidget(self._build_log())
        self.setCentralWidget(central)

        self.profile_combo.activated.connect(self._on_profile_chosen)
        self.new_profile_button.clicked.connect(self._new_profile)
        self.rename_profile_button.clicked.connect(self._rename_profile)
        self.delete_profile_button.clicked.connect(self._delete_profile)

    @staticmethod
    def _scrolling(widget: QWidget, name: str) -> QScrollArea:
        area = QScrollArea()
        area.setAccessibleName(name)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        return area

    def _build_setup(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 4, 0)

        app_box = QGroupBox("1. Your X app")
        form = QFormLayout(app_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.provider_combo = QComboBox()
        self.provider_combo.setObjectName("providerCombo")
        self.provider_combo.setAccessibleName("Provider")
        for text, key in PROVIDERS:
            self.provider_combo.addItem(text, key)
        form.addRow(_label("Pro&vider:", self.provider_combo), self.provider_combo)

        self.client_id_edit = QLineEdit()
        self.client_id_edit.setObjectName("clientIdEdit")
        self.client_id_edit.setAccessibleName("Client ID")
        self.client_id_edit.setPlaceholderText("OAuth 2.0 Client ID from Keys and tokens")
        self.client_id_hint = _hint()
        self.client_id_hint.setObjectName("clientIdHint")
        form.addRow(_label("&Client ID:", self.client_id_edit), self.client_id_edit)
        form.addRow("", self.client_id_hint)

        self.client_type_combo = QComboBox()
        self.client_type_combo.setObjectName("clientTypeCombo")
        self.client_type_combo.setAccessibleName("Client type")
        for text, key in CLIENT_TYPES:
            self.client_type_combo.addItem(text, key)
        self.client_type_help = _hint()
        form.addRow(_label("Client &type:", self.client_type_combo), self.client_type_combo)
        form.addRow("", self.client_type_help)

        self.client_secret_edit = QLineEdit()
        self.client_secret_edit.setObjectName("clientSecretEdit")
        self.client_secret_edit.setAccessibleName("Client Secret")
        self.client_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhHiddenText
        )
        self.client_secret_edit.setPlaceholderText("Client Secret (kept in your keychain)")
        self.client_secret_label = _label("Client &Secret:", self.client_secret_edit)
        form.addRow(self.client_secret_label, self.client_secret_edit)

        redirect_row = QHBoxLayout()
        self.redirect_uri_edit = QLineEdit()
        self.redirect_uri_edit.setObjectName("redirectUriEdit")
        self.redirect_uri_edit.setAccessibleName("Callback URI")
        self.copy_redirect_button = QToolButton()
        self.copy_redirect_button.setText("Copy")
        self.copy_redirect_button.setAccessibleName("Copy callback URI")
        redirect_row.addWidget(self.redirect_uri_edit, 1)
        redirect_row.addWidget(self.copy_redirect_button)
        form.addRow(_label("Callback &URI:", self.redirect_uri_edit), redirect_row)
        self.redirect_hint = _hint()
        self.redirect_hint.setText(
            "Add exactly this URI as a Callback URI / Redirect URL under your app's User authentication settings "
            "in the X developer console."
        )
        form.addRow("", self.redirect_hint)
        layout.addWidget(app_box)

        self.endpoints_box = QGroupBox("Server endpoints")
        ep_form = QFormLayout(self.endpoints_box)
        self.endpoint_edits: dict[str, QLineEdit] = {}
        for key, name, label in (
            ("authorize_url", "authorizeUrlEdit", "Authori&ze URL:"),
            ("token_url", "tokenUrlEdit", "T&oken URL:"),
            ("revoke_url", "revokeUrlEdit", "Re&voke URL:"),
            ("me_url", "meUrlEdit", "&Who-am-I URL:"),
        ):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            self.endpoint_edits[key] = edit
            ep_form.addRow(_label(label, edit), edit)
        self.pkce_combo = QComboBox()
        self.pkce_combo.setObjectName("pkceCombo")
        self.pkce_combo.setAccessibleName("PKCE method")
        self.pkce_combo.addItem("S256 (recommended)", S256)
        self.pkce_combo.addItem("plain (only for servers without S256)", PLAIN)
        self.pkce_warning = _hint()
        ep_form.addRow(_label("&PKCE:", self.pkce_combo), self.pkce_combo)
        ep_form.addRow("", self.pkce_warning)
        layout.addWidget(self.endpoints_box)

        scope_box = QGroupBox("2. Permissions")
        scope_layout = QVBoxLayout(scope_box)
        self.scope_picker = ScopePicker()
        self.scope_picker.setMinimumHeight(220)
        scope_layout.addWidget(self.scope_picker)
        layout.addWidget(scope_box, 1)

        self.authorize_button = QPushButton("&Authorize in browser")
        self.authorize_button.setObjectName("authorizeButton")
        self.authorize_button.setAccessibleName("Authorize in browser")
        self.authorize_button.setDefault(True)
        self.authorize_button.setMinimumHeight(36)
        font = self.authorize_button.font()
        font.setBold(True)
        self.authorize_button.setFont(font)

        self.provider_combo.activated.connect(self._on_provider_chosen)
        self.client_type_combo.activated.connect(self._on_client_type_chosen)
        self.client_id_edit.textEdited.connect(self._on_form_edited)
        self.redirect_uri_edit.textEdited.connect(self._on_form_edited)
        for edit in self.endpoint_edits.values():
            edit.textEdited.connect(self._on_form_edited)
        self.pkce_combo.activated.connect(self._on_form_edited)
        self.scope_picker.changed.connect(self._on_form_edited)
        self._secret_typed = False  # the user typed in the secret field since it was last taken
        self.client_secret_edit.textEdited.connect(lambda _t: setattr(self, "_secret_typed", True))
        self.client_secret_edit.editingFinished.connect(self._take_client_secret)
        for edit in (self.client_id_edit, self.client_secret_edit, self.redirect_uri_edit):
            edit.returnPressed.connect(self._authorize)
        self.copy_redirect_button.clicked.connect(
            lambda: self.clipboard.copy_plain(self.redirect_uri_edit.text().strip())
        )
        self.authorize_button.clicked.connect(self._authorize)
        return page

    def _build_waiting(self) -> QWidget:
        self.waiting_box = QGroupBox("Waiting for the browser")
        grid = QGridLayout(self.waiting_box)
        self.waiting_progress = QProgressBar()
        self.waiting_progress.setRange(0, 0)
        self.waiting_progress.setTextVisible(False)
        self.waiting_progress.setMaximumHeight(8)
        self.cancel_button = QPushButton("&Cancel login")
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName("Cancel login")
        grid.addWidget(self.waiting_progress, 0, 0, 1, 2)
        grid.addWidget(self.cancel_button, 0, 2)
        self.authorize_url_view = QLineEdit()
        self.authorize_url_view.setObjectName("authorizeUrlView")
        self.authorize_url_view.setAccessibleName("Authorization address")
        self.authorize_url_view.setReadOnly(True)
        copy_url = QToolButton()
        copy_url.setText("Copy")
        copy_url.setAccessibleName("Copy authorization address")
        grid.addWidget(_label("If no browser opened, open this address:", self.authorize_url_view), 1, 0, 1, 3)
        grid.addWidget(self.authorize_url_view, 2, 0, 1, 2)
        grid.addWidget(copy_url, 2, 2)
        self.paste_redirect_edit = QLineEdit()
        self.paste_redirect_edit.setObjectName("pasteRedirectEdit")
        self.paste_redirect_edit.setAccessibleName("Paste the address shown after approving")
        self.paste_redirect_edit.setPlaceholderText("…or paste the address the browser shows after you approve")
        self.paste_redirect_button = QPushButton("Use pasted address")
        self.paste_redirect_button.setObjectName("pasteRedirectButton")
        self.paste_redirect_button.setAccessibleName("Use pasted address")
        grid.addWidget(self.paste_redirect_edit, 3, 0, 1, 2)
        grid.addWidget(self.paste_redirect_button, 3, 2)
        self.cancel_button.clicked.connect(lambda: self.controller.cancel_login())
        copy_url.clicked.connect(lambda: self.clipboard.copy_plain(self.authorize_url_view.text()))
        self.paste_redirect_button.clicked.connect(self._submit_paste)
        self.paste_redirect_edit.returnPressed.connect(self._submit_paste)
        return self.waiting_box

    def _build_tokens(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 0, 0, 0)
        box = QGroupBox("3. Your tokens")
        v = QVBoxLayout(box)

        user_row = QHBoxLayout()
        self.avatar_label = QLabel()
        self.avatar_label.setObjectName("avatarLabel")
        self.avatar_label.setFixedSize(48, 48)
        self.avatar_label.setAccessibleName("Profile picture")
        self.user_label = QLabel("Not signed in yet.")
        self.user_label.setObjectName("userLabel")
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.user_label.setWordWrap(True)
        user_row.addWidget(self.avatar_label)
        user_row.addWidget(self.user_label, 1)
        v.addLayout(user_row)

        form = QFormLayout()
        self.access_field = SecretField("accessTokenField", "Access token")
        self.refresh_field = SecretField("refreshTokenField", "Refresh token")
        form.addRow(_label("Access &token:", self.access_field.edit), self.access_field)
        form.addRow(_label("Re&fresh token:", self.refresh_field.edit), self.refresh_field)
        self.expiry_label = QLabel("—")
        self.expiry_label.setObjectName("expiryLabel")
        self.type_label = QLabel("—")
        self.scopes_label = QLabel("—")
        self.scopes_label.setObjectName("grantedScopesLabel")
        self.scopes_label.setWordWrap(True)
        self.scopes_label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.expiry_label, self.type_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("Expires:", self.expiry_label)
        form.addRow("Type:", self.type_label)
        form.addRow("Granted:", self.scopes_label)
        v.addLayout(form)

        actions = QHBoxLayout()
        self.refresh_button = QPushButton("&Refresh")
        self.refresh_button.setObjectName("refreshButton")
        self.revoke_button = QPushButton("Re&voke")
        self.revoke_button.setObjectName("revokeButton")
        self.who_button = QPushButton("&Who am I?")
        self.who_button.setObjectName("whoAmIButton")
        for b, name in (
            (self.refresh_button, "Refresh token"),
            (self.revoke_button, "Revoke tokens"),
            (self.who_button, "Who am I"),
        ):
            b.setAccessibleName(name)
            actions.addWidget(b)
        v.addLayout(actions)
        self.auto_refresh_check = QCheckBox("Refresh &automatically before it expires")
        self.auto_refresh_check.setObjectName("autoRefreshCheck")
        v.addWidget(self.auto_refresh_check)

        self.binding_box = QFrame()
        self.binding_box.setObjectName("tokenBindingNotice")
        self.binding_box.setFrameShape(QFrame.Shape.StyledPanel)
        binding_layout = QVBoxLayout(self.binding_box)
        self.binding_label = QLabel()
        self.binding_label.setObjectName("tokenBindingLabel")
        self.binding_label.setWordWrap(True)
        self.binding_label.setTextFormat(Qt.TextFormat.PlainText)
        binding_layout.addWidget(self.binding_label)
        binding_row = QHBoxLayout()
        self.sign_in_again_button = QPushButton("Sign in again")
        self.sign_in_again_button.setObjectName("signInAgainButton")
        self.restore_settings_button = QPushButton("Restore those settings")
        self.restore_settings_button.setObjectName("restoreSettingsButton")
        binding_row.addWidget(self.sign_in_again_button)
        binding_row.addWidget(self.restore_settings_button)
        binding_row.addStretch(1)
        binding_layout.addLayout(binding_row)
        self.binding_box.setVisible(False)
        v.addWidget(self.binding_box)
        self.sign_in_again_button.clicked.connect(self._authorize)
        self.restore_settings_button.clicked.connect(lambda: self.controller.restore_token_settings())

        export_box = QGroupBox("Copy for developers")
        export_row = QHBoxLayout(export_box)
        self.export_buttons: dict[exports.ExportFormat, QPushButton] = {}
        for kind in exports.ExportFormat:
            tip, text = exports.FORMATS[kind]
            button = QPushButton(text)
            button.setObjectName(f"export{kind.value.capitalize()}Button")  # exportHeaderButton, …
            button.setAccessibleName(tip)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, k=kind: self._export(k))
            export_row.addWidget(button)
            self.export_buttons[kind] = button
        v.addWidget(export_box)
        self.clipboard_label = _hint()
        self.clipboard_label.setObjectName("clipboardLabel")
        v.addWidget(self.clipboard_label)
        note = _hint()
        note.setText("Tokens act as you: share them with no one, and hide them before sharing your screen.")
        v.addWidget(note)
        layout.addWidget(box)
        layout.addStretch(1)

        self.access_field.copy_requested.connect(self.clipboard.copy_secret)
        self.refresh_field.copy_requested.connect(self.clipboard.copy_secret)
        self.refresh_button.clicked.connect(lambda: self.controller.refresh())
        self.revoke_button.clicked.connect(lambda: self.controller.revoke())
        self.who_button.clicked.connect(lambda: self.controller.who_am_i())
        self.auto_refresh_check.toggled.connect(self.controller.set_auto_refresh)
        return page

    def _build_log(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.log_toggle = QToolButton()
        self.log_toggle.setObjectName("requestLogToggle")
        self.log_toggle.setText("Request log (0)")
        self.log_toggle.setCheckable(True)
        self.log_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.log_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.log_toggle.setAccessibleName("Show request log")
        self.copy_log_button = QToolButton()
        self.copy_log_button.setText("Copy log")
        self.copy_log_button.setAccessibleName("Copy request log")
        row.addWidget(self.log_toggle)
        row.addStretch(1)
        row.addWidget(self.copy_log_button)
        v.addLayout(row)
        self.log_view = QPlainTextEdit()
        self.log_view.setObjectName("requestLog")
        self.log_view.setAccessibleName("Request log")
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumHeight(140)
        self.log_view.setVisible(False)
        v.addWidget(self.log_view)
        self.log_count = 0
        self.log_toggle.toggled.connect(self._toggle_log)
        self.copy_log_button.clicked.connect(lambda: self.clipboard.copy_plain(self.log_view.toPlainText()))
        return box

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        tools = self.menuBar().addMenu("&Tools")
        clear_action = QAction("Clipboard clearing delay…", self)
        clear_action.triggered.connect(self._choose_clipboard_delay)
        tools.addAction(clear_action)
        self.diagnostics_action = QAction("&Diagnostics…", self)
        self.diagnostics_action.setObjectName("diagnosticsAction")
        self.diagnostics_action.triggered.connect(self.run_diagnostics)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.diagnostics_action)
        about = QAction("&About xauth-gui", self)
        about.triggered.connect(
            lambda: QMessageBox.about(
                self, "About xauth-gui", f"xauth-gui {__version__}\nGet X API user tokens with OAuth 2.0 PKCE."
            )
        )
        help_menu.addAction(about)

    # --- profiles -----------------------------------------------------------------------------------------
    def fill_profiles(self) -> None:
        current = self.controller.profile.id
        self.profile_combo.clear()
        for p in self.settings.profiles():
            label = p.name + (f"  (@{p.username})" if p.username else "")
            self.profile_combo.addItem(label, p.id)
        index = self.profile_combo.findData(current)
        self.profile_combo.setCurrentIndex(max(index, 0))
        self.delete_profile_button.setEnabled(self.profile_combo.count() > 0)

    def show_profile(self, profile: Profile) -> None:
        self.controller.load_profile(profile)
        self.settings.current_profile_id = profile.id
        self.fill_profiles()
        self.fill_form()

    def _on_profile_chosen(self, index: int) -> None:
        wanted = self.profile_combo.itemData(index)
        for p in self.settings.profiles():
            if p.id == wanted and p.id != self.controller.profile.id:
                self.show_profile(p)

    def _new_profile(self) -> None:
        name, ok = QInputDialog.getText(
            self, "New profile", "Name for this app profile:", text=f"App {self.profile_combo.count() + 1}"
        )
        if ok:
            profile = Profile(name=name.strip() or "My X app")
            self.settings.save_profile(profile)
            self.show_profile(profile)

    def _rename_profile(self) -> None:
        profile = self.controller.profile
        name, ok = QInputDialog.getText(self, "Rename profile", "New name:", text=profile.name)
        if ok and name.strip():
            self.controller.update_profile(replace(profile, name=name.strip()))
            self.fill_profiles()

    def _delete_profile(self) -> None:
        profile = self.controller.profile
        answer = QMessageBox.question(
            self,
            "Delete profile",
            f"Delete the profile \u201c{profile.name}\u201d and its saved secrets from this computer?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_current_profile()

    def delete_current_profile(self) -> None:
        """Delete the current profile and its keyring entries, then show another (or a fresh one)."""
        profile = self.controller.profile
        self.controller.vault.delete_profile(profile)
        self.settings.delete_profile(profile.id)
        remaining = self.settings.profiles()
        if not remaining:
            remaining = [Profile()]
            self.settings.save_profile(remaining[0])
        self.show_profile(remaining[0])
        self.controller.say("info", f"The profile \u201c{profile.name}\u201d and its saved secrets were deleted.")

    # --- form <-> profile ---------------------------------------------------------------------------------
    def fill_form(self) -> None:
        p = self.controller.profile
        self._filling = True
        try:
            self.provider_combo.setCurrentIndex(max(self.provider_combo.findData(p.provider), 0))
            self.client_id_edit.setText(p.client_id)
            self.client_type_combo.setCurrentIndex(max(self.client_type_combo.findData(p.client_type), 0))
            self.redirect_uri_edit.setText(p.redirect_uri)
            self.scope_picker.set_selected_scopes(p.scopes)
            self.pkce_combo.setCurrentIndex(max(self.pkce_combo.findData(p.pkce_method), 0))
            self._fill_endpoints()
        finally:
            self._filling = False
        self.update_view()

    def _fill_endpoints(self) -> None:
        p = self.controller.profile
        if p.provider == "sandbox":
            ep: Endpoints | None = self.controller.endpoints
        elif p.provider == "custom":
            ep = p.custom_endpoints
        else:
            ep = X_ENDPOINTS
        if ep is not None:
            for key, edit in self.endpoint_edits.items():
                edit.setText(getattr(ep, key))

    def _profile_from_form(self) -> Profile:
        p = self.controller.profile
        custom = p.custom_endpoints
        if p.provider == "custom":
            custom = Endpoints(
                *(self.endpoint_edits[k].text().strip() for k in ("authorize_url", "token_url", "revoke_url", "me_url"))
            )
        return replace(
            p,
            client_id=self.client_id_edit.text().strip(),
            client_type=self.client_type_combo.currentData(),
            redirect_uri=self.redirect_uri_edit.text().strip(),
            scopes=tuple(self.scope_picker.selected_scopes()),
            custom_endpoints=custom,
            pkce_method=self.pkce_combo.currentData(),
        )

    def _on_form_edited(self, *_args: object) -> None:
        if not self._filling:
            self.controller.update_profile(self._profile_from_form())

    def _on_provider_chosen(self, index: int) -> None:
        provider = self.provider_combo.itemData(index)
        profile = replace(self._profile_from_form(), provider=provider)
        self.controller.update_profile(profile)
        if provider == "sandbox":
            self.apply_sandbox_client()
        self.fill_form()

    def _on_client_type_chosen(self, _index: int) -> None:
        self._on_form_edited()
        if self.controller.profile.provider == "sandbox":
            self.apply_sandbox_client()
            self.fill_form()

    def apply_sandbox_client(self) -> None:
        """The sandbox's client matching the chosen type, and its (published) secret."""
        confidential = self.client_type_combo.currentData() == ClientType.CONFIDENTIAL.value
        profile = replace(
            self.controller.profile, client_id=CONFIDENTIAL_CLIENT_ID if confidential else PUBLIC_CLIENT_ID
        )
        self.controller.update_profile(profile)
        self.controller.set_client_secret(CONFIDENTIAL_CLIENT_SECRET if confidential else "")

    # --- actions ------------------------------------------------------------------------------------------
    def _authorize(self) -> None:
        if not self.authorize_button.isEnabled():
            return
        self.controller.update_profile(self._profile_from_form())
        if self.client_secret_edit.isVisible():
            self._take_client_secret()
        self.controller.start_login()

    def _take_client_secret(self) -> None:
        """A secret typed here is for the server now in the form; an untouched one keeps its server (B2)."""
        typed, self._secret_typed = self._secret_typed, False
        self.controller.set_client_secret(self.client_secret_edit.text(), entered=typed)

    def _submit_paste(self) -> None:
        text = self.paste_redirect_edit.text()
        self.paste_redirect_edit.clear()
        self.controller.submit_pasted(text)

    def _export(self, kind: exports.ExportFormat) -> None:
        c = self.controller
        tokens = c.tokens
        if tokens is None:
            return
        # The issuer's URL and client id: an export never points the token at other settings' server.
        issuer = tokens.issuer
        endpoints = c.endpoints if issuer is None or issuer.provider == "sandbox" else issuer.endpoints
        try:
            text = exports.export(kind, tokens, endpoints, issuer.client_id if issuer else c.profile.client_id)
        except errors.XAuthError as exc:
            c.fail(exc)
            return
        self.clipboard.copy_secret(text)
        c.say("info", f"Copied: {exports.FORMATS[kind][0].removeprefix('Copy as ').removeprefix('Copy ')}.")

    def _choose_clipboard_delay(self) -> None:
        value, ok = QInputDialog.getInt(
            self,
            "Clipboard",
            "Clear copied tokens after how many seconds? (0: never)",
            self.clipboard.clear_after_s,
            0,
            3600,
        )
        if ok:
            self.clipboard.clear_after_s = value
            self.settings.clipboard_clear_seconds = value

    def _toggle_log(self, shown: bool) -> None:
        self.log_view.setVisible(shown)
        self.log_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # --- diagnostics --------------------------------------------------------------------------------------
    def run_diagnostics(self) -> None:
        """Run `--diagnose` in a separate process (it opens its own sandbox and Qt probe) and show the report."""
        from xauth_gui.diagnose import self_command

        if self._diagnostics is not None:
            return
        command = self_command("--diagnose")
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.finished.connect(lambda *_: self._show_diagnostics(process))
        self._diagnostics = process
        self.diagnostics_action.setEnabled(False)
        self.controller.say("progress", "Running diagnostics (about 10 seconds)…")
        process.start(command[0], command[1:])

    def _show_diagnostics(self, process: QProcess) -> None:
        report = bytes(process.readAll().data()).decode("utf-8", "replace")
        self._diagnostics = None
        self.diagnostics_action.setEnabled(True)
        ok = process.exitStatus() == QProcess.ExitStatus.NormalExit and process.exitCode() == 0
        self.controller.say(
            "success" if ok else "warning",
            "Diagnostics finished: " + ("all needed checks passed." if ok else "some checks failed."),
        )
        dialog = QDialog(self)
        dialog.setObjectName("diagnosticsDialog")
        dialog.setWindowTitle("xauth-gui diagnostics")
        layout = QVBoxLayout(dialog)
        text = QPlainTextEdit(report.strip())
        text.setReadOnly(True)
        text.setMinimumSize(640, 240)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("Copy report", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: self.clipboard.copy_plain(report))
        buttons.rejected.connect(dialog.close)
        layout.addWidget(buttons)
        dialog.show()
        process.deleteLater()

    # --- storage ------------------------------------------------------------------------------------------
    def _on_storage_degraded(self, problem: errors.XAuthError) -> None:
        actions: list[tuple[str, Callable[[], None]]] = [("Save in a private file…", self.opt_in_plain_file)]
        if isinstance(problem, errors.StorageLockedError | errors.StorageTimeoutError):
            actions.insert(0, ("Retry keychain", self._retry_keychain))
        self.controller.say("warning", problem.user_text, *actions)
        self.update_view()

    def plain_file_path(self) -> Path:
        return self.settings.plain_file_path

    def opt_in_plain_file(self, confirm: bool = True) -> None:
        path = self.plain_file_path()
        if confirm:
            answer = QMessageBox.warning(
                self,
                "Save secrets in a plain-text file?",
                f"Your client secret and tokens will be written unencrypted to\n{path}\n\nOnly your user account can "
                "read the file, but anyone with access to your account or your backups can. "
                "Use the keychain when you can.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.settings.plain_file_opt_in = True
        self.controller.vault.use_plain_file(path, {})
        self.controller.persist_current()
        self.controller.say("warning", f"Secrets are now saved in plain text in {path} (readable only by you).")

    def _retry_keychain(self) -> None:
        self.controller.vault.open(on_ready=self.controller.persist_current)

    # --- rendering ----------------------------------------------------------------------------------------
    def _on_message(self, message: Message) -> None:
        self.banner.show_message(message.kind, message.text, message.actions)

    def _on_record(self, record: ExchangeRecord) -> None:
        stamp = time.strftime("%H:%M:%S")
        status = record.status if record.status is not None else "no answer"
        line = f"{stamp}  {record.method} {record.url}  ->  {status}  ({record.elapsed_ms:.0f} ms)"
        if record.error:
            line += f"  {record.error}"
        self.log_view.appendPlainText(line)
        self.log_count += 1
        self.log_toggle.setText(f"Request log ({self.log_count})")

    def _on_clipboard_countdown(self, seconds: int) -> None:
        self.clipboard_label.setText(f"Copied. The clipboard will be cleared in {seconds} s." if seconds > 0 else "")

    def update_view(self) -> None:
        c = self.controller
        p = c.profile
        provider = p.provider
        confidential = p.client_type == ClientType.CONFIDENTIAL.value
        self.client_secret_label.setVisible(confidential)
        self.client_secret_edit.setVisible(confidential)
        if self.client_secret_edit.text() != c.client_secret and not self.client_secret_edit.hasFocus():
            self.client_secret_edit.setText(c.client_secret)
        self.client_type_help.setText(CLIENT_TYPE_HELP[p.client_type])
        hint = client_id_hint(p.client_id) if provider == "x" else None
        self.client_id_hint.setText(hint or "")
        self.client_id_hint.setVisible(bool(hint))
        self.endpoints_box.setVisible(provider != "x")
        editable = provider == "custom"
        for edit in self.endpoint_edits.values():
            edit.setReadOnly(not editable)
        self.client_id_edit.setReadOnly(provider == "sandbox")
        self.client_secret_edit.setReadOnly(provider == "sandbox")
        self.pkce_combo.setEnabled(editable)
        plain = p.effective_pkce_method() == PLAIN
        self.pkce_warning.setText(
            "⚠ plain PKCE sends the verifier in the clear; use it only if this server lacks S256." if plain else ""
        )
        self.pkce_warning.setVisible(plain)

        waiting = c.phase is not Phase.IDLE
        self.waiting_box.setVisible(waiting)
        self.waiting_box.setTitle("Getting your token…" if c.phase is Phase.EXCHANGING else "Waiting for the browser")
        if self.authorize_url_view.text() != (c.authorize_url if waiting else ""):
            self.authorize_url_view.setText(c.authorize_url if waiting else "")
            self.authorize_url_view.setCursorPosition(0)
        self.paste_redirect_edit.setEnabled(c.phase is Phase.WAITING)
        self.paste_redirect_button.setEnabled(c.phase is Phase.WAITING)
        self.cancel_button.setEnabled(waiting)
        self.authorize_button.setEnabled(c.phase is not Phase.EXCHANGING and not c.loading)
        self.authorize_button.setText("&Authorize again" if c.tokens else "&Authorize in browser")

        t = c.tokens
        self.access_field.set_value(t.access_token if t else "")
        self.refresh_field.set_value(t.refresh_token or "" if t else "")
        self.refresh_field.edit.setPlaceholderText(
            "none (offline.access not granted)" if t and not t.refresh_token else "none yet"
        )
        idle = not (c.refreshing or c.revoking)
        self.refresh_button.setEnabled(bool(t and t.refresh_token) and idle)
        self.revoke_button.setEnabled(bool(t) and idle)
        self.who_button.setEnabled(bool(t) and not c.checking_user)
        for button in self.export_buttons.values():
            button.setEnabled(bool(t))
        if self.auto_refresh_check.isChecked() != c.auto_refresh:
            self.auto_refresh_check.setChecked(c.auto_refresh)
        self.type_label.setText(t.token_type.capitalize() if t else "—")
        if t:
            missing = [s for s in p.scopes if s not in t.scopes]
            granted = " ".join(t.scopes) or "(none)"
            self.scopes_label.setText(granted + (f"\nNot granted: {' '.join(missing)}" if missing else ""))
        else:
            self.scopes_label.setText("—")
        self._render_user()
        self._render_expiry()
        store = c.vault.store
        pending = len(c.vault.pending)
        self.storage_label.setText(
            f"Secrets: {store.name}"
            + ("" if store.secure else "  ⚠ plain text")
            + (f"  ⚠ {pending} removal{'s' if pending != 1 else ''} waiting for the keychain" if pending else "")
        )
        self.storage_button.setVisible(c.vault.problem is not None or pending > 0)
        self._render_binding()
        title_name = p.name if p.name else ""
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — {title_name}" if title_name else APP_DISPLAY_NAME)

    def _render_binding(self) -> None:
        """Tokens from other settings: a lasting notice, and the banner once when it starts (B1)."""
        problem = self.controller.token_binding_problem
        self.binding_label.setText(problem)
        self.binding_box.setVisible(bool(problem))
        if problem and problem != self._binding_shown:
            self.controller.say(
                "warning",
                problem + " Sign in again for the new settings, or restore those settings.",
                ("Sign in again", self._authorize),
                ("Restore those settings", self.controller.restore_token_settings),
            )
        self._binding_shown = problem

    def _render_user(self) -> None:
        c = self.controller
        if c.user and c.user.username:
            name = f"{c.user.name}\n@{c.user.username}" if c.user.name else f"@{c.user.username}"
            self.user_label.setText(name)
        elif c.tokens:
            self.user_label.setText("Signed in. Press Who am I? to see the account.")
        else:
            self.user_label.setText("Not signed in yet.")
        if c.avatar is self._avatar_shown:
            return  # decode a picture once, not on every state change
        self._avatar_shown = c.avatar
        pixmap = QPixmap()
        if c.avatar and pixmap.loadFromData(c.avatar):
            self.avatar_label.setPixmap(
                pixmap.scaled(48, 48, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.avatar_label.clear()

    def _render_expiry(self) -> None:
        c = self.controller
        self.expiry_label.setText(expiry_text(c.tokens, c.clock(), stale=c.stale))

    def shutdown(self) -> None:
        """On quit: stop listening and working, wipe our clipboard copy, save settings, stop the sandbox."""
        self.controller.shutdown()
        self.controller.vault.shutdown()
        self.clipboard.clear_if_ours()
        self.settings.sync()
        if self.sandbox_host is not None:
            self.sandbox_host.stop()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt name
        # Revealed tokens are hidden again when the window goes to the background or is minimised.
        if event.type() in (QEvent.Type.ActivationChange, QEvent.Type.WindowStateChange) and (
            not self.isActiveWindow() or self.isMinimized()
        ):
            self.access_field.hide_value()
            self.refresh_field.hide_value()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        self.clipboard.clear_if_ours()
        super().closeEvent(event)
