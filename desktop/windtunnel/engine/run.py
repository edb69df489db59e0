"""Run scenarios against the baseline: the engine's main entry point.

``run(model, scenarios=..., samples=0, seed=...)`` compiles the model once, simulates the
baseline and every scenario, takes the change from baseline per node per step, scores the
objectives, and, when ``samples > 0``, adds the Monte Carlo summaries. The result is a
:class:`~windtunnel.engine.results.Results`.

A run that stops early (``settings.stop_early``) is carried forward at its last state to
the horizon, so that every trajectory has ``steps + 1`` rows; its verdict records the step
at which it stopped. Running one plan and the objective rule live in plans.py, which
Monte Carlo shares.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

import numpy as np

from ..errors import ModelError, Problem
from ..language import translate
from ..model import Model, Scenario, Settings, translated
from ..model.vocabulary import MAX_SAMPLES
from ..model.textcheck import short_repr
from .budget import WORK_LIMITS, WorkLimits, check, run_cost
from .cache import compiled_model
from .compile import Network, compile_scenario
from .aggregation import participant_weights
from .montecarlo import check_size, monte_carlo, participant_sampler
from .plans import objective_met, run_plan
from .progress import Tracker
from .results import Results, ScenarioResult, ScoreRow

__all__ = ["run", "resolve_scenarios", "resolve_node"]


def resolve_scenarios(model: Model, keys: Iterable[str | Scenario] | None) -> list[Scenario]:
    """Scenarios by id or label (``None`` = all); ModelError listing the valid names."""
    if keys is None:
        return list(model.scenarios)
    out = []
    for key in keys:
        if isinstance(key, Scenario):
            out.append(key)
            continue
        found = model.scenario(key) or _by_label(model.scenarios, str(key), lambda found: Problem(
            "scenario", translate("run", "{key!r} is the label of {count} scenarios ({ids}); "
                                         "give the id of the one meant").format(
                key=key, count=len(found), ids=", ".join(s.id for s in found))))
        if found is None:
            valid = ", ".join(f"{s.id} ({s.label})" for s in model.scenarios) or "none"
            raise ModelError(Problem("scenario", translate("run", "there is no scenario {key!r}; valid "
                                                                  "scenarios: {valid}").format(
                                                     key=key, valid=valid)))
        out.append(found)
    return out


def resolve_node(model: Model, key: str) -> str:
    """The id of the node whose id or label is ``key`` (labels as scenarios' are matched);
    ModelError listing the valid nodes, each by its id and label."""
    if model.node(key) is not None:
        return key
    found = _by_label(model.nodes, key, lambda found: Problem("node", translate(
        "run", "{key!r} is the label of {count} nodes ({ids}); give the id of the one "
               "meant").format(key=key, count=len(found), ids=", ".join(n.id for n in found))))
    if found is None:
        valid = ", ".join(f"{n.id} ({translated(n)})" for n in model.nodes) or "none"
        raise ModelError(Problem("node", translate("run", "there is no node {key!r}; valid "
                                                          "nodes: {valid}").format(
            key=key, valid=valid)))
    return found.id


def _by_label(elements, key: str, ambiguous):
    """The element whose label (or its translation) is ``key``, else the one whose label
    is ``key`` but for case; ModelError of ``ambiguous(found)`` when several are: labels
    need not be unique, and running one of them unasked would answer another question than
    the one meant."""
    folded = key.casefold()
    for same in (lambda e: key in (e.label, translated(e)),
                 lambda e: folded in (e.label.casefold(), translated(e).casefold())):
        found = [e for e in elements if same(e)]
        if len(found) > 1:
            raise ModelError(ambiguous(found))
        if found:
            return found[0]
    return None


def run(model: Model, *, scenarios: Iterable[str | Scenario] | None = None, samples: int = 0,
        seed: int | None = None, settings: Settings | None = None, steps: int | None = None,
        progress=None, cancel=None, workers: int | None = None,
        limits: WorkLimits = WORK_LIMITS, sample: str = "weights",
        precision: str | None = None) -> Results:
    """Baseline and scenarios of ``model``; Monte Carlo bands when ``samples > 0``.

    ``settings`` replaces the model's settings, ``steps`` its horizon and ``precision`` its
    Monte Carlo arithmetic ("float64" or "float32"); ``seed`` defaults to the settings' seed. ``progress(fraction)`` is called as Monte Carlo advances and
    ``cancel`` (an Event-like object or a callable returning True) stops the run with
    :class:`~windtunnel.engine.Cancelled`: before and after compiling the model, between
    its scenarios and between Monte Carlo's chunks (a window stops a big map's run that an
    edit overtook, and its worker turns to the edit's own at once). ``workers`` is the
    number of threads Monte Carlo runs chunks on (default: every core, up to 4; the
    numbers do not depend on it).
    A run whose estimated memory or time passes ``limits`` is refused before any work
    (budget.py). ``sample="participants"`` makes each Monte Carlo sample one participant's
    map, drawn by credibility, instead of weights drawn between their bounds;
    ``sample="both"`` draws a participant's map, then its weights within bounds.
    """
    settings = settings or model.settings
    if steps is not None:
        settings = replace(settings, steps=steps)
    if precision is not None:
        settings = replace(settings, precision=precision)
    problems = settings.problems()
    if problems:
        raise ModelError([Problem(f"settings.{f}", m) for f, m in problems])
    if not isinstance(samples, int) or not 0 <= samples <= MAX_SAMPLES:
        raise ModelError(Problem("samples", translate("run", "{samples} is not a whole number from 0 "
                                                             "to {max_samples:,}").format(
                                                samples=short_repr(samples), max_samples=MAX_SAMPLES)))
    seed = settings.seed if seed is None else seed
    chosen = resolve_scenarios(model, scenarios)
    stop = Tracker(1, cancel=cancel)            # only asked whether to stop, never advanced
    stop.check()
    network = compiled_model(model, settings)
    sampler = _sampler(model, network, sample) if samples else None
    if samples:
        check_size(network, settings, samples)      # names the number of samples that fit
    check(run_cost(network, settings, scenarios=len(chosen), samples=samples,
                   interventions=max((len(s.interventions) for s in chosen), default=0)),
          limits)
    stop.check()
    plans = [compile_scenario(network, s) for s in chosen]
    baseline, base_sim = run_plan(network, compile_scenario(network, None), settings)
    baseline = baseline[:, 0]
    results = []
    for plan in plans:
        stop.check()
        states, sim = run_plan(network, plan, settings)
        results.append(ScenarioResult(plan.scenario_id, plan.label, states[:, 0],
                                      states[:, 0] - baseline, sim.verdicts[0]))
    shares: dict[str, float] = {}
    if samples:
        summary = monte_carlo(network, plans, settings, model.objectives, samples=samples,
                              seed=seed, progress=progress, cancel=cancel, workers=workers,
                              sampler=sampler)
        shares = summary.baseline_shares
        results = [replace(r, uncertainty=summary.scenarios[r.scenario_id]) for r in results]
    # the results name the model and its time step in the current language, like its nodes
    if settings.time_unit == model.settings.time_unit:
        settings = replace(settings, time_unit=translated(model, "time_unit"))
    return Results(
        title=translated(model, "title"), node_ids=network.node_ids, labels=network.labels,
        time=np.arange(settings.steps + 1), settings=settings, seed=seed, samples=samples,
        baseline=baseline, baseline_verdict=base_sim.verdicts[0], scenarios=tuple(results),
        scorecard=tuple(_scorecard(network, results, model.objectives)),
        baseline_verdict_shares=shares, sampled=sample if samples else "")


#: What Monte Carlo samples: the weights between their bounds, the participants' maps, or
#: both (a participant's map, then its weights within bounds).
SAMPLE_KINDS = ("weights", "participants", "both")


def _sampler(model: Model, network, sample: str):
    """The Monte Carlo sampler ``sample`` names (None: the weights, the default)."""
    if sample not in SAMPLE_KINDS:
        raise ModelError(Problem("sample", translate("run", "{sample} is not one of "
                                                            "{kinds}").format(
            sample=short_repr(sample), kinds=", ".join(SAMPLE_KINDS))))
    if sample == "weights":
        return None
    if not model.participants:
        raise ModelError(Problem("sample", translate("run", "sampling participants needs a "
                                                            "model with participants")))
    from .voices import network_drawn, network_weights     # voices builds on this module
    spread = ((network.weight - network.low, network.high - network.weight)
              if sample == "both" else None)
    voices = participant_weights(model)
    return participant_sampler(network_weights(voices, network),
                               np.array([p.credibility for p in model.participants]),
                               spread=spread, drawn=network_drawn(voices, network))


def _scorecard(network: Network, results: list[ScenarioResult], objectives) -> list[ScoreRow]:
    rows = []
    for result in results:
        for objective in objectives:
            change = float(result.final_change[network.index(objective.node)])
            probability = (result.uncertainty.p_met.get(objective.id)
                           if result.uncertainty is not None else None)
            rows.append(ScoreRow(result.scenario_id, result.label, objective.id,
                                 translated(objective), objective.node, objective.direction,
                                 objective.threshold, objective.importance, change,
                                 bool(objective_met(change, objective)), probability))
    return rows
