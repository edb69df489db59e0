"""AnalysisController: the Qt side of one window's analysis session.

What the analysis is about lives in :class:`~windtunnel.session.AnalysisSession` (Qt-free,
tested without a window). The controller gives it what only Qt has:

- **Timing**: edits are coalesced into one run per event-loop turn (a zero-time timer
  started by the session's ``edited`` signal); lever previews that arrive in one
  event-loop pass become one re-run (:data:`DEBOUNCE_MS`); the time replay advances every
  :data:`PLAY_MS`.
- **Workers**: Monte Carlo runs on the window's task runner (one long task at a time, with
  the progress bar and Cancel of the status bar), on a snapshot of the model, and lands in
  the session with the revision it was computed for. On a big map
  (:func:`~windtunnel.app.prepared_views.worth_preparing`) the run after an edit goes to a
  worker too, on a copy of the model, and the session takes its results only while they
  still describe the model. After each run, whether each run's
  answer is the only one (``engine.assess``) is checked on a worker of its own the same way.
- **The document**: it follows the window's document (a new document rebinds the session),
  mirrors the canvas selection into the session, and turns lever and scenario edits into
  undo commands on the document's stack.
- **Qt signals** mirroring the session's, so that widgets connect with Qt's automatic
  disconnection when they are deleted.
"""

from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ... import language
from ...engine import WORK_LIMITS, WorkLimits, WorkRefused, assess, run, share_compiled
from ...engine.montecarlo import WORKERS
from ...errors import ModelError, Problem, WindtunnelError
from ...session import AnalysisSession, run_outcome
from ..commands import execute
from ..dialogs import ask_past_limits, larger_limits
from ..model_language import language_relay
from ..prepared_views import worth_preparing
from ..workers import TaskRunner
from . import commands
from ..formats import count

__all__ = ["AnalysisController", "DEBOUNCE_MS", "PLAY_MS", "MONTE_CARLO_WORKERS", "soon"]

#: Live slider debounce in ms: none. A drag's re-run starts in the next event-loop pass,
#: after every slider position that arrived while the last step was handled (its re-run
#: and repaint), so those become one re-run without waiting.
DEBOUNCE_MS = 0
#: Time replay: milliseconds per step.
PLAY_MS = 180
#: Monte Carlo threads in the app: one fewer than the engine's default, so that the
#: window's own thread keeps a core while a run goes on.
MONTE_CARLO_WORKERS = max(1, WORKERS - 1)


class _Turns(QObject):
    """Queued view refreshes, run one per pass of the event loop (a zero-time timer started
    by another timer's slot fires in the next pass, after the pending paints and input), so
    after a run the map repaints first and then each view in a pass of its own."""

    def __init__(self) -> None:
        super().__init__()
        self._queue: dict = {}              # (owner, slot) -> None, in order, once each
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._run_one)

    @property
    def pending(self) -> bool:
        return bool(self._queue)

    def add(self, owner: QObject, slot) -> None:
        self._queue[(owner, slot)] = None
        if not self._timer.isActive():
            self._timer.start()

    def _run_one(self) -> None:
        owner, slot = next(iter(self._queue))
        del self._queue[(owner, slot)]
        if self._queue:
            self._timer.start()
        if shiboken6.isValid(owner):        # a view closed meanwhile is skipped
            slot()


_turns: _Turns | None = None


def soon(owner: QObject, slot):
    """A function that runs ``slot`` in a later event-loop pass, once however often it is
    called meanwhile; the views' refreshes after a run go one per pass, after the map's
    repaint, so no pass pays for all of them."""
    def queue(*_):
        global _turns
        if _turns is None:
            _turns = _Turns()
        _turns.add(owner, slot)

    return queue


def refreshes_pending() -> bool:
    """Whether view refreshes queued by :func:`soon` are still to run (tests wait on it)."""
    return _turns is not None and _turns.pending


class AnalysisController(QObject):
    """See the module docstring."""

    results_changed = Signal()
    live_changed = Signal()
    scenario_changed = Signal(str)
    step_changed = Signal(int)
    selection_changed = Signal(list)
    monte_carlo_changed = Signal()
    trust_changed = Signal()
    #: The window shows another document (views must rebind).
    document_changed = Signal()
    playing_changed = Signal(bool)
    #: A user-facing message for the status bar.
    message = Signal(str)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.document = None
        self.scene = None
        self.session = AnalysisSession()
        for name in ("live_changed", "scenario_changed", "step_changed",
                     "selection_changed", "monte_carlo_changed", "trust_changed"):
            getattr(self.session, name).connect(getattr(self, name).emit)
        self._results_timer = QTimer(self, singleShot=True, interval=0)
        self._results_timer.timeout.connect(self.results_changed.emit)
        self.session.results_changed.connect(self._results_arrived)
        self.session.model_changed.connect(self.document_changed.emit)
        self.session.edited.connect(self._edited)
        self.runner = window.tasks       # Monte Carlo, sensitivity, exports: one at a time
        self.runners = [self.runner]     # and the views' own (explain, structure)
        self.trust_runner = self.add_runner()
        self.session.results_changed.connect(self._assess)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._run_edited)
        self.run_runner = self.add_runner()      # a big map's runs after its edits
        # results name nodes and scenarios in the language they were run in: name them
        # again in the new one (the session's follow_language), in the next event-loop
        # turn, like a run after an edit (a window rebuilt in the new language is gone by
        # then, and its successor names what it takes over)
        self._language_timer = QTimer(self, singleShot=True, interval=0)
        self._language_timer.timeout.connect(self.session.follow_language)
        language_relay().changed.connect(self._language_changed)
        self._live_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._live_timer.timeout.connect(self._run_live)
        self._play_timer = QTimer(self, interval=PLAY_MS)
        self._play_timer.timeout.connect(self._advance)
        window.document_shown.connect(self.bind)
        # The window's first document runs after the window's first paint, so the engine
        # (and scipy, for a sparse map) are not on the way to a visible window.
        self.bind(run_now=window.painted)
        if not window.painted:
            window.first_painted.connect(self._first_run, Qt.SingleShotConnection)

    @property
    def model(self):
        return self.document.model

    def add_runner(self) -> TaskRunner:
        """A worker queue of its own for a view (cancelled and awaited with the others)."""
        runner = TaskRunner(self)
        self.runners.append(runner)
        return runner

    def wait(self, msecs: int = 30_000) -> None:
        """Wait for every worker (tests, closing the window)."""
        for runner in self.runners:
            runner.wait(msecs)

    def cancel_all(self) -> None:
        for runner in self.runners:
            runner.cancel()

    @property
    def idle(self) -> bool:
        """No run or preview waiting on a timer, the results describe the model and the
        views were told."""
        return not (self._refresh_timer.isActive() or self._live_timer.isActive()
                    or self._results_timer.isActive() or self.session.stale)

    # -- following the window's document ----------------------------------------------------

    def bind(self, *, run_now: bool = True) -> None:
        """(Re)bind to the window's current document and scene, then run (now, or at the
        next refresh)."""
        if self.document is not None:
            self.cancel_all()        # work on the old document is of no use any more
            self._live_timer.stop()
        self.document, self.scene = self.window.document, self.window.scene
        self.scene.selectionChanged.connect(self._selection_changed)
        # a big map's first run waits for the next event-loop turn: the map shows first
        later = run_now and worth_preparing(self.document.model)
        self.session.set_model(self.document.model, run_now=run_now and not later,
                               shown_last=self._preference_for_file(
                                   lambda preferences, path: preferences.scenario_shown(path)))
        self._selection_changed()
        if later:
            self._refresh_timer.start()

    def remember_scenario(self) -> None:
        """Keep in the app's settings the scenario shown of the document's file, for its
        next opening (a file not saved yet has nowhere to be found again)."""
        scenario = self.session.scenario_id
        self._preference_for_file(
            lambda preferences, path: preferences.set_scenario_shown(path, scenario))

    def _preference_for_file(self, use):
        """``use(preferences, path)`` for the document's file; "" when it has none."""
        path = self.document.path if self.document is not None else None
        return use(self.window.workspace.preferences, path) if path is not None else ""

    def _first_run(self) -> None:
        if self.session.stale:
            self._refresh_timer.start()

    def _edited(self) -> None:
        self._refresh_timer.start()

    def _results_arrived(self) -> None:
        """New results: the views follow at once, or on a big map in the next event-loop
        turn, since there the run and the views' refreshes each hold the window for a tenth
        of a second or more: two short pauses rather than one long one after each edit."""
        if worth_preparing(self.model):
            self._results_timer.start()
        else:
            self._results_timer.stop()
            self.results_changed.emit()

    def _language_changed(self, _tag: str) -> None:
        if self.document is not None:
            self._language_timer.start()

    def _selection_changed(self) -> None:
        scene = self.scene
        if shiboken6.isValid(scene):
            self.session.set_selection(scene.selected_node_ids(), scene.selected_edge_keys())

    def refresh(self) -> None:
        """Run the baseline and every scenario now."""
        self._refresh_timer.stop()
        self.session.refresh()

    def _run_edited(self) -> None:
        """The run after edits: now on a small map; on a big one on a worker, on a copy of
        the model, so that the window's thread does not wait for the engine (a tenth of a
        second or more). Its results are taken only if they still describe the model
        (:meth:`~windtunnel.session.AnalysisSession.accept_run`): a run overtaken by an
        edit is cancelled (it stops at its next scenario, so that a burst of edits does
        not queue a whole run each on the worker), and the edit's own run follows it."""
        session, model = self.session, self.model
        if not worth_preparing(model):
            self.refresh()
            return
        if not session.stale or session.catch_up():
            return                              # current, or out of date in words only
        snapshot, revision = model.copy(), model.revision

        def finished(outcome) -> None:
            if session.model is not model:
                return
            if revision == model.revision and outcome.language == language.current():
                share_compiled(snapshot, model)  # the views compile the model as it ran
            if session.accept_run(outcome, revision):
                return
            if session.stale and not self.run_runner.busy \
                    and not self._refresh_timer.isActive():
                self._refresh_timer.start()     # overtaken by a change of language

        # a run that fails unexpectedly runs again here, where its error shows as a
        # run's always has
        self.run_runner.start("run", lambda progress, cancel: run_outcome(snapshot,
                                                                          cancel=cancel),
                              on_finished=finished,
                              on_failed=lambda _exc: session.model is model and self.refresh())

    def run_command(self, command) -> bool:
        """Apply an undo command; a refused edit shows its reason and changes nothing."""
        try:
            execute(self.document.undo_stack, command)
        except ModelError as exc:
            self.window.show_problem(self.tr("That change is not possible"), exc)
            return False
        return True

    # -- levers -----------------------------------------------------------------------------

    def begin_drag(self) -> None:
        """A lever slider is pressed: the canvas paints in its fast mode until release."""
        self.scene.set_interacting(True)

    def end_drag(self) -> None:
        self.scene.set_interacting(False)

    def preview_lever(self, node_id: str, value: float) -> None:
        """A slider moved: preview the current scenario with this lever value (debounced)."""
        if self.session.preview_lever(node_id, value) and not self._live_timer.isActive():
            self._live_timer.start()

    def _run_live(self) -> None:
        try:
            self.session.apply_preview()
        except WindtunnelError as exc:
            self.message.emit(str(exc))

    def flush_live(self) -> None:
        """Run a pending preview now (tests, and before a commit)."""
        if self._live_timer.isActive():
            self._live_timer.stop()
            self._run_live()

    def end_preview(self) -> None:
        """Drop the live preview: the views show the scenario as the model has it."""
        self._live_timer.stop()
        self.session.end_preview()

    def commit_lever(self, node_id: str, **fields) -> bool:
        """Record a lever setting in the current scenario as one undo command (none when the
        setting is already the scenario's: then only the preview ends)."""
        self._live_timer.stop()
        self.session.discard_preview()
        scenario_id = self.session.scenario_id
        if not scenario_id:
            return False
        try:
            command = commands.set_lever(self.model, scenario_id, node_id, **fields)
        except ModelError as exc:
            self.window.show_problem(self.tr("That change is not possible"), exc)
            return False
        if command.changes_nothing():
            self.session.end_preview()
            return False
        return self.run_command(command)

    # -- time -------------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self._play_timer.isActive()

    def set_playing(self, on: bool) -> None:
        if on == self.playing:
            return
        if on:
            if self.session.step >= self.session.steps:
                self.session.set_step(0)
            self._play_timer.start()
        else:
            self._play_timer.stop()
        self.playing_changed.emit(on)

    def toggle_playing(self) -> None:
        self.set_playing(not self.playing)

    def _advance(self) -> None:
        session = self.session
        if session.step >= session.steps:
            self.set_playing(False)
            return
        session.set_step(session.step + 1)

    # -- trust ------------------------------------------------------------------------------

    def _assess(self) -> None:
        """New results: is each run's answer the only one? (engine.assess, on a worker: it
        re-runs every scenario from several starts when the bound does not settle it)."""
        session = self.session
        if session.results is None:
            self.trust_runner.cancel()
            return
        if session.trust_revision == self.model.revision:
            return          # the verdicts describe this model (results named anew, say)
        snapshot, settings = self.model.copy(), session.results.settings
        revision, model = self.model.revision, self.model
        self.trust_runner.start(
            self.tr("Checking the runs"), lambda progress, cancel: assess(
                snapshot, settings=settings, progress=progress, cancel=cancel),
            on_finished=lambda verdicts: session.model is model and session.set_trust(
                verdicts, revision),
            on_failed=lambda exc: self.message.emit(
                self.tr("The runs could not be checked: {reason}").format(reason=exc)))

    # -- Monte Carlo ------------------------------------------------------------------------

    def ask_past_limits(self, error: WorkRefused) -> bool:
        """Whether to run an analysis the work budget refused (tests replace this)."""
        return ask_past_limits(self.window, error)

    def failure_handler(self, title: str, retry):
        """A task's ``on_failed``: a refusal of the work budget asks whether to run anyway
        (then ``retry(limits)`` runs it with limits that let it pass); anything else, or
        a No, is shown as a message. Never a traceback."""
        def failed(exc) -> None:
            if isinstance(exc, WorkRefused) and self.ask_past_limits(exc):
                retry(larger_limits(exc))
                return
            self.window.show_problem(title, exc)
        return failed

    def run_monte_carlo(self, samples: int | None = None, *,
                        limits: WorkLimits = WORK_LIMITS, sample: str = "weights",
                        then: Callable[[], object] | None = None) -> None:
        """Start a Monte Carlo run of every scenario on a worker (snapshot of the model);
        past the work budget's ``limits`` the user is asked (:meth:`failure_handler`).
        ``sample="participants"``: each sample is a participant's map, by credibility;
        ``"both"``: such a map, then its weights within bounds. ``then`` is called once
        the results are in (an export waiting for them), never after a cancel or a
        failure."""
        snapshot = self.model.copy()
        samples = snapshot.settings.samples if samples is None else int(samples)
        if samples <= 0:
            self.window.show_problem(self.tr("Monte Carlo needs samples"), ModelError(Problem(
                "samples", self.tr("set Monte Carlo samples above 0 in the engine settings"))))
            return

        def work(progress, cancel):
            return run(snapshot, samples=samples, progress=progress, cancel=cancel,
                       workers=MONTE_CARLO_WORKERS, limits=limits, sample=sample)

        revision, model = self.model.revision, self.model
        self.runner.start(self.tr("Monte Carlo, {samples} samples").format(
                              samples=count(samples)), work,
                          on_finished=lambda results: self.session.model is model and
                          self._monte_carlo_done(results, revision, snapshot, then),
                          on_failed=self.failure_handler(
                              self.tr("The Monte Carlo run failed"),
                              lambda larger: self.run_monte_carlo(samples, limits=larger,
                                                                  sample=sample, then=then)),
                          on_cancelled=lambda: self.message.emit(
                              self.tr("Monte Carlo cancelled; the previous results are kept")
                              if then is None else
                              self.tr("Monte Carlo cancelled; nothing was exported")))

    def _monte_carlo_done(self, results, revision: int, snapshot, then=None) -> None:
        self.session.set_monte_carlo(results, revision, snapshot)
        self.message.emit(self.tr("Monte Carlo done: {samples} samples, seed {seed}").format(
            samples=count(results.samples), seed=results.seed))
        if then is not None:
            then()
