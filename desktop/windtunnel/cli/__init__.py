"""The ``windtunnel`` command: headless checks, runs and exports, and the GUI launcher.

Each sub-command is a module of this package with ``add_parser(subparsers)`` and
``run(args) -> int``. ``main(argv)`` returns the exit code, so tests call it in-process:
0 ok, 1 invalid input (a message, never a traceback), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from ..errors import WindtunnelError
from . import gui

__all__ = ["main", "gui_main", "COMMANDS"]

#: Sub-command name -> its module in this package, in the order ``--help`` lists them. The
#: modules are imported only when a command runs, so that starting the GUI does not pay for
#: loading pandas, openpyxl and networkx before the window shows.
COMMANDS = {"check": "check", "run": "run", "explain": "explain", "loops": "loops",
            "structure": "structure", "sensitivity": "sensitivity",
            "import": "import_", "export": "export"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="windtunnel",
        description="Wind-tunnel policy options on signed influence maps. "
                    "Without a command, opens the desktop app (on FILE if given).")
    parser.add_argument("--version", action="version", version=f"windtunnel {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS.values():
        importlib.import_module(f".{module}", __name__).add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    commands_and_options = set(COMMANDS) | {"-h", "--help", "--version"}
    if not argv or argv[0] not in commands_and_options:
        return gui.launch(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help/--version
        return int(exc.code or 0)
    if args.command is None:
        return gui.launch([])
    try:
        return args.run(args)
    except WindtunnelError as exc:
        print(f"windtunnel {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def gui_main() -> int:
    """Entry point of the ``windtunnel-gui`` launcher (no console window on Windows)."""
    return gui.launch(sys.argv[1:])
