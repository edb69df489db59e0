"""Notice the first painted main window, and the start-up probe built on it.

:class:`FirstPaint` watches the whole application for the first paint of a visible
``QMainWindow`` (or a widget inside one) and then calls back once, after that paint has
finished. It needs no hook in the main window, so it measures the app exactly as users start
it. The self-test waits on it; the start-up probe uses it to time start-up:

    WINDTUNNEL_STARTUP_PROBE=1 windtunnel

prints ``windtunnel-startup: <seconds> s ...`` (seconds from process creation to the first
painted main window, as the operating system dates the process, and the CPU seconds used
by then), then the line ``windtunnel-startup-modules: ...`` naming which of
:data:`HEAVY_MODULES` were imported by then ("none" is the aim: they load after the window
shows), then, once the window has built what waits for its first paint (its extensions, see
windtunnel.app.extensions), ``windtunnel-startup-complete: <seconds> s ...``, and quits with
exit code 0. ``WINDTUNNEL_STARTUP_PROBE=paint`` ends the process at the first paint instead
(exit code 0, no clean-up), so that a count of the instructions a launch runs (callgrind)
ends there, as the bare window's does (tests/benchmarks/bare_window.py).
tests/benchmarks/bench_startup.py runs it against the frozen app and ``python -m windtunnel``.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

__all__ = ["FirstPaint", "PROBE_VARIABLE", "QUIT_AT_PAINT", "HEAVY_MODULES",
           "probe_requested", "install_startup_probe", "process_age"]

#: The environment variable that turns the start-up probe on.
PROBE_VARIABLE = "WINDTUNNEL_STARTUP_PROBE"
#: Its value that makes the probe end the process at the first paint (no complete window).
QUIT_AT_PAINT = "paint"

#: Libraries that cost a tenth of a second or more to import and that no first paint needs:
#: charts, sparse products, tables, graphs, workbooks, arrays.
HEAVY_MODULES = ("pyqtgraph", "scipy", "pandas", "networkx", "openpyxl", "numpy")


class FirstPaint(QObject):
    """Calls ``callback(window)`` once, after the first paint of a visible main window
    (of ``window`` only, when given; the watcher then lives and dies with that window)."""

    def __init__(self, app: QApplication, callback: Callable[[QMainWindow], None], *,
                 window: QMainWindow | None = None) -> None:
        super().__init__(window if window is not None else app)
        self._app = app
        self._callback = callback
        self._done = False
        # One window: its own paint (the window paints its background first, its children
        # in the same pass, so the callback in the next turn follows the whole paint).
        # Any window: every object's events until the first main window's first event, then
        # that window's own.
        self._watched = window if window is not None else app
        self._watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self._watched is self._app and isinstance(watched, QMainWindow):
            self._watch_only(watched)
            return False
        if (not self._done and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)):
            window = watched.window()
            if isinstance(window, QMainWindow) and window.isVisible():
                self._done = True
                self._watched.removeEventFilter(self)
                # Called from the event loop's next turn, once this paint has completed
                # (not at all when the window went meanwhile: a switch of language at once)
                QTimer.singleShot(0, window, lambda: self._callback(window))
        return False

    def _watch_only(self, window: QMainWindow) -> None:
        """From the first main window's first event (it is being built) on, watch only that
        window: a filter on the application runs Python for every event of every widget,
        which would slow the very start-up the probe times. The filter goes onto the window
        in the event loop's first turn, which comes before the window's first paint and
        after the window has put its own watchers on itself, so this one, the newest, sees
        the paint first and reports before the window's own first-paint work runs."""
        self._app.removeEventFilter(self)
        self._watched = window
        QTimer.singleShot(0, window, lambda: window.installEventFilter(self))


def probe_requested() -> bool:
    """True when the start-up probe is switched on in the environment."""
    return os.environ.get(PROBE_VARIABLE, "") not in ("", "0")


def install_startup_probe(app: QApplication) -> FirstPaint:
    """Print the start-up time at the first painted main window and again once the window
    is complete (what it builds in the event-loop turn after its first paint), then leave
    the event loop.

    ``app.exit`` (not ``quit``) ends the loop without closing windows, so no "save
    changes?" question can hold the probe up.
    """
    def report(window: QMainWindow) -> None:
        print(f"windtunnel-startup: {_age()} s from process start to a painted main window "
              f"(at epoch {time.time():.3f}; cpu {time.process_time():.3f} s; "
              f"title {window.windowTitle()!r})", flush=True)
        loaded = [name for name in HEAVY_MODULES if name in sys.modules]
        print(f"windtunnel-startup-modules: {', '.join(loaded) or 'none'}", flush=True)
        if os.environ.get(PROBE_VARIABLE) == QUIT_AT_PAINT:
            # the process ends here: leaving the event loop would still run the work already
            # queued for after the paint (the extensions) before exec() returned
            os._exit(0)
        QTimer.singleShot(0, complete)  # after the window's own first-paint work is done

    def complete() -> None:
        print(f"windtunnel-startup-complete: {_age()} s from process start to the complete "
              f"window (at epoch {time.time():.3f}; cpu {time.process_time():.3f} s)",
              flush=True)
        app.exit(0)

    return FirstPaint(app, report)


def _age() -> str:
    age = process_age()
    return "n/a" if age is None else f"{age:.3f}"


def process_age() -> float | None:
    """Seconds since the operating system created this process, or None where unknown.

    Counting from process creation (not from Python's start) includes the frozen app's
    bootloader and the loading of the interpreter, which is what a user waits through.
    """
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            with open("/proc/uptime", "rb") as handle:
                uptime = float(handle.read().split()[0])
        except (OSError, IndexError, ValueError):
            return None
        # Field 22 of stat (the 20th after the command name): start time in clock ticks.
        return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    if sys.platform == "win32":
        return _windows_process_age()
    return None


def _windows_process_age() -> float | None:
    import ctypes
    from ctypes import wintypes

    created, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
    kernel32 = ctypes.windll.kernel32
    if not kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), ctypes.byref(created),
                                    ctypes.byref(exited), ctypes.byref(kernel),
                                    ctypes.byref(user)):
        return None
    now = wintypes.FILETIME()
    kernel32.GetSystemTimeAsFileTime(ctypes.byref(now))

    def ticks(value) -> int:
        return (value.dwHighDateTime << 32) | value.dwLowDateTime

    return (ticks(now) - ticks(created)) / 1e7  # FILETIME counts 100 ns
