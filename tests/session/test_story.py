"""The story of a scenario: chapters by causal distance, outcomes last, every revealed
node moving, the text naming what changed."""

from __future__ import annotations

import networkx as nx

from windtunnel.model import load
from windtunnel.paths import bundled_model
from windtunnel.session import AnalysisSession
from windtunnel.session.story import MOVES, tell

from conftest import make_small_model


def _distances(model, starts):
    """The fewest edges from ``starts``, by networkx (independent of the story's search)."""
    graph = nx.DiGraph([e.key for e in model.edges])
    return nx.multi_source_dijkstra_path_length(graph, set(starts), weight=None)


def test_the_bundled_story_goes_from_levers_to_outcomes():
    session = AnalysisSession(load(bundled_model()))
    snapshot = session.snapshot()
    model, results = snapshot.model, snapshot.results
    chapters = tell(snapshot)
    scenario = model.scenario(snapshot.scenario_id)
    levers = [i.node for i in scenario.interventions]
    assert chapters[0].title == "The levers" and set(chapters[0].new) == set(levers)
    assert chapters[-1].title == "Outcomes"
    assert set(chapters[-1].new) == {o.node for o in model.objectives}
    distance = _distances(model, levers)
    final = snapshot.change[snapshot.last_step]
    goals = {o.node for o in model.objectives}
    for number, chapter in enumerate(chapters[1:-1], start=1):
        assert chapter.nodes == chapters[number - 1].nodes | set(chapter.new)
        assert {distance[n] for n in chapter.new} == {number}       # one remove per chapter
        for node_id in chapter.new:
            assert node_id not in goals
            assert abs(final[results.node_index(node_id)]) >= MOVES
        first = model.node(chapter.new[0]).label
        assert chapter.text.startswith(first)                      # the largest first
    for chapter in chapters:
        assert all(a in chapter.nodes and b in chapter.nodes for a, b in chapter.edges)


def test_no_scenario_no_story():
    session = AnalysisSession(make_small_model())
    session.set_scenario("")
    snapshot = session.snapshot()
    assert snapshot is None or tell(snapshot) == []
