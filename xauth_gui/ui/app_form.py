"""Panel "1. Your X app": provider, client, callback URI and (for other servers) the endpoints.

It owns the form-to-profile binding: every edit the user makes is handed to the controller as a new
profile; `fill` puts a profile back into the form without that counting as an edit.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xauth_gui.core.client import ClientType, client_id_hint
from xauth_gui.core.endpoints import X_ENDPOINTS, Endpoints, Provider
from xauth_gui.core.profile import Profile
from xauth_gui.core.session import SessionState
from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate
from xauth_gui.qt.controller import FlowController

from .clipboard import SecureClipboard

if TYPE_CHECKING:
    from .endpoints_box import EndpointsBox
from .panel import StateView, buddy_label, combo_box, hint_label, line_edit, render_all
from .presenter import client_type_help, pkce_warning, sandbox_text, secret_placeholder

PROVIDERS = (
    (QT_TRANSLATE_NOOP("AppForm", "X (twitter.com / x.com)"), Provider.X),
    (QT_TRANSLATE_NOOP("AppForm", "Sandbox: try it without an X account"), Provider.SANDBOX),
    (QT_TRANSLATE_NOOP("AppForm", "Custom server"), Provider.CUSTOM),
)
CLIENT_TYPES = (
    (QT_TRANSLATE_NOOP("AppForm", "Public: Native App or Single page App"), ClientType.PUBLIC.value),
    (QT_TRANSLATE_NOOP("AppForm", "Confidential: Web App, Automated App or Bot"), ClientType.CONFIDENTIAL.value),
)
REDIRECT_HINT = QT_TRANSLATE_NOOP("AppForm", "Register exactly this as your X app's Callback URI.")


def _translated(items: tuple[tuple[str, Any], ...]) -> list[tuple[str, Any]]:
    return [(translate("AppForm", text), key) for text, key in items]


class AppForm(QWidget):
    authorize_requested = Signal()  # Enter in a field
    profile_switched = Signal()  # the provider box showed another profile (the sandbox's, or back)
    help_requested = Signal()  # "Where is it?": the set-up guide

    def __init__(self, controller: FlowController, clipboard: SecureClipboard) -> None:
        super().__init__()
        self.controller = controller
        self._filling = False  # True while the form is filled from a profile: edits are not user intent
        self._secret_typed = False  # the user typed in the secret field since it was last taken
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._build_app_box(clipboard))
        self.endpoints_box: EndpointsBox | None = None  # built when a server other than X is chosen
        self._views: list[StateView[Any]] = [
            StateView(lambda s: (s.profile.provider, s.profile.client_type, s.profile.client_id), self._render_client),
            StateView(lambda s: s.client_secret, self._render_secret),
            StateView(lambda s: secret_placeholder(s.storage), self.client_secret_edit.setPlaceholderText),
            StateView(self._server_view, self._render_server),
        ]
        self._connect()

    def _build_app_box(self, clipboard: SecureClipboard) -> QGroupBox:
        box = QGroupBox(translate("AppForm", "1. Your X app"))
        form = self._form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.provider_combo = combo_box("providerCombo", translate("AppForm", "Provider"), _translated(PROVIDERS))
        self.advanced_button = QToolButton()
        self.advanced_button.setObjectName("advancedButton")
        self.advanced_button.setText(translate("AppForm", "A&dvanced"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setAccessibleName(translate("AppForm", "Show the server endpoints and PKCE"))
        provider_row = QHBoxLayout()
        provider_row.addWidget(self.provider_combo, 1)
        provider_row.addWidget(self.advanced_button)
        form.addRow(buddy_label(translate("AppForm", "Pro&vider:"), self.provider_combo), provider_row)
        self.sandbox_hint = hint_label("sandboxHint")
        form.addRow("", self.sandbox_hint)
        self._add_client_id_row(form)
        self.client_type_combo = combo_box(
            "clientTypeCombo", translate("AppForm", "Client type"), _translated(CLIENT_TYPES)
        )
        self.client_type_help = hint_label()
        form.addRow(buddy_label(translate("AppForm", "Client t&ype:"), self.client_type_combo), self.client_type_combo)
        form.addRow("", self.client_type_help)
        self.client_secret_edit = line_edit(
            "clientSecretEdit",
            translate("AppForm", "Client Secret"),
            translate("AppForm", "Client Secret (kept in your keychain)"),
        )
        self.client_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhHiddenText
        )
        self.client_secret_label = buddy_label(translate("AppForm", "Client &Secret:"), self.client_secret_edit)
        form.addRow(self.client_secret_label, self.client_secret_edit)
        self._add_redirect_row(form, clipboard)
        return box

    def _add_client_id_row(self, form: QFormLayout) -> None:
        self.client_id_edit = line_edit(
            "clientIdEdit",
            translate("AppForm", "Client ID"),
            translate("AppForm", "OAuth 2.0 Client ID, from your app's Keys and tokens"),
        )
        self.client_id_hint = hint_label("clientIdHint")
        where = QToolButton()
        where.setObjectName("whereIsClientIdButton")
        where.setText(translate("AppForm", "Where is it?"))
        where.setToolTip(translate("AppForm", "Step by step through the X developer console"))
        where.clicked.connect(self.help_requested)
        id_row = QHBoxLayout()
        id_row.addWidget(self.client_id_edit, 1)
        id_row.addWidget(where)
        form.addRow(buddy_label(translate("AppForm", "&Client ID:"), self.client_id_edit), id_row)
        form.addRow("", self.client_id_hint)

    def _add_redirect_row(self, form: QFormLayout, clipboard: SecureClipboard) -> None:
        self.redirect_uri_edit = line_edit("redirectUriEdit", translate("AppForm", "Callback URI"))
        copy_redirect = QToolButton()
        copy_redirect.setText(translate("AppForm", "Copy"))
        copy_redirect.setAccessibleName(translate("AppForm", "Copy callback URI"))
        copy_redirect.clicked.connect(lambda: clipboard.copy_plain(self.redirect_uri_edit.text().strip()))
        row = QHBoxLayout()
        row.addWidget(self.redirect_uri_edit, 1)
        row.addWidget(copy_redirect)
        form.addRow(buddy_label(translate("AppForm", "Callback &URI:"), self.redirect_uri_edit), row)
        self.redirect_hint = hint_label()
        self.redirect_hint.setText(translate("AppForm", REDIRECT_HINT))
        self.redirect_uri_edit.setAccessibleDescription(self.redirect_hint.text())
        form.addRow("", self.redirect_hint)

    def ensure_endpoints(self) -> EndpointsBox:
        """The endpoints box, built on first need (X's users never see it), filled from the profile."""
        if self.endpoints_box is None:
            from .endpoints_box import EndpointsBox  # built after the first paint; not imported before it

            box = self.endpoints_box = EndpointsBox(self.controller)
            box.edited.connect(self.on_edited)
            box.discovery.filled.connect(self.profile_switched)  # the whole window shows the filled profile
            box.setVisible(False)
            self._layout.addWidget(box)
            self._fill_endpoints(self.controller.profile)
        return self.endpoints_box  # its state (visible, editable) is set by _render_server on every provider change

    def _connect(self) -> None:
        self.provider_combo.activated.connect(self._on_provider_chosen)
        self.advanced_button.toggled.connect(lambda _on: self._render_server(self._server_view(self.controller.state)))
        self.client_type_combo.activated.connect(self._on_client_type_chosen)
        for edit in (self.client_id_edit, self.redirect_uri_edit):
            edit.textEdited.connect(self.on_edited)
        self.client_secret_edit.textEdited.connect(lambda _t: setattr(self, "_secret_typed", True))
        self.client_secret_edit.editingFinished.connect(self.take_client_secret)
        for edit in (self.client_id_edit, self.client_secret_edit, self.redirect_uri_edit):
            edit.returnPressed.connect(self.authorize_requested)

    # --- form -> profile ------------------------------------------------------------------------------------
    def profile_from_form(self, scopes: tuple[str, ...]) -> Profile:
        p = self.controller.profile
        custom, pkce = p.custom_endpoints, p.pkce_method
        if self.endpoints_box is not None:
            pkce = self.endpoints_box.pkce_combo.currentData()
            if p.provider is Provider.CUSTOM:
                custom = replace(p.custom_endpoints, **self.endpoints_box.typed())  # what discovery learnt stays
        return replace(
            p,
            client_id=self.client_id_edit.text().strip(),
            client_type=self.client_type_combo.currentData(),
            redirect_uri=self.redirect_uri_edit.text().strip(),
            scopes=scopes,
            custom_endpoints=custom,
            pkce_method=pkce,
        )

    def on_edited(self, *_args: object) -> None:
        if not self._filling:
            self.controller.update_profile(self.profile_from_form(self.controller.profile.scopes))

    def _on_provider_chosen(self, index: int) -> None:
        """The sandbox is a profile of its own: choosing it (or leaving it) switches profiles, so the
        Client ID typed for an X app is never replaced (issue 13, item 1)."""
        self.controller.update_profile(self.profile_from_form(self.controller.profile.scopes))
        if self.controller.profiles.choose_provider(Provider(self.provider_combo.itemData(index))):
            self.apply_sandbox_client()
        self.profile_switched.emit()  # the whole window follows (a Custom server's own scopes, too)

    def _on_client_type_chosen(self, _index: int) -> None:
        self.on_edited()
        if self.controller.profile.provider is Provider.SANDBOX:
            self.apply_sandbox_client()
            self.fill()

    def apply_sandbox_client(self) -> None:
        """On the sandbox profile: its published client of the chosen type (and that one's secret)."""
        confidential = self.controller.profile.client_type is ClientType.CONFIDENTIAL
        self.controller.profiles.use_sandbox_client(confidential)

    def take_client_secret(self) -> None:
        """A secret typed here is for the server now in the form; an untouched one keeps its server (B2)."""
        typed, self._secret_typed = self._secret_typed, False
        self.controller.set_client_secret(self.client_secret_edit.text(), entered=typed)

    # --- profile -> form ------------------------------------------------------------------------------------
    def fill(self) -> None:
        p = self.controller.profile
        self._filling = True
        try:
            self.provider_combo.setCurrentIndex(max(self.provider_combo.findData(p.provider), 0))
            self.client_id_edit.setText(p.client_id)
            self.client_type_combo.setCurrentIndex(max(self.client_type_combo.findData(p.client_type), 0))
            self.redirect_uri_edit.setText(p.redirect_uri)
            self._fill_endpoints(p)
        finally:
            self._filling = False

    def _fill_endpoints(self, p: Profile) -> None:
        if self.endpoints_box is None:
            return
        filling, self._filling = self._filling, True
        try:
            self.endpoints_box.fill(p.pkce_method, self._shown_endpoints(p))
        finally:
            self._filling = filling

    def _shown_endpoints(self, p: Profile) -> Endpoints:
        if p.provider is Provider.SANDBOX:
            return self.controller.endpoints
        return p.custom_endpoints if p.provider is Provider.CUSTOM else X_ENDPOINTS

    # --- rendering ------------------------------------------------------------------------------------------
    def show_state(self, state: SessionState) -> None:
        render_all(self._views, state)

    def _render_client(self, view: tuple[Provider, ClientType, str]) -> None:
        provider, client_type, client_id = view
        wanted = ClientType(client_type)
        confidential = wanted is ClientType.CONFIDENTIAL
        self._form.setRowVisible(self.client_secret_edit, confidential)  # a hidden row leaves no gap
        self.client_type_help.setText(client_type_help(wanted))
        self.client_type_combo.setAccessibleDescription(self.client_type_help.text())
        hint = client_id_hint(client_id, wanted) if provider is Provider.X and client_id.strip() else None
        self.client_id_hint.setText(hint or "")
        self.client_id_edit.setAccessibleDescription(hint or "")  # the hint is heard with the field
        self._form.setRowVisible(self.client_id_hint, bool(hint))
        sandbox = provider is Provider.SANDBOX
        self.client_id_edit.setReadOnly(sandbox)
        self.client_id_edit.setFrame(not sandbox)  # read-only, and looks it; the tooltip says why
        why = translate("AppForm", "The sandbox's own client, filled in for you: the Client type picks which one.")
        self.client_id_edit.setToolTip(why if sandbox else "")
        if sandbox:
            self.client_id_edit.setAccessibleDescription(why)
        self.client_secret_edit.setReadOnly(provider is Provider.SANDBOX)

    def _render_secret(self, secret: str) -> None:
        if self.client_secret_edit.text() != secret and not self.client_secret_edit.hasFocus():
            self.client_secret_edit.setText(secret)

    def _server_view(self, state: SessionState) -> tuple[Provider, str, bool, int]:
        sandbox = state.profile.provider is Provider.SANDBOX
        port = (urlsplit(self.controller.endpoints.token_url).port or 0) if sandbox else 0
        return state.profile.provider, state.profile.effective_pkce_method(), self.advanced_button.isChecked(), port

    def _render_server(self, view: tuple[Provider, str, bool, int]) -> None:
        """Endpoints and PKCE: shown for a custom server, behind Advanced for X and the sandbox."""
        provider, pkce, advanced, sandbox_port = view
        self.advanced_button.setVisible(provider is not Provider.CUSTOM)
        self._form.setRowVisible(self.sandbox_hint, provider is Provider.SANDBOX)
        self._form.setRowVisible(self.redirect_hint, provider is not Provider.SANDBOX)  # the sandbox registers it
        if provider is Provider.SANDBOX:
            self.sandbox_hint.setText(sandbox_text(sandbox_port, self.controller.sandbox_usual_port))
            self.provider_combo.setAccessibleDescription(self.sandbox_hint.text())
        shown = provider is Provider.CUSTOM or advanced
        if shown:
            self.ensure_endpoints()
            self._fill_endpoints(self.controller.profile)
        if self.endpoints_box is None:
            return
        self.endpoints_box.setVisible(shown)
        self.endpoints_box.show_for(provider, pkce_warning(pkce))
