"""The participants' sheets of the results workbook, for a model with participants.

- **Disagreement**: every rated edge (its nodes' ids, and its name in the workbook's
  language) and its disagreement (raters, spread, range, signs, sign
  conflict, entropy), sign conflicts first, then by spread; how the ratings were
  aggregated. Who the participants are and every rating are the model sheets
  Participants and Ratings (:mod:`windtunnel.io.sheets`), so that the workbook re-imports
  with them.
- **Per participant**: each scenario's final change per node on every participant's map,
  with how many maps say the node rises, falls or stays, and the lowest, median and
  highest change; then which objectives hold on whose map.

Everything shown comes from the engine (:func:`~windtunnel.engine.run_participants`,
:func:`~windtunnel.engine.disagreement`); nothing is computed here.
"""

from __future__ import annotations

import numpy as np
from openpyxl.utils import get_column_letter

from ...engine import VoiceResults, disagreement, rating_table
from ...language import translate
from ...model import Model, edge_names, translated
from ..xlsx import Book, Styled
from .sheets import diverging_scale, sheet_names
from ..words import word, yes_no

__all__ = ["add_participants", "add_participant_results"]


def add_participants(book: Book, model: Model) -> None:
    """How the ratings were aggregated, and each rated edge's disagreement (who the
    participants are and their ratings are the model's Participants and Ratings sheets)."""
    s = model.settings
    zeros = (translate("resultsbook", "zeros included") if s.aggregation_zeros == "include"
             else translate("resultsbook", "zeros ignored"))
    comma = translate("resultsbook", ", ")
    method = word(s.aggregation) + (
        " ({})".format(comma.join(word(choice) for choice in (s.implication, s.union,
                                                          s.defuzzification)))
        if s.aggregation == "linguistic" else "") + comma + zeros
    table = rating_table(model)
    found = disagreement(table)
    sheet = book.sheet(sheet_names()["Disagreement"], [
        translate("resultsbook", "From ID"), translate("resultsbook", "To ID"),
        translate("resultsbook", "Edge"), translate("resultsbook", "Rated by"), translate("resultsbook", "Spread"),
        translate("resultsbook", "Range"), translate("resultsbook", "Raise"),
        translate("resultsbook", "Lower"), translate("resultsbook", "No effect"),
        translate("resultsbook", "Sign conflict"), translate("resultsbook", "Entropy")],
        styles=["text", "text", "text", "int", "number", "number", "int", "int", "int", "text",
                "number"])
    order = sorted(np.flatnonzero(found.raters > 0),
                   key=lambda j: (not found.conflict[j], -found.spread[j]))
    labels = edge_names(model)
    for j in order:
        source, target = table.edges[j]
        sheet.append([source, target, labels(source, target), int(found.raters[j]), float(found.spread[j]),
                      float(found.range[j]), int(found.positive[j]), int(found.negative[j]),
                      int(found.neutral[j]), yes_no(found.conflict[j]),
                      float(found.entropy[j])])
    sheet.append([])
    sheet.append([Styled(translate("resultsbook", "{count} participants; the map's weights "
                                                  "are their aggregate: {method}. Their "
                                                  "ratings are on the Ratings sheet.").format(
        count=len(model.participants), method=method), "note")])


def add_participant_results(book: Book, voices: VoiceResults) -> None:
    """Final change per scenario, node and participant, with the counts across the room."""
    people = list(voices.labels)
    summary = voices.summary_frame()
    sheet = book.sheet(sheet_names()["Per participant"], [
        translate("resultsbook", "Scenario"), translate("resultsbook", "Node ID"),
        translate("resultsbook", "Label"), translate("resultsbook", "Rises on"),
        translate("resultsbook", "Falls on"), translate("resultsbook", "No change on"),
        translate("resultsbook", "Lowest"), translate("resultsbook", "Median"),
        translate("resultsbook", "Highest")] + people,
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
        sheet.append([Styled(translate("resultsbook", "No scenarios: nothing to compare across "
                                                      "participants."), "note")])
    elif row:
        last = 9 + len(people)
        largest = max(float(abs(s.final).max()) for s in voices.scenarios)
        diverging_scale(sheet, f"J2:{get_column_letter(last)}{row + 1}", largest)
    if voices.objectives and voices.scenarios:
        sheet.append([])
        sheet.append([Styled(translate("resultsbook", "Objectives met, per participant's map"),
                             "bold")])
        sheet.append([Styled(h, "bold") for h in [
            translate("resultsbook", "Scenario"), translate("resultsbook", "Objective"),
            translate("resultsbook", "Met on")] + people])
        for scenario in voices.scenarios:
            met = voices.met(scenario)
            for objective, row_met in zip(voices.objectives, met):
                sheet.append([scenario.label, translated(objective),
                              translate("resultsbook", "{met} of {count}").format(
                                  met=int(row_met.sum()), count=len(people))]
                             + [yes_no(m) for m in row_met])
