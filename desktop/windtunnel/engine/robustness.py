"""Robustness of each option across the futures of an exploration: satisficing and regret.

- **Satisficing**: the share of futures in which an option meets each objective (the
  model's rule, plans.objective_met) and meets all of them at once.
- **Regret**: in each future, an option's *score* is the importance-weighted sum of its
  objectives' values in their wanted direction (``importance * change`` for "increase",
  ``-importance * change`` for "decrease"); its regret is the best option's score in that
  future minus its own (0 for the best). Reported as the maximum, the median and the
  90th percentile over the futures (the "limits of regret" of robust decision making).
- **Ranking**: most futures meeting every objective first; ties broken by the 90th
  percentile of regret, then the maximum regret (smaller is better), then document order.

Every figure compares options on the *same* futures (experiments.py draws them once), so a
difference between two options is never a difference of luck.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .experiments import Experiments

if TYPE_CHECKING:        # loaded when a function needs it, not at start-up
    import pandas as pd

__all__ = ["Robustness", "robustness", "robustness_frame", "scores", "regret"]

#: Percentiles of regret reported beside the maximum.
REGRET_LEVELS = (50, 90)


@dataclass(frozen=True)
class Robustness:
    """One option's robustness; ``rank`` 1 is the most robust."""

    option: str
    label: str
    met: dict[str, float]       # objective id -> share of futures meeting it
    all_met: float              # share of futures meeting every objective
    regret_max: float
    regret_median: float
    regret_p90: float
    rank: int


def scores(experiments: Experiments) -> np.ndarray:
    """(O, F) importance-weighted sum of each option's objectives in their wanted
    direction, per future."""
    weights = np.array([o.importance * (1.0 if o.direction == "increase" else -1.0)
                        for o in experiments.objectives])
    return experiments.outcomes @ weights


def regret(experiments: Experiments) -> np.ndarray:
    """(O, F) the best option's score in each future minus each option's (>= 0)."""
    values = scores(experiments)
    return values.max(axis=0, keepdims=True) - values


def robustness(experiments: Experiments) -> list[Robustness]:
    """Every option's satisficing and regret figures, most robust first."""
    met = experiments.met()
    shares = met.mean(axis=1)                     # (O, J)
    all_met = met.all(axis=2).mean(axis=1)        # (O,)
    regrets = regret(experiments)
    median, p90 = np.percentile(regrets, REGRET_LEVELS, axis=1)
    worst = regrets.max(axis=1)
    order = sorted(range(len(experiments.options)),
                   key=lambda o: (-all_met[o], p90[o], worst[o], o))
    rank = {o: r for r, o in enumerate(order, 1)}
    ids = [objective.id for objective in experiments.objectives]
    rows = [Robustness(option.id, option.label, dict(zip(ids, map(float, shares[o]))),
                       float(all_met[o]), float(worst[o]), float(median[o]), float(p90[o]),
                       rank[o])
            for o, option in enumerate(experiments.options)]
    return sorted(rows, key=lambda row: row.rank)


def robustness_frame(rows: list[Robustness]) -> pd.DataFrame:
    """The robustness table: rank, option, share meeting all and each objective, regret."""
    import pandas as pd

    records = []
    for row in rows:
        record = {"rank": row.rank, "option": row.option, "label": row.label,
                  "all met": row.all_met}
        record.update({f"met {objective}": share for objective, share in row.met.items()})
        record.update({"regret median": row.regret_median, "regret p90": row.regret_p90,
                       "regret max": row.regret_max})
        records.append(record)
    return pd.DataFrame.from_records(records)
