"""GraphML in and out (Gephi, yEd, Cytoscape, networkx), through networkx.

Import: the XML is first parsed by defusedxml with DTDs forbidden (entity expansion and
external entities are refused), then read by networkx, whose yEd support yields node
labels and positions. The graph's node and edge attributes are then read by the same
forgiving rules as spreadsheet columns (:mod:`windtunnel.io.frames`): ``label``/``name``,
``kind``/``type``, ``group``, ``initial``, ``x``/``y``, ``description``; ``weight``,
``delay``, ``confidence``, ``low``/``high``, ``rationale``, ``sign``/``type``.

- Weights outside [-1, 1] (Gephi often stores counts) are divided by the largest |weight|
  so that they fit, with a note saying by how much.
- A yEd edge label that reads as a weight (``0.5``, ``-0.3``, ``M+``) is taken as the weight
  when the edge has no weight attribute.
- Undirected graphs are read with each edge pointing the way it is written, with a note;
  parallel edges and self-loops are refused / skipped with a note.

Export writes a directed graph with every node and edge field as a typed attribute and the
model's title as a graph attribute, so that Gephi, yEd and Cytoscape show labels and
weights, and the file reads back as the same nodes and edges.
"""

from __future__ import annotations

import io

import networkx as nx
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from ..errors import LoadError, Problem
from ..model import Model
from . import values as v
from .cells import xml_text
from .frames import Imported, tables_to_model
from .tables import Table

__all__ = ["parse_graphml", "graph_to_model", "model_to_graph", "graphml_bytes"]

_NODE_SKIP = {"shape_type", "id"}
_EDGE_SKIP = {"id"}


def parse_graphml(data: bytes) -> nx.MultiDiGraph | nx.MultiGraph:
    """A networkx multigraph from GraphML bytes, after a safe parse; LoadError otherwise."""
    try:
        SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise LoadError(Problem("", f"refused unsafe XML ({type(exc).__name__}): GraphML "
                                    "files do not need a DTD or entities")) from None
    except SafeET.ParseError as exc:
        raise LoadError(Problem(f"line {exc.position[0]}, column {exc.position[1]}",
                                "not valid XML")) from None
    try:
        graph = nx.parse_graphml(data, force_multigraph=True)
    except (nx.NetworkXError, ValueError, KeyError, TypeError) as exc:
        raise LoadError(Problem("", f"not a GraphML graph networkx can read ({exc})")) from None
    return graph


def graph_to_model(graph: nx.Graph, *, title: str = "Imported graph") -> Imported:
    """Build a model from a networkx graph's nodes, edges and attributes."""
    notes: list[Problem] = []
    node_ids = {node: str(node) for node in graph.nodes}
    nodes = _attribute_table("nodes", "node", [
        {"id": node_ids[n], **{k: val for k, val in data.items() if k not in _NODE_SKIP}}
        for n, data in graph.nodes(data=True)], ["id"])
    edge_rows, seen, loops = [], set(), 0
    for u, w, data in graph.edges(data=True):
        if u == w:
            loops += 1
            continue
        if (u, w) in seen:
            raise LoadError(Problem(f"edge {node_ids[u]} -> {node_ids[w]}", "appears twice; "
                                    "Windtunnel has one edge per ordered pair of nodes"))
        seen.add((u, w))
        row = {"from": node_ids[u], "to": node_ids[w],
               **{k: val for k, val in data.items() if k not in _EDGE_SKIP}}
        if "weight" not in row and _reads_as_weight(row.get("label")):
            row["weight"] = row.pop("label")
        edge_rows.append(row)
    if loops:
        notes.append(Problem("", f"skipped {loops} self-loop{'s' if loops != 1 else ''}"))
    if not graph.is_directed():
        notes.append(Problem("", "the graph is undirected; each edge was read as pointing "
                                 "from its first node to its second"))
    scale = _weight_scale(edge_rows)
    if scale > 1:
        for row in edge_rows:
            row["weight"] = float(row["weight"]) / scale
        notes.append(Problem("", f"weights ranged up to {scale:g}; all were divided by {scale:g}"
                                 " to fit [-1, 1]"))
    edges = _attribute_table("edges", "edge", edge_rows, ["from", "to"])
    name = v.text(graph.graph.get("title") or graph.graph.get("name") or "").strip() or title
    imported = tables_to_model({"Nodes": nodes, "Edges": edges}, title=name[:300],
                               format="graphml")
    model = imported.model
    description = v.text(graph.graph.get("description") or "")
    if description:
        model.set_info(description=description[:20_000])
    return Imported(model, tuple(notes) + imported.notes, "graphml")


def _reads_as_weight(value) -> bool:
    try:
        return value is not None and v.weight(value) is not None
    except v.CellProblem:
        return False


def _weight_scale(rows: list[dict]) -> float:
    largest = 0.0
    for row in rows:
        try:
            weight = v.weight(row.get("weight"))
        except v.CellProblem:
            return 1.0  # the importer reports the bad cell
        if weight is not None:
            row["weight"] = weight
            largest = max(largest, abs(weight))
    return largest


def _attribute_table(name: str, word: str, rows: list[dict], first: list[str]) -> Table:
    """A table whose columns are the union of the items' attributes, ``first`` leading."""
    header = list(first)
    for row in rows:
        header.extend(k for k in row if k not in header)
    table = Table(name=name, header=header, csv=True, row_word=word, column_word="attribute")
    for number, row in enumerate(rows, start=1):
        table.rows.append([row.get(k) for k in header])
        table.numbers.append(number)
    table.header_row = 0
    return table


def model_to_graph(model: Model) -> nx.DiGraph:
    """The model as a directed graph with typed node and edge attributes."""
    graph = nx.DiGraph(title=xml_text(model.title), description=xml_text(model.description))
    for node in model.nodes:
        attrs = {"label": node.label, "kind": node.kind, "group": node.group,
                 "initial": float(node.initial), "lever": node.lever,
                 "x": float(node.position[0]), "y": float(node.position[1]),
                 "tags": v.join_tags(node.tags), "sources": ", ".join(node.sources),
                 "description": node.description}
        graph.add_node(node.id, **_clean(attrs))
    for edge in model.edges:
        attrs = {"weight": float(edge.weight), "delay": int(edge.delay),
                 "confidence": edge.confidence, "rationale": edge.rationale,
                 "sources": ", ".join(edge.sources),
                 "low": None if edge.low is None else float(edge.low),
                 "high": None if edge.high is None else float(edge.high)}
        graph.add_edge(edge.source, edge.target, **_clean(attrs))
    return graph


def _clean(attrs: dict) -> dict:
    """Drop empty values; make text safe for XML."""
    return {k: xml_text(val) if isinstance(val, str) else val
            for k, val in attrs.items() if val is not None and val != ""}


def graphml_bytes(model: Model) -> bytes:
    """The GraphML text of a model, UTF-8."""
    out = io.BytesIO()
    nx.write_graphml_xml(model_to_graph(model), out, encoding="utf-8", prettyprint=True)
    return out.getvalue()
