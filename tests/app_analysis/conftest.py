"""Fixtures for the analysis GUI tests: a main window with the analysis attached.

The window is built the way the map editor's tests build it (isolated preferences and
recovery folder, offscreen); the workspace has attached the analysis, as the app does.
Dialogs are answered by replacing the window's ``ask_save_path`` and ``show_problem``.
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import QEvent, QRect
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication

from windtunnel.app.analysis.controller import refreshes_pending
from windtunnel.app.canvas import EdgeItem, NodeItem
from windtunnel.app.document import Document
from windtunnel.app.translations import apply_language
from windtunnel.model import load
from windtunnel.paths import bundled_model

from conftest import make_small_model


def _open(workspace, qtbot, model):
    window = workspace.windows[0]
    window.set_document(Document(model))
    window.resize(1400, 900)
    window.problems = []
    window.show_problem = lambda title, error: window.problems.append((title, str(error)))
    analysis = window.extensions["analysis"]
    qtbot.waitExposed(window)
    settle(qtbot, analysis)            # the first run, then the views one per pass
    return window, analysis


def screen_resized(window, height: int, width: int = 1920) -> None:
    """The window's screen says it now offers ``width`` x ``height`` pixels, as a display
    whose resolution changed does (the offscreen screen itself keeps its size)."""
    window.screen().availableGeometryChanged.emit(QRect(0, 0, width, height))


@contextmanager
def bundled_in(workspace, qtbot, tag: str):
    """(window, analysis) on the bundled model in a new window in language ``tag``;
    afterwards workshop mode off, the analysis idle, the window closing without a
    question and the language English again."""
    apply_language(tag)
    try:
        window = workspace.open_window(Document(load(bundled_model())))
        qtbot.waitUntil(lambda: window.extensions.complete, timeout=20_000)
        analysis = window.extensions["analysis"]
        try:
            yield window, analysis
        finally:
            analysis.workshop.set_active(False)
            analysis.controller.cancel_all()
            analysis.controller.wait()
            window.ask_save_changes = lambda: "discard"
    finally:
        apply_language("en")


@pytest.fixture
def small(workspace, qtbot):
    """(window, analysis) on the three-node small model."""
    return _open(workspace, qtbot, make_small_model())


@pytest.fixture
def bundled(workspace, qtbot):
    """(window, analysis) on the bundled AI export controls model."""
    window, analysis = _open(workspace, qtbot, load(bundled_model()))
    yield window, analysis
    analysis.controller.cancel_all()
    analysis.controller.wait()


def run_sensitivity(qtbot, analysis, scenario: str, objective: str):
    """The Sensitivity tab in front, run for ``scenario`` and ``objective``; its view,
    settled."""
    analysis.results_panel.show_tab("sensitivity")
    view = analysis.results_panel.tornado
    analysis.session.set_scenario(scenario)
    view.objective.setCurrentIndex(view.objective.findData(objective))
    view.run()
    settle(qtbot, analysis)
    return view


def settle(qtbot, analysis, timeout: int = 120_000) -> None:
    """Let timers and queued signals run, wait for every worker to have handed its result
    to the window (a runner is busy until its result has been delivered, so a long
    exploration on a loaded machine is waited for, not taken as finished), and for the
    views' refreshes (queued one per event-loop pass, analysis.controller.soon) to have run."""
    controller = analysis.controller
    controller.wait()
    qtbot.waitUntil(lambda: not any(runner.busy for runner in controller.runners)
                    and controller.idle and not refreshes_pending(), timeout=timeout)
    QApplication.processEvents()


def close_window(window) -> None:
    """Close ``window`` without a question and let Qt delete what it deletes later (the
    window's own C++ object among them)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.ask_save_changes = lambda: "discard"
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QApplication.processEvents()


def run_small_exploration(qtbot, analysis):
    """The Explore view after a quick run (20 futures, two lever points, the least Sobol'
    base sample) of the model on screen."""
    view = analysis.explore_view
    view.futures.setValue(20)
    view.policies.setValue(2)
    view.sobol_base.setValue(view.sobol_base.minimum())
    view.run()
    settle(qtbot, analysis)
    assert view.result is not None
    return view


def save_answers(window):
    """Answer ``window``'s save dialogs: returns ``answer(path)``, which makes every later
    dialog choose ``path``, and the list of folders the dialogs started in."""
    from pathlib import Path

    asked = []

    def answer(path) -> None:
        def ask(title, suggested, filters):
            asked.append(Path(suggested).parent)
            return str(path)
        window.ask_save_path = ask
    return answer, asked


def hover(window, item) -> str:
    """Hover a node or edge item until Qt asks for its tooltip; return the tooltip.

    Points along an edge are tried until the edge is the topmost node or edge there."""
    view = window.view
    view.fit()
    along = sorted((t / 20 for t in range(1, 20)), key=lambda t: abs(t - 0.5))  # middle first
    points = ([item.path.pointAtPercent(t) for t in along]
              if isinstance(item, EdgeItem) else [item.scenePos()])
    for point in points:
        pos = view.mapFromScene(point)
        first = next((i for i in view.items(pos) if isinstance(i, (NodeItem, EdgeItem))), None)
        if first is item:
            break
    else:
        raise AssertionError("the item is covered everywhere")
    QApplication.sendEvent(view.viewport(),
                           QHelpEvent(QEvent.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    return item.toolTip()
