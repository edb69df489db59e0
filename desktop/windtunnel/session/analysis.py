"""AnalysisSession: what an analysis of one model is about, without Qt.

The session holds the state every analysis view shows and every analysis command acts on
(napari's pattern: an evented model without Qt, with Qt widgets that only subscribe):

- **Results** of the baseline and every scenario (``engine.run``, no samples), with the
  ``Model.revision`` and the language they describe: :attr:`stale` is true as soon as the
  model has changed since, or the current language (windtunnel.language) has, because
  results name nodes and scenarios in the language they were run in. :meth:`refresh` runs them again; whoever owns the session decides when (the
  desktop app coalesces edits into one refresh per event-loop turn; a script calls it).
  An edit of words only (a label, a rationale, a description), or an undo back to the
  model they were run on, changes nothing the run read (session/content.py):
  :meth:`catch_up` then names the results in the model's words again instead of running.
  An owner may also run :func:`run_outcome` on a copy of the model off its own thread
  and hand the outcome to :meth:`accept_run`, which takes it only while it still
  describes the model (the desktop app does so on a big map).
  After a change of language, :meth:`follow_language` names the results and the Monte
  Carlo results again in the new one (``engine.named``) instead: nothing runs again.
- **Monte Carlo results**, kept apart with the model they were computed on: an edit of
  what they read makes them stale (still readable, never shown as current); undoing it, or
  an edit of words only, leaves them current.
- **Current scenario** (``""`` = none; a newly opened model shows the first scenario
  that changes anything), **shown step** (follows the last step unless the user
  chose another), and the **selection** of nodes the views follow.
- **Trust verdicts** of the runs (``engine.assess``: the only possible answer, or the same
  from every start tried, or not), computed by the owner off the main thread and set with
  the revision they describe; :meth:`trust_of` returns None while they are not current.
- **Live preview** of lever values being dragged: :meth:`preview_lever` records a pending
  value, :meth:`apply_preview` re-runs only the current scenario through the engine's
  :class:`~windtunnel.engine.LiveScenario`; nothing in the model changes until the owner
  commits the lever as an edit.

Every change is announced by a psygnal signal named after what changed. The session never
imports Qt; tests drive it without a window.
"""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np
from psygnal import Signal

from ..engine import LiveScenario, Results, ScenarioResult, Trust, Uncertainty, named
from .. import language
from ..errors import ModelError, Problem, WindtunnelError
from ..language import translate
from ..model import Intervention, Model
from .content import ComputedOn, CurrentContent
from .levers import default_start, lever_setting
from .runs import RunOutcome, run_outcome
from .snapshot import ResultsSnapshot, take_snapshot

__all__ = ["AnalysisSession", "OPENING_CHANGE"]

#: A newly opened model shows the first scenario that changes some node by this much.
OPENING_CHANGE = 1e-3

_MODEL_SIGNALS = ("node_added", "node_removed", "node_changed", "edge_added", "edge_removed",
                  "edge_changed", "scenario_added", "scenario_removed", "scenario_changed",
                  "objective_added", "objective_removed", "objective_changed",
                  # a participant renamed changes no weight: the results catch up with it
                  "participant_added", "participant_removed", "participant_changed",
                  "settings_changed", "info_changed")   # results name the model, its time unit


class AnalysisSession:
    """See the module docstring."""

    #: The model changed: the results are stale until the next :meth:`refresh`.
    edited = Signal()
    #: New results (or an error: :attr:`error`).
    results_changed = Signal()
    #: The current scenario's change was re-run with previewed lever values.
    live_changed = Signal()
    #: The current scenario changed: its id ("" = none).
    scenario_changed = Signal(str)
    step_changed = Signal(int)
    #: The selected nodes changed, in document order.
    selection_changed = Signal(list)
    #: Monte Carlo results arrived, were cleared or went stale.
    monte_carlo_changed = Signal()
    #: The session follows another model (views must rebind).
    model_changed = Signal()
    #: Trust verdicts arrived for the runs.
    trust_changed = Signal()

    def __init__(self, model: Model | None = None) -> None:
        self.model: Model | None = None
        self.results: Results | None = None
        self.error: WindtunnelError | None = None
        self.results_revision = -1
        self._results_on: ComputedOn | None = None        # the model the results ran on
        #: The computed content of :attr:`model` (once per revision), to compare with.
        self.current_content = CurrentContent()
        self.monte_carlo: Results | None = None
        self.monte_carlo_revision = -1
        self._monte_carlo_on: ComputedOn | None = None    # the model Monte Carlo ran on
        self.trust: dict[str, Trust] = {}
        self.trust_revision = -1
        self.scenario_id = ""
        self.step = 0
        self.selection: list[str] = []
        self.selected_edges: list[tuple[str, str]] = []
        self.live: LiveScenario | None = None
        self.live_change: np.ndarray | None = None
        self.last_run_ms = 0.0
        self.last_live_ms = 0.0
        self._pending: dict[str, float] = {}
        self._choose_opening = self._announced = False
        self._follow_last_step = True
        self._monte_carlo_current = False
        self.results_language = language.current()
        if model is not None:
            self.set_model(model)

    # -- the model ------------------------------------------------------------------------

    def set_model(self, model: Model, *, run_now: bool = True, shown_last: str = "") -> None:
        """Follow ``model`` (a newly opened document): forget everything, then run.

        With ``run_now=False`` the first run waits for :meth:`refresh` (the app shows its
        window first, then runs); that run then picks the opening scenario, unless
        ``shown_last``, the scenario last shown of this file, is still in the model: it
        opens on that one."""
        self.release()
        self.model = model
        for name in _MODEL_SIGNALS:
            getattr(model, name).connect(self._model_edited)
        model.scenario_added.connect(self._scenario_added)
        self.clear_monte_carlo(announce=False)
        self.trust, self.trust_revision = {}, -1
        self.live = self.live_change = None
        self._pending.clear()
        remembered = bool(shown_last) and model.scenario(shown_last) is not None
        self.scenario_id = shown_last if remembered else (
            model.scenarios[0].id if model.scenarios else "")
        self._follow_last_step = True
        self.selection, self.selected_edges = [], []
        self.results, self.results_revision, self.error = None, -1, None
        self._results_on = None
        self._choose_opening, self._announced = not remembered, False
        if run_now:
            self.refresh()
        self._announced = True
        self.model_changed.emit()
        self.scenario_changed.emit(self.scenario_id)

    def release(self) -> None:
        """Stop following the model (its owner goes; the model may outlive it)."""
        if self.model is not None:
            for name in _MODEL_SIGNALS:
                getattr(self.model, name).disconnect(self._model_edited)
            self.model.scenario_added.disconnect(self._scenario_added)

    def take_over(self, other: "AnalysisSession") -> None:
        """Carry on ``other``'s analysis of the same model (a window rebuilt around its
        document in another language): its results and Monte Carlo results (named in the
        current language, see :meth:`follow_language`), its trust verdicts, the current
        scenario, the shown step and the selection; ``other`` lets go of the model."""
        if other.model is not self.model:
            raise ValueError("a session carries on only an analysis of its own model")
        for name in ("results", "error", "results_revision", "_results_on",
                     "results_language", "monte_carlo", "monte_carlo_revision",
                     "_monte_carlo_current", "_monte_carlo_on",
                     "trust", "trust_revision", "scenario_id", "step", "_follow_last_step",
                     "selection", "selected_edges"):
            setattr(self, name, getattr(other, name))
        self._choose_opening = False        # the scenario shown is the user's, not a new one
        other.release()
        if self.results is not None and self.results_language != language.current():
            self._name_results()            # in the new language, without running again
        self.results_changed.emit()
        self.monte_carlo_changed.emit()
        self.trust_changed.emit()
        self.scenario_changed.emit(self.scenario_id)
        self.step_changed.emit(self.step)
        self.selection_changed.emit(self.selection)

    def _opening_scenario(self) -> str:
        """The scenario a newly opened model shows: the first one that changes anything (a
        status quo that equals the baseline would open on flat lines), else the first."""
        if self.results is None or not self.results.scenarios:
            return self.scenario_id
        moving = next((r for r in self.results.scenarios
                       if np.abs(r.change).max(initial=0.0) >= OPENING_CHANGE), None)
        return (moving or self.results.scenarios[0]).scenario_id

    def _scenario_added(self, _index: int, scenario) -> None:
        """A scenario that appears (added, duplicated, or brought back by undo or redo) is
        the one the user is working on: show it."""
        self.set_scenario(scenario.id)

    def _model_edited(self, *_) -> None:
        self.live = self.live_change = None
        if self._monte_carlo_current:       # stale now (current again is told by refresh)
            self._monte_carlo_current = False
            self.monte_carlo_changed.emit()
        self.edited.emit()

    def follow_language(self) -> None:
        """The current language changed: name the results and the Monte Carlo results in
        it (their numbers are the language's no more than the model's: nothing runs
        again; results that could not run run again, for their message)."""
        if self.model is None or self.results_language == language.current():
            return
        if self.results is None:
            self.refresh()
            return
        self._name_results()
        self.results_changed.emit()
        if self.monte_carlo is not None:
            self.monte_carlo_changed.emit()

    def _name_results(self) -> None:
        self.results = named(self.results, self.model)
        if self.monte_carlo is not None:
            self.monte_carlo = named(self.monte_carlo, self.model)
        self.results_language = language.current()

    @property
    def stale(self) -> bool:
        """Whether the model or the current language changed since the results were run."""
        return (self.results_revision != self.model.revision
                or self.results_language != language.current())

    # -- results --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Run the baseline and every scenario now (deterministic, no samples), unless
        the results are only out of date in words (:meth:`catch_up`)."""
        if not self.catch_up():
            self._take(run_outcome(self.model))

    def catch_up(self) -> bool:
        """Stale results of a model whose computed content has not changed since they ran
        (only words were edited, or undo went back to it) are current again: name them in
        the model's words, announce them and return True; else False, nothing changes."""
        model = self.model
        if not self.stale or self.results is None or self._results_on is None \
                or self.results_language != language.current() \
                or not self._results_on.matches(model, self.current_content):
            return False
        self.results = named(self.results, model)
        if self.trust_revision == self.results_revision:
            self.trust_revision = model.revision      # the verdicts hold for it too
        self.results_revision = model.revision
        self.live = self.live_change = None
        self.results_changed.emit()
        self._recheck_monte_carlo()
        return True

    def accept_run(self, outcome: RunOutcome, revision: int) -> bool:
        """Take the results of a run of the model at ``revision`` (:func:`run_outcome`, on
        a copy of the model, off the owner's thread) as current: True. A run that no
        longer describes the model (edited since, or the language changed) or that comes
        after the results are current again is dropped: False, nothing changes, and the
        results stay stale until a run that does describe it."""
        if revision != self.model.revision or outcome.language != language.current() \
                or not self.stale:
            return False
        self._take(outcome)
        return True

    def _take(self, outcome: RunOutcome) -> None:
        """Make ``outcome``, a run of the model as it is, the current results."""
        model = self.model
        self.results, self.error = outcome.results, outcome.error
        self.results_revision = model.revision
        self._results_on = ComputedOn(model)
        if self.monte_carlo is not None and self.results_language != language.current():
            self.monte_carlo = named(self.monte_carlo, model)   # kept, in the new language
        self.results_language = outcome.language
        self.last_run_ms = outcome.milliseconds
        if self.scenario_id and model.scenario(self.scenario_id) is None:
            self.scenario_id = model.scenarios[0].id if model.scenarios else ""
            self.scenario_changed.emit(self.scenario_id)
        self.live = self.live_change = None
        if self.results is not None:
            last = len(self.results.time) - 1
            if self._follow_last_step or self.step > last:
                self.step = last
        opening = self._choose_opening
        if opening:         # the model's first results: show the scenario it opens on
            self._choose_opening = False
            before, self.scenario_id = self.scenario_id, self._opening_scenario()
        self.results_changed.emit()
        if opening and self._announced and self.scenario_id != before:
            self.scenario_changed.emit(self.scenario_id)
        self._recheck_monte_carlo()

    def _recheck_monte_carlo(self) -> None:
        """Monte Carlo results made stale by an edit are current again when the model
        gives their numbers again (an undo, or only words edited): say so."""
        if self.monte_carlo is not None and not self._monte_carlo_current \
                and not self.monte_carlo_stale:
            self._monte_carlo_current = True
            self.monte_carlo_changed.emit()

    def refresh_if_stale(self) -> None:
        if self.stale:
            self.refresh()

    @property
    def steps(self) -> int:
        """The last step of the results (0 without results)."""
        return len(self.results.time) - 1 if self.results is not None else 0

    def result(self, scenario_id: str | None = None) -> ScenarioResult | None:
        """The result of a scenario (default: the current one), or None."""
        scenario_id = self.scenario_id if scenario_id is None else scenario_id
        if self.results is None or not scenario_id:
            return None
        return next((r for r in self.results.scenarios if r.scenario_id == scenario_id), None)

    def change(self, scenario_id: str | None = None) -> np.ndarray | None:
        """Change from baseline (T+1, N): the previewed one while a lever is dragged."""
        if (scenario_id is None or scenario_id == self.scenario_id) and \
                self.live_change is not None:
            return self.live_change
        result = self.result(scenario_id)
        return None if result is None else result.change

    def states(self, scenario_id: str | None = None) -> np.ndarray | None:
        change = self.change(scenario_id)
        return None if change is None else self.results.baseline + change

    # -- Monte Carlo ----------------------------------------------------------------------

    def set_monte_carlo(self, results: Results, revision: int,
                        model: Model | None = None) -> None:
        """Monte Carlo results computed on the model at ``revision``; ``model``, the copy
        they ran on, lets them describe the model again when undo brings it back to that
        content or only words are edited (see :attr:`monte_carlo_stale`). Bands that
        sampled the weights alone read the participants only through the map's weights: a
        participant added who has rated nothing leaves them current."""
        self.monte_carlo, self.monte_carlo_revision = results, revision
        self._monte_carlo_on = None if model is None else ComputedOn(
            model, participants=results.sampled in ("participants", "both"))
        self._monte_carlo_current = not self.monte_carlo_stale
        self.monte_carlo_changed.emit()

    def clear_monte_carlo(self, *, announce: bool = True) -> None:
        self.monte_carlo, self.monte_carlo_revision = None, -1
        self._monte_carlo_on = None
        self._monte_carlo_current = False
        if announce:
            self.monte_carlo_changed.emit()

    @property
    def monte_carlo_stale(self) -> bool:
        """Whether the Monte Carlo results describe another model than the current one:
        computed at an older revision, and the model's computed content is not the content
        they ran on (an edit undone, or words edited, leaves them current). Each revision
        is worked out at most once, when asked (a run of the analysis asks once per run,
        :meth:`refresh`), never once per signal of an edit: a drag of many nodes on a
        large map would compare it for each."""
        if self.monte_carlo is None or self.monte_carlo_revision == self.model.revision:
            return False
        if self._monte_carlo_on is None \
                or not self._monte_carlo_on.matches(self.model, self.current_content):
            return True
        self.monte_carlo_revision = self.model.revision   # the same content: current again
        return False

    def current_monte_carlo(self) -> Results | None:
        """The Monte Carlo results when they still describe the model (not stale, the same
        horizon as the plain run), else None: what the views may show next to the run."""
        mc = self.monte_carlo
        if mc is None or self.monte_carlo_stale:
            return None
        if self.results is not None and len(mc.time) != len(self.results.time):
            return None
        return mc

    def uncertainty(self, scenario_id: str | None = None) -> Uncertainty | None:
        """Monte Carlo summary of a scenario when current (see above), else None."""
        scenario_id = self.scenario_id if scenario_id is None else scenario_id
        mc = self.current_monte_carlo()
        found = None if mc is None else next(
            (r for r in mc.scenarios if r.scenario_id == scenario_id), None)
        return None if found is None else found.uncertainty

    # -- trust ------------------------------------------------------------------------------

    def set_trust(self, verdicts: dict[str, Trust], revision: int) -> None:
        """Trust verdicts (``engine.assess``: run id -> Trust) of the model at ``revision``;
        verdicts of an older model are dropped (the owner computes them again)."""
        if revision != self.model.revision:
            return
        self.trust, self.trust_revision = dict(verdicts), revision
        self.trust_changed.emit()

    def trust_of(self, run_id: str | None = None) -> Trust | None:
        """The trust verdict of a run (``"baseline"``, a scenario id; default: the current
        scenario) when it describes the model as it is, else None (not yet computed)."""
        if self.trust_revision != self.model.revision:
            return None
        return self.trust.get(self.scenario_id if run_id is None else run_id)

    # -- the current scenario, the step, the selection --------------------------------------

    def set_scenario(self, scenario_id: str) -> None:
        if scenario_id == self.scenario_id:
            return
        if scenario_id and self.model.scenario(scenario_id) is None:
            raise ModelError(Problem("scenario", translate("analysis", "there is no scenario {scenario_id!r}").format(
                                                     scenario_id=scenario_id)))
        self.scenario_id = scenario_id
        self.live = self.live_change = None
        self._pending.clear()
        self.scenario_changed.emit(scenario_id)

    def step_scenario(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) scenario, wrapping."""
        ids = [s.id for s in self.model.scenarios]
        if not ids:
            return
        index = ids.index(self.scenario_id) if self.scenario_id in ids else -delta
        self.set_scenario(ids[(index + delta) % len(ids)])

    def set_step(self, step: int) -> None:
        """Show ``step`` (clamped to the run); the last step keeps following new runs."""
        step = max(0, min(int(step), self.steps))
        self._follow_last_step = step == self.steps
        if step != self.step:
            self.step = step
            self.step_changed.emit(step)

    def set_selection(self, node_ids, edge_keys=()) -> None:
        """The selected nodes (in document order) and edges (source, target)."""
        node_ids, edge_keys = list(node_ids), [tuple(k) for k in edge_keys]
        if node_ids != self.selection or edge_keys != self.selected_edges:
            self.selection, self.selected_edges = node_ids, edge_keys
            self.selection_changed.emit(node_ids)

    def snapshot(self, *, highlights=()) -> ResultsSnapshot | None:
        """An immutable copy of what the current scenario shows (None without results)."""
        return take_snapshot(self, highlights=highlights)

    # -- live preview of lever values -------------------------------------------------------

    def preview_lever(self, node_id: str, value: float) -> bool:
        """Record a lever value to preview; False when there is nothing to preview it in."""
        if not self.scenario_id or self.results is None:
            return False
        self._pending[node_id] = float(value)
        return True

    @property
    def preview_pending(self) -> bool:
        return bool(self._pending)

    def discard_preview(self) -> None:
        """Forget pending values (the lever was committed as an edit)."""
        self._pending.clear()

    def end_preview(self) -> None:
        """Forget the preview altogether (a drag ended where it began): the views show the
        scenario as the model has it again."""
        self._pending.clear()
        had = self.live_change is not None
        self.live = self.live_change = None
        if had:
            self.live_changed.emit()

    def apply_preview(self) -> None:
        """Re-run the current scenario with the pending lever values (engine fast path)."""
        pending, self._pending = self._pending, {}
        if not pending or not self.scenario_id:
            return
        started = time.perf_counter()
        live = self._live_scenario(pending)
        self.live_change = live.update(pending)
        self.last_live_ms = (time.perf_counter() - started) * 1000
        self.live_changed.emit()

    def _live_scenario(self, node_ids) -> LiveScenario:
        if self.live is None or any(n not in self.live.values() for n in node_ids):
            scenario = self.model.scenario(self.scenario_id)
            start = default_start(scenario)
            extra = tuple(Intervention(n, "clamp", self.model.node(n).initial, start, None)
                          for n in node_ids if lever_setting(scenario, n) is None)
            self.live = LiveScenario(self.model, replace(
                scenario, interventions=scenario.interventions + extra))
        return self.live
