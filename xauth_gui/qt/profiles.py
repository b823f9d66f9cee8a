"""Profiles: switching, editing, the sandbox's own profile, and the secrets typed for one.

A client secret is bound to the server it was typed for (B2): where it and the tokens may go is
`targets.py`; writing them is `secret_keeping.py`. Non-secret settings go through AppSettings.
"""

from __future__ import annotations

from dataclasses import replace

from xauth_gui.core import switch_machine as switch
from xauth_gui.core.api_credentials import ApiCredentials
from xauth_gui.core.binding import server_identity, server_words
from xauth_gui.core.endpoints import Provider
from xauth_gui.core.messages import Topic
from xauth_gui.core.profile import DEFAULT_NAME, Profile, SecretName
from xauth_gui.core.sandbox_facts import PROFILE_NAME as SANDBOX_PROFILE_NAME
from xauth_gui.core.sandbox_facts import PUBLIC_CLIENT_ID, sandbox_client
from xauth_gui.core.session import MessageKind, Phase
from xauth_gui.core.switch_machine import StoredSecrets
from xauth_gui.core.text import translate
from xauth_gui.services.refresh_guard import newest_meta

from .login_flow import LoginFlow
from .other_processes import OtherProcesses
from .session_hub import SessionHub
from .targets import Targets
from .token_ops import TokenOperations


class ProfileSession:
    def __init__(
        self,
        hub: SessionHub,
        targets: Targets,
        others: OtherProcesses,
        login: LoginFlow,
        token_ops: TokenOperations,
    ) -> None:
        self.hub = hub
        self.targets = targets
        self.others = others
        self.login = login
        self.token_ops = token_ops
        self._last_app_id = ""

    # --- switching and editing ----------------------------------------------------------------------------
    def load(self, profile: Profile) -> None:
        """Switch to a saved profile: its settings now, its secrets when the vault has read them."""
        c = self.hub
        self.login.cancel(quiet=True)
        # The API Key and Secret are never another profile's: they follow the profile shown.
        ticket = c.begin(Phase.LOADING, profile=profile, client_secret="", tokens=None, user=None, avatar=None,
                         api_credentials=ApiCredentials())  # fmt: skip
        c.vault.load(profile, lambda secrets: self._loaded(ticket, profile, secrets))

    def _loaded(self, ticket: int, profile: Profile, secrets: StoredSecrets) -> None:
        """The switch machine (core/switch_machine.py) says what to show; carried out here."""
        c = self.hub
        if not c.current(ticket):
            return  # the window moved on meanwhile
        meta = newest_meta(profile.tokens, c.settings.refresh_folder, profile.id)  # another process's may be newer
        for effect in switch.step(switch.Loaded(profile, secrets, meta)):
            if isinstance(effect, switch.Show):
                c.finish(ticket, client_secret=effect.client_secret, api_credentials=effect.api_credentials)
            elif effect is switch.Do.BIND_SECRET:
                self.update(replace(c.profile, secret_server=self.targets.current_server()))
            elif isinstance(effect, switch.Restore):
                tokens = effect.tokens
                if tokens.issuer is None:  # saved by an older version: the settings it was saved with
                    tokens = replace(tokens, issuer=self.targets.issuer_for_current_settings())
                self.token_ops.restore_account(profile, tokens)
                self.others.holding(profile)
            else:
                c.say_ready()

    def update(self, profile: Profile) -> None:
        """The window edited non-secret settings."""
        self.hub.edit_profile(profile)

    def all(self) -> list[Profile]:
        return self.hub.settings.profiles()

    def show(self, profile: Profile) -> None:
        """Make `profile` the current one (remembered for the next start)."""
        self.load(profile)
        self.hub.settings.current_profile_id = profile.id
        if profile.provider is not Provider.SANDBOX:
            self._last_app_id = profile.id

    # --- the sandbox is a profile of its own, never a mode of the user's app (issue 13, item 1) ----------
    def sandbox_profile(self) -> Profile:
        """The sandbox's own profile, made on first use with its public client."""
        found = next((p for p in self.all() if p.provider is Provider.SANDBOX), None)
        if found is None:
            found = Profile(name=SANDBOX_PROFILE_NAME, provider=Provider.SANDBOX, client_id=PUBLIC_CLIENT_ID)
            self.hub.settings.save_profile(found)
        return found

    def app_profile(self) -> Profile:
        """The user's app profile to go back to from the sandbox: the last one shown, else any, else a new one."""
        apps = [p for p in self.all() if p.provider is not Provider.SANDBOX]
        found = next((p for p in apps if p.id == self._last_app_id), apps[0] if apps else None)
        if found is None:
            found = Profile()
            self.hub.settings.save_profile(found)
        return found

    def choose_provider(self, provider: Provider) -> bool:
        """The provider box: the sandbox switches to its own profile and back; X <-> Custom edits this
        profile. True when another profile is now shown (the form fills itself again)."""
        current = self.hub.profile
        if (provider is Provider.SANDBOX) == (current.provider is Provider.SANDBOX):
            self.update(replace(current, provider=provider))
            return False
        target = self.sandbox_profile() if provider is Provider.SANDBOX else self.app_profile()
        self.show(target)
        if target.provider is not provider:
            self.update(replace(self.hub.profile, provider=provider))
        return True

    def use_sandbox_client(self, confidential: bool) -> None:
        """On the sandbox profile only: its published client of the chosen type, and that one's secret."""
        c = self.hub
        if c.profile.provider is not Provider.SANDBOX:
            return
        client = sandbox_client(confidential)
        self.update(replace(c.profile, client_id=client.client_id, client_type=client.client_type))
        self.set_client_secret(client.client_secret)

    def create(self, name: str) -> Profile:
        profile = Profile(name=name.strip() or DEFAULT_NAME)
        self.hub.settings.save_profile(profile)
        self.show(profile)
        return profile

    def rename(self, name: str) -> None:
        if name.strip():
            self.update(replace(self.hub.profile, name=name.strip()))

    def delete_current(self) -> None:
        """Delete the current profile and its keyring entries, then show another (or a fresh one)."""
        c = self.hub
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
            about=Topic.PROFILE_DELETED,
        )

    # --- the client secret (B2) ---------------------------------------------------------------------------
    def set_client_secret(self, secret: str, *, entered: bool = False) -> None:
        """A secret the user typed (`entered`) is for the server now in the settings (B2)."""
        c = self.hub
        secret = secret.strip()
        if secret == c.client_secret and not entered:
            return
        if secret != c.client_secret:
            c.update(client_secret=secret)
            c.vault.save(c.profile, {SecretName.CLIENT_SECRET: secret})
        self.update(replace(c.profile, secret_server=self.targets.current_server() if secret else ""))

    def confirm_secret_for_current_server(self) -> None:
        """The user confirmed: the saved Client Secret may go to the server now in the settings."""
        here = server_identity(self.hub.profile.provider, self.hub.endpoints)
        self.update(replace(self.hub.profile, secret_server=here))
        self.hub.say(
            MessageKind.INFO,
            translate("Profiles", "The Client Secret will be sent to {server}. Press Authorize to continue.").format(
                server=server_words(here)
            ),
            about=Topic.SECRET_CONFIRMED,
        )

    # --- which settings the tokens belong to (B1) ---------------------------------------------------------
    def restore_token_settings(self) -> None:
        """Put back the provider, endpoints and client that issued the tokens (the user asked)."""
        c = self.hub
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
            about=Topic.SETTINGS_RESTORED,
        )

    def save_api_credentials(self, api_key: str, api_secret: str, server: str, *, entered: bool = True) -> None:
        """For this profile and `server` (the API origin shown): kept in the keychain with the profile and
        bound to that server. Values the user did not type (`entered`) keep the server they were entered for."""
        creds, profile = self.hub.state.api_credentials, self.hub.profile
        if creds.profile_id == profile.id and creds.same_values(api_key, api_secret) and not entered:
            return
        creds = ApiCredentials(profile.id, api_key, api_secret, server if api_key or api_secret else "")
        self.hub.update(api_credentials=creds)
        self.hub.vault.save(profile, {SecretName.API_KEY: api_key, SecretName.API_SECRET: api_secret})
        self.update(replace(profile, app_credentials=bool(creds), api_server=creds.server))
