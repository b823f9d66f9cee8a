"""Panel "3. Your tokens": who is signed in, the masked tokens, expiry, actions and developer exports."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from xauth_gui.core.exports import FORMATS, ExportFormat
from xauth_gui.core.session import Action, MessageKind, SessionState
from xauth_gui.core.text import translate
from xauth_gui.core.tokens import TokenSet
from xauth_gui.qt.controller import FlowController

from .binding_notice import BindingNotice
from .clipboard import SecureClipboard
from .flow import FlowLayout, wrapping_check
from .panel import StateView, buddy_label, hint_label, plain_label, push_button, render_all
from .presenter import expiry_text, granted_text, user_text
from .style import with_visible_checks
from .widgets import SecretField


class TokensPanel(QGroupBox):
    authorize_requested = Signal()  # "Sign in again" on the binding notice
    try_it_requested = Signal()  # the API console

    def __init__(self, controller: FlowController, clipboard: SecureClipboard) -> None:
        super().__init__(translate("TokensPanel", "3. Your tokens"))
        self.controller = controller
        self.clipboard = clipboard
        v = QVBoxLayout(self)
        v.addLayout(self._build_user_row())
        v.addLayout(self._build_fields())
        v.addLayout(self._build_actions())
        self.auto_refresh_check, self._auto_refresh_row = wrapping_check(
            translate("TokensPanel", "Refresh automatically &before it expires"), "autoRefreshCheck"
        )
        with_visible_checks(self.auto_refresh_check)
        v.addWidget(self._auto_refresh_row)
        self._layout = v
        self.binding_box: BindingNotice | None = None  # built when tokens first belong to other settings
        self.confirm_box: QFrame | None = None  # Revoke's question, built on first use
        v.addWidget(self._build_exports())
        self.clipboard_label = hint_label("clipboardLabel", narrow=True)
        v.addWidget(self.clipboard_label)
        note = hint_label(narrow=True)
        note.setText(
            translate(
                "TokensPanel", "Tokens act as you: share them with no one, and hide them before sharing your screen."
            )
        )
        v.addWidget(note)
        self._views: list[StateView[Any]] = [
            StateView(lambda s: (s.tokens, s.phase, s.profile.scopes), self._render_tokens),
            StateView(lambda s: (s.user, s.tokens is not None), self._render_user),
            StateView(lambda s: s.avatar, self._render_avatar),
            StateView(lambda s: s.auto_refresh, self._render_auto_refresh),
            StateView(lambda s: (s.tokens, s.stale), lambda _v: self.render_expiry()),
            StateView(lambda s: s.binding_problem, self._render_binding),
        ]
        self._connect()

    def _build_user_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.avatar_label = QLabel()
        self.avatar_label.setObjectName("avatarLabel")
        self.avatar_label.setFixedSize(48, 48)
        self.avatar_label.setAccessibleName(translate("TokensPanel", "Profile picture"))
        self.user_label = plain_label(translate("TokensPanel", "Not signed in yet."), "userLabel", narrow=True)
        row.addWidget(self.avatar_label)
        row.addWidget(self.user_label, 1)
        return row

    def _build_fields(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow column: the value goes below
        self.access_field = SecretField("accessTokenField", translate("TokensPanel", "Access token"))
        self.refresh_field = SecretField("refreshTokenField", translate("TokensPanel", "Refresh token"))
        form.addRow(buddy_label(translate("TokensPanel", "Access token:"), self.access_field.edit), self.access_field)
        form.addRow(
            buddy_label(translate("TokensPanel", "Refresh token:"), self.refresh_field.edit), self.refresh_field
        )
        self.expiry_label = plain_label("—", "expiryLabel", narrow=True)
        self.type_label = plain_label("—", narrow=True)
        self.scopes_label = plain_label("—", "grantedScopesLabel", narrow=True)
        form.addRow(translate("TokensPanel", "Expires:"), self.expiry_label)
        form.addRow(translate("TokensPanel", "Type:"), self.type_label)
        form.addRow(translate("TokensPanel", "Granted:"), self.scopes_label)
        return form

    def _build_actions(self) -> FlowLayout:
        row = FlowLayout()
        self.refresh_button = push_button(
            translate("TokensPanel", "&Refresh"), "refreshButton", translate("TokensPanel", "Refresh token")
        )
        self.revoke_button = push_button(
            translate("TokensPanel", "Revo&ke"), "revokeButton", translate("TokensPanel", "Revoke tokens")
        )
        self.who_button = push_button(
            translate("TokensPanel", "&Who am I?"), "whoAmIButton", translate("TokensPanel", "Who am I")
        )
        self.try_button = push_button(
            translate("TokensPanel", "Try &it…"),
            "tryItButton",
            translate("TokensPanel", "Try the token: call the X API"),
        )
        for button in (self.refresh_button, self.revoke_button, self.who_button, self.try_button):
            row.addWidget(button)
        return row

    def ensure_binding_notice(self) -> BindingNotice:
        if self.binding_box is None:
            self.binding_box = BindingNotice()
            self.binding_box.sign_in_again.clicked.connect(self.authorize_requested)
            self.binding_box.restore.clicked.connect(lambda: self.controller.restore_token_settings())
            self._layout.insertWidget(self._layout.indexOf(self._auto_refresh_row) + 1, self.binding_box)
        return self.binding_box

    def _build_exports(self) -> QGroupBox:
        box = QGroupBox(translate("TokensPanel", "Copy for developers"))
        row = FlowLayout(box)  # wraps in a narrow column or a long language: never a sideways scroll
        self.export_buttons: dict[ExportFormat, QPushButton] = {}
        for kind in ExportFormat:
            tip, text = (translate("Exports", t) for t in FORMATS[kind][:2])
            button = push_button(text, f"export{kind.value.capitalize()}Button", tip)  # exportHeaderButton, …
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, k=kind: self.export(k))
            row.addWidget(button)
            self.export_buttons[kind] = button
        return box

    def _connect(self) -> None:
        c = self.controller
        self.access_field.copy_requested.connect(self.clipboard.copy_secret)
        self.refresh_field.copy_requested.connect(self.clipboard.copy_secret)
        self.refresh_button.clicked.connect(lambda: c.refresh())
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.who_button.clicked.connect(lambda: c.who_am_i())
        self.try_button.clicked.connect(self.try_it_requested)
        self.auto_refresh_check.toggled.connect(c.set_auto_refresh)
        self.clipboard.countdown.connect(self._on_clipboard_countdown)
        c.tick.connect(self.render_expiry)

    def ask_revoke(self) -> None:
        """Revoke sits next to Refresh and cannot be undone: it asks first, inline (issue 13, item 16)."""
        if self.confirm_box is None:
            box = self.confirm_box = QFrame()
            box.setObjectName("confirmRevokeBox")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            layout = QVBoxLayout(box)
            question = plain_label(
                translate(
                    "TokensPanel", "Revoke both tokens? They stop working everywhere, and this app forgets them."
                ),
                narrow=True,
            )
            confirm = push_button(
                translate("TokensPanel", "Yes, revoke"),
                "confirmRevokeButton",
                translate("TokensPanel", "Yes, revoke the tokens"),
            )
            keep = push_button(
                translate("TokensPanel", "Keep them"), "cancelRevokeButton", translate("TokensPanel", "Keep the tokens")
            )
            confirm.clicked.connect(self._revoke_confirmed)
            keep.clicked.connect(lambda: box.setVisible(False))
            layout.addWidget(question)
            buttons = FlowLayout()
            buttons.addWidget(confirm)
            buttons.addWidget(keep)
            layout.addLayout(buttons)
            self._layout.insertWidget(self._layout.indexOf(self._auto_refresh_row), box)
        self.confirm_box.setVisible(True)

    def _revoke_confirmed(self) -> None:
        if self.confirm_box is not None:
            self.confirm_box.setVisible(False)
        self.controller.revoke()

    def export(self, kind: ExportFormat) -> None:
        from xauth_gui.core import errors, exports

        c = self.controller
        if c.tokens is None:
            return
        endpoints, client_id = c.targets.export_target()
        try:
            text = exports.export(kind, c.tokens, endpoints, client_id)
        except errors.XAuthError as exc:
            c.fail(exc)
            return
        self.clipboard.copy_secret(text)
        c.say(
            MessageKind.INFO,
            translate("TokensPanel", "Copied: {what}.").format(what=translate("Exports", FORMATS[kind][2])),
        )

    # --- rendering ------------------------------------------------------------------------------------------
    def show_state(self, state: SessionState) -> None:
        render_all(self._views, state)

    def _render_tokens(self, view: tuple[TokenSet | None, Any, tuple[str, ...]]) -> None:
        t, _phase, requested = view
        state = self.controller.state
        self.access_field.set_value(t.access_token if t else "")
        self.refresh_field.set_value(t.refresh_token or "" if t else "")
        self.refresh_field.edit.setPlaceholderText(
            translate("TokensPanel", "none (offline.access not granted)")
            if t and not t.refresh_token
            else translate("TokensPanel", "none yet")
        )
        self.refresh_button.setEnabled(bool(t and t.refresh_token) and state.allows(Action.REFRESH))
        self.revoke_button.setEnabled(bool(t) and state.allows(Action.REVOKE))
        if self.confirm_box is not None and not (t and state.allows(Action.REVOKE)):
            self.confirm_box.setVisible(False)
        self.who_button.setEnabled(bool(t) and state.allows(Action.WHO_AM_I))
        self.try_button.setEnabled(bool(t))
        for button in self.export_buttons.values():
            button.setEnabled(bool(t))
        self.type_label.setText(t.token_type.capitalize() if t else "—")
        self.scopes_label.setText(granted_text(t, requested))

    def _render_user(self, view: tuple[Any, bool]) -> None:
        user, signed_in = view
        self.user_label.setText(user_text(user, signed_in))

    def _render_avatar(self, avatar: bytes | None) -> None:
        pixmap = QPixmap()
        if avatar and pixmap.loadFromData(avatar):
            self.avatar_label.setPixmap(
                pixmap.scaled(48, 48, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.avatar_label.clear()
        self.avatar_label.setVisible(not pixmap.isNull())  # no picture: no empty gap beside the name

    def _render_auto_refresh(self, on: bool) -> None:
        if self.auto_refresh_check.isChecked() != on:
            self.auto_refresh_check.setChecked(on)

    def render_expiry(self) -> None:
        c = self.controller
        self.expiry_label.setText(expiry_text(c.tokens, c.clock(), stale=c.stale))

    def _render_binding(self, problem: str) -> None:
        """Tokens from other settings: a lasting notice, and the banner once when it starts (B1)."""
        if problem:
            self.ensure_binding_notice()
        if self.binding_box is not None:
            self.binding_box.show_problem(problem)
        if problem:
            self.controller.say(
                MessageKind.WARNING,
                problem + translate("TokensPanel", " Sign in again for the new settings, or restore those settings."),
                (translate("TokensPanel", "Sign in again"), self.authorize_requested.emit),
                (translate("TokensPanel", "Restore those settings"), self.controller.restore_token_settings),
            )

    def _on_clipboard_countdown(self, seconds: int) -> None:
        self.clipboard_label.setText(
            translate("TokensPanel", "Copied. The clipboard will be cleared in %n s.", None, seconds)
            if seconds > 0
            else ""
        )

    def hide_values(self) -> None:
        self.access_field.hide_value()
        self.refresh_field.hide_value()
