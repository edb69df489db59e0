"""A translation whose original is edited afterwards is marked "may be out of date": the
Inspector says so under the translated text in the window's language, Mark Reviewed takes
the mark away (one undo step), and editing the translation does too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from windtunnel import language
from windtunnel.model import Translations, needs_review


@pytest.fixture(autouse=True)
def original_language():
    yield
    language.set_current(language.ORIGINAL)


def _shown(inspector, kind: str, field: str) -> bool:
    return inspector.review_notices[kind][field].isVisibleTo(inspector)


def _translated_leak(window):
    """The node "leak" with a Japanese label and description, selected in the Inspector."""
    model = window.document.model
    model.update("node", "leak", translations=Translations.from_dict(
        {"ja": {"label": "漏出", "description": "説明"}}))
    window.scene.select(["leak"])
    return model, window.inspector


def test_an_edited_original_marks_its_translation_and_the_inspector_says_so(window, qtbot):
    model, inspector = _translated_leak(window)
    stack = window.document.undo_stack
    label = inspector.node_form.editors["label"]
    label.setFocus()
    label.setText("Leakage of weights")
    QTest.keyClick(label, Qt.Key_Return)                  # the original, in English
    node = model.node("leak")
    assert needs_review(node, "label", "ja") and not needs_review(node, "description", "ja")
    assert not _shown(inspector, "node", "label")         # English shows the original
    language.set_current("ja")
    inspector.refresh()
    assert _shown(inspector, "node", "label") and not _shown(inspector, "node", "description")
    notice = inspector.review_notices["node"]["label"]
    assert "out of date" in notice.note.text()
    edits = stack.count()
    notice.button.click()
    assert not needs_review(model.node("leak"), "label", "ja")
    assert not _shown(inspector, "node", "label") and stack.count() == edits + 1
    stack.undo()
    assert needs_review(model.node("leak"), "label", "ja") and _shown(inspector, "node", "label")
    stack.redo()
    assert not _shown(inspector, "node", "label")
    stack.undo()
    label.setFocus()
    label.setText("重みの漏出")                            # the translation written again
    QTest.keyClick(label, Qt.Key_Return)
    node = model.node("leak")
    assert node.translations.get("ja", "label") == "重みの漏出"
    assert not needs_review(node, "label", "ja") and not _shown(inspector, "node", "label")


def test_an_edge_s_rationale_is_marked_too_and_an_unchanged_original_marks_nothing(window):
    model = window.document.model
    model.update("edge", ("leak", "lab"), translations=Translations.from_dict(
        {"zh-CN": {"rationale": "理由"}}))
    window.scene.select(edges=[("leak", "lab")])
    inspector = window.inspector
    rationale = inspector.edge_form.editors["rationale"]
    rationale.setPlainText(model.edge("leak", "lab").rationale)
    rationale.editing_finished.emit()                      # the same text: no edit
    assert not needs_review(model.edge("leak", "lab"), "rationale", "zh-CN")
    rationale.setPlainText("A new reason")
    rationale.editing_finished.emit()
    language.set_current("zh-CN")
    inspector.refresh()
    assert _shown(inspector, "edge", "rationale")
    language.set_current("ja")                             # no Japanese: the original shows
    inspector.refresh()
    assert not _shown(inspector, "edge", "rationale")
