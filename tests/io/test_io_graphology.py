"""graphology's JSON (graphology and sigma.js's ``graph.export()``) imports: nodes by key,
labels from the label attribute, positions from x and y, weights from the weight
attribute, undirected edges by the graph's type or the edge's own flag; a file that only
looks like one is refused where it breaks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import detect_format, import_model

REAL = Path(__file__).parents[1] / "data" / "real"


def _written(tmp_path, graph: dict) -> Path:
    path = tmp_path / "graph.json"
    path.write_text(json.dumps(graph), encoding="utf-8")
    return path


def test_a_real_graphology_export_imports_its_nodes_edges_and_communities():
    path = REAL / "graphology_clique3.json"
    assert detect_format(path) == "graphology"
    imported = import_model(path)
    assert imported.format == "graphology"
    assert len(imported.model.nodes) == 12 and len(imported.model.edges) == 21
    assert {n.group for n in imported.model.nodes} == {"community 0", "community 1",
                                                      "community 2"}


def test_labels_positions_weights_and_undirected_edges_are_read(tmp_path):
    path = _written(tmp_path, {
        "attributes": {"name": "Export controls"},
        "options": {"type": "mixed", "multi": False, "allowSelfLoops": True},
        "nodes": [{"key": "n1", "attributes": {"label": "Chip ban", "x": 100, "y": -50,
                                               "size": 4, "color": "#f00"}},
                  {"key": "n2", "attributes": {"label": "Smuggling", "x": 400, "y": 200}},
                  {"key": "n3", "attributes": {"label": "Domestic chips"}}],
        "edges": [{"key": "e1", "source": "n1", "target": "n2",
                   "attributes": {"weight": 0.7}},
                  {"key": "e2", "source": "n1", "target": "n3", "undirected": True,
                   "attributes": {"weight": -0.4}}]})
    imported = import_model(path, undirected="both")
    model = imported.model
    assert model.title == "Export controls"
    assert {n.id: n.label for n in model.nodes} == {"n1": "Chip ban", "n2": "Smuggling",
                                                    "n3": "Domestic chips"}
    assert (model.node("n1").position, model.node("n2").position) == ((100, -50), (400, 200))
    assert sorted((e.source, e.target, e.weight) for e in model.edges) == [
        ("n1", "n2", 0.7), ("n1", "n3", -0.4), ("n3", "n1", -0.4)]
    notes = " ".join(str(n) for n in imported.notes)
    assert "'color'" in notes and "'size'" in notes        # what was not read is said


def test_an_undirected_graph_s_edges_follow_the_undirected_choice(tmp_path):
    path = _written(tmp_path, {"options": {"type": "undirected"},
                               "nodes": [{"key": "a"}, {"key": "b"}],
                               "edges": [{"source": "a", "target": "b"}]})
    assert len(import_model(path, undirected="both").model.edges) == 2
    assert len(import_model(path, undirected="as-written").model.edges) == 1


@pytest.mark.parametrize("graph, where, why", [
    ({"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "z"}]},
     "edge a → z", "'target' names 'z', which is the key of no node of the file"),
    ({"nodes": [{"key": "a"}, {"key": "a"}], "edges": []},
     "node 'a'", "is listed twice (nodes 1 and 2)"),
    ({"nodes": [{"key": "a"}, {"attributes": {"label": "B"}}], "edges": []},
     "node 2 (nodes[1])", "has no \"key\""),
    ({"nodes": [{"key": "a"}], "edges": [{"key": "e9", "source": "a"}]},
     "edge 'e9' (a → ?)", "has no 'target'"),
    ({"nodes": [{"key": "a"}], "links": []}, "", "not a graphology graph"),
])
def test_a_broken_graphology_file_is_refused_where_it_breaks(tmp_path, graph, where, why):
    with pytest.raises(LoadError) as refused:
        import_model(_written(tmp_path, graph), format="graphology")
    [problem] = refused.value.problems
    assert problem.location == where and why in problem.message


def test_the_graph_s_attributes_give_the_title_and_nothing_of_the_reader_s_own(tmp_path):
    path = _written(tmp_path, {"attributes": {"title": "Chips", "__windtunnel_hyperedges": "xy",
                                              "__windtunnel_implicit_nodes": ["ghost"]},
                               "nodes": [{"key": "a"}, {"key": "b"}],
                               "edges": [{"source": "a", "target": "b"}]})
    imported = import_model(path)
    assert imported.model.title == "Chips"
    assert not [n for n in imported.notes if "hyperedge" in str(n) or "ghost" in str(n)]
