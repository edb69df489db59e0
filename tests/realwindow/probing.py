"""What the probe scripts share: their arguments, opening the app on a bundled model as a
user does, a widget's rectangle on the screen, and running the event loop until the window
is quiet (the probes run as scripts, so this sits beside them on sys.path)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QHelpEvent, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from windtunnel.app.analysis.controller import refreshes_pending
from windtunnel.model import translated


def run_probe_script(main: Callable[..., int]) -> None:
    """Run a probe's ``main(folder, language)`` from its command line (``probe.py [FOLDER
    [LANGUAGE]]``: a new temporary folder and the system's language when not given) and
    exit with what it returns."""
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(),
                  sys.argv[2] if len(sys.argv) > 2 else ""))


def start_probe(folder: str, language: str = "", model: str = "") -> tuple[Path, object, dict]:
    """The screenshots' folder (made), the workspace :func:`open_app` opens (on the bundled
    ``model``, else the bundled model) and the report's start: the screen's size."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    workspace = open_app(language, model)
    screen = workspace.windows[0].screen().geometry()
    return out, workspace, {"screen": [screen.width(), screen.height()]}


def open_app(language: str = "", model: str = ""):
    """Start the app on the bundled ``model`` (a file name; the bundled model when not
    given) with fresh preferences (in ``language``, else the system's), as a user opens it;
    return the workspace once its window is quiet."""
    from windtunnel.app.main import make_application, start
    from windtunnel.app.preferences import Preferences
    from windtunnel.paths import bundled_model

    make_application()
    home = tempfile.mkdtemp()
    preferences = Preferences(QSettings(str(Path(home) / "settings.ini"), QSettings.IniFormat))
    if language:
        preferences.language = language
    workspace = start(str(bundled_model(model) if model else bundled_model()),
                      preferences=preferences,
                      recovery_root=Path(home) / "recovery", ask=lambda *a: False)
    quiet(workspace.windows[0])
    return workspace


def map_labels(window) -> dict:
    """The nodes whose centres the fitted map shows, and the label the view paints for
    each node it labels (its text as shown, and whether a leader line joins it to its
    node), the nodes' names (in the window's language) and the labels' type size in
    pixels."""
    view = window.view
    area = view.viewport().rect()
    nodes = [node_id for node_id, item in window.scene.node_items.items()
             if area.contains(view.mapFromScene(item.scenePos()))]
    placed = {label.node_id: label for label in view.map_labels.placed}
    return {"nodes": nodes,
            "labels": {node_id: placed[node_id].text for node_id in view.map_labels.shown},
            "leaders": [node_id for node_id, label in placed.items()
                        if label.leader is not None],
            "names": {node.id: translated(node) for node in window.document.model.nodes},
            "by_view": view.labels_by_view, "label_px": view.map_labels.pixel_size()}


def hovered_names(window) -> dict:
    """The tooltip the map shows (as plain text) with the pointer resting on the middle
    of each label the view paints, by node: what a reader of a cut name hovers for."""
    viewport = window.view.viewport()
    hovered = {}
    for label in window.view.map_labels.placed:
        pos = label.box.center().toPoint()
        QApplication.sendEvent(viewport, QHelpEvent(QEvent.ToolTip, pos,
                                                    viewport.mapToGlobal(pos)))
        hovered[label.node_id] = (QTextDocumentFragment.fromHtml(QToolTip.text()).toPlainText()
                                  if QToolTip.isVisible() else "")
        _hide_tooltip_now()
        settle_until(lambda: not QToolTip.isVisible(), "the tooltip to hide")
    return hovered


def _hide_tooltip_now() -> None:
    """Close the tooltip at once, so the next label's hover reads a tooltip of its own
    (or none): QToolTip.hideText() leaves it showing for another 300 ms, which made every
    label hovered cost a third of a second of waiting."""
    QToolTip.hideText()
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "qtooltip_label" and widget.isVisible():
            widget.close()


def screen_rect(widget: QWidget) -> list[int]:
    """``[x, y, width, height]`` of ``widget`` on the screen."""
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def settle_until(condition: Callable[[], bool], what: str, timeout: float = 120.0) -> None:
    """Run the event loop (paints, timers, workers' results) until ``condition()`` holds;
    a probe that waits longer than ``timeout`` seconds fails, saying it waited for ``what``."""
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"waited {timeout:.0f} s for {what}")
        QApplication.processEvents()
        time.sleep(0.02)
    QApplication.processEvents()


def quiet(window, *, turns: int = 5) -> None:
    """Run the event loop until ``window`` is quiet: painted, its extensions built, the
    analysis idle (no run, preview or view refresh waiting, no worker busy), and the window
    where it was for ``turns`` checks in a row (the window manager has placed it, the
    docks have taken their shares)."""
    last, same = None, 0

    def still() -> bool:
        nonlocal last, same
        analysis = window.extensions["analysis"]
        controller = analysis.controller
        busy = (not window.painted or not window.extensions.complete or not controller.idle
                or refreshes_pending() or any(runner.busy for runner in controller.runners))
        now = (window.frameGeometry().getRect(), window.view.viewport().size().toTuple())
        same = same + 1 if (not busy and now == last) else 0
        last = now
        return same >= turns

    settle_until(still, "the window to be quiet")


def close_all(workspace) -> None:
    """Close every window of ``workspace`` without asking to save."""
    for each in list(workspace.windows):
        each.ask_save_changes = lambda: "discard"
        each.close()
    QApplication.processEvents()
