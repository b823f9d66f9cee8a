"""The flow controller: sequences the core, the listener, the network and the vault.

It holds the state the window renders (profile, tokens, user, what is in flight) and turns every
error into one plain message with a next step. It never blocks the GUI thread: network calls run on
`net`, secret-store calls in the vault, and late results of a superseded attempt are dropped
(generation counters).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from xauth_gui.core import errors
from xauth_gui.core.authorize import AuthorizationRequest, AuthorizationResponse, parse_redirect
from xauth_gui.core.binding import SANDBOX, Issuer, server_identity
from xauth_gui.core.calls import HttpCall
from xauth_gui.core.client import ClientConfig, ClientType
from xauth_gui.core.endpoints import Endpoints
from xauth_gui.core.operation import Operation
from xauth_gui.core.profile import Profile, TokenMeta
from xauth_gui.core.scopes import WHOAMI_SCOPES
from xauth_gui.core.tokens import TokenSet, UserInfo, no_refresh_reason
from xauth_gui.services.oauth import OAuthService

from .listener import DEFAULT_TIMEOUT_MS, LoopbackListener
from .runner import Runner
from .settings import AppSettings
from .vault import StoredSecrets, TokenVault

log = logging.getLogger(__name__)

AVATAR_MAX_BYTES = 512 * 1024
AUTO_REFRESH_RETRY_S = 30.0


class Phase(StrEnum):
    IDLE = "idle"
    WAITING = "waiting"  # browser open, listener (or paste box) waiting for the redirect
    EXCHANGING = "exchanging"  # code received, token request in flight


@dataclass(frozen=True)
class Message:
    kind: str  # "info" | "success" | "warning" | "error" | "progress"
    text: str
    actions: tuple[tuple[str, Callable[[], None]], ...] = ()


class FlowController(QObject):
    changed = Signal()  # any state the window renders changed
    form_reset = Signal()  # the profile's settings were replaced from here: the window fills its form again
    message = Signal(object)  # Message
    record = Signal(object)  # ExchangeRecord; emitted from worker threads, delivered on the GUI thread
    tick = Signal()  # once a second, for the expiry countdown

    def __init__(
        self,
        *,
        service: OAuthService,
        vault: TokenVault,
        settings: AppSettings,
        open_url: Callable[[str], bool],
        sandbox_endpoints: Callable[[str], Endpoints] | None = None,
        clock: Callable[[], float] = time.time,
        listener_timeout_ms: int = DEFAULT_TIMEOUT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.vault = vault
        self.settings = settings
        self.open_url = open_url
        self.sandbox_endpoints = sandbox_endpoints  # starts the sandbox if needed, registers the URI
        self.clock = clock
        self.listener_timeout_ms = listener_timeout_ms
        self.net = Runner("net", max_workers=4)

        self.profile = Profile()
        self.client_secret = ""
        self.tokens: TokenSet | None = None
        self.stale = False  # the server refused the refresh token: sign in again
        self.user: UserInfo | None = None
        self.avatar: bytes | None = None
        self.phase = Phase.IDLE
        self.attempt: AuthorizationRequest | None = None
        self.authorize_url = ""
        self.browser_opened = True
        self.refreshing = False
        self.revoking = False
        self.checking_user = False
        self.loading = False
        self.auto_refresh = settings.auto_refresh
        self.last_message: Message | None = None

        self._listener: LoopbackListener | None = None
        self._login_gen = 0  # bumps on every new attempt / cancel: late results are dropped
        self._token_gen = 0  # bumps whenever the token set is replaced or cleared
        self._auto_refresh_not_before = 0.0
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._on_tick)
        self._ticker.start()

    # --- small helpers ------------------------------------------------------------------------------------
    def say(self, kind: str, text: str, *actions: tuple[str, Callable[[], None]]) -> None:
        self.last_message = Message(kind, text, actions)
        self.message.emit(self.last_message)

    def explain(self, exc: Exception) -> str:
        """One sentence and a next step, worded for the server in use (X's advice only for X: B15)."""
        if not isinstance(exc, errors.XAuthError):
            log.error("unexpected %s in the flow", type(exc).__name__)
            exc = errors.XAuthError(
                "Something unexpected went wrong.", "Try again; if it repeats, copy the request log into a bug report."
            )
        return exc.for_server(self.profile.provider == "x").user_text

    def fail(self, exc: Exception, prefix: str = "") -> None:
        actions: tuple[tuple[str, Callable[[], None]], ...] = ()
        if isinstance(exc, errors.SecretNotConfirmedError):
            actions = (("Send it to this server", self.confirm_secret_for_current_server),)
        elif isinstance(exc, errors.TokensNotForTheseSettingsError):
            actions = (("Sign in again", self.start_login), ("Restore those settings", self.restore_token_settings))
        self.say("error", (prefix + " " + self.explain(exc)).strip(), *actions)

    def _changed(self) -> None:
        self.changed.emit()

    @property
    def endpoints(self) -> Endpoints:
        if self.profile.provider == "sandbox" and self.sandbox_endpoints is not None:
            return self.sandbox_endpoints(self.profile.redirect_uri)
        return self.profile.endpoints()

    @property
    def client(self) -> ClientConfig:
        """The client for the current settings; its secret only for the server it was entered for (B2)."""
        return self._client_for(self.profile.provider, self.endpoints, self.profile)

    def _client_for(self, provider: str, endpoints: Endpoints, profile: Profile) -> ClientConfig:
        client = profile.client(self.client_secret)
        if client.client_type is not ClientType.CONFIDENTIAL or not self.client_secret:
            return client
        here = server_identity(provider, endpoints)
        if profile.secret_server != here:
            raise errors.SecretNotConfirmedError(_server_name(profile.secret_server), _server_name(here))
        return client

    def confirm_secret_for_current_server(self) -> None:
        """The user confirmed: the saved Client Secret may go to the server now in the settings."""
        p = self.profile
        here = server_identity(p.provider, self.endpoints)
        self.update_profile(replace(p, secret_server=here))
        self.say("info", f"The Client Secret will be sent to {_server_name(here)}. Press Authorize to continue.")

    # --- which settings the tokens belong to (B1) ---------------------------------------------------------
    @property
    def token_binding_problem(self) -> str:
        """Plain words when the tokens belong to other settings than the current ones, else ""."""
        t, p = self.tokens, self.profile
        if t is None or t.issuer is None:
            return ""
        current = p.endpoints() if p.provider != SANDBOX else t.issuer.endpoints  # the sandbox is compared by name
        if t.issuer.matches(p.provider, current, p.client_id):
            return ""
        return (
            f"These tokens belong to the earlier settings: {t.issuer.describe()}. They are not sent to the "
            "server or Client ID now in the form."
        )

    def _token_target(self, action: str) -> tuple[Endpoints, Issuer] | None:
        """Where a call with the tokens may go: their issuer's endpoints, only while the settings match."""
        t = self.tokens
        if t is None:
            return None
        issuer = t.issuer or self._issuer_for_current_settings()
        if self.token_binding_problem:
            raise errors.TokensNotForTheseSettingsError(action, issuer.describe())
        endpoints = self.endpoints if issuer.provider == SANDBOX else issuer.endpoints
        return endpoints, issuer

    def _client_call_target(self, action: str) -> tuple[Endpoints, ClientConfig]:
        """Endpoints and client (with its secret, where bound to that server) for a token-endpoint call."""
        target = self._token_target(action)
        if target is None:
            raise errors.XAuthError("There are no tokens.", "Press Authorize to sign in.")
        endpoints, issuer = target
        profile = replace(self.profile, client_id=issuer.client_id)
        return endpoints, self._client_for(issuer.provider, endpoints, profile)

    def _issuer_for_current_settings(self) -> Issuer:
        p = self.profile
        return Issuer(p.provider, p.client_id.strip(), p.client_type, self.endpoints)

    def restore_token_settings(self) -> None:
        """Put back the provider, endpoints and client that issued the tokens (the user asked)."""
        t = self.tokens
        if t is None or t.issuer is None:
            return
        i = t.issuer
        custom = i.endpoints if i.provider == "custom" else self.profile.custom_endpoints
        self.update_profile(
            replace(self.profile, provider=i.provider, client_id=i.client_id, client_type=i.client_type,
                    custom_endpoints=custom)
        )  # fmt: skip
        self.form_reset.emit()
        self.say("info", "The settings that issued these tokens are back; Refresh, Revoke and Who am I work again.")

    @property
    def is_x(self) -> bool:
        return self.profile.provider == "x"

    @property
    def busy(self) -> bool:
        return self.phase is not Phase.IDLE or self.refreshing or self.revoking or self.loading

    # --- profile ------------------------------------------------------------------------------------------
    def load_profile(self, profile: Profile) -> None:
        """Switch to a saved profile: its settings now, its secrets when the vault has read them."""
        self.cancel_login(quiet=True)
        self.profile = profile
        self.client_secret = ""
        self._set_tokens(None)
        self.loading = True
        self._changed()
        gen = self._token_gen

        def loaded(secrets: StoredSecrets) -> None:
            if gen != self._token_gen or self.profile.id != profile.id:
                return
            self.loading = False
            self.client_secret = secrets.client_secret
            if secrets.client_secret and not self.profile.secret_server:
                # Saved by a version that did not bind secrets: bound to the settings it was saved with.
                self.update_profile(replace(self.profile, secret_server=self._current_server()))
            meta = profile.tokens
            if secrets.access_token and meta is not None:
                self._set_tokens(
                    TokenSet(
                        secrets.access_token,
                        meta.token_type,
                        meta.obtained_at,
                        meta.expires_at,
                        meta.scopes,
                        secrets.refresh_token or None,
                        meta.issuer or self._issuer_for_current_settings(),  # older versions: as saved
                    )
                )
                if profile.username:
                    self.user = UserInfo("", profile.username, "")
            self._changed()

        self.vault.load(profile, loaded)

    def update_profile(self, profile: Profile) -> None:
        """The window edited non-secret settings."""
        self.profile = profile
        self.settings.save_profile(profile)
        self._changed()

    def _current_server(self) -> str:
        p = self.profile
        return server_identity(p.provider, self.endpoints if p.provider == SANDBOX else p.endpoints())

    def set_client_secret(self, secret: str, *, entered: bool = False) -> None:
        """A secret the user typed (`entered`) is for the server now in the settings (B2)."""
        secret = secret.strip()
        if secret == self.client_secret and not entered:
            return
        if secret != self.client_secret:
            self.client_secret = secret
            self.vault.save(self.profile, {"client_secret": secret})
        self.update_profile(replace(self.profile, secret_server=self._current_server() if secret else ""))

    def _save_token_meta(self) -> None:
        t = self.tokens
        username = self.user.username if self.user else self.profile.username if t else ""
        self.profile = replace(self.profile, tokens=_meta(t), username=username)
        self.settings.save_profile(self.profile)

    def _set_tokens(self, tokens: TokenSet | None) -> None:
        self._token_gen += 1
        self.tokens = tokens
        self.stale = False
        if tokens is None:
            self.user, self.avatar = None, None

    # --- login --------------------------------------------------------------------------------------------
    def start_login(self) -> None:
        self.cancel_login(quiet=True)
        try:
            scopes = self.profile.scopes
            if not scopes:
                raise errors.ConfigError("No permissions are selected.", "Tick at least one, or pick a preset.")
            attempt = AuthorizationRequest.new(
                self.endpoints,
                self.client,
                self.profile.redirect_uri,
                scopes,
                pkce_method=self.profile.effective_pkce_method(),
                provider=self.profile.provider,
            )
        except errors.XAuthError as exc:
            self.fail(exc)
            return
        listener: LoopbackListener | None = None
        try:
            listener = LoopbackListener(attempt.redirect_uri, attempt.state, timeout_ms=self.listener_timeout_ms)
            listener.start()
        except errors.UnsupportedRedirectUriError:
            listener = None  # paste-only login
        except errors.XAuthError as exc:
            self.fail(exc)  # port busy: the browser is NOT opened, nothing half-started
            return
        self._login_gen += 1
        self.attempt = attempt
        self.authorize_url = attempt.url
        self.phase = Phase.WAITING
        if listener is not None:
            gen = self._login_gen
            listener.redirected.connect(lambda url: self._on_redirected(gen, url))
            listener.failed.connect(lambda exc: self._on_listener_failed(gen, exc))
            self._listener = listener
        self.browser_opened = bool(self.open_url(attempt.url))
        if not self.browser_opened:
            self.say(
                "warning",
                "The browser could not be opened. Copy the address below, open it in your browser, "
                "approve, then come back (paste the final address below if this app does not notice).",
            )
        elif listener is None:
            self.say(
                "progress",
                "Approve the request in the browser. This callback URI can't be caught by the app: "
                "after approving, copy the address the browser shows and paste it below.",
            )
        else:
            self.say("progress", "Waiting for you to approve the request in the browser…")
        self._changed()

    def cancel_login(self, quiet: bool = False) -> None:
        if self.phase is Phase.IDLE and self._listener is None:
            return
        self._login_gen += 1
        self._close_listener()
        self.attempt = None
        self.phase = Phase.IDLE
        if not quiet:
            self.say("info", errors.LoginCancelledError().user_text)
        self._changed()

    def _close_listener(self) -> None:
        # No Qt parent and no deleteLater(): the listener is owned by Python and goes with its last
        # reference (a deferred delete racing Python's own deletion crashed PySide here).
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def _on_listener_failed(self, gen: int, exc: errors.XAuthError) -> None:
        if gen != self._login_gen:
            return
        self.attempt = None
        self.phase = Phase.IDLE
        self.fail(exc)
        self._changed()

    def _on_redirected(self, gen: int, url: str) -> None:
        if gen != self._login_gen or self.attempt is None:
            return
        try:
            response = parse_redirect(url, self.attempt.redirect_uri, self.attempt.state)
        except errors.XAuthError as exc:
            self._on_listener_failed(gen, exc)
            return
        self._exchange(self.attempt, response)

    def submit_pasted(self, text: str) -> None:
        """The paste fallback: same checks as the listener; the listener for the attempt is closed."""
        attempt = self.attempt
        if attempt is None or self.phase is not Phase.WAITING:
            self.say("warning", "Press Authorize first; then paste the address the browser shows after approving.")
            return
        try:
            response = parse_redirect(text, attempt.redirect_uri, attempt.state, pasted=True)
        except errors.XAuthError as exc:
            if isinstance(
                exc, errors.AuthorizationDeclinedError | errors.InvalidScopeError | errors.AuthorizationFailedError
            ):
                self.cancel_login(quiet=True)
            self.fail(exc)
            return
        self._close_listener()
        self._exchange(attempt, response)

    def _exchange(self, attempt: AuthorizationRequest, response: AuthorizationResponse) -> None:
        """Exchange at once (X's codes live 30 s); exactly once per attempt."""
        self._login_gen += 1
        gen = self._login_gen
        self.phase = Phase.EXCHANGING
        self.say("progress", "Approved. Getting your token…")
        self._changed()
        self.net.submit(
            lambda: self.service.exchange(attempt, response),
            lambda tokens: self._on_exchanged(gen, attempt, tokens),
            lambda exc: self._on_exchange_failed(gen, exc),
        )

    def _on_exchange_failed(self, gen: int, exc: Exception) -> None:
        if gen != self._login_gen:
            return
        self.attempt = None
        self.phase = Phase.IDLE
        self.fail(exc, "The login did not finish:")
        self._changed()

    def _on_exchanged(self, gen: int, attempt: AuthorizationRequest, tokens: TokenSet) -> None:
        if gen != self._login_gen:
            return  # superseded or cancelled meanwhile
        self.attempt = None
        self.phase = Phase.IDLE
        self._set_tokens(tokens)
        self._persist_tokens(tokens)
        notes = []
        missing = tokens.missing_scopes(attempt.scopes)
        if missing:
            notes.append(f"X did not grant: {', '.join(missing)}.")
        reason = no_refresh_reason(tokens)
        if reason:
            notes.append(reason)
        self.say("warning" if notes else "success", " ".join(["Signed in: your token is ready.", *notes]))
        self._changed()
        if all(s in tokens.scopes for s in WHOAMI_SCOPES):
            self.who_am_i()

    def _persist_tokens(self, tokens: TokenSet, on_done: Callable[[], None] | None = None) -> None:
        # The new refresh token first: if the app dies half-way, the stored one is the live one.
        self.vault.save(
            self.profile, {"refresh_token": tokens.refresh_token or "", "access_token": tokens.access_token}, on_done
        )
        self._save_token_meta()

    def _persist_tokens_for(self, profile: Profile, tokens: TokenSet, on_done: Callable[[], None]) -> None:
        """Save `tokens` under `profile` (maybe no longer the one shown), unless it was deleted meanwhile."""
        saved = next((p for p in self.settings.profiles() if p.id == profile.id), None)
        if saved is None:
            on_done()
            return
        self.vault.save(
            profile, {"refresh_token": tokens.refresh_token or "", "access_token": tokens.access_token}, on_done
        )
        self.settings.save_profile(replace(saved, tokens=_meta(tokens)))

    # --- refresh ------------------------------------------------------------------------------------------
    def refresh(self, *, then: Callable[[], None] | None = None, automatic: bool = False) -> None:
        old = self.tokens
        if old is None or self.refreshing or self.revoking:
            return  # single flight: a second trigger while one is in flight does nothing
        if not old.refresh_token:
            self.say("warning", no_refresh_reason(old) or "There is no refresh token.")
            return
        try:
            endpoints, client = self._client_call_target("refreshing")
        except errors.XAuthError as exc:
            if not automatic:
                self.fail(exc)
            return
        self.refreshing = True
        gen, profile = self._token_gen, self.profile
        if not automatic:
            self.say("progress", "Refreshing the token…")
        self._changed()

        def done(fresh: TokenSet) -> None:
            if not fresh.refresh_token:  # a server that does not rotate: keep the one we have
                fresh = replace(fresh, refresh_token=old.refresh_token)
            if gen != self._token_gen and self.profile.id == profile.id and self.tokens != old:
                self.refreshing = False  # replaced meanwhile by a newer login or a removal: keep that
                return

            def saved() -> None:
                self.refreshing = False
                if self.profile.id != profile.id or self.tokens is None or self.tokens.secrets != old.secrets:
                    return  # saved under its own profile; the window shows another one now
                user, avatar = self.user, self.avatar
                self._set_tokens(fresh)
                self.user, self.avatar = user, avatar
                self._save_token_meta()
                self.say("success", "Token refreshed (the old refresh token no longer works; the new one is saved).")
                self._changed()
                if then:
                    then()

            # Saved under the profile it was started for, even if the window moved on (B6).
            self._persist_tokens_for(profile, fresh, saved)

        def failed(exc: Exception) -> None:
            self.refreshing = False
            if gen != self._token_gen:
                return
            if isinstance(exc, errors.RefreshTokenInvalidError):
                self.stale = True
                self.say("error", self.explain(exc))
            elif isinstance(exc, errors.NetworkError):
                self._auto_refresh_not_before = self.clock() + AUTO_REFRESH_RETRY_S
                self.say("error", f"The refresh did not finish: {self.explain(exc)} Your saved tokens were kept.")
            else:
                self._auto_refresh_not_before = self.clock() + AUTO_REFRESH_RETRY_S
                self.fail(exc, "The refresh did not finish:")
            self._changed()

        self.net.submit(lambda: self.service.refresh(endpoints, client, old), done, failed)

    def set_auto_refresh(self, on: bool) -> None:
        self.auto_refresh = on
        self.settings.auto_refresh = on
        self._changed()

    def _on_tick(self) -> None:
        t = self.tokens
        if t is not None:
            self.tick.emit()
        if not (self.auto_refresh and t and t.refresh_token and t.expires_at) or self.stale or self.busy:
            return
        if self.token_binding_problem:
            return  # never automatically to other settings' server; the window says why
        now = self.clock()
        lifetime = max(1.0, t.expires_at - t.obtained_at)
        if now >= self._auto_refresh_not_before and t.expires_at - now <= min(60.0, lifetime / 4):
            self.refresh(automatic=True)

    # --- revoke -------------------------------------------------------------------------------------------
    def revoke(self) -> None:
        tokens = self.tokens
        if tokens is None or self.revoking or self.refreshing:
            return
        try:
            endpoints, client = self._client_call_target("revoking")
        except errors.XAuthError as exc:
            self.fail(exc)
            return
        self.revoking = True
        gen = self._token_gen
        self.say("progress", "Revoking the tokens…")
        self._changed()

        def done(_: object) -> None:
            self.revoking = False
            if gen != self._token_gen:
                return
            self._forget_tokens()
            self.say("success", "Revoked: both tokens no longer work, and they were removed from this computer.")

        def failed(exc: Exception) -> None:
            self.revoking = False
            if gen != self._token_gen:
                return
            self.say(
                "error",
                f"Not revoked: {self.explain(exc)} The tokens are still saved.",
                ("Retry", self.revoke),
                ("Remove from this computer only", self.remove_locally),
            )
            self._changed()

        self.net.submit(lambda: self.service.revoke_all(endpoints, client, tokens), done, failed)

    def remove_locally(self) -> None:
        if self.tokens is None:
            return
        profile = self.profile
        keys = {profile.secret_key(k) for k in ("access_token", "refresh_token")}

        def removed() -> None:
            if keys & self.vault.pending:  # the keychain could not be reached: carried out later (B7)
                self.say(
                    "warning",
                    "The tokens were removed from this app, but the keychain can't be reached now, so it still "
                    "holds them: they will be deleted from it as soon as it can be reached.",
                    ("Retry keychain", lambda: self.vault.open(on_ready=self.persist_current)),
                )
                return
            self.say(
                "info",
                "The tokens were removed from this computer. They keep working until they expire or are revoked.",
            )

        self._forget_tokens(removed)

    def _forget_tokens(self, then: Callable[[], None] | None = None) -> None:
        self._set_tokens(None)
        self.vault.save(self.profile, {"refresh_token": "", "access_token": ""}, then)
        self._save_token_meta()
        self._changed()

    # --- who am I -----------------------------------------------------------------------------------------
    def who_am_i(self, *, retried: bool = False) -> None:
        tokens = self.tokens
        if tokens is None or self.checking_user:
            return
        try:
            target = self._token_target("checking who you are")
            assert target is not None
            endpoints = target[0]
        except errors.XAuthError as exc:
            self.fail(exc)
            return
        self.checking_user = True
        gen = self._token_gen
        self._changed()

        def done(user: UserInfo) -> None:
            self.checking_user = False
            if gen != self._token_gen:
                return
            self.user = user
            self._save_token_meta()
            self.say("success", f"Signed in as @{user.username} ({user.name}).")
            self._changed()
            if user.profile_image_url:
                self._fetch_avatar(gen, user.profile_image_url)

        def failed(exc: Exception) -> None:
            self.checking_user = False
            if gen != self._token_gen:
                return
            if isinstance(exc, errors.UnauthorizedError) and not retried and tokens.refresh_token and not self.stale:
                self.refresh(then=lambda: self.who_am_i(retried=True))  # once; then the user signs in again
                return
            self.say("warning", f"Who am I failed: {self.explain(exc)} Your tokens are kept.")
            self._changed()

        self.net.submit(lambda: self.service.who_am_i(endpoints, tokens.access_token), done, failed)

    def _fetch_avatar(self, gen: int, url: str) -> None:
        if not url.startswith(("https://", "http://")):
            return
        call = HttpCall(Operation.AVATAR, "GET", url, {"Accept": "image/*"})

        def done(body: bytes) -> None:
            if gen == self._token_gen and len(body) <= AVATAR_MAX_BYTES:
                self.avatar = body
                self._changed()

        def fetch() -> bytes:
            result = self.service.transport.send(call)
            return result.body if result.status == 200 else b""

        self.net.submit(fetch, done, lambda exc: log.info("avatar not loaded: %s", type(exc).__name__))

    # --- storage ------------------------------------------------------------------------------------------
    def persist_current(self) -> None:
        """Write the current secrets again (after the store changed: keychain unlocked, file opt-in)."""
        values = {"client_secret": self.client_secret}
        if self.tokens is not None:
            values |= {"refresh_token": self.tokens.refresh_token or "", "access_token": self.tokens.access_token}
        self.vault.save(self.profile, values)

    def shutdown(self) -> None:
        self._login_gen += 1
        self._close_listener()
        self._ticker.stop()
        self.net.shutdown()


def _meta(tokens: TokenSet | None) -> TokenMeta | None:
    if tokens is None:
        return None
    t = tokens
    return TokenMeta(t.token_type, t.obtained_at, t.expires_at, t.scopes, bool(t.refresh_token), t.issuer)


def _server_name(identity: str) -> str:
    return "the sandbox" if identity == SANDBOX else identity.removesuffix(":443") or "another server"
