"""Sensitivity of an objective: which edge weights and which levers move it most.

The *objective value* is the change from baseline of the objective's node at the last step
in a scenario (what the scorecard judges). For the **tornado**, every edge in turn is set
to its low and then its high bound (explicit or from confidence, see compile.py) in both
baseline and scenario, all variants simulated as one batch of per-sample weights; bars are
sorted by swing ``|high - low|``. For **levers**, each lever's value in the scenario (its
intervention value, or a clamp at its start level over the whole horizon when the scenario
leaves it alone) is moved by +-``step``; the *effect* is the central difference slope
d(objective value) / d(lever value), and the *elasticity* scales it by lever value over
objective value where both are non-zero.

Both take ``progress`` and ``cancel`` (engine/progress.py): the tornado counts batches of
edge variants, lever elasticities count levers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ModelError, Problem
from ..language import translate
from ..model import Model, Objective, Scenario, Settings
from ..model.lever_range import lever_range
from .budget import WORK_LIMITS, WorkLimits, check, levers_cost, tornado_batch, tornado_cost
from .cache import compiled_model
from .compile import Network, Plan, compile_scenario, empty_plan
from .progress import Tracker
from .plans import convergence_index, pad
from .run import resolve_scenarios
from .simulate import simulate

if TYPE_CHECKING:        # loaded when a function needs it, not at start-up
    import pandas as pd

__all__ = ["TornadoBar", "tornado", "tornado_frame", "LeverEffect", "lever_elasticities"]


@dataclass(frozen=True)
class TornadoBar:
    source: str
    target: str
    weight: float
    low: float
    high: float
    value_low: float        # objective value with the edge at its low bound
    value_high: float
    base: float             # objective value with every edge at its weight

    @property
    def swing(self) -> float:
        return abs(self.value_high - self.value_low)


@dataclass(frozen=True)
class LeverEffect:
    lever: str
    value: float            # the lever's value in the scenario
    effect: float           # d objective value / d lever value
    elasticity: float | None


def _objective(model: Model, objective: str | Objective) -> Objective:
    if isinstance(objective, Objective):
        return objective
    found = model.objective(objective)
    if found is None:           # by label: labels need not be unique, and one of several
        labelled = [o for o in model.objectives if o.label == objective]   # is no answer
        if len(labelled) > 1:
            raise ModelError(Problem("objective", translate(
                "sensitivity", "{objective!r} is the label of {count} objectives ({ids}); "
                               "give the id of the one meant").format(
                    objective=objective, count=len(labelled),
                    ids=", ".join(o.id for o in labelled))))
        found = labelled[0] if labelled else None
    if found is None:
        valid = ", ".join(o.id for o in model.objectives) or "none"
        raise ModelError(Problem("objective", translate("sensitivity", "there is no objective {objective!r}; "
                                                                       "valid objectives: {valid}").format(
                                                  objective=objective, valid=valid)))
    return found


def _prepare(model: Model, scenario, objective, settings: Settings | None):
    """The settings in force, the compiled network and scenario plan, and the objective's
    node index: what every sensitivity analysis starts from."""
    settings = settings or model.settings
    (chosen,) = resolve_scenarios(model, [scenario])
    goal = _objective(model, objective)
    network = compiled_model(model, settings)
    return settings, network, compile_scenario(network, chosen), network.index(goal.node)


def _final(network: Network, plan: Plan, settings: Settings, node: int) -> np.ndarray:
    sim = simulate(network, plan, settings, convergence=convergence_index(network, settings))
    return pad(sim.states, settings.steps)[-1, :, node]


def tornado(model: Model, scenario: str | Scenario, objective: str | Objective, *,
            settings: Settings | None = None, batch: int | None = None, progress=None,
            cancel=None, limits: WorkLimits = WORK_LIMITS) -> list[TornadoBar]:
    """Tornado data for ``objective`` in ``scenario``: one bar per edge, widest first.

    Variant 2e sets edge e to its low bound, 2e + 1 to its high bound; they are built a
    batch at a time, so memory grows with ``batch`` x E, never with the 2E x E of all
    variants (``batch`` None: as many as budget.py's tornado_batch allows). Refused before
    any work when its cost passes ``limits`` (budget.py)."""
    settings, network, plan, node = _prepare(model, scenario, objective, settings)
    check(tornado_cost(network, settings, interventions=plan.n_interventions), limits)
    batch = batch or tornado_batch(network, settings, interventions=plan.n_interventions)
    starts = range(0, 2 * network.n_edges, batch)
    tracker = Tracker(len(starts) + 1, progress=progress, cancel=cancel, what="tornado")
    tracker.check()
    shift = plan.weight - network.weight
    n_edges = network.n_edges
    values = np.empty(2 * n_edges)
    centre = float(_final(network, plan, settings, node)[0]
                   - _final(network, empty_plan(network), settings, node)[0])
    tracker.advance()
    for first in starts:
        tracker.check()
        w = _variants(network, first, min(first + batch, 2 * n_edges))
        base = _final(network, empty_plan(network, w), settings, node)
        scen = _final(network, replace(plan, weight=np.clip(w + shift, -1, 1)), settings, node)
        values[first:first + batch] = scen - base
        tracker.advance()
    tracker.finish()
    ids = network.node_ids
    bars = [TornadoBar(ids[network.source[e]], ids[network.target[e]],
                       float(network.weight[e]), float(network.low[e]), float(network.high[e]),
                       float(values[2 * e]), float(values[2 * e + 1]), centre)
            for e in range(n_edges)]
    bars.sort(key=lambda b: -b.swing)
    return bars


def _variants(network: Network, first: int, stop: int) -> np.ndarray:
    """Tornado variants ``first`` to ``stop - 1``: the weights with one edge at a bound."""
    rows = np.arange(first, stop)
    edges = rows // 2
    out = np.repeat(network.weight[None, :], len(rows), axis=0)
    out[rows - first, edges] = np.where(rows % 2 == 0, network.low[edges], network.high[edges])
    return out


def lever_elasticities(model: Model, scenario: str | Scenario, objective: str | Objective, *,
                       settings: Settings | None = None, step: float = 0.05, progress=None,
                       cancel=None, limits: WorkLimits = WORK_LIMITS) -> list[LeverEffect]:
    """Effect of each lever on ``objective`` in ``scenario``, largest |effect| first;
    refused before any work when its cost passes ``limits`` (budget.py)."""
    settings, network, plan, node = _prepare(model, scenario, objective, settings)
    check(levers_cost(network, settings, interventions=plan.n_interventions), limits)
    tracker = Tracker(len(network.levers) + 1, progress=progress, cancel=cancel,
                      what="lever sensitivity")
    tracker.check()
    baseline = _final(network, empty_plan(network), settings, node)[0]
    low, high = lever_range(settings.activation)
    tracker.advance()
    out = []
    for lever in network.levers:
        tracker.check()
        hits = np.flatnonzero(plan.node == lever)
        lever_plan = plan
        if not len(hits):
            lever_plan = plan.with_clamp(lever, network.initial[lever])
            hits = np.array([len(plan.node)])
        current = float(lever_plan.value[hits[-1]])
        # within the levels a lever may take (a file's value outside them: from it on)
        lo, hi = max(current - step, min(low, current)), min(current + step, max(high, current))
        values = np.repeat(np.asarray(lever_plan.value, float)[None, :], 3, axis=0)
        values[0, hits], values[1, hits], values[2, hits] = lo, hi, current
        finals = _final(network, replace(lever_plan, value=values), settings, node) - baseline
        effect = float((finals[1] - finals[0]) / (hi - lo))
        elasticity = (float(effect * current / finals[2])
                      if current != 0 and abs(finals[2]) > 1e-12 else None)
        out.append(LeverEffect(network.node_ids[lever], current, effect, elasticity))
        tracker.advance()
    tracker.finish()
    out.sort(key=lambda e: -abs(e.effect))
    return out


def tornado_frame(bars: list[TornadoBar]) -> pd.DataFrame:
    """Tornado bars as a table (for the workbook and the CLI)."""
    import pandas as pd

    return pd.DataFrame([(b.source, b.target, b.weight, b.low, b.high, b.value_low,
                          b.value_high, b.base, b.swing) for b in bars],
                        columns=["source", "target", "weight", "low", "high", "value_low",
                                 "value_high", "base", "swing"])
