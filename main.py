#!/usr/bin/env python3
"""Start xauth-gui: `python main.py [--sandbox] [--version]`."""

import sys

from xauth_gui.entry.window import main

if __name__ == "__main__":
    sys.exit(main(sys.argv))
