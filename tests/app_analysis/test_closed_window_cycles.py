"""A closed window leaves no live Qt object to Python's collector: its document, the
matrix's and the ratings heat map's table models, the levers' hidden step boxes and the charts' option menus are
deleted by Qt with the window, on the GUI thread. Held in the closed window's reference
cycles (every view keeps its window), they lived until a full collection, which on a big
map's heap comes seldom, and a collection on another thread would destroy them there."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QObject
from shiboken6 import isValid

from windtunnel.app.document import Document
from windtunnel.model import load
from windtunnel.paths import bundled_model

from .conftest import close_window, settle

TABS = ("charts", "matrix", "scorecard", "why", "structure", "sensitivity")


def test_a_closed_window_leaves_no_live_qt_object_in_garbage_cycles(workspace, qtbot):
    window = workspace.open_window(Document(load(bundled_model())))
    qtbot.waitUntil(lambda: window.extensions.complete, timeout=20_000)
    analysis = window.extensions["analysis"]
    analysis.workshop.set_active(True)             # the levers' compact rows
    analysis.workshop.set_levers_folded(False)     # (folded on the laptop's short screen)
    analysis.workshop.set_active(False)
    for tab in TABS:                               # every view built
        analysis.results_panel.show_tab(tab)
        settle(qtbot, analysis)
    analysis.explore_view
    window.extensions["participants"].results     # the ratings' heat map among them
    window.scene.select(["misuse-risk"])
    settle(qtbot, analysis)
    gc.collect()                                   # the garbage of the tests before
    document = weakref.ref(window.document)
    closed = weakref.ref(window)
    close_window(window)
    del window, analysis
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        alive = [type(o).__name__ for o in gc.garbage if isinstance(o, QObject) and isValid(o)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert alive == []
    assert closed() is None and document() is None
