"""Entry script of the frozen app: the same as the ``windtunnel`` command (GUI by default)."""

import sys

from windtunnel.cli import main

if __name__ == "__main__":
    sys.exit(main())
