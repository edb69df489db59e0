"""What the real files' quirks become: Mental Modeler's scenarios and preferred states,
undirected edges, out-of-range weights, participants' sheets, Gephi's tables, FCMpy's
unsure and unsigned ratings, InCognitive's lags, fuzzy bounds, yEd's groups, Gephi's
partitions, Kumu's categories, FCMpy's published figure, positions and East Asian CSVs."""

from __future__ import annotations

import re

from xml.etree import ElementTree

import numpy as np
import openpyxl
import pandas as pd
import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model

from io_helpers import EXCERPT, LOOKALIKE, REAL
from real_table_readers import fcmpy_weight


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


def test_trade_values_no_rescale_can_keep_are_refused_in_one_message():
    """sigma.js's arctic trade network (graphology JSON) weighs its edges in trade values
    from 0.06 to hundreds of millions: refused with one message saying what is wrong and
    what to do, naming the first few edges, not one problem per edge."""
    with pytest.raises(LoadError) as refused:
        import_model(EXCERPT / "sigma_arctic_trade.json")
    [problem] = refused.value.problems
    assert "94 weights cannot be read as they are" in problem.message
    assert "rescale the weights yourself" in problem.message
    assert re.search(r"They are at edge '[^']+' \([^)]+\), attribute weight \([0-9.e+]+\), "
                     r".* and 91 more like it$", problem.message)
