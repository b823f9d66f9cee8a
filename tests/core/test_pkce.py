import base64
import re

import pytest

from xauth_gui.core import pkce

RFC_OCTETS = bytes(
    [
        116,
        24,
        223,
        180,
        151,
        153,
        224,
        37,
        79,
        250,
        96,
        125,
        216,
        173,
        187,
        186,
        22,
        212,
        37,
        77,
        105,
        214,
        191,
        240,
        91,
        88,
        5,
        88,
        83,
        132,
        141,
        121,
    ]
)


def test_rfc7636_appendix_b_vector() -> None:
    verifier = pkce.make_verifier(lambda n: RFC_OCTETS[:n])
    assert verifier == "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert pkce.s256_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_generated_verifiers_follow_the_rfc() -> None:
    seen = set()
    for _ in range(10_000):
        v = pkce.make_verifier()
        assert re.fullmatch(r"[A-Za-z0-9\-._~]{43,128}", v)
        assert "=" not in v
        challenge = pkce.s256_challenge(v)
        assert len(challenge) == 43 and "=" not in challenge
        seen.add(v)
    assert len(seen) == 10_000


def test_verifier_carries_256_bits() -> None:
    asked = []
    pkce.make_verifier(lambda n: asked.append(n) or bytes(n))
    assert asked == [32]
    assert len(base64.urlsafe_b64decode(pkce.make_verifier() + "=")) == 32


@pytest.mark.parametrize("bad", ["", "short", "a" * 42, "a" * 129, "a" * 42 + "!", "ä" * 43])
def test_s256_rejects_invalid_verifiers(bad: str) -> None:
    with pytest.raises(ValueError, match="43-128"):
        pkce.s256_challenge(bad)


def test_state_is_one_time_and_url_safe() -> None:
    a, b = pkce.make_state(), pkce.make_state()
    assert a != b
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", a)


def test_pkce_defaults_to_s256_and_plain_only_when_asked() -> None:
    p = pkce.Pkce.new()
    assert p.method == "S256" and p.challenge == pkce.s256_challenge(p.verifier)
    plain = pkce.Pkce.new("plain")
    assert plain.challenge == plain.verifier
    with pytest.raises(ValueError):
        pkce.Pkce.new("s512")
    assert p.verifier not in repr(p)
