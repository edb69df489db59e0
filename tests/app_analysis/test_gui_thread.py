"""The GUI thread stays free: the map picture painted in strips (identical to the one-go
picture), stepped tasks with progress and cancel, and structure / sensitivity runs that stop
mid-run and keep the previous results."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtGui import QImage

from windtunnel.app import export
from windtunnel.app.workers import TaskRunner
from windtunnel.app.analysis import structure_view, tornado as tornado_view
from windtunnel.app.analysis.colours import change_scale
from windtunnel.app.canvas.view import MIN_DETAIL_ZOOM
from windtunnel.engine import node_metrics, tornado

from .conftest import settle


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format_ARGB32)
    rows = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    rows = rows.reshape(image.height(), image.bytesPerLine())[:, :image.width() * 4]
    return rows.reshape(image.height(), image.width(), 4).copy()


def _thin_strips(monkeypatch, rows: int = 64) -> None:
    """Many thin strips, as on a slow machine."""
    monkeypatch.setattr(export, "next_strip_rows", lambda measured, strip_ms: rows)


@pytest.mark.parametrize("zoom", [MIN_DETAIL_ZOOM * 0.8, 1.0], ids=["zoomed-out", "zoomed-in"])
def test_strips_paint_the_same_picture_as_one_go(bundled, qtbot, monkeypatch, zoom):
    """Zoomed out, the window draws the bundled map in batches (overview mode); zoomed in,
    it strokes only the visible pieces of long edges: a picture is the same either way."""
    window, analysis = bundled
    window.view.set_zoom(zoom)
    assert window.scene.overview == (zoom < MIN_DETAIL_ZOOM)
    window.scene.select(["misuse-risk"])             # selection marks are left out of both
    overlay = change_scale(window.scene, (0.4, "Change from baseline"))
    whole = export.map_image(window.scene, overlay=overlay)
    _thin_strips(monkeypatch, 37)                    # odd heights: strips end mid-node
    steps = export.map_image_steps(window.scene, overlay=overlay)
    fractions = []
    while True:
        try:
            fractions.append(next(steps))
        except StopIteration as done:
            striped = done.value
            break
    assert len(fractions) >= 8 and fractions[-1] == 1.0      # many thin strips
    assert fractions == sorted(fractions)
    assert striped.size() == whole.size() and striped.devicePixelRatio() == 2.0
    assert np.array_equal(_pixels(striped), _pixels(whole))  # pixel for pixel
    assert window.scene.selected_node_ids() == ["misuse-risk"]
    assert analysis.session.selection == ["misuse-risk"]


def test_strip_heights_follow_the_measured_cost():
    plan = export.next_strip_rows
    assert plan([(128, 10.0)], 30.0) == 256                   # fast: try twice as many rows
    assert plan([(128, 60.0)], 30.0) == 64                    # slow: half
    # 5 ms fixed + 0.1 ms a row: 250 rows make 30 ms
    assert plan([(128, 17.8), (256, 30.6)], 30.0) == pytest.approx(250, abs=1)
    # 40 ms fixed (long edges cross every strip): rows worth another 40 ms, not thinner
    assert plan([(128, 52.8), (256, 65.6)], 30.0) == pytest.approx(400, abs=1)
    assert plan([(128, 1000.0), (64, 990.0)], 30.0) >= export._MIN_STRIP_ROWS
    assert plan([(4000, 1.0), (2000, 0.5)], 30.0) == export._MAX_STRIP_ROWS


def test_one_go_is_a_single_strip(small, qtbot):
    window, analysis = small
    steps = export.map_image_steps(window.scene, strip_ms=math.inf)
    assert next(steps) == 1.0
    image = export.run_steps(steps)
    assert not image.isNull()


def test_png_export_paints_in_turns_with_progress(bundled, qtbot, tmp_path, monkeypatch):
    window, analysis = bundled
    _thin_strips(monkeypatch)
    progress, labels = [], []
    analysis.controller.runner.progress.connect(progress.append)
    analysis.controller.runner.started.connect(labels.append)
    window.ask_save_path = lambda *a: str(tmp_path / "map.png")
    assert analysis.window.map_exporter.export("png")
    assert analysis.window.task_bar.isVisibleTo(window)           # the progress bar shows at once
    assert not (tmp_path / "map.png").exists()                # nothing painted yet
    qtbot.waitUntil(lambda: (tmp_path / "map.png").exists(), timeout=20_000)
    settle(qtbot, analysis)
    assert labels[:2] == ["Painting the map", "Writing the image"]
    assert len(progress) >= 8 and progress == sorted(progress)
    assert QImage(str(tmp_path / "map.png")).width() > 1000
    assert not window.problems


def test_png_export_cancel_writes_nothing(bundled, qtbot, tmp_path, monkeypatch):
    window, analysis = bundled
    _thin_strips(monkeypatch)
    window.ask_save_path = lambda *a: str(tmp_path / "map.png")
    analysis.window.map_exporter.export("png")
    qtbot.waitUntil(lambda: analysis.window.task_bar.bar.value() > 0, timeout=10_000)
    analysis.window.task_bar.cancel_button.click()
    qtbot.waitUntil(lambda: not analysis.controller.runner.busy, timeout=10_000)
    settle(qtbot, analysis)
    assert not (tmp_path / "map.png").exists()
    assert "cancelled" in window.statusBar().currentMessage()
    assert analysis.window.task_bar.isHidden()


def test_png_export_starts_again_when_the_map_changes(bundled, qtbot, tmp_path, monkeypatch):
    window, analysis = bundled
    _thin_strips(monkeypatch)
    labels = []
    analysis.controller.runner.started.connect(labels.append)
    window.ask_save_path = lambda *a: str(tmp_path / "map.png")
    analysis.window.map_exporter.export("png")
    qtbot.waitUntil(lambda: analysis.window.task_bar.bar.value() > 0, timeout=10_000)
    analysis.session.set_step(3)                                   # the picture would mix two steps
    qtbot.waitUntil(lambda: (tmp_path / "map.png").exists(), timeout=20_000)
    assert labels.count("Painting the map") == 2


def test_stepped_task_errors_are_shown(qtbot):
    runner = TaskRunner()
    errors = []

    def broken():
        yield 0.5
        raise ZeroDivisionError("no paint")

    runner.start_stepped("Painting", broken(), on_finished=lambda r: None,
                         on_failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "Painting failed: no paint" in str(errors[0]) and not runner.busy


def test_a_replaced_task_does_not_end_the_new_one(qtbot):
    runner = TaskRunner()
    ended, results = [], []
    runner.ended.connect(ended.append)

    def slow():
        for k in range(1000):
            yield k / 1000

    runner.start_stepped("First", slow(), on_finished=results.append, on_failed=print)
    runner.start_stepped("Second", iter(()), on_finished=results.append, on_failed=print)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert ended == ["finished"] and results == [None]       # the first ended quietly


# -- structure and sensitivity stop mid-run ------------------------------------------------

def _gated(real, started):
    """The engine function, entered only once the test has pressed Cancel."""
    def call(*args, cancel=None, **kwargs):
        started.append(True)
        cancel.wait(10)
        return real(*args, cancel=cancel, **kwargs)
    return call


def test_structure_cancel_keeps_the_previous_tables(bundled, qtbot, monkeypatch):
    window, analysis = bundled
    view = analysis.results_panel.structure
    progress = []
    view.runner.progress.connect(progress.append)
    analysis.results_panel.show_tab("structure")
    qtbot.waitUntil(lambda: view.loops is not None, timeout=10_000)
    assert progress and progress[-1] == 1.0 and progress == sorted(progress)
    loops, rows = view.loops, view.loops_table.rowCount()
    started = []
    monkeypatch.setattr(structure_view, "node_metrics", _gated(node_metrics, started))
    window.document.model.remove("edge", (loops.loops[0].members[0], loops.loops[0].members[1]))
    qtbot.waitUntil(lambda: bool(started), timeout=10_000)
    qtbot.waitUntil(lambda: view.task_bar.bar.value() >= 300, timeout=10_000)   # loops done
    assert view.task_bar.isVisibleTo(window)
    view.task_bar.cancel_button.click()
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=10_000)
    assert view.loops is loops and view.loops_table.rowCount() == rows
    assert "Stopped" in view.loops_note.text()
    assert view.task_bar.isHidden()


@pytest.mark.slow
def test_sensitivity_cancel_keeps_the_previous_bars(bundled, qtbot, monkeypatch):
    window, analysis = bundled
    view = analysis.results_panel.tornado
    analysis.session.set_scenario("whack-a-mole")
    view.objective.setCurrentIndex(view.objective.findData("limit-misuse"))
    progress = []
    analysis.controller.runner.progress.connect(progress.append)
    view.run()
    settle(qtbot, analysis)
    assert progress and progress[-1] == 1.0 and len(progress) >= 2
    bars = view.bars
    started, messages = [], []
    analysis.controller.message.connect(messages.append)
    monkeypatch.setattr(tornado_view, "tornado", _gated(tornado, started))
    view.run()
    qtbot.waitUntil(lambda: bool(started), timeout=10_000)
    assert analysis.window.task_bar.isVisibleTo(window)
    analysis.window.task_bar.cancel_button.click()
    qtbot.waitUntil(lambda: not analysis.controller.runner.busy, timeout=10_000)
    settle(qtbot, analysis)
    assert view.bars is bars and "central value" in view.note.text()
    assert any("Sensitivity cancelled" in m for m in messages)
    assert view.run_button.isEnabled() and not window.problems
