"""The profile bar: pick, create, rename and delete saved app profiles; where secrets are stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QToolButton, QWidget

from xauth_gui.core import errors
from xauth_gui.core.session import MessageKind, SessionState, StorageStatus
from xauth_gui.core.text import translate
from xauth_gui.qt.controller import FlowController

from .panel import StateView, buddy_label, plain_label, render_all
from .presenter import profile_name, storage_text


class ProfileBar(QWidget):
    profile_switched = Signal()  # another profile is shown: the form fills itself again

    def __init__(self, controller: FlowController) -> None:
        super().__init__()
        self.controller = controller
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setAccessibleName(translate("ProfileBar", "Saved app profile"))
        self.profile_combo.setMinimumWidth(240)
        self.new_profile_button = QPushButton(translate("ProfileBar", "&New profile"))
        self.rename_profile_button = QPushButton(translate("ProfileBar", "Rena&me"))
        self.delete_profile_button = QPushButton(translate("ProfileBar", "De&lete profile"))
        row.addWidget(buddy_label(translate("ProfileBar", "Pr&ofile:"), self.profile_combo))
        row.addWidget(self.profile_combo)
        for button in (self.new_profile_button, self.rename_profile_button, self.delete_profile_button):
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        self.storage_label = plain_label("", "storageLabel")
        self.storage_label.setWordWrap(True)  # longer languages wrap it instead of cutting it off
        self.storage_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.storage_label, 1)
        row.addWidget(self._build_storage_button())
        self._views: list[StateView[Any]] = [
            StateView(lambda s: (s.profile.id, s.profile.name, s.profile.username), lambda _v: self.fill_profiles()),
            StateView(lambda s: s.storage, self._render_storage),
        ]
        self.profile_combo.activated.connect(self._on_profile_chosen)
        self.new_profile_button.clicked.connect(self._new_profile)
        self.rename_profile_button.clicked.connect(self._rename_profile)
        self.delete_profile_button.clicked.connect(self._delete_profile)
        controller.vault.degraded.connect(self._on_storage_degraded)

    def _build_storage_button(self) -> QToolButton:
        self.storage_button = QToolButton()  # stays while secrets are memory-only, unlike the banner's actions
        self.storage_button.setObjectName("storageButton")
        self.storage_button.setText(translate("ProfileBar", "Storage…"))
        self.storage_button.setAccessibleName(translate("ProfileBar", "Secret storage options"))
        self.storage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.storage_button.setVisible(False)  # its menu is made when it is first shown
        return self.storage_button

    def _ensure_storage_menu(self) -> None:
        from PySide6.QtWidgets import QMenu

        if self.storage_button.menu() is None:
            menu = QMenu(self.storage_button)
            menu.addAction(translate("ProfileBar", "Retry keychain"), self.controller.keeping.retry_keychain)
            menu.addAction(translate("ProfileBar", "Save in a private file…"), self.opt_in_plain_file)
            self.storage_button.setMenu(menu)

    # --- profiles -------------------------------------------------------------------------------------------
    def fill_profiles(self) -> None:
        current = self.controller.profile.id
        self.profile_combo.clear()
        for p in self.controller.profiles.all():
            self.profile_combo.addItem(profile_name(p.name) + (f"  (@{p.username})" if p.username else ""), p.id)
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(current), 0))
        self.delete_profile_button.setEnabled(self.profile_combo.count() > 0)

    def _on_profile_chosen(self, index: int) -> None:
        wanted = self.profile_combo.itemData(index)
        for p in self.controller.profiles.all():
            if p.id == wanted and p.id != self.controller.profile.id:
                self.controller.profiles.show(p)
                self.profile_switched.emit()

    def _new_profile(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        default = translate("ProfileBar", "App {number}").format(number=self.profile_combo.count() + 1)
        name, ok = QInputDialog.getText(
            self,
            translate("ProfileBar", "New profile"),
            translate("ProfileBar", "Name for this app profile:"),
            text=default,
        )
        if ok:
            self.controller.profiles.create(name)
            self.profile_switched.emit()

    def _rename_profile(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            self,
            translate("ProfileBar", "Rename profile"),
            translate("ProfileBar", "New name:"),
            text=self.controller.profile.name,
        )
        if ok:
            self.controller.profiles.rename(name)

    def _delete_profile(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        name = self.controller.profile.name
        question = translate(
            "ProfileBar", "Delete the profile \u201c{name}\u201d and its saved secrets from this computer?"
        ).format(name=name)
        if (
            QMessageBox.question(self, translate("ProfileBar", "Delete profile"), question)
            == QMessageBox.StandardButton.Yes
        ):
            self.delete_current_profile()

    def delete_current_profile(self) -> None:
        self.controller.profiles.delete_current()
        self.profile_switched.emit()

    # --- the secret store -----------------------------------------------------------------------------------
    def _on_storage_degraded(self, problem: errors.XAuthError) -> None:
        """Said in the banner when it happens; a computer with no keychain at all is said once, not at
        every start (the status line and its menu keep saying it)."""
        settings = self.controller.settings
        if isinstance(problem, errors.StorageUnavailableError):
            if settings.told_no_keychain:
                return
            settings.told_no_keychain = True
        actions: list[tuple[str, Callable[[], None]]] = [
            (translate("ProfileBar", "Save in a private file…"), self.opt_in_plain_file)
        ]
        if isinstance(problem, errors.StorageLockedError | errors.StorageTimeoutError):
            actions.insert(0, (translate("ProfileBar", "Retry keychain"), self.controller.keeping.retry_keychain))
        self.controller.say(MessageKind.WARNING, problem.user_text, *actions, app_wide=True)

    def opt_in_plain_file(self, confirm: bool = True) -> None:
        from PySide6.QtWidgets import QMessageBox

        path = self.controller.settings.plain_file_path
        if confirm:
            answer = QMessageBox.warning(
                self,
                translate("ProfileBar", "Save secrets in a plain-text file?"),
                translate(
                    "ProfileBar",
                    "Your client secret and tokens will be written unencrypted to\n{path}\n\nOnly your user account "
                    "can read the file, but anyone with access to your account or your backups can. Use the keychain "
                    "when you can.",
                ).format(path=path),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.controller.keeping.use_plain_file()

    def show_state(self, state: SessionState) -> None:
        render_all(self._views, state)

    def _render_storage(self, storage: StorageStatus) -> None:
        self.storage_label.setText(storage_text(storage))
        backend = translate("ProfileBar", "Keychain backend: {backend}").format(backend=storage.detail)
        self.storage_label.setToolTip(backend if storage.detail else "")
        shown = storage.problem or storage.pending > 0
        if shown:
            self._ensure_storage_menu()
        self.storage_button.setVisible(shown)
