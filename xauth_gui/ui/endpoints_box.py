"""The server endpoints box (a custom server, or behind Advanced for X and the sandbox): the discovery row,
the four endpoint URLs and the PKCE method. Built the first time it is needed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit

from xauth_gui.core.endpoints import Endpoints, Provider
from xauth_gui.core.pkce import PLAIN, S256
from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate
from xauth_gui.qt.controller import FlowController

from .discovery_row import DiscoveryRow
from .panel import buddy_label, combo_box, hint_label, line_edit

ENDPOINT_FIELDS = (  # advanced: no mnemonics (Tab reaches them), so the window's own stay unique
    ("authorize_url", "authorizeUrlEdit", QT_TRANSLATE_NOOP("AppForm", "Authorize URL:")),
    ("token_url", "tokenUrlEdit", QT_TRANSLATE_NOOP("AppForm", "Token URL:")),
    ("revoke_url", "revokeUrlEdit", QT_TRANSLATE_NOOP("AppForm", "Revoke URL:")),
    ("me_url", "meUrlEdit", QT_TRANSLATE_NOOP("AppForm", "Who-am-I URL:")),
)


class EndpointsBox(QGroupBox):
    edited = Signal()  # the user changed an endpoint or the PKCE method

    def __init__(self, controller: FlowController) -> None:
        super().__init__(translate("AppForm", "Server endpoints"))
        form = QFormLayout(self)
        self.discovery = DiscoveryRow(controller, form)  # the first row: the issuer, and Fill in
        self.endpoint_edits: dict[str, QLineEdit] = {}
        for key, name, english in ENDPOINT_FIELDS:
            label = translate("AppForm", english)
            edit = line_edit(name, label.replace("&", "").rstrip(":："))
            edit.textEdited.connect(self.edited)
            self.endpoint_edits[key] = edit
            form.addRow(buddy_label(label, edit), edit)
        self.pkce_combo = combo_box("pkceCombo", translate("AppForm", "PKCE method"), (
            (translate("AppForm", "S256 (recommended)"), S256),
            (translate("AppForm", "plain (only for servers without S256)"), PLAIN),
        ))  # fmt: skip
        self.pkce_combo.activated.connect(self.edited)
        self.pkce_warning = hint_label()
        form.addRow(buddy_label(translate("AppForm", "&PKCE:"), self.pkce_combo), self.pkce_combo)
        form.addRow("", self.pkce_warning)

    def typed(self) -> dict[str, Any]:
        return {key: edit.text().strip() for key, edit in self.endpoint_edits.items()}

    def fill(self, pkce_method: str, endpoints: Endpoints) -> None:
        self.pkce_combo.setCurrentIndex(max(self.pkce_combo.findData(pkce_method), 0))
        self.discovery.show_profile()
        for key, edit in self.endpoint_edits.items():
            edit.setText(getattr(endpoints, key))

    def show_for(self, provider: Provider, warning: str) -> None:
        """Editable for a custom server; read-only (X's, the sandbox's) otherwise."""
        editable = provider is Provider.CUSTOM
        self.discovery.show_for(provider)
        for edit in self.endpoint_edits.values():
            edit.setReadOnly(not editable)
        self.pkce_combo.setEnabled(editable)
        self.pkce_warning.setText(warning)
        self.pkce_warning.setVisible(bool(warning))
