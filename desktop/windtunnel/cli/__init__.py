"""The ``windtunnel`` command: headless checks, runs and exports, and the GUI launcher.

Each sub-command is a module of this package with ``add_parser(subparsers)`` and
``run(args) -> int``. ``main(argv)`` returns the exit code, so tests call it in-process:
0 ok, 1 invalid input (a message, never a traceback), 2 usage, 130 interrupted.

A first word that is neither a command, an option nor a file is a slip: ``windtunnel chek
m.wtm`` answers "unknown command 'chek'; did you mean 'check'?" (difflib's close matches
among the commands: Python 3.13's argparse has no ``suggest_on_error``, and the app's
``[FILE]`` would take the word for a file), and a file that is not there is named without
starting the app (:mod:`windtunnel.cli.gui`), as is a missing display.

The boundary: every exception a command raises ends here as one located line on stderr
(``windtunnel run model.wtm: ...``) and exit code 1; the traceback is printed only in
debug mode (``--debug`` before the command, or ``WINDTUNNEL_DEBUG=1`` in the
environment). Everything the commands print goes through
:class:`~windtunnel.cli.text.PrintableStream`, so text from a file cannot drive the
terminal. No command's output replaces one of its input files, and an existing file that
an output replaces is kept as ``<name>.bak`` (:func:`~windtunnel.model.output_paths.guarded_writes`).
"""

from __future__ import annotations

import argparse
import importlib
import os
import stat
import sys
from contextlib import contextmanager

from .. import __version__
from ..language import LANGUAGES, translate
from ..language import current as current_language
from . import gui

__all__ = ["main", "gui_main", "build_parser", "COMMANDS", "ALL", "DEBUG_ENV",
           "debug_requested"]

#: Sub-command name -> its module in this package, in the order ``--help`` lists them. The
#: modules are imported only when a command runs, so that starting the GUI does not pay for
#: loading pandas, openpyxl and networkx before the window shows.
COMMANDS = {"check": "check", "run": "run", "explain": "explain", "loops": "loops",
            "structure": "structure", "sensitivity": "sensitivity", "explore": "explore",
            "import": "import_", "export": "export", "aggregate": "aggregate",
            "compare": "compare"}

#: ``build_parser(ALL)`` reads every command's options (tests, documentation).
ALL = "*"
_COMMANDS_AND_OPTIONS = set(COMMANDS) | {"-h", "--help", "--version"}

#: Environment variable that turns on debug mode (tracebacks of unexpected errors).
DEBUG_ENV = "WINDTUNNEL_DEBUG"


def debug_requested() -> bool:
    """Whether ``WINDTUNNEL_DEBUG`` is set to anything but empty or ``0``."""
    return os.environ.get(DEBUG_ENV, "") not in ("", "0")


def build_parser(command: str | None = ALL) -> argparse.ArgumentParser:
    """The argument parser, with the full options of ``command`` only (every command's
    with :data:`ALL`; none with None, which is enough for ``windtunnel --help``): a command
    module is imported only to run it, so each command loads just what it needs."""
    from .language import language_option
    from .summaries import summary_of

    parser = argparse.ArgumentParser(
        prog="windtunnel",
        description=translate("cli", "Wind-tunnel policy options on signed influence maps. "
                                     "Without a command, opens the desktop app (on FILE if "
                                     "given)."))
    parser.add_argument("--version", action="version", version=f"windtunnel {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help=translate("cli", "print the traceback of an unexpected error (or "
                                              "set {variable}=1)").format(variable=DEBUG_ENV))
    parser.add_argument("--language", type=language_option, metavar="TAG",
                        help=translate("cli", "the language of messages and help: {choices} "
                                              "(default: the environment's LC_ALL, LC_MESSAGES "
                                              "or LANG)").format(choices=", ".join(LANGUAGES)))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS.items():
        if command in (name, ALL):
            importlib.import_module(f".{module}", __name__).add_parser(subparsers)
        else:       # listed in --help; its options are read only when it runs
            subparsers.add_parser(name, help=summary_of(name), add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = debug_requested()
    while argv[:1] == ["--debug"]:
        debug, argv = True, argv[1:]
    if argv == ["--version"]:        # answered before any command module loads
        print(f"windtunnel {__version__}")
        return 0
    if not (argv and (argv[0] in _COMMANDS_AND_OPTIONS or argv[0].startswith("--language")
                      or _absent(argv[0])) or gui.display_missing()):
        return _dispatch(argv, debug)       # the GUI follows its own remembered choice
    from . import language as cli_language  # here, so that the GUI's start loads only cli.gui

    try:
        chosen, argv = cli_language.split_language_option(argv)
    except argparse.ArgumentTypeError as exc:
        print(f"windtunnel: {exc}", file=sys.stderr)
        return 2
    while argv[:1] == ["--debug"]:
        debug, argv = True, argv[1:]
    previous, tag = current_language(), chosen or cli_language.environment_language()
    if not cli_language.install(tag):
        print(f"windtunnel: no catalogue for {tag} is installed; messages stay in English",
              file=sys.stderr)    # in English: no catalogue could translate it
    try:
        return _dispatch(argv, debug, chosen)
    finally:                                # main() called in-process leaves no trace
        cli_language.install(previous)


def _dispatch(argv: list[str], debug: bool, language: str | None = None) -> int:
    """Launch the GUI (in ``language`` when ``--language`` gave one), or parse and run one
    command."""
    if not argv or argv[0] not in _COMMANDS_AND_OPTIONS:
        slip = _slip(argv)
        if slip:
            print(f"windtunnel: {slip}", file=sys.stderr)
            return 2
        return _guarded(lambda: gui.launch(argv, language=language), "windtunnel", argv[:1],
                        debug)
    with _printable_output():
        parser = build_parser(argv[0] if argv[0] in COMMANDS else None)
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help/--version
            return exc.code if isinstance(exc.code, int) else 2
        if args.command is None:
            return _guarded(lambda: gui.launch([], language=language), "windtunnel", [],
                            debug)
        inputs = [p for p in (getattr(args, "file", None), getattr(args, "nodes", None),
                              *getattr(args, "files", ())) if p]
        return _guarded(lambda: _run_command(args, inputs), f"windtunnel {args.command}",
                        inputs[:1], debug)


def _absent(word: str) -> bool:
    """Whether ``word`` is neither an option nor anything on disk."""
    return not word.startswith("-") and not os.path.lexists(word)


def _slip(argv: list[str]) -> str | None:
    """The message for a first word that is no command, no option and no file, but reads as
    a command: close to one (``chek``), or followed by more words; None when it reads as a
    file name (the app's start says that it is not there)."""
    if not argv:                # the app's plain start: nothing to tell, nothing loaded
        return None
    word = argv[0]
    if not _absent(word) or any(mark in word for mark in (".", "/", os.sep)):
        return None
    import difflib

    from .text import printable

    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    if close:
        return translate("cli", "unknown command {word}; did you mean {command}?").format(
            word=repr(printable(word)), command=repr(close[0]))
    if len(argv) > 1:
        return translate("cli", "unknown command {word}; the commands are {commands}").format(
            word=repr(printable(word)), commands=", ".join(COMMANDS))
    return None


def _run_command(args, inputs: list[str]) -> int:
    """Run one command; its inputs are refused when they are devices, FIFOs or sockets
    (reading /dev/zero never ends, a FIFO waits forever for a writer); its writes never
    replace its inputs and keep a .bak of any file they replace (model/atomic.py)."""
    from ..errors import LoadError
    from ..io.tables import unreadable
    from ..model.output_paths import guarded_writes
    from ..model.regular_files import NotAFile, special_kind

    for name in inputs:
        try:
            mode = os.stat(name).st_mode
        except (OSError, ValueError):
            continue                # missing or unnamable: the reader says so, located
        if not stat.S_ISDIR(mode) and special_kind(mode):
            raise LoadError(unreadable(NotAFile(special_kind(mode))).problems, source=name)
    with guarded_writes(inputs=inputs, backup=True):
        return args.run(args)


def _guarded(action, command: str, where: list[str], debug: bool) -> int:
    """Run ``action``; turn any exception into a located message on stderr and exit 1."""
    # here, so that the GUI's start loads only cli.gui and --help nothing of the model
    import traceback

    from ..errors import WindtunnelError

    try:
        return action()
    except WindtunnelError as exc:
        from .text import printable     # on failure only: the GUI's start does without it

        # the messages of our errors name the file and the place themselves; each problem
        # is one line, so a newline in user text cannot start a line of its own
        text = exc.describe(render=printable) if hasattr(exc, "describe") else printable(exc)
        print(f"{command}: {text}", file=sys.stderr)
        failure: BaseException = exc
    except KeyboardInterrupt:
        print(translate("cli", "interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:         # `windtunnel run m.wtm | head`: the reader left
        _silence_stdout()
        return 1
    except MemoryError as exc:
        print(translate("cli", "{head}: not enough memory for this input").format(
                  head=_head(command, where)), file=sys.stderr)
        failure = exc
    except RecursionError as exc:
        print(translate("cli", "{head}: the input is nested too deeply").format(
                  head=_head(command, where)), file=sys.stderr)
        failure = exc
    except Exception as exc:  # the boundary: a bug must not look like a crash to the user
        from .text import clip

        follows = (translate("cli", "the traceback follows") if debug else
                   translate("cli", "run again with --debug (or {variable}=1) to see the "
                                    "traceback").format(variable=DEBUG_ENV))
        print(translate("cli", "{head}: unexpected error ({kind}: {text}); {follows}").format(
                  head=_head(command, where), kind=type(exc).__name__, text=clip(_text(exc), 300),
                  follows=follows), file=sys.stderr)
        if debug:
            traceback.print_exc()
        return 1
    if debug:       # outside the handler, so the exception is named: print_exc has none
        traceback.print_exception(failure)
    return 1


def _head(command: str, where: list[str]) -> str:
    """A failure message's head: the command and its first input, printable. Made only
    when there is a failure, so that starting the GUI does not load ``cli.text``."""
    from ..errors import shown_path
    from .text import printable

    return " ".join([command] + [printable(shown_path(w)) for w in where])


def _text(exc: BaseException) -> str:
    """An exception's message, even when its ``__str__`` fails."""
    try:
        return str(exc)
    except Exception:
        return "(no message)"


def _silence_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's final flush into a
    closed pipe does not print a second error."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.__stdout__.fileno())
    except (OSError, AttributeError, ValueError):
        pass


@contextmanager
def _printable_output():
    """Route stdout and stderr through :class:`PrintableStream` while a command runs."""
    from .text import PrintableStream

    saved = sys.stdout, sys.stderr
    if sys.stdout is not None:
        sys.stdout = PrintableStream(sys.stdout)
    if sys.stderr is not None:
        sys.stderr = PrintableStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def gui_main() -> int:
    """Entry point of the ``windtunnel-gui`` launcher (no console window on Windows): what
    a double-click on a model runs, so nothing may escape before the window shows."""
    argv = sys.argv[1:]
    return _guarded(lambda: gui.launch(argv), "windtunnel", argv[:1], debug_requested())
