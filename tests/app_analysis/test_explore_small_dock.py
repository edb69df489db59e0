"""Explore on a 1024 x 768 projector: the dock shares the window's bottom with Results and
shows about 260 px; the levers to explore and the ranking come right under the buttons,
with room for several rows, and the rest is a scroll away (never squeezed)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from .conftest import bundled_in, settle

#: The Explore dock's scrolled page on a 1024 x 768 screen (seen in a real window).
DOCK_WIDTH, DOCK_HEIGHT = 730, 258


def _shown_height(widget) -> int:
    """How many pixels of ``widget`` the dock shows at its scroll position."""
    return widget.visibleRegion().boundingRect().height()


@pytest.mark.parametrize("tag", ["en", "ja"])
def test_explore_on_a_projector_shows_several_lever_rows_and_the_ranking(workspace, qtbot,
                                                                         tag):
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        settle(qtbot, analysis)
        analysis.explore_dock.raise_()
        area = analysis.explore_dock.widget()
        area.setFixedSize(DOCK_WIDTH, DOCK_HEIGHT)
        QApplication.processEvents()
        view = analysis.explore_view
        area.verticalScrollBar().setValue(0)
        QApplication.processEvents()
        rows = view.levers.verticalHeader()
        shown_rows = _shown_height(view.levers.viewport()) / rows.sectionSize(0)
        assert shown_rows >= 3.5, f"{shown_rows:.1f} lever rows in view"
        assert _shown_height(view.table) >= 100                # the ranking
        assert area.verticalScrollBar().maximum() > 0           # the rest: a scroll away
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        QApplication.processEvents()
        assert _shown_height(view.note) == view.note.height()   # the note, whole
