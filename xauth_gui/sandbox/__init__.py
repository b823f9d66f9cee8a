"""An X-compatible OAuth 2.0 server on loopback: for tests and the app's offline "try it" mode.

`Sandbox` and `Faults` load the server module on first use (PEP 562), keeping it off the app's start-up.
"""

from typing import TYPE_CHECKING, Any

from .clients import CONFIDENTIAL_CLIENT_ID, CONFIDENTIAL_CLIENT_SECRET, PUBLIC_CLIENT_ID

if TYPE_CHECKING:
    from .server import Faults, Sandbox

__all__ = ["CONFIDENTIAL_CLIENT_ID", "CONFIDENTIAL_CLIENT_SECRET", "PUBLIC_CLIENT_ID", "Faults", "Sandbox"]


def __getattr__(name: str) -> Any:
    if name in ("Sandbox", "Faults"):
        from . import server

        return getattr(server, name)
    raise AttributeError(name)
