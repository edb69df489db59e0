"""Names alike: a label reduced to what names a concept, and names one slip apart.

One reduction for every place an import compares names that may be meant as one: the
concepts of participants' maps (:mod:`windtunnel.io.participants`, whose near matches are
difflib's ratio of at least :data:`NEAR`) and the names an Edges sheet writes
(:mod:`windtunnel.io.nodes_sheet`), where a name one typing slip from another (a letter
left out, added, changed or two swapped: ``Chip smugling``) is flagged. The slips are
found through each name's deletions (every name with one character left out), so a
thousand names are compared in about the time it takes to read them, not pair by pair.
A name written with another script's letter drawn like a Latin one (``Chinа`` with a
Cyrillic ``а``, :mod:`windtunnel.io.lookalikes`) is near the name it looks like, however
short (``UК``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import KeysView
from itertools import repeat
from operator import itemgetter

from .lookalikes import skeleton

__all__ = ["NEAR", "normal_label", "Slips"]

#: difflib ratio from which two labels are proposed as the same concept.
NEAR = 0.8


#: A run of letters and digits.
_WORD = re.compile(r"\w+")


def normal_label(label: str) -> str:
    """A label reduced to what names a concept: NFKC (nothing to do in ASCII text),
    case-folded, letters and digits separated by single spaces."""
    text = (label if label.isascii() else unicodedata.normalize("NFKC", label)).casefold()
    return " ".join(_WORD.findall(text))


def _deletions(key: str) -> KeysView[str]:
    """``key`` and every text it gives with one character left out: two keys one slip
    apart share one of them. In that order (not a set's, which changes from run to run
    with the hashing of text), so that a name near two labels is said to be near the
    same one every time."""
    return dict.fromkeys([key, *[key[:i] + key[i + 1:] for i in range(len(key))]]).keys()


class Slips:
    """Labels gathered one by one, each findable from a name one typing slip from it
    (compared as :func:`normal_label` s; names of one series, :func:`_series`, are not), or
    alike but for a lookalike letter (:func:`~windtunnel.io.lookalikes.skeleton`)."""

    def __init__(self, labels=()) -> None:
        self._labels: dict[str, str] = {}           # normal label -> the label as written
        # deletion -> (series, the first normal label gathered with that deletion); a
        # deletion that labels of other series share too keeps the first of each further
        # series in ``_more``: a deletion that many labels of one series share (``node 1``
        # of ``node 12``, ``node 13``...) holds one of them, so a look-up never walks the
        # series, and the common deletion of one label costs one tuple, not a dict
        self._by_deletion: dict[str, tuple[tuple[str, ...], str]] = {}
        self._more: dict[str, dict[tuple[str, ...], str]] = {}
        #: the skeleton of each normal label that has a lookalike letter -> the first such
        self._skeletons: dict[str, str] = {}
        for label in labels:
            self.add(label)

    def add(self, label: str) -> str | None:
        """Gather ``label``; the label gathered before that it is one slip from (or that it
        is but for case, spacing or punctuation: ``Misuse-risk``), if any."""
        key = normal_label(label)
        if key in self._labels:
            return self._labels[key] if self._labels[key] != label else None
        if not key:
            return None
        deletions, series = _deletions(key), _series(key)
        near = self._near(key, deletions, series)
        self._labels[key] = label
        if skeleton(key) != key:
            self._skeletons.setdefault(skeleton(key), key)
        entry = (series, key)
        firsts = list(map(self._by_deletion.setdefault, deletions, repeat(entry)))
        if set(map(itemgetter(0), firsts)) != {series}:      # another series shares one
            for deleted, first in zip(deletions, firsts):
                if first[0] != series:
                    self._more.setdefault(deleted, {}).setdefault(series, key)
        return near

    def near(self, name: str) -> str | None:
        """The first label gathered that ``name`` is one slip from, None when none is."""
        key = normal_label(name)
        return self._near(key, _deletions(key), _series(key))

    def _near(self, key: str, deletions: set[str], series: tuple[str, ...]) -> str | None:
        drawn_alike = self._drawn_alike(key)
        if drawn_alike is not None:
            return drawn_alike
        if len(key) < 4:               # "Tax" and "Tar": too short to call one a slip
            return None
        # each deletion's first label (its own series when none), looked up at C speed:
        # most names share deletions with labels of their own series only (``node 12``,
        # ``node 13``), and those are no slips
        firsts = list(map(self._by_deletion.get, deletions, repeat((series, key))))
        more = self._more
        if set(map(itemgetter(0), firsts)) == {series} and more.keys().isdisjoint(deletions):
            return None
        for deleted, (other_series, other) in zip(deletions, firsts):
            if other_series != series and other != key:
                return self._labels[other]
            for other_series, other in more.get(deleted, {}).items():
                if other_series != series and other != key:
                    return self._labels[other]
        return None

    def _drawn_alike(self, key: str) -> str | None:
        """The label gathered that ``key`` would be but for a lookalike letter in either."""
        shape = skeleton(key)
        other = shape if shape != key and shape in self._labels else self._skeletons.get(shape)
        return self._labels[other] if other is not None and other != key else None


def _series(key: str) -> tuple[str, ...]:
    """A normal label's words with each number and each word of one or two letters left
    as a mark: labels of one series share it (``tier 1 countries`` and ``tier 2
    countries``, ``country a`` and ``country b``), and are not taken for slips."""
    return tuple("#" if word.isdigit() or len(word) <= 2 else word for word in key.split())
