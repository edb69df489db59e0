"""The Participants dock's view of the one selected edge: its map weight, its disagreement
from the engine (:func:`~windtunnel.engine.disagreement`: spread, range, how many give
each sign, a sign conflict flagged, entropy of agreement) and every participant's rating
of it (weight, term, confidence, sources, rationale). Its words are the dock's
(translated in the ``ParticipantsPanel`` context)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from ..engine import disagreement, rating_table
from ..model import translated
from .choices import choice_text
from .formats import number
from .participants_tables import fill_table

__all__ = ["show_edge_ratings"]


def show_edge_ratings(panel, names: list[str]) -> None:
    """Show in ``panel`` the selected edge's heading, its disagreement and every
    participant's rating of it (``names``: the participants as shown), or ask for one
    edge to be selected."""
    translate = QCoreApplication.translate
    model = panel._model
    key = panel._selected_edge()
    if key is None or not model.participants:
        panel.edge_heading.setText(translate(
            "ParticipantsPanel", "Select one edge to see every participant's rating of it.")
            if model.participants else "")
        panel.edge_summary.setText("")
        fill_table(panel.ratings, [])
        return
    labels = {n.id: translated(n) for n in model.nodes}
    panel.edge_heading.setText(translate(
        "ParticipantsPanel", "<b>{source} → {target}</b> (map weight {weight})").format(
            source=labels[key[0]], target=labels[key[1]],
            weight=number(model.edge(*key).weight, 2, signed=True)))
    table = rating_table(model)
    j = table.edges.index(key)
    found = disagreement(table)
    if not found.raters[j]:
        panel.edge_summary.setText(translate("ParticipantsPanel",
                                             "No participant rated this edge."))
    else:
        conflict = (translate("ParticipantsPanel", " — sign conflict")
                    if found.conflict[j] else "")
        entropy = number(found.entropy[j], 2)
        unrated = len(model.participants) - int(found.raters[j])
        if unrated:       # FCMpy's entropy counts them: say so, or one rating reads as dissent
            entropy = translate(
                "ParticipantsPanel",
                "{entropy} (counting the %n who did not rate it as \u201cno causality\u201d)",
                "", unrated).format(entropy=entropy)
        panel.edge_summary.setText(translate(
            "ParticipantsPanel",
            "{raters} of {count} rated it: {raise_} raise, {lower} lower, {neutral} no "
            "effect{conflict}. Spread {spread}, range {range}, entropy {entropy}.").format(
            raters=int(found.raters[j]), count=len(model.participants),
            raise_=int(found.positive[j]), lower=int(found.negative[j]),
            neutral=int(found.neutral[j]), conflict=conflict,
            spread=number(found.spread[j], 2), range=number(found.range[j], 2),
            entropy=entropy))
    panel.edge_summary.setText(panel.edge_summary.text() + " " + translate(
        "ParticipantsPanel",
        "Double-click a participant's row to rate this edge as them in the Inspector."))
    rows = []
    for name, participant, weights in zip(names, model.participants, table.weights):
        rating = next((r for r in participant.ratings if r.key == key), None)
        if rating is None:
            rows.append([name, "", "", "", "", translate("ParticipantsPanel", "(not rated)")])
            continue
        rows.append([name, number(weights[j], 2, signed=True) if not np.isnan(weights[j]) else "",
                     rating.term, choice_text(rating.confidence), ", ".join(rating.sources),
                     rating.rationale])
    fill_table(panel.ratings, rows)
