"""The participants' sheets of the results workbook, for a model with participants.

- **Participants**: who they are (label, role, group, date, credibility, how many edges
  they rated) and how their ratings were aggregated; then every rating (participant,
  edge, weight, term, confidence, rationale) with the edge's disagreement.
- **Per participant**: each scenario's final change per node on every participant's map,
  with how many maps say the node rises, falls or stays, and the lowest, median and
  highest change; then which objectives hold on whose map.

Everything shown comes from the engine (:func:`~windtunnel.engine.run_participants`,
:func:`~windtunnel.engine.disagreement`); nothing is computed here.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from ...engine import VoiceResults, disagreement, rating_table
from ...model import Model, translated
from ..xlsx import Book, Styled
from .sheets import diverging_scale

__all__ = ["add_participants", "add_participant_results"]


def add_participants(book: Book, model: Model) -> None:
    """Who the participants are, their ratings, and each rated edge's disagreement."""
    s = model.settings
    method = (f"{s.aggregation}, zeros {s.aggregation_zeros}" if s.aggregation != "linguistic"
              else f"linguistic ({s.implication}, {s.union}, {s.defuzzification}), "
                   f"zeros {s.aggregation_zeros}")
    sheet = book.sheet("Participants", ["Participant ID", "Label", "Role", "Group", "Date",
                                        "Credibility", "Edges rated"],
                       styles=["text", "text", "text", "text", "text", "number", "number"])
    for p in model.participants:
        sheet.append([p.id, p.label, p.role, p.group, p.date, p.credibility, len(p.ratings)])
    sheet.append([])
    sheet.append([Styled(f"The map's weights are the participants' aggregate: {method}.",
                         "note")])
    table = rating_table(model)
    found = disagreement(table)
    index = {key: j for j, key in enumerate(table.edges)}
    sheet.append([])
    sheet.append([Styled("Ratings", "bold"), None, None, None, None, None, None])
    sheet.append([Styled(h, "bold") for h in (
        "Participant ID", "Source", "Target", "Weight", "Term", "Confidence", "Rationale",
        "Edge spread", "Edge sign conflict", "Edge entropy")])
    for p in model.participants:
        for r in p.ratings:
            j = index[r.key]
            sheet.append([p.id, r.source, r.target,
                          float(table.weights[model.participants.index(p), j]), r.term or None,
                          r.confidence, r.rationale or None, float(found.spread[j]),
                          "yes" if found.conflict[j] else "no", float(found.entropy[j])])


def add_participant_results(book: Book, voices: VoiceResults) -> None:
    """Final change per scenario, node and participant, with the counts across the room."""
    people = list(voices.labels)
    summary = voices.summary_frame()
    sheet = book.sheet("Per participant", ["Scenario", "Node ID", "Label", "Rises on",
                                           "Falls on", "No change on", "Lowest", "Median",
                                           "Highest"] + people,
                       styles=["text", "text", "text", "number", "number", "number", "change",
                               "change", "change"] + ["change"] * len(people), freeze="D2")
    row = 0
    for scenario in voices.scenarios:
        part = summary[summary["scenario"] == scenario.scenario_id]
        columns = part[["node", "label", "rises", "falls", "no change", "lowest", "median",
                        "highest"]]
        for n, values in enumerate(columns.itertuples(index=False, name=None)):
            sheet.append([scenario.label, *values] + [float(v) for v in scenario.final[:, n]])
            row += 1
    if not voices.scenarios:
        sheet.append([Styled("No scenarios: nothing to compare across participants.", "note")])
    elif row:
        last = 9 + len(people)
        largest = max(float(abs(s.final).max()) for s in voices.scenarios)
        diverging_scale(sheet, f"J2:{get_column_letter(last)}{row + 1}", largest)
    if voices.objectives and voices.scenarios:
        sheet.append([])
        sheet.append([Styled("Objectives met, per participant's map", "bold")])
        sheet.append([Styled(h, "bold") for h in ["Scenario", "Objective", "Met on"] + people])
        for scenario in voices.scenarios:
            met = voices.met(scenario)
            for objective, row_met in zip(voices.objectives, met):
                sheet.append([scenario.label, translated(objective),
                              f"{int(row_met.sum())} of {len(people)}"]
                             + ["yes" if m else "no" for m in row_met])
