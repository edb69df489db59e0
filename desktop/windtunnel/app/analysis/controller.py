"""AnalysisController: the results of one window, the current scenario, the live run, time.

The controller owns what the analysis views show and nothing the model lacks:

- **Results**: after every model change (coalesced into one run per event-loop turn) the
  baseline and every scenario are run (``engine.run``, no samples; about 20 ms on the
  bundled model). Monte Carlo results come from a worker and are kept apart
  (:attr:`monte_carlo`); a model change marks them stale, a cancelled run keeps them.
- **Current scenario**: the one the levers edit and the map shows (``""`` = none).
- **Live run**: while a lever slider is dragged, :meth:`preview_lever` re-runs only the
  current scenario through :class:`~windtunnel.engine.LiveScenario` (compiled once per
  drag), debounced by a single-shot timer of :data:`DEBOUNCE_MS`; nothing in the model
  changes until the slider is released, which pushes one undo command.
- **Time step** shown on the map (the last step unless the user replays), with play/pause.
- **Selected nodes** of the canvas, for the charts and "why?".

It follows the window's document: when the window shows another document (File > Open
in a pristine window, reload), the undo group's active stack changes and the controller
rebinds to the new document and scene.
"""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np
import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from ...engine import LiveScenario, Results, run
from ...engine.montecarlo import GUI_WORKERS
from ...errors import ModelError, Problem, WindtunnelError
from ...model import Intervention
from ..commands import execute
from . import commands
from .workers import TaskRunner

__all__ = ["AnalysisController", "DEBOUNCE_MS", "PLAY_MS", "soon"]

#: Live slider debounce: positions arriving within this many ms become one re-run.
DEBOUNCE_MS = 8
#: Time replay: milliseconds per step.
PLAY_MS = 180

class _Turns(QObject):
    """Queued view refreshes, run one per pass of the event loop (a zero-time timer started
    by another timer's slot fires in the next pass, after the pending paints and input), so
    after a run the map repaints first and then each view in a pass of its own."""

    def __init__(self) -> None:
        super().__init__()
        self._queue: dict = {}              # (owner, slot) -> None, in order, once each
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._run_one)

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


_MODEL_SIGNALS = ("node_added", "node_removed", "node_changed", "edge_added", "edge_removed",
                  "edge_changed", "scenario_added", "scenario_removed", "scenario_changed",
                  "objective_added", "objective_removed", "objective_changed",
                  "settings_changed")


class AnalysisController(QObject):
    """See the module docstring."""

    #: New deterministic results (or an error: :attr:`error`).
    results_changed = Signal()
    #: The current scenario's change was re-run live (slider drag).
    live_changed = Signal()
    #: The current scenario changed: its id ("" = none).
    scenario_changed = Signal(str)
    step_changed = Signal(int)
    playing_changed = Signal(bool)
    #: Nodes selected on the canvas, in document order.
    selection_changed = Signal(list)
    #: Monte Carlo results arrived, were cleared or went stale.
    monte_carlo_changed = Signal()
    #: A user-facing message for the status bar.
    message = Signal(str)
    #: The window shows another document (views must rebind).
    document_changed = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.document = None
        self.scene = None
        self.results: Results | None = None
        self.error: WindtunnelError | None = None
        self.monte_carlo: Results | None = None
        self.monte_carlo_stale = False
        self.scenario_id = ""
        self.step = 0
        self.selected: list[str] = []
        self.live: LiveScenario | None = None
        self.live_change: np.ndarray | None = None
        self.last_run_ms = 0.0
        self.last_live_ms = 0.0
        self.revision = 0            # counts model changes (is a worker's result current?)
        self._pending: dict[str, float] = {}
        self._follow_last_step = True
        self.runner = TaskRunner(self)   # Monte Carlo, sensitivity, workbook: one at a time
        self.runners = [self.runner]     # and the views' own (explain, structure)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._live_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._live_timer.timeout.connect(self._run_live)
        self._play_timer = QTimer(self, interval=PLAY_MS)
        self._play_timer.timeout.connect(self._advance)
        window.undo_group.activeStackChanged.connect(self._stack_changed)
        self.bind()

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

    # -- following the window's document ----------------------------------------------------

    @property
    def model(self):
        return self.document.model

    def _stack_changed(self, stack) -> None:
        if self.window.document is not self.document:
            self.bind()

    def bind(self) -> None:
        """(Re)bind to the window's current document and scene, then run."""
        if self.document is not None:
            self._follow(False)
            self.cancel_all()        # work on the old document is of no use any more
        self.revision += 1
        self.document, self.scene = self.window.document, self.window.scene
        self._follow(True)
        self.monte_carlo = None
        self.monte_carlo_stale = False
        self.live = self.live_change = None
        scenarios = self.model.scenarios
        self.scenario_id = scenarios[0].id if scenarios else ""
        self._follow_last_step = True
        self.selected = self.scene.selected_node_ids()
        self.refresh()
        self.document_changed.emit()
        self.scenario_changed.emit(self.scenario_id)

    def _follow(self, on: bool) -> None:
        model = self.model
        for name in _MODEL_SIGNALS:
            signal = getattr(model, name)
            signal.connect(self._model_changed) if on else signal.disconnect(self._model_changed)
        if on:
            self.scene.selectionChanged.connect(self._selection_changed)
        else:
            try:
                self.scene.selectionChanged.disconnect(self._selection_changed)
            except (RuntimeError, TypeError):  # the old scene is already gone
                pass

    def _model_changed(self, *args) -> None:
        self.revision += 1
        if self.monte_carlo is not None and not self.monte_carlo_stale:
            self.monte_carlo_stale = True
            self.monte_carlo_changed.emit()
        self._refresh_timer.start()

    def _selection_changed(self) -> None:
        try:
            selected = self.scene.selected_node_ids()
        except RuntimeError:
            return
        if selected != self.selected:
            self.selected = selected
            self.selection_changed.emit(selected)

    # -- results ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Run the baseline and every scenario now (deterministic, no samples)."""
        self._refresh_timer.stop()
        started = time.perf_counter()
        try:
            self.results = run(self.model)
            self.error = None
        except WindtunnelError as exc:
            self.results, self.error = None, exc
        self.last_run_ms = (time.perf_counter() - started) * 1000
        if self.scenario_id and self.model.scenario(self.scenario_id) is None:
            self.scenario_id = self.model.scenarios[0].id if self.model.scenarios else ""
            self.scenario_changed.emit(self.scenario_id)
        self.live = None
        self.live_change = None
        if self.results is not None:
            last = len(self.results.time) - 1
            if self._follow_last_step or self.step > last:
                self.step = last
        self.results_changed.emit()

    @property
    def steps(self) -> int:
        """The last step of the results (0 without results)."""
        return len(self.results.time) - 1 if self.results is not None else 0

    def result(self, scenario_id: str | None = None):
        """The ScenarioResult of a scenario (default: the current one), or None."""
        scenario_id = self.scenario_id if scenario_id is None else scenario_id
        if self.results is None or not scenario_id:
            return None
        return next((r for r in self.results.scenarios if r.scenario_id == scenario_id), None)

    def change(self, scenario_id: str | None = None) -> np.ndarray | None:
        """Change from baseline (T+1, N): the live one while a lever is dragged."""
        if (scenario_id is None or scenario_id == self.scenario_id) and \
                self.live_change is not None:
            return self.live_change
        result = self.result(scenario_id)
        return None if result is None else result.change

    def states(self, scenario_id: str | None = None) -> np.ndarray | None:
        change = self.change(scenario_id)
        return None if change is None else self.results.baseline + change

    def current_monte_carlo(self) -> Results | None:
        """The Monte Carlo results when they still describe the model (not stale, the same
        horizon as the plain run), else None: what the views may show next to the run."""
        mc = self.monte_carlo
        if mc is None or self.monte_carlo_stale:
            return None
        if self.results is not None and len(mc.time) != len(self.results.time):
            return None
        return mc

    def uncertainty(self, scenario_id: str | None = None):
        """Monte Carlo summary of a scenario when current (see above), else None."""
        scenario_id = self.scenario_id if scenario_id is None else scenario_id
        mc = self.current_monte_carlo()
        found = None if mc is None else next(
            (r for r in mc.scenarios if r.scenario_id == scenario_id), None)
        return None if found is None else found.uncertainty

    # -- the current scenario ---------------------------------------------------------------

    def set_scenario(self, scenario_id: str) -> None:
        if scenario_id == self.scenario_id:
            return
        if scenario_id and self.model.scenario(scenario_id) is None:
            raise ModelError(Problem("scenario", f"there is no scenario {scenario_id!r}"))
        self.scenario_id = scenario_id
        self.live = self.live_change = None
        self.scenario_changed.emit(scenario_id)

    def step_scenario(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) scenario, wrapping (workshop PageUp/Down)."""
        ids = [s.id for s in self.model.scenarios]
        if not ids:
            return
        index = ids.index(self.scenario_id) if self.scenario_id in ids else -delta
        self.set_scenario(ids[(index + delta) % len(ids)])

    def run_command(self, command) -> bool:
        """Apply an undo command; a refused edit shows its reason and changes nothing."""
        try:
            execute(self.document.undo_stack, command)
        except ModelError as exc:
            self.window.show_problem("That change is not possible", exc)
            return False
        return True

    # -- levers -----------------------------------------------------------------------------

    def begin_drag(self) -> None:
        """A lever slider is pressed: the canvas paints in its fast mode until release."""
        self.scene.set_interacting(True)

    def end_drag(self) -> None:
        self.scene.set_interacting(False)

    def preview_lever(self, node_id: str, value: float) -> None:
        """A slider moved: re-run the current scenario with this lever value (debounced)."""
        if not self.scenario_id or self.results is None:
            return
        self._pending[node_id] = float(value)
        if not self._live_timer.isActive():
            self._live_timer.start()

    def _live_scenario(self, node_ids) -> LiveScenario:
        if self.live is None or any(n not in self.live.values() for n in node_ids):
            scenario = self.model.scenario(self.scenario_id)
            start = commands.default_start(scenario)
            extra = tuple(Intervention(n, "clamp", self.model.node(n).initial, start, None)
                          for n in node_ids if commands.lever_setting(scenario, n) is None)
            self.live = LiveScenario(self.model, replace(
                scenario, interventions=scenario.interventions + extra))
        return self.live

    def _run_live(self) -> None:
        pending, self._pending = self._pending, {}
        if not pending or not self.scenario_id:
            return
        started = time.perf_counter()
        try:
            live = self._live_scenario(pending)
            self.live_change = live.update(pending)
        except WindtunnelError as exc:
            self.message.emit(str(exc))
            return
        self.last_live_ms = (time.perf_counter() - started) * 1000
        self.live_changed.emit()

    def flush_live(self) -> None:
        """Run a pending live update now (tests, and before a commit)."""
        if self._live_timer.isActive():
            self._live_timer.stop()
            self._run_live()

    def commit_lever(self, node_id: str, **fields) -> bool:
        """Record a lever setting in the current scenario as one undo command."""
        self._live_timer.stop()
        self._pending.clear()
        if not self.scenario_id:
            return False
        try:
            command = commands.set_lever(self.model, self.scenario_id, node_id, **fields)
        except ModelError as exc:
            self.window.show_problem("That change is not possible", exc)
            return False
        return self.run_command(command)

    # -- time -------------------------------------------------------------------------------

    def set_step(self, step: int) -> None:
        step = max(0, min(int(step), self.steps))
        self._follow_last_step = step == self.steps
        if step != self.step:
            self.step = step
            self.step_changed.emit(step)

    @property
    def playing(self) -> bool:
        return self._play_timer.isActive()

    def set_playing(self, on: bool) -> None:
        if on == self.playing:
            return
        if on:
            if self.step >= self.steps:
                self.set_step(0)
            self._play_timer.start()
        else:
            self._play_timer.stop()
        self.playing_changed.emit(on)

    def toggle_playing(self) -> None:
        self.set_playing(not self.playing)

    def _advance(self) -> None:
        if self.step >= self.steps:
            self.set_playing(False)
            return
        self.set_step(self.step + 1)

    # -- Monte Carlo ------------------------------------------------------------------------

    def run_monte_carlo(self, samples: int | None = None) -> None:
        """Start a Monte Carlo run of every scenario on a worker (snapshot of the model)."""
        snapshot = self.model.copy()
        samples = snapshot.settings.samples if samples is None else int(samples)
        if samples <= 0:
            self.window.show_problem("Monte Carlo needs samples", ModelError(Problem(
                "samples", "set Monte Carlo samples above 0 in the engine settings")))
            return

        def work(progress, cancel):
            return run(snapshot, samples=samples, progress=progress, cancel=cancel,
                       workers=GUI_WORKERS)          # a core stays with the window

        revision, document = self.revision, self.document
        self.runner.start(f"Monte Carlo, {samples:,} samples", work,
                          on_finished=lambda results: self.document is document and
                          self._monte_carlo_done(results, revision),
                          on_failed=lambda exc: self.window.show_problem(
                              "The Monte Carlo run failed", exc),
                          on_cancelled=lambda: self.message.emit(
                              "Monte Carlo cancelled; the previous results are kept"))

    def _monte_carlo_done(self, results: Results, revision: int) -> None:
        self.monte_carlo = results
        self.monte_carlo_stale = revision != self.revision   # edited while it ran
        self.monte_carlo_changed.emit()
        self.message.emit(f"Monte Carlo done: {results.samples:,} samples, seed {results.seed}")

    def clear_monte_carlo(self) -> None:
        self.monte_carlo = None
        self.monte_carlo_stale = False
        self.monte_carlo_changed.emit()

