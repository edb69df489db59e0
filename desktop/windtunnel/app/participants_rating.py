"""Rating an edge for a participant, as one undoable step that also re-aggregates the map.

:class:`RateCommand` sets (or clears) one participant's rating of one edge to a linguistic
term, keeping the rating's confidence, rationale and sources, then sets the map's working
weights to the participants' aggregate (:func:`~windtunnel.engine.apply_working_weights`);
undo puts back the edges' weights and the rating exactly as they were.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from ..engine import apply_working_weights
from ..model import Model, Rating
from .commands import ModelCommand

__all__ = ["RateCommand"]


class RateCommand(ModelCommand):
    """``participant`` rates ``key`` as ``term`` ("" clears the rating)."""

    def __init__(self, model: Model, participant: str, key: tuple[str, str], term: str) -> None:
        who = model.participant(participant)
        text = (QCoreApplication.translate("participants_rating",
                                           "Rate {source} -> {target} as {term} for "
                                           "\"{participant}\"") if term else
                QCoreApplication.translate("participants_rating",
                                           "Clear the rating of {source} -> {target} for "
                                           "\"{participant}\""))
        super().__init__(model, text.format(source=key[0], target=key[1], term=term,
                                            participant=who.label))
        self.old = who
        ratings = [r for r in who.ratings if r.key != key]
        if term:
            current = next((r for r in who.ratings if r.key == key), None)
            rating = (replace(current, term=term, weight=None, low=None, high=None)
                      if current is not None else Rating(*key, term=term))
            ratings.insert(next((i for i, r in enumerate(who.ratings) if r.key == key),
                                len(ratings)), rating)
        self.new = replace(who, ratings=tuple(ratings))
        self.edges_before: list = []

    def apply(self) -> None:
        self.model.replace("participant", self.new)
        self.edges_before = apply_working_weights(self.model)

    def revert(self) -> None:
        for edge in reversed(self.edges_before):
            self.model.replace("edge", edge)
        self.model.replace("participant", self.old)
