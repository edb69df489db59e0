"""The Explore dock's parallel coordinates, Sobol' bars, futures of delays and participants,
and the cluster row: drawn from the run's numbers, no network unless the user gives an
address, the same numbers on a LocalCluster as on this computer."""

from __future__ import annotations

import socket

import numpy as np
import pytest
from PySide6.QtCore import Qt

from windtunnel.app.analysis.explore_charts import (LINES, MET, MISSED, SEQUENTIAL,
                                                    parallel_axes)
from windtunnel.app.analysis.explore_cluster import CLUSTER, ClusterSetting
from windtunnel.app.document import Document
from windtunnel.engine import explore
from windtunnel.engine.designs import PARTICIPANT
from windtunnel.model import load
from windtunnel.paths import bundled_model

from .conftest import settle
from .test_explore_view import explored, tick


def curve_colours(chart) -> list[str]:
    return [curve.opts["pen"].color().name() for curve in chart.lines]


@pytest.mark.slow
def test_parallel_coordinates_draw_every_axis_and_colour_by_choice(bundled, qtbot):
    window, analysis = bundled
    view = analysis.explore_view
    tick(view, "licensing", 0.0, 1.0, 3)
    view.sampler.setCurrentIndex(view.sampler.findData("factorial"))
    view.futures.setValue(300)
    view.run()
    settle(qtbot, analysis)
    assert not window.problems
    experiments, _, discoveries = view.result
    chart = view.parallel
    axes = parallel_axes(experiments, discoveries)
    names = [name for name, _ in axes]
    assert names[0] == "licensing"
    assert names[-len(experiments.objectives):] == [o.label for o in experiments.objectives]
    named = {r.name for item in discoveries for box in item.boxes for r in box.restrictions}
    assert set(names[1:-len(experiments.objectives)]) <= named
    assert chart.names.text().startswith("1\u2002Licensing & review boards")
    assert not any(f"\u2002{name}" in chart.names.text() for name in named)   # by labels
    # met or not: two colours, as many lines as sampled experiments
    assert set(curve_colours(chart)) <= {MET, MISSED}
    per_line = len(axes) + 1                 # a point per axis, then a break
    lines = sum(len(c.getData()[1]) // per_line for c in chart.lines)
    step = max(1, experiments.count // LINES)
    assert lines == len(range(0, experiments.count, step))
    met = experiments.met().all(axis=2).ravel()[::step]
    by_colour = {c.opts["pen"].color().name(): len(c.getData()[1]) // per_line
                 for c in chart.lines}
    assert by_colour.get(MET, 0) == met.sum() and by_colour.get(MISSED, 0) == (~met).sum()
    chart.colour_by.setCurrentIndex(chart.colour_by.findData(experiments.objectives[0].id))
    assert set(curve_colours(chart)) <= set(SEQUENTIAL) and len(chart.lines) > 1

    bars = view.sobol
    assert bars.indices is view.indices and view.indices is not None
    objective = bars.objective.currentData()
    j = view.indices.objectives.index(objective)
    top = np.argsort(-view.indices.total[j], kind="stable")[:len(bars.shown)]
    assert bars.shown == [view.indices.uncertainties[d] for d in top]
    assert rows_of(view)[0] in bars.note.text()


def rows_of(view):
    return [row.label for row in view.result[1]]


@pytest.mark.slow
def test_futures_tab_explores_delays_and_participants(workspace, qtbot):
    window = workspace.windows[0]
    window.set_document(Document(load(bundled_model("ai-export-controls-2026-voices.wtm"))))
    window.problems = []
    window.show_problem = lambda title, error: window.problems.append((title, str(error)))
    analysis = window.extensions["analysis"]
    settle(qtbot, analysis)
    view = analysis.explore_view
    choices = view.future_choices
    assert choices.participants.isEnabled()
    choices.participants.setChecked(True)
    item = choices.delays.item(0, 0)
    source, target = item.data(Qt.UserRole)
    item.setCheckState(Qt.Checked)
    choices.delays.cellWidget(0, 1).setValue(0)
    choices.delays.cellWidget(0, 2).setValue(2)
    view.futures.setValue(60)
    view.run()
    settle(qtbot, analysis)
    assert not window.problems, window.problems
    experiments = view.result[0]
    assert experiments.uncertainties[-2:] == (f"delay {source} \u2192 {target}", PARTICIPANT)
    same = explore(window.document.model, futures=60, workers=1, participants=True,
                   delays=choices.delay_ranges())
    np.testing.assert_array_equal(experiments.outcomes, same.outcomes)
    analysis.controller.cancel_all()
    analysis.controller.wait()


def test_no_network_connection_unless_the_user_gives_an_address(small, qtbot, monkeypatch):
    """A run on this computer, and a cluster chosen without an address, open no network
    connection (a local pool talks through pipes and a Unix socket, not the network)."""
    window, analysis = small
    opened = []
    real_connect = socket.socket.connect

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            opened.append(address)
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "create_connection",
                        lambda address, *a, **k: opened.append(address))
    view = explored(analysis, qtbot)
    assert view.result is not None and not window.problems
    view.cluster.where.setCurrentIndex(view.cluster.where.findData(CLUSTER))
    assert not view.cluster.test_button.isEnabled()          # nothing to test without one
    view.run()
    settle(qtbot, analysis)
    assert window.problems and "scheduler's address" in window.problems[-1][1]
    assert opened == []


def test_the_cluster_row_is_offered_only_with_the_cluster_extra(qtbot):
    runner = object()
    absent = ClusterSetting(runner, available=False)
    qtbot.addWidget(absent)
    assert absent.isHidden() and absent.scheduler() is None
    present = ClusterSetting(runner, available=True)
    qtbot.addWidget(present)
    assert not present.isHidden() and present.scheduler() is None   # this computer first
    present.where.setCurrentIndex(present.where.findData(CLUSTER))
    present.address.setText("  tcp://127.0.0.1:8786 ")
    assert present.scheduler() == "tcp://127.0.0.1:8786" and present.test_button.isEnabled()


def test_a_malformed_address_is_named_by_test(small, qtbot):
    # imported here, however long it takes on a busy machine: Test's worker only reads
    # the address then, and its answer is waited for as any other
    pytest.importorskip("distributed")
    window, analysis = small
    cluster = analysis.explore_view.cluster
    assert cluster.available
    cluster.where.setCurrentIndex(cluster.where.findData(CLUSTER))
    cluster.address.setText("nope")
    cluster.test()
    qtbot.waitUntil(lambda: "not a scheduler address" in cluster.status.text())


@pytest.mark.slow
def test_a_local_cluster_gives_the_numbers_of_this_computer(small, qtbot):
    distributed = pytest.importorskip("distributed")
    window, analysis = small
    view = analysis.explore_view
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        setting = view.cluster
        setting.where.setCurrentIndex(setting.where.findData(CLUSTER))
        setting.address.setText(cluster.scheduler_address)
        setting.test()
        qtbot.waitUntil(lambda: "Connected: 2 worker threads" in setting.status.text(),
                        timeout=30_000)
        view.futures.setValue(700)
        view.run()
        analysis.controller.wait(120_000)
        settle(qtbot, analysis)
    assert not window.problems, window.problems
    local = explore(window.document.model, futures=700, workers=1)
    np.testing.assert_array_equal(view.result[0].outcomes, local.outcomes)
    np.testing.assert_array_equal(view.result[0].futures, local.futures)


@pytest.mark.slow
def test_sobol_bars_beside_the_tornado_follow_its_scenario_and_objective(bundled, qtbot):
    window, analysis = bundled
    view = analysis.results_panel.tornado
    analysis.session.set_scenario("whack-a-mole")
    view.objective.setCurrentIndex(view.objective.findData("limit-misuse"))
    view.run()
    settle(qtbot, analysis)
    assert not window.problems
    bars = view.sobol
    assert bars.indices is not None and bars.indices.option == "whack-a-mole"
    assert bars.objective.currentData() == "limit-misuse"
    j = bars.indices.objectives.index("limit-misuse")
    assert bars.shown[0] == bars.indices.uncertainties[int(np.argmax(bars.indices.total[j]))]
    assert window.document.model.scenario("whack-a-mole").label in bars.note.text()
    analysis.session.set_scenario("accountability")       # another question: bars go
    assert bars.indices is None and bars.shown == []


def test_a_participant_axis_is_labelled_by_participants(qtbot):
    import pyqtgraph as pg

    from windtunnel.app.analysis.explore_charts import END_CHARACTERS, ParallelCoordinates
    from windtunnel.engine.discovery import Discovery
    from windtunnel.engine.prim import Box, Restriction

    result = explore(load(bundled_model("ai-export-controls-2026-voices.wtm")),
                     scenarios=["hk-hub"], futures=40, participants=True, workers=1)
    box = Box((Restriction(PARTICIPANT, 1.0, 1.0),), 1.0, 1.0, 0.2, 8, 8)
    found = Discovery("hk-hub", "HK hub", None, None, 0.2, (box,), result.categories)
    chart = ParallelCoordinates()
    qtbot.addWidget(chart)
    chart.show_experiments(result, [found])
    assert [name for name, _ in chart.axes][0] == PARTICIPANT
    texts = {item.textItem.toPlainText() for item in chart.plot.getPlotItem().items
             if isinstance(item, pg.TextItem)}
    labels = result.categories[PARTICIPANT]
    for label in (labels[0], labels[-1]):
        shown = label if len(label) <= END_CHARACTERS else label[:END_CHARACTERS - 1] + "\u2026"
        assert shown in texts


def test_axis_end_labels_never_touch_however_narrow_the_plot(qtbot):
    """Close axes write every other axis's ends one line further out and elide what is
    still too long: no two end labels overlap, at a narrow width or a wide one."""
    from windtunnel.app.analysis.explore_charts import ParallelCoordinates
    from windtunnel.engine import LeverRange, discover, robustness

    voices = load(bundled_model("ai-export-controls-2026-voices.wtm"))
    experiments = explore(voices, levers=[LeverRange("licensing", 0, 1)], policies=2,
                          futures=200, participants=True, workers=1, seed=3)
    discoveries = [discover(experiments, row.option) for row in robustness(experiments)[:3]]
    chart = ParallelCoordinates()
    qtbot.addWidget(chart)
    chart.show()
    chart.show_experiments(experiments, discoveries)
    for width, staggered in ((440, True), (4000, False)):
        chart.resize(width, 300)
        qtbot.waitUntil(lambda: abs(chart.plot.width() - width) < 50)
        labels = [label for label, *_ in chart.ends]
        boxes = [label.sceneBoundingRect() for label in labels]
        assert not [(a, b) for a in range(len(boxes)) for b in range(a + 1, len(boxes))
                    if boxes[a].intersects(boxes[b])]
        outer = {label.anchor.y() for label in labels}
        assert (outer == {1.0, 0.0}) != staggered, outer
        elided = [words for label, *_, words in chart.ends
                  if label.textItem.toPlainText() != words]
        assert bool(elided) == staggered


def _indices(spread: float, futures: int):
    """Indices of two objectives to two conditions: the first condition's total 0.5, its
    intervals 0.5 -/+ ``spread``."""
    from windtunnel.engine.globalsensitivity import SobolIndices

    value = np.array([[0.5, 0.1], [0.5, 0.1]])
    return SobolIndices("strict", ("up", "down"), ("a \u2192 b", "b \u2192 a"), value,
                        value, value - spread, value + spread, value - spread,
                        value + spread, futures=futures)


def test_sobol_bars_warn_when_the_design_is_too_small_to_read(qtbot):
    from windtunnel.app.analysis.explore_charts import SobolBars

    bars = SobolBars()
    qtbot.addWidget(bars)
    bars.show()
    labels, names = {"up": "Raise A", "down": "Lower B"}, {"a \u2192 b": "A \u2192 B"}
    bars.show_indices(_indices(0.4, 16 * 4), labels, "Strict", names)
    assert bars.warning.isVisible() and "64 or more" in bars.warning.text()
    why = bars.warning.toolTip()     # for the objective shown only
    assert "too small" in why and "Raise A" in why and "Lower B" not in why
    bars.objective.setCurrentIndex(bars.objective.findData("down"))
    assert "Lower B" in bars.warning.toolTip() and "Raise A" not in bars.warning.toolTip()
    assert bars.note.text().startswith("\u201cStrict\u201d")
    bars.show_indices(_indices(0.05, 512 * 4), labels, "Strict", names)
    assert not bars.warning.isVisible()
    bars.clear()
    assert not bars.warning.isVisible() and not bars.warning.text()


def test_sobol_bars_are_as_many_as_the_plot_holds_a_line_apart(qtbot):
    """On a short dock fewer bars are drawn, their names a line apart (ten names crowded
    into 75 pixels overlapped); a tall plot shows the ten largest."""
    from windtunnel.app.analysis.explore_charts import SOBOL_BARS, SobolBars
    from windtunnel.engine.globalsensitivity import SobolIndices

    names = tuple(f"x{d} \u2192 y" for d in range(12))
    total = np.linspace(0.6, 0.05, 12)[None, :]
    indices = SobolIndices("o", ("up",), names, total, total, total, total, total, total,
                           futures=512 * 14)
    bars = SobolBars()
    qtbot.addWidget(bars)
    bars.resize(500, 900)
    bars.show()
    bars.show_indices(indices, {"up": "Raise A"}, "Option", {})
    qtbot.waitUntil(lambda: len(bars.shown) == SOBOL_BARS)
    assert bars.shown == list(names[:SOBOL_BARS])
    bars.resize(500, 200)
    box = bars.plot.getPlotItem().getViewBox()
    line = bars.fontMetrics().height()
    qtbot.waitUntil(lambda: 1 <= len(bars.shown) < SOBOL_BARS)
    assert box.height() / len(bars.shown) >= line
    assert bars.shown == list(names[:len(bars.shown)])
