"""xauth-gui: get X (Twitter) API user tokens with OAuth 2.0 Authorization Code + PKCE."""

APP_NAME = "xauth-gui"
APP_DISPLAY_NAME = "xauth-gui"
ORG_NAME = "xauth-gui"
__version__ = "0.1.0"
