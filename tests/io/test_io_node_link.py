"""Node-link JSON (networkx's node_link_data, D3's force layouts): a .json file of nodes and
links used to be refused as "cannot tell the format of a .json file", with a list of
--format values none of which read it."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from windtunnel.errors import LoadError
from windtunnel.io import detect_format, import_model

REAL = Path(__file__).parents[1] / "data" / "real"


def _write(tmp_path, data, name="graph.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_networkx_node_link_data_imports_with_its_direction_signs_and_title(tmp_path):
    graph = nx.DiGraph(name="Fishery")
    graph.add_node("stock", label="Fish stock")
    graph.add_edge("effort", "stock", weight=-0.8)
    graph.add_edge("stock", "effort", weight=0.4)
    path = _write(tmp_path, nx.node_link_data(graph, edges="links"))
    assert detect_format(path) == "nodelink"
    imported = import_model(path)
    model = imported.model
    assert imported.format == "nodelink" and model.title == "Fishery"
    assert {(e.source, e.target): e.weight for e in model.edges} == {
        ("effort", "stock"): -0.8, ("stock", "effort"): 0.4}
    assert model.node("stock").label == "Fish stock"


@pytest.mark.parametrize("links", ["links", "edges"])
def test_networkx_node_link_data_of_a_multigraph_is_node_link_json(tmp_path, links):
    """A multigraph's links carry their ``key``, which made the file graphology's to
    read, and graphology's reader refused it as not a graphology graph."""
    graph = nx.MultiDiGraph()
    graph.add_edge("effort", "stock", weight=-0.5)
    graph.add_edge("effort", "stock", weight=-0.25)
    graph.add_edge("stock", "effort", weight=0.4)
    path = _write(tmp_path, nx.node_link_data(graph, edges=links))
    assert detect_format(path) == "nodelink"
    model = import_model(path).model
    assert {(e.source, e.target): e.weight for e in model.edges} == {
        ("effort", "stock"): -0.75, ("stock", "effort"): 0.4}


def test_a_d3_file_names_nodes_by_their_place_and_its_value_is_the_weight(tmp_path):
    """D3's force layouts leave ids out: a link's 0 is the first node listed; "value" is
    the link's weight; a graph that does not say it is directed is undirected, as networkx
    reads it, and follows the undirected choice."""
    data = {"nodes": [{"name": "Myriel", "group": 1}, {"name": "Napoleon", "group": 1},
                      {"name": "Valjean", "group": 2}],
            "links": [{"source": 1, "target": 0, "value": 1}, {"source": 2, "target": 0,
                                                                 "value": 4}]}
    path = _write(tmp_path, data)
    imported = import_model(path)
    label = {n.id: n.label for n in imported.model.nodes}
    weights = {(label[e.source], label[e.target]): e.weight for e in imported.model.edges}
    assert weights == {("Napoleon", "Myriel"): 0.25, ("Myriel", "Napoleon"): 0.25,
                       ("Valjean", "Myriel"): 1.0, ("Myriel", "Valjean"): 1.0}
    assert any("2 undirected edges became an edge each way" in str(n) for n in imported.notes)
    written = import_model(path, undirected="as-written").model
    assert len(written.edges) == 2
    with pytest.raises(LoadError, match="undirected"):
        import_model(path, undirected="refuse")


@pytest.mark.parametrize(("data", "message"), [
    ({"nodes": [{"name": "a"}, {"name": "b"}], "links": [{"source": 0, "target": 2}]},
     "links[0]: 'target' is 2, which is not the place of a node: the file's nodes have no "
     "ids, so a link names a node by its place in the list, 0 to 1"),
    ({"directed": True, "nodes": [{"id": "a"}, {"id": "b"}],
      "links": [{"source": "a", "target": "c"}]},
     "links[0]: 'target' is \"c\", which is the id of no node of the file"),
    ({"nodes": [{"id": "a"}, {"name": "b"}], "links": []},
     "nodes[1]: has no \"id\", where other nodes have theirs"),
    ({"nodes": [{"id": "a"}, {"id": "a"}], "links": []},
     "nodes[1]: has the id 'a' of an earlier node"),
    ({"nodes": [{"id": "a"}], "links": [], "edges": []},
     "holds both a list of \"links\" and a list of \"edges\""),
    ({"nodes": {"a": {}}, "links": []}, "not node-link JSON"),
    ({"nodes": [{"id": "a"}, {"id": "b"}]}, "has a list of \"nodes\" but no list of "
                                              "\"links\" (nor of \"edges\")"),
])
def test_a_link_or_node_that_cannot_be_read_is_refused_where_it_is(tmp_path, data, message):
    path = _write(tmp_path, data)
    with pytest.raises(LoadError) as caught:
        import_model(path)
    assert str(caught.value).startswith("graph.json: ")
    assert message in str(caught.value)


def test_the_real_d3_example_networkx_ships_imports():
    """networkx's documentation's force-layout example: 11 nodes named by "name", 16 links
    by place, no direction (so 32 edges, each link both ways)."""
    imported = import_model(REAL / "networkx_force.json")
    assert len(imported.model.nodes) == 11 and len(imported.model.edges) == 32
    assert {n.group for n in imported.model.nodes} >= {"2", "0"}


def test_networkx_adjacency_data_is_refused_naming_the_export_to_use(tmp_path):
    """networkx's other JSON form lists each node's neighbours under "adjacency": read as
    node-link JSON it would come in as nodes without a single edge."""
    graph = nx.DiGraph([("a", "b"), ("b", "c")])
    path = _write(tmp_path, nx.adjacency_data(graph))
    with pytest.raises(LoadError, match="graph.json: networkx's adjacency_data is not read: "
                                        "write the graph with networkx's node_link_data"):
        import_model(path)


@pytest.mark.parametrize("directed", [1, 1.0, "yes", "true", "True", " YES ", "1"])
def test_a_true_directed_value_of_any_type_is_directed_as_networkx_reads_it(tmp_path,
                                                                            directed):
    """networkx tests ``"directed"`` for its truth: 1 or "yes" made a directed graph there
    and, read as undirected here, every link became an edge each way."""
    data = {"directed": directed, "nodes": [{"id": "a"}, {"id": "b"}],
            "links": [{"source": "a", "target": "b", "weight": 0.5}]}
    imported = import_model(_write(tmp_path, data))
    assert [(e.source, e.target) for e in imported.model.edges] == [("a", "b")]
    assert not any("undirected" in str(note) for note in imported.notes)


@pytest.mark.parametrize("directed", [0, False, None, "false", "no", "0", ""])
def test_a_false_directed_value_is_undirected(tmp_path, directed):
    data = {"directed": directed, "nodes": [{"id": "a"}, {"id": "b"}],
            "links": [{"source": "a", "target": "b", "weight": 0.5}]}
    imported = import_model(_write(tmp_path, data))
    assert len(imported.model.edges) == 2


@pytest.mark.parametrize(("directed", "shown"), [
    ("maybe", '"maybe"'), (2, "2"), ([True], "[true]"), ({"yes": 1}, '{"yes": 1}')])
def test_a_directed_value_neither_true_nor_false_is_refused_naming_it(tmp_path, directed,
                                                                     shown):
    data = {"directed": directed, "nodes": [{"id": "a"}, {"id": "b"}],
            "links": [{"source": "a", "target": "b"}]}
    with pytest.raises(LoadError) as caught:
        import_model(_write(tmp_path, data))
    assert str(caught.value) == (
        f"graph.json: directed: is {shown}, which says neither that the graph is directed "
        "nor that it is not: write true or false")


def test_a_json_list_of_edges_is_read_as_an_edges_table(tmp_path):
    """A bare JSON list of {source, target, ...} objects (D3's links, sigma.js's trade
    flows) was refused as a file whose format cannot be told, pointing to --format though
    no format read it: it is an edges table written as JSON, read by the table rules,
    each entry named by its place."""
    path = tmp_path / "flows.json"
    path.write_text('\ufeff[{"source": "Wool", "target": "Rouen", "weight": 0.5, "flows": 3},'
                    ' {"source": "Rouen", "target": "Paris", "weight": -0.25},'
                    ' {"source": "Paris", "target": "Paris", "weight": 1}]', encoding="utf-8")
    imported = import_model(path)
    label = {node.id: node.label for node in imported.model.nodes}
    assert {(label[e.source], label[e.target]): e.weight for e in imported.model.edges} == {
        ("Wool", "Rouen"): 0.5, ("Rouen", "Paris"): -0.25}
    notes = [note.message for note in imported.notes]
    assert "ignored edge attribute 'flows'" in notes
    assert "skipped 1 self-loop, an edge from a node to itself (entry 3)" in notes
    path.write_text('[{"source": "Wool", "target": "Rouen"}, 7]', encoding="utf-8")
    with pytest.raises(LoadError, match=r"^flows.json: entry 2: is not an object with a "
                                        r"\"source\" and a \"target\"$"):
        import_model(path)


def test_a_graph_that_lists_its_edges_before_its_nodes_is_node_link_json(tmp_path):
    """sigma.js's first JSON format writes {"edges": [...], "nodes": [...]}: in a large
    file (its arctic network, 771 KB) the nodes start past the bytes the format is told
    from, and the file was refused as one of unknown format."""
    edges = [{"source": str(i), "target": str(i + 1), "id": f"e{i}", "size": 1.0}
             for i in range(200)]
    nodes = [{"id": str(i), "label": f"Topic {i}", "x": i * 40.0, "y": 0.0}
             for i in range(201)]
    path = tmp_path / "arctic.json"
    path.write_text(json.dumps({"edges": edges, "nodes": nodes}), encoding="utf-8")
    assert b'"nodes"' not in path.read_bytes()[:4096]
    assert detect_format(path) == "nodelink"
    model = import_model(path).model
    assert len(model.nodes) == 201 and len(model.edges) == 400     # undirected: both ways
