import sys

from xauth_gui.entry.window import main

sys.exit(main(sys.argv))
