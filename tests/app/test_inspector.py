"""The Inspector edits every field through undoable commands; refused edits say why."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from conftest import make_small_model


def _type_into(edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key_Return)


def test_node_page_edits_label_kind_group_and_initial(window):
    model, inspector = window.document.model, window.inspector
    window.scene.select(["leak"])
    form = inspector.node_form
    assert inspector.stack.currentWidget() is form
    assert form.editors["id"].text() == "leak" and form.editors["id"].isReadOnly()
    _type_into(form.editors["label"], "Leakage of models")
    form.editors["kind"].setCurrentText("actor")
    group = form.editors["group"]
    _type_into(group.lineEdit(), "Hong Kong")
    form.editors["initial"].setValue(0.25)
    node = model.node("leak")
    assert (node.label, node.kind, node.group, node.initial) == (
        "Leakage of models", "actor", "Hong Kong", 0.25)
    assert window.document.undo_stack.count() == 4
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    assert model == make_small_model()
    assert form.editors["label"].text() == "Leakage"  # the page follows undo


def test_weight_slider_shows_words_and_one_drag_is_one_undo_step(window):
    model, inspector = window.document.model, window.inspector
    window.scene.select(edges=[("ban", "leak")])
    weight = inspector.edge_form.editors["weight"]
    for value in (65, 75, 90, -85):
        weight.slider.setValue(value)
    assert model.edge("ban", "leak").weight == -0.85
    assert weight.term.text() == "very strong negative"
    assert weight.spin.value() == -0.85
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert model.edge("ban", "leak").weight == 0.6
    assert weight.slider.value() == 60 and weight.term.text() == "moderate positive"


def test_a_typed_weight_out_of_range_is_refused_with_the_reason_and_a_small_one_kept(window):
    model, inspector = window.document.model, window.inspector
    window.scene.select(edges=[("ban", "leak")])
    spin = inspector.edge_form.editors["weight"].spin
    _type_into(spin, "5")
    assert model.edge("ban", "leak").weight == 0.6          # refused, and said why
    assert inspector.error.isVisibleTo(inspector)
    assert inspector.error.text().startswith("Weight: ") and "1" in inspector.error.text()
    assert spin.value() == 0.6
    _type_into(spin, "0.0001")                               # kept as typed, not 0.00
    assert model.edge("ban", "leak").weight == 0.0001 and spin.text() == "0.0001"
    assert not inspector.error.isVisibleTo(inspector)
    _type_into(spin, "0.7")
    assert spin.text() == "0.70"                             # two decimals at least
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key_Up)
    QTest.keyClick(spin, Qt.Key_Up)                          # the arrows stop at 1
    QTest.keyClick(spin, Qt.Key_Up)
    assert model.edge("ban", "leak").weight == 0.85
    _type_into(spin, "0.95")
    QTest.keyClick(spin, Qt.Key_Up)
    QTest.keyClick(spin, Qt.Key_Up)
    assert model.edge("ban", "leak").weight == 1.0


def test_refused_edit_shows_the_reason_and_changes_nothing(window):
    model, inspector = window.document.model, window.inspector
    window.scene.select(edges=[("ban", "leak")])
    low = inspector.edge_form.editors["low"]
    low.setValue(0.9)  # above the weight 0.6
    assert model == make_small_model()
    assert inspector.error.isVisibleTo(inspector) and "above the weight" in inspector.error.text()
    assert inspector.error.text().startswith("Low bound: ")   # as its row is captioned
    assert low.value() < -1  # back to the model's value: "from confidence"


def test_edge_sources_and_rationale(window):
    model, inspector = window.document.model, window.inspector
    window.scene.select(edges=[("leak", "lab")])
    sources = inspector.edge_form.editors["sources"]
    assert sources.count() == 1 and sources.item(0).checkState() == Qt.Unchecked
    sources.item(0).setCheckState(Qt.Checked)
    assert model.edge("leak", "lab").sources == ("doc",)
    text = inspector.edge_form.editors["rationale"]
    text.setPlainText("Leaked weights help rival labs.")
    text.editing_finished.emit()
    assert model.edge("leak", "lab").rationale == "Leaked weights help rival labs."


def test_model_page_edits_title_and_settings(window):
    model, inspector = window.document.model, window.inspector
    window.scene.select([])
    assert inspector.heading.text() == "Model"
    _type_into(inspector.model_form.editors["title"], "Export controls")
    inspector.settings_form.editors["steps"].setValue(12)
    inspector.settings_form.editors["activation"].setCurrentText("tanh")
    assert (model.title, model.settings.steps, model.settings.activation) == (
        "Export controls", 12, "tanh")
    assert window.windowTitle().startswith("Export controls (unsaved)")
    window.document.undo_stack.undo()
    assert model.settings.activation == "sigmoid"


def test_every_page_shows_the_original_above_a_translation_scrolling_with_the_form(window):
    """The model's page in another language showed no original above its form, where the
    node's and the edge's pages did; the original scrolls with the form, so that several
    lines of it no longer squeeze the form (and a participant's rating) in a short dock."""
    from windtunnel import language

    model, inspector = window.document.model, window.inspector
    model.set_info(title="Export controls", description="Who restricts whom")
    language.set_current("ja")
    try:
        for select in (lambda: window.scene.select(["ban"]),
                       lambda: window.scene.select(edges=[("ban", "leak")]),
                       lambda: window.scene.select([])):
            select()
            assert not inspector.original.isHidden()
            assert inspector._scroll.widget().isAncestorOf(inspector.original)
        shown = inspector.original.text()
        assert "Export controls" in shown and "Who restricts whom" in shown
        language.set_current(language.ORIGINAL)
        inspector.refresh()
        assert inspector.original.isHidden()          # English edits the original itself
    finally:
        language.set_current(language.ORIGINAL)


def test_an_edge_s_delay_is_counted_in_the_model_s_time_unit(window):
    model, inspector = window.document.model, window.inspector
    window.scene.select([])
    _type_into(inspector.settings_form.editors["time_unit"], "month")
    window.scene.select(edges=[("ban", "leak")])
    delay = inspector.edge_form.editors["delay"]
    assert delay.text() == "0 months"
    delay.setValue(1)
    assert model.edge("ban", "leak").delay == 1 and delay.text() == "1 month"
    delay.setValue(12)
    assert delay.text() == "12 months"


def test_the_delay_s_tooltip_says_when_a_change_arrives(window):
    """When a lever's effect arrives through a delayed edge, in the model's time unit: a
    change at step s at step s + delay + 1, a lever set from step 0 at step 1 (what
    tests/engine/test_delay_arrival.py checks of the engine)."""
    window.scene.select([])
    _type_into(window.inspector.settings_form.editors["time_unit"], "week")
    window.scene.select(edges=[("ban", "leak")])
    delay = window.inspector.edge_form.editors["delay"]
    delay.setValue(2)
    tip = delay.toolTip()
    assert "as it was 2 weeks earlier (a step is one week)" in tip
    assert "at step s + 3" in tip and "reaches the end node at step 1 whatever the delay" in tip
    delay.setValue(1)
    assert "as it was 1 week earlier" in delay.toolTip() and "s + 2" in delay.toolTip()


def test_several_selected_shows_a_count(window):
    window.scene.select(["ban", "leak"], [("ban", "leak")])
    assert "2 nodes and 1 edge selected" in window.inspector.many.text()


def test_the_footer_scrolls_with_the_form_and_adds_nothing_to_the_minimum_height(qapp):
    """An extension's footer (a participant's rating, an edge's weight in the scenario)
    scrolls with the form, so a tall one never makes the dock, and the window, taller
    than a short screen; the page stack is as tall as the page shown."""
    from PySide6.QtWidgets import QScrollArea, QWidget

    from windtunnel.app.inspector import Inspector

    inspector = Inspector()
    before = inspector.minimumSizeHint().height()
    footer = QWidget()
    footer.setMinimumHeight(400)
    inspector.add_footer(footer)
    assert inspector.minimumSizeHint().height() == before < 200
    scrolled = inspector.findChild(QScrollArea).widget()
    assert scrolled.isAncestorOf(footer) and scrolled.isAncestorOf(inspector.stack)
    inspector.stack.setCurrentWidget(inspector.many)          # a one-line page
    assert inspector.stack.sizeHint().height() < inspector.node_form.sizeHint().height()


def _press(field, key, modifiers=Qt.ControlModifier) -> None:
    QTest.keyClick(field, key, modifiers)


def _focus(qtbot, field) -> None:
    field.window().activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)


def test_ctrl_z_in_a_committed_spin_box_undoes_the_document_edit_and_ctrl_shift_z_redoes_it(
        window, qtbot):
    model, stack = window.document.model, window.document.undo_stack
    window.scene.select(edges=[("ban", "leak")])
    delay = window.inspector.edge_form.editors["delay"]
    _focus(qtbot, delay)
    delay.lineEdit().selectAll()
    QTest.keyClicks(delay, "3")
    _press(delay, Qt.Key_Return)
    assert model.edge("ban", "leak").delay == 3 and stack.index() == 1
    _press(delay, Qt.Key_Z)                      # nothing of the field's own to undo
    assert model.edge("ban", "leak").delay == 0 and stack.index() == 0
    assert delay.value() == 0 and delay.hasFocus()
    _press(delay, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert model.edge("ban", "leak").delay == 3 and stack.index() == 1


def test_ctrl_z_in_a_line_edit_undoes_its_own_typing_first_then_the_document(window, qtbot):
    model, stack = window.document.model, window.document.undo_stack
    window.scene.select(["leak"])
    label = window.inspector.node_form.editors["label"]
    _type_into(label, "Leakage of models")
    assert model.node("leak").label == "Leakage of models" and stack.index() == 1
    QTest.keyClicks(label, " now")               # typed, not committed
    _press(label, Qt.Key_Z)
    assert label.text() == "Leakage of models" and stack.index() == 1   # the typing went
    _press(label, Qt.Key_Z)
    assert model.node("leak").label == "Leakage" and stack.index() == 0
    assert label.text() == "Leakage"


def test_ctrl_z_after_a_description_is_committed_undoes_the_document_edit(window, qtbot):
    model, stack = window.document.model, window.document.undo_stack
    window.scene.select(edges=[("leak", "lab")])
    rationale = window.inspector.edge_form.editors["rationale"]
    _focus(qtbot, rationale)
    QTest.keyClicks(rationale, "Leaks help.")
    _press(rationale, Qt.Key_Z)                   # its own typing: undone in the field
    assert rationale.toPlainText() == "" and stack.index() == 0
    QTest.keyClicks(rationale, "Leaks help.")
    _focus(qtbot, window.inspector.edge_form.editors["delay"])   # leaving commits
    assert model.edge("leak", "lab").rationale == "Leaks help." and stack.index() == 1
    _focus(qtbot, rationale)
    _press(rationale, Qt.Key_Z)
    assert model.edge("leak", "lab").rationale == "" and stack.index() == 0
    assert rationale.toPlainText() == ""


def _claims_undo(field) -> bool:
    """Whether ``field`` keeps Ctrl+Z for itself when asked, as the window's shortcuts ask
    the focused widget before they fire."""
    event = QKeyEvent(QEvent.ShortcutOverride, Qt.Key_Z, Qt.ControlModifier)
    event.ignore()
    QApplication.sendEvent(field, event)
    return event.isAccepted()


def test_only_the_focused_field_is_watched_for_the_undo_keys(window, qtbot):
    """The undo keys' filter (Python) sits on the focused field alone: the other fields'
    events (loading, layout, paints) never reach it, and a field that is not focused
    answers for itself, as a plain line edit does."""
    window.scene.select(["leak"])
    form = window.inspector.node_form
    label, group = form.editors["label"], form.editors["group"]
    _focus(qtbot, window.view)
    assert _claims_undo(label) and _claims_undo(group.lineEdit())
    _focus(qtbot, label)
    assert not _claims_undo(label)       # nothing typed: the key goes to the window
    assert _claims_undo(group.lineEdit())
    _focus(qtbot, window.view)
    assert _claims_undo(label)


def test_enter_in_a_text_field_keeps_the_cursor_where_the_user_left_it(window, qtbot):
    """Enter commits the typing and the field reloads from the model: the cursor stays at
    the end of what was typed, not at the start of the field."""
    window.scene.select(["leak"])
    label = window.inspector.node_form.editors["label"]
    _focus(qtbot, label)
    label.selectAll()
    QTest.keyClicks(label, "Leakage of models ")     # the trailing space is trimmed
    QTest.keyClick(label, Qt.Key_Return)
    assert window.document.model.node("leak").label == "Leakage of models"
    assert label.text() == "Leakage of models"
    assert label.cursorPosition() == len("Leakage of models")   # clamped to the new end
    QTest.keyClick(label, Qt.Key_Left)
    QTest.keyClicks(label, "!")
    QTest.keyClick(label, Qt.Key_Return)
    assert label.text() == "Leakage of model!s" and label.cursorPosition() == 17


def test_enter_keeps_the_selection_the_user_made(window, qtbot):
    window.scene.select([])
    title = window.inspector.model_form.editors["title"]
    _focus(qtbot, title)
    title.selectAll()
    QTest.keyClicks(title, "Export controls")
    for _ in "controls":
        QTest.keyClick(title, Qt.Key_Left, Qt.ShiftModifier)    # selected leftwards
    QTest.keyClick(title, Qt.Key_Return)
    assert window.document.model.title == "Export controls"
    assert title.selectedText() == "controls" and title.cursorPosition() == len("Export ")
    QTest.keyClicks(title, "rules")                  # replaces the selection, as before
    assert title.text() == "Export rules"


def test_enter_in_the_group_box_keeps_the_cursor(window, qtbot):
    window.scene.select(["leak"])
    group = window.inspector.node_form.editors["group"]
    _focus(qtbot, group)
    group.lineEdit().selectAll()
    QTest.keyClicks(group.lineEdit(), "Hong Kong")
    for _ in "Kong":
        QTest.keyClick(group.lineEdit(), Qt.Key_Left)
    QTest.keyClick(group.lineEdit(), Qt.Key_Return)
    assert window.document.model.node("leak").group == "Hong Kong"
    assert group.lineEdit().cursorPosition() == len("Hong ")


def test_a_field_the_user_is_not_in_shows_the_beginning_of_its_text(window, qtbot):
    window.scene.select(["leak"])
    label = window.inspector.node_form.editors["label"]
    label.setCursorPosition(len(label.text()))
    _focus(qtbot, window.view)
    window.scene.select(["lab"])
    assert label.text() == "Rival lab" and label.cursorPosition() == 0


def test_a_change_elsewhere_leaves_the_line_being_typed_alone(window, qtbot):
    """A model change that arrived before Enter (an edit of another element, another field
    of the same node, the toolbar's Undo, which leaves the focus in the field) reloaded the
    page and threw away the line being typed. Now the typing, its cursor and its own undo
    stay; Enter commits it."""
    model = window.document.model
    window.scene.select(["leak"])
    form = window.inspector.node_form
    label = form.editors["label"]
    window.editor.update("node", "leak", initial=0.5)          # an edit to undo later
    _focus(qtbot, label)
    label.end(False)
    QTest.keyClicks(label, " of models")                       # not committed
    label.cursorBackward(False, 3)
    window.editor.update("node", "lab", label="Rival labs")     # another element
    window.editor.update("node", "leak", kind="actor")          # another field of this node
    for _ in range(3):                  # the toolbar's Undo: the kind, the other label, the level
        window.actions.undo.trigger()
    assert model.node("leak").initial == 0.0 and model.node("lab").label == "Rival lab"
    assert form.editors["kind"].currentData() == "factor"
    assert label.text() == "Leakage of models" and label.cursorPosition() == 14
    assert label.isUndoAvailable()                              # its own typing, still
    QTest.keyClick(label, Qt.Key_Return)
    assert model.node("leak").label == "Leakage of models"


def test_undo_of_the_field_being_typed_shows_the_value_it_brings_back(window, qtbot):
    """A change to the very value being typed (Undo of its last edit, from the toolbar) wins:
    the field shows the value the model now holds, and the typing, made on the value that
    was undone, is dropped."""
    model = window.document.model
    window.scene.select(["leak"])
    label = window.inspector.node_form.editors["label"]
    _type_into(label, "Leakage of models")
    QTest.keyClicks(label, " now")                              # not committed
    window.actions.undo.trigger()
    assert model.node("leak").label == "Leakage" and label.text() == "Leakage"
    window.actions.redo.trigger()
    assert label.text() == "Leakage of models"


def test_a_change_elsewhere_leaves_a_description_being_typed_alone(window, qtbot):
    model = window.document.model
    window.scene.select(edges=[("leak", "lab")])
    rationale = window.inspector.edge_form.editors["rationale"]
    _focus(qtbot, rationale)
    QTest.keyClicks(rationale, "Leaks help.")
    window.editor.update("edge", ("leak", "lab"), delay=2)
    assert rationale.toPlainText() == "Leaks help."
    window.editor.update("edge", ("leak", "lab"), rationale="Seen in 2024.")
    assert rationale.toPlainText() == "Seen in 2024."       # the very value: the model's
    assert model.edge("leak", "lab").delay == 2


def test_a_settings_change_leaves_the_title_being_typed_alone(window, qtbot):
    window.scene.select([])
    title = window.inspector.model_form.editors["title"]
    time_unit = window.inspector.settings_form.editors["time_unit"]
    _focus(qtbot, title)
    title.selectAll()
    QTest.keyClicks(title, "Export controls")
    window.inspector.settings_form.editors["steps"].setValue(12)
    assert window.document.model.settings.steps == 12
    assert title.text() == "Export controls"
    assert time_unit.text() == window.document.model.settings.time_unit


def test_a_new_group_elsewhere_leaves_the_group_name_being_typed_alone(window, qtbot):
    """A group made on another node refills the Group box's list: the name being typed
    stays; another node shown fills every row afresh."""
    window.scene.select(["leak"])
    group = window.inspector.node_form.editors["group"]
    _focus(qtbot, group)
    group.lineEdit().selectAll()
    QTest.keyClicks(group.lineEdit(), "Hong K")
    window.editor.set_group(["lab"], "Macau")
    assert group.findText("Macau") >= 0 and group.currentText() == "Hong K"
    window.scene.select(["lab"])
    assert group.currentText() == "Macau"


def test_a_change_elsewhere_leaves_a_number_being_typed_alone(window, qtbot):
    """A spin box commits on Enter: a number typed and not yet entered was put back to the
    model's value by any change; it stays now, and Enter commits it."""
    model = window.document.model
    window.scene.select(["leak"])
    initial = window.inspector.node_form.editors["initial"]
    _focus(qtbot, initial)
    initial.selectAll()
    QTest.keyClicks(initial, "0.7")
    window.editor.update("node", "lab", label="Rival labs")
    assert initial.text() == "0.7" and model.node("leak").initial == 0.0
    QTest.keyClick(initial, Qt.Key_Return)
    assert model.node("leak").initial == 0.7 and initial.text() == "0.70"


def test_an_edge_s_heading_names_both_its_ends_in_a_laptop_s_inspector(window, qtbot):
    """"Usage monitoring & watermarks → Credibility of the safety case" shows whole on two
    lines (without "Edge:", which would push it to a third) rather than losing its target
    to the ellipsis (one line showed "Edge: Chip smuggling via third coun…")."""
    from windtunnel.app.document import Document
    from windtunnel.model import load
    from windtunnel.paths import bundled_model

    window.set_document(Document(load(bundled_model())))
    window.resize(1366, 768)
    window.inspector_dock.show()
    window.scene.select(edges=[("usage-monitoring", "safety-credibility")])
    heading = window.inspector.heading
    qtbot.waitUntil(lambda: heading.full_text.startswith("Edge:"))
    assert heading.width() < heading.fontMetrics().horizontalAdvance(heading.full_text)
    shown = " ".join(heading.text().split())
    assert shown == "Usage monitoring & watermarks \u2192 Credibility of the safety case"
    assert len(heading.text().splitlines()) == 2
    assert heading.full_text in heading.toolTip()           # whole on hover, with "Edge:"


def test_the_lever_box_shows_a_restriction_as_the_lever_it_always_is(window):
    # a restriction gets a slider whatever its own lever flag says: its box, greyed, is
    # ticked (an unticked one told the user that a new restriction was no lever)
    model, inspector = window.document.model, window.inspector
    assert model.node("ban").kind == "restriction" and not model.node("ban").lever
    window.scene.select(["ban"])
    box = inspector.node_form.editors["lever"]
    assert box.isChecked() and not box.isEnabled()
    inspector.node_form.editors["kind"].setCurrentText("factor")     # no longer a lever
    assert not model.node("ban").is_lever
    assert not box.isChecked() and box.isEnabled()
    box.setChecked(True)
    assert model.node("ban").lever and window.document.undo_stack.count() == 2
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert model.node("ban").kind == "restriction" and box.isChecked()


def test_a_pasted_terminal_colour_code_is_left_out_so_the_model_still_saves(window, tmp_path):
    """Text pasted from a terminal brings escape codes no export and no model file keeps:
    the label and the rationale take the text without them, and Save writes the map."""
    from windtunnel.model import load, save

    model, inspector = window.document.model, window.inspector
    window.scene.select(["leak"])
    label = inspector.node_form.editors["label"]
    label.setFocus()
    label.selectAll()
    label.insert("Leak\x1b[31m of weights\x01")           # a paste
    QTest.keyClick(label, Qt.Key_Return)
    assert model.node("leak").label == "Leak[31m of weights"
    window.scene.select(edges=[("leak", "lab")])
    text = inspector.edge_form.editors["rationale"]
    text.setPlainText("Rivals\x9b gain\nfast")
    text.editing_finished.emit()
    assert model.edge("leak", "lab").rationale == "Rivals gain\nfast"
    save(model, tmp_path / "map.wtm")
    assert load(tmp_path / "map.wtm").node("leak").label == "Leak[31m of weights"


def _refuse_empty_label(window):
    """Empty the label of the selected node "leak" and press Enter: the Inspector refuses it
    ("Label: is empty"). The Inspector and its label row."""
    window.scene.select(["leak"])
    inspector = window.inspector
    label = inspector.node_form.editors["label"]
    label.setFocus()
    label.selectAll()
    QTest.keyClick(label, Qt.Key_Delete)
    QTest.keyClick(label, Qt.Key_Return)
    assert inspector.error.isVisibleTo(inspector) and "is empty" in inspector.error.text()
    return inspector, label


def test_escape_puts_back_a_refused_or_half_typed_text_and_clears_the_refusal(window, qtbot):
    """An emptied label is refused ("Label: is empty") and stays empty to be corrected;
    Escape is the way back: the model's label again, the refusal gone, nothing edited. The
    same for typing not yet committed, in a line and in a description."""
    model, stack = window.document.model, window.document.undo_stack
    inspector, label = _refuse_empty_label(window)
    assert label.text() == "" and model.node("leak").label == "Leakage"
    QTest.keyClick(label, Qt.Key_Escape)
    assert label.text() == "Leakage" and not inspector.error.isVisibleTo(inspector)
    QTest.keyClicks(label, " half typed")
    QTest.keyClick(label, Qt.Key_Escape)
    assert label.text() == "Leakage"
    description = inspector.node_form.editors["description"]
    description.setFocus()
    before = description.toPlainText()
    QTest.keyClicks(description, "half a thought")
    QTest.keyClick(description, Qt.Key_Escape)
    assert description.toPlainText() == before
    label.setFocus()                             # leaving the fields commits nothing
    assert stack.count() == 0 and model.node("leak").label == "Leakage"


def test_escape_in_one_field_leaves_the_refusal_of_another(window, qtbot):
    """A refusal belongs to the field it names: Escape in the description takes away the
    description's typing only, and the label's "is empty" stays under the form until the
    label itself is given up with Escape."""
    model = window.document.model
    inspector, label = _refuse_empty_label(window)
    description = inspector.node_form.editors["description"]
    description.setFocus()
    QTest.keyClicks(description, "half a thought")
    QTest.keyClick(description, Qt.Key_Escape)
    assert "half a thought" not in description.toPlainText()
    assert inspector.error.isVisibleTo(inspector) and "is empty" in inspector.error.text()
    assert label.text() == "" and model.node("leak").label == "Leakage"
    label.setFocus()
    QTest.keyClick(label, Qt.Key_Escape)
    assert label.text() == "Leakage" and not inspector.error.isVisibleTo(inspector)


def test_a_label_pasted_with_line_breaks_is_committed_on_one_line(window, qtbot):
    """Qt's line box keeps a pasted line break (two lines from a document, a spreadsheet
    cell): the label reached the model on two lines. A label is one line: each break is
    a space, and the box shows the label as the model holds it."""
    from PySide6.QtGui import QGuiApplication

    model = window.document.model
    window.scene.select(["leak"])
    label = window.inspector.node_form.editors["label"]
    label.setFocus()
    label.selectAll()
    QGuiApplication.clipboard().setText("Model leakage\r\nand theft\n")
    label.paste()
    assert "\n" in label.text()                     # Qt's box keeps the breaks
    QTest.keyClick(label, Qt.Key_Return)
    assert model.node("leak").label == "Model leakage and theft"
    qtbot.waitUntil(lambda: label.text() == "Model leakage and theft")
