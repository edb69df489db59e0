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
from collections.abc import Iterable, KeysView
from itertools import chain, repeat
from operator import add, eq, itemgetter

from .lookalikes import skeleton

__all__ = ["NEAR", "normal_label", "Slips", "all_apart"]

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


def all_apart(labels: Iterable[str]) -> bool:
    """Whether :class:`Slips`, gathering ``labels`` in turn, would find none near a label
    gathered before it: each normal label its own, none with a lookalike letter, and no
    text (a normal label, or one with a character left out) shared by labels of different
    series (labels all of one series, as ``C1``, ``C2``... are, have none). Settled for all the labels together by C-level passes (a regular expression
    over their joined text, one slice of every label at each position), at about a sixth
    of the cost of :meth:`Slips.add` per label: an import makes a node of each of
    thousands of names, nearly always all apart. False may also mean "not settled here":
    the caller then gathers them one by one."""
    keys, series = _keys_and_series(list(labels))
    if len(set(keys)) != len(keys) or not all(map(eq, map(skeleton, keys), keys)):
        return False
    if len(set(series)) <= 1:                   # one series (C1, C2, ...): no slips
        return True
    texts, owners = [*keys], [*series]
    by_length = sorted(zip(map(len, keys), keys, series), reverse=True)   # longest first
    lengths = list(map(itemgetter(0), by_length))
    keys, series = list(map(itemgetter(1), by_length)), list(map(itemgetter(2), by_length))
    longer = len(keys)                          # how many keys are longer than ``at``
    for at in range(lengths[0] if lengths else 0):
        while lengths[longer - 1] <= at:
            longer -= 1
        heads = map(itemgetter(slice(None, at)), keys[:longer])
        tails = map(itemgetter(slice(at + 1, None)), keys[:longer])
        texts.extend(map(add, heads, tails))
        owners.extend(series[:longer])
    first: dict[str, str] = {}
    return all(map(eq, map(first.setdefault, texts, owners), owners))


#: What :func:`normal_label` makes a single space of, in a text of labels one to a line.
_NOT_WORD = re.compile(r"[^\w\n]+")
#: A word :func:`_series` marks (a number, one or two letters), in such a text.
_SERIES_WORD = re.compile(r"(?<![^ \n])(?:\d+|\w{1,2})(?![^ \n])", re.ASCII)


def _keys_and_series(labels: list[str]) -> tuple[list[str], list[str]]:
    """The :func:`normal_label` of each label and its :func:`_series` as text (its words
    joined by spaces): for ASCII labels on one line each, by one pass over their joined
    text each (which gives what the functions give label by label)."""
    joined = "\n".join(labels)
    if not joined.isascii() or joined.count("\n") != len(labels) - 1:
        keys = list(map(normal_label, labels))
        return keys, [" ".join(_series(key)) for key in keys]
    normal = _NOT_WORD.sub(" ", joined.casefold())
    keys = list(map(str.strip, normal.split("\n")))
    marked = _SERIES_WORD.sub("#", "\n".join(keys))
    return keys, marked.split("\n") if labels else []


def _series(key: str) -> tuple[str, ...]:
    """A normal label's words with each number and each word of one or two letters left
    as a mark: labels of one series share it (``tier 1 countries`` and ``tier 2
    countries``, ``country a`` and ``country b``), and are not taken for slips."""
    return tuple("#" if word.isdigit() or len(word) <= 2 else word for word in key.split())
