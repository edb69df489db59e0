"""The focus view: the routes carrying a change stay, the rest fades; F toggles it."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from windtunnel.app.canvas.scene import FADED
from windtunnel.engine import breakdown
from windtunnel.engine.focus import carrying_routes, neighbourhood
from windtunnel.model import load
from windtunnel.paths import bundled_model

from .conftest import bundled_in, settle


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


@pytest.mark.parametrize("tag", ["zh-CN", "zh-HK", "ja", "en"])
def test_the_focus_message_reads_whole_on_a_projector_in_workshop_mode(
        workspace, qtbot, on_screen, tag):
    """At 1024 pixels in workshop type the focus view's message was cut before what F
    does ("（按 F …"): it leaves out the scenario's name (the bar and the legend name it),
    and workshop mode leaves out the map's counts of nodes, edges and sources."""
    on_screen("projector")
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        analysis.session.set_scenario("channels-closed")
        analysis.workshop.set_active(True)
        qtbot.waitUntil(lambda: window.isFullScreen() and window.width() == 1024)
        window.scene.select(nodes=["security-research"])    # among the longest names
        settle(qtbot, analysis)
        analysis.focus.set_active(True)
        message = window.status_message
        qtbot.waitUntil(lambda: analysis.focus.shown is not None
                        and "%" in message.full_text, timeout=10_000)
        window.status_fit.fit()
        assert message.text() == message.full_text, message.text()
        assert window.counts.isHidden()          # the map's counts tell the room nothing
        analysis.focus.set_active(False)
        analysis.workshop.set_active(False)
        assert not window.counts.isHidden()
