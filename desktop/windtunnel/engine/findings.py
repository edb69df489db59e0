"""What a results workbook shows next to the results: the structural findings of a run.

:func:`analyse` asks the engine for explanations of the objective nodes (or, without
objectives, of the nodes that changed most), the feedback loops, node metrics and model
statistics, with bounds that keep a large model to seconds. The results workbook
(:mod:`windtunnel.io.resultsbook`) lays them out; nothing here knows about sheets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..model import Model
from .attribution import lever_shares
from .breakdown import Breakdown, breakdown_plan
from .compile import compile_model, compile_scenario
from .progress import Tracker
from .results import Results
from .trust import assess
from .structure import (LoopSearch, ModelStatistics, NodeMetrics, find_loops,
                        model_statistics, node_metrics)

__all__ = ["Analysis", "analyse", "MAX_EXPLAINED", "MAX_LOOPS"]


#: Nodes explained per scenario (objective nodes first, then the largest changes).
MAX_EXPLAINED = 8
#: Loops listed (the strongest first); they are searched as long as the Structure tab's.
MAX_LOOPS = 2000


@dataclass(frozen=True)
class Analysis:
    """The engine's structural analyses that the workbook shows next to the results."""

    explanations: tuple[Breakdown, ...] = ()
    trust: dict = field(default_factory=dict)      # run id ("baseline", scenario) -> Trust
    loops: LoopSearch | None = None
    metrics: NodeMetrics | None = None
    statistics: ModelStatistics | None = None


def analyse(model: Model, results: Results, *, progress=None, cancel=None) -> Analysis:
    """Breakdowns (objective nodes, else the largest changes), trust verdicts, loops,
    metrics, statistics.

    The levers' Shapley values are computed once per scenario and serve all its nodes; the
    route search behind each breakdown is bounded (decompose.MAX_EXPANSIONS), and what it
    does not follow is named, never dropped, so every breakdown adds up to its change.
    ``progress`` / ``cancel`` as everywhere in the engine: per scenario, then the checks of
    the runs, then the structure.
    """
    settings = results.settings
    tracker = Tracker(len(results.scenarios) + 2, progress=progress, cancel=cancel,
                      what="analysis")
    network = compile_model(model, settings)
    explanations = []
    objective_nodes = list(dict.fromkeys(o.node for o in model.objectives))
    for result in results.scenarios:
        tracker.check()
        tracker.advance()
        scenario = model.scenario(result.scenario_id)
        if scenario is None:
            continue
        plan = compile_scenario(network, scenario)
        nodes = objective_nodes[:MAX_EXPLAINED]
        if not nodes:
            order = np.argsort(-np.abs(result.final_change), kind="stable")
            nodes = [results.node_ids[i] for i in order[:3] if result.final_change[i] != 0]
        nodes = [n for n in nodes if result.final_change[results.node_index(n)] != 0]
        shares = lever_shares(network, plan, settings, cancel=cancel) if nodes else None
        for node in nodes:
            explanations.append(breakdown_plan(network, plan, settings, network.index(node),
                                               shares=shares))
    trust = assess(model, scenarios=[r.scenario_id for r in results.scenarios
                                     if model.scenario(r.scenario_id) is not None],
                   settings=settings, cancel=cancel)
    tracker.advance()
    metrics = node_metrics(network, cancel=cancel)
    loops = find_loops(network, max_loops=MAX_LOOPS, cancel=cancel)
    tracker.finish()
    return Analysis(tuple(explanations), trust, loops, metrics,
                    model_statistics(network, metrics))
