"""Participants in the GUI: results per participant (chart, scorecard, heat map), rating in
the Inspector, adding / renaming / removing participants, the aggregation method, and the
disagreement lens in the View menu and in map pictures. Every edit is one undo step that
re-aggregates the map."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication, QLineEdit

from windtunnel.app.analysis.controller import refreshes_pending
from windtunnel.app.document import Document
from windtunnel.app.formats import MINUS
from windtunnel.engine import apply_working_weights, run, run_participants, working_weights
from windtunnel.model import Edge, Model, Node, Participant, Rating, Settings, load
from windtunnel.paths import bundled_model

VOICES = "ai-export-controls-2026-voices.wtm"


def _show(window, qtbot, model):
    window.set_document(Document(model))
    QApplication.processEvents()
    panel = window.extensions["participants"]
    qtbot.waitUntil(lambda: not refreshes_pending(), timeout=5000)
    return panel


def _results_ready(panel, qtbot):
    results = panel.results
    qtbot.waitUntil(lambda: results.voices is not None
                    and results.voices_for == results._wanted(), timeout=10000)
    qtbot.waitUntil(lambda: not refreshes_pending(), timeout=5000)
    return results


def test_the_current_scenario_runs_on_every_participants_map(window, qtbot):
    model = load(bundled_model(VOICES))
    panel = _show(window, qtbot, model)
    analysis = window.extensions["analysis"]
    results = _results_ready(panel, qtbot)
    scenario = analysis.session.scenario_id
    expected = run_participants(model, scenarios=[scenario])
    voices = results.voices
    assert voices.scenarios[0].scenario_id == scenario
    np.testing.assert_allclose(voices.scenarios[0].change, expected.scenarios[0].change)
    # the chart: the chosen node, one line per participant plus the shared map's
    node = "misuse-risk"
    window.scene.select(nodes=[node])
    assert results.node.currentData() == node
    curves = results.plot.getPlotItem().listDataItems()
    assert len(curves) == len(model.participants) + 1
    final = expected.scenarios[0].final[:, expected.node_ids.index(node)]
    for p, curve in enumerate(curves[:-1]):
        assert curve.yData[-1] == pytest.approx(final[p])
    rises = int((final > 5e-4).sum())
    assert f"{rises} of 5 participants' maps say Misuse risk" in results.says.text()
    # the scorecard: the shared map, then each participant; one column per objective + Met
    card = results.scorecard
    assert card.rowCount() == 6 and card.columnCount() == len(model.objectives) + 1
    met = expected.met(expected.scenarios[0])
    for p in range(5):
        for c in range(len(model.objectives)):
            assert card.item(p + 1, c).text().startswith("\u2714" if met[c, p] else "\u2718")
        assert card.item(p + 1, len(model.objectives)).text() == (
            f"{int(met[:, p].sum())} / {len(model.objectives)}")
    assert card.verticalHeaderItem(1).text() == model.participants[0].label
    # how many maps meet them all, not "every objective is met on 0 of 5 maps" beside a ✔
    together = int(met.all(axis=0).sum())
    assert results.scorecard_note.full_text.startswith(
        f"{together} of 5 participants' maps meet every objective at once.")


@pytest.mark.parametrize("tag", ["en", "ja"])
def test_the_participants_scorecard_shows_each_objective_heading_whole(window, qtbot, tag):
    """Each objective's column heading is its name in the language, on as many lines as
    its column needs, none wider than the column or cut while the table has room; the
    whole name is on hover."""
    from windtunnel.app.translations import apply_language
    from windtunnel.model import translated

    apply_language(tag)
    try:
        model = load(bundled_model(VOICES))
        results = _results_ready(_show(window, qtbot, model), qtbot)
        results.tabs.setCurrentIndex(1)
        card = results.scorecard
        header = card.horizontalHeader()
        QApplication.processEvents()
        metrics = header.fontMetrics()
        names = [translated(o) for o in model.objectives]
        headings = [card.horizontalHeaderItem(c).text() for c in range(len(names))]
        cut = [(heading, header.sectionSize(c)) for c, heading in enumerate(headings)
               if max(map(metrics.horizontalAdvance, heading.split("\n"))) + 8
               > header.sectionSize(c)]
        assert not cut
        # the header never elides a wrapped heading again (it measures it as one line)
        assert header.textElideMode() == Qt.ElideNone
        for c, (name, heading) in enumerate(zip(names, headings)):
            assert "".join(heading.split()) == "".join(name.split()), (heading, name)
            assert metrics.lineSpacing() * len(heading.split("\n")) <= header.height()
            assert name in card.horizontalHeaderItem(c).toolTip().replace("\xa0", " ")
    finally:
        apply_language("en")


def test_results_per_participant_follow_the_scenario_anonymity_and_edits(window, qtbot):
    model = load(bundled_model(VOICES))
    panel = _show(window, qtbot, model)
    analysis = window.extensions["analysis"]
    results = _results_ready(panel, qtbot)
    other = next(s.id for s in model.scenarios if s.id != analysis.session.scenario_id)
    analysis.session.set_scenario(other)
    results = _results_ready(panel, qtbot)
    assert results.voices.scenarios[0].scenario_id == other
    panel.anonymous.setChecked(True)
    assert results.scorecard.verticalHeaderItem(1).text() == "Participant 1"
    qtbot.waitUntil(lambda: not refreshes_pending(), timeout=5000)
    assert results.heat_map.table_model.names[0] == "Participant 1"
    # a rating changes one participant's map: the results are run again
    key = ("restricted-access", "misuse-risk")
    window.scene.select(edges=[key])
    before = results.voices
    panel.rater.setCurrentIndex(3)
    panel.term.activated.emit(1)                        # -VH
    results = _results_ready(panel, qtbot)
    assert results.voices is not before


def test_the_heat_map_lists_every_rating_disagreement_first(window, qtbot):
    model = load(bundled_model(VOICES))
    panel = _show(window, qtbot, model)
    heat = panel.results.heat_map.table_model
    rated = {r.key for p in model.participants for r in p.ratings}
    assert heat.rowCount() == len(rated)
    assert heat.columnCount() == 2 + len(model.participants)
    spreads = [float(heat.data(heat.index(r, 0)).replace(",", ".")) for r in range(heat.rowCount())]
    assert spreads == sorted(spreads, reverse=True)      # no sign conflict in the bundled map
    assert heat.edges[0] == ("restricted-access", "misuse-risk")
    # the cell shows the term the participant gave
    us = [p.id for p in model.participants].index("us-security")
    assert heat.data(heat.index(0, 2 + us)) == "+H"
    # a sign conflict goes to the top and is marked
    china = model.participant("china-daily-op")
    key = ("export-controls", "restricted-access")
    window.scene.select(edges=[key])
    panel.rater.setCurrentIndex([p.id for p in model.participants].index(china.id))
    panel.term.activated.emit(panel.term.findData("+M"))
    qtbot.waitUntil(lambda: not refreshes_pending(), timeout=5000)
    assert heat.edges[0] == key and heat.data(heat.index(0, 1)) == "\u00b1"
    # clicking a row selects its edge on the map
    panel.results.heat_map.view.clicked.emit(heat.index(1, 3))
    assert window.scene.selected_edge_keys() == [heat.edges[1]]


def test_rating_by_weight_and_confidence_in_the_inspector(window, qtbot):
    model = load(bundled_model(VOICES))
    panel = _show(window, qtbot, model)
    box = panel.rating_box
    key = ("restricted-access", "misuse-risk")
    window.scene.select(edges=[key])
    assert box.isVisibleTo(window.inspector)
    box.rater.setCurrentIndex([p.id for p in model.participants].index("incumbency-blog"))
    before = model.copy()
    box.weight.setValue(-0.4)
    box.weight.editingFinished.emit()
    rating = next(r for r in model.participant("incumbency-blog").ratings if r.key == key)
    assert rating.weight == pytest.approx(-0.4) and rating.term == ""
    assert model.edge(*key).weight == pytest.approx(working_weights(model)[key])
    box.confidence.activated.emit(box.confidence.findData("high"))
    rating = next(r for r in model.participant("incumbency-blog").ratings if r.key == key)
    assert rating.confidence == "high" and rating.weight == pytest.approx(-0.4)
    stack = window.document.undo_stack
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert model == before
    assert box.term.currentText() == "(not rated)"     # the box follows the undo
    window.scene.select(nodes=["misuse-risk"])
    assert not box.isVisibleTo(window.inspector)


@pytest.mark.parametrize(("weight", "nearest"), [(-0.6, "-M"), (0.7, "+H"), (0.0, "NA")])
def test_a_rating_by_a_number_shows_the_term_it_counts_as(window, qtbot, weight, nearest):
    """A weight typed in the Inspector left the term box blank: it now shows the term the
    number counts as where ratings are read as terms (the nearest, as the aggregation reads
    it), and says the rating is a number."""
    from windtunnel.engine.linguistic import nearest_term
    from windtunnel.model import LINGUISTIC_TERMS

    model = load(bundled_model(VOICES))
    panel = _show(window, qtbot, model)
    box = panel.rating_box
    key = ("restricted-access", "misuse-risk")
    window.scene.select(edges=[key])
    box.rater.setCurrentIndex([p.id for p in model.participants].index("incumbency-blog"))
    box.weight.setValue(weight)
    box.weight.editingFinished.emit()
    assert LINGUISTIC_TERMS[int(nearest_term(weight))] == nearest
    assert box.term.currentIndex() == -1           # no term of the rating's own
    assert box.term.placeholderText() == f"\u2248 {nearest} (rated by a number)"
    assert "Rated by the number" in box.note.text() and f"{nearest}." in box.note.text()
    box.term.activated.emit(box.term.findData("+L"))     # a term chosen shows as itself
    assert box.term.currentData() == "+L" and "Rated by the term +L" in box.note.text()
    assert box.term.currentText().startswith("+L")


def test_add_rename_remove_participants_reaggregates_and_undoes(window, qtbot):
    model = load(bundled_model(VOICES))
    model.set_settings(replace(model.settings, aggregation_zeros="include"))
    apply_working_weights(model)
    panel = _show(window, qtbot, model)
    before = model.copy()
    key = ("restricted-access", "misuse-risk")
    panel.add.click()
    assert len(model.participants) == 6 and model.participants[-1].label == "Participant 6"
    # an extra silent participant counts as a zero with zeros included: weights shrink
    assert abs(model.edge(*key).weight) < abs(before.edge(*key).weight)
    # Add opens the new row's name for typing: type over it and press Enter, as a user does
    # (text set on the item behind the open editor would be written back by it later)
    editor = panel.people.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Trade ministry")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: model.participants[-1].label == "Trade ministry", timeout=5000)
    panel.people.selectRow(0)
    first = model.participants[0].id
    panel.remove.click()
    assert model.participant(first) is None and len(model.participants) == 5
    assert model.edge(*key).weight == pytest.approx(working_weights(model)[key])
    stack = window.document.undo_stack
    assert stack.count() == 2                  # the name typed joined the adding
    assert stack.text(0) == 'Add participant "Trade ministry"'
    for _ in range(2):
        stack.undo()
    assert model == before


def test_the_aggregation_method_is_recorded_and_reaggregates(window, qtbot):
    model = load(bundled_model(VOICES))
    panel = _show(window, qtbot, model)
    before = model.copy()
    key = ("restricted-access", "misuse-risk")
    panel.aggregation.setCurrentIndex(panel.aggregation.findData("median"))
    panel.aggregation.activated.emit(panel.aggregation.currentIndex())
    assert model.settings.aggregation == "median"
    assert model.edge(*key).weight == pytest.approx(working_weights(model)[key])
    assert model.edge(*key).weight != pytest.approx(before.edge(*key).weight)
    assert "median" in panel.method.text()
    panel.zeros.setCurrentIndex(panel.zeros.findData("include"))
    panel.zeros.activated.emit(panel.zeros.currentIndex())
    assert model.settings.aggregation_zeros == "include"
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert model == before
    assert panel.aggregation.currentData() == "mean"


def test_the_lens_is_in_the_view_menu_and_in_map_pictures(window, qtbot):
    model = load(bundled_model(VOICES))
    panel = _show(window, qtbot, model)
    assert panel.lens_action in window.menus.view.actions()
    panel.lens_action.setChecked(True)
    assert panel.show_lens.isChecked() and panel.lens.isVisible()
    overlay = panel.decoration.map_overlay()
    assert overlay is not None
    image = QImage(800, 300, QImage.Format_ARGB32)
    image.fill(Qt.white)
    painter = QPainter(image)
    overlay(painter, QRectF(0, 0, 800, 300))
    painter.end()
    corner = {image.pixelColor(x, y).name() for x in range(800) for y in range(200, 300)}
    assert "#e69f00" in corner                          # the ring's amber, at the bottom
    panel.show_lens.setChecked(False)
    assert not panel.lens_action.isChecked() and panel.decoration.map_overlay() is None


def test_monte_carlo_over_participants_maps_from_the_dock(window, qtbot):
    model = load(bundled_model(VOICES))
    model.set_settings(replace(model.settings, samples=40, seed=5))
    panel = _show(window, qtbot, model)
    analysis = window.extensions["analysis"]
    panel.results.monte_carlo.click()
    qtbot.waitUntil(lambda: analysis.session.monte_carlo is not None, timeout=20000)
    mc = analysis.session.monte_carlo
    assert mc.sampled == "participants" and mc.samples == 40 and mc.seed == 5
    again = run(model, samples=40, seed=5, sample="participants")
    for mine, theirs in zip(mc.scenarios, again.scenarios):
        np.testing.assert_array_equal(mine.uncertainty.percentiles, theirs.uncertainty.percentiles)
    qtbot.waitUntil(lambda: "of participants' maps" in analysis.results_panel.status.full_text,
                    timeout=5000)


def test_monte_carlo_over_participants_and_their_weights_from_the_dock(window, qtbot):
    model = load(bundled_model(VOICES))
    model.set_settings(replace(model.settings, samples=40, seed=5))
    panel = _show(window, qtbot, model)
    analysis = window.extensions["analysis"]
    panel.results.with_weights.setChecked(True)
    panel.results.monte_carlo.click()
    qtbot.waitUntil(lambda: analysis.session.monte_carlo is not None, timeout=20000)
    mc = analysis.session.monte_carlo
    assert mc.sampled == "both"
    again = run(model, samples=40, seed=5, sample="both")
    for mine, theirs in zip(mc.scenarios, again.scenarios):
        np.testing.assert_array_equal(mine.uncertainty.percentiles, theirs.uncertainty.percentiles)
    qtbot.waitUntil(lambda: "of participants' maps and their weights"
                    in analysis.results_panel.status.full_text, timeout=5000)


def test_the_scenario_matrix_says_how_many_participants_maps_agree(window, qtbot):
    model = load(bundled_model(VOICES))
    _show(window, qtbot, model)
    panel = window.extensions["analysis"].results_panel
    matrix = panel.matrix
    qtbot.waitUntil(lambda: not refreshes_pending(), timeout=5000)
    assert matrix.voices is None                  # not run while the matrix is not shown
    panel.show_tab("matrix")
    qtbot.waitUntil(lambda: matrix.voices is not None, timeout=20000)
    qtbot.waitUntil(lambda: not refreshes_pending(), timeout=5000)
    assert matrix.across.isVisibleTo(matrix)
    expected = run_participants(model)
    table = matrix.model
    row, k = np.unravel_index(np.argmax(np.abs(table.values)), table.values.shape)
    column = 3 + k                             # the most changed cell: Node, Group, Baseline
    scenario = expected.scenarios[k]
    assert scenario.scenario_id == table.scenario_ids[k]
    final = scenario.final[:, expected.node_ids.index(table.ids[row])]
    shared = table.values[row, k]
    agree = int((final > 5e-4).sum()) if shared > 0 else int((final < -5e-4).sum())
    assert table.index(row, column).data() == \
        f"{shared:+.3f}  {agree}/5 ".replace("-", MINUS) + ("\u2191" if shared > 0 else "\u2193")
    tip = table.index(row, column).data(Qt.ToolTipRole)
    assert "participants' maps say" in tip and "Their changes range from" in tip
    assert all(f"{x:+.3f}".replace("-", MINUS) in tip for x in (final.min(), final.max()))
    matrix.across.setChecked(False)
    assert table.index(row, column).data() == f"{shared:+.3f}".replace("-", MINUS)
    assert table.index(row, column).data(Qt.ToolTipRole) is None


def test_a_model_without_participants_has_a_plain_matrix(window, qtbot):
    matrix = window.extensions["analysis"].results_panel.matrix
    qtbot.waitUntil(lambda: not refreshes_pending(), timeout=5000)
    assert not matrix.across.isVisibleTo(matrix) and matrix.voices is None


def test_the_brief_of_a_model_with_participants_has_the_lens_page(window, qtbot):
    from windtunnel.app.analysis.brief import brief_pdf_bytes
    from windtunnel.app.analysis.disagreement_page import paint_lens_page
    from windtunnel.app.analysis.pages import paint_map
    from windtunnel.app.analysis.colours import run_span

    model = load(bundled_model(VOICES))
    _show(window, qtbot, model)
    analysis = window.extensions["analysis"]
    analysis.session.set_scenario(model.scenarios[0].id)
    qtbot.waitUntil(lambda: analysis.controller.idle and not refreshes_pending(), timeout=10000)
    snapshot = analysis.session.snapshot()
    data = brief_pdf_bytes(snapshot)
    assert data.startswith(b"%PDF") and b"/Count 7" in data   # results, 4 map parts, lens, sources
    def amber(paint) -> int:
        """Pixels of the lens's amber (its translucent bands over the light map too)."""
        image = QImage(1600, 1100, QImage.Format_ARGB32)
        image.fill(Qt.white)
        painter = QPainter(image)
        paint(painter)
        painter.end()
        pixels = np.frombuffer(image.constBits(), np.uint8).reshape(
            1100, image.bytesPerLine() // 4, 4)[:1100:3, :1600:3].astype(int)
        blue, green, red = pixels[..., 0], pixels[..., 1], pixels[..., 2]  # ARGB32: B G R A
        return int(((red > 220) & (150 < green) & (green < 225) & (blue < 170)
                    & (red - blue > 90)).sum())

    page = QRectF(0, 0, 1600, 1100)
    span = run_span(snapshot.results, snapshot.change)
    with_lens = amber(lambda p: paint_lens_page(p, page, snapshot))
    without = amber(lambda p: paint_map(p, QRectF(0, 60, 880, 1040), snapshot, span,
                                        (span, "Change")))
    assert with_lens > without + 200                  # the bands under the disagreed edges
    plain = load(bundled_model())
    window.set_document(Document(plain))
    qtbot.waitUntil(lambda: analysis.controller.idle and not refreshes_pending(), timeout=10000)
    assert b"/Count 6" in brief_pdf_bytes(analysis.session.snapshot())   # no lens page


def test_a_name_another_participant_has_or_an_empty_name_is_refused(window, qtbot,
                                                                    monkeypatch):
    model = load(bundled_model(VOICES))
    panel = _show(window, qtbot, model)
    shown = []
    monkeypatch.setattr(window, "show_problem", lambda title, exc: shown.append(str(exc)))
    before = model.copy()
    first = model.participants[0].label
    panel.people.item(1, 0).setText("  " + first.upper() + " ")
    assert 'a participant is already called "' + first + '"' in shown[-1]
    panel.people.item(1, 0).setText("")
    assert "label" in shown[-1]
    assert model == before and window.document.undo_stack.count() == 0
    qtbot.waitUntil(lambda: panel.people.item(1, 0).text() == model.participants[1].label,
                    timeout=3000)
    # Add never picks a name that is taken
    model_names = {p.label for p in model.participants}
    panel.add.click()
    assert model.participants[-1].label not in model_names


def test_deleting_a_rated_edge_keeps_what_the_participants_said(window, qtbot):
    """The ratings of an edge deleted from the shared map stay as those participants' own
    edges (what they said is not erased); the lens leaves it; undo restores the edge."""
    from windtunnel.app.commands import execute, remove_command
    model = load(bundled_model(VOICES))
    panel = _show(window, qtbot, model)
    panel.show_lens.setChecked(True)
    before = model.copy()
    key = ("restricted-access", "misuse-risk")
    raters = {p.id for p in model.participants for r in p.ratings if r.key == key}
    execute(window.document.undo_stack, remove_command(model, edges=[key]))
    assert {p.id for p in model.participants for r in p.ratings if r.key == key} == raters
    qtbot.waitUntil(lambda: not refreshes_pending(), timeout=5000)
    assert key in panel.results.heat_map.table_model.edges
    assert key not in dict(panel.lens.bands)
    window.document.undo_stack.undo()
    assert model == before


def test_a_redrawn_rated_edge_takes_the_participants_aggregate_at_once(window, qtbot):
    """Deleting a rated edge, then drawing it again on the map (the scene's drag signal):
    the new edge's weight is the participants' aggregate, not the drawing weight, and one
    undo takes the drawing and the re-aggregation back together."""
    from windtunnel.app.commands import execute, remove_command
    from windtunnel.model import DEFAULT_WEIGHT
    model = load(bundled_model(VOICES))
    _show(window, qtbot, model)
    key = ("restricted-access", "misuse-risk")
    aggregate = working_weights(model)[key]
    assert abs(aggregate - DEFAULT_WEIGHT) > 0.05     # so the test tells the two apart
    execute(window.document.undo_stack, remove_command(model, edges=[key]))
    deleted = model.copy()
    steps = window.document.undo_stack.count()
    window.scene.edge_requested.emit(*key)
    assert model.edge(*key).weight == pytest.approx(aggregate)
    assert window.document.undo_stack.count() == steps + 1
    window.document.undo_stack.undo()
    assert model == deleted and model.edge(*key) is None


def test_hundreds_of_participants_are_charted_as_a_band(window, qtbot):
    model = load(bundled_model(VOICES))
    voices = model.participants
    for i in range(300):
        model.add_participant(replace(voices[i % 5], id=f"extra-{i}", label=f"Extra {i}"))
    apply_working_weights(model)
    panel = _show(window, qtbot, model)
    assert panel.people.rowCount() == 305
    results = _results_ready(panel, qtbot)
    curves = results.plot.getPlotItem().listDataItems()
    assert len(curves) == 4                     # lowest, highest, median, the shared map
    assert "lowest to highest of 305 participants" in results.key.text()
    assert results.scorecard.rowCount() == 306
    assert results.heat_map.table_model.columnCount() == 2 + 305


def test_the_heat_map_shares_a_wide_dock_among_the_participants_columns(window, qtbot):
    # on a 1920-pixel screen the participants' names were cut to "US sec..." in columns
    # of the narrowest width, a third of the table left empty beside them
    from PySide6.QtWidgets import QDockWidget

    from windtunnel.app.participants_heatmap import NARROWEST, WIDEST

    panel = _show(window, qtbot, load(bundled_model(VOICES)))
    results = panel.results
    dock = results.parentWidget()
    while not isinstance(dock, QDockWidget):
        dock = dock.parentWidget()
    dock.show()
    dock.raise_()
    results.tabs.setCurrentIndex(0)             # the heat map's tab behind another
    qtbot.waitExposed(results)
    window.resize(1900, 1000)                   # then the window grows
    QApplication.processEvents()
    results.tabs.setCurrentWidget(results.heat_map)     # and the user opens the tab
    view = results.heat_map.view
    qtbot.waitExposed(view)
    fixed = 2
    participants = range(fixed, view.model().columnCount())

    def shared() -> bool:
        widths = [view.columnWidth(c) for c in participants]
        used = sum(view.columnWidth(c) for c in range(view.model().columnCount()))
        return (all(w == WIDEST for w in widths)
                or abs(used - view.viewport().width()) <= len(widths))

    qtbot.waitUntil(shared, timeout=5000)
    assert view.columnWidth(fixed) > NARROWEST


def test_a_narrow_heading_drops_its_notes_before_the_scenario_s_name(window, qtbot):
    panel = _show(window, qtbot, load(bundled_model(VOICES)))
    results = _results_ready(panel, qtbot)
    heading, name = results.heading, results.voices.scenarios[0].label
    count = len(results.voices.participants)
    metrics = heading.fontMetrics()
    for short in (f"{name} on each of {count} participants' maps", f"{name}: {count} participants"):
        heading.setFixedWidth(int(metrics.horizontalAdvance(short)) + 4)
        qtbot.waitUntil(lambda: heading.text() == short)     # whole, not "…on each of 3 pa…"
    heading.setFixedWidth(int(metrics.horizontalAdvance(name[:6])) + 4)
    qtbot.waitUntil(lambda: heading.text().endswith("\u2026"))
    assert name.startswith(heading.text()[:-1].rstrip())


@pytest.mark.parametrize(("tag", "strength"), [("en", "very high, raises"),
                                               ("ja", "とても高い"),
                                               ("zh-CN", "很高")])
def test_the_term_list_says_what_each_code_means(window, tag, strength):
    """-VH ... +VH and NA were listed bare: each code comes with its meaning, in the
    interface's language, in the list and on hover."""
    from windtunnel.app.participants_rater import RatingBox
    from windtunnel.app.translations import apply_language
    from windtunnel.model import LINGUISTIC_TERMS

    try:
        apply_language(tag)
        combo = RatingBox(window).term
        shown = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
        assert list(shown) == list(LINGUISTIC_TERMS)
        assert shown["+VH"].startswith("+VH") and strength in shown["+VH"]
        assert shown["NA"].startswith("NA") and len(shown["NA"]) > 4
        for i in range(1, combo.count()):
            assert combo.itemData(i, Qt.ToolTipRole) == combo.itemText(i)
        assert combo.view().minimumWidth() >= combo.view().sizeHintForColumn(0)
    finally:
        apply_language("en")


def test_the_heat_map_key_reads_whole_in_a_laptop_s_dock(qapp):
    """The key above the heat map wraps onto a second line rather than end in "…" at the
    width a 1024-pixel window gives the results dock (it read "...spread…")."""
    from windtunnel.app.participants_heatmap import RatingsHeatMap

    heat = RatingsHeatMap()
    heat.resize(700, 300)
    heat.show()
    QApplication.processEvents()
    assert "\u2026" not in heat.note.text()
    assert heat.note.text().count("\n") == 1
    heat.close()


def test_an_explicit_no_effect_typed_in_the_inspector_counts_where_absent_ratings_are_left_out(
        window, qtbot):
    """Alice rates the edge +0.92, Bob types 0 ("no effect"), Carol says nothing: with
    absent ratings left out the map weighs their mean, Bob's view included, not Alice's
    alone."""
    model = Model.from_elements(
        settings=Settings(aggregation_zeros="ignore"), nodes=[Node("a", "A"), Node("b", "B")],
        edges=[Edge("a", "b", 0.3)],
        participants=[Participant(who, who.title()) for who in ("alice", "bob", "carol")])
    panel = _show(window, qtbot, model)
    box = panel.rating_box
    window.scene.select(edges=[("a", "b")])
    for index, weight in ((0, 0.92), (1, 0.0)):
        box.rater.setCurrentIndex(index)
        box.weight.setValue(weight)
        box.weight.editingFinished.emit()
    assert [r.weight for r in model.participant("bob").ratings] == [0.0]
    assert model.edge("a", "b").weight == pytest.approx(0.46)


def test_the_heat_map_gives_the_edges_names_the_room_its_few_participants_leave(qtbot):
    """Three participants' columns at their widest left a fifth of a laptop's dock empty
    beside "Model export controls ...tricted actors' access": the edges' names take it."""
    from windtunnel.app.participants_heatmap import RatingsHeatMap

    model = Model.from_elements(
        nodes=[Node("a", "Model export controls"), Node("b", "Restricted actors' access")],
        edges=[Edge("a", "b", 0.5)],
        participants=[Participant(f"p{k}", f"P{k}", ratings=(Rating("a", "b", w),))
                      for k, w in enumerate((0.75, 0.5, -0.25))])
    heat = RatingsHeatMap()
    qtbot.addWidget(heat)
    heat.show_model(model, [p.label for p in model.participants])
    heat.resize(1050, 260)
    heat.show()
    qtbot.waitExposed(heat)
    rows = heat.view.verticalHeader()
    wanted = rows.sizeHint().width()
    qtbot.waitUntil(lambda: rows.width() >= wanted, timeout=5000)


def test_a_room_without_scenarios_is_told_to_add_one_not_to_choose_one(window, qtbot):
    """Participants' maps imported together bring no scenario: the results per participant
    said "Choose a scenario", with none to choose from; they say to add one."""
    model = load(bundled_model(VOICES))
    for scenario in list(model.scenarios):
        model.remove("scenario", scenario.id)
    panel = _show(window, qtbot, model)
    results = panel.results
    qtbot.waitUntil(lambda: "no scenarios yet" in results.heading.full_text, timeout=5000)
    assert "Scenarios dock" in results.heading.full_text
