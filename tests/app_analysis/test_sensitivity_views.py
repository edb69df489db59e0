"""The Sensitivity tab: the tornado runs on a worker, and its table gives the lever names the
room the figures leave, first when narrow, every column shown on a projector."""

from __future__ import annotations

from .conftest import run_sensitivity, settle


def test_sensitivity_tornado_runs_on_a_worker(bundled, qtbot):
    window, analysis = bundled
    view = analysis.results_panel.tornado
    analysis.session.set_scenario("whack-a-mole")
    view.objective.setCurrentIndex(view.objective.findData("limit-misuse"))
    view.run()
    settle(qtbot, analysis)
    assert len(view.bars) == len(window.document.model.edges)
    assert view.bars[0].swing >= view.bars[-1].swing
    assert view.lever_table.rowCount() == 10
    scenario = window.document.model.scenario("whack-a-mole")
    assert "central value" in view.note.text() and scenario.label in view.note.text()
    marked = analysis.map_results.flow_layer.highlight
    assert marked == {(b.source, b.target) for b in view.bars[:3]}
    analysis.session.set_scenario("accountability")       # another question: results go
    assert view.bars == [] and view.lever_table.rowCount() == 0 and view.plot.isHidden()
    assert not analysis.map_results.flow_layer.highlight
    assert window.document.model.scenario("accountability").label in view.note.text()


def test_sensitivity_results_outlive_an_edit_of_words_but_not_of_a_weight(bundled, qtbot):
    """A rationale written into an edge leaves the bars (nothing they read changed); a
    weight changed clears them."""
    window, analysis = bundled
    view = run_sensitivity(qtbot, analysis, "whack-a-mole", "limit-misuse")
    model = window.document.model
    edge = model.edges[0]
    model.update_edge(edge.source, edge.target, rationale="Read in the workshop notes.")
    settle(qtbot, analysis)
    assert view.bars and not view.plot.isHidden()
    model.update_edge(edge.source, edge.target, weight=-edge.weight or 0.5)
    settle(qtbot, analysis)
    assert view.bars == [] and view.plot.isHidden()


def test_the_sensitivity_lever_names_get_the_room_the_figures_leave(bundled, qtbot):
    """The figures as wide as they need and the lever's name the rest, wrapped: with the
    default widths a 1366x768 laptop's table gave the name 25 px, and it read "…"."""
    window, analysis = bundled
    view = run_sensitivity(qtbot, analysis, "whack-a-mole", "limit-misuse")
    table = view.lever_table
    qtbot.waitUntil(table.isVisible)
    metrics = table.fontMetrics()
    words = [w for r in range(table.rowCount()) for w in table.item(r, 0).text().split()]
    assert table.columnWidth(0) >= max(metrics.horizontalAdvance(w) for w in words)
    for c in range(1, table.columnCount()):
        widest = max(metrics.horizontalAdvance(table.item(r, c).text())
                     for r in range(table.rowCount()))
        assert table.columnWidth(c) >= widest
    assert table.item(0, 0).toolTip() == table.item(0, 0).text()


def test_a_narrow_sensitivity_table_gives_the_lever_names_the_room_first(bundled, qtbot):
    """At 1024x768 the figures' headings took the table and the names read "Capa... based
    contr...": the names have half a narrow table (the headings cut, whole on hover) where
    the figures fit beside them, and their whole line in a table wide enough."""
    window, analysis = bundled
    view = run_sensitivity(qtbot, analysis, "whack-a-mole", "limit-misuse")
    table = view.lever_table
    qtbot.waitUntil(table.isVisible)
    split = table.parentWidget()
    metrics = table.fontMetrics()
    longest = max(metrics.horizontalAdvance(table.item(r, 0).text())
                  for r in range(table.rowCount()))
    figures = sum(table.sizeHintForColumn(c) for c in range(1, table.columnCount()))
    narrow = table.width() - table.viewport().width() + 2 * figures
    split.setSizes([split.width() - narrow, narrow])
    qtbot.waitUntil(lambda: table.width() <= narrow)
    assert table.columnWidth(0) >= min(longest, table.viewport().width() // 2)
    for c in range(table.columnCount()):
        heading = table.horizontalHeaderItem(c)
        assert heading.toolTip() == heading.text()
    wide = table.width() - table.viewport().width() + longest + sum(
        table.sizeHintForColumn(c) for c in range(1, table.columnCount())) + 200
    split.setSizes([split.width() - wide, wide])
    qtbot.waitUntil(lambda: table.columnWidth(0) >= longest)


def test_a_projectors_sensitivity_table_shows_every_column_without_scrolling(bundled, qtbot):
    """In a 1024x768 window the lever table is about 230 px wide: the figures and the
    names' half did not fit, and the Elasticity column lay beyond a sideways scroll bar.
    Every column shares the width (the names wrap, a cut text ends in "..."), and every
    cell is whole on hover."""
    window, analysis = bundled
    view = run_sensitivity(qtbot, analysis, "whack-a-mole", "limit-misuse")
    table = view.lever_table
    qtbot.waitUntil(table.isVisible)
    split = table.parentWidget()
    split.setSizes([split.width() - 230, 230])     # beside the charts: its readable least
    qtbot.waitUntil(lambda: table.width() <= max(240, table.minimumWidth()))
    widths = [table.columnWidth(c) for c in range(table.columnCount())]
    assert sum(widths) <= table.viewport().width(), widths
    assert table.horizontalScrollBar().maximum() == 0
    assert all(width > 0 for width in widths)
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            assert table.item(r, c).toolTip() == table.item(r, c).text()
