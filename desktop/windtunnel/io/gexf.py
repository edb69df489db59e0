"""GEXF in (Gephi's own exchange format), through the GraphML importer's graph rules.

The XML is parsed by defusedxml with DTDs forbidden, then walked here into a networkx
multigraph that :func:`~windtunnel.io.graphml.graph_to_model` turns into a model, so GEXF
and GraphML files follow one set of rules (valid ids made from labels, Gephi's modularity
class as the group, parallel edges merged, weights outside [-1, 1] rescaled or refused,
undirected edges asked about once the rows were read).

Why not ``networkx.read_gexf``: it reads one GEXF version per call and matches namespaces
exactly, so it drops every position of Gephi's own samples (whose ``viz`` namespace is
written ``http:///www.gexf.net/1.1draft/viz``), and it builds an undirected graph whose
edges lose the direction the file wrote. Here elements are matched by their local name, so
GEXF 1.1, 1.2 and 1.3 read alike; the test suite checks nodes, edges, labels and weights
against ``networkx.read_gexf`` on real files.

Read: node ids and labels, declared attributes (by their title, with their defaults),
``viz:position`` as the node's position, edge weights (1 where a weighted file omits
one, as the GEXF schema says), labels and attributes, the edge
type (``directed``, ``undirected``, ``mutual``), nested nodes (their parent's label becomes
their group, as for yEd groups). Not kept, and said in the note: time intervals of dynamic
graphs (the graph is read as it stands with every node and edge), colours and sizes.
"""

from __future__ import annotations

import networkx as nx

from ..errors import LoadError, Problem
from ..language import translate
from .graphml_xml import GROUP, GROUP_NODES, UNDIRECTED, edge_place, element_number
from .nodes_sheet import node_name
from .tables import located
from .xmlsafe import parse_xml

__all__ = ["parse_gexf", "looks_like_gexf", "dynamic_note"]

_DYNAMIC = ("start", "end", "startopen", "endopen", "spells")


def looks_like_gexf(head: bytes) -> bool:
    """Whether the start of a file reads as GEXF."""
    return b"<gexf" in head


def parse_gexf(data: bytes) -> nx.MultiDiGraph:
    """A networkx multigraph from GEXF bytes, after a safe parse; LoadError otherwise."""
    root = parse_xml(data, "GEXF")
    if _local(root.tag) != "gexf":
        raise LoadError(Problem("", translate("gexf", "the XML root is <{local}>, not <gexf>").format(
                                        local=_local(root.tag))))
    graph_element = _first(root, "graph")
    if graph_element is None:
        raise LoadError(Problem("", translate("gexf", "the GEXF file has no <graph>")))
    declared = _declared_attributes(graph_element)
    graph = nx.MultiDiGraph()
    meta = _first(root, "meta")
    if meta is not None:
        for name in ("title", "description"):
            found = _first(meta, name)
            if found is not None and (found.text or "").strip():
                graph.graph[name] = found.text.strip()
    if graph_element.get("name"):
        graph.graph.setdefault("title", graph_element.get("name"))
    dynamic = graph_element.get("mode") == "dynamic"
    groups: set[str] = set()
    nodes = _first(graph_element, "nodes")
    if nodes is not None:
        dynamic |= _add_nodes(graph, nodes, declared["node"], groups, parent_label="")
    graph.graph[GROUP_NODES] = groups
    default_type = graph_element.get("defaultedgetype", "undirected")
    edges = _first(graph_element, "edges")
    for number, edge in enumerate(_children(edges, "edge") if edges is not None else [], 1):
        source, target = edge.get("source"), edge.get("target")
        where = located("edge", edge_place(source or "?", target or "?", edge.get("id")))
        if source is None or target is None:
            raise LoadError(Problem(where if edge.get("id") else element_number("edge", number),
                                    translate("gexf", "has no source or no target")))
        for end in (source, target):
            if end not in graph:
                raise LoadError(Problem(where, translate("gexf", "names node {end!r}, which "
                                                                 "the file does not list").format(
                                                   end=end)))
        data = _values(edge, declared["edge"])
        for name in ("weight", "label"):
            if edge.get(name) is not None:
                data[name] = edge.get(name)
        if edge.get("id"):
            data["id"] = edge.get("id")         # names the edge in notes and refusals
        dynamic |= any(edge.get(name) is not None for name in _DYNAMIC)
        kind = edge.get("type", default_type)
        if kind in ("undirected", "mutual"):
            data[UNDIRECTED] = True
        graph.add_edge(source, target, **data)
    _spec_default_weights(graph)
    if dynamic:
        graph.graph["gexf_dynamic"] = True
    return graph


def _spec_default_weights(graph: nx.MultiDiGraph) -> None:
    """GEXF's default weight is 1.0, so in a weighted file an edge without a weight has
    weight 1 (Gephi omits it). A file with no weight at all is an unweighted graph, and
    gets the unweighted convention of every table import (see the help on spreadsheets)."""
    weights = [data for *_ends, data in graph.edges(data=True)]
    if any("weight" in data for data in weights):
        for data in weights:
            data.setdefault("weight", "1")


def dynamic_note(graph: nx.Graph) -> list[Problem]:
    """The note for a dynamic GEXF graph, whose time intervals are not kept."""
    if not graph.graph.get("gexf_dynamic"):
        return []
    return [Problem("", translate("gexf", "the GEXF file is dynamic: its time intervals are "
                                          "not kept, and every node and edge it lists was "
                                          "read"))]


def _add_nodes(graph: nx.MultiDiGraph, nodes, declared: dict, groups: set[str],
               parent_label: str) -> bool:
    """Add ``<node>`` children (and nodes nested in them); True if any is dynamic."""
    dynamic = False
    for number, node in enumerate(_children(nodes, "node"), 1):
        node_id = node.get("id")
        if node_id is None or not node_id.strip():
            where = (translate("gexf", "<node> element {number} in {parent!r}").format(
                         number=number, parent=parent_label) if parent_label
                     else element_number("node", number))
            label = (node.get("label") or "").strip()
            raise LoadError(Problem(where + (f" ({label[:40]})" if label else ""),
                                    translate("gexf", "has no id")))
        if node_id in graph:
            raise LoadError(Problem(located("node", node_name(node_id)),
                                    translate("gexf", "is listed twice")))
        data = _values(node, declared)
        label = node.get("label")
        if label is not None:
            data["label"] = label
        position = _first(node, "position")
        if position is not None:
            data["x"], data["y"] = position.get("x"), position.get("y")
        if parent_label:
            data[GROUP] = parent_label
        dynamic |= any(node.get(name) is not None for name in _DYNAMIC)
        graph.add_node(node_id, **{k: val for k, val in data.items() if val is not None})
        inner = _first(node, "nodes")
        if inner is not None:
            groups.add(node_id)
            dynamic |= _add_nodes(graph, inner, declared, groups, (label or node_id).strip())
    return dynamic


def _declared_attributes(graph_element) -> dict[str, dict[str, tuple[str, str | None]]]:
    """Per class (node, edge): attribute id -> (title, default value)."""
    declared: dict[str, dict[str, tuple[str, str | None]]] = {"node": {}, "edge": {}}
    for block in _children(graph_element, "attributes"):
        owner = declared.setdefault(block.get("class", "node"), {})
        for attribute in _children(block, "attribute"):
            attribute_id = attribute.get("id", "")
            default = _first(attribute, "default")
            owner[attribute_id] = (attribute.get("title") or attribute_id,
                                   None if default is None else default.text)
    return declared


def _values(element, declared: dict[str, tuple[str, str | None]]) -> dict:
    """An element's attribute values by title, the declared defaults filling the gaps."""
    data = {title: default for title, default in declared.values() if default is not None}
    holder = _first(element, "attvalues")
    for value in _children(holder, "attvalue") if holder is not None else []:
        key = value.get("for") or value.get("id") or ""
        title = declared.get(key, (key, None))[0]
        data[title] = value.get("value")
    return data


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element, name: str):
    return [child for child in element if _local(child.tag) == name]


def _first(element, name: str):
    return next((child for child in element if _local(child.tag) == name), None)
