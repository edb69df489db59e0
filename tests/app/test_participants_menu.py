"""Rating an edge from the map itself: the right-click menu on an edge offers the current
participant's rating on the linguistic scale and a weight/confidence dialog, each one undo
step that re-aggregates the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from windtunnel.app.document import Document
from windtunnel.engine.linguistic import term_weight
from windtunnel.model import load
from windtunnel.paths import bundled_model

VOICES = "ai-export-controls-2026-voices.wtm"
KEY = ("restricted-access", "misuse-risk")


def _show(window):
    model = load(bundled_model(VOICES))
    window.set_document(Document(model))
    QApplication.processEvents()
    return model, window.extensions["participants"]


def _right_click(window, key):
    """A right click on the middle of edge ``key`` as the user makes it."""
    view = window.view
    view.set_zoom(2.0)                          # close enough that no other edge is near
    view.centerOn(window.scene.edge_items[key].midpoint)
    QApplication.processEvents()
    pos = view.mapFromScene(window.scene.edge_items[key].midpoint)
    event = QContextMenuEvent(QContextMenuEvent.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return window.map_menu


def _action(menu, starting: str):
    return next(a for a in menu.actions() if a.text().startswith(starting))


def test_right_clicking_an_edge_opens_the_current_participants_rating_menu(window, qtbot):
    model, panel = _show(window)
    panel.rater.setCurrentIndex(panel.rater.findData("us-security"))
    menu = _right_click(window, KEY)
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    assert window.scene.selected_edge_keys() == [KEY]          # the edge is selected too
    texts = [a.text() for a in menu.actions()]
    assert any(t.startswith("Rating by US security view") for t in texts)
    rated = next(r for r in model.participant("us-security").ratings if r.key == KEY)
    checked = [a.text() for a in menu.actions() if a.isCheckable() and a.isChecked()]
    assert checked == [f"{rated.term}  high, raises"]
    assert _action(menu, "&Clear Rating").isEnabled()
    menu.close()


def test_choosing_a_term_rates_reaggregates_and_undoes_in_one_step(window):
    model, panel = _show(window)
    before = model.copy()
    panel.rater.setCurrentIndex(panel.rater.findData("incumbency-blog"))
    menu = _right_click(window, KEY)
    assert not _action(menu, "&Clear Rating").isEnabled()      # not rated by them yet
    _action(menu, "-VH").trigger()
    menu.close()
    rating = next(r for r in model.participant("incumbency-blog").ratings if r.key == KEY)
    assert rating.term == "-VH"
    terms = [r.term for p in model.participants for r in p.ratings if r.key == KEY]
    assert model.edge(*KEY).weight == pytest.approx(sum(map(term_weight, terms)) / len(terms))
    assert "4 of 5 rated it: 3 raise, 1 lower" in panel.edge_summary.text()
    stack = window.document.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert model == before


def test_the_weight_and_confidence_dialog_rates_by_a_number(window):
    model, panel = _show(window)
    panel.rater.setCurrentIndex(panel.rater.findData("china-daily-op"))
    asked = []

    def answer(heading, weight, confidence):
        asked.append((heading, weight, confidence))
        return 0.35, "high"

    panel.rating_menu.ask_rating = answer
    before = model.edge(*KEY).weight
    menu = _right_click(window, KEY)
    _action(menu, "&Weight and Confidence").trigger()
    menu.close()
    heading, weight, confidence = asked[0]
    labels = {n.id: n.label for n in model.nodes}
    assert heading.startswith("China Daily opinion") and labels[KEY[0]] in heading
    assert (weight, confidence) == (pytest.approx(before), "medium")   # not rated: the map's
    rating = next(r for r in model.participant("china-daily-op").ratings if r.key == KEY)
    assert (rating.weight, rating.term, rating.confidence) == (0.35, "", "high")
    window.document.undo_stack.undo()
    assert all(r.key != KEY or r.weight != 0.35
               for r in model.participant("china-daily-op").ratings)


def test_rate_as_in_the_menu_changes_the_inspectors_participant(window):
    _model, panel = _show(window)
    menu = _right_click(window, KEY)
    people = _action(menu, "Rate &As").menu()
    people.actions()[2].trigger()
    menu.close()
    assert panel.rater.currentIndex() == 2


def test_a_model_without_participants_has_no_rating_menu(window):
    menu = _right_click(window, window.document.model.edges[0].key)
    assert menu is None                                    # nothing to offer: no menu



def test_a_long_name_is_cut_in_the_rate_as_list_and_whole_on_hover(window):
    name = ("Ministry of Economy, Trade & Industry: Trade Control Department, Security "
            "Export Licensing Division")
    model = load(bundled_model(VOICES))
    model.update("participant", "us-security", label=name)
    window.set_document(Document(model))
    QApplication.processEvents()
    panel = window.extensions["participants"]
    index = panel.rater.findData("us-security")
    assert panel.rater.itemText(index) == name
    menu = _right_click(window, KEY)
    people = _action(menu, "Rate &As").menu()
    action = people.actions()[index]
    assert action.text().startswith("Ministry of Economy, Trade && Industry")   # no mnemonic
    assert action.text().endswith("\u2026") and action.toolTip() == name
    assert people.toolTipsVisible()
    screen = window.screen().availableGeometry().width()
    assert people.sizeHint().width() < screen / 2          # beside the menu, not over it
    menu.close()


def test_a_long_name_is_cut_in_the_inspector_s_rate_as_list_and_whole_on_hover(window, qtbot):
    name = "Ministry of Economy, Trade and Industry: Security Export Licensing Division " * 2
    model = load(bundled_model(VOICES))
    model.update("participant", "us-security", label=name.strip())
    window.set_document(Document(model))
    window.scene.select(edges=[KEY])
    QApplication.processEvents()
    rater = window.extensions["participants"].rating_box.rater
    index = rater.findData("us-security")
    assert rater.itemData(index, Qt.ToolTipRole) == name.strip()
    rater.showPopup()
    popup = rater.view().window()
    qtbot.waitUntil(popup.isVisible)
    screen = window.screen().availableGeometry()
    assert popup.width() <= screen.width() / 3
    assert screen.contains(popup.frameGeometry())
    rater.hidePopup()


def test_an_anonymous_room_rates_by_number_in_the_menu_and_the_undo_text(window):
    """With Anonymous ticked, rating from the map names the rater by number: the menu's
    section, the Inspector's Rate as and the undo step the Edit menu offers, never by name."""
    model, panel = _show(window)
    panel.anonymous.setChecked(True)
    panel.rater.setCurrentIndex(panel.rater.findData("incumbency-blog"))
    assert panel.rater.currentText() == "Participant 4"
    menu = _right_click(window, KEY)
    assert any(a.text().startswith("Rating by Participant 4") for a in menu.actions())
    _action(menu, "-VH").trigger()
    menu.close()
    undo = window.document.undo_stack.undoText()
    assert '"Participant 4"' in undo and "Incumbency" not in undo, undo



def test_the_undo_history_follows_anonymous_as_it_is_ticked_and_unticked(window):
    """A rating made before the room went anonymous is offered for undo by number once
    Anonymous is ticked (the Edit menu is on the projector too), and by name again after."""
    model, panel = _show(window)
    panel.rater.setCurrentIndex(panel.rater.findData("incumbency-blog"))
    menu = _right_click(window, KEY)
    _action(menu, "-VH").trigger()
    menu.close()
    stack = window.document.undo_stack
    assert "Incumbency shield" in stack.undoText()
    panel.anonymous.setChecked(True)
    assert '"Participant 4"' in stack.undoText() and "Incumbency" not in stack.undoText()
    assert '"Participant 4"' in window.actions.undo.text()         # the Edit menu's item
    panel.anonymous.setChecked(False)
    assert "Incumbency shield" in stack.undoText()
