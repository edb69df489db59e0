"""Independent parses of the real corpus's graph files (Mental Modeler, GraphML from yEd,
Gephi, Cytoscape and igraph, GEXF, graphology, networkx's node-link and Kumu's JSON), with
the standard library's XML and JSON readers and networkx: what a faithful import holds
(:class:`Expected`)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx


#: Mental Modeler's influence labels (its CMapConstants), for the independent parse.
MM_LABELS = {"H+": 1.0, "M+": 0.62, "L+": 0.25, "H-": -1.0, "M-": -0.62, "L-": -0.25}


class Expected:
    """What an independent reader finds in a file, in the importer's terms."""

    def __init__(self, labels, edges, positions=None, tolerance=1e-9):
        # a label is one line: each line break the file writes in one, with the blanks
        # around it, is a space
        self.labels = sorted(map(_one_line, labels))   # node labels, as a multiset
        self.edges = {(_one_line(a), _one_line(b)): weight   # (source, target) label ->
                      for (a, b), weight in edges.items()}  # weight or None
        self.positions = {_one_line(label): place                     # label -> (x, y)
                          for label, place in (positions or {}).items()}
        self.tolerance = tolerance


def _one_line(label: str) -> str:
    return re.sub(r"[ \t]*[\r\n\u2028\u2029]+[ \t\r\n\u2028\u2029]*", " ", label).strip(" \t")


def read_mm_xml(path: Path) -> Expected:
    root = ElementTree.parse(path).getroot()
    concepts = root.find("concepts").findall("concept")
    names = {c.findtext("id").strip(): (c.findtext("name") or "").strip() or
             f"Concept {c.findtext('id').strip()}" for c in concepts}
    edges, positions = {}, {}
    for concept in concepts:
        source = concept.findtext("id").strip()
        positions[names[source]] = (float(concept.findtext("x")), float(concept.findtext("y")))
        for rel in concept.findall("relationships/relationship"):
            target = rel.findtext("id").strip()
            if target == source or target not in names:
                continue
            raw = (rel.findtext("influence") or "").strip()
            weight = MM_LABELS.get(raw, 0.0 if raw in ("", "undefined") else None)
            edges[(names[source], names[target])] = float(raw) if weight is None else weight
    return Expected(sorted(names.values()), edges, positions)


def read_mm_json(path: Path) -> Expected:
    raw = json.loads(path.read_bytes().removeprefix(b"\xef\xbb\xbf"))  # UTF-8 or -16
    names = {str(c["id"]): c["name"].strip() or f"Concept {c['id']}" for c in raw["concepts"]}
    edges, positions = {}, {}
    for concept in raw["concepts"]:
        source = str(concept["id"])
        positions[names[source]] = (float(concept["x"]), float(concept["y"]))
        for rel in concept.get("relationships", []):
            target = str(rel["id"])
            if target == source or target not in names:
                continue
            value = str(rel.get("influence", "")).strip()
            edges[(names[source], names[target])] = MM_LABELS.get(
                value, 0.0 if value in ("", "undefined") else None) if (
                value in MM_LABELS or value in ("", "undefined")) else float(value)
    return Expected(sorted(names.values()), edges, positions)


def _graphml_by_hand(root) -> nx.MultiDiGraph:
    """For files networkx refuses (one key id used twice, a boolean written with spaces, a
    directed edge in an undirected graph): keys resolved by their domain (a key of another
    domain keeps its id as its name), an edge keyed by its id."""
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    names = {(k.get("id"), k.get("for")): k.get("attr.name") for k in root.iter(f"{ns}key")}
    graph = nx.MultiDiGraph()
    for node in root.iter(f"{ns}node"):
        graph.add_node(node.get("id"), **{names.get((d.get("key"), "node"), d.get("key")):
                                          d.text for d in node.findall(f"{ns}data")})
    for edge in root.iter(f"{ns}edge"):
        graph.add_edge(edge.get("source"), edge.get("target"), edge.get("id"),
                       **{names.get((d.get("key"), "edge"), d.get("key")): d.text
                          for d in edge.findall(f"{ns}data")})
    return graph


def _yed_live(root, graph) -> None:
    """yEd Live (yFiles for HTML) keeps a label in ``<y:Label.Text>`` or ``<y:Label
    Text="...">`` and a node's box in ``<y:RectD>``, and yEd a group's label and box in its
    active realizer and a UML, note or table node's in its own element, where networkx
    does not look: read them by hand. Labels written as
    HTML become the text they show."""
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    for domain in ("node", "edge"):
        for owner in root.iter(f"{ns}{domain}"):
            texts = [t.text.strip() if str(t.tag).endswith("}Label.Text") else t.get("Text")
                     for d in owner.findall(f"{ns}data") for t in d.iter()
                     if (str(t.tag).endswith("}Label.Text") and (t.text or "").strip())
                     or (str(t.tag).endswith("}Label") and t.get("Text"))]
            boxes = [(b.get("X"), b.get("Y")) for d in owner.findall(f"{ns}data")
                     for b in d.iter() if str(b.tag).endswith("}RectD")]
            shapes = [list(proxy.find(f"{{{YED}}}Realizers"))[int(proxy.find(
                f"{{{YED}}}Realizers").get("active", "0"))] for proxy in owner.findall(
                f"{ns}data/{{{YED}}}ProxyAutoBoundsNode")]
            shapes += [shape for kind in ("UMLClassNode", "UMLNoteNode", "TableNode")
                       for shape in owner.findall(f"{ns}data/{{{YED}}}{kind}")]
            for active in shapes:
                texts += [t.text.strip() for t in active.iter(f"{{{YED}}}NodeLabel")
                          if (t.text or "").strip()][:1]
                box = active.find(f"{{{YED}}}Geometry")
                if box is not None:            # a node written without its box has none
                    boxes.append((box.get("x"), box.get("y")))
            if domain == "node":
                data = graph.nodes[owner.get("id")]
                if texts:
                    data["label"] = _shown(texts[0])
                if boxes:
                    data["x"], data["y"] = boxes[0]
            elif texts:
                for key in graph[owner.get("source")][owner.get("target")]:
                    edge = graph[owner.get("source")][owner.get("target")][key]
                    if edge.get("id", key) == owner.get("id"):
                        edge["label"] = _shown(texts[0])
    for _n, data in graph.nodes(data=True):
        if data.get("label"):
            data["label"] = _shown(data["label"])


YED = "http://www.yworks.com/xml/graphml"


def _shown(text: str) -> str:
    """What a label written as HTML shows (a line per <br> and per block), by regular
    expressions, apart from the importer's parser; other labels as written."""
    if not re.search(r"</?(html|b|i|em|strong|br|p|h\d|small|font|span)\b", text, re.I):
        return text
    text = re.sub(r"\s+", " ", re.sub(r"(?is)<(head|script|style)\b.*?</\1>", "", text))
    text = re.sub(r"(?i)<br\s*/?>|</?(p|div|h\d|li|tr)\b[^>]*>", "\n", text)
    text = html.unescape(re.sub(r"<[^>]*>", "", text))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def read_graphml(path: Path) -> Expected:
    """networkx's reader (by hand where it refuses the file); yFiles 2's namespace read as
    GraphML's, as yEd reads it."""
    root = ElementTree.fromstring(path.read_bytes().replace(
        b'"http://graphml.graphdrawing.org/xmlns/graphml"',
        b'"http://graphml.graphdrawing.org/xmlns"'))
    if root.tag == "graphml":            # written without a namespace: GraphML's
        for element in root.iter():
            element.tag = "{http://graphml.graphdrawing.org/xmlns}" + element.tag
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    for node in root.iter(f"{ns}node"):     # networkx reads nested graphs only then
        if node.find(f"{ns}graph") is not None:
            node.set("yfiles.foldertype", "group")
    try:
        graph = nx.parse_graphml(ElementTree.tostring(root), force_multigraph=True)
    except (nx.NetworkXError, KeyError):
        # one key id used twice, or a boolean written with spaces around it
        graph = _graphml_by_hand(root)
    _yed_live(root, graph)
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    groups = {n.get("id") for n in root.iter(f"{ns}node") if n.find(f"{ns}graph") is not None}
    linked = {n for u, w in graph.edges() for n in (u, w)}
    # a node's "name" labels it where it has no "label" (TinkerPop's property graphs)
    labels = {n: str(d.get("label") or d.get("name") or n) for n, d in graph.nodes(data=True)
              if not (n in groups and n not in linked)}
    undirected = {g.get("edgedefault", "undirected") for g in root.iter(f"{ns}graph")} == {
        "undirected"}
    # an edge may say its own direction against the graph's default (a mixed graph)
    own = {e.get("id"): (e.get("source"), e.get("target")) for e in root.iter(f"{ns}edge")
           if e.get("directed") in ("true", "false")}
    directed_alone = {i for i, e in ((e.get("id"), e) for e in root.iter(f"{ns}edge"))
                      if e.get("directed") == "true"}
    edges: dict = {}
    for u, w, key, data in graph.edges(keys=True, data=True):
        name = data.get("id", key)
        if u == w:
            continue
        if name in own:
            u, w = own[name]
        raw = data.get("weight", data.get("label"))
        try:
            weight = MM_LABELS.get(raw, None) if raw in MM_LABELS else float(raw)
        except (TypeError, ValueError):
            weight = None
        pairs = [(u, w), (w, u)] if undirected and name not in directed_alone else [(u, w)]
        for a, b in pairs:
            key = (labels[a], labels[b])
            if key in edges and weight is not None and edges[key] is not None:
                edges[key] += weight
            else:
                edges[key] = edges.get(key) if weight is None else weight
    positions = {labels[n]: (float(d["x"]), float(d["y"])) for n, d in graph.nodes(data=True)
                 if n in labels and "x" in d and "y" in d}
    return Expected(sorted(labels.values()), edges, positions)


def _gexf_by_hand(root) -> nx.MultiDiGraph:
    """For files networkx refuses (GEXF 1.3's namespace, a mixed graph, an attribute no
    <attributes> declares, list types; GEXF 1.0, whose types networkx does not know): nodes
    and edges from the XML, an undirected edge (by its type or the graph's default; GEXF
    1.0's directed type is "dir") both ways."""
    graph = root.find("{*}graph")
    default = graph.get("defaultedgetype", "undirected")
    out = nx.MultiDiGraph()
    for node in graph.findall(".//{*}node"):
        out.add_node(node.get("id"), **({"label": node.get("label")} if node.get("label")
                                       else {}))
    for edge in graph.findall(".//{*}edge"):
        data = {"weight": edge.get("weight")} if edge.get("weight") else {}
        ends = [(edge.get("source"), edge.get("target"))]
        if edge.get("type", default) not in ("directed", "dir"):
            ends.append(ends[0][::-1])
        for u, w in ends:
            out.add_edge(u, w, **data)
    return out


def read_gexf(path: Path) -> Expected:
    """networkx's GEXF reader, for the graph (by hand where networkx refuses the file);
    positions from the raw XML where networkx misses them (it needs the viz namespace of
    the file's version, which Gephi miswrites). A self-loop is no edge; parallel edges
    (an undirected edge beside a directed one) add their weights."""
    root = ElementTree.parse(path).getroot()
    try:
        if root.get("version") == "1.0":
            raise nx.NetworkXError("GEXF 1.0")
        graph = nx.read_gexf(path)
    # ValueError: Gephi's typed "null"; TypeError: a spell open at its start (no start)
    except (nx.NetworkXError, KeyError, ValueError, TypeError):
        graph = _gexf_by_hand(root)
    labels = {n: str(d.get("label") or n) for n, d in graph.nodes(data=True)}
    weighted = any("weight" in d for *_e, d in graph.edges(data=True))
    edges: dict = {}
    for u, w, data in graph.edges(data=True):
        weight = float(data.get("weight", 1.0)) if weighted else None
        pairs = [(u, w)] if graph.is_directed() else [(u, w), (w, u)]
        for a, b in pairs:
            key = (labels[a], labels[b])
            if a != b:          # parallel edges add their weights, as Gephi merges them
                edges[key] = weight + edges[key] if edges.get(key) is not None else weight
    positions = {}
    for node in ElementTree.parse(path).getroot().iter("{*}node"):
        position = node.find("{*}position")
        if position is not None:
            positions[labels[node.get("id")]] = (float(position.get("x")),
                                                 float(position.get("y")))
    return Expected(sorted(labels.values()), edges, positions)


def read_graphology_json(path: Path) -> Expected:
    """graphology's export: nodes by key (labelled by their label attribute, else the key),
    edges from source to target (both ways when undirected; a self-loop is no edge),
    weighted by their weight (1 where a weighted graph's edge has none)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    label = {str(n["key"]): str(n.get("attributes", {}).get("label", n["key"]))
             for n in raw["nodes"]}
    undirected = raw.get("options", {}).get("type") == "undirected"
    # graphology's default weight is 1: an edge without one in a weighted graph weighs 1
    weighted = any("weight" in edge.get("attributes", {}) for edge in raw["edges"])
    edges = {}
    for edge in raw["edges"]:
        ends = (label[str(edge["source"])], label[str(edge["target"])])
        weight = edge.get("attributes", {}).get("weight", 1.0 if weighted else None)
        if ends[0] == ends[1]:
            continue                                   # a self-loop is no edge
        edges[ends] = weight
        if undirected or edge.get("undirected"):
            edges[ends[::-1]] = weight
    return Expected(sorted(label.values()), edges)


def read_node_link(path: Path) -> Expected:
    """Node-link JSON: networkx's (nodes by "id", "links" or "edges") by networkx's own
    reader; D3's (no ids: a link names nodes by their place in the list) by hand. A node is
    labelled by its label, else its name, else its id; a graph that does not say it is
    directed is undirected (an edge each way); "value" is D3's weight."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    if any("id" in node for node in raw["nodes"]):
        graph = nx.node_link_graph(raw, edges="edges" if "edges" in raw else "links")
    else:
        graph = nx.Graph() if not raw.get("directed") else nx.DiGraph()
        graph.add_nodes_from((i, node) for i, node in enumerate(raw["nodes"]))
        graph.add_edges_from((link["source"], link["target"], link) for link in raw["links"])
    labels = {n: str(d.get("label") or d.get("name") or n) for n, d in graph.nodes(data=True)}
    edges: dict = {}
    for u, w, data in graph.edges(data=True):
        weight = data.get("weight", data.get("value"))
        for a, b in [(u, w)] + ([] if graph.is_directed() else [(w, u)]):
            if a != b:
                edges[(labels[a], labels[b])] = weight
    positions = {labels[n]: (d["x"], d["y"]) for n, d in graph.nodes(data=True) if "x" in d}
    return Expected(sorted(labels.values()), edges, positions)


def read_kumu_json(path: Path) -> Expected:
    """A Kumu blueprint: a connection names an element by id or label (a name no element
    has is a node of its own); undirected and mutual connections work both ways."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    names, labels = {}, []
    for element in raw["elements"]:
        label = element.get("label") or element.get("attributes", {}).get("label")
        labels.append(label)
        for key in (element.get("id"), element.get("_id"), label):
            if key:
                names.setdefault(key, label)
    edges = {}
    for connection in raw["connections"]:
        ends = []
        for end in (connection["from"], connection["to"]):
            if end not in names:
                names[end] = end
                labels.append(end)
            ends.append(names[end])
        edges[tuple(ends)] = None
        if connection.get("direction") in ("undirected", "mutual"):
            edges[tuple(ends[::-1])] = None
    return Expected(sorted(labels), edges)
