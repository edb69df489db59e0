"""Names alike: a label reduced to what names a concept, and the near match of a name.

One rule for every place an import compares names that may be meant as one: the concepts
of participants' maps (:mod:`windtunnel.io.participants`) and the names an Edges sheet
writes (:mod:`windtunnel.io.nodes_sheet`), where a near match is a likely typing slip.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

__all__ = ["NEAR", "normal_label", "near_label"]

#: difflib ratio from which two labels are proposed as the same concept.
NEAR = 0.8


def normal_label(label: str) -> str:
    """A label reduced to what names a concept: NFKC, case-folded, letters and digits
    separated by single spaces."""
    text = unicodedata.normalize("NFKC", label).casefold()
    return " ".join(re.findall(r"\w+", text))


def near_label(name: str, labels: Iterable[str]) -> str | None:
    """The one of ``labels`` closest to ``name`` and alike at least :data:`NEAR` (compared
    as :func:`normal_label` s), not the same name nor a numbered sibling of it
    (:func:`siblings`); None when none is."""
    key = normal_label(name)
    by_key: dict[str, str] = {}
    for label in labels:
        by_key.setdefault(normal_label(label), label)
    by_key.pop(key, None)
    close = difflib.get_close_matches(key, by_key, n=4, cutoff=NEAR)
    return next((by_key[found] for found in close if not siblings(key, found)), None)


def siblings(first: str, second: str) -> bool:
    """Whether two normal labels are members of one series rather than one name mistyped:
    the same words but one, which is a number or a letter or two in both (``tier 1
    countries`` and ``tier 2 countries``, ``country a`` and ``country b``)."""
    words, others = first.split(), second.split()
    if len(words) != len(others):
        return False
    differ = [(a, b) for a, b in zip(words, others) if a != b]
    return len(differ) == 1 and all(word.isdigit() or len(word) <= 2 for word in differ[0])
