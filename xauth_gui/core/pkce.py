"""PKCE (RFC 7636) verifier/challenge and the one-time `state`, with randomness injectable."""

from __future__ import annotations

import base64
import os  # os.urandom: the CSPRNG that secrets.token_bytes calls, without loading hashlib at start-up
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

RandomBytes = Callable[[int], bytes]

VERIFIER_RE = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")  # RFC 7636 §4.1


class PkceMethod(StrEnum):
    S256 = "S256"
    PLAIN = "plain"  # only for a custom server without S256 (it sends the verifier in the clear)


S256 = PkceMethod.S256
PLAIN = PkceMethod.PLAIN
METHODS = tuple(PkceMethod)
_ENTROPY_BYTES = 32  # 256 bits (RFC 7636 §7.1) -> 43 base64url characters


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def make_verifier(randbytes: RandomBytes = os.urandom) -> str:
    """A fresh verifier: 32 random bytes, base64url without padding (43 characters)."""
    return _b64url(randbytes(_ENTROPY_BYTES))


def s256_challenge(verifier: str) -> str:
    """BASE64URL(SHA256(ASCII(verifier))) without padding (RFC 7636 §4.2)."""
    if not VERIFIER_RE.match(verifier):
        raise ValueError("a PKCE verifier is 43-128 characters from A-Z a-z 0-9 - . _ ~")
    import hashlib  # on the first login, not at start-up

    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def challenge_for(verifier: str, method: PkceMethod) -> str:
    challenge = s256_challenge(verifier)  # validates the verifier for either method
    return challenge if PkceMethod(method) is PkceMethod.S256 else verifier


def make_state(randbytes: RandomBytes = os.urandom) -> str:
    """A one-time, URL-safe state with 256 bits of randomness."""
    return _b64url(randbytes(_ENTROPY_BYTES))


@dataclass(frozen=True)
class Pkce:
    verifier: str = field(repr=False)
    method: PkceMethod = PkceMethod.S256

    @property
    def challenge(self) -> str:
        return challenge_for(self.verifier, self.method)

    @classmethod
    def new(cls, method: PkceMethod | str = PkceMethod.S256, randbytes: RandomBytes = os.urandom) -> Pkce:
        return cls(make_verifier(randbytes), PkceMethod(method))  # ValueError: not a PKCE method
