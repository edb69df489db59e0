"""Editing without traps: typed numbers, renaming in place, where new nodes land, undo texts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtTest import QTest

from conftest import make_small_model
from .conftest import send_mouse, view_point

from windtunnel.app.commands import InsertCommand
from windtunnel.app.layout import free_spot, nearest_point
from windtunnel.model import Edge, Node


def test_typing_a_negative_weight_commits_only_when_editing_finishes(window):
    model, stack = window.document.model, window.document.undo_stack
    window.scene.select(edges=[("ban", "leak")])
    spin = window.inspector.edge_form.editors["weight"].spin
    spin.setFocus()
    spin.selectAll()
    # what is half typed stays as typed, the hyphen shown as the minus sign
    for key, shown in (("-", "\u2212"), ("0", "\u22120"), (".", "\u22120."),
                       ("7", "\u22120.7")):
        QTest.keyClicks(spin, key)
        assert spin.lineEdit().text() == shown
        assert model.edge("ban", "leak").weight == 0.6
        assert stack.count() == 0
    QTest.keyClick(spin, Qt.Key_Return)
    assert model.edge("ban", "leak").weight == -0.7
    assert stack.count() == 1
    assert window.inspector.edge_form.editors["weight"].slider.value() == -70
    QTest.keyClick(spin, Qt.Key_Up)                  # an arrow step counts at once
    assert model.edge("ban", "leak").weight == -0.65


def _roomy(window, qtbot) -> None:
    """Hide the docks: the test screen is 800 px wide, which leaves the map a sliver."""
    for dock in window.panels:
        dock.hide()
    qtbot.waitUntil(lambda: window.view.viewport().width() > 600)
    window.view.centerOn(100, 75)


def test_double_click_on_a_node_renames_it_in_place_as_one_undo_step(window, qtbot):
    model, stack = window.document.model, window.document.undo_stack
    _roomy(window, qtbot)
    viewport = window.view.viewport()
    spot = view_point(window.view, *model.node("leak").position)
    send_mouse(viewport, QEvent.MouseButtonPress, spot)
    send_mouse(viewport, QEvent.MouseButtonRelease, spot, buttons=Qt.NoButton)
    send_mouse(viewport, QEvent.MouseButtonDblClick, spot)
    namer = window.namer
    qtbot.waitUntil(lambda: namer.isVisible() and namer.hasFocus())
    assert namer.text() == "Leakage" and namer.selectedText() == "Leakage"
    # the editor sits over the node
    assert namer.geometry().contains(spot)
    QTest.keyClicks(namer, "Model leakage & theft")
    QTest.keyClick(namer, Qt.Key_Return)
    assert model.node("leak").label == "Model leakage & theft"
    assert model.node("leak").id == "leak"
    assert stack.count() == 1
    assert stack.text(0) == 'Rename node "Leakage" to "Model leakage & theft"'
    assert window.actions.undo.text() == '&Undo Rename node "Leakage" to "Model leakage && theft"'
    stack.undo()
    assert model == make_small_model()


def test_a_name_pasted_with_control_characters_is_committed_without_them(window, qtbot,
                                                                          tmp_path):
    """The map's own name box, like the Inspector, leaves out what a paste from a terminal
    brings (an escape code, a stray control character): they reached the label, and Save
    then refused the map for a character nobody could see."""
    from windtunnel.model import save

    model = window.document.model
    window.scene.select(["leak"])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_F2)
    namer = window.namer
    qtbot.waitUntil(lambda: namer.isVisible() and namer.hasFocus())
    namer.selectAll()
    namer.insert("Leak\x1b[31m of weights\x01")         # a paste: Qt's box keeps them
    assert "\x1b" in namer.text()
    QTest.keyClick(namer, Qt.Key_Return)
    assert model.node("leak").label == "Leak[31m of weights"
    save(model, tmp_path / "map.wtm")                    # refused while they were there


def test_a_source_typed_with_control_characters_is_kept_without_them(qtbot):
    from PySide6.QtGui import QUndoStack

    from conftest import make_small_model
    from windtunnel.app.commands import InsertCommand, execute
    from windtunnel.app.source_dialog import SourceDialog

    dialog = SourceDialog(None)
    qtbot.addWidget(dialog)
    dialog.title.setText("Export\x07 rules")
    dialog.publisher.setText("BIS\x1b[0m")
    dialog.note.setPlainText("Read\x01 in\nJune")
    model = make_small_model()
    typed = dialog.source({s.id for s in model.sources})
    execute(QUndoStack(), InsertCommand(model, "source", typed))   # as the Sources dock adds it
    source = model.get("source", typed.id)
    assert (source.title, source.publisher, source.note) == ("Export rules", "BIS[0m",
                                                             "Read in\nJune")


def test_f2_renames_the_selected_node_and_escape_cancels(window, qtbot):
    model, stack = window.document.model, window.document.undo_stack
    window.scene.select(["lab"])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_F2)
    qtbot.waitUntil(lambda: window.namer.isVisible())
    assert window.namer.text() == "Rival lab"
    QTest.keyClicks(window.namer, "Something else")
    QTest.keyClick(window.namer, Qt.Key_Escape)
    assert not window.namer.isVisible()
    assert model.node("lab").label == "Rival lab" and stack.count() == 0


def test_f2_in_the_outline_renames_its_node_on_the_map(window, qtbot):
    """F2 with the Outline's focus renames the node of its current row, in the same box
    over the node on the map as everywhere else (the tree's own key was lost)."""
    model, outline = window.document.model, window.outline
    window.scene.select(["ban"])
    qtbot.waitUntil(lambda: outline.tree.currentIndex().isValid())
    outline.show_selection(["lab"], [])
    outline.tree.setFocus()
    qtbot.waitUntil(outline.tree.hasFocus)
    QTest.keyClick(outline.tree, Qt.Key_F2)
    qtbot.waitUntil(lambda: window.namer.isVisible())
    assert window.namer.text() == "Rival lab"
    window.namer.setText("Rival laboratory")
    QTest.keyClick(window.namer, Qt.Key_Return)
    assert model.node("lab").label == "Rival laboratory"


def test_a_refused_label_keeps_what_was_typed_and_says_why(window, qtbot):
    model = window.document.model
    window.rename_node("lab")
    long = "x" * 400
    window.namer.setText(long)
    QTest.keyClick(window.namer, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.namer.reason.isVisible())
    assert window.namer.isVisible() and window.namer.text() == long
    assert "longer than 300" in window.namer.reason.text()
    assert model.node("lab").label == "Rival lab"
    # in the Inspector too: the typed text stays, the reason shows
    window.namer.cancel()
    window.scene.select(["lab"])
    label = window.inspector.node_form.editors["label"]
    label.setFocus()
    label.selectAll()
    QTest.keyClick(label, Qt.Key_Delete)
    QTest.keyClick(label, Qt.Key_Return)
    assert model.node("lab").label == "Rival lab"
    assert label.text() == ""
    assert window.inspector.error.text() == "Label: is empty"
    QTest.keyClicks(label, "Rival labs")
    QTest.keyClick(label, Qt.Key_Return)
    assert model.node("lab").label == "Rival labs"
    assert not window.inspector.error.isVisibleTo(window.inspector)


def test_new_nodes_never_land_on_another(window):
    editor, model = window.editor, window.document.model
    centre = QPointF(*model.node("leak").position)
    ids = [editor.add_node(centre, label=f"New {k}") for k in range(12)]
    positions = [model.node(n).position for n in ids] + [n.position for n in make_small_model().nodes]
    for i, (x1, y1) in enumerate(positions):
        for x2, y2 in positions[i + 1:]:
            assert abs(x1 - x2) >= 180 or abs(y1 - y2) >= 80
    # the first lands next to the node it would have covered, not far away
    x, y = model.node(ids[0]).position
    assert abs(x - 200) + abs(y) <= 180


def test_the_add_actions_place_the_namer_on_a_free_spot(window, qtbot):
    window.view.centerOn(200, 0)                 # the middle of the view is on "leak"
    window.add_node("factor")
    qtbot.waitUntil(lambda: window.namer.isVisible())
    QTest.keyClicks(window.namer, "Compute supply")
    QTest.keyClick(window.namer, Qt.Key_Return)
    placed = window.document.model.node("compute-supply").position
    assert abs(placed[0] - 200) >= 180 or abs(placed[1]) >= 80


def test_a_new_node_and_its_name_box_land_on_free_visible_map(window, qtbot):
    """At 80 % zoom, with the middle of the view on a node with neighbours above and
    below, Add Actor opens the name box over a free spot of the visible map: the box
    covers no node, and the node it names appears under it."""
    editor, view = window.editor, window.view
    x, y = window.document.model.node("leak").position
    for k, dy in enumerate((-80, 80)):
        editor.add_node(QPointF(x, y + dy), label=f"Near {k}")
    view.resetTransform()
    view.scale(0.8, 0.8)
    view.centerOn(x, y)
    window.add_node("actor")
    qtbot.waitUntil(lambda: window.namer.isVisible())
    box = window.namer.geometry()

    def on_screen(item):
        return view.mapFromScene(item.sceneBoundingRect()).boundingRect()

    assert view.viewport().rect().contains(box)
    assert not [i for i, item in window.scene.node_items.items()
                if on_screen(item).intersects(box)]
    QTest.keyClicks(window.namer, "Chip fabs")
    QTest.keyClick(window.namer, Qt.Key_Return)
    assert on_screen(window.scene.node_items["chip-fabs"]).contains(box.center())


def test_a_new_node_lands_in_view_clear_of_the_nodes_and_the_labels_the_view_draws(
        window, qtbot):
    """Zoomed out so far that the view draws its own, bigger labels (wider than their
    nodes), with a crowd of long-named nodes around the middle of the view and free map
    around them: Add Actor puts the name box and then the node in view, where neither
    covers a node or a label as the view drew them, and the new node's own label covers
    none either."""
    editor, view = window.editor, window.view
    _roomy(window, qtbot)
    for k in range(9):
        editor.add_node(QPointF(1000 + (k % 3) * 190, 1000 + (k // 3) * 90),
                        label=f"Semiconductor supply chain resilience {k}")
    view.resetTransform()
    view.scale(0.35, 0.35)
    view.centerOn(1190, 1090)
    view.viewport().repaint()
    assert view.labels_by_view and view.map_labels.placed     # the view's labels are drawn

    def on_screen(item):
        return view.mapFromScene(item.sceneBoundingRect()).boundingRect()

    def drawn(items, labels):
        """What the view shows of the map: each node's box and each drawn label's."""
        return [on_screen(item) for item in items] + [label.box.toAlignedRect()
                                                     for label in labels]

    taken = drawn(window.scene.node_items.values(), view.map_labels.placed)
    middle = view.viewport().rect().center()
    assert [rect for rect in taken if rect.contains(middle)], (middle, taken)  # taken
    window.add_node("actor")
    qtbot.waitUntil(lambda: window.namer.isVisible())
    box = window.namer.geometry()
    assert view.viewport().rect().contains(box)
    assert not [rect for rect in taken if rect.intersects(box)]
    QTest.keyClicks(window.namer, "Chip fabs")
    QTest.keyClick(window.namer, Qt.Key_Return)
    view.viewport().repaint()
    new = window.scene.node_items["chip-fabs"]
    assert view.viewport().rect().contains(on_screen(new))
    own = [on_screen(new)] + [label.box.toAlignedRect() for label in view.map_labels.placed
                              if label.node_id == "chip-fabs"]
    assert not [rect for rect in taken for mine in own if rect.intersects(mine)]


def test_free_spot_keeps_a_free_wish_and_searches_nearest_first():
    assert free_spot([(0, 0)], (500, 500)) == (500, 500)
    assert free_spot([(0, 0)], (0, 0)) in {(0, -80), (0, 80)}
    crowded = [(x * 40.0, y * 40.0) for x in range(-30, 30) for y in range(-30, 30)]
    assert free_spot(crowded, (0, 0), tries=10) == (0, 0)   # gives up, never loops
    inside = (-100, -100, 100, 100)                  # the visible map
    taken = lambda spot: spot != (0, 0)
    assert nearest_point((0, 0), (180, 150), taken, within=inside) is None
    assert nearest_point((0, 0), (180, 80), taken, within=inside) == (0, -80)


def test_undo_texts_name_elements_by_label_and_keep_ampersands(window):
    model, stack, editor = window.document.model, window.document.undo_stack, window.editor
    editor.run(InsertCommand(model, "node", Node("rd", "R&D spending", position=(600.0, 600.0))))
    editor.connect("ban", "rd")
    assert stack.text(0) == 'Add node "R&D spending"'
    assert stack.text(1) == 'Add edge "Access ban" \u2192 "R&D spending"'
    assert window.actions.undo.text() == '&Undo Add edge "Access ban" \u2192 "R&&D spending"'
    stack.undo()
    assert window.actions.redo.text() == '&Redo Add edge "Access ban" \u2192 "R&&D spending"'


def test_an_edit_that_ends_where_it_began_leaves_no_undo_entry(window):
    stack, document = window.document.undo_stack, window.document
    window.scene.select(edges=[("ban", "leak")])
    weight = window.inspector.edge_form.editors["weight"]
    for value in (70, 80, 60):                   # away and back to 0.6
        weight.slider.setValue(value)
    assert stack.count() == 0 and not document.modified
    assert not window.isWindowModified()
    window.editor.move({"ban": (0.0, 0.0)}, {"ban": (0.0, 0.0)})
    window.editor.connect_selected()
    assert stack.count() == 0
    window.editor.run(InsertCommand(document.model, "edge", Edge("ban", "lab", 0.2)))
    assert stack.count() == 1


def test_scenario_and_source_undo_texts_name_things_by_label(window):
    from windtunnel.app.analysis import commands

    model = window.document.model
    text = commands.set_override(model, "strict", "lab", "leak", -0.4).text()
    assert text == 'Override edge "Rival lab" \u2192 "Leakage" (\u22120.40) in Strict ban'
    text = commands.clear_override(model, "strict", "lab", "leak").text()
    assert text == 'Remove override of edge "Rival lab" \u2192 "Leakage" in Strict ban'
    window.scene.select(["leak"])
    window.editor.cite("doc")
    assert window.document.undo_stack.text(0) == 'Cite source "A document"'
