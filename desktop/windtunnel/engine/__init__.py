"""The engine: compile a model to arrays, simulate, Monte Carlo, explain, structure, sensitivity.

Functions over arrays (numpy, networkx); never imports Qt. The public API:

- :func:`run` -> :class:`Results` (baseline, scenarios, change, verdicts, scorecard, bands)
- :func:`breakdown` -> :class:`Breakdown` (a change split by lever, incoming edge and
  route, each adding up exactly, and at most five reasons covering it)
- :func:`analyse` -> :class:`Analysis` (the findings a results workbook shows: bounded
  explanations, loops, metrics, statistics)
- :func:`find_loops`, :func:`node_metrics`, :func:`model_statistics`, :func:`chokepoints`
- :func:`loop_scores` -> :class:`LoopScores` (each loop's score per step, the dominant
  loop per node over time)
- :func:`tornado`, :func:`lever_elasticities` (sensitivity of an objective)
- :func:`compile_model`, :func:`compile_scenario`, :func:`simulate` (the array layer);
  :func:`compiled_model` reuses a compiled network while the model is unchanged
- :func:`assess` / :func:`trust` -> :class:`Trust` (is a run's answer the only one: a
  contraction bound, else runs from several starts), :func:`contraction` (the largest
  steepness within the bound), :func:`fcmconfr_steepness` (fcmconfr's estimate)
- :func:`bounds` / :func:`change_bounds` -> :class:`Bounds` (guaranteed ranges for every
  weight anywhere in its low..high range, by interval arithmetic)
- :func:`preset` (settings that reproduce FCMpy, R fcm and Mental Modeler)
- :class:`LiveScenario` (the live slider's fast path)
- :func:`named`, :func:`named_exploration`: results kept across a change of language,
  named again in the new one without running them again
- :func:`explore` -> :class:`Experiments` (every option, named scenarios and lever points
  of :class:`LeverRange`, in sampled futures; locally or on a dask.distributed cluster),
  :func:`robustness` (satisficing, regret, ranking), :func:`discover` (PRIM boxes where an
  option fails, as sentences), :func:`sobol_indices` (global sensitivity of the objectives
  to the uncertain weights)
- participants: :func:`rating_table` -> :class:`RatingTable`, :func:`aggregate` (mean /
  median, zeros included or ignored, by credibility), :func:`working_weights`,
  :func:`apply_working_weights`, :func:`participant_weights` -> :class:`ParticipantWeights`
  (each participant's map as one array, for runs and experiments), the linguistic pipeline
  (:func:`linguistic_weights`), :func:`disagreement` -> :class:`Disagreement`, map
  similarity (:func:`jaccard`, :func:`weighted_similarity`, :func:`compare`);
  :func:`run_participants` -> :class:`VoiceResults` (every scenario on every participant's map)

Each name loads its module on first use (``lazyimport.lazy_exports``), so a command or the
app's start pays only for the analyses it uses.

Analyses refuse, before any work, what their estimated memory or time puts past
``limits=`` (:class:`WorkLimits`, budget.py), with a ModelError naming the figure and the
limit. Long analyses take keyword-only ``progress=`` (a callable receiving 0..1) and ``cancel=``
(an Event-like object or a callable) and raise :class:`Cancelled` when cancelled
(progress.py).
"""

from __future__ import annotations

from ..lazyimport import lazy_exports

#: Public name -> the module of this package that defines it (loaded on first use, so
#: that importing one analysis, or the app's start, does not load all the others; a
#: function named like its module, such as ``run``, stays the function when its module
#: is imported: see ``lazyimport``).
_LAZY = {
    "Disagreement": "disagreement",
    "disagreement": "disagreement",
    "Breakdown": "breakdown",
    "RouteShare": "breakdown",
    "breakdown": "breakdown",
    "breakdown_plan": "breakdown",
    "Robustness": "robustness",
    "robustness": "robustness",
    "named": "naming",
    "named_exploration": "naming",
    "resolve_scenarios": "run",
    "run": "run",
    "Simulation": "simulate",
    "activate": "simulate",
    "simulate": "simulate",
    "Contraction": "trust",
    "StartCheck": "trust",
    "Trust": "trust",
    "assess": "trust",
    "contraction": "trust",
    "fcmconfr_steepness": "trust",
    "start_check": "trust",
    "trust": "trust",
    "ParticipantWeights": "aggregation",
    "RatingTable": "aggregation",
    "aggregate": "aggregation",
    "aggregate_table": "aggregation",
    "apply_working_weights": "aggregation",
    "participant_weights": "aggregation",
    "rating_table": "aggregation",
    "working_weights": "aggregation",
    "WORK_LIMITS": "budget",
    "Estimate": "budget",
    "WorkLimits": "budget",
    "WorkRefused": "budget",
    "linguistic_weights": "linguistic",
    "Comparison": "similarity",
    "compare": "similarity",
    "jaccard": "similarity",
    "weighted_similarity": "similarity",
    "clear_cache": "cache",
    "compiled_model": "cache",
    "share_compiled": "cache",
    "LeverShares": "attribution",
    "lever_shares": "attribution",
    "CONFIDENCE_SPREAD": "compile",
    "Network": "compile",
    "Plan": "compile",
    "compile_model": "compile",
    "compile_scenario": "compile",
    "confidence_bounds": "compile",
    "empty_plan": "compile",
    "network_from_matrix": "compile",
    "LeverRange": "designs",
    "Discovery": "discovery",
    "discover": "discovery",
    "Experiments": "experiments",
    "explore": "experiments",
    "SobolIndices": "globalsensitivity",
    "sobol_indices": "globalsensitivity",
    "Analysis": "findings",
    "analyse": "findings",
    "LiveScenario": "live",
    "make_rng": "montecarlo",
    "monte_carlo": "montecarlo",
    "sample_weights": "montecarlo",
    "triangular": "montecarlo",
    "Bounds": "intervals",
    "bounds": "intervals",
    "change_bounds": "intervals",
    "LoopScores": "loopscores",
    "link_scores": "loopscores",
    "loop_scores": "loopscores",
    "Cancelled": "progress",
    "stop_if_asked": "progress",
    "Reason": "reasons",
    "PRESETS": "presets",
    "preset": "presets",
    "preset_names": "presets",
    "PERCENTILES": "results",
    "Results": "results",
    "ScenarioResult": "results",
    "ScoreRow": "results",
    "Uncertainty": "results",
    "objective_met": "plans",
    "LeverEffect": "sensitivity",
    "TornadoBar": "sensitivity",
    "lever_elasticities": "sensitivity",
    "tornado": "sensitivity",
    "tornado_frame": "sensitivity",
    "Chokepoints": "structure",
    "Loop": "structure",
    "LoopSearch": "structure",
    "ModelStatistics": "structure",
    "NodeMetrics": "structure",
    "chokepoints": "structure",
    "find_loops": "structure",
    "model_statistics": "structure",
    "node_metrics": "structure",
    "to_graph": "structure",
    "Verdict": "verdict",
    "Verdicts": "verdict",
    "judge": "verdict",
    "ScenarioVoices": "voices",
    "VoiceResults": "voices",
    "network_drawn": "voices",
    "network_weights": "voices",
    "run_participants": "voices",
}

__all__ = [
    "WORK_LIMITS", "WorkLimits", "WorkRefused", "Estimate",
    "LeverShares", "lever_shares", "Breakdown", "RouteShare", "breakdown", "breakdown_plan",
    "Reason", "Bounds", "bounds", "change_bounds", "LoopScores", "link_scores", "loop_scores",
    "clear_cache", "compiled_model", "share_compiled", "CONFIDENCE_SPREAD", "Network", "Plan",
    "compile_model", "compile_scenario", "confidence_bounds", "empty_plan", "network_from_matrix",
    "Analysis", "analyse", "LiveScenario", "Cancelled", "stop_if_asked",
    "make_rng", "monte_carlo", "sample_weights", "triangular", "PRESETS", "preset",
    "preset_names", "PERCENTILES", "Results", "ScenarioResult", "ScoreRow", "Uncertainty",
    "objective_met", "resolve_scenarios", "run", "LeverEffect", "TornadoBar",
    "lever_elasticities", "tornado", "tornado_frame", "Simulation", "activate", "simulate",
    "Chokepoints", "Loop", "LoopSearch", "ModelStatistics", "NodeMetrics", "chokepoints",
    "find_loops", "model_statistics", "node_metrics", "to_graph", "Verdict", "Verdicts",
    "judge", "Contraction", "StartCheck", "Trust", "assess", "contraction",
    "fcmconfr_steepness", "start_check", "trust", "LeverRange", "Discovery", "discover",
    "Experiments", "explore", "SobolIndices", "sobol_indices", "Robustness", "robustness",
    "ParticipantWeights", "RatingTable", "aggregate", "aggregate_table",
    "apply_working_weights", "participant_weights", "rating_table", "working_weights",
    "Disagreement", "disagreement", "linguistic_weights", "Comparison", "compare", "jaccard",
    "weighted_similarity", "ScenarioVoices", "VoiceResults", "run_participants",
    "network_drawn", "network_weights",
]


__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())
