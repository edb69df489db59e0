"""A translation whose original is edited afterwards is marked "may be out of date": the
Inspector says so under the translated text in the window's language (an element's, and
the model's own title, description and time unit), the Sources and Participants docks on
the rows and under their tables, the source form under the text; Mark Reviewed takes the
mark away (one undo step), and editing the translation does too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from PySide6.QtWidgets import QDialog

from windtunnel import language
from windtunnel.app.commands import execute
from windtunnel.app.participants_rating import rename_participant
from windtunnel.app.source_dialog import SourceDialog
from windtunnel.model import Participant, Translations, load, needs_review, save


@pytest.fixture(autouse=True)
def original_language():
    yield
    language.set_current(language.ORIGINAL)


def _shown(inspector, kind: str, field: str) -> bool:
    notice = inspector.review_notices.get(kind, {}).get(field)    # made when first needed
    return notice is not None and notice.isVisibleTo(inspector)


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


def test_the_models_own_title_and_time_unit_are_marked_and_reviewed_on_its_page(window,
                                                                                 tmp_path):
    """The model's title, description and time unit are translated too: editing the
    original marks them, the model's page says so, Mark Reviewed takes it back; the marks
    are saved with the file."""
    model, stack = window.document.model, window.document.undo_stack
    model.set_info(translations=Translations.from_dict(
        {"ja": {"title": "題名", "description": "説明", "time_unit": "四半期"}}))
    window.scene.clearSelection()
    inspector = window.inspector
    title = inspector.model_form.editors["title"]
    title.setFocus()
    title.setText("A revised title")
    QTest.keyClick(title, Qt.Key_Return)
    assert model.title == "A revised title"
    assert needs_review(model, "title", "ja") and not needs_review(model, "description", "ja")
    unit = inspector.settings_form.editors["time_unit"]
    unit.setFocus()
    unit.setText("quarter")
    QTest.keyClick(unit, Qt.Key_Return)
    assert model.time_unit == "quarter" and needs_review(model, "time_unit", "ja")
    stack.undo()                                # the unit and its mark, one step
    assert model.time_unit != "quarter" and not needs_review(model, "time_unit", "ja")
    stack.redo()
    assert not _shown(inspector, "model", "title")        # English shows the original
    language.set_current("ja")
    inspector.refresh()
    assert _shown(inspector, "model", "title") and _shown(inspector, "model", "time_unit")
    assert not _shown(inspector, "model", "description")
    save(model, tmp_path / "marked.wtm")
    assert needs_review(load(tmp_path / "marked.wtm"), "title", "ja")
    edits = stack.count()
    inspector.review_notices["model"]["title"].button.click()
    assert not needs_review(model, "title", "ja") and stack.count() == edits + 1
    assert not _shown(inspector, "model", "title") and _shown(inspector, "model", "time_unit")
    stack.undo()
    assert needs_review(model, "title", "ja") and _shown(inspector, "model", "title")


class _Typed(SourceDialog):
    """The source form, answered at once with OK."""

    def exec(self):
        return QDialog.Accepted


def test_a_source_s_marks_show_in_the_sources_dock_and_in_its_form(window, qtbot):
    """A source's title edited in the original: in Japanese its row has a warning sign,
    the chosen row a notice naming the title, with Mark Reviewed (one undo step); the form
    says so under the title, and its Mark Reviewed takes the mark away with OK."""
    model, panel, stack = window.document.model, window.sources, window.document.undo_stack
    model.update("source", "doc", translations=Translations.from_dict(
        {"ja": {"title": "文書", "note": "メモ"}}))
    panel.table.selectRow(0)
    dialog = _Typed(model.source("doc"))
    assert not dialog.review_notices                       # English edits the original
    dialog.title.setText("A revised document")
    panel.edit_source(dialog=dialog)
    assert needs_review(model.source("doc"), "title", "ja")
    assert not needs_review(model.source("doc"), "note", "ja")
    qtbot.waitUntil(lambda: panel.table.item(0, 0).text() == "A revised document")
    assert panel.table.item(0, 0).icon().isNull() and panel.review.isHidden()
    language.set_current("ja")
    qtbot.waitUntil(lambda: not panel.table.item(0, 0).icon().isNull())
    panel.table.selectRow(0)
    assert panel.review.isVisibleTo(window) and "Title" in panel.review.note.text()
    assert "out of date" in panel.table.item(0, 0).toolTip()
    form = SourceDialog(model.source("doc"))
    assert list(form.review_notices) == ["title"]
    assert form.review_notices["title"].isVisibleTo(form)
    edits = stack.count()
    panel.review.button.click()
    assert not needs_review(model.source("doc"), "title", "ja") and stack.count() == edits + 1
    qtbot.waitUntil(lambda: panel.table.item(0, 0).icon().isNull())
    assert panel.review.isHidden()
    stack.undo()
    assert needs_review(model.source("doc"), "title", "ja")
    form = _Typed(model.source("doc"))
    form.review_notices["title"].button.click()
    assert not form.review_notices["title"].isVisibleTo(form)
    panel.table.selectRow(0)
    panel.edit_source(dialog=form)
    source = model.source("doc")
    assert not needs_review(source, "title", "ja") and source.translations.get("ja", "title") == "文書"


def test_a_participant_s_marks_show_in_the_participants_dock(window, qtbot):
    """A participant's name edited in the original: in Japanese their row has a warning
    sign, and, chosen, a notice naming the name, with Mark Reviewed (one undo step);
    hidden names hide it too."""
    model, stack = window.document.model, window.document.undo_stack
    model.add_participant(Participant("p1", "Analyst", role="Ministry",
                                      translations=Translations.from_dict(
                                          {"ja": {"label": "分析者", "role": "省庁"}})))
    panel = window.extensions["participants"]
    qtbot.waitUntil(lambda: panel.people.rowCount() == 1)
    execute(stack, rename_participant(model, "p1", "Senior analyst"))
    assert needs_review(model.participant("p1"), "label", "ja")
    assert not needs_review(model.participant("p1"), "role", "ja")
    language.set_current("ja")
    panel.refresh()
    panel.people.selectRow(0)
    assert not panel.people.item(0, 0).icon().isNull()
    assert panel.review.isVisibleTo(window)
    panel.anonymous.setChecked(True)
    assert panel.people.item(0, 0).icon().isNull() and not panel.review.isVisibleTo(window)
    panel.anonymous.setChecked(False)
    panel.people.selectRow(0)
    edits = stack.count()
    panel.review.button.click()
    assert not needs_review(model.participant("p1"), "label", "ja")
    assert stack.count() == edits + 1
    qtbot.waitUntil(lambda: panel.people.item(0, 0).icon().isNull())
    assert not panel.review.isVisibleTo(window)
