"""Why did node X change in scenario S by step t? Three complete answers and a short one.

:func:`breakdown` returns a :class:`Breakdown`: the node's change from baseline, split

- **by lever**: Shapley values over the scenario's levers and overrides (attribution.py),
  every step;
- **by incoming edge**: each incoming edge's term, the node's memory and a forced value,
  every step (decompose.py);
- **by route**: through the time-unrolled map back to the levers, at the chosen step
  (decompose.py);

each of which adds up to the change (to rounding), for every rule and activation, with
delays and feedback. ``reasons`` and ``rest`` are the short answer (reasons.py): at most
five items, largest first, and the named rest, adding up to the change too.

This is what the Why? panel, the workbook's Explanations sheet, the PDF brief and
``windtunnel explain`` show (it replaced an older view by simple paths, which left loops
and longer paths unexplained).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ModelError, Problem
from ..language import filled, translate
from ..model import Model, Scenario, Settings
from .attribution import LeverShares, lever_shares
from .budget import WORK_LIMITS, WorkLimits, check, run_cost
from .cache import compiled_model
from .compile import Network, Plan, compile_scenario
from .decompose import MAX_EXPANSIONS, input_shares, routes, trace
from .reasons import MAX_REASONS, Reason, carried, coverage, reasons
from .run import resolve_scenarios

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Breakdown", "RouteShare", "breakdown", "breakdown_plan"]


@dataclass(frozen=True)
class RouteShare:
    """One route's share of the change at the explained step (node ids, explained node last)."""

    nodes: tuple[str, ...]
    origin: str            # "lever", "override" or "open" (see decompose.Route)
    source: str            # the lever's id, the override's "a -> b (override)", or ""
    value: float
    share: float


@dataclass(frozen=True, eq=False)
class Breakdown:
    node: str
    label: str
    scenario_id: str
    scenario: str
    step: int                       # the step the routes and reasons explain
    time: np.ndarray                # (T+1,)
    change: np.ndarray              # (T+1,) the node's change from baseline
    levers: tuple[str, ...]         # players: lever ids, then overrides
    lever_labels: tuple[str, ...]
    by_lever: np.ndarray            # (T+1, K) Shapley values; rows sum to ``change``
    lever_method: str
    lever_exact: bool
    inputs: tuple[str, ...]         # incoming edges' sources, then "memory", "intervention"
    by_input: np.ndarray            # (T+1, len(inputs)); rows sum to ``change``
    routes: tuple[RouteShare, ...]  # every route at ``step``, largest first; sums to total
    routes_open: float              # part of the total in routes not followed to a source
    route_note: str                 # what bounded the route search, for users
    reasons: tuple[Reason, ...]     # at most five, largest first
    rest: Reason                    # the named remainder

    @property
    def total(self) -> float:
        """The change at the explained step."""
        return float(self.change[self.step])

    @property
    def covered(self) -> float:
        """How little the reasons leave to the rest (1 - |rest| / |change|): are they
        enough."""
        return coverage(self.reasons, self.rest, self.total)

    @property
    def carried(self) -> float:
        """The signed fraction of the change the reasons carry, as their shares add up (more
        than 1 when the rest pulls the other way)."""
        return carried(self.reasons, self.total)

    def to_frame(self, view: str = "reasons") -> pd.DataFrame:
        """``reasons`` (the short answer with the rest), ``levers`` / ``inputs`` (step x
        column) or ``routes`` (one row per route at the explained step)."""
        import pandas as pd

        if view == "reasons":
            return pd.DataFrame([(r.kind, r.text, r.value, r.share, r.routes)
                                 for r in (*self.reasons, self.rest)],
                                columns=["kind", "reason", "change", "share", "routes"])
        if view in ("levers", "inputs"):
            data, columns = ((self.by_lever, self.levers) if view == "levers"
                             else (self.by_input, self.inputs))
            return pd.DataFrame(data, columns=list(columns),
                                index=pd.Index(self.time, name="step"))
        if view == "routes":
            return pd.DataFrame([(" -> ".join(r.nodes), r.origin, r.source, r.value, r.share)
                                 for r in self.routes],
                                columns=["route", "origin", "source", "change", "share"])
        raise ModelError(Problem("view", translate("breakdown", "unknown view {view!r}; use reasons, "
                                                                "levers, inputs or routes").format(
                                             view=view)))


def breakdown(model: Model, scenario: str | Scenario, node: str, *, step: int | None = None,
              settings: Settings | None = None, max_reasons: int = MAX_REASONS,
              shares: LeverShares | None = None,
              limits: WorkLimits = WORK_LIMITS) -> Breakdown:
    """Explain ``node``'s change in ``scenario`` (id, label or Scenario) at ``step``
    (default: the last). ``shares`` reuses the scenario's lever shares across nodes.
    Refused before any work when a run per lever or override traced passes ``limits``
    (the levers' shares are then bounded and cancellable on their own)."""
    settings = settings or model.settings
    (chosen,) = resolve_scenarios(model, [scenario])
    network = compiled_model(model, settings)
    cost = run_cost(network, settings, scenarios=1 + len(chosen.interventions)
                    + len(chosen.overrides), interventions=len(chosen.interventions))
    check(replace(cost, what="explanation"), limits)
    return breakdown_plan(network, compile_scenario(network, chosen), settings,
                          network.index(node), step=step, max_reasons=max_reasons,
                          shares=shares)


def breakdown_plan(network: Network, plan: Plan, settings: Settings, target: int, *,
                   step: int | None = None, max_reasons: int = MAX_REASONS,
                   shares: LeverShares | None = None) -> Breakdown:
    """The array layer of :func:`breakdown` (node index ``target``). Runs go to the horizon
    (``stop_early`` off), so that every step follows the update rule."""
    settings = replace(settings, stop_early=False)
    step = settings.steps if step is None else int(step)
    if not 0 <= step <= settings.steps:
        raise ModelError(Problem("step", translate("breakdown", "{step} is outside 0..{steps}").format(
                                             step=step, steps=settings.steps)))
    tr = trace(network, plan, settings)
    ids, labels = network.node_ids, network.labels
    incoming, by_input = input_shares(network, tr, target)
    shares = shares or lever_shares(network, plan, settings)
    by_lever = shares.values[:, :, target].T if len(shares.players) else np.zeros(
        (tr.steps + 1, 0))
    search = routes(network, tr, target, step)
    total = float(tr.delta[step, target])
    names = {i: l for i, l in zip(ids, labels)}
    listed = []
    for r in search.routes:
        source = (ids[r.nodes[0]] if r.origin == "lever" else
                  f"{ids[network.source[r.edge]]} -> {ids[network.target[r.edge]]} (override)"
                  if r.origin == "override" else "")
        listed.append(RouteShare(tuple(ids[i] for i in r.nodes), r.origin, source, r.value,
                                 r.value / total if total else 0.0))
    lever_labels = tuple(_override_label(p, names) if p.endswith("(override)")
                         else names.get(p, p) for p in shares.players)
    short, rest = reasons(
        [(r.nodes, r.origin, r.value, _override_label(r.source, names)) for r in listed],
        total, names, levers=list(zip(lever_labels, by_lever[step])), max_reasons=max_reasons)
    return Breakdown(
        node=ids[target], label=labels[target], scenario_id=plan.scenario_id,
        scenario=plan.label, step=step, time=np.arange(tr.steps + 1),
        change=tr.delta[:, target].copy(), levers=shares.players, lever_labels=lever_labels,
        by_lever=by_lever, lever_method=shares.method, lever_exact=shares.exact,
        inputs=tuple(ids[network.source[e]] for e in incoming) + ("memory", "intervention"),
        by_input=by_input, routes=tuple(listed),
        routes_open=float(sum(r.value for r in listed if r.origin == "open")),
        route_note=_route_note(search), reasons=short, rest=rest)


def _override_label(source: str, names: dict[str, str]) -> str:
    if not source.endswith("(override)"):
        return source
    a, b = source.removesuffix(" (override)").split(" -> ")
    return filled(translate("breakdown", "the changed weight of {source} \u2192 {target}"),
                  source=names.get(a, a), target=names.get(b, b))


def _route_note(search) -> str:
    if search.budget_hit:
        return translate("breakdown", "the largest routes were followed one by one, {count} "
                                      "search steps in all; the smaller ones are grouped by "
                                      "the node they last pass through").format(count=MAX_EXPANSIONS)
    if search.length_hit:
        return translate("breakdown", "routes that go around feedback loops many times are "
                                      "grouped by the node they last pass through")
    return translate("breakdown", "every route was followed to a lever or override")
