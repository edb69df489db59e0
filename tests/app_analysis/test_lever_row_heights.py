"""A lever row is as tall as its name's lines: the panel sizes each row by the name's own
wrapping at the width the row gives the name (fractional pixels, as the name is laid
out), so a name on two lines is never clipped in a one-line row and a one-line name never
stands in a two-line row, at any width of the Scenarios dock or the workshop bar, in
English and in Japanese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from windtunnel.model import translated

from .conftest import bundled_in, screen_resized


def _misfits(panel, nodes) -> list[tuple]:
    """Rows whose own height (for one, two, ... lines) disagrees with their name's shown
    lines, or whose name's lines need more height or width than the name has (each row
    scrolled into view)."""
    found = []
    for lever_id in panel.shown_ids:
        row = panel.row(lever_id)
        QApplication.processEvents()
        name = row.name
        lines = name.text().split("\n")
        need = QFontMetricsF(name.font()).boundingRect(
            QRectF(0, 0, 1e4, 1e4), int(Qt.AlignLeft), name.text())
        # a grid row of the workshop's columns is as tall as its tallest lever's
        own = panel._row_heights([lever_id], panel.list._column_width())[0]
        if own != panel._heights[len(lines) - 1] or row.height() < own or \
                need.height() > name.height() + 0.5 or need.width() > name.width() + 0.5:
            found.append((translated(nodes[lever_id]), lines, row.height(), name.height()))
    return found


@pytest.mark.parametrize("tag", ["en", "ja"])
def test_each_lever_row_is_as_tall_as_its_names_lines_at_every_width(workspace, qtbot, tag):
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        nodes = {n.id: n for n in window.document.model.nodes}
        panel = analysis.scenarios_panel.levers
        qtbot.waitUntil(lambda: len(panel.list.ids) == 10 and panel._heights is not None)
        least = panel.list.width()
        misfits = []
        for width in range(least, least + 160, 2):       # the dock widened by a user
            panel.list.resize(width, 2000)
            QApplication.processEvents()
            misfits += [(width, *m) for m in _misfits(panel, nodes)]
        assert not misfits, misfits[:5]
        workshop = analysis.workshop
        workshop.set_active(True)
        workshop.set_levers_folded(False)   # folded on the laptop's short screen
        qtbot.waitUntil(lambda: len(workshop.levers.list.ids) == 10)
        bar = workshop.levers.list
        for height in (768, 1080):          # names on one line, then on up to three
            screen_resized(window, height)
            for width in range(700, 1400, 3):                 # the screen's width
                bar.resize(width, 2000)
                QApplication.processEvents()
                misfits += [(height, width, *m) for m in _misfits(workshop.levers, nodes)]
        assert not misfits, misfits[:5]


def test_a_workshop_lever_name_takes_a_third_line_before_an_ellipsis(workspace, qtbot):
    """In the room's type a column too narrow for a name's two lines gives it a third (and
    its row the height of three), as the workshop map's labels take one; the ellipsis
    comes only beyond it."""
    with bundled_in(workspace, qtbot, "en") as (window, analysis):
        workshop = analysis.workshop
        workshop.set_active(True)
        screen_resized(window, 1080)        # a tall screen's bar: names of three lines
        panel = workshop.levers
        qtbot.waitUntil(lambda: len(panel.list.ids) == 10 and panel._heights is not None)
        (lever_id,) = [n.id for n in window.document.model.nodes
                       if translated(n) == "Usage monitoring & watermarks"]
        name = panel._template.name
        widths = [w for w in range(80, 400)
                  if name.line_count(translated(window.document.model.node(lever_id)), w) == 3]
        assert widths
        name.resize(widths[-1], 200)
        name.set_full_text("Usage monitoring & watermarks")
        assert name.text().count("\n") == 2 and "\u2026" not in name.text()
        assert not name.toolTip()
        assert len(panel._heights) == 3 and panel._heights[2] > panel._heights[1]
        assert any(panel._row_heights([lever_id], column) == [panel._heights[2]]
                   for column in range(100, 420))         # some column is three lines tall

