"""In a language other than the original, a translatable text field says which language
it edits, beside its caption; the original's line above the form names it as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from conftest import make_small_model
from windtunnel.app.analysis.objective_editor import ObjectiveDialog
from windtunnel.app.document import Document
from windtunnel.app.translations import apply_language


def _window_in(workspace, qtbot, tag: str):
    """A window on the small model in language ``tag`` (English again afterwards)."""
    apply_language(tag)
    try:
        window = workspace.open_window(Document(make_small_model()))
        qtbot.waitExposed(window)
        yield window
        window.ask_save_changes = lambda: "discard"
    finally:
        apply_language("en")


@pytest.fixture
def japanese_window(workspace, qtbot):
    yield from _window_in(workspace, qtbot, "ja")


def _caption(form, field: str) -> str:
    return form.form.labelForField(form.editors[field]).text()


def test_the_inspector_s_text_fields_name_the_language_they_edit(japanese_window):
    window = japanese_window
    window.scene.select(["ban"])
    inspector = window.inspector
    assert _caption(inspector.node_form, "label") == "ラベル（日本語）"
    assert _caption(inspector.node_form, "description") == "説明文（日本語）"
    assert _caption(inspector.node_form, "kind") == "種類"       # not a text: as it was
    assert inspector.node_form.captions()["label"] == "ラベル"   # the original's line
    assert "ラベル：Access ban" in inspector.original.whole.text()
    window.scene.select(edges=[("ban", "leak")])
    assert _caption(inspector.edge_form, "rationale").endswith("（日本語）")
    window.scene.clearSelection()
    assert _caption(inspector.model_form, "title").endswith("（日本語）")
    assert _caption(inspector.settings_form, "time_unit").endswith("（日本語）")


def _headers(table) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def test_the_participants_names_and_roles_name_the_language_they_edit(japanese_window):
    """A line under the people says which language's translation the names and roles
    typed are; the headers stay the fields' names (the language's name in them widened
    the table past a laptop's dock)."""
    panel = japanese_window.extensions["participants"]
    assert _headers(panel.people)[:4] == ["参加者", "役割", "グループ", "信頼度"]
    assert not panel.people_language.isHidden()
    assert panel.people_language.text().startswith("名前と役割は日本語です。")


def test_in_english_the_participants_headers_are_the_fields_names(window):
    panel = window.extensions["participants"]
    assert _headers(panel.people)[:2] == ["Participant", "Role"]
    assert panel.people_language.isHidden()


def test_in_english_the_captions_are_the_fields_names(window):
    window.scene.select(["ban"])
    assert _caption(window.inspector.node_form, "label") == "Label"
    assert _caption(window.inspector.node_form, "description") == "Description"


@pytest.mark.parametrize("new, caption", [(False, "名前（日本語）"), (True, "名前")])
def test_the_objective_dialog_names_the_language_of_an_existing_objective_s_name(
        japanese_window, new, caption):
    """A new objective's name is its original whatever the language; an existing one's
    name is edited in the interface's language."""
    model = japanese_window.document.model
    dialog = ObjectiveDialog(japanese_window, model, model.objectives[0], lambda *_: None,
                             new=new)
    assert dialog.layout().itemAt(0).layout().labelForField(dialog.label).text() == caption
    dialog.deleteLater()


@pytest.fixture
def hong_kong_window(workspace, qtbot):
    yield from _window_in(workspace, qtbot, "zh-HK")


def test_a_long_language_caption_leaves_its_text_field_room_to_read(hong_kong_window, qtbot):
    """On a 1024-pixel screen the Inspector is a narrow dock: beside "標籤（繁體中文（香港））"
    the label's box was left four characters wide. A caption too long to leave its text
    field room puts the field under it, across the form."""
    window = hong_kong_window
    window.resize(1024, 768)
    window.inspector_dock.show()
    window.resizeDocks([window.inspector_dock], [245], Qt.Horizontal)
    window.scene.select(["ban"])
    form = window.inspector.node_form
    qtbot.waitUntil(lambda: form.isVisible() and form.width() < 260)
    readable = form.fontMetrics().horizontalAdvance("中" * 7)
    for field in ("label", "description"):
        editor = form.editors[field]
        assert editor.width() >= readable, (field, editor.width(), form.width())


def test_the_tags_box_keeps_room_for_its_whole_hint(window):
    """Every text box has a least width, so that a long caption puts it under itself; the
    tags' boxes ask for more, their hint ("comma, separated") whole, and keep it (the
    least width of every box had replaced theirs, cutting the hint on a 1024-pixel
    screen)."""
    from windtunnel.app.fields import placeholder_width

    window.scene.select(["ban"])
    tags = window.inspector.node_form.editors["tags"]
    assert tags.placeholderText()
    assert tags.minimumWidth() >= placeholder_width(tags)
    convergence = window.inspector.settings_form.editors["convergence_nodes"]
    assert convergence.minimumWidth() >= placeholder_width(convergence)
