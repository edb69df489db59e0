"""The notes of many participants' maps, summarised: a folder of edge lists gives every
map the same kinds of note ("created 7 nodes named in the edges..."), one per file, and a
list of a hundred such notes hides the one that matters.

Notes of one kind are those whose messages read alike once their specifics are set aside
(numbers, quoted names and what follows the first colon: :func:`note_kind`). Of a kind
that more than :data:`SHOWN` + 1 maps share, the first :data:`SHOWN` notes are kept as they
are, specifics and all, and one note says how many more maps had one like them and names
those maps (the first :data:`NAMED`, then how many more), so each can be read on its own.
Kinds keep the order of their first note; a kind of few notes is kept whole."""

from __future__ import annotations

import re

from ..errors import Problem
from ..language import translate
from .naming import bounded

__all__ = ["summarised", "note_kind", "SHOWN", "NAMED"]

#: The notes of one kind shown whole before the rest are summarised.
SHOWN = 3
#: The maps a summary names before "and N more".
NAMED = 10

#: What sets one note of a kind apart from another: numbers, quoted texts, parentheses.
_SPECIFICS = re.compile(r"\d[\d,.]*|'[^']*'|\"[^\"]*\"|\([^()]*\)")
#: The colon that ends a note's kind: ": ", or the full-width "：" of Chinese and Japanese.
_COLON = re.compile(r": |：")


def note_kind(message: str) -> str:
    """A note's message without its specifics: the part before its first colon (the
    examples follow it; full-width in Chinese and Japanese text), numbers, quoted texts
    and parentheses removed."""
    return " ".join(_SPECIFICS.sub(" ", _COLON.split(message, 1)[0]).split())


def summarised(notes: list[Problem]) -> list[Problem]:
    """``notes`` (each located at its map) with the notes of a kind many maps share
    summarised; see the module docstring."""
    kinds: dict[str, list[Problem]] = {}
    for note in notes:
        kinds.setdefault(note_kind(note.message), []).append(note)
    out: list[Problem] = []
    for alike in kinds.values():
        if len(alike) <= SHOWN + 1:
            out.extend(alike)
            continue
        out.extend(alike[:SHOWN])
        rest = list(dict.fromkeys(note.location for note in alike[SHOWN:]))
        out.append(Problem("", translate(
            "map_notes", "{count} more maps have a note like those above: {maps}").format(
                count=len(rest), maps=bounded(rest[:NAMED], NAMED, len(rest)))))
    return out
