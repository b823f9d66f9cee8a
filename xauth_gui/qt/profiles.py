"""Profiles and their secrets: switching, editing, saving, and where each secret may be sent.

A client secret is bound to the server it was typed for (B2); tokens to the issuer that produced them
(B1). Saving goes through the vault (off the GUI thread); the non-secret settings through AppSettings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from xauth_gui.core import errors
from xauth_gui.core.binding import SANDBOX, Issuer, server_identity, server_words
from xauth_gui.core.client import ClientConfig, ClientType
from xauth_gui.core.endpoints import Endpoints, Provider
from xauth_gui.core.profile import DEFAULT_NAME, Profile, TokenMeta
from xauth_gui.core.sandbox_facts import PROFILE_NAME as SANDBOX_PROFILE_NAME
from xauth_gui.core.sandbox_facts import PUBLIC_CLIENT_ID, sandbox_client
from xauth_gui.core.session import MessageKind, Phase, StorageStatus
from xauth_gui.core.text import translate
from xauth_gui.core.tokens import TokenSet
from xauth_gui.services.refresh_guard import newest_meta

from .app_credentials import ApiCredentials, api_identity
from .vault import StoredSecrets

if TYPE_CHECKING:
    from .controller import FlowController


class ProfileSession:
    def __init__(self, controller: FlowController) -> None:
        self.c = controller
        self._last_app_id = ""
        self.api_credentials = ApiCredentials()  # the shown profile's API Key and Secret, from the keychain
        vault = controller.vault
        vault.store_changed.connect(self.show_storage)
        vault.pending_changed.connect(self._on_pending_changed)
        vault.degraded.connect(lambda _problem: self.show_storage())

    # --- switching and editing ----------------------------------------------------------------------------
    def load(self, profile: Profile) -> None:
        """Switch to a saved profile: its settings now, its secrets when the vault has read them."""
        c = self.c
        c.login.cancel(quiet=True)
        self.api_credentials = ApiCredentials()  # never another profile's: they follow the profile shown
        ticket = c.begin(Phase.LOADING, profile=profile, client_secret="", tokens=None, user=None, avatar=None)
        c.vault.load(profile, lambda secrets: self._loaded(ticket, profile, secrets))

    def _loaded(self, ticket: int, profile: Profile, secrets: StoredSecrets) -> None:
        c = self.c
        if not c.finish(ticket, client_secret=secrets.client_secret):
            return
        # Saved by a version that did not bind them: bound to the API server of the settings they were saved with.
        server = profile.api_server or api_identity(profile.endpoints().me_url, profile.provider is SANDBOX)
        self.api_credentials = ApiCredentials(profile.id, secrets.api_key, secrets.api_secret, server)
        if secrets.client_secret and not c.profile.secret_server:
            # Saved by a version that did not bind secrets: bound to the settings it was saved with.
            self.update(replace(c.profile, secret_server=self.current_server()))
        meta = newest_meta(profile.tokens, c.settings.refresh_folder, profile.id)  # another process's may be newer
        if secrets.access_token and meta is not None:
            tokens = TokenSet(
                secrets.access_token,
                meta.token_type,
                meta.obtained_at,
                meta.expires_at,
                meta.scopes,
                secrets.refresh_token or None,
                meta.issuer or self.issuer_for_current_settings(),  # older versions: as saved
            )
            c.tokens_ops.restore_account(profile, tokens)
            c.others.holding(profile)
        c.say_ready()

    def update(self, profile: Profile) -> None:
        """The window edited non-secret settings."""
        changed = profile != self.c.profile
        self.c.settings.save_profile(profile)
        self.c.update(profile=profile)
        if changed:
            self.c.settings_changed()

    def all(self) -> list[Profile]:
        return self.c.settings.profiles()

    def show(self, profile: Profile) -> None:
        """Make `profile` the current one (remembered for the next start)."""
        self.load(profile)
        self.c.settings.current_profile_id = profile.id
        if profile.provider is not Provider.SANDBOX:
            self._last_app_id = profile.id

    # --- the sandbox is a profile of its own, never a mode of the user's app (issue 13, item 1) ----------
    def sandbox_profile(self) -> Profile:
        """The sandbox's own profile, made on first use with its public client."""
        found = next((p for p in self.all() if p.provider is Provider.SANDBOX), None)
        if found is None:
            found = Profile(name=SANDBOX_PROFILE_NAME, provider=Provider.SANDBOX, client_id=PUBLIC_CLIENT_ID)
            self.c.settings.save_profile(found)
        return found

    def app_profile(self) -> Profile:
        """The user's app profile to go back to from the sandbox: the last one shown, else any, else a new one."""
        apps = [p for p in self.all() if p.provider is not Provider.SANDBOX]
        found = next((p for p in apps if p.id == self._last_app_id), apps[0] if apps else None)
        if found is None:
            found = Profile()
            self.c.settings.save_profile(found)
        return found

    def choose_provider(self, provider: Provider) -> bool:
        """The provider box: the sandbox switches to its own profile and back; X <-> Custom edits this
        profile. True when another profile is now shown (the form fills itself again)."""
        current = self.c.profile
        if (provider is Provider.SANDBOX) == (current.provider is Provider.SANDBOX):
            self.update(replace(current, provider=provider))
            return False
        target = self.sandbox_profile() if provider is Provider.SANDBOX else self.app_profile()
        self.show(target)
        if target.provider is not provider:
            self.update(replace(self.c.profile, provider=provider))
        return True

    def use_sandbox_client(self, confidential: bool) -> None:
        """On the sandbox profile only: its published client of the chosen type, and that one's secret."""
        c = self.c
        if c.profile.provider is not Provider.SANDBOX:
            return
        client = sandbox_client(confidential)
        self.update(replace(c.profile, client_id=client.client_id, client_type=client.client_type.value))
        self.set_client_secret(client.client_secret)

    def create(self, name: str) -> Profile:
        profile = Profile(name=name.strip() or DEFAULT_NAME)
        self.c.settings.save_profile(profile)
        self.show(profile)
        return profile

    def rename(self, name: str) -> None:
        if name.strip():
            self.update(replace(self.c.profile, name=name.strip()))

    def delete_current(self) -> None:
        """Delete the current profile and its keyring entries, then show another (or a fresh one)."""
        c = self.c
        profile = c.profile
        c.vault.delete_profile(profile)
        c.settings.delete_profile(profile.id)
        remaining = self.all()
        if not remaining:
            remaining = [Profile()]
            c.settings.save_profile(remaining[0])
        self.show(remaining[0])
        c.say(
            MessageKind.INFO,
            translate("Profiles", "The profile \u201c{name}\u201d and its saved secrets were deleted.").format(
                name=profile.name
            ),
        )

    # --- the client secret (B2) ---------------------------------------------------------------------------
    def current_server(self) -> str:
        p = self.c.profile
        return server_identity(p.provider, self.c.endpoints if p.provider is SANDBOX else p.endpoints())

    def client_for(self, provider: Provider, endpoints: Endpoints, profile: Profile) -> ClientConfig:
        secret = self.c.client_secret
        client = profile.client(secret)
        if client.client_type is not ClientType.CONFIDENTIAL or not secret:
            return client
        here = server_identity(provider, endpoints)
        if profile.secret_server != here:
            raise errors.SecretNotConfirmedError(server_words(profile.secret_server), server_words(here))
        return client.bound_to(self.server_url(profile.secret_server))

    def server_url(self, identity: str) -> str:
        """A recorded server identity as a URL the gate can bind to ("sandbox": the running sandbox's)."""
        if identity != SANDBOX:
            return identity
        sandbox = self.c.sandbox_endpoints
        return sandbox(self.c.profile.redirect_uri).token_url if sandbox is not None else ""

    def set_client_secret(self, secret: str, *, entered: bool = False) -> None:
        """A secret the user typed (`entered`) is for the server now in the settings (B2)."""
        c = self.c
        secret = secret.strip()
        if secret == c.client_secret and not entered:
            return
        if secret != c.client_secret:
            c.update(client_secret=secret)
            c.vault.save(c.profile, {"client_secret": secret})
        self.update(replace(c.profile, secret_server=self.current_server() if secret else ""))

    def confirm_secret_for_current_server(self) -> None:
        """The user confirmed: the saved Client Secret may go to the server now in the settings."""
        here = server_identity(self.c.profile.provider, self.c.endpoints)
        self.update(replace(self.c.profile, secret_server=here))
        self.c.say(
            MessageKind.INFO,
            translate("Profiles", "The Client Secret will be sent to {server}. Press Authorize to continue.").format(
                server=server_words(here)
            ),
        )

    # --- which settings the tokens belong to (B1) ---------------------------------------------------------
    def issuer_for_current_settings(self) -> Issuer:
        p = self.c.profile
        return Issuer(p.provider, p.client_id.strip(), p.client_type, self.c.endpoints)

    def token_target(self, action: errors.TokenAction) -> tuple[Endpoints, Issuer]:
        """Where a call with the tokens may go: their issuer's endpoints, only while the settings match."""
        c = self.c
        if c.tokens is None:
            raise errors.XAuthError(
                translate("Profiles", "There are no tokens."), translate("Profiles", "Press Authorize to sign in.")
            )
        issuer = c.tokens.issuer or self.issuer_for_current_settings()
        if c.token_binding_problem:
            raise errors.TokensNotForTheseSettingsError(action, issuer.describe())
        return (c.endpoints if issuer.provider is SANDBOX else issuer.endpoints), issuer

    def client_call_target(self, action: errors.TokenAction) -> tuple[Endpoints, ClientConfig]:
        """Endpoints and client (with its secret, where bound to that server) for a token-endpoint call."""
        endpoints, issuer = self.token_target(action)
        profile = replace(self.c.profile, client_id=issuer.client_id)
        return endpoints, self.client_for(issuer.provider, endpoints, profile)

    def export_target(self) -> tuple[Endpoints, str]:
        """The issuer's who-am-I URL and client id: an export never points the token at other settings."""
        c = self.c
        issuer = c.tokens.issuer if c.tokens else None
        if issuer is None or issuer.provider is SANDBOX:
            return c.endpoints, issuer.client_id if issuer else c.profile.client_id
        return issuer.endpoints, issuer.client_id

    def restore_token_settings(self) -> None:
        """Put back the provider, endpoints and client that issued the tokens (the user asked)."""
        c = self.c
        i = c.tokens.issuer if c.tokens else None
        if i is None:
            return
        custom = i.endpoints if i.provider is Provider.CUSTOM else c.profile.custom_endpoints
        self.update(
            replace(c.profile, provider=i.provider, client_id=i.client_id, client_type=i.client_type,
                    custom_endpoints=custom)
        )  # fmt: skip
        c.form_reset.emit()
        c.say(
            MessageKind.INFO,
            translate(
                "Profiles", "The settings that issued these tokens are back; Refresh, Revoke and Who am I work again."
            ),
        )

    # --- saving ---------------------------------------------------------------------------------------------
    def save_token_meta(self) -> None:
        c = self.c
        profile = c.profile.signed_in(c.tokens, c.user)
        c.settings.save_profile(profile)
        c.update(profile=profile)

    def persist_tokens(self, tokens: TokenSet | None, on_done: Callable[[], None] | None = None) -> None:
        # The new refresh token first: if the app dies half-way, the stored one is the live one.
        values = {"refresh_token": tokens.refresh_token or "", "access_token": tokens.access_token} if tokens else {
            "refresh_token": "", "access_token": ""}  # fmt: skip
        self.c.vault.save(self.c.profile, values, on_done)
        self.save_token_meta()
        if tokens is not None:
            self.c.others.holding(self.c.profile)

    def persist_tokens_for(self, profile: Profile, tokens: TokenSet, on_done: Callable[[], None]) -> None:
        """Save `tokens` under `profile` (maybe no longer the one shown), unless it was deleted meanwhile (B6)."""
        if not self.save_token_meta_for(profile, tokens):
            on_done()
            return
        values = {"refresh_token": tokens.refresh_token or "", "access_token": tokens.access_token}
        self.c.vault.save(profile, values, on_done)

    def save_token_meta_for(self, profile: Profile, tokens: TokenSet) -> bool:
        """The tokens' details in `profile`'s saved settings; False when it was deleted meanwhile."""
        saved = next((p for p in self.all() if p.id == profile.id), None)
        if saved is not None:
            self.c.settings.save_profile(replace(saved, tokens=TokenMeta.of(tokens)))
        return saved is not None

    def persist_current(self) -> None:
        """Write the current secrets again (after the store changed: keychain unlocked, file opt-in)."""
        c = self.c
        values = {"client_secret": c.client_secret}
        if c.tokens is not None:
            values |= {"refresh_token": c.tokens.refresh_token or "", "access_token": c.tokens.access_token}
        c.vault.save(c.profile, values)

    # --- the secret store -----------------------------------------------------------------------------------
    def show_storage(self) -> None:
        vault = self.c.vault
        store = vault.store
        name = store.name if vault.resolved else translate("Profiles", "checking the keychain…")
        status = StorageStatus(name, store.secure, len(vault.pending), vault.problem is not None, store.persistent,
                               getattr(store, "detail", ""))  # fmt: skip
        self.c.update(storage=status)

    def _on_pending_changed(self) -> None:
        self.c.settings.pending_deletions = sorted(self.c.vault.pending)
        self.show_storage()

    def find_store(self) -> None:
        """Resolve the secret store now (after the first paint), so the status line can say where secrets go."""
        if not self.c.vault.resolved and self.c.vault.ready:
            self.c.vault.open()

    def save_api_credentials(self, api_key: str, api_secret: str, server: str, *, entered: bool = True) -> None:
        """For this profile and `server` (the API origin shown): kept in the keychain with the profile and
        bound to that server. Values the user did not type (`entered`) keep the server they were entered for."""
        creds, profile = self.api_credentials, self.c.profile
        if creds.profile_id == profile.id and creds.same_values(api_key, api_secret) and not entered:
            return
        self.api_credentials = ApiCredentials(profile.id, api_key, api_secret, server if api_key or api_secret else "")
        self.c.vault.save(profile, {"api_key": api_key, "api_secret": api_secret})
        self.update(
            replace(profile, app_credentials=bool(api_key or api_secret), api_server=self.api_credentials.server)
        )

    def retry_keychain(self) -> None:
        self.c.vault.open(on_ready=self.persist_current)

    def use_plain_file(self) -> None:
        """The user agreed (after a warning) to keep secrets in a private plain-text file."""
        c = self.c
        path = c.settings.plain_file_path
        c.settings.plain_file_opt_in = True
        c.vault.use_plain_file(path, {})
        self.persist_current()
        c.say(
            MessageKind.WARNING,
            translate("Profiles", "Secrets are now saved in plain text in {path} (readable only by you).").format(
                path=path
            ),
        )
