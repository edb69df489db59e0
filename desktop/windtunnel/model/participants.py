"""A participant's own map: their ratings of edges and the concepts only they drew.

- A participant's rating of ``source -> target`` is what that stakeholder believes the
  edge's weight is: a number in [-1, 1], or a linguistic term on FCMpy's scale
  (:data:`~windtunnel.model.vocabulary.LINGUISTIC_TERMS`, -VH .. +VH, each a triangle on
  [-1, 1]). The map's working weight of a rated edge is the aggregate of the participants'
  ratings, by the method the settings record (``aggregation``, ``aggregation_zeros``; see
  windtunnel.engine.aggregation).

Like the map's elements (:mod:`windtunnel.model.elements`), these are immutable values
that list their own problems; that ratings join existing nodes is the model's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..language import translate
from .checks import (Element, check_bounds, check_choice, check_id, check_ids, check_items,
                     check_number, check_pair, check_text, check_translations)
from .default_names import DEFAULT_PARTICIPANT_NAME
from .elements import Node
from .translations import Translations
from .vocabulary import CONFIDENCES, LINGUISTIC_TERMS, MAX_LABEL, MAX_RATINGS

__all__ = ["Rating", "Participant"]


@dataclass(frozen=True)
class Rating(Element):
    """One participant's rating of the edge ``source -> target``: a ``weight`` in [-1, 1]
    or a linguistic ``term`` (one of :data:`LINGUISTIC_TERMS`), or both (the term is what
    the participant said, the weight what it was read as); ``sources`` trace it to evidence.
    ``low``/``high`` make a numeric rating an interval (low, high) or a triangle (low,
    weight, high), as fcmconfr's interval and triangular fuzzy weights."""

    source: str
    target: str
    weight: float | None = None
    term: str = ""
    low: float | None = None
    high: float | None = None
    confidence: str = "medium"
    rationale: str = ""
    sources: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.target)

    def problems(self):
        out: list[tuple[str, str]] = []
        check_pair(out, self.source, self.target, "a rating")
        if self.weight is not None:
            check_number(out, "weight", self.weight, -1.0, 1.0)
        if self.term != "":
            check_choice(out, "term", self.term, LINGUISTIC_TERMS)
        elif self.weight is None:
            out.append(("weight", translate("elements", "a rating needs a weight or a linguistic "
                                                        "term")))
        for name in ("low", "high"):
            value = getattr(self, name)
            if value is not None:
                check_number(out, name, value, -1.0, 1.0)
                if self.weight is None and not out:
                    out.append((name, translate("elements", "bounds need a weight between them")))
        if not out and self.weight is not None:
            check_bounds(out, self.low, self.weight, self.high)
        check_choice(out, "confidence", self.confidence, CONFIDENCES)
        check_text(out, "rationale", self.rationale)
        check_ids(out, "sources", self.sources)
        return out


@dataclass(frozen=True)
class Participant(Element):
    """A stakeholder, expert or group with their own ratings of edges.

    ``label`` is a name or an anonymous label ("Participant 3"); ``credibility`` (>= 0)
    weighs their ratings in the aggregate. ``nodes`` are concepts only this participant
    drew; their ratings may join them to the shared nodes (their own extra edges).
    """

    id: str
    label: str
    role: str = ""
    group: str = ""
    date: str = ""
    credibility: float = 1.0
    ratings: tuple[Rating, ...] = ()
    nodes: tuple[Node, ...] = ()
    translations: Translations = field(default_factory=Translations)

    #: The original name of a participant added without one ("Participant 6"): no author's
    #: text, so a rename in any language replaces it
    #: (:func:`~windtunnel.model.translations.with_text`).
    GENERATED_LABEL = re.compile(DEFAULT_PARTICIPANT_NAME.replace("{number}", "[1-9][0-9]{0,8}"))

    def problems(self):
        out: list[tuple[str, str]] = []
        check_id(out, "id", self.id)
        check_text(out, "label", self.label, MAX_LABEL, required=True)
        for name in ("role", "group", "date"):
            check_text(out, name, getattr(self, name), MAX_LABEL)
        check_number(out, "credibility", self.credibility, 0.0, 100.0)
        check_items(out, "ratings", self.ratings, Rating, MAX_RATINGS)
        check_items(out, "nodes", self.nodes, Node, MAX_RATINGS)
        check_translations(out, self, {"label": MAX_LABEL, "role": MAX_LABEL})
        if not out:
            out.extend(self._duplicates())
        return out

    def _duplicates(self):
        out, pairs, ids = [], set(), set()
        for i, rating in enumerate(self.ratings):
            if rating.key in pairs:
                out.append((f"ratings[{i}]", translate("elements", "edge {source} \u2192 {target} is rated twice").format(
                                                 source=rating.source, target=rating.target)))
            pairs.add(rating.key)
        for i, node in enumerate(self.nodes):
            if node.id in ids:
                out.append((f"nodes[{i}].id", translate("elements", "id {id!r} appears twice").format(
                                                  id=node.id)))
            ids.add(node.id)
        return out
