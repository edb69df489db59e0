"""The GUI's boundary for errors: whatever a reader, a writer or a worker raises becomes a
message the window can show, naming the file.

Windtunnel's own errors (:class:`~windtunnel.errors.WindtunnelError`) already say what is
wrong and where. Anything else is a bug or an exhausted resource, met while reading a file
the user chose; it must still end in a dialog, never in a traceback on the console with the
window half-updated. :func:`located` turns it into a :class:`~windtunnel.errors.LoadError`
(or :class:`~windtunnel.errors.SaveError`) naming the file, with the exception's type and
message; in debug mode (``WINDTUNNEL_DEBUG=1``, as on the command line) the traceback is
added to the dialog's details.
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path
from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication
from ..errors import LoadError, Problem, SaveError, WindtunnelError

__all__ = ["located", "guarded_read", "DEBUG_ENV"]

#: The environment variable of the command line's debug mode (tracebacks of the unexpected).
DEBUG_ENV = "WINDTUNNEL_DEBUG"

T = TypeVar("T")


def _debug() -> bool:
    return os.environ.get(DEBUG_ENV, "") not in ("", "0")


def _message(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("failures", "not enough memory for this file")
    if isinstance(exc, RecursionError):
        return QCoreApplication.translate("failures", "the file is nested too deeply")
    try:
        text = str(exc)
    except Exception:  # an exception whose message itself fails
        text = QCoreApplication.translate("failures", "(no message)")
    text = text if len(text) <= 300 else text[:297] + "..."
    return QCoreApplication.translate(
        "failures",
        "unexpected error ({kind}: {text}); nothing was changed. Start Windtunnel with "
        "{switch}=1 to see the details",
    ).format(kind=type(exc).__name__, text=text, switch=DEBUG_ENV)


def located(exc: BaseException, path: str | os.PathLike | None, *,
            writing: bool = False) -> WindtunnelError:
    """``exc`` as an error the window shows: our errors as they are, anything else as a
    LoadError (SaveError when ``writing``) naming the file ``path``."""
    if isinstance(exc, WindtunnelError):
        return exc
    name = Path(path).name if path else ""
    if writing:
        error = SaveError(f"{name}: {_message(exc)}" if name else _message(exc))
        return error
    problems = [Problem("", _message(exc))]
    if _debug():
        problems.append(Problem("traceback", "".join(traceback.format_exception(exc))))
    return LoadError(problems, source=name)


def guarded_read(read: Callable[[], T], path: str | os.PathLike) -> T:
    """``read()``, with any exception that is not one of ours turned into a LoadError that
    names ``path`` (see :func:`located`)."""
    try:
        return read()
    except WindtunnelError:
        raise
    except Exception as exc:  # the GUI's boundary: a reader's bug must end in a dialog
        raise located(exc, path) from exc
