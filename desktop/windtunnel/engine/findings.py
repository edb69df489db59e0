"""What a results workbook shows next to the results: the structural findings of a run.

:func:`analyse` asks the engine for explanations of the objective nodes (or, without
objectives, of the nodes that changed most), the feedback loops, node metrics and model
statistics, with bounds that keep a large model to seconds. The results workbook
(:mod:`windtunnel.io.resultsbook`) lays them out; nothing here knows about sheets.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..model import Model
from .compile import compile_model, compile_scenario
from .explain import Explanation, explain_plan
from .results import Results
from .structure import (LoopSearch, ModelStatistics, NodeMetrics, find_loops,
                        model_statistics, node_metrics)

__all__ = ["Analysis", "analyse", "MAX_EXPLAINED", "MAX_LOOPS"]


#: Nodes explained per scenario (objective nodes first, then the largest changes).
MAX_EXPLAINED = 5
#: Bounds of the causal-path search behind each explanation.
EXPLAIN_MAX_LENGTH, EXPLAIN_MAX_PATHS = 6, 500
#: Loops listed (the strongest first) and the longest loop searched.
MAX_LOOPS, MAX_LOOP_LENGTH = 2000, 10


@dataclass(frozen=True)
class Analysis:
    """The engine's structural analyses that the workbook shows next to the results."""

    explanations: tuple[tuple[str, Explanation], ...] = ()
    loops: LoopSearch | None = None
    metrics: NodeMetrics | None = None
    statistics: ModelStatistics | None = None


def analyse(model: Model, results: Results, *, top_k: int = 5) -> Analysis:
    """Explanations (objective nodes, else the largest changes), loops, metrics, statistics.

    Path searches are bounded (:data:`EXPLAIN_MAX_LENGTH` edges, :data:`EXPLAIN_MAX_PATHS`
    paths), so a large model explains in seconds; the sheet states how much of each change
    the listed paths leave unexplained.
    """
    network = compile_model(model, results.settings)
    explanations = []
    objective_nodes = list(dict.fromkeys(o.node for o in model.objectives))
    for result in results.scenarios:
        scenario = model.scenario(result.scenario_id)
        if scenario is None:
            continue
        plan = compile_scenario(network, scenario)
        nodes = objective_nodes[:MAX_EXPLAINED]
        if not nodes:
            order = np.argsort(-np.abs(result.final_change), kind="stable")
            nodes = [results.node_ids[i] for i in order[:3] if result.final_change[i] != 0]
        for node in nodes:
            if result.final_change[results.node_index(node)] == 0:
                continue
            explanations.append((result.label, explain_plan(
                network, plan, results.settings, network.index(node), top_k=top_k,
                max_length=EXPLAIN_MAX_LENGTH, max_paths=EXPLAIN_MAX_PATHS)))
    metrics = node_metrics(network)
    return Analysis(tuple(explanations),
                    find_loops(network, max_length=MAX_LOOP_LENGTH, max_loops=MAX_LOOPS),
                    metrics, model_statistics(network, metrics))
