"""Entry script of the frozen app: the same as the ``windtunnel`` command (GUI by default).

``freeze_support`` lets the processes of an exploration's local pool (which start the app's
executable again) run their task instead of the app.
"""

import multiprocessing
import sys

from windtunnel.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
