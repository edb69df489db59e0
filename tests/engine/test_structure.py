"""Loops, node metrics, model statistics and chokepoints, checked by hand."""

from __future__ import annotations

import numpy as np
import pytest

from windtunnel.engine import (chokepoints, compile_model, find_loops, model_statistics,
                               node_metrics)
from windtunnel.errors import ModelError
from windtunnel.model import Edge, Model, Node


def _model(edges, nodes=None) -> Model:
    names = nodes or sorted({n for e in edges for n in e[:2]})
    return Model.from_elements(nodes=[Node(n, n.upper()) for n in names],
                               edges=[Edge(s, t, w) for s, t, w in edges])


def test_loops_polarity_gain_length_and_order():
    net = compile_model(_model([("a", "b", 0.5), ("b", "a", 0.5), ("b", "c", -0.8),
                                ("c", "a", 0.5), ("c", "d", 0.1)]))
    search = find_loops(net)
    assert [(lp.members, lp.polarity, lp.length) for lp in search.loops] == [
        (("a", "b"), "reinforcing", 2), (("a", "b", "c"), "balancing", 3)]
    assert search.loops[1].gain == pytest.approx(-0.2)
    assert search.note == "loops longer than 12 nodes were not searched"
    assert list(search.to_frame()["polarity"]) == ["reinforcing", "balancing"]


def test_loop_search_says_what_it_cut():
    ring = [(f"n{i}", f"n{(i + 1) % 5}", 0.5) for i in range(5)] + [("n0", "n2", 0.5)]
    net = compile_model(_model(ring))
    assert [lp.length for lp in find_loops(net).loops] == [4, 5]
    short = find_loops(net, max_length=4)
    assert [lp.length for lp in short.loops] == [4]
    capped = find_loops(net, max_loops=1)
    assert capped.truncated and "stopped after 1 loops" in capped.note


def test_node_metrics_follow_mental_modeler():
    """Mental Modeler (concept.js): indegree/outdegree = sum of |weights| in/out,
    centrality = in + out; driver: only out; receiver: only in; ordinary: both."""
    net = compile_model(_model([("a", "b", 0.5), ("a", "c", -0.25), ("b", "c", 1.0)],
                               nodes=["a", "b", "c", "z"]))
    m = node_metrics(net)
    np.testing.assert_allclose(m.indegree, [0, 0.5, 1.25, 0])
    np.testing.assert_allclose(m.outdegree, [0.75, 1.0, 0, 0])
    np.testing.assert_allclose(m.centrality, [0.75, 1.5, 1.25, 0])
    assert m.role == ("driver", "ordinary", "receiver", "isolated")
    assert list(m.in_count) == [0, 1, 2, 0] and list(m.out_count) == [2, 1, 0, 0]
    # b lies on the path a -> b -> c but a reaches c directly: no shortest path through b
    np.testing.assert_allclose(m.betweenness, 0.0)
    assert m.to_frame().loc["b", "role"] == "ordinary"


def test_model_statistics_by_hand():
    """3 edges on 4 nodes: density 3 / (4 * 3) = 0.25 (Mental Modeler's l * (l - 1));
    complexity = receivers / drivers = 1; hierarchy with od = (0.75, 1, 0, 0), mean 0.4375:
    12 / (3 * 4 * 5) * sum (od - mean)^2 = 0.2 * 0.796875 = 0.159375."""
    net = compile_model(_model([("a", "b", 0.5), ("a", "c", -0.25), ("b", "c", 1.0)],
                               nodes=["a", "b", "c", "z"]))
    stats = model_statistics(net)
    assert (stats.nodes, stats.edges, stats.drivers, stats.receivers, stats.ordinary) == (
        4, 3, 1, 1, 1)
    assert stats.density == pytest.approx(0.25) and stats.edges_per_node == 0.75
    assert stats.complexity == 1.0 and stats.hierarchy == pytest.approx(0.159375)


def test_chokepoints_cut_positive_paths_only():
    """Actors x, y reach out through p (positive) or via n on a negative edge; the smallest
    cut of positive paths is {p}."""
    net = compile_model(_model([("x", "p", 0.5), ("y", "p", 0.4), ("p", "out", 0.6),
                                ("x", "n", -0.5), ("n", "out", 0.9), ("y", "q", 0.3),
                                ("q", "p", 0.3)]))
    found = chokepoints(net, ["x", "y"], "out")
    assert found.nodes == ("p",) and found.connected and not found.direct
    blocked = chokepoints(compile_model(_model([("x", "n", -0.5), ("n", "out", 0.9)])),
                          ["x"], "out")
    assert blocked.nodes == () and not blocked.connected
    direct = chokepoints(compile_model(_model([("x", "out", 0.5)])), ["x"], "out")
    assert direct.direct == ("x",) and direct.connected
    with pytest.raises(ModelError, match="valid nodes"):
        chokepoints(net, ["ghost"], "out")
