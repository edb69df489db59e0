"""Canvas benchmarks on a 2,000-node, 6,000-edge map (targets: paint and pan <= 33 ms,
open <= 2 s), and one scroll step of the Levers dock on its 667 levers.

Run with ``pytest tests/benchmarks/test_canvas_benchmark.py --benchmark-enable``; the
normal test run skips benchmarks. Figures depend on the machine: see the report for those
measured on the build machine. Each benchmark paints for real (offscreen, into the
window's backing store) through the same code paths the user triggers.
"""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from windtunnel.model import save

from canvas_models import big_model, tangled_model


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.wtm"
    save(big_model(), path)
    return path


@pytest.fixture
def workspace(workspace):
    """The shared workspace (tests/conftest.py) with its window at 1600x1000."""
    workspace.windows[0].resize(1600, 1000)
    QApplication.processEvents()
    return workspace


def _open(window, path) -> None:
    window.open_file(str(path))
    QApplication.processEvents()  # the deferred fit-to-view
    window.view.viewport().repaint()


def test_open_big_model(benchmark, workspace, big_file):
    """Read the file, build the window's scene and docks, fit and paint once."""
    window = workspace.windows[0]

    def setup():
        window.set_document(type(window.document)())  # back to a pristine window
        QApplication.processEvents()
    benchmark.pedantic(_open, args=(window, big_file), setup=setup, rounds=3, iterations=1)
    assert len(window.scene.node_items) == 2000 and len(window.scene.edge_items) == 6000


def test_full_view_repaint(benchmark, workspace, big_file):
    """The whole map in view (fit), zoomed out: the overview layer."""
    window = workspace.windows[0]
    _open(window, big_file)
    assert window.scene.overview
    benchmark(window.view.viewport().repaint)


def _pan_step(view) -> None:
    view.pan(40, 0)
    QApplication.processEvents()  # paints the strip that scrolled into view


@pytest.mark.parametrize("zoom", [1.0, 0.6])
def test_pan_step(benchmark, workspace, big_file, zoom):
    """One 40-pixel pan step at full detail (labels, arrows), as the user pans.

    Antialiasing drops while the view scrolls and comes back with one full repaint when
    the pan settles (that repaint is ``test_detail_repaint``).
    """
    window = workspace.windows[0]
    _open(window, big_file)
    view = window.view
    view.set_zoom(zoom)
    view.centerOn(window.scene.node_items["n600"])
    QTest.qWait(400)  # the jump has settled: antialiased again
    assert view.antialiased and not window.scene.overview
    benchmark(_pan_step, view)
    assert not view.antialiased  # still panning: the settle timer has not fired


def test_detail_repaint(benchmark, workspace, big_file):
    """A full repaint of the viewport at 100 % (every visible item painted)."""
    window = workspace.windows[0]
    _open(window, big_file)
    window.view.set_zoom(1.0)
    window.view.centerOn(window.scene.node_items["n600"])
    QTest.qWait(400)  # settled: antialiased
    assert window.view.antialiased
    benchmark(window.view.viewport().repaint)


def test_tangled_full_view_repaint(benchmark, workspace, tmp_path):
    """The worst case: long edges everywhere, whole map in view."""
    path = tmp_path / "tangled.wtm"
    save(tangled_model(), path)
    window = workspace.windows[0]
    _open(window, path)
    benchmark(window.view.viewport().repaint)


@pytest.mark.parametrize("zoom", [None, 1.0])
def test_drag_step_in_big_model(benchmark, workspace, big_file, zoom):
    """One mouse-move of a node drag, painted: only that node's edges are recomputed.

    ``None`` is the fit-to-view zoom (overview mode: the node's and its edges' entries of
    the overview layer are replaced, and only their area is repainted).
    """
    from PySide6.QtCore import QEvent, QPoint, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtCore import QPointF

    window = workspace.windows[0]
    _open(window, big_file)
    view, scene = window.view, window.scene
    if zoom is not None:
        view.set_zoom(zoom)
    item = scene.node_items["n600"]
    view.centerOn(item)
    QApplication.processEvents()
    start = view.mapFromScene(item.pos())
    viewport = view.viewport()

    def send(kind, pos, button, buttons):
        event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button,
                            buttons, Qt.NoModifier)
        QApplication.sendEvent(viewport, event)
    send(QEvent.MouseButtonPress, start, Qt.LeftButton, Qt.LeftButton)
    state = {"x": 0}

    def step():
        state["x"] += 3
        send(QEvent.MouseMove, start + QPoint(state["x"], 0), Qt.NoButton, Qt.LeftButton)
        QApplication.processEvents()  # flush the edges, paint
    benchmark(step)
    send(QEvent.MouseButtonRelease, start + QPoint(state["x"], 0), Qt.LeftButton, Qt.NoButton)
    assert window.document.undo_stack.count() == 1  # the whole drag is one command


def test_lever_list_scroll_step(benchmark, workspace, big_file):
    """One wheel step of the Levers dock on the big map's 667 levers: the rows that scroll
    into view are re-bound from a small pool (only the rows in view exist)."""
    window = workspace.windows[0]
    _open(window, big_file)
    panel = window.extensions["analysis"].scenarios_panel.levers
    bar = panel.list.verticalScrollBar()
    assert len(panel.rows) == 667 and len(panel.list.bound) < 40
    step = {"value": 0}

    def scroll():
        step["value"] = (step["value"] + 3 * bar.singleStep()) % bar.maximum()
        bar.setValue(step["value"])
        panel.list.viewport().repaint()
    benchmark(scroll)
    assert len(panel.list.bound) < 40
