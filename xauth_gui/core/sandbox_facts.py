"""What the app knows about its built-in sandbox: the published clients (they protect nothing), its
usual port and the name of its profile. The sandbox server itself lives in xauth_gui/sandbox."""

from xauth_gui.core.text import QT_TRANSLATE_NOOP

PUBLIC_CLIENT_ID = "sandbox-public-client"
CONFIDENTIAL_CLIENT_ID = "sandbox-confidential-client"
CONFIDENTIAL_CLIENT_SECRET = "sandbox-secret"
DEFAULT_PORT = 8780  # fixed, so a copied curl line or .env keeps working while the app runs
PROFILE_NAME = QT_TRANSLATE_NOOP("Profile", "Sandbox (try it)")  # shown translated (ui/presenter.py)
