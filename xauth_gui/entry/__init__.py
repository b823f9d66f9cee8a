"""The ways in, each a command or a report, and only what they share: the window (window.py), `xauth-gui
token` (token_command.py), `--diagnose` (diagnose.py, diagnose_login.py, checks.py), `--forget-everything`
(forget.py) and the start-up measurement (firstpaint.py). They parse, print and exit; the objects they use
are built by the composition root (xauth_gui/composition.py). Nothing outside this folder imports it but
the package's two doors, xauth_gui/app.py and xauth_gui/__main__.py."""
