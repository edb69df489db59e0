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

Read: node ids and labels, declared attributes (by their title, with their defaults;
their values inside ``<attvalues>``, or straight inside the element as GEXF 1.0 writes them),
``viz:position`` as the node's position, edge weights (1 where a weighted file omits
one, as the GEXF schema says), labels and attributes, the edge
type (``directed``, ``undirected``, ``mutual``, in any case, and GEXF 1.0's ``dir``,
``simple``/``sim`` for undirected and ``double``/``dou`` for mutual, as Gephi and
Cytoscape read them; any other type is refused at its edge, never read as directed),
nested nodes (their parent's label becomes
their group, as for yEd groups), and GEXF 1.1-1.2's flat form of the same hierarchy, a
node's ``pid`` naming its parent (the parent's label becomes the group; a ``pid`` naming
no node is the group's name as written). A node an edge names but ``<nodes>`` does not list is
added, with a note naming it, as Gephi's own import does and as the GraphML import does.

Not kept: colours and sizes, GEXF 1.2's ``<parents>`` (a node's links to one or more
parents, a hierarchy that may be no tree: :func:`parents_note` names the nodes that had
them), and time. A map has no time line, so a dynamic graph is read
whole, every node and edge as if it always existed, and the notes say what was dropped:
how many nodes and edges had times of their own (``start``/``end``, ``timestamp(s)``,
``<spells>``). An attribute that changes over time (a value given for several times) keeps
the value in effect at the end, as :mod:`windtunnel.io.dynamic_values` reads Gephi's
tables; :func:`changing_attributes` names them, so that the note on them names only those
the map reads (an ignored one is named once, as ignored).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import networkx as nx

from ..errors import LoadError, Problem
from ..language import translate
from .dynamic_values import OPEN_END, time_key
from .graphml_xml import (GROUP, GROUP_NODES, IMPLICIT_NODES, UNDIRECTED, edge_place,
                          element_number)
from .naming import bounded, node_name, short_name
from .tables import located
from .xmlsafe import parse_xml

__all__ = ["parse_gexf", "looks_like_gexf", "dynamic_note", "parents_note",
           "changing_attributes", "default_weights"]

#: Where the reader leaves its :class:`_Dynamics` for :func:`dynamic_note`.
_DYNAMIC = "__windtunnel_gexf_dynamics"
#: Where the reader lists the nodes whose ``<parents>`` it did not keep, as notes name them.
_PARENTS = "__windtunnel_gexf_parents"
#: Where a node keeps its ``pid`` (its parent's id) until every node is read.
_PID = "__windtunnel_gexf_pid"
#: Whether an edge of each GEXF type is undirected (an undirected or a mutual edge follows
#: the import's ``undirected`` choice), by the type's name in lower case: GEXF 1.1-1.3's
#: three, and GEXF 1.0's words (``sim`` and ``dou`` were read as directed, the meaning of
#: an undirected edge changed without a word).
_EDGE_TYPES = {"directed": False, "dir": False, "undirected": True, "simple": True,
               "sim": True, "mutual": True, "double": True, "dou": True}
#: The attributes by which GEXF 1.1-1.3 give a node, an edge or a value the times it holds.
_TIMES = ("start", "end", "startopen", "endopen", "timestamp", "timestamps", "spells")


@dataclass
class _Dynamics:
    """What a dynamic GEXF file says about time, none of which a map keeps: the nodes and
    edges with times of their own, and the attributes whose value changes over time
    (("node" or "edge", title), in the order the file gives them)."""

    nodes: int = 0
    edges: int = 0
    changing: dict[tuple[str, str], None] = field(default_factory=dict)

    def timed(self, element) -> bool:
        """Whether an element has times of its own: attributes, or ``<spells>``."""
        return (any(element.get(name) is not None for name in _TIMES)
                or _first(element, "spells") is not None)


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
    dynamics = _Dynamics()
    groups: set[str] = set()
    nodes = _first(graph_element, "nodes")
    if nodes is not None:
        _add_nodes(graph, nodes, declared["node"], groups, dynamics, parent_label="")
        _pid_groups(graph, groups)
    graph.graph[GROUP_NODES] = groups
    default_undirected = _undirected(graph_element.get("defaultedgetype"), True,
                                     translate("gexf", "the <graph>'s defaultedgetype"))
    implicit: dict[str, None] = {}      # nodes only edges name, in the order they name them
    edges = _first(graph_element, "edges")
    for number, edge in enumerate(_children(edges, "edge") if edges is not None else [], 1):
        source, target = edge.get("source"), edge.get("target")
        where = located("edge", edge_place(source or "?", target or "?", edge.get("id")))
        if not (source or "").strip() or not (target or "").strip():
            raise LoadError(Problem(where if edge.get("id") else element_number("edge", number),
                                    translate("gexf", "has no source or no target")))
        implicit.update((end, None) for end in (source, target) if end not in graph)
        data = _values(edge, declared["edge"], dynamics, "edge")
        for name in ("weight", "label"):
            _own_attribute(data, name, edge.get(name))
        if edge.get("id"):
            data["id"] = edge.get("id")         # names the edge in notes and refusals
        dynamics.edges += dynamics.timed(edge)
        if _undirected(edge.get("type"), default_undirected, where if edge.get("id") else
                       element_number("edge", number)):
            data[UNDIRECTED] = True
        # attributes as a dict (here and for nodes): an attribute may be titled as
        # networkx's own arguments (key, u_for_edge) and stays an attribute
        graph.add_edges_from([(source, target, data)])
    graph.graph[IMPLICIT_NODES] = list(implicit)
    default_weights(graph)
    graph.graph[_DYNAMIC] = dynamics
    return graph


def _undirected(kind: str | None, default: bool, where: str) -> bool:
    """Whether an edge type (or a graph's default type) means an undirected edge: ``default``
    for none; LoadError at ``where`` for a type GEXF does not have."""
    if kind is None or not kind.strip():
        return default
    try:
        return _EDGE_TYPES[kind.strip().lower()]
    except KeyError:
        raise LoadError(Problem(where, translate(
            "gexf", "type {kind!r} is not a GEXF edge type (directed, undirected or "
                    "mutual)").format(kind=short_name(kind)))) from None


def default_weights(graph: nx.MultiDiGraph) -> None:
    """GEXF's default weight is 1.0, and so is graphology's (sigma.js's): in a weighted
    file an edge without a weight has weight 1 (Gephi omits it, and graphology's exports
    of Gephi's files with it). A file with no weight at all is an unweighted graph, and
    gets the unweighted convention of every table import (see the help on spreadsheets)."""
    weights = [data for *_ends, data in graph.edges(data=True)]
    if any("weight" in data for data in weights):
        for data in weights:
            data.setdefault("weight", "1")


def dynamic_note(graph: nx.Graph) -> list[Problem]:
    """The note on a dynamic GEXF graph's nodes and edges that have times of their own,
    which the map does not keep (a map has no time line); none for a static graph. Its
    changing attributes are noted where the attributes are read (``Table.changing``)."""
    dynamics = graph.graph.get(_DYNAMIC) or _Dynamics()
    if not (dynamics.nodes or dynamics.edges):
        return []
    if dynamics.nodes and dynamics.edges:
        text = translate("gexf", "the GEXF file gives {nodes} of its nodes and {edges} of its "
                                 "edges the times when they exist (spells, start and end); "
                                 "those times were not kept: a map has no time line, so "
                                 "every node and edge was read as if it always existed")
    elif dynamics.nodes:       # no count of zero said ("and 0 of its edges")
        text = translate("gexf", "the GEXF file gives {nodes} of its nodes the times when "
                                 "they exist (spells, start and end); those times were not "
                                 "kept: a map has no time line, so every node was read as if "
                                 "it always existed")
    else:
        text = translate("gexf", "the GEXF file gives {edges} of its edges the times when "
                                 "they exist (spells, start and end); those times were not "
                                 "kept: a map has no time line, so every edge was read as if "
                                 "it always existed")
    return [Problem("", text.format(nodes=dynamics.nodes, edges=dynamics.edges))]


def parents_note(graph: nx.Graph) -> list[Problem]:
    """The note on the nodes whose ``<parents>`` (GEXF 1.2's parent links) were not kept,
    counted and the first few named; none when no node had any. A map's group comes from
    a node nested in another or its ``pid`` alone: a node may have several parents, and a
    group is one."""
    named = graph.graph.get(_PARENTS, [])
    if not named:
        return []
    return [Problem("", translate("gexf", "the parent links of {count:,} node{s} (GEXF 1.2's "
                                          "<parents>) were not kept: {nodes}; a node's group "
                                          "comes only from the node it is nested in, or from "
                                          "its pid").format(
        count=len(named), s="s" if len(named) != 1 else "", nodes=bounded(named, 5)))]


def changing_attributes(graph: nx.Graph, kind: str) -> frozenset[str]:
    """The titles of the ``kind`` ("node" or "edge") attributes whose value changes over
    time in a dynamic GEXF graph (none for another graph)."""
    dynamics = graph.graph.get(_DYNAMIC) or _Dynamics()
    return frozenset(title for owner, title in dynamics.changing if owner == kind)


def _add_nodes(graph: nx.MultiDiGraph, nodes, declared: dict, groups: set[str],
               dynamics: _Dynamics, parent_label: str) -> None:
    """Add ``<node>`` children (and nodes nested in them), counting those with times."""
    for number, node in enumerate(_children(nodes, "node"), 1):
        node_id = node.get("id")
        if node_id is None or not node_id.strip():
            where = (translate("gexf", "<node> element {number} in {parent!r}").format(
                         number=number, parent=parent_label) if parent_label
                     else element_number("node", number))
            label = (node.get("label") or "").strip()
            if label:
                where = translate("gexf", "{place}, labelled {label!r}").format(
                    place=where, label=short_name(label))
            raise LoadError(Problem(where,
                                    translate("gexf", "has no id")))
        if node_id in graph:
            raise LoadError(Problem(located("node", node_name(node_id)),
                                    translate("gexf", "is listed twice")))
        data = _values(node, declared, dynamics, "node")
        label = node.get("label")
        _own_attribute(data, "label", label)
        position = _first(node, "position")
        if position is not None:
            data["x"], data["y"] = position.get("x"), position.get("y")
        if parent_label:
            data[GROUP] = parent_label
        elif (node.get("pid") or "").strip():
            data[_PID] = node.get("pid").strip()
        dynamics.nodes += dynamics.timed(node)
        parents = _first(node, "parents")
        if parents is not None and _children(parents, "parent"):
            graph.graph.setdefault(_PARENTS, []).append(
                node_name(node_id, (label or "").strip()))
        graph.add_nodes_from([(node_id, {k: val for k, val in data.items() if val is not None})])
        inner = _first(node, "nodes")
        if inner is not None:
            groups.add(node_id)
            _add_nodes(graph, inner, declared, groups, dynamics, (label or node_id).strip())


def _pid_groups(graph: nx.MultiDiGraph, groups: set[str]) -> None:
    """Each node's ``pid`` as its group: the label of the node it names (which then holds
    other nodes, as a nested node's parent does), or the ``pid`` itself when it names no
    node. A cycle of parents is harmless: a node's group is its parent's name alone."""
    for _node, data in graph.nodes(data=True):
        pid = data.pop(_PID, None)
        if pid is None:
            continue
        if pid in graph:
            groups.add(pid)
            data[GROUP] = (graph.nodes[pid].get("label") or pid).strip() or pid
        else:
            data[GROUP] = pid


#: The attribute types whose values are not text: a value ``null`` in one of them is
#: Gephi's word for no value (its export's "include null attribute values").
_TYPED = {"integer", "long", "float", "double", "boolean", "bigdecimal", "biginteger",
          "byte", "short"}


def _declared_attributes(graph_element) -> dict[str, dict[str, tuple[str, str | None, bool]]]:
    """Per class (node, edge): attribute id -> (title, default value, whether its type
    is not text)."""
    declared: dict[str, dict[str, tuple[str, str | None, bool]]] = {"node": {}, "edge": {}}
    for block in _children(graph_element, "attributes"):
        owner = declared.setdefault(block.get("class", "node"), {})
        for attribute in _children(block, "attribute"):
            attribute_id = attribute.get("id", "")
            default = _first(attribute, "default")
            owner[attribute_id] = (attribute.get("title") or attribute_id,
                                   None if default is None else default.text,
                                   (attribute.get("type") or "").lower() in _TYPED)
    return declared


def _values(element, declared: dict[str, tuple[str, str | None, bool]], dynamics: _Dynamics,
            kind: str) -> dict:
    """An element's attribute values by title, the declared defaults filling the gaps; of
    a value given for several times (a dynamic attribute), the one in effect at the end
    (:func:`_time`; of values for one time, the last the file lists), the attribute's
    title going into ``dynamics``. A typed attribute's ``null`` is no value, as Gephi
    writes one."""
    data = {title: default for title, default, _typed in declared.values()
            if default is not None}
    holder = _first(element, "attvalues")
    listed = _children(holder, "attvalue") if holder is not None else []
    times = {}
    # GEXF 1.0 writes the values straight inside the element, without <attvalues>
    for value in listed + _children(element, "attvalue"):
        key = value.get("for") or value.get("id") or ""
        title, _default, typed = declared.get(key, (key, None, False))
        if typed and (value.get("value") or "").strip().lower() == "null":
            continue
        if title in times or dynamics.timed(value):
            dynamics.changing[(kind, title)] = None
        time = _time(value)
        if title not in times or time >= times[title]:
            times[title] = time
            data[title] = value.get("value")
    return data


def _time(value) -> tuple:
    """Until when an ``<attvalue>`` holds: its end, its (latest) timestamp, or the end of
    time for a value with a start and no end, or with no times at all."""
    end = value.get("end") or value.get("endopen")
    if end is not None:
        return time_key(end)
    if value.get("start") is not None or value.get("startopen") is not None:
        return OPEN_END
    stamps = value.get("timestamps") or value.get("timestamp")
    if stamps is not None:
        stamps = [s for s in re.split(r"[<>\[\]();,\s]+", stamps) if s]
        return max(map(time_key, stamps)) if stamps else OPEN_END
    return OPEN_END


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _own_attribute(data: dict, name: str, value: str | None) -> None:
    """Set GEXF's own ``label`` or ``weight`` (an XML attribute of the node or edge) in
    ``data``; a declared attribute of that title beside it (an ``<attvalue>``) is kept
    as ``NAME (attvalue)``, so that where the two differ the import's note says which
    the map shows (:mod:`.rival_columns`); it was overwritten without a word, a weight
    of -0.9 read as the XML attribute's 0.5."""
    if value is None:
        return
    if name in data:
        data[f"{name} (attvalue)"] = data.pop(name)
    data[name] = value


def _children(element, name: str):
    return [child for child in element if _local(child.tag) == name]


def _first(element, name: str):
    return next((child for child in element if _local(child.tag) == name), None)
