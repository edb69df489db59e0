"""The Participants dock's tables in a narrow dock: every column readable (its header
whole, names a few letters at least), the table scrolling sideways where that is wider
than the dock, each name whole on hover; and the rule by which columns share a width."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from windtunnel.app.document import Document
from windtunnel.app.shared_columns import READABLE_LETTERS, shared_widths, squeezed
from windtunnel.model import load
from windtunnel.paths import bundled_model

VOICES = "ai-export-controls-2026-voices.wtm"


def test_columns_get_what_they_want_where_it_fits_else_the_widest_are_cut_alike():
    assert shared_widths([50, 80, 30], [10, 10, 10], 200) == [50, 80, 30]
    assert shared_widths([50, 200, 120], [10, 10, 10], 250) == [50, 100, 100]
    assert shared_widths([50, 200, 120], [10, 150, 10], 250) == [50, 150, 50]
    # the least widths hold even where they do not fit (the table then scrolls)
    assert shared_widths([50, 200], [40, 150], 100) == [40, 150]


def test_least_widths_that_do_not_fit_give_way_widest_first_down_to_a_floor():
    assert squeezed([108, 44, 52, 44], 24, 216) == [76, 44, 52, 44]
    assert squeezed([50, 80], 24, 200) == [50, 80]               # they fit: kept
    assert squeezed([50, 80, 10], 24, 40) == [24, 24, 10]        # the floor holds


def _participants(window):
    window.set_document(Document(load(bundled_model(VOICES))))
    panel = window.extensions["participants"]
    panel.dock.show()
    panel.dock.raise_()
    window.scene.select(edges=[("restricted-access", "misuse-risk")])   # rated by 3 of 5
    QApplication.processEvents()
    return panel


def _readable(table) -> list[int]:
    """The table's column widths, asserting each readable: its header whole, a column
    of names at least a few letters (or all it wants), the first twice that."""
    header = table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(table.columnCount())]
    letters = table.fontMetrics().averageCharWidth() * READABLE_LETTERS
    for c, width in enumerate(widths):
        assert width >= header.sectionSizeHint(c), (c, widths)     # no "P...", "S..."
        wanted = max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
        assert width >= min(wanted, letters), (c, widths)           # no sliver
    return widths


def test_a_narrow_participants_dock_keeps_every_column_readable_and_scrolls(window):
    """On a 1024-pixel projector the dock is about 230 pixels wide: the people's and the
    ratings' headers read "P...", "R...", "S..." and their role and group were slivers.
    Every column keeps its header whole and a few letters, and the table scrolls."""
    panel = _participants(window)
    for table in (panel.people, panel.ratings):
        table.setFixedWidth(230)
        QApplication.processEvents()
        widths = _readable(table)
        room = table.viewport().width()
        assert sum(widths) > room and table.horizontalScrollBar().maximum() > 0, widths
        assert widths[0] >= min(room // 2, 2 * table.fontMetrics().averageCharWidth()
                                * READABLE_LETTERS)
    table = panel.people
    metrics = table.fontMetrics()
    names = [table.item(r, 0) for r in range(table.rowCount())]
    assert any(metrics.horizontalAdvance(item.text()) > table.columnWidth(0) for item in names)
    assert all(item.toolTip() == item.text() for item in names)
    # wider, the columns take what their contents want
    table.setFixedWidth(1200)
    QApplication.processEvents()
    assert all(table.columnWidth(0) >= metrics.horizontalAdvance(item.text())
               for item in names)
    assert table.horizontalScrollBar().maximum() == 0


def test_a_name_column_squeezed_by_its_figures_keeps_its_longest_word_whole(qapp):
    """The Sensitivity tab's levers at 1024 x 768: four columns in 216 pixels. Squeezed
    with the figures, a lever's name got a third of the table and read "Decentra...
    safety protocols"; it keeps room for its longest word, the figures giving way."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from windtunnel.app.shared_columns import SharedColumns

    names = ["Capability-based controls", "Decentralised safety protocols",
             "Usage monitoring & watermarks"]
    table = QTableWidget(len(names), 4)
    table.setHorizontalHeaderLabels(["Lever", "Value", "Effect", "Elasticity"])
    table.setWordWrap(True)
    for r, name in enumerate(names):
        for c, text in enumerate([name, "+0.10", "\u22120.382", "\u22120.15"]):
            table.setItem(r, c, QTableWidgetItem(text))
    columns = SharedColumns(table, (0,))
    table.resize(216 + table.verticalScrollBar().sizeHint().width(), 200)
    table.show()
    QApplication.processEvents()
    columns.fit()
    header, room = table.horizontalHeader(), table.viewport().width()
    widths = [header.sectionSize(c) for c in range(4)]
    assert sum(widths) <= room, widths
    longest = table.fontMetrics().horizontalAdvance("Decentralised")   # the longest word
    assert widths[0] > longest + 4, widths
    assert widths[0] < room // 2                     # not more than its longest word needs
    table.close()


def test_on_a_laptop_the_people_fit_the_dock_every_column_readable(window):
    """On a 1366-pixel laptop (a dock about 308 pixels wide) the people's Role and Group
    were slivers showing only "...": now every header is whole, role and group show a few
    letters (whole on hover), the names keep the rest, and nothing scrolls."""
    panel = _participants(window)
    table = panel.people
    table.setFixedWidth(308)
    QApplication.processEvents()
    widths = _readable(table)
    assert sum(widths) <= table.viewport().width(), widths
    assert table.horizontalScrollBar().maximum() == 0
    assert widths[0] > max(widths[1:3]), widths
    assert "Edges rated" in table.horizontalHeaderItem(4).toolTip()


def test_room_to_spare_goes_to_the_columns_of_names_not_the_count(window):
    """Participants just added, with no role or group yet, on a laptop: the count of
    edges took the room the others left (half the dock), the role and group as narrow as
    their headers, too narrow to type into. The columns of names share it now."""
    from windtunnel.model import Model, Node, Participant

    window.set_document(Document(Model.from_elements(nodes=[Node("a", "A")], participants=[
        Participant("participant-1", "\u5f20\u4f1f"), Participant("ana-lima", "Ana Lima")])))
    table = window.extensions["participants"].people
    table.setFixedWidth(308)
    QApplication.processEvents()
    widths = _readable(table)
    header = table.horizontalHeader()
    assert sum(widths) == table.viewport().width(), widths
    assert widths[4] == header.sectionSizeHint(4), widths          # the count: its header
    letters = table.fontMetrics().averageCharWidth() * READABLE_LETTERS
    assert all(widths[c] >= letters for c in (1, 2)), widths           # room to type in


def test_the_tables_ask_for_five_rows_a_line_of_text_high(window):
    """The people's rows were Qt's stock height and the table its stock 192 pixels, which
    in Japanese and Chinese pushed Anonymous, under Add, past a projector's dock: the rows
    are a line of text high now, and a table at the height it asks for shows five whole,
    under its header and above its sideways scroll bar."""
    panel = _participants(window)
    for table in (panel.people, panel.ratings):
        table.setFixedWidth(230)                                    # scrolls sideways
        table.setFixedHeight(table.sizeHint().height())
        QApplication.processEvents()
        row = table.verticalHeader().defaultSectionSize()
        assert all(table.rowHeight(r) == row for r in range(table.rowCount()))
        assert row == table.fontMetrics().height() + 6
        assert table.horizontalScrollBar().isVisible()
        assert table.viewport().height() >= 5 * row, table.viewport().height()
        assert table.sizeHint().height() < 192
