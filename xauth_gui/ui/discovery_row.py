"""The Custom server's "Fill in" from its metadata (RFC 8414, or OpenID Connect discovery): the issuer
typed once fills the endpoints, the client authentication and PKCE the server supports, and the issuer
that every answer must name (RFC 9207)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QWidget

from xauth_gui.core.discovery import differences
from xauth_gui.core.endpoints import X_ENDPOINTS, X_ISSUER, Provider
from xauth_gui.core.pkce import PLAIN, S256
from xauth_gui.core.session import MessageKind
from xauth_gui.core.text import translate
from xauth_gui.qt.controller import FlowController

from .panel import buddy_label

if TYPE_CHECKING:
    from xauth_gui.core.discovery import ServerMetadata


class DiscoveryRow(QWidget):
    filled = Signal()  # the profile's endpoints changed: the form shows them again

    def __init__(self, controller: FlowController, form: QFormLayout) -> None:
        super().__init__()
        self.controller, self.form = controller, form
        self.edit = QLineEdit()
        self.edit.setObjectName("discoveryUrlEdit")
        self.edit.setAccessibleName(translate("Discovery", "Issuer or metadata address"))
        self.edit.setPlaceholderText(translate("Discovery", "https://login.example.com"))
        self.edit.setAccessibleDescription(
            translate("Discovery", "Fill in reads the server's published settings and fills the endpoints below.")
        )
        self.edit.setToolTip(self.edit.accessibleDescription())
        self.button = QPushButton()
        self.button.setObjectName("discoverButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self.discover)
        self.edit.returnPressed.connect(self.discover)
        form.addRow(buddy_label(translate("Discovery", "Issuer:"), self.edit), self)

    def show_for(self, provider: Provider) -> None:
        """A Custom server is discovered; X's metadata is only compared with the built-in endpoints (it
        lists no revocation endpoint and disagrees with X's docs); the sandbox has no row."""
        self.form.setRowVisible(self, provider is not Provider.SANDBOX)
        x = provider is Provider.X
        self.edit.setReadOnly(x)
        self.button.setText(translate("Discovery", "Compare") if x else translate("Discovery", "Fill in"))
        self.button.setAccessibleName(
            translate("Discovery", "Compare with X's metadata")
            if x
            else translate("Discovery", "Fill in from the server's metadata")
        )
        self.show_profile()

    def show_profile(self) -> None:
        p = self.controller.profile
        self.edit.setText(X_ISSUER if p.provider is Provider.X else p.custom_endpoints.issuer or "")

    def discover(self) -> None:
        text, c = self.edit.text().strip(), self.controller
        if not text or not self.button.isEnabled():
            return
        profile_id = c.profile.id
        self.button.setEnabled(False)
        c.say(MessageKind.PROGRESS, translate("Discovery", "Reading the server's metadata…"))

        def done(meta: ServerMetadata) -> None:
            self.button.setEnabled(True)
            if c.profile.id != profile_id:  # the user may have switched profiles meanwhile
                return
            if c.profile.provider is Provider.X:
                said = differences(meta, X_ENDPOINTS) or [translate("Discovery", "They agree.")]
                c.say(MessageKind.INFO, " ".join([translate("Discovery", "X's metadata, compared:"), *said]))
            else:
                self._apply(meta)

        def failed(exc: Exception) -> None:
            self.button.setEnabled(True)
            if c.profile.id == profile_id:
                c.fail(exc, translate("Discovery", "The endpoints were not filled in:"))

        c.discover(text, done, failed)

    def _apply(self, meta: ServerMetadata) -> None:
        from xauth_gui.core.discovery import POST, endpoints_from

        c, p = self.controller, self.controller.profile
        pkce = S256
        if meta.offers_only_plain() and self._plain_agreed():
            pkce = PLAIN
        c.update_profile(replace(p, custom_endpoints=endpoints_from(meta, p.custom_endpoints), pkce_method=pkce))
        self.filled.emit()
        said = [translate("Discovery", "Filled in from the metadata of {issuer}.").format(issuer=meta.issuer)]
        if meta.secret_method() == POST:
            said.append(translate("Discovery", "A Client Secret goes in the request body, the only way it offers."))
        if meta.iss_parameter_supported:
            said.append(translate("Discovery", "Every answer from the browser must name this server."))
        if meta.offers_only_plain() and pkce == S256:
            said.append(translate("Discovery", "It offers only plain PKCE; S256 is kept, so it may refuse the login."))
        c.say(MessageKind.SUCCESS, " ".join(said))

    def _plain_agreed(self) -> bool:
        answer = QMessageBox.question(
            self.window(),
            translate("Discovery", "Only plain PKCE"),
            translate(
                "Discovery",
                "This server offers only plain PKCE, which sends the login's secret check value in the clear. "
                "Use plain for this server?",
            ),
        )
        return answer == QMessageBox.StandardButton.Yes
