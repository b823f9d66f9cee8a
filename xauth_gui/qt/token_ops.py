"""What is done with the tokens: refresh (by hand or automatically), revoke, remove, who am I, avatar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from xauth_gui.core import errors
from xauth_gui.core import refresh_machine as machine
from xauth_gui.core import revoke_machine as revoking
from xauth_gui.core.messages import Topic
from xauth_gui.core.profile import TOKEN_SECRETS
from xauth_gui.core.session import Action, MessageKind, Phase
from xauth_gui.core.text import translate
from xauth_gui.core.tokens import UserInfo, no_refresh_reason
from xauth_gui.services.refresh_guard import Outcome, coordinated_refresh

from .other_processes import OtherProcesses
from .secret_keeping import SecretKeeping
from .session_hub import SessionHub
from .targets import Targets

if TYPE_CHECKING:
    from xauth_gui.core.profile import Profile
    from xauth_gui.core.tokens import TokenSet

log = logging.getLogger(__name__)

AVATAR_MAX_BYTES = 512 * 1024


class TokenOperations:
    def __init__(self, hub: SessionHub, targets: Targets, keeping: SecretKeeping, others: OtherProcesses) -> None:
        self.hub = hub
        self.targets = targets
        self.keeping = keeping
        self.others = others

    # --- refresh ------------------------------------------------------------------------------------------
    def refresh(self, *, then: Callable[[], None] | None = None, automatic: bool = False) -> None:
        c = self.hub
        old = c.tokens
        if old is None or c.refused(Action.REFRESH, quiet=automatic):
            return  # single flight: a second trigger while one is in flight only says why
        if not old.refresh_token:
            said = no_refresh_reason(old) or translate("TokenOps", "There is no refresh token.")
            c.say(MessageKind.WARNING, said, about=Topic.NO_REFRESH_TOKEN)
            return
        try:
            endpoints, client = self.targets.client_call_target(errors.TokenAction.REFRESH)
        except errors.XAuthError as exc:
            if not automatic:
                c.fail(exc)
            return
        ticket = c.begin(Phase.REFRESHING)
        if not automatic:
            c.say(MessageKind.PROGRESS, translate("TokenOps", "Refreshing the token…"), about=Topic.REFRESHING)
        profile, store, lock = c.profile, c.vault.store, self.others.lock(c.profile)
        c.net.submit(
            lambda: coordinated_refresh(
                lock, store, profile.secret_key, old, lambda held: c.service.refresh(endpoints, client, held)
            ),
            lambda outcome: self._refreshed(ticket, profile, outcome, then),
            lambda exc: self._refresh_failed(ticket, exc, automatic),
        )

    def _refreshed(self, ticket: int, profile: Profile, outcome: Outcome, then: Callable[[], None] | None) -> None:
        c, fresh = self.hub, outcome.tokens
        self.others.known[profile.id] = outcome.generation

        def saved() -> None:
            if not c.finish(ticket, tokens=fresh, stale=False):
                return  # saved under its own profile; the window moved on meanwhile
            c.save_token_meta()
            state, effects = machine.step(c.state.refresh, machine.Answered(outcome.adopted))
            c.update(refresh=state)
            self._carry_out(effects, None)
            if then:
                then()

        if outcome.saved:  # in the store already (under the lock); the details go to the settings
            self.keeping.save_token_meta_for(profile, fresh)
            saved()
        else:  # the store refused: kept through the vault, which falls back to memory (B6)
            self.keeping.persist_tokens_for(profile, fresh, saved)

    def _refresh_failed(self, ticket: int, exc: Exception, automatic: bool) -> None:
        c = self.hub
        state, effects = machine.step(c.state.refresh, machine.Failed(_failure_of(exc), automatic, c.clock()))
        if not c.finish(ticket, stale=machine.Do.MARK_STALE in effects, refresh=state):
            return  # the window moved on meanwhile: nothing to say, no retry time to keep
        self._carry_out(effects, exc)

    def _carry_out(self, effects: tuple[machine.Effect, ...], exc: Exception | None) -> None:
        """The machine's words, in the user's language (the stale mark went with `finish`)."""
        c = self.hub
        for effect in effects:
            if not isinstance(effect, machine.Say):
                continue
            if effect.note is machine.Note.FAILED and exc is not None:
                c.fail(exc, translate("TokenOps", "The refresh did not finish:"))
            else:
                c.say(effect.kind, _words(effect.note, c.explain(exc) if exc is not None else ""), about=effect.note)

    def maybe_auto_refresh(self) -> None:
        """Once a second: refresh shortly before expiry, if asked to and nothing else is going on."""
        c, t = self.hub, self.hub.tokens
        ready = bool(c.auto_refresh and t and t.refresh_token and t.expires_at and not c.stale and not c.busy)
        ready = ready and not c.token_binding_problem  # never automatically to other settings' server
        tick = machine.Tick(c.clock(), ready, t.obtained_at if t else 0.0, t.expires_at if t else None)
        state, effects = machine.step(c.state.refresh, tick)
        c.update(refresh=state)
        # Only when a refresh is due is the generation record read (not every second): a pair another
        # process saved is taken over instead, and the next tick finds it fresh.
        if machine.Do.START_REFRESH in effects and not self.others.check():
            self.refresh(automatic=True)

    # --- revoke and remove --------------------------------------------------------------------------------
    def revoke(self) -> None:
        c = self.hub
        tokens = c.tokens
        if tokens is None or c.refused(Action.REVOKE):
            return
        try:
            endpoints, client = self.targets.client_call_target(errors.TokenAction.REVOKE)
        except errors.XAuthError as exc:
            c.fail(exc)
            return
        ticket = c.begin(Phase.REVOKING)
        c.say(MessageKind.PROGRESS, translate("TokenOps", "Revoking the tokens…"), about=Topic.REVOKING)
        c.net.submit(
            lambda: c.service.revoke_all(endpoints, client, tokens),
            lambda _: self._revoked(ticket),
            lambda exc: self._revoke_failed(ticket, exc),
        )

    def _revoked(self, ticket: int) -> None:
        if self.hub.finish(ticket):
            self._revoke_step(revoking.Answer.REVOKED)

    def _revoke_failed(self, ticket: int, exc: Exception) -> None:
        if self.hub.finish(ticket):
            self._revoke_step(revoking.Answer.FAILED, self.hub.explain(exc))

    def remove_locally(self) -> None:
        c = self.hub
        if c.tokens is None or c.refused(Action.REMOVE):
            return
        keys = {c.profile.secret_key(k) for k in TOKEN_SECRETS}
        self._forget_tokens(lambda: self._revoke_step(revoking.Removed(bool(keys & c.vault.pending))))

    def _revoke_step(self, event: revoking.Event, reason: str = "") -> None:
        """The revoke machine's effects (core/revoke_machine.py), carried out: forget, and say with its ways on."""
        c = self.hub
        ways = {
            revoking.Way.RETRY: (translate("TokenOps", "Retry"), self.revoke),
            revoking.Way.REMOVE_LOCALLY: (translate("TokenOps", "Remove from this computer only"), self.remove_locally),
            revoking.Way.RETRY_KEYCHAIN: (translate("TokenOps", "Retry keychain"), self.keeping.retry_keychain),
        }
        for effect in revoking.step(event):
            if effect is revoking.Do.FORGET:
                self._forget_tokens()
            else:
                said = _revoke_words(effect.note, reason)
                c.say(effect.kind, said, *(ways[w] for w in effect.ways), about=effect.note)

    def _forget_tokens(self, then: Callable[[], None] | None = None) -> None:
        self.hub.set_tokens(None)
        self.keeping.persist_tokens(None, then)

    # --- who am I -----------------------------------------------------------------------------------------
    def who_am_i(self, *, retried: bool = False) -> None:
        c = self.hub
        tokens = c.tokens
        if tokens is None or c.refused(Action.WHO_AM_I):
            return
        try:
            endpoints, _issuer = self.targets.token_target(errors.TokenAction.WHO_AM_I)
        except errors.XAuthError as exc:
            c.fail(exc)
            return
        ticket = c.begin(Phase.CHECKING_USER)
        c.net.submit(
            lambda: c.service.who_am_i(endpoints, tokens),
            lambda user: self._user_known(ticket, user),
            lambda exc: self._who_am_i_failed(ticket, exc, tokens, retried),
        )

    def _user_known(self, ticket: int, user: UserInfo) -> None:
        c = self.hub
        if not c.finish(ticket, user=user):
            return
        c.save_token_meta()
        c.say(
            MessageKind.SUCCESS,
            translate("TokenOps", "Signed in as @{username} ({name}).").format(username=user.username, name=user.name),
            about=Topic.SIGNED_IN_AS,
        )
        if user.profile_image_url:
            self._fetch_avatar(user.profile_image_url)

    def _who_am_i_failed(self, ticket: int, exc: Exception, tokens: TokenSet, retried: bool) -> None:
        c = self.hub
        if not c.finish(ticket):
            return
        if isinstance(exc, errors.UnauthorizedError) and not retried and tokens.refresh_token and not c.stale:
            self.refresh(then=lambda: self.who_am_i(retried=True))  # once; then the user signs in again
            return
        c.say(
            MessageKind.WARNING,
            translate("TokenOps", "Who am I failed: {reason} Your tokens are kept.").format(reason=c.explain(exc)),
            about=Topic.WHO_AM_I_FAILED,
        )

    def restore_account(self, profile: Profile, tokens: TokenSet) -> None:
        """Saved tokens shown again after a restart, with the account's name and picture as last seen."""
        user = UserInfo("", profile.username, profile.display_name, profile.avatar_url or None)
        self.hub.set_tokens(tokens, user=user if profile.username else None)
        if profile.username and profile.avatar_url:
            self._fetch_avatar(profile.avatar_url)

    def _fetch_avatar(self, url: str) -> None:
        """The picture is not phase work (it carries no secret): it is shown if the tokens are the same."""
        from xauth_gui.core.calls import HttpCall
        from xauth_gui.core.operation import Operation

        if not url.startswith(("https://", "http://")):
            return
        c = self.hub
        call = HttpCall(Operation.AVATAR, "GET", url, {"Accept": "image/*"})
        tokens = c.tokens

        def done(body: bytes) -> None:
            if c.tokens is tokens and len(body) <= AVATAR_MAX_BYTES:
                c.update(avatar=body)

        def fetch() -> bytes:
            result = c.service.transport.send(call)
            return result.body if result.status == 200 else b""

        c.net.submit(fetch, done, lambda exc: log.info("avatar not loaded: %s", type(exc).__name__))


def _failure_of(exc: Exception) -> machine.Failure:
    if isinstance(exc, errors.RefreshTokenInvalidError):
        return machine.Failure.SPENT
    if isinstance(exc, errors.RefreshBusyError):
        return machine.Failure.BUSY
    return machine.Failure.NETWORK if isinstance(exc, errors.NetworkError) else machine.Failure.OTHER


def _words(note: machine.Note, reason: str) -> str:
    if note is machine.Note.ADOPTED:
        return translate("TokenOps", "Another xauth-gui process refreshed the token: this window now uses the new one.")
    if note is machine.Note.REFRESHED:
        return translate("TokenOps", "Token refreshed (the old refresh token no longer works; the new one is saved).")
    if note is machine.Note.NETWORK:
        return translate("TokenOps", "The refresh did not finish: {reason} Your saved tokens were kept.").format(
            reason=reason
        )
    return reason  # SPENT and BUSY: the error's own sentence says it


def _revoke_words(note: revoking.Note, reason: str) -> str:
    if note is revoking.Note.REVOKED:
        return translate("TokenOps", "Revoked: both tokens no longer work, and they were removed from this computer.")
    if note is revoking.Note.NOT_REVOKED:
        return translate("TokenOps", "Not revoked: {reason} The tokens are still saved.").format(reason=reason)
    if note is revoking.Note.KEYCHAIN_STILL_HOLDS:
        return translate(
            "TokenOps",
            "The tokens were removed from this app, but the keychain can't be reached now, so it still "
            "holds them: they will be deleted from it as soon as it can be reached.",
        )
    return translate(
        "TokenOps", "The tokens were removed from this computer. They keep working until they expire or are revoked."
    )
