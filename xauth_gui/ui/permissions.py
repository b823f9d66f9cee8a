"""Panel "2. Permissions": X's scopes in plain language (the ScopePicker), bound to the profile."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from xauth_gui.core.endpoints import Provider
from xauth_gui.core.session import SessionState
from xauth_gui.core.text import translate
from xauth_gui.qt.controller import FlowController

from .scope_picker import ScopePicker


class PermissionsPanel(QGroupBox):
    def __init__(self, controller: FlowController) -> None:
        super().__init__(translate("Permissions", "2. Permissions"))
        self.controller = controller
        self._filling = False
        self.scope_picker = ScopePicker()
        self.scope_picker.setMinimumHeight(220)
        QVBoxLayout(self).addWidget(self.scope_picker)
        self.scope_picker.changed.connect(self._on_changed)

    @property
    def scopes(self) -> tuple[str, ...]:
        return tuple(self.scope_picker.selected_scopes())

    def _on_changed(self) -> None:
        if not self._filling:
            self.controller.update_profile(replace(self.controller.profile, scopes=self.scopes))

    def fill(self) -> None:
        self._filling = True
        try:
            p = self.controller.profile
            self.scope_picker.set_offered(p.custom_endpoints.offered_scopes if p.provider is Provider.CUSTOM else ())
            self.scope_picker.set_selected_scopes(p.scopes)
        finally:
            self._filling = False

    def show_state(self, state: SessionState) -> None:
        """Nothing follows the state here: the picker is the source of the profile's scopes."""
