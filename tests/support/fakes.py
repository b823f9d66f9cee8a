"""Fakes for driving the controller without a window or a network: a scripted OAuth service and a clock.

The fake service answers on the controller's worker threads like the real one. With `gated=True`
every call waits until the test calls `release()` (bounded), so a test can act while work is in flight.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from xauth_gui.core.authorize import AuthorizationRequest, AuthorizationResponse
from xauth_gui.core.client import ClientConfig
from xauth_gui.core.endpoints import Endpoints
from xauth_gui.core.tokens import TokenSet, UserInfo

GATE_LIMIT_S = 10.0


class FakeClock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class FakeService:
    clock: FakeClock
    gated: bool = False
    lifetime: float = 7200.0
    fail_with: dict[str, Exception] = field(default_factory=dict)  # operation name -> what it raises
    calls: list[str] = field(default_factory=list)
    _gate: threading.Event = field(default_factory=threading.Event)
    _serial: int = 0

    def release(self) -> None:
        self._gate.set()

    def _call(self, name: str) -> None:
        self.calls.append(name)
        if self.gated and not self._gate.wait(GATE_LIMIT_S):
            raise TimeoutError("the test never released the fake service")
        if name in self.fail_with:
            raise self.fail_with[name]

    def _tokens(self, scopes: tuple[str, ...], issuer: Any) -> TokenSet:
        self._serial += 1
        now = self.clock()
        return TokenSet(f"access-{self._serial}", "bearer", now, now + self.lifetime, scopes, f"refresh-{self._serial}",
                        issuer)  # fmt: skip

    def exchange(self, request: AuthorizationRequest, response: AuthorizationResponse) -> TokenSet:
        self._call("exchange")
        return self._tokens(request.scopes, request.issuer)

    def refresh(self, endpoints: Endpoints, client: ClientConfig, tokens: TokenSet) -> TokenSet:
        self._call("refresh")
        return self._tokens(tokens.scopes, tokens.issuer)

    def revoke_all(self, endpoints: Endpoints, client: ClientConfig, tokens: TokenSet) -> None:
        self._call("revoke")

    def who_am_i(self, endpoints: Endpoints, access_token: str) -> UserInfo:
        self._call("who_am_i")
        return UserInfo("1", "fake_user", "Fake User")

    def count(self, name: str) -> int:
        return self.calls.count(name)
