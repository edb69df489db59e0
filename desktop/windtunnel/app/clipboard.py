"""Copy and paste of map fragments, between windows and between running copies.

The clipboard carries the selected nodes, the edges among them and the sources they cite
as a small model in the ordinary .wtm JSON form, under the MIME type
``application/x-windtunnel-model`` (plain text gets the node labels, one a line, for
pasting into a document). Pasting reads it back with the same loader as files (so a
fragment is validated like a file and nothing is evaluated), gives pasted nodes fresh
ids where theirs are taken, shifts them so that they do not cover the originals, and
reuses sources that already exist with the same content.
"""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QMimeData

from ..errors import LoadError
from ..model import Model, dumps, loads, slugify
from .commands import InsertCommand, MacroCommand
from .failures import guarded_read

__all__ = ["MIME_TYPE", "fragment", "to_mime", "from_mime", "paste_command"]

MIME_TYPE = "application/x-windtunnel-model"
PASTE_OFFSET = 40.0


def fragment(model: Model, node_ids: list[str]) -> Model:
    """The chosen nodes, the edges among them and the sources they cite, as a model. An
    edge goes with the weight it shows: the participants who rated it stay behind, and
    so does the map's own weight kept from before their ratings."""
    chosen = set(node_ids)
    nodes = [n for n in model.nodes if n.id in chosen]
    edges = [replace(e, unrated_weight=None, unrated_low=None, unrated_high=None)
             for e in model.edges if e.source in chosen and e.target in chosen]
    cited = {s for item in nodes + edges for s in item.sources}
    sources = [s for s in model.sources if s.id in cited]
    return Model.from_elements(title="Copied nodes", nodes=nodes, edges=edges, sources=sources)


def to_mime(piece: Model) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, dumps(piece).encode("utf-8"))
    data.setText("\n".join(n.label for n in piece.nodes))
    return data


def from_mime(data: QMimeData) -> Model | None:
    """The fragment on the clipboard, or None when it holds no Windtunnel content.

    Clipboard content is read by the same checked loader as a file (:func:`loads`, which
    locates lone surrogates, overflowing numbers and the like); what it refuses is a
    LoadError whose source names the clipboard, and nothing is pasted. Plain text that is
    not JSON at all is simply not Windtunnel content."""
    if data.hasFormat(MIME_TYPE):
        raw, source = bytes(data.data(MIME_TYPE)), "the clipboard"
    elif data.hasText() and data.text().lstrip().startswith("{"):
        raw, source = data.text(), "the clipboard's text"   # str: never encoded on the way
        try:
            json.loads(raw)
        except (ValueError, RecursionError):
            return None                     # text that is not JSON is not a fragment
    else:
        return None
    try:
        return guarded_read(lambda: loads(raw), source)
    except LoadError as exc:
        raise LoadError(exc.problems, source=source) from None


def paste_command(model: Model, piece: Model, *, offset: float = PASTE_OFFSET) -> tuple[MacroCommand, list[str]]:
    """One command that adds ``piece`` to ``model``; also returns the new node ids."""
    parts = []
    source_ids: dict[str, str] = {}
    taken_sources = {s.id for s in model.sources}
    for source in piece.sources:
        existing = model.source(source.id)
        if existing == source:
            source_ids[source.id] = source.id
            continue
        new_id = slugify(source.id, taken_sources) if source.id in taken_sources else source.id
        taken_sources.add(new_id)
        source_ids[source.id] = new_id
        parts.append(InsertCommand(model, "source", replace(source, id=new_id)))
    node_ids: dict[str, str] = {}
    taken_nodes = {n.id for n in model.nodes}
    for node in piece.nodes:
        new_id = slugify(node.id, taken_nodes) if node.id in taken_nodes else node.id
        taken_nodes.add(new_id)
        node_ids[node.id] = new_id
        x, y = node.position
        parts.append(InsertCommand(model, "node", replace(
            node, id=new_id, position=(x + offset, y + offset),
            sources=tuple(source_ids[s] for s in node.sources))))
    for edge in piece.edges:
        parts.append(InsertCommand(model, "edge", replace(
            edge, source=node_ids[edge.source], target=node_ids[edge.target],
            sources=tuple(source_ids[s] for s in edge.sources))))
    count = len(piece.nodes)
    return (MacroCommand(model, lambda: QCoreApplication.translate(
        "clipboard", "Paste %n node(s)", "", count), parts), list(node_ids.values()))
