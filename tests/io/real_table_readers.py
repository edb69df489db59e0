"""Independent parses of the real corpus's tables and workbooks (matrices, edge and node
tables, ratings, FSDM, gFCM, Kumu's and NodeXL's workbooks, InCognitive's sheets), with
pandas: what a faithful import holds (real_graph_readers.Expected)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd

from windtunnel.io.ratings import TERMS

from real_graph_readers import Expected


def read_matrix(frame: pd.DataFrame) -> Expected:
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


def read_r_data_frames(path: Path) -> Expected:
    """fcmconfr's and fcmr's workbooks: each sheet an R data frame written without row
    names (labels across the top, a row per node in their order). Sheets lower, mode and
    upper are one map's triangular weights (the weights are the mode's), lower and upper
    its intervals (their midpoints); other sheets are participants' maps (their mean)."""
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl")
    for frame in sheets.values():
        frame.index = list(frame.columns)
    if "mode" in sheets:
        return read_matrix(sheets["mode"].fillna(0))
    if set(sheets) == {"lower", "upper"}:
        return read_matrix((sheets["lower"].fillna(0) + sheets["upper"].fillna(0)) / 2)
    frames = [frame.fillna(0) for frame in sheets.values()]
    return read_matrix(sum(frames) / len(frames))


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


def read_csv_matrix(path: Path) -> Expected:
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
    return read_matrix(frame)


def read_participant_matrices(path: Path) -> Expected:
    sheets = pd.read_excel(path, sheet_name=None, index_col=0, engine="openpyxl")
    frames = [f.fillna(0) for f in sheets.values()]
    mean = sum(frames) / len(frames)
    return read_matrix(mean)


def read_edge_table(path: Path) -> Expected:
    """Gephi's edge table: repeated rows add their weights (held within [-1, 1] when every
    weight as written fits it: a multigraph's parallel edges, each an influence of its own),
    an undirected row (its Type) is an edge each way, a self-loop is no edge (its node
    stays)."""
    text = _decoded(path)
    hint = text.startswith("sep=")                        # Excel's separator line
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=None,
                        engine="python", skiprows=1 if hint else 0)
    frame = frame[(frame["From" if "From" in frame else frame.columns[0]] != "")]
    return _edges_expected(frame)


def read_json_edge_list(path: Path) -> Expected:
    """A JSON list of {source, target, ...} objects, read as the edge table it writes."""
    entries = json.loads(path.read_text(encoding="utf-8-sig"))
    return _edges_expected(pd.DataFrame(entries).fillna("").astype(str))


def _edges_expected(frame: pd.DataFrame) -> Expected:
    """An edge table's frame of text cells, as :func:`read_edge_table` reads it."""
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
    written = [_final_weight(cell) for cell in frame.get("weight", []) if cell]
    if all(abs(weight) <= 1 for weight in written):
        weights = {key: w if w is None else max(-1.0, min(1.0, w)) for key, w in weights.items()}
    return Expected(labels, {(a, b): w for (a, b), w in weights.items() if a != b})


def _final_weight(cell: str) -> float:
    """A weight cell: a number (maybe with a decimal comma), or Gephi's dynamic weight
    ``<[start, end, weight]; ...>``, whose weight in effect at the end is the one of the
    interval that ends last."""
    if not cell.startswith("<"):
        return float(cell.replace(",", "."))
    intervals = [[float(x) for x in part.split(",")] for part in re.findall(r"\[([^]]*)]", cell)]
    return max(intervals, key=lambda interval: (interval[1], interval[0]))[2]


def read_node_table(path: Path) -> Expected:
    """Gephi's nodes table, its fields separated by commas or by semicolons (Gephi writes
    the separator the user picks)."""
    first = path.read_text(encoding="utf-8-sig").partition("\n")[0]
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, skip_blank_lines=True,
                        sep=";" if ";" in first and "," not in first else ",")
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


def read_ratings_xlsx(path: Path) -> Expected:
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


def read_ratings_csv(path: Path) -> Expected:
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


def read_ratings_json(path: Path) -> Expected:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return _ratings({k: pd.DataFrame(rows) for k, rows in raw.items()})


def read_nodes_edges(path: Path) -> Expected:
    """A workbook of Nodes (ID, Label) and Edges (From, To, Weight) sheets among others:
    blank rows are nothing, a self-loop is no edge, From and To name IDs."""
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl", dtype=str)
    nodes = sheets["Nodes"].dropna(how="all")
    label = dict(zip(nodes["ID"], nodes["Label"]))
    edges = {(label[r["From"]], label[r["To"]]): float(r["Weight"])
             for _i, r in sheets["Edges"].dropna(how="all").iterrows() if r["From"] != r["To"]}
    return Expected(sorted(label.values()), edges)


def read_gfcm(path: Path) -> Expected:
    """GFCM's workbook: concepts in Matrix_I (Concept ID, Concept Name), edges in
    Matrix_W (Source, Target, TFN: a triangle "low, peak, high" whose peak is the weight)."""
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl", dtype=str)
    name = dict(zip(sheets["Matrix_I"]["Concept ID"], sheets["Matrix_I"]["Concept Name"]))
    edges = {(name[r["Source"]], name[r["Target"]]): float(r["TFN"].split(",")[1])
             for _i, r in sheets["Matrix_W"].iterrows()}
    return Expected(sorted(name.values()), edges)


def read_kumu(path: Path) -> Expected:
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl", dtype=str)
    elements, connections = sheets["Elements"], sheets["Connections"]
    labels = sorted(elements["Label"].str.strip())
    edges = {(r["From"], r["To"]): None for _i, r in connections.iterrows()}
    return Expected(labels, edges)


#: FSDM's terms as its model run (createFuzzyModel) reads them.
FSDM_TERMS = {"VL": 0.01, "L": 0.2, "ML": 0.35, "M": 0.5, "MH": 0.67, "H": 0.85, "VH": 1}


def read_fsdm(path: Path) -> Expected:
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


def read_incognitive(path: Path) -> Expected:
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl", dtype=str)
    nodes = sheets["nodes-order"]
    names = dict(zip(nodes["nodes order"], nodes["node description"]))
    edges = {(names[r["source node"]], names[r["target node"]]): float(r["weight"])
             for _i, r in sheets["fcm-topology"].iterrows()}
    return Expected(sorted(names.values()), edges)


def read_nodexl(path: Path) -> Expected:
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
