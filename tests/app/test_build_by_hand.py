"""The acceptance test of the editor: build a map from scratch with mouse and keyboard.

A slice of the bundled export-controls model (a lever, an actor and an outcome, signed and
delayed influences, a cited source) is built in an empty window only through simulated
clicks, drags and keystrokes, saved, reopened, and compared field by field. Every step is
then undone back to the empty map.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from windtunnel.app.document import Document
from windtunnel.app.source_dialog import SourceDialog
from windtunnel.model import Model, load

from .conftest import drag, view_point


def _add_node(window, x: float, y: float, label: str, kind: str, group: str) -> str:
    view = window.view
    QTest.mouseDClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, view_point(view, x, y))
    QTest.keyClicks(window.namer, label)  # the name box opened where we clicked
    QTest.keyClick(window.namer, Qt.Key_Return)
    form = window.inspector.node_form
    kind_box = form.editors["kind"]
    kind_box.setFocus()
    target = kind_box.findText(kind)
    for _ in range(kind_box.count()):
        if kind_box.currentIndex() == target:
            break
        QTest.keyClick(kind_box, Qt.Key_Down if kind_box.currentIndex() < target else Qt.Key_Up)
    assert kind_box.currentText() == kind
    group_edit = form.editors["group"].lineEdit()
    group_edit.setFocus()
    group_edit.selectAll()
    QTest.keyClicks(group_edit, group)
    QTest.keyClick(group_edit, Qt.Key_Return)
    return window.scene.selected_node_ids()[0]


def _connect(window, source: str, target: str) -> None:
    scene, view = window.scene, window.view
    handle = view.connect_handle.centre(scene.node_items[source]).toPoint()
    end = scene.node_items[target].pos()
    drag(view, handle, view_point(view, end.x(), end.y()))


def _set_weight_by_keyboard(window, steps: int, delay: int) -> None:
    weight = window.inspector.edge_form.editors["weight"]
    weight.slider.setFocus()
    key = Qt.Key_Right if steps > 0 else Qt.Key_Left
    for _ in range(abs(steps)):
        QTest.keyClick(weight.slider, key)  # one hundredth per key press
    if delay:
        spin = window.inspector.edge_form.editors["delay"]
        spin.setFocus()
        spin.selectAll()
        QTest.keyClicks(spin, str(delay))
        QTest.keyClick(spin, Qt.Key_Return)


def test_build_a_map_by_hand_save_reopen_and_undo_everything(workspace, tmp_path, qtbot):
    window = workspace.windows[0]
    window.set_document(Document(Model()))
    window.resize(1400, 900)
    qtbot.waitExposed(window)
    QApplication.processEvents()
    window.view.reset_zoom()
    window.view.centerOn(QPointF(200, 120))
    qtbot.waitUntil(lambda: window.view.antialiased)

    ban = _add_node(window, 0, 0, "Model export controls", "restriction", "United States")
    labs = _add_node(window, 0, 240, "Beijing AI labs", "actor", "China")
    risk = _add_node(window, 400, 120, "Misuse risk", "factor", "Global")
    assert (ban, labs, risk) == ("model-export-controls", "beijing-ai-labs", "misuse-risk")

    _connect(window, ban, risk)
    _set_weight_by_keyboard(window, steps=-90, delay=3)     # 0.5 -> -0.4, felt 3 steps later
    _connect(window, labs, risk)
    _set_weight_by_keyboard(window, steps=20, delay=0)      # 0.5 -> 0.7
    _connect(window, ban, labs)
    _set_weight_by_keyboard(window, steps=10, delay=1)      # 0.5 -> 0.6

    class Typed(SourceDialog):
        def exec(self):
            QTest.keyClicks(self.title, "Export controls entangle the lab")
            QTest.keyClicks(self.publisher, "Inside AI")
            return QDialog.Accepted
    window.sources.add_source(dialog=Typed(None))
    qtbot.waitUntil(lambda: window.sources.table.rowCount() == 1)
    window.sources.table.selectRow(0)
    window.scene.select(edges=[(ban, risk)])
    window.sources.cite(True)

    window.ask_save_path = lambda *a: str(tmp_path / "by-hand")
    QTest.keySequence(window, "Ctrl+S")
    saved = load(tmp_path / "by-hand.wtm")
    assert [(n.id, n.label, n.kind, n.group) for n in saved.nodes] == [
        (ban, "Model export controls", "restriction", "United States"),
        (labs, "Beijing AI labs", "actor", "China"),
        (risk, "Misuse risk", "factor", "Global")]
    assert [(e.source, e.target, e.weight, e.delay) for e in saved.edges] == [
        (ban, risk, -0.4, 3), (labs, risk, 0.7, 0), (ban, labs, 0.6, 1)]
    assert saved.edge(ban, risk).sources == ("export-controls-entangle-the-lab",)
    assert saved.sources[0].publisher == "Inside AI"
    assert not window.isWindowModified()

    stack = window.document.undo_stack
    steps = stack.count()
    assert steps >= 13  # one per intent: slider presses merged, node edits separate
    while stack.canUndo():
        stack.undo()
    assert window.document.model == Model() and window.isWindowModified()
    while stack.canRedo():
        stack.redo()
    assert window.document.model == saved and not window.isWindowModified()
