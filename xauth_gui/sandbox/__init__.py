"""An X-compatible OAuth 2.0 server on loopback: for tests and the app's offline "try it" mode."""

from .server import (
    CONFIDENTIAL_CLIENT_ID,
    CONFIDENTIAL_CLIENT_SECRET,
    PUBLIC_CLIENT_ID,
    Faults,
    Sandbox,
)

__all__ = ["CONFIDENTIAL_CLIENT_ID", "CONFIDENTIAL_CLIENT_SECRET", "PUBLIC_CLIENT_ID", "Faults", "Sandbox"]
