"""A Gephi multigraph (parallel edges between two nodes, told apart by their Kind or
label), in GEXF and in GraphML: the parallel edges become one edge whose weight is their
sum held within [-1, 1] (each is an influence of its own: a tax lowers car use through
the price and through the social signal), whose rationale lists each with its kind and
weight, and the note says when the sum was held. Edges alike but for their weight are two
estimates of one influence, and a sum of those past [-1, 1] is still refused."""

from __future__ import annotations

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import ChoiceNeeded, import_model
from windtunnel.io.parallel_edges import LISTED

from io_helpers import DATA, REAL, csv_file

MULTIGRAPHS = ["gephi_multigraph.gexf", "gephi_multigraph.graphml"]


def _edges(model) -> dict:
    label = {node.id: node.label for node in model.nodes}
    return {(label[e.source], label[e.target]): e for e in model.edges}


def _notes(imported) -> str:
    return "\n".join(note.message for note in imported.notes)


@pytest.mark.parametrize("name", MULTIGRAPHS)
def test_parallel_edges_told_apart_by_kind_add_up_held_within_the_range(name):
    """The file was refused: the two channels of the tax on car use add up to -1.1."""
    imported = import_model(DATA / name)
    edges = _edges(imported.model)
    assert len(edges) == 4
    assert edges[("Fuel tax", "Car use")].weight == -1.0
    assert edges[("Fuel tax", "Public transport use")].weight == pytest.approx(0.7)
    assert edges[("Car use", "Emissions")].weight == 0.8
    assert ("the parallel edges 0 → 1 (2 times) add up to -1.1, outside [-1, 1]: held at -1, "
            "the strongest influence an edge has; its rationale lists each parallel edge "
            "with its weight") in _notes(imported)
    assert "0 → 3 (2 times) add up" not in _notes(imported)       # 0.7 needs no holding


def test_each_parallel_edge_is_a_line_of_the_rationale_with_its_kind_and_weight():
    edges = _edges(import_model(DATA / "gephi_multigraph.gexf").model)
    assert edges[("Fuel tax", "Car use")].rationale == (
        "Kind: economic, weight -0.6 \u2014 price at the pump\n"
        "Kind: social, weight -0.5 \u2014 signals the car is out of favour")
    assert edges[("Fuel tax", "Public transport use")].rationale == (
        "Kind: economic, weight 0.3 \u2014 fares look cheaper\n"
        "Kind: budget, weight 0.4 \u2014 revenue funds more buses")
    assert edges[("Car use", "Emissions")].rationale == ""          # no parallel: untouched


def test_gephi_s_graphml_keeps_the_edge_labels_it_writes_in_the_rationale():
    """Gephi's GraphML writes an edge's label as "Edge Label", which no field reads: for
    parallel edges it tells them apart, so it is kept with the kind."""
    edges = _edges(import_model(DATA / "gephi_multigraph.graphml").model)
    assert edges[("Fuel tax", "Car use")].rationale == (
        "Edge Label: price at the pump, Kind: economic, weight -0.6\n"
        "Edge Label: signals the car is out of favour, Kind: social, weight -0.5")


@pytest.mark.parametrize("name", MULTIGRAPHS)
def test_the_mean_or_a_refusal_is_the_analyst_s_to_choose(name):
    imported = import_model(DATA / name, repeated="mean")
    assert _edges(imported.model)[("Fuel tax", "Car use")].weight == pytest.approx(-0.55)
    assert "held at" not in _notes(imported)
    with pytest.raises(LoadError, match="listed more than once"):
        import_model(DATA / name, repeated="refuse")
    with pytest.raises(ChoiceNeeded):
        import_model(DATA / name, repeated="ask")


def test_parallel_edges_alike_but_for_their_weight_are_still_refused_past_the_range(tmp_path):
    """Two estimates of one influence (no kind, no label between them): their sum is no
    stronger influence, so it is not held at 1 but refused, the mean offered."""
    path = csv_file(tmp_path, """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
  <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
  <edges><edge id="0" source="a" target="b" weight="0.6"/>
         <edge id="1" source="a" target="b" weight="0.7"/></edges>
</graph></gexf>""", "estimates.gexf")
    with pytest.raises(LoadError, match=r"add up to 1\.3, outside \[-1, 1\].*--repeated mean"):
        import_model(path)


def test_gephi_s_own_multigraph_export_is_one_edge_held_at_one():
    """Gephi's JSON export of a multigraph (two edges 1 -> 2 of weight 1, the second of
    type 1) was refused: its weights add up to 2."""
    imported = import_model(REAL / "gephi_json_multi.json")
    (edge,) = imported.model.edges
    assert edge.weight == 1.0
    assert "the parallel edges 1 → 2 (2 times) add up to 2, outside [-1, 1]: held at 1" in (
        _notes(imported))
    assert edge.rationale == "weight 1\ntype: 1, weight 1"     # its type named once


def _gexf_of_parallels(tmp_path, count: int, kinds: bool):
    kind = '<attvalues><attvalue for="k" value="kind {i}"/></attvalues>'
    edges = "".join(f'<edge id="{i}" source="a" target="b" weight="0.1">'
                    f'{kind.format(i=i) if kinds else ""}</edge>' for i in range(count))
    return csv_file(tmp_path, f"""<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
  <attributes class="edge"><attribute id="k" title="Kind" type="string"/></attributes>
  <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges>{edges}</edges>
</graph></gexf>""", "many.gexf")


def test_more_parallel_edges_than_a_rationale_lists_are_a_count_not_channels(tmp_path):
    """A network of interactions (an edge per contact) is one tie counted many times: its
    edges are not listed one by one (2,000 lines would not fit a rationale, and the file
    was refused for it), nor held at 1 as channels."""
    many = _gexf_of_parallels(tmp_path, 2000, kinds=False)
    (edge,) = import_model(many, repeated="mean").model.edges
    assert edge.rationale == "" and edge.weight == pytest.approx(0.1)
    thirteen = _gexf_of_parallels(tmp_path, LISTED + 1, kinds=True)
    with pytest.raises(LoadError, match=r"add up to 1\.3, outside \[-1, 1\]"):
        import_model(thirteen)
    twelve = _gexf_of_parallels(tmp_path, LISTED, kinds=True)
    (edge,) = import_model(twelve).model.edges
    assert edge.weight == pytest.approx(1.0) and len(edge.rationale.splitlines()) == LISTED


@pytest.mark.parametrize("attribute", ["confidence", "sources", "certainty"])
def test_parallel_edges_differing_only_in_what_an_estimate_gives_are_estimates(tmp_path,
                                                                               attribute):
    """Two edges that differ in their confidence (under any of its names) or their
    sources are two estimates of one influence: not held at 1 as channels."""
    path = csv_file(tmp_path, f"""<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
  <attributes class="edge"><attribute id="c" title="{attribute}" type="string"/></attributes>
  <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
  <edges><edge id="0" source="a" target="b" weight="0.6">
           <attvalues><attvalue for="c" value="high"/></attvalues></edge>
         <edge id="1" source="a" target="b" weight="0.7">
           <attvalues><attvalue for="c" value="low"/></attvalues></edge></edges>
</graph></gexf>""", "estimates.gexf")
    with pytest.raises(LoadError, match=r"add up to 1\.3, outside \[-1, 1\]"):
        import_model(path)


#: The transport channels of gephi_multigraph.gexf as Gephi's Data Laboratory exports its
#: edges table: ids that differ from edge to edge, the Kind telling the channels apart.
CHANNELS_TABLE = [["Source", "Target", "Type", "Kind", "Id", "Label", "Weight"],
                  ["Fuel tax", "Car use", "Directed", "economic", "0", "price at the pump",
                   -0.6],
                  ["Fuel tax", "Car use", "Directed", "social", "1",
                   "signals the car is out of favour", -0.5],
                  ["Fuel tax", "Transit", "Directed", "economic", "2", "", 0.3],
                  ["Fuel tax", "Transit", "Directed", "budget", "3", "", 0.4],
                  ["Car use", "Emissions", "Directed", "", "4", "", 0.8]]


def _channels_csv(tmp_path):
    return csv_file(tmp_path, "\n".join(",".join(map(str, row)) for row in CHANNELS_TABLE))


def _channels_workbook(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Edges"
    for row in CHANNELS_TABLE:
        sheet.append(row)
    path = tmp_path / "channels.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("make", [_channels_csv, _channels_workbook], ids=["csv", "xlsx"])
def test_an_edges_table_of_a_multigraph_merges_as_a_graph_file_does(tmp_path, make):
    """Gephi's edges table of the same multigraph was refused (the channels add up to
    -1.1): its rows merge as the GEXF's edges do, each channel a line of the rationale."""
    imported = import_model(make(tmp_path))
    edges = _edges(imported.model)
    assert edges[("Fuel tax", "Car use")].weight == -1.0
    assert edges[("Fuel tax", "Car use")].rationale == (
        "Kind: economic, Label: price at the pump, weight -0.6\n"
        "Kind: social, Label: signals the car is out of favour, weight -0.5")
    assert edges[("Fuel tax", "Transit")].weight == pytest.approx(0.7)
    assert edges[("Fuel tax", "Transit")].rationale == (
        "Kind: economic, weight 0.3\nKind: budget, weight 0.4")
    assert edges[("Car use", "Emissions")].rationale == ""
    notes = _notes(imported)
    assert ("the parallel edges Fuel tax → Car use (rows 2, 3) add up to -1.1, outside "
            "[-1, 1]: held at -1") in notes
    assert ("used columns 'Kind', 'Label' to tell parallel edges apart: the rationale of the "
            "edge they merged into gives each row's values") in notes
    assert "ignored column 'Id'" in notes


def test_gephi_s_csv_multigraph_export_is_one_edge_held_at_one():
    """Gephi's own CSV export of a multigraph (two edges 1 -> 2 of weight 1, the second of
    Kind 1) was refused: its weights add up to 2."""
    imported = import_model(REAL / "gephi_export_multigraph.csv")
    (edge,) = imported.model.edges
    assert edge.weight == 1.0 and edge.rationale == "weight 1\nKind: 1, weight 1"
    assert "used column 'Kind' to tell parallel edges apart" in _notes(imported)
    assert "ignored columns 'Id', 'Label'" in _notes(imported)


def test_rows_told_apart_only_by_their_ids_times_or_raters_are_estimates(tmp_path):
    """An edge's id differs from row to row, and the same influence at another time or
    rated by another participant is one more estimate of it: such rows are not channels,
    and a sum past [-1, 1] is refused as before."""
    for column, first, second in [("Id", "7", "8"), ("timeset", "<[2001]>", "<[2002]>"),
                                  ("Expert", "ana", "bo")]:
        path = csv_file(tmp_path, f"Source,Target,{column},Weight\n"
                                  f"A,B,{first},0.6\nA,B,{second},0.7\n")
        with pytest.raises(LoadError, match=r"add up to 1\.3, outside \[-1, 1\]"):
            import_model(path)


@pytest.mark.parametrize("name", MULTIGRAPHS)
def test_the_kind_that_told_parallel_edges_apart_is_noted_as_used_not_ignored(name):
    notes = [note.message for note in import_model(DATA / name).notes]
    assert not any("ignored edge attribute" in note and "Kind" in note for note in notes)
    assert any(note.startswith("used edge attribute") and "'Kind'" in note for note in notes)


def test_rows_told_apart_by_a_type_of_categories_are_channels_named_once(tmp_path):
    """Kumu's connection types (a Type column of categories, not signs) tell the channels
    of one pair apart as Gephi's Kind does: the rows were refused (-0.6 and -0.5 add up to
    -1.1), and each row's category would have been written twice in its rationale."""
    path = csv_file(tmp_path, "From,To,Type,Weight\nTax,Car use,economic,-0.6\n"
                              "Tax,Car use,social,-0.5\nCar use,Emissions,physical,0.8\n")
    edges = _edges(import_model(path).model)
    assert edges[("Tax", "Car use")].weight == -1.0
    assert edges[("Tax", "Car use")].rationale == (
        "Type: economic, weight -0.6\nType: social, weight -0.5")
    assert edges[("Car use", "Emissions")].rationale == "Type: physical"   # as before


def test_rows_whose_ends_differ_only_in_case_and_spaces_are_one_pair(tmp_path):
    """The rows of a pair are found by their ends written alike (trimmed, in one case),
    as nodes are matched, among rows of other pairs and rows too short for a Kind."""
    path = csv_file(tmp_path, "From,To,Weight,Kind\nTax,Car use,-0.6,economic\n"
                              "Car use,Emissions,0.8\n tax ,CAR USE,-0.5,social\n")
    edges = _edges(import_model(path).model)
    assert edges[("Tax", "Car use")].weight == -1.0
    assert edges[("Tax", "Car use")].rationale == (
        "Kind: economic, weight -0.6\nKind: social, weight -0.5")
    assert edges[("Car use", "Emissions")].rationale == ""
