"""Live lever slider latency on the bundled model (target: map updated within 50 ms).

One sample is what a user's drag step costs: the slider moves (``sliderMoved``), the
debounced live re-run fires, the map's tints, halos, edge flows and the chart update, and
the canvas repaints (offscreen, into the window's backing store). The debounce interval
itself is included: the figure is from the slider event to the repainted map.

Run with ``pytest tests/benchmarks/test_slider_benchmark.py --benchmark-enable``;
``python tests/benchmarks/bench_slider.py`` prints the same figures as a table.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication

from windtunnel.app.document import Document
from windtunnel.app.main import start
from windtunnel.app.preferences import Preferences
from windtunnel.model import load
from windtunnel.paths import bundled_model


def open_bundled(tmp_path, model_path=None, scenario: str = "whack-a-mole"):
    """A 1600x1000 window on the bundled model (or ``model_path``, showing ``scenario``)
    with the analysis attached."""
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    ws = start(None, preferences=prefs, recovery_root=tmp_path / "recovery", open_default=False)
    window = ws.windows[0]
    window.set_document(Document(load(model_path or bundled_model())))
    analysis = window.extensions["analysis"]
    window.resize(1600, 1000)
    analysis.session.set_scenario(scenario)
    analysis.map_results.set_options(halos=True, flows=True)
    for _ in range(3):
        QApplication.processEvents()
    window.view.fit()
    window.view.viewport().repaint()
    return ws, window, analysis


class _PaintWatch(QObject):
    """Counts paint events of a widget."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Paint:
            self.count += 1
        return False


def slider_step(analysis, row, position: int) -> None:
    """One drag step: the slider moves, the live run fires, the map repaints (once)."""
    viewport = analysis.window.view.viewport()
    watch = getattr(viewport, "_bench_watch", None)
    if watch is None:
        watch = viewport._bench_watch = _PaintWatch(viewport)
    done = []

    def arrived():
        done.append(True)
        viewport.update()        # merges with the scene's own update when the map changed

    analysis.controller.live_changed.connect(arrived)
    painted = watch.count
    row.slider.setSliderPosition(position)
    while not done or watch.count == painted:
        QApplication.processEvents()
    analysis.controller.live_changed.disconnect(arrived)


@pytest.fixture
def bundled(qapp, tmp_path):
    ws, window, analysis = open_bundled(tmp_path)
    yield window, analysis
    for win in list(ws.windows):
        win.ask_save_changes = lambda: "discard"
        win.close()
    QApplication.processEvents()


def test_slider_to_repaint(benchmark, bundled):
    window, analysis = bundled
    row = analysis.scenarios_panel.levers.rows["loophole-closing"]
    row.slider.setSliderDown(True)
    positions = iter(list(range(-100, 101, 5)) * 50)
    benchmark.pedantic(lambda: slider_step(analysis, row, next(positions)), rounds=40,
                       iterations=1, warmup_rounds=3)
    row.slider.setSliderDown(False)
    QApplication.processEvents()
    assert analysis.session.live_change is None            # released: committed and re-run
