"""Outline (search, reveal) and Sources (add, cite, delete with exact undo)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QPushButton,
                               QStyledItemDelegate)

from conftest import make_small_model
from windtunnel.app.document import Document
from windtunnel.app.source_dialog import SourceDialog
from windtunnel.app.translations import apply_language
from windtunnel.model import Source, load
from windtunnel.paths import bundled_model


def test_outline_lists_by_kind_and_group_and_filters(window, qtbot):
    outline = window.outline
    labels = outline.visible_labels()
    assert "Access ban" in labels and any(label.startswith("Leakage \u2192 Rival lab") for label in labels)
    outline.search.setText("rival")
    assert outline.visible_labels() == ["Rival lab", "Leakage \u2192 Rival lab  (+0.40)",
                                        "Rival lab \u2192 Leakage  (\u22120.30)"]
    outline.search.setText("china")  # the group matches too
    assert outline.visible_labels()[0] == "Rival lab"


def test_outline_follows_the_model_and_reveals(window, qtbot):
    model = window.document.model
    model.update_node("ban", label="Entity list")
    qtbot.waitUntil(lambda: "Entity list" in window.outline.visible_labels())
    window.outline.activated.emit("node", "lab")
    assert window.scene.selected_node_ids() == ["lab"]


class _Answer(SourceDialog):
    def __init__(self, source, title):
        super().__init__(source)
        self.title.setText(title)

    def exec(self):
        return QDialog.Accepted


def test_sources_add_cite_uncite_delete(window, qtbot):
    model, panel = window.document.model, window.sources
    panel.add_source(dialog=_Answer(None, "BIS rule text"))
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2)
    assert model.sources[-1].id == "bis-rule-text"
    panel.table.selectRow(1)
    window.scene.select(["leak", "lab"], [("lab", "leak")])
    panel.cite(True)
    assert model.node("leak").sources == ("bis-rule-text",)
    assert model.edge("lab", "leak").sources == ("bis-rule-text",)
    qtbot.waitUntil(lambda: panel.table.item(1, 3).text() == "3")
    panel.cite(False)
    assert model.node("leak").sources == ()
    panel.table.selectRow(0)
    panel.delete_source()
    assert model.source("doc") is None and model.node("ban").sources == ()
    stack = window.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert model == make_small_model()


def test_sources_edit(window):
    panel = window.sources
    panel.table.selectRow(0)
    panel.edit_source(dialog=_Answer(window.document.model.source("doc"), "Renamed doc"))
    assert window.document.model.source("doc").title == "Renamed doc"


def test_outline_updates_edge_rows_in_place_and_ignores_moves(window, qtbot):
    outline, model = window.outline, window.document.model
    rebuilt = []
    original = outline.rebuild
    outline.rebuild = lambda: (rebuilt.append(1), original())
    model.move_nodes({"ban": (5.0, 5.0)})
    model.update_edge("ban", "leak", weight=0.75)
    qtbot.waitUntil(lambda: "Access ban \u2192 Leakage  (+0.75)" in outline.visible_labels())
    assert rebuilt == []
    model.update_edge("ban", "leak", weight=-0.2)  # changes sign: the row moves, no rebuild
    qtbot.waitUntil(lambda: "Access ban \u2192 Leakage  (\u22120.20)" in outline.visible_labels())
    assert rebuilt == []


def test_outline_marks_the_canvas_selection(window):
    window.scene.select(["lab"], [("ban", "leak")])
    rows = window.outline.tree.selectionModel().selectedRows()
    texts = sorted(window.outline.proxy.data(index) for index in rows)
    assert texts == ["Access ban \u2192 Leakage  (+0.60)", "Rival lab"]


def test_sources_edit_the_text_of_the_chosen_language(window):
    """In Japanese the form shows and edits the Japanese title and note, says what the
    original reads, and leaves the original alone; emptying the title brings it back."""
    from windtunnel import language

    panel, model = window.sources, window.document.model
    panel.table.selectRow(0)
    language.set_current("ja")
    try:
        dialog = _Answer(model.source("doc"), "\u6587\u66f8")
        assert not dialog.original_text.isHidden()
        assert "A document" in dialog.original_text.text()
        dialog.note.setPlainText("\u30e1\u30e2")
        panel.edit_source(dialog=dialog)
        source = model.source("doc")
        assert source.title == "A document" and source.note == ""
        assert source.translations.to_dict() == {"ja": {"title": "\u6587\u66f8",
                                                        "note": "\u30e1\u30e2"}}
        reopened = SourceDialog(source)
        assert reopened.title.text() == "\u6587\u66f8"
        assert reopened.note.toPlainText() == "\u30e1\u30e2"
        panel.edit_source(dialog=_Answer(source, ""))
        assert model.source("doc").translations.to_dict() == {"ja": {"note": "\u30e1\u30e2"}}
    finally:
        language.set_current(language.ORIGINAL)
    assert SourceDialog(model.source("doc")).original_text.isHidden()
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert model.source("doc") == make_small_model().source("doc")


class _CountingDelegate(QStyledItemDelegate):
    """Counts the cells its table measures."""

    measured = 0

    def sizeHint(self, option, index):  # noqa: N802 - Qt override
        self.measured += 1
        return super().sizeHint(option, index)


@pytest.mark.parametrize("tag", ["en", "ja"])
def test_the_sources_rows_are_measured_when_filled_not_at_every_resize(workspace, qtbot, tag):
    # a row is one line of text, as tall at any width: measuring every cell again for the
    # rows at each layout pass (three times the columns' own measuring) cost the start-up
    apply_language(tag)
    try:
        window = workspace.open_window(Document(load(bundled_model())))
        window.sources_dock.raise_()
        table = window.sources.table
        qtbot.waitUntil(lambda: window.painted and table.isVisible(), timeout=10_000)
        rows = table.verticalHeader()           # each row as tall as its text, or the least
        assert all(table.rowHeight(row) == max(rows.minimumSectionSize(),
                                               table.sizeHintForRow(row))
                   for row in range(table.rowCount()))
        counting = _CountingDelegate(table)
        table.setItemDelegate(counting)
        widths = (300, 320, 340, 360)
        for width in widths:
            window.sources_dock.setFixedWidth(width)
            qtbot.waitUntil(lambda: table.viewport().width() < width - 10)
            QApplication.processEvents()
        # the columns' widths measure each cell once a resize; the rows, none
        assert counting.measured <= len(widths) * table.rowCount() * table.columnCount()
        window.sources.refresh()                # filled again: the rows are measured
        assert counting.measured > len(widths) * table.rowCount() * table.columnCount()
        window.ask_save_changes = lambda: "discard"
    finally:
        apply_language("en")


@pytest.mark.parametrize("screen, tag", [("laptop", "en"), ("laptop", "ja"),
                                         ("laptop", "zh-CN"), ("laptop", "zh-HK"),
                                         ("hidpi", "en"), ("hidpi", "ja")])
def test_the_sources_buttons_wrap_in_a_narrow_column(workspace, qtbot, on_screen, screen, tag):
    # on a laptop the Sources panel is a tab beside the Inspector, a quarter of the window
    # wide: its buttons wrap onto more rows, none cut off at the right or scrolled off;
    # on a 2x screen, where the tab is short too, the table still shows two sources; the
    # title takes the width the whole dates and the counts leave, or shares it with them
    on_screen(screen)
    apply_language(tag)
    try:
        window = workspace.open_window(Document(load(bundled_model())))
        window.sources_dock.raise_()
        qtbot.waitUntil(lambda: window.painted, timeout=10_000)
        area = window.sources_dock.widget().view      # the scroll area, built in its dock
        buttons = [button for button in window.sources.findChildren(QPushButton)
                   if not window.sources.review.isAncestorOf(button)]   # not Mark Reviewed's
        qtbot.waitUntil(lambda: window.sources.isVisible() and buttons[0].isVisible())
        assert area.viewport().width() < 400          # a narrow column: the buttons wrap
        assert not area.horizontalScrollBar().isVisible()
        for button in buttons:        # (a short tab scrolls up and down to its lower rows)
            right = button.mapTo(area.viewport(), button.rect().topRight()).x()
            assert right < area.viewport().width(), button.text()
        assert len({button.y() for button in buttons}) > 1
        table = window.sources.table        # the titles stay readable in that width
        assert table.columnWidth(0) >= table.columnWidth(1)
        # the publisher's heading may be narrower than its word: it ends in "...", never
        # cut at both ends as a centred heading is
        assert table.horizontalHeader().textElideMode() == Qt.ElideRight
        metrics = table.fontMetrics()       # every column in view, the dates too
        assert sum(table.columnWidth(c) for c in range(4)) <= table.viewport().width()
        assert not table.horizontalScrollBar().isVisible()
        # a title is never cut to "E..."; on a laptop it keeps 16 letters and the dates
        # are whole, at 2x the widest columns give way alike (a cut date whole on hover)
        assert table.columnWidth(0) >= metrics.horizontalAdvance("x" * 6)
        for row in range(table.rowCount()):
            date = table.item(row, 2)
            assert date.text() in date.toolTip()
            if screen == "laptop":
                assert metrics.horizontalAdvance(date.text()) < table.columnWidth(2)
        if screen == "laptop":
            assert table.columnWidth(0) >= metrics.horizontalAdvance("x" * 16)
            # every heading whole ("Publ...", "C..." were cut) and every source in view
            header = table.horizontalHeader()
            assert all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in range(4))
            last = table.rowCount() - 1
            assert table.rowViewportPosition(last) + table.rowHeight(last) \
                <= table.viewport().height()
        assert table.rowViewportPosition(1) + table.rowHeight(1) <= table.viewport().height()
        window.ask_save_changes = lambda: "discard"
    finally:
        apply_language("en")


def test_a_panel_shown_again_from_the_view_menu_comes_to_the_front(window, qtbot):
    """View > Panels > Inspector after closing it shows the Inspector, not the tab that
    happened to be in front of its group."""
    tabbed = [(dock, other) for dock in window.panels for other in window.tabifiedDockWidgets(dock)
              if not dock.isHidden()]
    assert tabbed, [dock.objectName() for dock in window.panels]
    dock, other = tabbed[0]
    other.raise_()
    dock.close()
    qtbot.waitUntil(lambda: dock.isHidden())
    dock.toggleViewAction().trigger()            # what the menu item does
    qtbot.waitUntil(lambda: dock.isVisible() and not dock.visibleRegion().isEmpty())
    assert other.visibleRegion().isEmpty()       # the other tab went behind it


def test_a_source_without_a_title_keeps_the_form_open_and_says_why(window, qtbot):
    """OK on a new source with no title used to close the form, lose what was typed and
    say "source 'source'.title: is empty" under the panel."""
    dialog = SourceDialog(None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.publisher.setText("China Daily")
    dialog.citation.setPlainText("Wang Dong and Zhang Xueyu, 2026-06-26")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.Accepted
    assert dialog.refused.text() == "Title: is empty" and not dialog.refused.isHidden()
    assert dialog.publisher.text() == "China Daily"
    assert dialog.title.hasFocus() or not dialog.isActiveWindow()
    dialog.title.setText("Governance walls shouldn't hold back the future of AI")
    dialog.accept()
    assert dialog.result() == QDialog.Accepted and not dialog.isVisible()


def _resized_by_the_user(window, qtbot, width: int, height: int) -> None:
    """``window`` resized to ``width`` x ``height`` after the user's first click (the first
    layout's shares no longer hold)."""
    window._first_shares.clear()
    window.showNormal()
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)


def test_a_shrinking_window_shrinks_its_docks_in_proportion_so_the_map_keeps_its_share(
        window, qtbot):
    from windtunnel.app.window_places import MAP_SHARE

    _resized_by_the_user(window, qtbot, 1366, 740)
    left, right = window.panel("scenarios"), window.inspector_dock
    window.resizeDocks([left, right], [420, 420], Qt.Horizontal)   # a laptop's wide docks
    map_width = window.centralWidget().width
    qtbot.waitUntil(lambda: map_width() < 560)

    def share() -> float:
        return map_width() / (map_width() + left.width() + right.width())

    _resized_by_the_user(window, qtbot, 1024, 700)    # the same layout on a projector
    # the map's share, unless the docks are down to the least width their contents take
    least = [dock.minimumSizeHint().width() for dock in (left, right)]
    assert share() >= MAP_SHARE - 0.02 or (left.width() <= least[0] + 8
                                           and right.width() <= least[1] + 8), (
        map_width(), left.width(), right.width(), least)
    assert map_width() > 400
    # a dock's edge the user drags narrows the map: no window resize undoes it
    window.resizeDocks([left], [left.width() + 100], Qt.Horizontal)
    qtbot.waitUntil(lambda: share() < MAP_SHARE - 0.05)


def test_a_source_date_is_a_year_a_month_or_a_day_said_under_the_date(window, qtbot):
    dialog = SourceDialog(None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Governance walls")
    for typed in ("Juno 2026", "26/06/2026", "2026-6-26", "2026-02-30", "2026-13"):
        dialog.date.setText(typed)
        dialog.accept()
        assert dialog.isVisible() and dialog.result() != QDialog.Accepted, typed
        assert not dialog.date_problem.isHidden() and typed in dialog.date_problem.text()
        assert dialog.date.hasFocus() or not dialog.isActiveWindow()
    qtbot.keyClicks(dialog.date, "x")                # typing again clears the message
    assert dialog.date_problem.isHidden()
    for typed in ("2026", "2026-06", "2024-02-29"):
        dialog.date.setText(typed)
        dialog.accept()
        assert dialog.result() == QDialog.Accepted, typed
        assert dialog.source(set()).date == typed
        dialog.setResult(0)
    # a date an import brought stays as it was while other fields are edited
    imported = SourceDialog(Source("mm", "Mental Modeler notes",
                                   date="Tue Jan 7 21:05:35 GMT-0600 2014"), window)
    qtbot.addWidget(imported)
    imported.note.setPlainText("read aloud")
    imported.accept()
    assert imported.result() == QDialog.Accepted and imported.date_problem.isHidden()


@pytest.mark.parametrize("tag", ["en", "ja"])
def test_a_source_form_says_every_problem_at_once_and_takes_what_the_list_shows(
        window, qtbot, tag):
    """OK says the bad date and the bad link together (the date on the first OK, the link
    only on the second); a date written as the Sources list writes it is taken, kept as
    the model keeps dates; a link typed without "https://" is taken as https, the field
    showing what is kept; the Date caption is level with its field."""
    from windtunnel.app.formats import date
    from windtunnel.app.translations import apply_language

    apply_language(tag)
    try:
        dialog = SourceDialog(None, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.title.setText("Export rule")
        dialog.date.setText("spring")
        dialog.url.setText("not a link")
        dialog.accept()
        assert dialog.result() != QDialog.Accepted
        assert not dialog.date_problem.isHidden() and "spring" in dialog.date_problem.text()
        assert not dialog.refused.isHidden() and "not a link" in dialog.refused.text()
        listed = date("2026-06-25")              # "June 25, 2026", "2026年6月25日"
        dialog.date.setText(listed)
        dialog.url.setText("www.bis.gov/x")
        dialog.accept()
        assert dialog.result() == QDialog.Accepted, dialog.refused.text()
        assert dialog.date.text() == "2026-06-25" and dialog.url.text() == "https://www.bis.gov/x"
        source = dialog.source(set())
        assert (source.date, source.url) == ("2026-06-25", "https://www.bis.gov/x")
        form = dialog.findChild(QFormLayout)
        caption = form.labelForField(dialog.date)
        assert abs(caption.geometry().center().y() - dialog.date.geometry().center().y()) <= 2
    finally:
        apply_language("en")


def test_a_source_keeps_an_optional_link_shown_on_hover(window, qtbot):
    dialog = SourceDialog(None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Governance walls")
    dialog.url.setText("ftp:/www.chinadaily.com.cn/a/202606/26")   # no web address: refused
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.Accepted
    assert dialog.refused.text().startswith("Link: ") and "web address" in dialog.refused.text()
    link = "https://www.chinadaily.com.cn/a/202606/26/WS685c.html"
    dialog.url.setText(link)
    dialog.accept()
    assert dialog.result() == QDialog.Accepted
    panel = window.sources
    answer = _Answer(None, "Governance walls")
    answer.url.setText(link)
    panel.add_source(dialog=answer)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2)
    source = window.document.model.source("governance-walls")
    assert source.url == link
    assert link in panel.table.item(1, 0).toolTip()
    assert SourceDialog(source).url.text() == link
    window.document.undo_stack.undo()
    assert window.document.model.source("governance-walls") is None


def test_a_small_window_narrows_its_side_panels_so_the_map_keeps_half_its_width(
        window, qtbot):
    from windtunnel.app.window_places import MAP_SHARE

    _resized_by_the_user(window, qtbot, 800, 600)
    qtbot.waitUntil(lambda: window.centralWidget().width() >= MAP_SHARE * 800 - 20)
    # the panels scroll sideways instead of holding the map to a third of the window
    assert window.inspector.minimumWidth() < 250
    # a projector's window keeps every side panel whole, at its usual least width
    _resized_by_the_user(window, qtbot, 1024, 700)
    assert window.inspector.minimumWidth() == 250 and window.outline.minimumWidth() == 200
    scenarios = window.panel("scenarios")
    column = scenarios.widget()
    assert scenarios.width() >= column.widget().minimumSizeHint().width()
    assert column.horizontalScrollBarPolicy() == Qt.ScrollBarAlwaysOff


def _side_tabs(window, dock) -> tuple:
    """The tab bar in use holding ``dock``'s tab, and each of its docks' tab as (text,
    has an icon, tooltip)."""
    from PySide6.QtWidgets import QTabBar

    from windtunnel.app.dock_tabs import dock_of_tab

    bar = next(bar for bar in window.findChildren(QTabBar, options=Qt.FindDirectChildrenOnly)
               if not bar.isHidden() and any(dock_of_tab(window, bar, i) is dock
                                             for i in range(bar.count())))
    return bar, {dock_of_tab(window, bar, i): (bar.tabText(i), not bar.tabIcon(i).isNull(),
                                               bar.tabToolTip(i)) for i in range(bar.count())}


def test_a_small_window_shows_the_tabs_behind_a_side_panel_as_icons_titled_on_hover(
        window, qtbot):
    """Below 960 pixels the right column's tabs read "Insp...", "So...": the front tab
    shows its title whole and those behind it their icons (titled on hover, and in View >
    Panels), until a click brings one to the front; a wider window titles every tab."""
    inspector, sources = window.inspector_dock, window.sources_dock
    window.tabifyDockWidget(inspector, sources)          # as on a short screen
    inspector.raise_()
    qtbot.waitUntil(lambda: window.painted)
    _resized_by_the_user(window, qtbot, 800, 600)
    qtbot.waitUntil(lambda: _side_tabs(window, sources)[1][sources][1])
    bar, tabs = _side_tabs(window, sources)
    assert tabs[inspector] == ("Inspector", False, "Inspector")
    assert tabs[sources] == ("", True, "Sources")
    assert sum(bar.tabSizeHint(i).width() for i in range(bar.count())) <= bar.width()
    assert sources.toggleViewAction().text() == "Sources"
    bar.setCurrentIndex(next(i for i in range(bar.count()) if bar.tabToolTip(i) == "Sources"))
    qtbot.waitUntil(lambda: _side_tabs(window, sources)[1][sources][0] == "Sources")
    assert _side_tabs(window, sources)[1][inspector] == ("", True, "Inspector")
    _resized_by_the_user(window, qtbot, 1024, 700)
    qtbot.waitUntil(lambda: _side_tabs(window, sources)[1][inspector][0] == "Inspector")
    assert not any(has_icon for _, has_icon, _ in _side_tabs(window, sources)[1].values())


def test_a_small_window_paints_its_side_tabs_as_icons_from_its_first_paint(workspace, qtbot):
    """A window opened at 800 x 600 (its size remembered, or a small screen): at its
    first paint the tabs behind the front side panel already show their icons, not
    "Part...", "So..." until the next one."""
    from PySide6.QtWidgets import QApplication

    from windtunnel.app.startprobe import FirstPaint

    window = workspace.open_window(Document(load(bundled_model())))
    window.setWindowState(Qt.WindowNoState)
    window.resize(800, 600)                      # before the window's first paint
    inspector, sources = window.inspector_dock, window.sources_dock
    window.tabifyDockWidget(inspector, sources)
    seen = {}
    # installed after the window's own watch, so it reports the paint before the
    # window's own first-paint work runs
    FirstPaint(QApplication.instance(), lambda _w: seen.update(_side_tabs(window, sources)[1]),
               window=window)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen[inspector] == ("Inspector", False, "Inspector")
    assert seen[sources] == ("", True, "Sources")
    window.ask_save_changes = lambda: "discard"
