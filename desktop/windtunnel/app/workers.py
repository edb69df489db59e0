"""Long work off the GUI thread: Monte Carlo, sensitivity and big exports.

A :class:`Task` runs one function on a ``QThreadPool`` thread. The function gets a
``progress(fraction)`` callback and a ``cancel`` event (the engine's cancel hook) and
works on a snapshot of the model (``model.copy()``), never on the live document. Results
and errors come back to the GUI thread as Qt signals of a :class:`TaskSignals` object, so
an exception inside a worker is never only printed: it reaches :attr:`TaskSignals.failed`
and the window shows it. Cancelling sets the event; the engine raises
:class:`~windtunnel.engine.Cancelled`, which arrives as :attr:`TaskSignals.cancelled`
and leaves the previous results in place. Work that cannot stop midway (an export being
encoded) looks at the event once it is done and raises Cancelled before writing anything.

Some long work must stay on the GUI thread: painting the map for a picture (the scene is
not thread-safe). A :class:`SteppedTask` runs it as a generator, one step per event-loop
turn (a zero-interval timer), so input and repaints go on between the steps; it yields its
progress and returns its result, and reports through the same signals, so the progress
bar and Cancel work alike.

:class:`TaskRunner` runs one task at a time per window; :class:`TaskBar` is its progress
bar and Cancel button in the status bar.
"""

from __future__ import annotations

import threading
import time
import traceback
from typing import Callable, Generator

from PySide6.QtCore import (QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool,
                            QTimer, Signal)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget
from shiboken6 import isValid

from ..engine import Cancelled
from .elided import ElidedLabel
from .flow import FlowLayout
from ..errors import WindtunnelError

__all__ = ["Task", "SteppedTask", "TaskSignals", "TaskRunner", "TaskBar", "TaskError",
           "part_of", "run_steps"]


class TaskError(WindtunnelError):
    """An unexpected error inside a worker, with the traceback for the details box."""

    def __init__(self, message: str, details: str) -> None:
        super().__init__(message)
        self.details = details


class TaskSignals(QObject):
    """Delivered in the GUI thread: progress in [0, 1], the result, an error, a cancel."""

    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Task(QRunnable):
    """``function(progress, cancel) -> result`` on a pool thread."""

    def __init__(self, label: str, function: Callable) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its signals are delivered
        self.label = label
        self.function = function
        self.signals = TaskSignals()
        self.cancel_event = threading.Event()
        self.done = threading.Event()       # set once run() has returned
        self._last = 0.0
        self._shown = 0.0

    def _progress(self, fraction: float) -> None:
        # at most 20 updates a second, except for jumps (a stage's end) and the very end
        now = time.monotonic()
        if now - self._last >= 0.05 or fraction - self._shown >= 0.1 or fraction >= 1.0:
            self._last, self._shown = now, fraction
            self.signals.progress.emit(float(fraction))

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.done.set()

    def _run(self) -> None:
        if self.cancel_event.is_set():   # replaced or cancelled while it waited for a thread
            self.signals.cancelled.emit()
            return
        try:
            result = self.function(self._progress, self.cancel_event)
        except Cancelled:
            self.signals.cancelled.emit()
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user with its traceback
            self.signals.failed.emit(_failure(self.label, exc))
            return
        if self.cancel_event.is_set():
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(result)


def part_of(progress: Callable[[float], None], start: float, end: float):
    """A progress callback for one stage of a task: its 0..1 becomes ``start``..``end``."""
    return lambda fraction: progress(start + (end - start) * fraction)


def _failure(label: str, exc: Exception) -> WindtunnelError:
    """What a task's ``failed`` signal carries: our own errors as they are, others with the
    traceback for the details box."""
    if isinstance(exc, WindtunnelError):
        return exc
    return TaskError(f"{label} failed: {exc}", traceback.format_exc())


class SteppedTask(QObject):
    """A generator on the GUI thread, one ``next()`` per event-loop turn.

    The generator yields progress fractions and returns its result; cancelling closes it
    before its next step.
    """

    def __init__(self, label: str, steps: Generator) -> None:
        super().__init__()
        self.label = label
        self.steps = steps
        self.signals = TaskSignals()
        self.cancel_event = threading.Event()
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        self._timer.start()

    def _step(self) -> None:
        if self.cancel_event.is_set():
            self.steps.close()
            self.signals.cancelled.emit()
            return
        try:
            fraction = next(self.steps)
        except StopIteration as done:
            self.signals.finished.emit(done.value)
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.signals.failed.emit(_failure(self.label, exc))
            return
        self.signals.progress.emit(float(fraction))
        self._timer.start()


def run_steps(steps: Generator):
    """Run a stepped task's generator (or any generator) to its end at once and return its
    value."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


class TaskRunner(QObject):
    """Runs one task at a time; reports start, progress and end for the progress bar."""

    started = Signal(str)
    progress = Signal(float)
    ended = Signal(str)          # "finished", "failed" or "cancelled"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.task: Task | None = None
        #: the pool's tasks whose work has not returned yet
        self._running: list[Task] = []
        #: tasks ended by Cancel before their work returned (``start(abandon=True)``):
        #: kept until it has. Each has a thread of its own beside the runner's one, so the
        #: next task never waits behind it, and :meth:`wait` does not wait for it.
        self._abandoned: list[Task] = []

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self, label: str, function: Callable, *, on_finished: Callable,
              on_failed: Callable, on_cancelled: Callable | None = None,
              abandon: bool = False) -> Task:
        """Run ``function`` in the pool; a running task is cancelled first. With
        ``abandon``, for work that cannot stop midway and changes nothing (reading a file),
        Cancel ends the task at once: its result, when it comes, is dropped."""
        task = Task(label, function)
        task.abandon = abandon
        self._launch(task, on_finished, on_failed, on_cancelled)
        self._running = [t for t in self._running if not t.done.is_set()] + [task]
        self._fit_pool()
        self.pool.start(task)
        return task

    def _fit_pool(self) -> None:
        """One thread for the runner's work, and one for each abandoned read still going."""
        self._abandoned = [task for task in self._abandoned if not task.done.is_set()]
        self.pool.setMaxThreadCount(1 + len(self._abandoned))

    def start_stepped(self, label: str, steps: Generator, *, on_finished: Callable,
                      on_failed: Callable, on_cancelled: Callable | None = None) -> SteppedTask:
        """Run a generator on the GUI thread, a step per event-loop turn (see SteppedTask)."""
        task = SteppedTask(label, steps)
        task.setParent(self)
        self._launch(task, on_finished, on_failed, on_cancelled)
        task.start()
        return task

    def _launch(self, task, on_finished, on_failed, on_cancelled) -> None:
        if self.task is not None:
            self.cancel()

        ended = []

        def end(kind: str, callback, *args) -> None:
            if ended:                        # an abandoned task's own end, come later
                return
            ended.append(kind)
            # the connections hold these callbacks, which hold the window, and the task
            # they hold holds the connections: a loop through Qt that Python's collector
            # cannot see, which would keep every closed window alive
            # (the progress goes to this runner, whose window may have gone meanwhile,
            # closed or rebuilt in another language: Qt dropped that one, nothing to tell)
            alive = isValid(self)
            signals = task.signals
            for signal in ((signals.finished, signals.failed, signals.cancelled)
                           + ((signals.progress,) if alive else ())):
                signal.disconnect()
            if not alive:
                return
            if self.task is task:            # a task that was replaced ends quietly
                self.task = None
                self.ended.emit(kind)
            if isinstance(task, SteppedTask):
                task.deleteLater()
            if callback is not None:
                callback(*args)

        self.task = task
        task.signals.progress.connect(self.progress)
        task.signals.finished.connect(lambda result: end("finished", on_finished, result))
        task.signals.failed.connect(lambda error: end("failed", on_failed, error))
        task.signals.cancelled.connect(lambda: end("cancelled", on_cancelled))
        self.started.emit(task.label)

    def cancel(self) -> None:
        """Ask the running task to stop; it ends with ``cancelled`` (at once when it may be
        abandoned, see :meth:`start`)."""
        task = self.task
        if task is None:
            return
        task.cancel_event.set()
        if getattr(task, "abandon", False):
            self._abandoned.append(task)
            self._fit_pool()
            task.signals.cancelled.emit()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the running task has ended (tests, closing the window); a stepped
        task needs the event loop, which runs meanwhile."""
        deadline = QDeadlineTimer(msecs)
        while isinstance(self.task, SteppedTask) and not deadline.hasExpired():
            QCoreApplication.processEvents()
        waited = [task for task in self._running if task not in self._abandoned]
        return all(task.done.wait(max(0, deadline.remainingTime()) / 1000)
                   for task in waited)


class TaskBar(QWidget):
    """The running task's name, a progress bar and Cancel, shown only while busy; with
    ``wrapping``, on more rows where its width runs out (in a narrow dock), else on one."""

    def __init__(self, runner: TaskRunner, parent=None, *, wrapping: bool = False) -> None:
        super().__init__(parent)
        self.runner = runner
        # on one line (the status bar's), a name with no room ends in "..." (whole on hover)
        self.label = QLabel() if wrapping else ElidedLabel()
        self.bar = QProgressBar(minimum=0, maximum=1000, textVisible=True)
        self.bar.setFixedWidth(200)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self.cancel_button.clicked.connect(runner.cancel)
        layout = FlowLayout(self) if wrapping else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        if wrapping:
            self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        else:
            self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        runner.started.connect(self._started)
        runner.progress.connect(self._progress)
        runner.ended.connect(lambda kind: self.hide())
        self.hide()

    def least_width(self) -> int:
        """The fewest pixels the bar reads in on one line: its progress bar and Cancel,
        the task's name left out."""
        return self.bar.width() + self.layout().spacing() + self.cancel_button.sizeHint().width()

    def whole_width(self) -> int:
        """The pixels the bar takes on one line with the task's name whole."""
        return self.least_width() + self.layout().spacing() + self.label.text_width()

    def _started(self, label: str) -> None:
        """Busy (a moving bar) until the task first says how far it is: some work, like
        reading a file, cannot tell."""
        if isinstance(self.label, ElidedLabel):
            self.label.set_full_text(label)
        else:
            self.label.setText(label)
        self.bar.setRange(0, 0)
        self.bar.setFormat("%p%")
        self.show()

    def _progress(self, fraction: float) -> None:
        self.bar.setRange(0, 1000)
        self.bar.setValue(round(fraction * 1000))
