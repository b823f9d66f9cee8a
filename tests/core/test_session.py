"""The phase table and the session state: which action each phase allows, and why not."""

from __future__ import annotations

import pytest

from xauth_gui.core.binding import Issuer
from xauth_gui.core.endpoints import X_ENDPOINTS, Endpoints, Provider
from xauth_gui.core.profile import Profile
from xauth_gui.core.session import ALLOWED, Action, Phase, SessionState, allowed, binding_problem, refusal
from xauth_gui.core.tokens import TokenSet


def test_every_phase_has_a_row() -> None:
    assert set(ALLOWED) == set(Phase)


@pytest.mark.parametrize("phase", list(Phase))
@pytest.mark.parametrize("action", list(Action))
def test_a_refusal_is_a_sentence_exactly_when_the_action_is_not_allowed(phase: Phase, action: Action) -> None:
    text = refusal(phase, action)
    assert bool(text) is not allowed(phase, action)
    if text:
        assert text.endswith(".") and text[0].isupper()


def test_one_thing_at_a_time() -> None:
    for phase in (Phase.REFRESHING, Phase.REVOKING, Phase.LOADING):
        assert ALLOWED[phase] == frozenset()
    assert ALLOWED[Phase.EXCHANGING] == {Action.CANCEL}
    assert not allowed(Phase.WAITING, Action.REFRESH)
    assert allowed(Phase.WAITING, Action.LOGIN)  # starting over is fine while waiting
    assert "being refreshed" in refusal(Phase.REFRESHING, Action.LOGIN)


def test_busy_means_not_idle() -> None:
    assert not SessionState().busy
    assert all(SessionState(phase=p).busy for p in Phase if p is not Phase.IDLE)


def _tokens(issuer: Issuer) -> TokenSet:
    return TokenSet("a", "bearer", 0.0, None, (), None, issuer)


def test_binding_problem_names_the_earlier_server() -> None:
    x = Profile(provider=Provider.X, client_id="abc")
    tokens = _tokens(Issuer(Provider.X, "abc", "public", X_ENDPOINTS))
    assert binding_problem(tokens, x) == ""
    assert "earlier settings" in binding_problem(tokens, Profile(provider=Provider.X, client_id="other"))
    custom = Profile(provider=Provider.CUSTOM, client_id="abc", custom_endpoints=Endpoints.under("https://e.example"))
    assert "api.x.com" in binding_problem(tokens, custom)
    assert binding_problem(None, x) == ""


def test_the_sandbox_is_compared_by_name_not_port() -> None:
    tokens = _tokens(Issuer(Provider.SANDBOX, "c", "public", Endpoints.under("http://127.0.0.1:1234")))
    assert binding_problem(tokens, Profile(provider=Provider.SANDBOX, client_id="c")) == ""
