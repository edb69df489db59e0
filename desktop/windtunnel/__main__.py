"""``python -m windtunnel``: the same as the ``windtunnel`` command."""

import sys

from .cli import main

sys.exit(main())
