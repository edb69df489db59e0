"""A note on nodes that share a label in a graph file, where labels are free text.

GraphML, GEXF, Mental Modeler, Kumu and FSDM files name a node by its id, so two nodes may
carry one label (two concepts both called ``Tax``) and the file still reads: they stay two
nodes, and the import says so, since on the map and in every result they look alike (as do
labels differing only in how an accent is written, ``Café`` with its accent a character of
its own, or in invisible characters, ``Jobs`` and ``Jobs`` with a zero-width space: those
were passed over, two nodes that look the same left without a word). Tables
name nodes by their labels, so there an edge naming a label two nodes carry is refused
where it is instead (see :mod:`.node_resolver`), and a Windtunnel workbook reads back with
no note.
"""

from __future__ import annotations

import unicodedata

from ..errors import Problem
from ..language import translate
from ..model import Model
from .naming import bounded, short_name

__all__ = ["shared_labels_note", "GRAPH_FORMATS"]

#: The import formats whose files name nodes by id, labels being free text.
GRAPH_FORMATS = ("graphml", "gexf", "mentalmodeler", "kumu", "fsdm", "graphology",
                 "nodelink")


def shared_labels_note(model: Model) -> Problem | None:
    """The note naming each label more than one node of ``model`` carries, with their ids;
    None when every label is its node's own."""
    ids: dict[str, list[str]] = {}
    shown: dict[str, str] = {}                 # a look -> the first label that has it
    for node in model.nodes:
        look = _look(node.label)
        shown.setdefault(look, node.label)
        ids.setdefault(look, []).append(node.id)
    shared = [translate("shared_labels", "{label!r} (ids {ids})").format(
                  label=short_name(shown[look]), ids=bounded([short_name(i) for i in node_ids], 5))
              for look, node_ids in ids.items() if len(node_ids) > 1]
    if not shared:
        return None
    return Problem("", translate("shared_labels", "{count:,} label(s) carried by more than one "
                                                  "node, kept as separate nodes that look "
                                                  "alike on the map: {labels}").format(
        count=len(shared), labels=bounded(shared, 5)))


def _look(label: str) -> str:
    """A label as the map shows it: its accents composed (NFC) and its invisible format
    characters (zero-width spaces and joiners, direction marks) left out; case and width
    show, and are kept."""
    if label.isascii():
        return label
    return "".join(c for c in unicodedata.normalize("NFC", label)
                   if unicodedata.category(c) != "Cf")
