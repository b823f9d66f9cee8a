"""Showing a saved profile (core/switch_machine.py), pure: which secrets and tokens show, and what older
versions' data becomes."""

from __future__ import annotations

from xauth_gui.core import switch_machine as s
from xauth_gui.core.binding import Issuer
from xauth_gui.core.client import ClientType
from xauth_gui.core.endpoints import Endpoints, Provider
from xauth_gui.core.profile import Profile, TokenMeta

ISSUER = Issuer(Provider.CUSTOM, "cid", ClientType.PUBLIC, Endpoints.under("https://auth.example"))
META = TokenMeta("bearer", 100.0, 7300.0, ("tweet.read",), True, ISSUER)


def test_a_profile_with_nothing_saved_just_says_ready() -> None:
    effects = s.step(s.Loaded(Profile(id="p"), s.StoredSecrets(), None))
    assert [type(effects[0]), effects[1]] == [s.Show, s.Do.SAY_READY] and len(effects) == 2
    show = effects[0]
    assert isinstance(show, s.Show) and show.client_secret == "" and not show.api_credentials


def test_a_saved_pair_shows_with_the_newest_details_and_its_issuer() -> None:
    secrets = s.StoredSecrets(access_token="acc", refresh_token="ref")
    effects = s.step(s.Loaded(Profile(id="p", tokens=META), secrets, META))
    restore = next(e for e in effects if isinstance(e, s.Restore))
    t = restore.tokens
    assert (t.access_token, t.refresh_token, t.expires_at, t.issuer) == ("acc", "ref", 7300.0, ISSUER)
    assert "acc" not in repr(restore) and "ref" not in repr(effects)  # secrets stay out of reprs


def test_an_access_token_without_details_or_details_without_a_token_show_nothing() -> None:
    assert not any(isinstance(e, s.Restore) for e in s.step(s.Loaded(Profile(), s.StoredSecrets("", "acc"), None)))
    assert not any(isinstance(e, s.Restore) for e in s.step(s.Loaded(Profile(), s.StoredSecrets(), META)))


def test_older_versions_data_is_bound_to_the_settings_it_was_saved_with() -> None:
    legacy = Profile(id="p", provider=Provider.SANDBOX, secret_server="", api_server="")
    old_meta = TokenMeta("bearer", 1.0, None, (), False, None)
    effects = s.step(s.Loaded(legacy, s.StoredSecrets("sec", "acc", "", "key", "ksec"), old_meta))
    assert s.Do.BIND_SECRET in effects  # a Client Secret saved unbound
    show = effects[0]
    assert isinstance(show, s.Show) and show.api_credentials.server == "sandbox"
    restore = next(e for e in effects if isinstance(e, s.Restore))
    assert restore.tokens.issuer is None  # the driver binds it to the settings shown
    bound = Profile(id="p", secret_server="https://api.x.com", api_server="https://api.x.com")
    assert s.Do.BIND_SECRET not in s.step(s.Loaded(bound, s.StoredSecrets("sec"), None))
