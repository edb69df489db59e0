"""The real-file corpus: files other tools wrote, imported, checked against an independent
parse (the standard library's XML and JSON readers, networkx, pandas), run, and written
to a results workbook. tests/data/real/PROVENANCE says where each file comes from.

The independent parse decides what a faithful import holds: how many nodes and edges,
their labels, the weights (up to the one rescaling factor the note names) and signs, and
the positions; the importer is never asked what it thinks it read (the parses are
real_graph_readers.py's and real_table_readers.py's).
"""

from __future__ import annotations

import io
import math
import re
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from windtunnel.engine import run
from windtunnel.errors import LoadError
from windtunnel.io import import_model, results_workbook_bytes

from io_helpers import EXCERPT, LOOKALIKE, REAL
from real_graph_readers import (Expected, read_gexf, read_graphml, read_graphology_json,
                                read_kumu_json, read_mm_json, read_mm_xml, read_node_link)
from real_table_readers import (read_csv_matrix, read_edge_table, read_fsdm, read_gfcm,
                                read_incognitive, read_json_edge_list, read_kumu, read_matrix,
                                read_node_table, read_nodes_edges, read_nodexl,
                                read_participant_matrices, read_r_data_frames,
                                read_ratings_csv, read_ratings_json, read_ratings_xlsx)


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
    # MToolR's export: every participant's edges in one list, read by the participants'
    # import (tests/io/test_io_participants.py)
    # rgexf's sample lists each undirected edge three times (weights adding up to 3)
    "rgexf_grafo.gexf": "is listed more than once (3 times) and its weights add up to 3, "
                        "outside [-1, 1]",
    "mtoolr_example_export.csv": "column User_ID: the edges of 56 participants in one list "
                                 "(this column names each row's participant): import it with "
                                 "Import Participants' Maps (windtunnel aggregate)",
}


REAL_FILES = sorted(p for p in REAL.iterdir() if p.is_file() and p.name != "PROVENANCE")

IMPORTED = [p for p in REAL_FILES if p.name not in REFUSED]

LOOKALIKES = sorted(LOOKALIKE.iterdir())


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
    for path in EXCERPT.iterdir():
        assert f"excerpt/{path.name} |" in PROVENANCE


def expected(path: Path) -> Expected:
    name = path.name
    if name.startswith("nodexl_"):
        return read_nodexl(path)
    if name.endswith(".mmp"):
        head = path.read_bytes().replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \r\n\t")
        return read_mm_json(path) if head[:1] == b"{" else read_mm_xml(path)
    if name.endswith(".graphml") or (name.endswith(".xml") and b"<graphml" in
                                      path.read_bytes()[:4096]):
        return read_graphml(path)
    if name.endswith(".gexf"):
        return read_gexf(path)
    if name.startswith("fcmpy_"):
        if name.endswith(".csv"):
            return read_ratings_csv(path)
        return read_ratings_json(path) if name.endswith(".json") else read_ratings_xlsx(path)
    if name.startswith("pyfcm_"):
        return read_participant_matrices(path)
    if name.startswith("fcmconfr_") and name.endswith(".xlsx"):
        return read_r_data_frames(path)
    if name.startswith("fsdm_"):
        return read_fsdm(path)
    if name.startswith("kumu_"):
        return read_kumu_json(path) if name.endswith(".json") else read_kumu(path)
    if name.startswith("networkx_") and name.endswith(".json") or name.endswith(
            "_nodelink.json"):
        return read_node_link(path)
    if name.endswith("_edgelist.json"):
        return read_json_edge_list(path)
    if ("graphology" in name or name.startswith("gephi_json_")) and name.endswith(".json"):
        # sigma's data and Gephi's JSON export are graphology's
        return read_graphology_json(path)
    if name.startswith("gfcm_"):
        return read_gfcm(path)
    if name.startswith("incognitive_"):
        return read_incognitive(path)
    if name.endswith("nodes_edges_workbook.xlsx"):
        return read_nodes_edges(path)
    if name.endswith("matrix.xlsx"):
        return read_matrix(pd.read_excel(path, index_col=0, engine="openpyxl").fillna(0))
    if "matrix" in name or name.startswith(("fcmjl_", "ifefcm_")):
        return read_csv_matrix(path)
    if "nodes_table" in name or "utf8" in name:
        return read_node_table(path)
    return read_edge_table(path)


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
