"""The results workbook: what a run found, and the model it was run on, in one .xlsx file.

Sheets, in order: About, Summary, Scorecard, one sheet per scenario (``S1 <label>``, ...),
Uncertainty, Explanations, Loops, Metrics, for a model with participants Participants and
Per participant (:mod:`.participants`), then the model sheets (Model, Nodes, Edges,
Scenarios, Interventions, Overrides, Objectives, Sources), so that the workbook re-imports
as the model it came from (``windtunnel import results.xlsx -o model.wtm``). The results'
numbers are stored to :data:`~windtunnel.io.xlsx.RESULT_DIGITS` significant digits, as the
exploration workbook's are, the model sheets' to every digit.

The engine's :func:`~windtunnel.engine.analyse` supplies the structural findings
(explanations, loops, node metrics, statistics); :func:`results_workbook_bytes` lays
everything out in memory (the sheets are in :mod:`.sheets` and :mod:`.scenarios`);
:func:`write_results_workbook` writes it with the atomic-write helper and has the
``writer(results, model, path)`` signature of ``windtunnel run --out``.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timezone

from ... import __version__
from ...engine import Analysis, Results, VoiceResults, analyse, run_participants
from ...model import Model, dumps, translated
from ...model.atomic import atomic_write
from ..workbook import add_model_sheets
from ..xlsx import RESULT_DIGITS, Book
from .participants import add_participant_results, add_participants
from .scenarios import add_scenario_sheet
from .sheets import (add_about, add_explanations, add_loops, add_metrics, add_scorecard,
                     add_summary, add_uncertainty)

__all__ = ["results_workbook_bytes", "write_results_workbook", "model_hash", "RESULT_DIGITS"]


def model_hash(model: Model) -> str:
    """SHA-256 of the model's .wtm text (the file's own hash when Windtunnel saved it)."""
    return hashlib.sha256(dumps(model).encode("utf-8")).hexdigest()


def results_workbook_bytes(results: Results, model: Model, *, analysis: Analysis | None = None,
                           source: str = "", created: datetime | None = None,
                           voices: VoiceResults | None = None, progress=None,
                           cancel=None, monte_carlo_stale: bool = False) -> bytes:
    """The .xlsx bytes of the results workbook (pure, apart from the analyses it may run:
    ``voices``, the results per participant, are run when the model has participants;
    ``progress`` / ``cancel`` are the engine's, for those analyses). With
    ``monte_carlo_stale``, the Uncertainty sheet says the Monte Carlo results were left out
    as out of date."""
    analysis = analysis if analysis is not None else analyse(model, results, progress=progress,
                                                             cancel=cancel)
    created = (created or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M:%S")
    labels = {n.id: translated(n) for n in model.nodes}
    book = Book()
    with book.rounded(RESULT_DIGITS):
        add_about(book, results, model, version=__version__, created=created,
                  model_hash=model_hash(model), source=source, statistics=analysis.statistics,
                  trust=analysis.trust)
        add_summary(book, results, model)
        add_scorecard(book, results, model)
        for index, result in enumerate(results.scenarios, start=1):
            add_scenario_sheet(book, index, result, results, model)
        add_uncertainty(book, results, monte_carlo_stale=monte_carlo_stale)
        add_explanations(book, list(analysis.explanations), results.settings.time_unit)
        if analysis.loops is not None:
            add_loops(book, analysis.loops, labels)
        if analysis.metrics is not None:
            add_metrics(book, analysis.metrics, model)
        if model.participants:
            add_participants(book, model)
            add_participant_results(book, voices or run_participants(
                model, scenarios=[r.scenario_id for r in results.scenarios],
                settings=results.settings))
    add_model_sheets(book, model)
    return book.to_bytes()


def write_results_workbook(results: Results, model: Model, path: str | os.PathLike, *,
                           analysis: Analysis | None = None,
                           voices: VoiceResults | None = None, source: str = "") -> None:
    """Build the results workbook in memory and write it atomically to ``path``
    (``source``: the model file's name, which the About sheet gives)."""
    atomic_write(path, results_workbook_bytes(results, model, analysis=analysis,
                                              voices=voices, source=source))
