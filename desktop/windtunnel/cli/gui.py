"""``windtunnel [FILE]``: start the desktop app, on FILE when given; ``--self-test`` checks it.

Qt is imported only here, and only when the GUI starts, so headless commands never load it.
Before it is, a FILE that is not there is named (exit 1), and so is a Linux session without
a display (no ``DISPLAY``, no ``WAYLAND_DISPLAY`` and no ``QT_QPA_PLATFORM``), where Qt would
abort the process with its platform-plugin message (exit 134).
``windtunnel --self-test [--offline]`` starts the app on the bundled model, runs and exports
every scenario, and exits 0 when all is well (see :mod:`windtunnel.app.selftest`). With
``WINDTUNNEL_STARTUP_PROBE=1`` in the environment, the app prints its start-up time at the
first painted window and quits (see :mod:`windtunnel.app.startprobe`).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys

from ..language import translate


def launch(argv: list[str], *, language: str | None = None) -> int:
    """Open the app as ``argv`` asks (a file, or ``--self-test``), in ``language`` when the
    command line's ``--language`` gave one (for this run: the app's remembered choice is
    left as it is), else in the app's own choice. The usual start has no
    arguments and builds no parser: argparse's set-up looks for gettext catalogues, a cost
    paid before the window shows."""
    if not argv:
        return _open(None, language)
    parser = argparse.ArgumentParser(prog="windtunnel", description=translate("gui", "Open the desktop app."))
    parser.add_argument("file", nargs="?", help=translate("gui", "a model file (.wtm) to open"))
    parser.add_argument("--self-test", action="store_true",
                        help=translate("gui", "check this installation: open the bundled "
                                              "model, run every scenario, export a workbook; "
                                              "exit 0 when all is well"))
    parser.add_argument("--offline", action="store_true",
                        help=translate("gui", "with --self-test: refuse and report any "
                                              "network access"))
    try:
        args = parser.parse_args(argv)
        if args.offline and not args.self_test:
            parser.error("--offline works only with --self-test")
        if args.self_test and args.file:
            parser.error("--self-test checks the bundled model; it takes no FILE")
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.self_test:
        from ..app.selftest import run_self_test

        return run_self_test(offline=args.offline)
    if args.file and not os.path.lexists(args.file):
        from .text import printable

        print("windtunnel: " + translate("gui", "{file}: no such file (and no command of that "
                                                "name: windtunnel --help lists them)").format(
            file=printable(args.file)), file=sys.stderr)
        return 1
    return _open(args.file, language)


def display_missing(environ=None, platform: str | None = None) -> bool:
    """Whether the app has no display to open on: Linux with none of ``DISPLAY``,
    ``WAYLAND_DISPLAY`` and ``QT_QPA_PLATFORM`` set (macOS and Windows always have one)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    return platform.startswith("linux") and not any(
        environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _open(file: str | None, language: str | None) -> int:
    """Start the app on ``file`` (the bundled model when None) in ``language`` (None: its
    own choice), with the start-up probe when the environment asks for it."""
    if display_missing():
        print("windtunnel: " + translate("gui", "no display to open the app on (neither DISPLAY "
                                                "nor WAYLAND_DISPLAY is set); the commands "
                                                "work without one: windtunnel --help lists "
                                                "them"), file=sys.stderr)
        return 1
    # Python's cyclic collector goes off here, for the app's whole life, as the app turns
    # it off when it starts (it collects from a timer on its GUI thread instead, when a
    # collection is due: windtunnel.app.collector), so that the app's modules load
    # without it: their objects (classes, functions, Qt's types) live as long as the app,
    # and the collector's walks over them every 2,000 allocations freed nothing and cost
    # the first paint about 1.5% of its instructions. Once loaded they are frozen out of
    # its reach: no later collection walks them again.
    gc.disable()
    from ..app.main import make_application, run_app
    from ..app.startprobe import install_startup_probe, probe_requested

    gc.freeze()

    if probe_requested():
        install_startup_probe(make_application())
    return run_app(file, language=language)
