"""The real-file corpus: files other tools wrote, imported, checked against an independent
parse (the standard library's XML and JSON readers, networkx, pandas), run, and written
to a results workbook. tests/data/real/PROVENANCE says where each file comes from.

The independent parse decides what a faithful import holds: how many nodes and edges,
their labels, the weights (up to the one rescaling factor the note names) and signs, and
the positions; the importer is never asked what it thinks it read.
"""

from __future__ import annotations

import html
import io
import json
import math
import re
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import numpy as np
import openpyxl
import pandas as pd
import pytest

from windtunnel.engine import run
from windtunnel.errors import LoadError
from windtunnel.io import import_model, results_workbook_bytes
from windtunnel.io.ratings import TERMS

REAL = Path(__file__).parents[1] / "data" / "real"
LOOKALIKE = REAL / "lookalike"
PROVENANCE = (REAL / "PROVENANCE").read_text(encoding="utf-8")
#: How Cytoscape's own formats are refused.
CYTOSCAPE = ("{name} files are not read: in Cytoscape, export the network as GraphML (File > "
             "Export > Network to File) and import that")
#: Real files that are refused, and the reason the message must give.
REFUSED = {
    "gephi_adj_list.csv": "an adjacency list is not read",
    "gephi_meta.gexf": "the GEXF file has no <graph>",
    "graphology_pedantic.gexf": "holds no nodes",
    # fcm-evolve's Mathematica specs: (source, target, weight) tuples with no header row,
    # and a list of concepts (number, code, name) with none
    "fcmevolve_clot-fcm.csv": "row 1: holds numbers, not column names ('(1', '1', '1)'): the "
                              "table starts with its data; add a first row naming its columns "
                              "(From, To and Weight for a list of edges",
    "fcmevolve_apthd-fcm.csv": "row 1: holds numbers, not column names ('(1', '2', '1)')",
    "fcmevolve_trap-verts.csv": "row 1: has neither an ID nor a Label column",
    "gephi_label.gml": "GML files are not read: save the graph as GraphML or GEXF",
    "gephi_basic.dot": "Graphviz DOT files are not read: save the graph as GraphML or GEXF",
    "cytoscape_yed_arrows.gml": "GML files are not read",
    "cytoscape_simple.xgmml": CYTOSCAPE.format(name="XGMML"),
    "cytoscape_simple_3.3.xgmml": CYTOSCAPE.format(name="XGMML"),
    "cytoscape_group_2x_expanded.xgmml": CYTOSCAPE.format(name="XGMML"),
    "cytoscape_listAtt.xgmml": CYTOSCAPE.format(name="XGMML"),
    "cytoscape_SIF-Japanese.sif": CYTOSCAPE.format(name="SIF"),
    "cytoscape_typical.sif": CYTOSCAPE.format(name="SIF"),
    "cytoscape_test_session1.cys": CYTOSCAPE.format(name="Cytoscape session"),
    "cytoscape_IL6Shubs_Cor_Signif.txt": "row 1: has neither an ID nor a Label column",
    "graphology_sanitized.gexf": "holds no nodes",
    "cytoscapejs_edge_types_data.json": CYTOSCAPE.format(name="Cytoscape.js JSON"),
    "ecomodeler_test.emp": "EcoModeler files (.emp) are not read",
    # graphology's and TinkerPop's tests of a reader's tolerance: values of keys no <key>
    # declares (graphology reads them by the key's id, TinkerPop's reader is told to)
    "graphology_miserables_broken.graphml": "node '11', attribute 'label': no <key> element "
                                            "declares 'label'",
    "tinkerpop_graph-types.xml": "node '1', attribute 'label': no <key> element declares "
                                 "'label', so what the value is cannot be told: declare the "
                                 "key or remove the value",
    # MToolR's export: every participant's edges in one list, read by the participants'
    # import (tests/io/test_io_participants.py)
    "mtoolr_example_export.csv": "column User_ID: the edges of 56 participants in one list "
                                 "(this column names each row's participant): import it with "
                                 "Import Participants' Maps (windtunnel aggregate)",
}
REAL_FILES = sorted(p for p in REAL.iterdir() if p.is_file() and p.name != "PROVENANCE")
IMPORTED = [p for p in REAL_FILES if p.name not in REFUSED]
LOOKALIKES = sorted(LOOKALIKE.iterdir())
#: Mental Modeler's influence labels (its CMapConstants), for the independent parse.
MM_LABELS = {"H+": 1.0, "M+": 0.62, "L+": 0.25, "H-": -1.0, "M-": -0.62, "L-": -0.25}


def test_the_corpus_holds_forty_real_files_each_with_its_provenance():
    assert len(IMPORTED) >= 40
    for path in REAL_FILES:
        line = next((ln for ln in PROVENANCE.splitlines() if ln.startswith(path.name + " |")),
                    None)
        assert line is not None, f"{path.name} is not in PROVENANCE"
        _name, repository, _where, commit, licence = [p.strip() for p in line.split("|")]
        assert "/" in repository and re.fullmatch(r"[0-9a-f]{40}", commit) and licence
    for path in LOOKALIKES:
        assert f"lookalike/{path.name} |" in PROVENANCE


# -- independent parses ---------------------------------------------------------------------

class Expected:
    """What an independent reader finds in a file, in the importer's terms."""

    def __init__(self, labels, edges, positions=None, tolerance=1e-9):
        self.labels = labels              # node labels, as a multiset (sorted list)
        self.edges = edges                # (source label, target label) -> weight or None
        self.positions = positions or {}  # label -> (x, y)
        self.tolerance = tolerance


def _mm_xml(path: Path) -> Expected:
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


def _mm_json(path: Path) -> Expected:
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


def _graphml(path: Path) -> Expected:
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
    <attributes> declares, list types): nodes and edges from the XML, an undirected edge
    (by its type or the graph's default) both ways."""
    graph = root.find("{*}graph")
    default = graph.get("defaultedgetype", "undirected")
    out = nx.MultiDiGraph()
    for node in graph.findall(".//{*}node"):
        out.add_node(node.get("id"), **({"label": node.get("label")} if node.get("label")
                                       else {}))
    for edge in graph.findall(".//{*}edge"):
        data = {"weight": edge.get("weight")} if edge.get("weight") else {}
        ends = [(edge.get("source"), edge.get("target"))]
        if edge.get("type", default) != "directed":
            ends.append(ends[0][::-1])
        for u, w in ends:
            out.add_edge(u, w, **data)
    return out


def _gexf(path: Path) -> Expected:
    """networkx's GEXF reader, for the graph (by hand where networkx refuses the file);
    positions from the raw XML where networkx misses them (it needs the viz namespace of
    the file's version, which Gephi miswrites). A self-loop is no edge; parallel edges
    (an undirected edge beside a directed one) add their weights."""
    try:
        graph = nx.read_gexf(path)
    except (nx.NetworkXError, KeyError):
        graph = _gexf_by_hand(ElementTree.parse(path).getroot())
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


def _matrix(frame: pd.DataFrame) -> Expected:
    labels = [str(x).strip() for x in frame.index]
    edges = {}
    for source in frame.index:
        for target in frame.columns:
            if str(target).strip() not in labels or str(source).strip() == str(target).strip():
                continue
            value = frame.loc[source, target]
            text = str(value).strip()
            if text.startswith(("(", "[")):
                numbers = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", text)]
                weight = numbers[1] if len(numbers) == 3 else sum(numbers) / 2
            else:
                weight = float(value) if not pd.isna(value) else 0.0
            if weight:
                edges[(str(source).strip() or "(unnamed)",
                       str(target).strip() or "(unnamed)")] = weight
    return Expected(sorted(label or "(unnamed)" for label in labels), edges)


def _r_data_frames(path: Path) -> Expected:
    """fcmconfr's and fcmr's workbooks: each sheet an R data frame written without row
    names (labels across the top, a row per node in their order). Sheets lower, mode and
    upper are one map's triangular weights (the weights are the mode's), lower and upper
    its intervals (their midpoints); other sheets are participants' maps (their mean)."""
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl")
    for frame in sheets.values():
        frame.index = list(frame.columns)
    if "mode" in sheets:
        return _matrix(sheets["mode"].fillna(0))
    if set(sheets) == {"lower", "upper"}:
        return _matrix((sheets["lower"].fillna(0) + sheets["upper"].fillna(0)) / 2)
    frames = [frame.fillna(0) for frame in sheets.values()]
    return _matrix(sum(frames) / len(frames))


def _decoded(path: Path) -> str:
    """A text file as Excel and others write it: UTF-16 or UTF-8 (with or without a mark),
    else Windows-1252."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _csv_matrix(path: Path) -> Expected:
    text = _decoded(path)
    sep = ";" if text.count(";") > text.count(",") else ","
    frame = pd.read_csv(io.StringIO(text), sep=sep, index_col=0, keep_default_na=False,
                        dtype=str)
    if sep == ";":                                        # a decimal comma
        frame = frame.apply(lambda col: col.str.replace(",", "."))
    frame.index = [str(i) for i in frame.index]
    frame.columns = ["" if str(c).startswith("Unnamed") else str(c) for c in frame.columns]
    frame = frame.apply(lambda col: col.map(lambda x: x if str(x).strip().startswith(
        ("(", "[")) else float(x.replace("NA", "") or 0) if str(x).strip() not in (
        "true", "false") else x))          # R's NA: no influence
    return _matrix(frame)


def _participant_matrices(path: Path) -> Expected:
    sheets = pd.read_excel(path, sheet_name=None, index_col=0, engine="openpyxl")
    frames = [f.fillna(0) for f in sheets.values()]
    mean = sum(frames) / len(frames)
    return _matrix(mean)


def _edge_table(path: Path) -> Expected:
    """Gephi's edge table: repeated rows add their weights, an undirected row (its Type)
    is an edge each way, a self-loop is no edge (its node stays)."""
    text = _decoded(path)
    hint = text.startswith("sep=")                        # Excel's separator line
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=None,
                        engine="python", skiprows=1 if hint else 0)
    frame = frame[(frame["From" if "From" in frame else frame.columns[0]] != "")]
    frame.columns = [{"from": "source", "to": "target"}.get(c.lower(), c.lower())
                     for c in frame.columns]
    # a Type column of directions only says each edge's direction (else signs or categories)
    directions = set(frame["type"].str.lower()) if "type" in frame else set()
    both_ways = ("undirected", "mutual") if directions <= {"directed", "undirected", "mutual",
                                                           ""} else ()
    weights: dict = {}
    for _i, row in frame.iterrows():
        both = row.get("type", "").lower() in both_ways
        for key in [(row["source"], row["target"])] + ([(row["target"], row["source"])]
                                                       if both else []):
            weight = (_final_weight(row["weight"]) if row.get("weight", "") else None)
            weights[key] = ((weights.get(key) or 0) + weight if weight is not None
                            else weights.get(key))
    labels = sorted({n for key in weights for n in key})
    return Expected(labels, {(a, b): w for (a, b), w in weights.items() if a != b})


def _final_weight(cell: str) -> float:
    """A weight cell: a number (maybe with a decimal comma), or Gephi's dynamic weight
    ``<[start, end, weight]; ...>``, whose weight in effect at the end is the one of the
    interval that ends last."""
    if not cell.startswith("<"):
        return float(cell.replace(",", "."))
    intervals = [[float(x) for x in part.split(",")] for part in re.findall(r"\[([^]]*)]", cell)]
    return max(intervals, key=lambda interval: (interval[1], interval[0]))[2]


def _node_table(path: Path) -> Expected:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, skip_blank_lines=True)
    frame.columns = [c.lower() for c in frame.columns]          # Gephi writes Id, Label
    frame = frame[frame["id"].str.strip() != ""].drop_duplicates("id")
    label = "label" if "label" in frame.columns else "node_name"   # cognitivemapr's
    labels = [row[label].strip() or row["id"] for _i, row in frame.iterrows()]
    return Expected(sorted(labels), {})


def fcmpy_weight(shares: dict[str, float], implication: str = "mamdani") -> float:
    """FCMpy's default pipeline, written again with numpy's interpolation: each term's
    triangle is capped by (Mamdani) or scaled by (Larsen) its share, the results combined
    by their maximum, and the centroid taken."""
    universe = np.arange(-1, 1.001, 0.001)
    curves = []
    for term, share in shares.items():
        low, peak, high = TERMS[term]
        curve = np.interp(universe, [low - 1e-9, low, peak, high, high + 1e-9], [0, 0 if
                          low < peak else 1, 1, 0 if high > peak else 1, 0])
        curves.append(np.minimum(curve, share) if implication == "mamdani" else curve * share)
    combined = np.max(curves, axis=0)
    return float(np.sum(combined * universe) / np.sum(combined)) if combined.sum() else 0.0


def _ratings(sheets: dict[str, pd.DataFrame]) -> Expected:
    """Pairs and weights from each term's share of the experts."""
    totals: dict = {}
    concepts: set = set()
    for frame in sheets.values():
        frame.columns = [str(c).strip().lower() for c in frame.columns]
        for _i, row in frame.iterrows():
            source, target = str(row["from"]).strip(), str(row["to"]).strip()
            concepts.update((source, target))
            if source == target:
                continue
            shares = totals.setdefault((source, target), {})
            for term in [*TERMS, "vl", "l", "m", "h", "vh"]:   # unsigned: the cell's sign
                value = row.get(term)
                if value not in (None, "") and not pd.isna(value) and float(value):
                    signed = term if term in TERMS else "+-"[float(value) < 0] + term
                    shares[signed] = shares.get(signed, 0.0) + abs(float(value)) / len(sheets)
    edges = {k: round(fcmpy_weight(s), 4) for k, s in totals.items() if s}
    return Expected(sorted(concepts), {k: w for k, w in edges.items() if abs(w) >= 0.001},
                    tolerance=2e-3)


def _ratings_xlsx(path: Path) -> Expected:
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl")
    if all("From" not in frame.columns for frame in sheets.values()):
        return _ratings(_term_matrices(path))
    return _ratings(sheets)


def _term_matrices(path: Path) -> dict[str, pd.DataFrame]:
    """FCMpy's matrix form: one sheet per expert, concepts across the top and down the
    side, a term in each cell the expert rated (signed or not, "VH" being "+VH"; its first
    files typed each term between quotes)."""
    sheets = {}
    for name, frame in pd.read_excel(path, sheet_name=None, engine="openpyxl",
                                     index_col=0).items():
        frame = frame.dropna(how="all").dropna(axis=1, how="all")
        terms = {(source, target): cell.strip().strip('"') for source, row in frame.iterrows()
                 for target, cell in row.items() if isinstance(cell, str) and cell.strip()}
        rows = [{"from": source, "to": target,
                 (term if term[0] in "+-" else "+" + term).lower(): 1}
                for (source, target), term in terms.items()]
        sheets[name] = pd.DataFrame(rows)
    return sheets


def _ratings_csv(path: Path) -> Expected:
    """FCMpy's CSV form: "C1 -> C2 (-)" columns, one row per expert, unsigned terms."""
    frame = pd.read_csv(path, sep=";", dtype=str, keep_default_na=False)
    sheets = {}
    for i, (_index, row) in enumerate(frame.iterrows()):
        rows = []
        for column, cell in row.items():
            pair, sign = column.rsplit("(", 1)
            source, target = (x.strip() for x in pair.split("->"))
            if cell.strip() and cell.strip() not in ("no causality", "unsure"):
                rows.append({"from": source, "to": target, (sign[0] + cell.strip()).lower(): 1})
        sheets[f"Expert{i + 1}"] = pd.DataFrame(rows)
    return _ratings(sheets)


def _ratings_json(path: Path) -> Expected:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return _ratings({k: pd.DataFrame(rows) for k, rows in raw.items()})


def _nodes_edges(path: Path) -> Expected:
    """A workbook of Nodes (ID, Label) and Edges (From, To, Weight) sheets among others:
    blank rows are nothing, a self-loop is no edge, From and To name IDs."""
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl", dtype=str)
    nodes = sheets["Nodes"].dropna(how="all")
    label = dict(zip(nodes["ID"], nodes["Label"]))
    edges = {(label[r["From"]], label[r["To"]]): float(r["Weight"])
             for _i, r in sheets["Edges"].dropna(how="all").iterrows() if r["From"] != r["To"]}
    return Expected(sorted(label.values()), edges)


def _gfcm(path: Path) -> Expected:
    """GFCM's workbook: concepts in Matrix_I (Concept ID, Concept Name), edges in
    Matrix_W (Source, Target, TFN: a triangle "low, peak, high" whose peak is the weight)."""
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl", dtype=str)
    name = dict(zip(sheets["Matrix_I"]["Concept ID"], sheets["Matrix_I"]["Concept Name"]))
    edges = {(name[r["Source"]], name[r["Target"]]): float(r["TFN"].split(",")[1])
             for _i, r in sheets["Matrix_W"].iterrows()}
    return Expected(sorted(name.values()), edges)


def _kumu(path: Path) -> Expected:
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl", dtype=str)
    elements, connections = sheets["Elements"], sheets["Connections"]
    labels = sorted(elements["Label"].str.strip())
    edges = {(r["From"], r["To"]): None for _i, r in connections.iterrows()}
    return Expected(labels, edges)


#: FSDM's terms as its model run (createFuzzyModel) reads them.
FSDM_TERMS = {"VL": 0.01, "L": 0.2, "ML": 0.35, "M": 0.5, "MH": 0.67, "H": 0.85, "VH": 1}


def _fsdm(path: Path) -> Expected:
    """An FSDM model: its concepts (names) from the concepts file, what each affects from
    the relations file beside it; R writes each value as a list of one."""
    def one(value):
        return value[0] if isinstance(value, list) else value

    stem = path.name.replace("relations", "concepts")
    concepts = json.loads((path.parent / stem).read_text(encoding="utf-8"))
    relations = json.loads((path.parent / stem.replace("concepts", "relations"))
                           .read_text(encoding="utf-8"))
    name = {one(c["variable"]): one(c["name"]) for c in concepts}
    edges = {(name[one(r["name"])], name[one(a["variable"])]):
             FSDM_TERMS[one(a["weight"])] * (1 if one(a["direction"]) == "Positive" else -1)
             for r in relations for a in r["affects"]}
    return Expected(sorted(name.values()), edges)


def _graphology_json(path: Path) -> Expected:
    """graphology's export: nodes by key (labelled by their label attribute, else the key),
    edges from source to target (both ways when undirected), weighted by their weight."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    label = {str(n["key"]): str(n.get("attributes", {}).get("label", n["key"]))
             for n in raw["nodes"]}
    undirected = raw.get("options", {}).get("type") == "undirected"
    edges = {}
    for edge in raw["edges"]:
        ends = (label[str(edge["source"])], label[str(edge["target"])])
        weight = edge.get("attributes", {}).get("weight")
        edges[ends] = weight
        if undirected or edge.get("undirected"):
            edges[ends[::-1]] = weight
    return Expected(sorted(label.values()), edges)


def _node_link(path: Path) -> Expected:
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


def _kumu_json(path: Path) -> Expected:
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


def _incognitive(path: Path) -> Expected:
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl", dtype=str)
    nodes = sheets["nodes-order"]
    names = dict(zip(nodes["nodes order"], nodes["node description"]))
    edges = {(names[r["source node"]], names[r["target node"]]): float(r["weight"])
             for _i, r in sheets["fcm-topology"].iterrows()}
    return Expected(sorted(names.values()), edges)


def _nodexl(path: Path) -> Expected:
    """NodeXL's Edges and Vertices tables (headers on the second row), undirected edges
    both ways when the Misc sheet says so, self-loops dropped, Edge Weight the weight."""
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl", header=1)
    vertices = sheets["Vertices"]
    label = {r["Vertex"]: r["Label"] if isinstance(r["Label"], str) else r["Vertex"]
             for _i, r in vertices.iterrows()}
    misc = pd.read_excel(path, sheet_name="Misc", engine="openpyxl", header=None)
    undirected = "Undirected" in misc.astype(str).to_numpy()
    edges: dict = {}
    for _i, r in sheets["Edges"].iterrows():
        if r["Vertex 1"] == r["Vertex 2"]:
            continue
        pairs = [(r["Vertex 1"], r["Vertex 2"])] + ([(r["Vertex 2"], r["Vertex 1"])]
                                                    if undirected else [])
        for a, b in pairs:
            edges[(label[a], label[b])] = edges.get((label[a], label[b]), 0) + r["Edge Weight"]
    return Expected(sorted(label.values()), edges)


def expected(path: Path) -> Expected:
    name = path.name
    if name.startswith("nodexl_"):
        return _nodexl(path)
    if name.endswith(".mmp"):
        head = path.read_bytes().replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \r\n\t")
        return _mm_json(path) if head[:1] == b"{" else _mm_xml(path)
    if name.endswith(".graphml") or (name.endswith(".xml") and b"<graphml" in
                                      path.read_bytes()[:4096]):
        return _graphml(path)
    if name.endswith(".gexf"):
        return _gexf(path)
    if name.startswith("fcmpy_"):
        if name.endswith(".csv"):
            return _ratings_csv(path)
        return _ratings_json(path) if name.endswith(".json") else _ratings_xlsx(path)
    if name.startswith("pyfcm_"):
        return _participant_matrices(path)
    if name.startswith("fcmconfr_") and name.endswith(".xlsx"):
        return _r_data_frames(path)
    if name.startswith("fsdm_"):
        return _fsdm(path)
    if name.startswith("kumu_"):
        return _kumu_json(path) if name.endswith(".json") else _kumu(path)
    if name.startswith("networkx_") and name.endswith(".json"):
        return _node_link(path)
    if "graphology" in name and name.endswith(".json"):      # sigma's data are graphology's
        return _graphology_json(path)
    if name.startswith("gfcm_"):
        return _gfcm(path)
    if name.startswith("incognitive_"):
        return _incognitive(path)
    if name.endswith("nodes_edges_workbook.xlsx"):
        return _nodes_edges(path)
    if name.endswith("matrix.xlsx"):
        return _matrix(pd.read_excel(path, index_col=0, engine="openpyxl").fillna(0))
    if "matrix" in name or name.startswith(("fcmjl_", "ifefcm_")):
        return _csv_matrix(path)
    if "nodes_table" in name or "utf8" in name:
        return _node_table(path)
    return _edge_table(path)


# -- the corpus -----------------------------------------------------------------------------

def _check(path: Path, tmp_path: Path) -> None:
    want = expected(path)
    imported = import_model(path)
    model = imported.model
    label = {n.id: n.label for n in model.nodes}
    assert sorted(n.label for n in model.nodes) == want.labels
    got = {(label[e.source], label[e.target]): e.weight for e in model.edges}
    wanted = want.edges
    # every edge the file draws is there, and nothing else (a blank influence is weight 0)
    assert set(got) == set(wanted)
    known = [(got[k], w) for k, w in wanted.items() if w is not None]
    if known:
        largest = max(abs(w) for _g, w in known)
        scale = largest if largest > 1 else 1.0
        for have, want_weight in known:
            assert math.copysign(1, have) == math.copysign(1, want_weight) or want_weight == 0
            assert have == pytest.approx(want_weight / scale, abs=want.tolerance)
        if scale > 1:
            assert any(f"divided by {scale:g}" in n.message for n in imported.notes)
    unique = {lb for lb in want.labels if want.labels.count(lb) == 1}
    # a file that puts every node on one spot (N2G writes yEd files so) is laid out
    stacked = any("sit on one spot" in n.message for n in imported.notes)
    placed = [(np.array(n.position), np.array(want.positions[n.label])) for n in model.nodes
              if n.label in want.positions and n.label in unique and not stacked]
    if placed:
        # positions are the file's, or all spread by one factor that the note names
        spread = any("positions were spread" in n.message for n in imported.notes)
        factor = (sum(g @ w for g, w in placed) / sum(w @ w for _g, w in placed)
                  if spread else 1.0)
        assert factor >= 1.0
        for got_at, want_at in placed:
            assert got_at == pytest.approx(want_at * factor, abs=0.01 + 1e-6 * factor)
    if imported.notes:
        assert model.description.rstrip().endswith(".") and "Imported from" in model.description
    results = run(model)
    data = results_workbook_bytes(results, model)
    (tmp_path / "results.xlsx").write_bytes(data)
    book = openpyxl.load_workbook(io.BytesIO(data))
    summary = list(book["Summary"].iter_rows(values_only=True))
    assert {row[0] for row in summary[1:] if row[0] and not row[0].startswith("No ")} == {
        n.id for n in model.nodes}
    assert len(book.sheetnames) >= 8 + len(model.scenarios)
    # the results workbook imports as the same map
    back = import_model(tmp_path / "results.xlsx").model
    assert [(n.id, n.label) for n in back.nodes] == [(n.id, n.label) for n in model.nodes]
    assert {(e.source, e.target): e.weight for e in back.edges} == pytest.approx(
        {(e.source, e.target): e.weight for e in model.edges})


#: One file of each kind runs in the default suite; CI runs them all (the rest are slow).
EVERY_KIND = {"mm_compare_test001_a.mmp", "mm_suite_simple.mmp", "fcmpy_data_test.xlsx",
              "fcmpy_data_test.json", "fcmpy_sample_test.xlsx",
              "pyfcm_Adjacency_Matrix_Example.xlsx",
              "gephi_withdesc.graphml", "gephilite_les_miserables.gexf",
              "gephi_edges_table_types_test.csv", "gephi_matrix.csv", "graphology_clique3.json"}


@pytest.mark.parametrize("path", [p if p.name in EVERY_KIND else
                                  pytest.param(p, marks=pytest.mark.slow) for p in IMPORTED],
                         ids=lambda p: p.name)
def test_a_real_file_imports_faithfully_runs_and_writes_its_workbook(path, tmp_path):
    _check(path, tmp_path)


@pytest.mark.parametrize("path", LOOKALIKES, ids=lambda p: p.name)
def test_a_lookalike_imports_faithfully_runs_and_writes_its_workbook(path, tmp_path):
    _check(path, tmp_path)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_real_file_that_cannot_be_read_is_refused_with_its_reason(name):
    with pytest.raises(LoadError) as caught:
        import_model(REAL / name)
    assert str(caught.value).startswith(name + ": ")
    assert REFUSED[name] in str(caught.value)


# -- what the formats' quirks become --------------------------------------------------------

def test_mental_modeler_scenarios_become_clamp_scenarios():
    model = import_model(REAL / "mm_suite_fire_model.mmp").model
    assert [s.label for s in model.scenarios] == ["win game", "lose game"] or len(
        model.scenarios) == 2
    scenario = model.scenarios[0]
    clamps = {model.node(i.node).label: i.value for i in scenario.interventions}
    assert clamps["Natural Beauty"] == 1.0 and clamps["Property Damage"] == -0.25
    assert all(i.mode == "clamp" for i in scenario.interventions)


def test_preferred_states_become_objectives():
    model = import_model(LOOKALIKE / "mm_preferred_states.mmp").model
    objectives = {model.node(o.node).label: o.direction for o in model.objectives}
    assert objectives == {"Vaccination": "increase", "Infections": "decrease"}
    [scenario] = model.scenarios
    assert [(i.node, i.value) for i in scenario.interventions] == [("vaccination", 0.62)]


def test_undirected_edges_follow_the_choice():
    path = REAL / "gephi_two-cliques.graphml"
    both = import_model(path).model
    written = import_model(path, undirected="as-written").model
    assert len(both.edges) == 2 * len(written.edges) == 40
    root = ElementTree.parse(path).getroot()
    order = [(e.get("source"), e.get("target"))
             for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert [(e.source, e.target) for e in written.edges] == order
    with pytest.raises(LoadError, match="undirected; import with --undirected"):
        import_model(path, undirected="refuse")


def test_out_of_range_weights_follow_the_choice_in_every_format(tmp_path):
    for path in (REAL / "gephi_matrix.csv", LOOKALIKE / "gephi_people_weighted.graphml",
                 REAL / "gephi_edges_table_repeated_with_ids.csv"):
        assert max(abs(e.weight) for e in import_model(path).model.edges) == 1.0
        with pytest.raises(LoadError, match="outside \\[-1, 1\\]"):
            import_model(path, out_of_range="refuse")


def test_participant_sheets_aggregate_or_one_is_chosen():
    path = REAL / "pyfcm_AllParticipants_Adjacency_Matrix_Example.xlsx"
    mean = import_model(path, participants="aggregate")
    assert any("13 participant sheets" in n.message and "mean" in n.message
               for n in mean.notes)
    assert mean.model.participants == ()
    kept = import_model(path)
    sheets = pd.ExcelFile(path, engine="openpyxl").sheet_names
    assert [p.label for p in kept.model.participants] == sheets and len(sheets) == 13
    assert [e.weight for e in kept.model.edges] == [e.weight for e in mean.model.edges]
    one = import_model(path, participants="P2")
    p2 = pd.read_excel(path, sheet_name="P2", index_col=0, engine="openpyxl").fillna(0)
    assert len(one.model.edges) == int((p2.to_numpy() != 0).sum())
    with pytest.raises(LoadError, match="no participant sheet called 'P9'"):
        import_model(path, participants="P9")


def test_gephi_tables_space_separated_typed_and_looped():
    """Gephi's edge tables: a space as the separator, a Type column saying each edge's
    direction (an undirected row is an edge each way), and self-loops (skipped, the note
    naming their rows) - the three used to refuse the file or change its meaning."""
    spaced = import_model(REAL / "gephi_edges_table_with_timeset_intervals.csv")
    assert {(e.source, e.target) for e in spaced.model.edges} == {
        ("fred", "alice"), ("alice", "fred"), ("dirk", "fred")}
    # the times of each edge are said to be dropped, not merely "ignored" among other columns
    assert any(str(n).endswith("row 1, column timeset: holds the times when each row's node "
                               "or edge exists (Gephi's timeset); those times were not kept: "
                               "a map has no time line, so every row was read as if it always "
                               "existed") for n in spaced.notes)
    assert not any("ignored column" in str(n) for n in spaced.notes)
    typed = import_model(REAL / "gephi_edges_table_types_test.csv").model
    assert {(e.source, e.target): e.weight for e in typed.edges} == {
        ("1", "2"): 1.0, ("2", "1"): 0.5}   # 2 directed + 2 undirected; 2 undirected
    assert all("type" not in e.rationale.lower() for e in typed.edges)
    looped = import_model(REAL / "gephi_edges_table_opposite_force_undirected.csv")
    assert all(e.source != e.target for e in looped.model.edges)
    frame = pd.read_csv(REAL / "gephi_edges_table_opposite_force_undirected.csv")
    loops = [i + 2 for i, (a, b) in enumerate(zip(frame["source"], frame["target"])) if a == b]
    assert any(f"skipped {len(loops)} self-loops, an edge from a node to itself (rows "
               f"{', '.join(map(str, loops[:8]))}, ...)" in str(n) for n in looped.notes)


def test_fcmpy_unsure_ratings_are_left_out_and_counted():
    """FCMpy drops the Unsure mark (a column of the workbook, a cell of the CSV form), so a
    rating marked Unsure with no term is left out, but counts the expert: the same here,
    and the note says how many."""
    workbook = import_model(REAL / "fcmpy_data_test_unsure.xlsx")
    assert any("left out 5 ratings marked Unsure" in str(n) for n in workbook.notes)
    table = import_model(REAL / "fcmpy_data_test_unsure.csv")
    assert any("left out 1 rating marked Unsure" in str(n) for n in table.notes)
    assert len(table.model.participants) == 6


def test_an_unsure_rating_with_a_term_counts_as_the_term_and_the_note_agrees(tmp_path):
    """FCMpy drops the Unsure column, not the row: an expert who marked C1 -> C3 Unsure and
    put a 1 under +M counts as +M. The import read it so but counted it among the ratings
    left out; the note now says 4 left out and 1 read as its term, and the weights are
    those of the same file without the Unsure mark."""
    def imported(unsure):
        book = openpyxl.load_workbook(REAL / "fcmpy_data_test_unsure.xlsx")
        sheet = book["Expert_2"]
        header = [cell.value for cell in sheet[1]]
        sheet.cell(4, header.index("+M") + 1, 1)
        sheet.cell(4, header.index("Unsure") + 1, 1 if unsure else None)
        path = tmp_path / f"unsure-{unsure}.xlsx"
        book.save(path)
        return import_model(path)

    marked, plain = imported(True), imported(False)
    notes = [str(n) for n in marked.notes]
    assert any("left out 4 ratings marked Unsure" in n for n in notes)
    assert any("read 1 rating marked Unsure that also chose a term as that term" in n
               for n in notes)
    assert {e.key: e.weight for e in marked.model.edges} == {
        e.key: e.weight for e in plain.model.edges}


def test_fcmpy_first_releases_unsigned_terms_take_the_cells_sign():
    """FCMpy's first releases headed the term columns VL ... VH and wrote the sign in the
    cell: -1 under VH is -VH, a negative edge (read as an edges table, it became +0.5)."""
    model = import_model(REAL / "fcmpy_list_format.xlsx").model
    sheets = pd.read_excel(REAL / "fcmpy_list_format.xlsx", sheet_name=None, engine="openpyxl")
    first = sheets["Expert_1"]
    negative = first[(first["From"] == "C1") & (first["To"] == "C2")]["VH"].iloc[0]
    assert negative == -1 and model.edge("c1", "c2").weight < -0.5
    assert model.edge("c2", "c1").weight > 0.5


def test_incognitive_lags_become_delays_one_less():
    model = import_model(LOOKALIKE / "incognitive_topology.xlsx").model
    topology = pd.read_excel(LOOKALIKE / "incognitive_topology.xlsx",
                             sheet_name="fcm-topology", engine="openpyxl")
    delays = {(e.source, e.target): e.delay for e in model.edges}
    for _i, row in topology.iterrows():
        assert delays[(row["source node"], row["target node"])] == row["lag"] - 1
    assert model.node("C1").tags == ("input",) and model.node("C6").tags == ("output",)


def test_fuzzy_weights_keep_their_bounds():
    model = import_model(LOOKALIKE / "fcmconfr_triangular_matrix.csv").model
    edge = model.edge("fishing-pressure", "fish-stock")
    assert (edge.low, edge.weight, edge.high) == (-0.9, -0.7, -0.4)
    interval = model.edge("regulation", "fishing-pressure")
    assert (interval.low, interval.weight, interval.high) == (-0.8, pytest.approx(-0.6), -0.4)


def test_yed_groups_ids_and_labels():
    imported = import_model(LOOKALIKE / "yed_groups.graphml")
    model = imported.model
    fabs = next(n for n in model.nodes if n.label == "Domestic fabs")
    assert fabs.group == "Supply side" and fabs.id == "domestic-fabs"
    assert "Supply side" not in {n.label for n in model.nodes}
    assert model.edge("n1", "n2").weight == pytest.approx(0.7)  # 0.4 + 0.3, merged
    assert any("2 node ids not valid in Windtunnel ('n0::n0', 'n0::n1')" in n.message
               for n in imported.notes)


def test_gephi_s_modularity_class_is_the_group_in_its_nodes_table_as_in_its_gexf():
    """Gephi's Nodes table (Data Laboratory > Export table) and its GEXF give each node the
    same group from the modularity class; the table's column used to be ignored."""
    gexf = import_model(REAL / "gephilite_les_miserables.gexf").model
    table = import_model(LOOKALIKE / "gephi_les_miserables_edges_table.csv",
                         nodes=LOOKALIKE / "gephi_les_miserables_nodes_table.csv")
    from_gexf = {n.label: n.group for n in gexf.nodes}
    from_table = {n.label: n.group for n in table.model.nodes}
    assert from_table == from_gexf and from_table["Valjean"] == "modularity_class 1"
    classes = pd.read_csv(LOOKALIKE / "gephi_les_miserables_nodes_table.csv")["modularity_class"]
    assert set(from_table.values()) == {f"modularity_class {c}" for c in classes}
    assert any(str(n).endswith("row 1, column modularity_class: holds a partition (a "
                               "community, as Gephi's modularity class): it became the "
                               "nodes' group, each value a group of its own")
               for n in table.notes)


def test_a_partition_is_not_the_group_where_a_group_column_gives_one(tmp_path):
    nodes = tmp_path / "nodes.csv"
    nodes.write_text("Id,Label,Group,modularity_class\na,A,North,1\nb,B,,2\n",
                     encoding="utf-8")
    model = import_model(nodes).model
    assert {n.id: n.group for n in model.nodes} == {"a": "North", "b": ""}
    blank = tmp_path / "blank.csv"
    blank.write_text("Id,Label,Group,modularity_class\na,A,,1\nb,B,,2\n", encoding="utf-8")
    imported = import_model(blank)
    assert {n.id: n.group for n in imported.model.nodes} == {
        "a": "modularity_class 1", "b": "modularity_class 2"}
    assert not any("ignored column" in str(n) for n in imported.notes)


def test_kumu_categories_blanks_and_duplicates():
    imported = import_model(LOOKALIKE / "kumu_people_and_companies.xlsx")
    model = imported.model
    edge = model.edge("grace-hopper", "bombe-systems")
    assert edge.rationale == "Type: Investor" and edge.weight == 0.5
    assert model.node("ada-byron").kind == "actor" and model.node("ada-byron").group == "North"
    notes = " | ".join(str(n) for n in imported.notes)
    assert "holds categories (Employee/Founder, Investor)" in notes
    assert ("merged 1 edge listed more than once into one each (no edge had two weights, "
            "so none were added or averaged): Grace Hopper → Bombe Systems (rows 5, 8)") in notes
    assert "had no weight" in notes


def test_the_expert_pipeline_matches_fcmpys_published_figure():
    # FCMpy's own test: +M 0.16, +H 0.5, +VH 0.33 under Larsen's implication -> 0.72
    assert fcmpy_weight({"+m": 0.16, "+h": 0.5, "+vh": 0.33}, "larsen") == pytest.approx(
        0.72, abs=0.005)
    from windtunnel.io.ratings import _defuzzify

    shares = {"+m": 0.16, "+h": 0.5, "+vh": 0.33}
    assert _defuzzify([shares])[0] == pytest.approx(fcmpy_weight(shares), abs=1e-3)


def test_positions_closer_than_a_node_are_spread_by_one_factor():
    """Gephi's coordinates put Gephi Lite's own graph a few units apart; the import spreads
    them so that no two nodes sit on each other, keeping the picture's shape."""
    imported = import_model(REAL / "gephilite_gephi-lite.gexf")
    points = np.array([n.position for n in imported.model.nodes])
    boxes = np.abs(points[:, None] - points[None, :]) / (170, 90)   # a node's box, margins in
    gaps = boxes.max(axis=2)
    np.fill_diagonal(gaps, np.inf)
    assert gaps.min() == pytest.approx(1, rel=0.01)         # the closest pair just apart
    assert any("positions were spread" in n.message for n in imported.notes)


def test_a_file_without_positions_opens_laid_out_not_on_a_ring():
    """Gephi's football graph has no positions: the import places linked teams near each
    other (the auto-layout), each node apart from every other."""
    model = import_model(REAL / "gephi_football.graphml").model
    where = {n.id: np.array(n.position) for n in model.nodes}
    linked = np.mean([np.linalg.norm(where[e.source] - where[e.target]) for e in model.edges])
    points = np.array(list(where.values()))
    gaps = np.linalg.norm(points[:, None] - points[None, :], axis=2)
    apart = gaps[np.triu_indices(len(points), 1)]
    assert linked < 0.6 * apart.mean()
    assert apart.min() > 5


@pytest.mark.parametrize(("codec", "name"), [("gbk", "GBK (Simplified Chinese Windows)"),
                                             ("cp932", "Shift_JIS (Japanese Windows)"),
                                             ("big5", "Big5 (Traditional Chinese Windows)")])
def test_a_csv_excel_saved_in_an_east_asian_encoding_is_read_in_it(codec, name, tmp_path):
    """Excel saves "CSV" in the Windows code page: GBK on a Chinese Windows, Shift_JIS on
    a Japanese one. Such a file used to be refused as "UTF-8 but for a pasted character",
    or read as Windows-1252 with every name turned into accented Latin letters; then
    refused by its code page's name; now read in it, as the UTF-8 file is."""
    text = {"gbk": "Source,Target,Weight\r\n马吕斯,马白夫,37\r\n冉阿让,珂赛特,12\r\n",
            "cp932": "From,To\r\nテスト,データ\r\n人口,住宅需要\r\n",
            "big5": "From,To\r\n人口,住宅需求\r\n經濟,環境\r\n"}[codec]
    path = tmp_path / "edges.csv"
    path.write_bytes(text.encode(codec))
    read = import_model(path)
    assert str(read.notes[0]) == (f"edges.csv: not UTF-8: read as {name}, the one code page "
                                  "its text reads plausibly in")
    path.write_bytes(text.encode("utf-8"))
    assert read.model.nodes == import_model(path).model.nodes


def test_cytoscape_graphml_quirks_read_as_yed_and_gephi_read_them(tmp_path):
    """Cytoscape's GraphML export declares some keys twice alike (read once), and yFiles 2
    wrote GraphML in a namespace of its own (read as GraphML's); a root in any other
    namespace, or a key declared twice with another type, is still refused by name."""
    exptest = import_model(REAL / "cytoscape_exptest.graphml").model
    assert len(exptest.nodes) == 41 and len(exptest.edges) == 118
    yfiles = import_model(REAL / "cytoscape_yFilesSample.xml").model
    assert sorted(n.label for n in yfiles.nodes) == ["1", "2", "3"]
    data = (REAL / "cytoscape_yFilesSample.xml").read_bytes()
    (tmp_path / "other.graphml").write_bytes(data.replace(b"xmlns/graphml", b"xmlns/other"))
    with pytest.raises(LoadError, match="the <graphml> root is in the XML namespace "
                                        "http://graphml.graphdrawing.org/xmlns/other"):
        import_model(tmp_path / "other.graphml")
    text = (REAL / "cytoscape_exptest.graphml").read_text(encoding="utf-8")
    retyped = text.replace('<key attr.name="label" attr.type="string" for="node" id="label"/>',
                           '<key attr.name="label" attr.type="int" for="node" id="label"/>', 1)
    (tmp_path / "retyped.graphml").write_text(retyped, encoding="utf-8")
    with pytest.raises(LoadError, match="key 'label': is declared twice for <node>"):
        import_model(tmp_path / "retyped.graphml")


def test_an_ecomodeler_file_is_refused_by_its_name(tmp_path):
    path = tmp_path / "model.emp"
    path.write_text("<?xml version='1.0'?><ecoModeler><concepts/></ecoModeler>")
    with pytest.raises(LoadError, match="EcoModeler files \\(.emp\\) are not read"):
        import_model(path)


def test_another_tools_node_ids_that_are_not_windtunnel_ids_get_ids_from_their_labels():
    """Gephi's node table writes any text as a node's Id (a Chinese name): such ids get
    new ids, as GraphML's do, and the edges that name them find them; the table used to be
    refused at every row ("'宝玉' is not a valid id")."""
    imported = import_model(LOOKALIKE / "excel_zh_nodes_edges_workbook.xlsx")
    model = imported.model
    assert model.node("item").label == "Item"            # a valid id is kept, never taken
    assert {model.node(e.source).label for e in model.edges
            if model.node(e.target).label == "贾宝玉"} == {"林黛玉", "薛宝钗", "贾母（史太君）"}
    assert any("sheet Nodes, column ID: 5 node ids not valid in Windtunnel ('宝玉', '黛玉', "
               "'宝钗', ...): new ids were made from the labels" in str(n) for n in imported.notes)


def test_an_fsdm_model_imports_from_either_of_its_files(tmp_path):
    """FSDM's concepts.json and relations.json got "cannot tell the format of a .json
    file": either now imports the model, the other read from beside it; relations alone
    import with the variables as labels; concepts alone are refused, naming the relations
    file to import; a term FSDM does not have is refused at its relation, in the file that
    holds it."""
    import shutil

    both = [import_model(REAL / f"fsdm_ozesmi_{kind}.json") for kind in ("concepts",
                                                                        "relations")]
    assert {i.format for i in both} == {"fsdm"}
    assert both[0].model.nodes == both[1].model.nodes
    assert both[0].model.edges == both[1].model.edges
    assert both[0].model.node("Enforcement").label == "Law Enforcement"
    assert both[0].model.node("Enforcement").group == "Actions"
    assert any("FSDM's terms became weights as FSDM's model run reads them (VL 0.01, L 0.2, "
               "ML 0.35, M 0.5, MH 0.67, H 0.85, VH 1)" in str(n) for n in both[0].notes)
    shutil.copy(REAL / "fsdm_ozesmi_concepts.json", tmp_path / "concepts.json")
    with pytest.raises(LoadError, match=r"concepts.json: an FSDM concepts file .*import its "
                                        r"relations file \(relations.json, beside it"):
        import_model(tmp_path / "concepts.json")
    relations = (REAL / "fsdm_ozesmi_relations.json").read_text(encoding="utf-8")
    (tmp_path / "relations.json").write_text(relations, encoding="utf-8")
    alone = import_model(tmp_path / "relations.json")
    assert alone.model.node("Enforcement").label == "Law Enforcement"       # now beside it
    (tmp_path / "concepts.json").unlink()
    alone = import_model(tmp_path / "relations.json")
    assert alone.model.node("Enforcement").label == "Enforcement"
    assert any("without its concepts file" in str(n) for n in alone.notes)
    shutil.copy(REAL / "fsdm_ozesmi_concepts.json", tmp_path / "concepts.json")
    (tmp_path / "relations.json").write_text(relations.replace('"VL"', '"XL"'),
                                             encoding="utf-8")
    with pytest.raises(LoadError, match=r"^relations.json: edge Wetlands → Pollution: weight "
                                        r"'XL' is not one of FSDM's terms"):
        import_model(tmp_path / "concepts.json")


def test_gephis_dynamic_weights_are_read_as_the_weight_in_effect_at_the_end():
    """Gephi's edges table of dynamic weights was refused ("a weight that changes over
    time") while the same weights in GEXF were read: each row takes the weight of its
    interval that ends last (a, b's three rows: 2, 3.25 and 4, added as Gephi merges
    them), and the note says which weight was taken and that the others were not kept."""
    imported = import_model(REAL / "gephi_edges_table_dynamic_weights.csv")
    weights = {(e.source, e.target): e.weight for e in imported.model.edges}
    assert weights == pytest.approx({("a", "b"): 1.0, ("b", "c"): 1 / 9.25})
    assert any("weights that change over time (Gephi's dynamic weights) in 4 rows: each took "
               "the weight in effect at the end" in str(n) and "the earlier weights were "
               "not kept" in str(n) for n in imported.notes)


def test_a_dynamic_weight_gephi_would_not_write_is_refused_at_its_cell(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text('source,target,weight\na,b,"<[2000, 2005, 0.5]; [2005, 0.7>"\n',
                    encoding="utf-8")
    with pytest.raises(LoadError, match=r"row 2, column weight: '<\[2000.*reads as Gephi's "
                                        r"dynamic weight but not as intervals"):
        import_model(path)


def test_a_nodexl_workbook_reads_its_tables_groups_and_directedness():
    """NodeXL's tables start on the second row: the workbook used to be refused ("has
    neither an ID nor a Label column"). Its groups and its directedness come along."""
    imported = import_model(LOOKALIKE / "nodexl_undirected_groups.xlsx")
    model = imported.model
    assert imported.format == "nodexl"
    assert {n.label: n.group for n in model.nodes}["Farmers' union"] == "G2"
    assert model.node("Ministry").position == (120.5, 300.25)
    assert model.edge("Ministry", "water-utility").rationale == "funds"
    assert model.edge("water-utility", "Ministry").weight == 1.0     # undirected: both ways
    with pytest.raises(LoadError, match="undirected"):
        import_model(LOOKALIKE / "nodexl_undirected_groups.xlsx", undirected="refuse")


def test_a_nodexl_workbook_without_its_band_row_reads_as_with_it(tmp_path):
    """An analyst who deletes NodeXL's band row ("Visual Properties", "Graph Metrics", ...)
    above the Edges and Vertices tables has their headers on row 1: the workbook used to be
    refused ("has neither an ID nor a Label column") where it now reads as NodeXL's, the
    same map, with a note saying where the headers were."""
    import openpyxl

    book = openpyxl.load_workbook(LOOKALIKE / "nodexl_undirected_groups.xlsx")
    for name in ("Edges", "Vertices"):
        book[name].delete_rows(1)
    path = tmp_path / "nodexl_no_bands.xlsx"
    book.save(path)
    banded = import_model(LOOKALIKE / "nodexl_undirected_groups.xlsx").model
    imported = import_model(path)
    assert imported.format == "nodexl"
    assert [(n.id, n.label, n.group, n.position) for n in imported.model.nodes] == [
        (n.id, n.label, n.group, n.position) for n in banded.nodes]
    assert imported.model.edges == banded.edges
    assert any("headers on their first rows" in str(n) for n in imported.notes)


def test_nodexl_graph_metrics_are_named_as_not_kept_not_as_unknown_columns():
    """NodeXL's computed metrics (a vertex's Degree, an edge's Reciprocated?) used to be
    listed among the ignored columns as if unknown: the note names them as NodeXL's graph
    metrics, not kept, the Structure tab computing the map's own."""
    notes = [str(n) for n in import_model(LOOKALIKE / "nodexl_undirected_groups.xlsx").notes]
    assert "sheet Vertices: NodeXL's graph metrics 'Degree' were not kept (the Structure " \
           "tab computes the map's own)" in notes
    assert "sheet Edges: NodeXL's graph metrics 'Reciprocated?' were not kept (the " \
           "Structure tab computes the map's own)" in notes
    ignored = [n for n in notes if "ignored column" in n]
    assert ignored and not any("Degree" in n or "Reciprocated" in n for n in ignored)


def test_an_undirected_nodexl_workbook_with_a_direction_column_of_its_own_stays_undirected(
        tmp_path):
    """A user's own Direction column (blank but for one row) used to be read in place of
    the graph's undirectedness: every other edge directed, nothing asked, while the note
    said the graph is undirected. The blank cells take the graph's word."""
    import openpyxl

    book = openpyxl.load_workbook(LOOKALIKE / "nodexl_undirected_groups.xlsx")
    sheet = book["Edges"]
    column = sheet.max_column + 1
    sheet.cell(row=2, column=column, value="Direction")
    sheet.cell(row=4, column=column, value="directed")        # Water utility -> Farmers
    path = tmp_path / "nodexl_with_direction.xlsx"
    book.save(path)
    with pytest.raises(LoadError, match="undirected"):
        import_model(path, undirected="refuse")
    model = import_model(path, undirected="both").model
    assert model.edge("water-utility", "Ministry") is not None      # undirected: both ways
    assert model.edge("Farmers", "water-utility") is None            # the row marked directed


def test_a_blank_weight_is_its_edges_final_weight_whatever_the_others_are_divided_by(
        tmp_path):
    """Cytoscape's GraphML sample weights four edges 1 to 2 and leaves three without a
    weight: those get 0.5, the note's word, where they used to get 0.5 divided by the
    largest weight (0.25) after the note had said 0.5; the row-by-row reader (a Type
    column) does the same."""
    imported = import_model(REAL / "cytoscape_simpleWithAttributes.xml",
                            undirected="as-written")
    weights = {(e.source, e.target): e.weight for e in imported.model.edges}
    assert weights == {("n0", "n2"): 0.5, ("n0", "n1"): 0.5, ("n1", "n3"): 1.0,
                       ("n3", "n2"): 0.5, ("n2", "n4"): 0.5, ("n3", "n5"): 0.5,
                       ("n5", "n4"): 0.55}
    assert any("each got 0.5, with its sign, as its final weight" in str(n)
               for n in imported.notes)
    table = tmp_path / "blank_weight_signed.csv"
    table.write_text("From,To,Weight,Type\na,b,4,+\nb,c,,-\nc,a,2,+\n", encoding="utf-8")
    signed = {(e.source, e.target): e.weight for e in import_model(table).model.edges}
    assert signed == {("a", "b"): 1.0, ("b", "c"): -0.5, ("c", "a"): 0.5}


def test_participant_sheets_left_out_are_said_in_the_words_of_where_it_was_asked():
    path = REAL / "pyfcm_AllParticipants_Adjacency_Matrix_Example.xlsx"

    def note(**options):
        (found,) = [n.message for n in import_model(path, participants="aggregate",
                                                    **options).notes
                    if "not kept as participants" in n.message]
        return found

    assert "(import with --participants keep)" in note()
    assert "choose \u201cEvery sheet as a participant\u201d" in note(asked=True)


def test_fcmpy_s_matrix_form_gives_each_expert_their_terms(tmp_path):
    """FCMpy's matrix form (a sheet per expert, a term in each rated cell, VH unsigned):
    refused cell by cell as "'VH' is not a number"; each expert is a participant with
    their terms. A matrix with a cell that is no term is not read as ratings."""
    model = import_model(REAL / "fcmpy_sample_test.xlsx").model
    first = model.participants[0]
    assert (first.label, [(r.source, r.target, r.term) for r in first.ratings]) == (
        "Expert_1", [("c1", "c2", "+VH"), ("c2", "c1", "-VH"), ("c3", "c1", "+VH"),
                     ("c3", "c4", "+L")])
    assert len(model.participants) == 6
    book = openpyxl.Workbook()
    for row in ([None, "A", "B"], ["A", None, "VH"], ["B", "maybe", None]):
        book.active.append(row)
    book.save(tmp_path / "terms.xlsx")
    with pytest.raises(LoadError, match="'maybe' is not a number"):
        import_model(tmp_path / "terms.xlsx")
