"""How much participants disagree about each edge.

Per edge of a :class:`~windtunnel.engine.aggregation.RatingTable`, over the participants
who rated it (an unrated edge is not a vote):

- ``spread``: the credibility-weighted standard deviation of the weights;
- ``range``: largest minus smallest weight;
- ``positive`` / ``negative`` / ``neutral``: how many participants give each sign (neutral:
  a weight of 0 or the term NA); ``conflict`` when some say it raises and some lowers;
- ``entropy``: FCMpy's entropy of agreement, ``-sum p log2 p`` over the terms used
  (numeric ratings count as their nearest term), where participants who did not rate the
  edge count as one more answer, "no causality", as FCMpy counts them. 0 is unanimity.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..model import LINGUISTIC_TERMS
from .aggregation import RatingTable
from .linguistic import nearest_term

__all__ = ["Disagreement", "disagreement", "entropy"]


@dataclass(frozen=True)
class Disagreement:
    """Disagreement per edge (arrays over ``edges``); see the module docstring."""

    edges: tuple[tuple[str, str], ...]
    raters: np.ndarray
    spread: np.ndarray
    range: np.ndarray
    positive: np.ndarray
    negative: np.ndarray
    neutral: np.ndarray
    entropy: np.ndarray

    @property
    def conflict(self) -> np.ndarray:
        return (self.positive > 0) & (self.negative > 0)

    def to_frame(self):
        import pandas as pd
        return pd.DataFrame({
            "source": [s for s, _ in self.edges], "target": [t for _, t in self.edges],
            "raters": self.raters, "spread": self.spread, "range": self.range,
            "positive": self.positive, "negative": self.negative, "neutral": self.neutral,
            "sign conflict": self.conflict, "entropy": self.entropy})


def entropy(answers: np.ndarray) -> np.ndarray:
    """``-sum p log2 p`` per column of ``answers`` (participants, edges), each entry an
    answer code (any integers, -1 included as an answer of its own)."""
    answers = np.asarray(answers)
    n = answers.shape[0]
    result = np.zeros(answers.shape[1])
    if n == 0:
        return result
    for code in np.unique(answers):
        p = (answers == code).sum(axis=0) / n
        with np.errstate(divide="ignore", invalid="ignore"):
            result -= np.where(p > 0, p * np.log2(np.where(p > 0, p, 1)), 0.0)
    return result + 0.0   # no -0.0


def disagreement(table: RatingTable) -> Disagreement:
    """Disagreement about every edge of ``table``."""
    w = table.weights
    rated = ~np.isnan(w)
    c = np.where(rated, table.credibility[:, None], 0.0)
    total = c.sum(axis=0)
    values = np.where(rated, w, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(total > 0, (values * c).sum(axis=0) / np.where(total > 0, total, 1), 0.0)
        variance = np.where(total > 0, (c * (values - mean) ** 2).sum(axis=0)
                            / np.where(total > 0, total, 1), 0.0)
    high = np.where(rated, w, -np.inf).max(axis=0, initial=-np.inf)
    low = np.where(rated, w, np.inf).min(axis=0, initial=np.inf)
    any_rated = rated.any(axis=0)
    na = LINGUISTIC_TERMS.index("NA")
    neutral = rated & ((w == 0) | (table.terms == na))
    terms = np.where(table.terms >= 0, table.terms, nearest_term(np.nan_to_num(w)))
    answers = np.where(rated, terms, -1)
    return Disagreement(
        table.edges, rated.sum(axis=0), np.sqrt(variance),
        np.where(any_rated, high - low, 0.0),
        (rated & ~neutral & (w > 0)).sum(axis=0), (rated & ~neutral & (w < 0)).sum(axis=0),
        neutral.sum(axis=0), entropy(answers))
