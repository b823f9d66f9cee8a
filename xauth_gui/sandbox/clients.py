"""The sandbox's published values, as the app knows them (core/sandbox_facts.py)."""

from xauth_gui.core.sandbox_facts import (
    CONFIDENTIAL_CLIENT_ID,
    CONFIDENTIAL_CLIENT_SECRET,
    DEFAULT_PORT,
    PROFILE_NAME,
    PUBLIC_CLIENT_ID,
)

__all__ = ["CONFIDENTIAL_CLIENT_ID", "CONFIDENTIAL_CLIENT_SECRET", "DEFAULT_PORT", "PROFILE_NAME", "PUBLIC_CLIENT_ID"]
