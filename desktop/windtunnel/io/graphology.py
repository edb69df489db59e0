"""graphology's JSON in: the graph format of graphology and sigma.js.

graphology (the JavaScript graph library under sigma.js) writes a graph with
``graph.export()`` as ``{"attributes": {...}, "options": {"type": ..., "multi": ...},
"nodes": [{"key": ..., "attributes": {...}}], "edges": [{"key": ..., "source": ...,
"target": ..., "attributes": {...}, "undirected": true}]}``, and reads it back with
``graph.import()``. A node's key is its id, an edge's ends name nodes by key; ``options``
and ``key`` may be left out.

The graph becomes a graph that :func:`~windtunnel.io.graphml.graph_to_model` reads by the
rules every graph import follows: ``label`` (sigma.js's label) becomes the label, ``x``
and ``y`` the position, an edge's ``weight`` its weight (1, graphology's default, for an
edge without one in a file whose other edges have one), the graph's ``name`` or ``title``
the model's title, other attributes are noted as not read. An edge is undirected when the
graph's type is ``undirected`` (in any case; no type is graphology's ``mixed``) or the edge
says ``"undirected": true`` (a mixed graph), and then follows the ``undirected`` choice, as
GraphML's undirected edges do; a type graphology does not have, or an ``undirected`` that
is not true, false or null, is refused (``"Undirected"`` and ``"yes"`` were read as
directed, graphology reads ``"yes"`` as undirected: neither is guessed). An edge naming a
node the file does not list is refused at that edge, as graphology's own import refuses it.
"""

from __future__ import annotations

import json

import networkx as nx

from ..errors import LoadError, Problem
from ..language import translate
from . import values as v
from .gexf import default_weights
from .graphml import graph_to_model
from .graphml_xml import UNDIRECTED, edge_place
from .importing import Imported, ImportOptions
from .jsontext import json_text, parsed_json
from .naming import short_name
from .tables import located

__all__ = ["looks_like_graphology", "graphology_to_model", "attribute_cells"]

#: The top-level keys graphology's export writes.
_KEYS = {"attributes", "options", "nodes", "edges"}
#: The graph's own attributes the model takes (its title and description); the reader's
#: marks on the graph are never the file's to set.
_GRAPH_FIELDS = {"name", "title", "description"}


def looks_like_graphology(head: bytes) -> bool:
    """Whether the start of a .json file reads as graphology's export: nodes by ``key``.
    networkx's node-link JSON of a multigraph has a ``key`` in each link too, but says
    ``"multigraph"`` (and ``"links"``, as it writes them) first: that is node-link JSON."""
    return (b'"nodes"' in head and b'"key"' in head
            and b'"multigraph"' not in head and b'"links"' not in head)


def graphology_to_model(data: bytes, *, title: str = "graphology graph",
                        options: ImportOptions | None = None) -> Imported:
    """A model from the bytes of a graphology export; LoadError for anything else."""
    raw = parsed_json(json_text(data), decoded=True)
    if not (isinstance(raw, dict) and isinstance(raw.get("nodes"), list)
            and isinstance(raw.get("edges", []), list) and set(raw) <= _KEYS):
        raise LoadError(Problem("", translate(
            "graphology", "not a graphology graph: Windtunnel reads JSON with a list of "
                          "\"nodes\" (each with its \"key\") and a list of \"edges\" (each "
                          "with its \"source\" and \"target\"), as graphology and sigma.js "
                          "export a graph")))
    settings = raw.get("options") if isinstance(raw.get("options"), dict) else {}
    undirected_graph = _graph_type(settings.get("type")) == "undirected"
    graph = nx.MultiDiGraph()
    graph.graph.update({name: value for name, value in attribute_cells(raw.get("attributes")).items()
                        if name in _GRAPH_FIELDS})
    for number, node in enumerate(raw["nodes"], start=1):
        key = _key(node, number)
        if key in graph:
            raise LoadError(Problem(located("node", repr(short_name(key))), translate(
                "graphology", "is listed twice (nodes {first} and {second}); each node needs "
                              "a key of its own").format(
                first=list(graph).index(key) + 1, second=number)))
        graph.add_nodes_from([(key, attribute_cells(node.get("attributes")))])
    for number, edge in enumerate(raw.get("edges", []), start=1):
        ends, fields = _edge(edge, number, graph)
        if _undirected_edge(edge, number) or undirected_graph:
            fields[UNDIRECTED] = True
        graph.add_edges_from([(*ends, fields)])
    default_weights(graph)
    return graph_to_model(graph, title=title, options=options, format="graphology")


#: graphology's graph types (``options.type``).
_GRAPH_TYPES = ("mixed", "directed", "undirected")


def _graph_type(value) -> str:
    """The graph's type, ``mixed`` when the file gives none; LoadError for another."""
    if value is None:
        return "mixed"
    if isinstance(value, str) and value.strip().lower() in _GRAPH_TYPES:
        return value.strip().lower()
    raise LoadError(Problem("options.type", translate(
        "graphology", "is {value}, which is not a graphology graph type (mixed, directed or "
                      "undirected)").format(value=json.dumps(value, ensure_ascii=False)[:60])))


def _undirected_edge(edge: dict, number: int) -> bool:
    """Whether an edge says it is undirected: ``true``; ``false``, ``null`` or nothing say it
    is not; LoadError for anything else (graphology takes any truthy value for true)."""
    value = edge.get("undirected")
    if value is None or isinstance(value, bool):
        return bool(value)
    raise LoadError(Problem(_listed("edges", number), translate(
        "graphology", "\"undirected\" is {value}, not JSON's true or false").format(
        value=json.dumps(value, ensure_ascii=False)[:60])))


def _key(node, number: int) -> str:
    """A node's key, as its id: text, or a number written as graphology writes it."""
    if not isinstance(node, dict):
        raise LoadError(Problem(_listed("nodes", number), translate(
            "graphology", "is not an object with a \"key\"")))
    key = node.get("key")
    if isinstance(key, bool) or not isinstance(key, (str, int, float)) or not str(key).strip():
        raise LoadError(Problem(_listed("nodes", number), translate(
            "graphology", "has no \"key\": graphology names every node by its key")))
    return v.text(key).strip()


def _edge(edge, number: int, graph: nx.MultiDiGraph) -> tuple[tuple[str, str], dict]:
    """An edge's ends (node keys the file lists) and its fields (its key as ``id``)."""
    if not isinstance(edge, dict):
        raise LoadError(Problem(_listed("edges", number), translate(
            "graphology", "is not an object with a \"source\" and a \"target\"")))
    ends = tuple(v.text(edge.get(end) if edge.get(end) is not None else "").strip()
                 for end in ("source", "target"))
    key = v.text(edge.get("key") if edge.get("key") is not None else "").strip()
    where = (located("edge", edge_place(*(end or "?" for end in ends), key or None))
             if any(ends) or key else _listed("edges", number))
    for end, name in zip(("source", "target"), ends):
        if not name:
            raise LoadError(Problem(where, translate(
                "graphology", "has no {end!r}: an edge names the nodes it joins by their "
                              "keys").format(end=end)))
        if name not in graph:
            raise LoadError(Problem(where, translate(
                "graphology", "{end!r} names {name!r}, which is the key of no node of "
                              "the file").format(end=end, name=short_name(name))))
    fields = attribute_cells(edge.get("attributes"))
    if key:
        fields["id"] = key                   # names the edge in notes and refusals
    return ends, fields


def attribute_cells(attributes) -> dict:
    """Attributes as cell values: a list joined as a cell writes one, an object as its
    JSON text, a null left out."""
    if not isinstance(attributes, dict):
        return {}
    fields = {}
    for name, value in attributes.items():
        if isinstance(value, list):
            fields[name] = "|".join(map(str, value))
        elif isinstance(value, dict):
            fields[name] = json.dumps(value, ensure_ascii=False)
        elif value is not None:
            fields[name] = value
    return fields


def _listed(kind: str, number: int) -> str:
    """A node or an edge by its place in the file's list, in words and as its JSON path."""
    if kind == "nodes":
        return translate("graphology", "node {number} (nodes[{index}])").format(
            number=number, index=number - 1)
    return translate("graphology", "edge {number} (edges[{index}])").format(
        number=number, index=number - 1)
