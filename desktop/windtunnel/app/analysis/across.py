"""The spread across participants' maps in words, for every view that shows it.

"4 of 6 participants' maps say Misuse risk rises; 1 that it falls": the participants'
results chart and the scenario matrix's cells say it alike (:func:`says_text`);
:func:`cell_count` is the short form a matrix cell holds ("4/6 ↑").
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from ...engine.voices import SAYS
from ..formats import number

__all__ = ["says_text", "cell_count", "range_text"]


def says_text(change: np.ndarray, label: str) -> str:
    """ "4 of 6 participants' maps say Misuse risk rises; 1 that it falls." for the final
    changes ``change`` (participants,) of the node ``label``."""
    rises, falls = int((change > SAYS).sum()), int((change < -SAYS).sum())
    count = len(change)
    # (how many, said after another part, said first): "1 that it falls" needs a part before
    phrases = (
        (rises, None, QCoreApplication.translate(
            "ParticipantResults", "{k} of {n} participants' maps say {node} rises")),
        (falls, QCoreApplication.translate("ParticipantResults", "{k} of {n} say it falls"),
         QCoreApplication.translate(
             "ParticipantResults", "{k} of {n} participants' maps say {node} falls")),
        (count - rises - falls,
         QCoreApplication.translate("ParticipantResults", "{k} of {n} see no change"),
         QCoreApplication.translate(
             "ParticipantResults", "No participant's map says {node} changes")),
    )
    parts = []
    for k, later, first in phrases:
        if k:
            parts.append((later if parts else first).format(k=k, n=count, node=label))
    return QCoreApplication.translate("ParticipantResults", "{counts}.").format(
        counts=QCoreApplication.translate("ParticipantResults", "; ").join(parts))


def cell_count(change: np.ndarray, aggregate: float) -> str:
    """How many maps agree with the shared map's direction ``aggregate``, as "4/6 ↑"
    (rises), "4/6 ↓" (falls) or "4/6 =" (no change)."""
    if aggregate > SAYS:
        agree, mark = int((change > SAYS).sum()), "↑"
    elif aggregate < -SAYS:
        agree, mark = int((change < -SAYS).sum()), "↓"
    else:
        agree, mark = int((np.abs(change) <= SAYS).sum()), "="
    return f"{agree}/{len(change)} {mark}"


def range_text(change: np.ndarray) -> str:
    """The participants' changes from lowest to highest, for a tooltip."""
    return QCoreApplication.translate(
        "ParticipantResults", "Their changes range from {low} to {high}.").format(
        low=number(change.min(), 3, signed=True), high=number(change.max(), 3, signed=True))
