"""The Sources dock gives its titles the room first: in a laptop's narrow column the
publisher and the count give way to their least widths before the title is cut, a text
or heading cut shows whole on hover, and a dock wide enough shows every title whole."""

from __future__ import annotations

import pytest

from windtunnel.app.document import Document
from windtunnel.app.translations import apply_language
from windtunnel.model import load
from windtunnel.paths import bundled_model


@pytest.mark.parametrize("tag", ["en", "ja"])
def test_the_titles_have_the_room_first_and_every_cut_text_shows_whole(workspace, qtbot,
                                                                       on_screen, tag):
    on_screen("laptop")
    apply_language(tag)
    try:
        window = workspace.open_window(Document(load(bundled_model())))
        window.sources_dock.raise_()
        table = window.sources.table
        qtbot.waitUntil(lambda: table.isVisible() and table.rowCount() > 0, timeout=10_000)
        metrics, header = table.fontMetrics(), table.horizontalHeader()
        title = max(table.sizeHintForColumn(0), header.sectionSizeHint(0))
        assert table.columnWidth(0) < title          # a laptop's column cuts the titles
        assert not table.horizontalScrollBar().isVisible()
        # ... after the publisher and the count have given way to their least: their
        # headings whole
        assert table.columnWidth(1) <= max(metrics.horizontalAdvance("x" * 6),
                                           header.sectionSizeHint(1),
                                           header.minimumSectionSize())
        assert table.columnWidth(3) <= max(table.sizeHintForColumn(3),
                                           header.sectionSizeHint(3),
                                           header.minimumSectionSize())
        for column in range(table.columnCount()):
            heading = table.horizontalHeaderItem(column)
            # its text, or (the count's "Cited") what the short heading counts
            assert heading.toolTip() == heading.text() or (
                column == 3 and len(heading.toolTip()) > len(heading.text()))
            for row in range(table.rowCount()):
                item = table.item(row, column)
                assert item.text() in item.toolTip()
        table.resize(table.width() - table.viewport().width()
                     + sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
                           for c in range(table.columnCount())) + 4, table.height())
        qtbot.waitUntil(lambda: table.columnWidth(0) >= title)
        for row in range(table.rowCount()):     # every title whole
            assert metrics.horizontalAdvance(table.item(row, 0).text()) < table.columnWidth(0)
        window.ask_save_changes = lambda: "discard"
    finally:
        apply_language("en")


def test_a_projectors_sources_dock_shows_the_dates_without_scrolling(workspace, qtbot,
                                                                     on_screen):
    """In a 1024x768 window the title's and the date's least widths did not fit the
    column: the dates lay beyond a sideways scroll bar. Every column shares the width, a
    cut date ends in "..." and is whole on hover."""
    on_screen("projector")
    window = workspace.open_window(Document(load(bundled_model())))
    window.sources_dock.raise_()
    table = window.sources.table
    qtbot.waitUntil(lambda: table.isVisible() and table.rowCount() > 0, timeout=10_000)
    widths = [table.columnWidth(c) for c in range(table.columnCount())]
    assert sum(widths) <= table.viewport().width(), widths
    assert table.horizontalScrollBar().maximum() == 0
    letters = table.fontMetrics().horizontalAdvance("x" * 6)
    assert all(width >= min(letters, table.sizeHintForColumn(c))
               for c, width in enumerate(widths)), widths
    for row in range(table.rowCount()):
        item = table.item(row, 2)
        assert item.text() in item.toolTip()
    window.ask_save_changes = lambda: "discard"
