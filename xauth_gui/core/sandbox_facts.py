"""What the app knows about its built-in sandbox: the published clients (they protect nothing), its
usual port and the name of its profile. The sandbox server itself lives in xauth_gui/sandbox."""

from xauth_gui.core.client import ClientConfig, ClientType
from xauth_gui.core.text import QT_TRANSLATE_NOOP

PUBLIC_CLIENT_ID = "sandbox-public-client"
CONFIDENTIAL_CLIENT_ID = "sandbox-confidential-client"
CONFIDENTIAL_CLIENT_SECRET = "sandbox-secret"
DEFAULT_PORT = 8780  # fixed, so a copied curl line or .env keeps working while the app runs
PROFILE_NAME = QT_TRANSLATE_NOOP("Profile", "Sandbox (try it)")  # shown translated (ui/presenter.py)


def sandbox_client(confidential: bool) -> ClientConfig:
    """The sandbox's published client of the chosen type, with its secret (the confidential one's)."""
    if confidential:
        return ClientConfig(CONFIDENTIAL_CLIENT_ID, ClientType.CONFIDENTIAL, CONFIDENTIAL_CLIENT_SECRET)
    return ClientConfig(PUBLIC_CLIENT_ID, ClientType.PUBLIC)
