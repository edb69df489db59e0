"""The focus view: the routes carrying a change stay, the rest fades; F toggles it."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from windtunnel.app.canvas.scene import FADED
from windtunnel.engine import breakdown
from windtunnel.engine.focus import carrying_routes, neighbourhood
from windtunnel.model import load
from windtunnel.paths import bundled_model

from .conftest import settle


def test_the_kept_routes_carry_the_share_and_hold_their_edges():
    model = load(bundled_model())
    scenario = model.scenarios[1].id
    node = model.objectives[0].node
    explained = breakdown(model, scenario, node)
    total = sum(abs(r.value) for r in explained.routes)
    found = carrying_routes(explained, 0.8, most=len(explained.routes))
    largest = sorted(explained.routes, key=lambda r: -abs(r.value))[:found.routes]
    assert found.carried == pytest.approx(sum(abs(r.value) for r in largest) / total)
    assert found.carried >= 0.8 and 0 < found.routes < len(explained.routes)
    assert sum(abs(r.value) for r in largest[:-1]) / total < 0.8     # none more than needed
    few = carrying_routes(explained, 0.8, most=3)
    assert few.routes == 3 and few.carried < found.carried
    assert node in found.nodes and all(a in found.nodes and b in found.nodes
                                       for a, b in found.edges)
    assert found.edges <= {e.key for e in model.edges}


def test_a_neighbourhood_is_what_reaches_the_node_and_what_it_reaches(small_model):
    found = neighbourhood(small_model, "ban")
    assert found.nodes == {"ban", "leak", "lab"}       # downstream through the loop
    assert neighbourhood(small_model, "lab").edges == {("ban", "leak"), ("leak", "lab"),
                                                       ("lab", "leak")}


def test_f_fades_what_carries_little_and_follows_the_selection(bundled, qtbot):
    window, analysis = bundled
    focus, scene = analysis.focus, window.scene
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_F)
    assert focus.active
    qtbot.waitUntil(lambda: focus.shown is not None, timeout=10_000)
    kept = focus.shown
    goal = window.document.model.objectives[0].node
    assert goal in kept.nodes and kept.routes > 0
    faded = [n for n, item in scene.node_items.items() if item.opacity() == FADED]
    assert faded and set(faded) == set(scene.node_items) - kept.nodes
    assert all(item.opacity() == (1.0 if key in kept.edges else FADED)
               for key, item in scene.edge_items.items())
    # the focus follows the selection: a node the scenario leaves alone shows its
    # upstream and downstream
    change = analysis.session.change()[analysis.session.step]
    results = analysis.session.results
    calm = next(n.id for n in window.document.model.nodes
                if abs(change[results.node_index(n.id)]) <= 1e-9)
    window.scene.select(nodes=[calm])
    qtbot.waitUntil(lambda: focus.shown is not kept, timeout=10_000)
    assert focus.shown == neighbourhood(window.document.model, calm)
    qtbot.keyClick(window.view, Qt.Key_F)
    settle(qtbot, analysis)
    assert not focus.active and all(i.opacity() == 1.0 for i in scene.node_items.values())
