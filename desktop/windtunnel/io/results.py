"""The results workbook: what a run found, and the model it was run on, in one .xlsx file.

Sheets, in order: About, Summary, Scorecard, one sheet per scenario (``S1 <label>``, ...),
Uncertainty, Explanations, Loops, Metrics, then the model sheets (Model, Nodes, Edges,
Scenarios, Interventions, Overrides, Objectives, Sources), so that the workbook re-imports
as the model it came from (``windtunnel import results.xlsx -o model.wtm``).

:func:`analyse` asks the engine for the structural analyses (explanations of the objective
nodes, loops, node metrics, statistics); :func:`results_workbook_bytes` lays everything out
in memory; :func:`write_results_workbook` writes it with the atomic-write helper and has
the ``writer(results, model, path)`` signature of ``windtunnel run --out``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np

from .. import __version__
from ..engine import (Explanation, LoopSearch, ModelStatistics, NodeMetrics, Results,
                      compile_model, compile_scenario, explain_plan, find_loops,
                      model_statistics, node_metrics)
from ..model import Model, dumps
from ..model.atomic import atomic_write
from .book import Book
from .resultsheets import (add_about, add_explanations, add_loops, add_metrics,
                           add_scorecard, add_summary, add_uncertainty)
from .scenariosheets import add_scenario_sheet
from .workbook import add_model_sheets

__all__ = ["Analysis", "analyse", "results_workbook_bytes", "write_results_workbook",
           "model_hash", "MAX_EXPLAINED", "MAX_LOOPS"]

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


def model_hash(model: Model) -> str:
    """SHA-256 of the model's .wtm text (the file's own hash when Windtunnel saved it)."""
    return hashlib.sha256(dumps(model).encode("utf-8")).hexdigest()


def results_workbook_bytes(results: Results, model: Model, *, analysis: Analysis | None = None,
                           source: str = "", created: datetime | None = None) -> bytes:
    """The .xlsx bytes of the results workbook (pure, apart from the analyses it may run)."""
    analysis = analysis if analysis is not None else analyse(model, results)
    created = (created or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M:%S")
    labels = {n.id: n.label for n in model.nodes}
    book = Book()
    add_about(book, results, model, version=__version__, created=created,
              model_hash=model_hash(model), source=source, statistics=analysis.statistics)
    add_summary(book, results, model)
    add_scorecard(book, results, model)
    for index, result in enumerate(results.scenarios, start=1):
        add_scenario_sheet(book, index, result, results, model)
    add_uncertainty(book, results)
    add_explanations(book, list(analysis.explanations), labels)
    if analysis.loops is not None:
        add_loops(book, analysis.loops, labels)
    if analysis.metrics is not None:
        add_metrics(book, analysis.metrics, model)
    add_model_sheets(book, model)
    return book.to_bytes()


def write_results_workbook(results: Results, model: Model, path: str | os.PathLike, *,
                           analysis: Analysis | None = None) -> None:
    """Build the results workbook in memory and write it atomically to ``path``."""
    atomic_write(path, results_workbook_bytes(results, model, analysis=analysis))
