"""ResultsSnapshot: what a picture or a brief of the analysis shows, frozen at one moment.

Exports that take time (the PDF brief, pictures painted in strips) work from a snapshot, so
they never change the live session (step, tints, highlights) to render and restore it
afterwards, and a later edit cannot reach into a half-made file. The model is a copy;
arrays are read-only views.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ..engine import Results, ScenarioResult, Uncertainty
from ..model import Model

__all__ = ["ResultsSnapshot"]


@dataclass(frozen=True, eq=False)
class ResultsSnapshot:
    """One scenario's results as shown: the step, the change, the highlighted edges."""

    model: Model
    results: Results
    monte_carlo: Results | None      # only when current (not stale, same horizon)
    scenario_id: str
    step: int
    change: np.ndarray               # (T+1, N) change from baseline, live preview included
    highlights: frozenset = frozenset()

    @property
    def result(self) -> ScenarioResult | None:
        return next((r for r in self.results.scenarios if r.scenario_id == self.scenario_id),
                    None)

    @property
    def uncertainty(self) -> Uncertainty | None:
        if self.monte_carlo is None:
            return None
        found = next((r for r in self.monte_carlo.scenarios
                      if r.scenario_id == self.scenario_id), None)
        return None if found is None else found.uncertainty

    @property
    def last_step(self) -> int:
        return len(self.results.time) - 1

    def at(self, *, step: int | None = None, highlights=None) -> ResultsSnapshot:
        """The same results at another step or with other highlights."""
        return replace(self, step=self.step if step is None else step,
                       highlights=self.highlights if highlights is None
                       else frozenset(highlights))


def take_snapshot(session, *, highlights=()) -> ResultsSnapshot | None:
    """A snapshot of ``session``'s current scenario, or None without results of one."""
    change = session.change()
    if session.results is None or change is None:
        return None
    change = np.array(change)
    change.flags.writeable = False
    return ResultsSnapshot(session.model.copy(), session.results,
                           session.current_monte_carlo(), session.scenario_id, session.step,
                           change, frozenset(highlights))
