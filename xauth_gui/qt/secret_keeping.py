"""Keeping the shown profile's secrets: writing tokens (through the vault, off the GUI thread), their
details in the settings, and the secret store's status line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from xauth_gui.core.messages import Topic
from xauth_gui.core.profile import Profile, SecretName, TokenMeta
from xauth_gui.core.session import MessageKind, StorageStatus
from xauth_gui.core.text import translate
from xauth_gui.core.tokens import TokenSet

from .other_processes import OtherProcesses
from .session_hub import SessionHub


def _token_values(tokens: TokenSet | None) -> dict[SecretName, str]:
    # The new refresh token first: if the app dies half-way, the stored one is the live one.
    if tokens is None:
        return {SecretName.REFRESH_TOKEN: "", SecretName.ACCESS_TOKEN: ""}
    return {SecretName.REFRESH_TOKEN: tokens.refresh_token or "", SecretName.ACCESS_TOKEN: tokens.access_token}


class SecretKeeping:
    def __init__(self, hub: SessionHub, others: OtherProcesses) -> None:
        self.hub = hub
        self.others = others
        vault = hub.vault
        vault.store_changed.connect(self.show_storage)
        vault.pending_changed.connect(self._on_pending_changed)
        vault.degraded.connect(lambda _problem: self.show_storage())

    # --- tokens -----------------------------------------------------------------------------------------
    def persist_tokens(self, tokens: TokenSet | None, on_done: Callable[[], None] | None = None) -> None:
        h = self.hub
        h.vault.save(h.profile, _token_values(tokens), on_done)
        h.save_token_meta()
        if tokens is not None:
            self.others.holding(h.profile)

    def persist_tokens_for(self, profile: Profile, tokens: TokenSet, on_done: Callable[[], None]) -> None:
        """Save `tokens` under `profile` (maybe no longer the one shown), unless it was deleted meanwhile (B6)."""
        if not self.save_token_meta_for(profile, tokens):
            on_done()
            return
        self.hub.vault.save(profile, _token_values(tokens), on_done)

    def save_token_meta_for(self, profile: Profile, tokens: TokenSet) -> bool:
        """The tokens' details in `profile`'s saved settings; False when it was deleted meanwhile."""
        settings = self.hub.settings
        saved = next((p for p in settings.profiles() if p.id == profile.id), None)
        if saved is not None:
            settings.save_profile(replace(saved, tokens=TokenMeta.of(tokens)))
        return saved is not None

    def persist_current(self) -> None:
        """Write the current secrets again (after the store changed: keychain unlocked, file opt-in)."""
        h = self.hub
        values = {SecretName.CLIENT_SECRET: h.client_secret}
        if h.tokens is not None:
            values |= _token_values(h.tokens)
        h.vault.save(h.profile, values)

    # --- the secret store -----------------------------------------------------------------------------------
    def show_storage(self) -> None:
        vault = self.hub.vault
        store = vault.store
        name = store.name if vault.resolved else translate("Profiles", "checking the keychain…")
        status = StorageStatus(name, store.secure, len(vault.pending), vault.problem is not None, store.persistent,
                               getattr(store, "detail", ""))  # fmt: skip
        self.hub.update(storage=status)

    def _on_pending_changed(self) -> None:
        self.hub.settings.pending_deletions = sorted(self.hub.vault.pending)
        self.show_storage()

    def find_store(self) -> None:
        """Resolve the secret store now (after the first paint), so the status line can say where secrets go."""
        vault = self.hub.vault
        if not vault.resolved and vault.ready:
            vault.open()

    def retry_keychain(self) -> None:
        self.hub.vault.open(on_ready=self.persist_current)

    def use_plain_file(self) -> None:
        """The user agreed (after a warning) to keep secrets in a private plain-text file."""
        h = self.hub
        path = h.settings.plain_file_path
        h.settings.plain_file_opt_in = True
        h.vault.use_plain_file(path, {})
        self.persist_current()
        h.say(
            MessageKind.WARNING,
            translate("Profiles", "Secrets are now saved in plain text in {path} (readable only by you).").format(
                path=path
            ),
            about=Topic.PLAIN_FILE,
        )
