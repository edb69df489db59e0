"""A rating that moves the map's weight says so at once, and the rating box is in reach:
the Inspector's strip under its form tells what the rating did (the weight before and
after, why, a link to undo it) and links down to the box under the edge's form; a double
click on a participant's row in the Participants dock opens their rating there; the
dock's rating columns keep their headers whole."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QTabBar

from windtunnel.app.document import Document
from windtunnel.app.participants_rating import set_aggregation
from windtunnel.app.commands import execute
from windtunnel.app.analysis.controller import refreshes_pending
from windtunnel.model import dumps, load, loads, save
from windtunnel.paths import bundled_model

VOICES = "ai-export-controls-2026-voices.wtm"
UNRATED = ("global-takedown", "us-labs")          # -0.50 on the map, rated by no one
RATED = ("restricted-access", "misuse-risk")


def _show(window, qtbot, zeros: str = "include"):
    model = load(bundled_model(VOICES))
    window.set_document(Document(model))
    execute(window.document.undo_stack, set_aggregation(model, aggregation_zeros=zeros))
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not refreshes_pending(), timeout=5000)
    return model, window.extensions["participants"]


def _rate_by_term(box, term: str) -> None:
    box.term.setCurrentIndex(box.term.findData(term))
    box.term.activated.emit(box.term.currentIndex())


def test_the_first_rating_of_an_edge_says_it_replaced_the_maps_weight(window, qtbot):
    model, panel = _show(window, qtbot)
    box, note = panel.rating_box, panel.rating_box.strip.note
    window.scene.select(edges=[UNRATED])
    assert model.edge(*UNRATED).weight == -0.5
    assert not note.isVisibleTo(window)
    _rate_by_term(box, "+L")
    assert model.edge(*UNRATED).weight == pytest.approx(0.05)     # +0.25 and four zeros
    assert note.isVisibleTo(window)
    said = note.toolTip()                                     # the whole sentences
    assert "First rating of this edge" in said
    assert "+0.05" in said and "\u22120.50" in said          # after, and before
    assert "The 4 of 5 who have not rated it count as 0." in said
    assert note.text().startswith("First rating: weight +0.05, not the map's own \u22120.50. "
                                  "4 of 5 not rating it count as 0.")      # in a few words
    assert "border-left" in note.styleSheet()                 # it stands out
    jump = panel.rating_box.strip.jump
    assert not jump.isVisibleTo(window)                       # the note in its place
    assert "+0.05" in window.statusBar().currentMessage()
    note.linkActivated.emit("undo")                           # the note's own undo
    assert model.edge(*UNRATED).weight == -0.5
    assert not note.isVisibleTo(window)                       # it spoke of what is undone
    assert jump.isVisibleTo(window)


def test_a_small_move_is_said_plainly_and_leaving_the_edge_hides_it(window, qtbot):
    model, panel = _show(window, qtbot, zeros="ignore")
    box, note = panel.rating_box, panel.rating_box.strip.note
    window.scene.select(edges=[RATED])
    who = next(p for p in model.participants if any(r.key == RATED for r in p.ratings))
    box.rater.setCurrentIndex(box.rater.findData(who.id))
    before = model.edge(*RATED).weight
    box.weight.setValue(box.weight.value() - 0.05)           # their rating, a little lower
    box.weight.editingFinished.emit()
    after = model.edge(*RATED).weight
    assert after != before and abs(after - before) < 0.25 and after * before > 0
    assert note.isVisibleTo(window)
    assert note.toolTip().startswith("The edge's weight is now the participants' aggregate")
    assert note.text().startswith("Weight now ")
    assert "count as 0" not in note.text()                    # absent ratings left out
    assert note.styleSheet() == ""                            # said, without alarm
    assert window.statusBar().currentMessage().startswith("The edge's weight is now")
    window.scene.select(edges=[UNRATED])
    assert not note.isVisibleTo(window)
    assert window.statusBar().currentMessage() == ""          # not said over another edge


def test_a_rating_from_the_maps_menu_says_it_too(window, qtbot):
    model, panel = _show(window, qtbot)
    window.scene.select(edges=[UNRATED])
    assert panel.rating_menu.push(UNRATED, term="+L")
    assert model.edge(*UNRATED).weight == pytest.approx(0.05)
    assert "First rating of this edge" in panel.rating_box.strip.note.toolTip()


def test_the_link_under_the_form_scrolls_down_to_the_rating(window, qtbot):
    model, panel = _show(window, qtbot)
    box_top_in_view = _short_inspector(window, qtbot, panel)
    assert not box_top_in_view()                 # below the fold: the analyst had to hunt
    assert panel.rating_box.strip.jump.isVisibleTo(window)
    assert "Rate this edge as" in panel.rating_box.strip.jump.text()
    panel.rating_box.strip.jump.linkActivated.emit("rate")
    assert box_top_in_view()


def test_a_rating_moves_none_of_the_rating_boxs_controls(window, qtbot):
    """The note of what a rating did, a line taller than the link it replaces, pushed the
    form (and the term box just used) down by that line, as did the box's own note."""
    model, panel = _show(window, qtbot)
    _short_inspector(window, qtbot, panel)
    box, inspector = panel.rating_box, window.inspector
    box.strip.jump.linkActivated.emit("rate")
    box.strip.jump.setText("a link of one line")
    _settle()
    controls = (box.rater, box.term, box.weight, box.confidence)
    before = [widget.mapTo(inspector, widget.rect().topLeft()) for widget in controls]
    strip = box.strip.height()
    _rate_by_term(box, "+L")
    assert box.strip.note.isVisibleTo(window)
    _settle()
    assert box.strip.height() > strip                      # the note is taller than the link
    assert [widget.mapTo(inspector, widget.rect().topLeft()) for widget in controls] == before


def _settle() -> None:
    """Lay out what the last change asked for (a layout request may post another)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _short_inspector(window, qtbot, panel):
    """A window as short as a laptop's, one unrated edge selected; the Inspector's
    viewport and a test of whether the rating box's top is in it."""
    window.resize(1366, 500)
    window.inspector_dock.raise_()
    window.scene.select(edges=[UNRATED])
    box, inspector = panel.rating_box, window.inspector
    qtbot.waitUntil(lambda: inspector._scroll.verticalScrollBar().maximum() > 0, timeout=3000)
    viewport = inspector._scroll.viewport()

    def box_top_in_view() -> bool:
        top = box.mapTo(viewport, box.rect().topLeft()).y()
        return 0 <= top < viewport.height()

    return box_top_in_view


def test_double_clicking_a_participants_row_opens_their_rating_in_the_inspector(window,
                                                                                 qtbot):
    model, panel = _show(window, qtbot)
    box_top_in_view = _short_inspector(window, qtbot, panel)
    panel.dock.raise_()
    assert "Double-click a participant's row" in panel.edge_summary.text()
    assert not box_top_in_view()
    panel.ratings.cellDoubleClicked.emit(2, 1)           # the third participant's weight
    assert panel.rater.currentData() == model.participants[2].id
    qtbot.waitUntil(lambda: window.inspector.isVisible(), timeout=3000)   # in front again
    assert box_top_in_view()


def test_the_rating_columns_keep_their_headers_whole_in_a_narrow_dock(window, qtbot):
    model, panel = _show(window, qtbot)
    window.scene.select(edges=[RATED])
    table = panel.ratings
    table.resize(320, table.height())                  # the dock on a 1366x768 screen
    table.columns.fit()
    header = table.horizontalHeader()
    for column in (1, 2, 3):                           # Weight, Term, Confidence
        assert header.sectionSize(column) >= header.sectionSizeHint(column), \
            table.horizontalHeaderItem(column).text()
    assert header.sectionSize(0) > 0


def _front_of_inspectors_tabs(window) -> str:
    """The title of the dock in front among those tabbed with the Inspector."""
    bar = next(bar for bar in window.findChildren(QTabBar)
               if "Inspector" in [bar.tabText(i) for i in range(bar.count())])
    return bar.tabText(bar.currentIndex())


def test_the_notes_setting_link_brings_the_absent_ratings_choice_forward(window, qtbot):
    model, panel = _show(window, qtbot)
    window.inspector_dock.raise_()
    window.scene.select(edges=[UNRATED])
    panel.rating_menu.push(UNRATED, term="+L")
    assert _front_of_inspectors_tabs(window) == "Inspector"
    panel.rating_box.strip.note.linkActivated.emit("settings")
    assert _front_of_inspectors_tabs(window) == "Participants"


def test_clearing_the_last_rating_brings_back_the_maps_own_weight_and_says_so(
        window, qtbot, tmp_path):
    """Clear returns the edge to the weight the map gave it before the first rating, also
    after saving and opening the file again, and the note says so, with Undo."""
    model, panel = _show(window, qtbot)
    box, note = panel.rating_box, panel.rating_box.strip.note
    window.scene.select(edges=[UNRATED])
    _rate_by_term(box, "+L")
    assert model.edge(*UNRATED).weight == pytest.approx(0.05)
    save(model, tmp_path / "rated.wtm")
    window.set_document(Document(load(tmp_path / "rated.wtm")))
    model, panel = window.document.model, window.extensions["participants"]
    box, note = panel.rating_box, panel.rating_box.strip.note
    window.scene.select(edges=[UNRATED])
    box.clear.click()
    assert model.edge(*UNRATED).weight == -0.5
    assert note.isVisibleTo(window)
    assert note.text().startswith("No one rates this edge now: back to its own \u22120.50 "
                                  "(was +0.05).")
    assert "the map's own from before the first rating" in note.toolTip()
    assert "Undo" in note.text()
    note.linkActivated.emit("undo")
    assert model.edge(*UNRATED).weight == pytest.approx(0.05)


def test_clearing_a_rating_an_older_file_kept_no_own_weight_for_says_the_edge_keeps_it(
        window, qtbot, tmp_path):
    """A version-5 file does not keep a rated edge's weight from before the ratings: Clear
    leaves the weight it was opened with, and the note says why."""
    model, panel = _show(window, qtbot)
    window.scene.select(edges=[UNRATED])
    _rate_by_term(panel.rating_box, "+L")
    text = dumps(model).replace('"version": 7,', '"version": 5,', 1)
    text = re.sub(r',\n\s*"unrated_(weight|low|high)": [-0-9.e]+', "", text)
    window.set_document(Document(loads(text)))
    model, box = window.document.model, window.extensions["participants"].rating_box
    window.scene.select(edges=[UNRATED])
    box.clear.click()
    assert model.edge(*UNRATED).weight == pytest.approx(0.05)
    assert box.strip.note.text().startswith("No one rates this edge now: it keeps +0.05.")
    assert "older Windtunnel" in box.strip.note.toolTip()