"""Kumu's JSON in: blueprints of elements and connections, through the graph rules.

Kumu reads and writes maps as JSON "blueprints" (its help: Import > JSON / Blueprints):
``{"elements": [...], "connections": [...], "loops": [...]}``. An element is an object of
fields (``label``, ``type``, ``description``, ``tags``, any field of the project's own) or,
as Kumu's export writes it, an ``_id`` and an ``attributes`` object of those fields
(``element type`` for the type). A connection names its ends in ``from`` and ``to`` (an
element's ``id`` or ``_id``, else its label), its ``direction`` (``directed``,
``undirected``, ``mutual``) and its fields likewise (``connection type``). Two flags of
Kumu's own are read for what they mean: ``reversed`` (Kumu's *reverse direction*: the
arrow points from ``to`` to ``from``) swaps the ends, and ``delayed`` (Kumu's delay
marking, two strokes across the line: the effect takes time, how long unsaid) gives the
edge a delay of :data:`KUMU_DELAY` step, the shortest, unless the connection has a Delay
field of its own; the note counts both, so the analyst sets longer delays where meant.

The blueprint becomes a graph that :func:`~windtunnel.io.graphml.graph_to_model` reads by
the rules every table and graph import follows, as Kumu's Excel export (Elements and
Connections sheets) is read: Type -> kind (elements) or sign (connections), Description,
Tags, the project's other fields noted as not read; an undirected or mutual connection
follows the ``undirected`` choice, as GraphML's undirected edges do. A node's id is the
element's ``id`` when it is a valid id, else made from its label (Kumu's ``_id`` is an
internal key, ``elem-6pd6ETpB``, not a name anyone reads). A connection naming no element
adds a node of that name (with a note), as a table's edges do. Loops (sets of connections
the map holds already) are noted, not read.

Refused, with the export to use instead: Kumu's project backup (Export to JSON: a
project's every map and view and its trash, with nothing saying which elements are on the
map one means, nor which were deleted), and Cytoscape's JSON, whose ``elements`` holds
``nodes`` and ``edges`` or ``data`` objects (told from Kumu's by :func:`.cytoscape.is_cytoscape_json`), as
is a bare list of Cytoscape.js elements. A
blueprint whose ``elements`` or ``connections`` is an object of them by id, as a script may
write one, is read as the list of its values.
"""

from __future__ import annotations

import json

import networkx as nx

from ..errors import LoadError, Problem
from ..language import translate
from ..model import is_valid_id
from . import values as v
from .cytoscape import cytoscape_refusal, is_cytoscape_json
from .graphml import graph_to_model
from .graphml_xml import UNDIRECTED, edge_place
from .importing import Imported, ImportOptions
from .jsontext import json_text, parsed_json
from .naming import node_name, short_name
from .sheets import SHEETS
from .tables import located

__all__ = ["looks_like_kumu", "kumu_to_model", "KUMU_DELAY"]

#: Top-level keys of Kumu's project backup, which a blueprint of one map does not have.
_PROJECT_KEYS = ("maps", "views", "defaultMap", "proxyImages", "perspectives")
_DIRECTIONS = {"directed": False, "": False, "undirected": True, "mutual": True}
#: The delay, in steps, of a connection Kumu marks delayed (a marking with no length).
KUMU_DELAY = 1


def looks_like_kumu(head: bytes) -> bool:
    """Whether the start of a .json file reads as Kumu's (a blueprint or a project)."""
    return any(key in head for key in (b'"elements"', b'"connections"', b'"defaultMap"',
                                       b'"proxyImages"'))


def kumu_to_model(data: bytes, *, title: str = "Kumu map",
                  options: ImportOptions | None = None) -> Imported:
    """A model from a Kumu blueprint's bytes; LoadError for anything else."""
    raw = parsed_json(json_text(data), decoded=True)
    _refuse_other_json(raw)
    elements, connections = (_listed_items(raw, name) for name in ("elements", "connections"))
    graph = nx.MultiDiGraph()
    by_id: dict[str, str] = {}       # an element's id or _id -> its node
    by_label: dict[str, str] = {}    # an element's label -> the first node it labels
    labelled: dict[str, list[str]] = {}   # a label -> the nodes of the elements it labels
    written_ids: set[str] = set()         # every element's id and _id
    taken = v.TakenIds()
    for number, element in enumerate(elements, start=1):
        fields = _fields(element, "elements", number)
        label = v.text(fields.pop("label", "") or "").strip()
        own = v.text(element.get("id") or "").strip()
        node = own if is_valid_id(own) and own not in taken else v.new_id(
            label or own or "element", taken)
        taken.add(node)
        # attributes as a dict (here and for connections): a field may be named as
        # networkx's own arguments (key, node_for_adding) and stays a field
        graph.add_nodes_from([(node, fields | {"label": label or own or node})])
        for name in dict.fromkeys(n for n in (own, v.text(element.get("_id") or "").strip())
                                  if n):
            if name in by_id:        # a connection naming it would join the first, unsaid
                raise LoadError(Problem(_listed("elements", number), translate(
                    "kumu", "a second element with id {key!r}: each element needs an id "
                            "of its own").format(key=short_name(name))))
            by_id[name] = node
        if label:
            by_label.setdefault(label, node)
        written_ids.update((own, v.text(element.get("_id") or "").strip()))
        if label:
            labelled.setdefault(label, []).append(node)
    # a name is an element's id before it is another's label: "A" naming the element
    # whose id is A was read as the one labelled A, whichever the file listed first
    keys = by_label | by_id
    named, flagged = [], {"reversed": 0, "delayed": 0}
    for number, connection in enumerate(connections, start=1):
        fields = _fields(connection, "connections", number)
        flags = {name: _flag(fields, name, connection, number) for name in flagged}
        ends = []
        for end in ("from", "to"):
            text = v.text(connection.get(end) or "").strip()
            if not text:
                raise LoadError(Problem(_where(connection, number), translate(
                    "kumu", "has no {end!r}: a connection names the elements it joins").format(
                        end=end)))
            if text not in written_ids and len(labelled.get(text, ())) > 1:
                raise LoadError(Problem(_where(connection, number), translate(
                    "kumu", "{end!r} names {name!r}, the label of {count} elements ({nodes}): "
                            "which one the connection joins is not the importer's to guess; "
                            "give the elements ids and name the one meant by its id").format(
                        end=end, name=short_name(text), count=len(labelled[text]),
                        nodes=", ".join(node_name(n, text) for n in labelled[text][:4]))))
            if text not in keys:     # named by a connection only: a node of that name
                keys[text] = v.new_id(text, taken)
                taken.add(keys[text])
                graph.add_node(keys[text], label=text)
                named.append(node_name(keys[text], text))
            ends.append(keys[text])
        if flags["reversed"]:
            ends.reverse()
            flagged["reversed"] += 1
        if flags["delayed"] and not any(v.normal_header(k) in _DELAY_HEADERS for k in fields):
            fields["Delay"] = KUMU_DELAY
            flagged["delayed"] += 1
        direction = v.text(connection.get("direction") or "").strip().lower()
        if direction not in _DIRECTIONS:
            raise LoadError(Problem(_where(connection, number), translate(
                "kumu", "{direction!r} is not a direction Windtunnel reads: directed, "
                        "undirected or mutual").format(direction=direction[:40])))
        if _DIRECTIONS[direction]:
            fields[UNDIRECTED] = True
        key = v.text(connection.get("id") or connection.get("_id") or "").strip()
        if key:
            fields["id"] = key              # names the connection in notes and refusals
        graph.add_edges_from([(*ends, fields)])
    return graph_to_model(graph, title=title, options=options, format="kumu",
                          notes=tuple(_notes(named, raw.get("loops"), flagged)))


#: The headers an Edges table reads as the delay (a connection's own Delay field).
_DELAY_HEADERS = next(c for c in SHEETS["Edges"] if c.field == "delay").aliases


def _flag(fields: dict, name: str, connection, number: int) -> bool:
    """Take Kumu's flag ``name`` (``reversed``, ``delayed``) out of a connection's fields:
    whether it is set."""
    try:
        return v.boolean(fields.pop(name, None))
    except v.CellProblem as exc:
        raise LoadError(Problem(_where(connection, number), translate(
            "kumu", "its {flag!r} flag: {problem}").format(flag=name, problem=exc))) from None


def _refuse_other_json(raw) -> None:
    """Refuse what is not a blueprint of one map, saying which export to use instead."""
    if isinstance(raw, dict) and any(key in raw for key in _PROJECT_KEYS):
        raise LoadError(Problem("", translate(
            "kumu", "a Kumu project backup (Export to JSON) is not read: it holds every map "
                    "and view of the project and its trash, and does not say which elements "
                    "are on the map you mean; in Kumu, open that map, choose Export to XLSX "
                    "with nothing selected, and import the workbook")))
    if is_cytoscape_json(raw):
        raise LoadError(cytoscape_refusal("Cytoscape.js JSON"))
    if not (isinstance(raw, dict) and _holds_items(raw.get("elements", []))
            and _holds_items(raw.get("connections", []))
            and (raw.get("elements") or raw.get("connections"))):
        raise LoadError(Problem("", translate(
            "kumu", "not a Kumu blueprint: Windtunnel reads JSON with a list of \"elements\" "
                    "and a list of \"connections\"")))


def _holds_items(value) -> bool:
    """Whether a blueprint's ``elements`` or ``connections`` is read: a list of them, or an
    object of them by id (as a script may write Kumu's elements)."""
    return isinstance(value, list) or (isinstance(value, dict)
                                       and all(isinstance(v, dict) for v in value.values()))


def _listed_items(raw: dict, name: str) -> list:
    """A blueprint's ``elements`` or ``connections`` as a list; an object of them by id
    gives each its key as ``_id`` where it has none (Kumu's own key for it)."""
    items = raw.get(name) or []
    if isinstance(items, dict):
        return [{"_id": key} | item if "_id" not in item and "id" not in item else item
                for key, item in items.items()]
    return items


def _fields(item, kind: str, number: int) -> dict:
    """An element's or a connection's fields as cell values, under the names Kumu's Excel
    export heads its columns with (``attributes`` merged in; a list as Kumu writes one in
    a cell, tags as a list of tags)."""
    if not isinstance(item, dict):
        raise LoadError(Problem(_listed(kind, number), translate(
            "kumu", "is not an object of fields")))
    fields = {k: val for k, val in item.items()
              if k not in ("id", "_id", "from", "to", "direction", "attributes")}
    attributes = item.get("attributes")
    if isinstance(attributes, dict):
        fields.update(attributes)
    for name, value in list(fields.items()):
        if isinstance(value, list):
            fields[name] = (v.join_tags(tuple(map(str, value))) if name == "tags"
                            else "|".join(map(str, value)))
        elif isinstance(value, dict):
            fields[name] = json.dumps(value, ensure_ascii=False)
        elif value is None:
            del fields[name]
    return fields


def _where(connection, number: int) -> str:
    """A connection as the file names it: its id and ends, else its place in the list."""
    ends = [v.text(connection.get(end) or "?").strip() or "?" for end in ("from", "to")]
    key = v.text(connection.get("id") or connection.get("_id") or "").strip()
    if not key and ends == ["?", "?"]:
        return _listed("connections", number)
    return located("edge", edge_place(*ends, key or None))


def _listed(kind: str, number: int) -> str:
    """An element or a connection by its place in the blueprint's list, in words and as
    the JSON path a text editor finds it by: ``connection 3 (connections[2])``."""
    if kind == "elements":
        return translate("kumu", "element {number} (elements[{index}])").format(
            number=number, index=number - 1)
    return translate("kumu", "connection {number} (connections[{index}])").format(
        number=number, index=number - 1)


def _notes(named: list[str], loops, flagged: dict[str, int]) -> list[Problem]:
    """The notes on nodes only connections name (``named``: as messages name them), on
    the connections Kumu marks reversed or delayed (``flagged``: how many), and on the
    loops left out."""
    notes = []
    if flagged["reversed"]:
        notes.append(Problem("", translate(
            "kumu", "{count} connection{s} marked reversed (Kumu's reverse direction) became "
                    "an edge from its 'to' element to its 'from' element, the way its arrow "
                    "points").format(count=flagged["reversed"],
                                     s="s" if flagged["reversed"] != 1 else "")))
    if flagged["delayed"]:
        notes.append(Problem("", translate(
            "kumu", "{count} connection{s} marked delayed (Kumu's delay marking, which gives "
                    "no length) got a delay of {delay} step, the shortest: set a longer delay "
                    "on the edges where the effect takes longer").format(
                        count=flagged["delayed"], s="s" if flagged["delayed"] != 1 else "",
                        delay=KUMU_DELAY)))
    if named:
        notes.append(Problem("", translate(
            "kumu", "added {count} node{s} that only connections name, no element: "
                    "{names}").format(count=len(named), s="s" if len(named) != 1 else "",
                                      names=", ".join(named[:5])
                                      + (", ..." if len(named) > 5 else ""))))
    if isinstance(loops, list) and loops:
        notes.append(Problem("", translate(
            "kumu", "did not read {count} Kumu loop{s}: a loop marks connections the map "
                    "holds already").format(count=len(loops), s="s" if len(loops) != 1 else "")))
    return notes
