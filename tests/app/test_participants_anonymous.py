"""Anonymous covers every place the window names a participant: a name typed into a new
row of the people while it is ticked, and the review of the participants' import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from windtunnel.app.document import Document
from windtunnel.model import load
from windtunnel.paths import bundled_model

VOICES = "ai-export-controls-2026-voices.wtm"


def _cells(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_a_name_typed_into_a_new_row_while_anonymous_shows_as_its_number(window, qtbot):
    window.set_document(Document(load(bundled_model(VOICES))))
    QApplication.processEvents()
    panel = window.extensions["participants"]
    panel.anonymous.setChecked(True)
    panel.add.click()
    editor = panel.people.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Ana Lima")
    qtbot.keyClick(editor, Qt.Key_Return)
    model = window.document.model
    qtbot.waitUntil(lambda: model.participants[-1].label == "Ana Lima", timeout=5000)
    qtbot.waitUntil(lambda: panel.people.state() != panel.people.State.EditingState)
    QApplication.processEvents()
    assert _cells(panel.people, 0)[-1] == "Participant 6"
    assert "Ana Lima" not in {panel.people.item(5, c).toolTip() for c in range(5)}
    assert window.document.undo_stack.undoText() == 'Add participant "Participant 6"'
