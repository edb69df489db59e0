"""The live slider's fast path: one scenario re-run as lever values change.

The model is compiled once and the baseline simulated once; each :meth:`LiveScenario.update`
only swaps the interventions' values and re-simulates the scenario. A lever the scenario
does not touch yet gets a clamp over the whole horizon the first time it is moved.
"""

from __future__ import annotations

from typing import Mapping

import numpy as np

from ..errors import ModelError, Problem
from ..language import translate
from ..model import Model, Scenario, Settings
from .cache import compiled_model
from .compile import compile_scenario
from .plans import run_plan
from .run import resolve_scenarios

__all__ = ["LiveScenario"]


class LiveScenario:
    """A compiled scenario whose lever values can be changed and re-run quickly."""

    def __init__(self, model: Model, scenario: str | Scenario, *,
                 settings: Settings | None = None) -> None:
        self.settings = settings or model.settings
        (self.scenario,) = resolve_scenarios(model, [scenario])
        self.network = compiled_model(model, self.settings)
        self.plan = compile_scenario(self.network, self.scenario)
        self.baseline = run_plan(self.network, compile_scenario(self.network, None),
                                 self.settings)[0][:, 0]
        self.states = self.baseline
        self.verdict = None

    @property
    def node_ids(self) -> tuple[str, ...]:
        return self.network.node_ids

    def values(self) -> dict[str, float]:
        """The current value of each intervened node (the last intervention on it)."""
        return {self.network.node_ids[n]: float(v)
                for n, v in zip(self.plan.node, self.plan.value)}

    def update(self, values: Mapping[str, float]) -> np.ndarray:
        """Set lever values (node id -> value in [-1, 1]); return the change (T+1, N)."""
        plan = self.plan
        for node_id, new in values.items():
            if isinstance(new, bool) or not isinstance(new, (int, float)) or not -1 <= new <= 1:
                raise ModelError(Problem(f"value of {node_id}",
                                         translate("live", "{new!r} is not a number in [-1, 1]").format(
                                             new=new)))
            index = self.network.index(node_id)
            hits = np.flatnonzero(plan.node == index)
            if not len(hits):
                plan = plan.with_clamp(index, new)
                continue
            value = np.array(plan.value, dtype=float)
            value[hits] = new
            plan = plan.with_values(value)
        self.plan = plan
        states, sim = run_plan(self.network, self.plan, self.settings)
        self.states = states[:, 0]
        self.verdict = sim.verdicts[0]
        return self.states - self.baseline
