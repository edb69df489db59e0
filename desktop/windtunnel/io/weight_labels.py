"""The note on weights written as labels (``+``, ``--``, ``M+``, ``H-``) in a table or a
matrix: they are read with Mental Modeler's numbers (:data:`~.values.WEIGHT_LABELS`:
high 1, medium 0.62, low 0.25), a choice the file does not make. A matrix of bare signs
(``+`` and ``-``, as a signed digraph is written) came in at ±0.25 without a word, where
its author may have meant ±1; the note says which number each label became.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..language import translate
from . import values as v

__all__ = ["label_weights_note"]


def label_weights_note(cells: Iterable) -> str | None:
    """The note on the weight labels among ``cells`` (a table's weight column, a matrix's
    cells), each with the number it was read as; None when there are none."""
    used: dict[str, float] = {}
    for cell in set(cells):       # distinct cells, walked at set speed
        if type(cell) is str and cell.strip().lower() in v.WEIGHT_LABELS:
            used[cell.strip()] = v.WEIGHT_LABELS[cell.strip().lower()]
    if not used:
        return None
    return translate("weight_labels", "weights written as labels were read with Mental "
                                      "Modeler's numbers (high 1, medium 0.62, low 0.25): "
                                      "{labels}; write numbers to give other "
                                      "strengths").format(
        labels=", ".join(f"{label!r} = {weight:g}" for label, weight in
                         sorted(used.items(), key=lambda item: (-item[1], item[0]))))
