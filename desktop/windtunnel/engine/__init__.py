"""The engine: compile a model to arrays, simulate, Monte Carlo, explain, structure, sensitivity.

Functions over arrays (numpy, networkx); never imports Qt. The public API:

- :func:`run` -> :class:`Results` (baseline, scenarios, change, verdicts, scorecard, bands)
- :func:`explain` -> :class:`Explanation` (contributions by edge, causal paths)
- :func:`find_loops`, :func:`node_metrics`, :func:`model_statistics`, :func:`chokepoints`
- :func:`tornado`, :func:`lever_elasticities` (sensitivity of an objective)
- :func:`compile_model`, :func:`compile_scenario`, :func:`simulate` (the array layer);
  :func:`compiled_model` reuses a compiled network while the model is unchanged
- :func:`preset` (settings that reproduce FCMpy, R fcm and Mental Modeler)
- :class:`LiveScenario` (the live slider's fast path)

Analyses refuse, before any work, what their estimated memory or time puts past
``limits=`` (:class:`WorkLimits`, budget.py), with a ModelError naming the figure and the
limit. Long analyses take keyword-only ``progress=`` (a callable receiving 0..1) and ``cancel=``
(an Event-like object or a callable) and raise :class:`Cancelled` when cancelled
(progress.py).
"""

from .budget import WORK_LIMITS, Estimate, WorkLimits
from .cache import clear_cache, compiled_model
from .compile import (CONFIDENCE_SPREAD, Network, Plan, compile_model, compile_scenario,
                      confidence_bounds, empty_plan, network_from_matrix)
from .explain import Explanation, PathShare, explain, explain_plan
from .live import LiveScenario
from .montecarlo import make_rng, monte_carlo, sample_weights, triangular
from .progress import Cancelled
from .presets import PRESETS, preset, preset_names
from .results import PERCENTILES, Results, ScenarioResult, ScoreRow, Uncertainty
from .run import objective_met, resolve_scenarios, run
from .sensitivity import LeverEffect, TornadoBar, lever_elasticities, tornado, tornado_frame
from .simulate import Simulation, activate, simulate
from .structure import (Chokepoints, Loop, LoopSearch, ModelStatistics, NodeMetrics,
                        chokepoints, find_loops, model_statistics, node_metrics, to_graph)
from .verdict import Verdict, Verdicts, judge

__all__ = [
    "WORK_LIMITS", "WorkLimits", "Estimate", "clear_cache", "compiled_model", "CONFIDENCE_SPREAD", "Network", "Plan", "compile_model", "compile_scenario",
    "confidence_bounds", "empty_plan", "network_from_matrix", "Explanation", "PathShare",
    "explain", "explain_plan", "LiveScenario", "Cancelled", "make_rng", "monte_carlo",
    "sample_weights", "triangular", "PRESETS", "preset", "preset_names", "PERCENTILES",
    "Results", "ScenarioResult", "ScoreRow", "Uncertainty", "objective_met",
    "resolve_scenarios", "run", "LeverEffect", "TornadoBar", "lever_elasticities", "tornado",
    "tornado_frame",
    "Simulation", "activate", "simulate", "Chokepoints", "Loop", "LoopSearch",
    "ModelStatistics", "NodeMetrics", "chokepoints", "find_loops", "model_statistics",
    "node_metrics", "to_graph", "Verdict", "Verdicts", "judge",
]
