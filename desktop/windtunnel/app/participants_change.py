"""What a rating did to the map: the note shown at once when it moved the edge's weight.

The map's working weight of an edge someone rated is the participants' aggregate; the
map's own weight counts only while no one has rated the edge (windtunnel.engine.aggregation).
So the first rating of an edge replaces the weight the map had, and with absent ratings
counted as zero a single +L among five people turns -0.50 into +0.05. A facilitator must
see that as it happens, not discover it in the results: every rating that moves the
edge's weight says so in the Inspector's strip above its form (and in the status bar, for
a rating given from the map while another dock is in front), with the weight before and
after, why (the first rating; absent ratings counted as zero), and links to undo it or to
the Participants dock's setting. The note stands out when the change is one to notice:
the first rating of the edge, a change of sign, or a move of :data:`LARGE_MOVE` or more.

Clearing the last rating of an edge brings back the weight the map gave it before the
first (kept beside the aggregate, and saved with the file, while anyone rates the edge:
windtunnel.engine.aggregation), and the note says so with the weight it leaves
(:func:`left_unrated`), and Undo to take the clearing back.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..model import Model
from .choices import choice_text
from .formats import number

__all__ = ["WeightChange", "UnratedAgain", "weight_change", "left_unrated", "LARGE_MOVE"]

#: A move of the map's weight that a facilitator should notice: a quarter of the scale,
#: about the step between two neighbouring terms (-M to -L).
LARGE_MOVE = 0.25


@dataclass(frozen=True)
class WeightChange:
    """A rating moved edge ``key``'s map weight from ``before`` to ``after``."""

    before: float
    after: float
    first: bool           # no participant had rated the edge before
    absent: int           # participants who have not rated it
    participants: int
    method: str           # the model's aggregation
    zeros: str            # "include": absent ratings count as zero

    @property
    def notable(self) -> bool:
        """The first rating, a change of sign, or a large move."""
        return (self.first or self.before * self.after < 0
                or abs(self.after - self.before) >= LARGE_MOVE)

    def _values(self) -> dict:
        return {"method": choice_text(self.method),
                "after": number(self.after, 2, signed=True),
                "before": number(self.before, 2, signed=True),
                "absent": self.absent, "count": self.participants}

    def summary(self) -> str:
        """:meth:`text` in a few words, for the strip above a short Inspector's form."""
        if self.first:
            said = QCoreApplication.translate(
                "WeightChange", "First rating: weight {after}, not the map's own {before}.")
        else:
            said = QCoreApplication.translate("WeightChange", "Weight now {after} (was {before}).")
        if self.zeros == "include" and self.absent:
            said += " " + QCoreApplication.translate(
                "WeightChange", "{absent} of {count} not rating it count as 0.")
        return said.format(**self._values())

    def text(self) -> str:
        """What happened and why, one or two sentences in the interface's language."""
        values = self._values()
        if self.first:
            said = QCoreApplication.translate(
                "WeightChange", "First rating of this edge: its weight is now the participants' "
                                "aggregate ({method}), {after}, not the map's own {before}.")
        else:
            said = QCoreApplication.translate(
                "WeightChange", "The edge's weight is now the participants' aggregate "
                                "({method}), {after} (was {before}).")
        if self.zeros == "include" and self.absent:
            said += " " + QCoreApplication.translate(
                "WeightChange", "The {absent} of {count} who have not rated it count as 0.")
        return said.format(**values)


def weight_change(model: Model, key: tuple[str, str], before, first: bool
                  ) -> WeightChange | None:
    """What the rating just given of ``key`` did to the map's weight (None: nothing);
    ``before`` is the edge as it was (None when it did not change), ``first`` whether no
    one had rated it before."""
    edge = model.edge(*key)
    if edge is None or before is None or before.weight == edge.weight:
        return None
    rated = sum(any(r.key == key for r in p.ratings) for p in model.participants)
    return WeightChange(before.weight, edge.weight, first, len(model.participants) - rated,
                        len(model.participants), model.settings.aggregation,
                        model.settings.aggregation_zeros)



@dataclass(frozen=True)
class UnratedAgain:
    """The last rating of an edge was cleared: it is back to ``weight``, the map's own
    from before the first rating, from the last aggregate ``was``; ``was`` None: the file
    did not keep the weight from before the ratings (format version 5 or older), and the
    edge keeps the one it was opened with."""

    weight: float
    was: float | None
    notable = True

    def _values(self) -> dict:
        return {"weight": number(self.weight, 2, signed=True),
                "was": number(self.was, 2, signed=True) if self.was is not None else ""}

    def summary(self) -> str:
        if self.was is None:
            said = QCoreApplication.translate(
                "WeightChange", "No one rates this edge now: it keeps {weight}.")
        else:
            said = QCoreApplication.translate(
                "WeightChange", "No one rates this edge now: back to its own {weight} (was {was}).")
        return said.format(**self._values())

    def text(self) -> str:
        if self.was is None:
            said = QCoreApplication.translate(
                "WeightChange", "No participant rates this edge now: it keeps {weight}, its "
                                "weight when the file was opened (a file saved by an older "
                                "Windtunnel does not keep the weight from before the ratings).")
        else:
            said = QCoreApplication.translate(
                "WeightChange", "No participant rates this edge now: its weight is back to "
                                "{weight}, the map's own from before the first rating (the "
                                "participants' aggregate was {was}).")
        return said.format(**self._values())


def left_unrated(model: Model, key: tuple[str, str], before) -> UnratedAgain | None:
    """The note when no participant rates the shared edge ``key`` any more (see the
    module docstring); ``before`` is the edge as it was rated, None when clearing left it
    as it was (a file that did not keep its own weight). None otherwise."""
    edge = model.edge(*key)
    if edge is None or any(r.key == key for p in model.participants for r in p.ratings):
        return None
    return UnratedAgain(edge.weight, None if before is None else before.weight)
