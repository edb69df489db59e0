"""``windtunnel [FILE]``: start the desktop app, on FILE when given.

Qt is imported only here, and only when the GUI starts, so headless commands never load it.
"""

from __future__ import annotations

import argparse
import sys

def launch(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="windtunnel", description="Open the desktop app.")
    parser.add_argument("file", nargs="?", help="a model file (.wtm) to open")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    from ..app.main import run_app

    return run_app(args.file)
