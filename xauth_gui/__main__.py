import sys

from xauth_gui.app import main

sys.exit(main(sys.argv))
