"""The package's public door to the window: `build(argv)` (the window, built and wired, not shown) and
`main(argv)` (the `xauth-gui` command). Kept at this name for scripts and independent checks; the entry
points themselves live in xauth_gui/entry/."""

from xauth_gui.entry.window import (
    COMMANDS,
    RedactingFilter,
    build,
    install_excepthook,
    main,
    parse_args,
    setup_logging,
)

__all__ = ["COMMANDS", "RedactingFilter", "build", "install_excepthook", "main", "parse_args", "setup_logging"]
