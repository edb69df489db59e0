"""Node-link JSON in: the graph format of networkx's ``json_graph`` and of D3's force
layouts.

networkx writes a graph with ``node_link_data`` as ``{"directed": ..., "multigraph": ...,
"graph": {...}, "nodes": [{"id": ..., ...}], "links": [{"source": ..., "target": ...,
...}]}`` (``"edges"`` in place of ``"links"`` when asked); a link names its nodes by id.
D3's force layouts (and the files written for them, networkx's own example among them)
leave the ids out: ``{"nodes": [{"name": ...}], "links": [{"source": 0, "target": 3,
"value": 2}]}``, where a link names its nodes by their place in the list, from 0.

The graph becomes a graph that :func:`~windtunnel.io.graphml.graph_to_model` reads by the
rules every graph import follows: a node's ``label`` or ``name`` becomes its label,
``x`` and ``y`` its position, a link's ``weight`` or ``value`` its weight, the graph's
``name`` its title, other fields are noted as not read. A graph that does not say it is
directed is undirected, as networkx reads it, and its links follow the ``undirected``
choice, as GraphML's undirected edges do. networkx reads any true value of ``"directed"``
as directed (``1``, ``"yes"``, ``"true"``), and so does Windtunnel; a value that is neither
clearly true nor clearly false (``"maybe"``, ``2``, a list) is refused, naming it. A link naming a node the file does not list is
refused at that link.
"""

from __future__ import annotations

import json
import re

import networkx as nx

from ..errors import LoadError, Problem
from ..language import translate
from . import values as v
from .graphml import graph_to_model
from .graphology import attribute_cells
from .graphml_xml import UNDIRECTED
from .importing import Imported, ImportOptions
from .jsontext import json_text, parsed_json
from .naming import short_name

__all__ = ["looks_like_node_link", "node_link_to_model"]

#: The graph's own fields the model takes (its title and description).
_GRAPH_FIELDS = {"name", "title", "description"}


#: A file that opens with its list of edges or links (sigma.js's first JSON format writes
#: ``{"edges": [...], "nodes": [...]}``, the nodes past the start of a large file).
_EDGES_FIRST = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"(?:edges|links)"\s*:\s*\[\s*\{')


def looks_like_node_link(head: bytes) -> bool:
    """Whether the start of a .json file may be node-link JSON: a list of ``"nodes"`` (the
    links may come after the start, as D3's files put them after every node), or a list of
    edges naming their ``"source"`` first (the nodes after them)."""
    return b'"nodes"' in head or (_EDGES_FIRST.match(head) is not None
                                  and b'"source"' in head)


def node_link_to_model(data: bytes, *, title: str = "node-link graph",
                       options: ImportOptions | None = None) -> Imported:
    """A model from the bytes of node-link JSON; LoadError for anything else."""
    raw = parsed_json(json_text(data), decoded=True)
    links = _links_key(raw)
    nodes = raw["nodes"]
    by_place = not any(isinstance(node, dict) and "id" in node for node in nodes)
    graph = nx.MultiDiGraph()
    fields = raw.get("graph") if isinstance(raw.get("graph"), dict) else {}
    graph.graph.update({k: val for k, val in fields.items() if k in _GRAPH_FIELDS})
    for index, node in enumerate(nodes):
        key, attributes = _node(node, index, by_place)
        if key in graph:
            raise LoadError(Problem(_at("nodes", index), translate(
                "nodelink", "has the id {key!r} of an earlier node; each node needs an id of "
                            "its own").format(key=short_name(key))))
        graph.add_nodes_from([(key, attributes)])
    undirected = not _directed(raw.get("directed"))
    for index, link in enumerate(raw[links]):
        ends, attributes = _link(link, index, links, graph, by_place)
        if undirected:
            attributes[UNDIRECTED] = True
        graph.add_edges_from([(*ends, attributes)])
    return graph_to_model(graph, title=title, options=options, format="nodelink")


#: The texts of ``"directed"`` read as true or as false (case and spaces aside).
_TRUE_TEXTS = {"true", "yes", "y", "t", "1"}
_FALSE_TEXTS = {"false", "no", "n", "f", "0", ""}


def _directed(value) -> bool:
    """Whether the graph's ``"directed"`` says it is directed: true, 1 and their texts
    ("true", "yes", "1") do, false, 0, null, absence and theirs do not, as networkx (which
    tests the value's truth) reads them; LoadError, naming the value, for anything else, which
    networkx would read as directed or not by accident of its type ("no" is a true string)."""
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE_TEXTS | _FALSE_TEXTS:
        return value.strip().lower() in _TRUE_TEXTS
    raise LoadError(Problem("directed", translate(
        "nodelink", "is {value}, which says neither that the graph is directed nor that it is "
                    "not: write true or false").format(
        value=json.dumps(value, ensure_ascii=False)[:60])))


def _links_key(raw) -> str:
    """The key of the file's list of links ("links", or "edges" as networkx can write it);
    LoadError for JSON that is not node-link JSON, naming what to write instead."""
    lists = [key for key in ("links", "edges") if isinstance(raw, dict) and key in raw]
    if not (isinstance(raw, dict) and isinstance(raw.get("nodes"), list)
            and all(isinstance(raw[key], list) for key in lists)):
        raise LoadError(Problem("", translate(
            "nodelink", "not node-link JSON: Windtunnel reads JSON with a list of \"nodes\" "
                        "and a list of \"links\" (each with its \"source\" and \"target\"), as "
                        "networkx's node_link_data and D3's force layouts write a graph")))
    if "adjacency" in raw:
        raise LoadError(Problem("", translate(
            "nodelink", "networkx's adjacency_data is not read: write the graph with "
                        "networkx's node_link_data (or as GraphML) and import that")))
    if not lists:
        raise LoadError(Problem("", translate(
            "nodelink", "has a list of \"nodes\" but no list of \"links\" (nor of "
                        "\"edges\"): a node-link file lists its links, even none, as "
                        "\"links\": []")))
    if len(lists) > 1:
        raise LoadError(Problem("", translate(
            "nodelink", "holds both a list of \"links\" and a list of \"edges\": keep the "
                        "one that holds the graph's links")))
    return lists[0]


def _node(node, index: int, by_place: bool) -> tuple[str, dict]:
    """A node's id (its place in the list, from 0, in a file without ids) and fields."""
    if not isinstance(node, dict):
        raise LoadError(Problem(_at("nodes", index), translate(
            "nodelink", "is not an object with the node's fields")))
    attributes = attribute_cells({k: val for k, val in node.items() if k != "id"})
    if by_place:
        return str(index), attributes
    key = node.get("id")
    if isinstance(key, bool) or not isinstance(key, (str, int, float)) or not str(key).strip():
        raise LoadError(Problem(_at("nodes", index), translate(
            "nodelink", "has no \"id\", where other nodes have theirs: links name nodes by "
                        "their ids")))
    return v.text(key).strip(), attributes


def _link(link, index: int, key: str, graph: nx.MultiDiGraph,
          by_place: bool) -> tuple[tuple[str, str], dict]:
    """A link's ends (nodes the file lists) and its fields (its key as ``id``)."""
    if not isinstance(link, dict):
        raise LoadError(Problem(_at(key, index), translate(     # graphology's words
            "graphology", "is not an object with a \"source\" and a \"target\"")))
    ends = []
    for end in ("source", "target"):
        name = link.get(end)
        if by_place:
            found = (str(name) if isinstance(name, int) and not isinstance(name, bool)
                     and 0 <= name < len(graph) else None)
            if found is None:
                raise LoadError(Problem(_at(key, index), translate(
                    "nodelink", "{end!r} is {value}, which is not the place of a node: the "
                                "file's nodes have no ids, so a link names a node by its place "
                                "in the list, 0 to {last}").format(
                    end=end, value=json.dumps(name, ensure_ascii=False)[:60],
                    last=len(graph) - 1)))
        else:
            found = v.text(name).strip() if isinstance(name, (str, int, float)) and not \
                isinstance(name, bool) else ""
            if found not in graph:
                raise LoadError(Problem(_at(key, index), translate(
                    "nodelink", "{end!r} is {value}, which is the id of no node of the "
                                "file").format(end=end, value=json.dumps(
                                    name, ensure_ascii=False)[:60])))
        ends.append(found)
    attributes = attribute_cells({k: val for k, val in link.items() if k not in ("source", "target",
                                                                          "key")})
    if link.get("key") is not None:
        attributes["id"] = v.text(link["key"])
    return (ends[0], ends[1]), attributes


def _at(key: str, index: int) -> str:
    """A node or a link by its JSON path (``nodes[3]``, ``links[0]``)."""
    return f"{key}[{index}]"
