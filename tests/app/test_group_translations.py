"""Groups and publishers in the chosen language: the legend, the nodes' tooltips, the
Outline, the Inspector and the Sources dock name them as the reader reads them; the
Inspector translates a group (one undo step for every node of it) and a rename carries the
group's translations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from windtunnel import language
from windtunnel.app.canvas.legend import _legend_entries, legend_size
from windtunnel.app.source_dialog import SourceDialog
from windtunnel.model import Node, Translations, translated

GROUPS = Translations.from_dict({"zh-CN": {"United States": "美国", "China": "中国",
                                           "Global": "全球"},
                                 "zh-HK": {"United States": "美國"}})


@pytest.fixture(autouse=True)
def original_language():
    yield
    language.set_current(language.ORIGINAL)


@pytest.fixture
def translated_window(window, qtbot):
    model = window.document.model
    model.set_group_translations(GROUPS)
    model.update("source", "doc", translations=Translations.from_dict(
        {"zh-CN": {"publisher": "新闻社"}}))
    return window


def _legend(scene) -> list[str]:
    """The names the map's legend gives its groups."""
    return [name for name, _colour in _legend_entries(scene)[0]]


def _type_into(edit, text: str) -> None:
    """Enter ``text`` (QTest types ASCII only: the text is set, then Return finishes it)."""
    edit.setFocus()
    edit.setText(text)
    QTest.keyClick(edit, Qt.Key_Return)


def _outline_rows(outline) -> list[str]:
    proxy, rows = outline.proxy, []

    def walk(parent) -> None:
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            rows.append(proxy.data(index))
            walk(index)
    walk(outline.tree.rootIndex())
    return rows


def test_every_view_names_groups_and_publishers_in_the_chosen_language(translated_window,
                                                                      qtbot):
    window = translated_window
    scene = window.scene
    assert _legend(scene) == ["China", "Global", "United States"]    # in name order
    language.set_current("zh-CN")
    assert _legend(scene) == ["中国", "全球", "美国"]
    width = legend_size(scene).width()
    with qtbot.waitSignal(scene.groups_changed):     # the view lays its legend out again
        window.document.model.set_group_translations(   # a longer name: the legend widens
            GROUPS.with_text("zh-CN", "Global", "全球其他国家和地区以及国际组织"))
    assert legend_size(scene).width() > width
    window.document.model.set_group_translations(GROUPS)
    item = scene.node_items["ban"]
    assert "美国" in item._tooltip()
    qtbot.waitUntil(lambda: "美国 (1)" in _outline_rows(window.outline))
    assert "United States (1)" not in _outline_rows(window.outline)
    window.outline.search.setText("美国")                  # found by the translated name
    assert window.outline.visible_labels() == ["Access ban"]
    window.outline.search.setText("")
    qtbot.waitUntil(lambda: window.sources.table.item(0, 1).text() == "新闻社")
    window.scene.select(["ban"])
    combo = window.inspector.node_form.editors["group"]
    assert combo.currentText() == "美国"
    assert [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == [
        ("中国", "China"), ("全球", "Global"), ("美国", "United States")]
    language.set_current("zh-HK")                  # no zh-HK name for China: the original
    assert _legend(scene) == ["China", "Global", "美國"]


def test_the_inspector_translates_a_group_for_all_its_nodes_in_one_undo_step(translated_window):
    window = translated_window
    model, stack = window.document.model, window.document.undo_stack
    window.scene.select(["lab"])
    row = window.inspector.node_form.editors["group_translation"]
    form = window.inspector.node_form.form
    assert not form.isRowVisible(row)             # English edits no translation
    language.set_current("ja")
    assert form.isRowVisible(row) and row.text() == "China"   # untranslated: the original
    _type_into(row, "中国")
    assert model.group_translations.get("ja", "China") == "中国"
    assert stack.count() == 1
    assert _legend(window.scene)[-1] == "中国"
    stack.undo()
    assert model.group_translations == GROUPS
    assert window.inspector.node_form.editors["group_translation"].text() == "China"
    _type_into(row, "China")                      # the name shown: nothing to undo
    assert (stack.count(), stack.index()) == (1, 0)


def test_choosing_a_group_by_its_translated_name_moves_the_node_into_it(translated_window):
    window = translated_window
    model = window.document.model
    language.set_current("zh-CN")
    window.scene.select(["leak"])
    combo = window.inspector.node_form.editors["group"]
    _type_into(combo.lineEdit(), "中国")
    assert model.node("leak").group == "China"
    assert model.group_translations == GROUPS     # China still has nodes: nothing renamed


def test_renaming_a_group_carries_its_translations_in_the_same_undo_step(translated_window):
    window = translated_window
    model, stack = window.document.model, window.document.undo_stack
    window.scene.select(["ban"])                   # the only node of United States
    _type_into(window.inspector.node_form.editors["group"].lineEdit(), "USA")
    assert model.node("ban").group == "USA"
    assert model.group_translations.get("zh-CN", "USA") == "美国"
    assert model.group_translations.get("zh-CN", "United States") is None
    assert stack.count() == 1
    stack.undo()
    assert model.node("ban").group == "United States"
    assert model.group_translations == GROUPS


def test_the_source_dialog_edits_the_publisher_in_the_chosen_language(translated_window):
    model = translated_window.document.model
    language.set_current("zh-CN")
    old = model.source("doc")
    dialog = SourceDialog(old)
    assert dialog.publisher.text() == "新闻社"
    dialog.publisher.setText("通讯社")
    new = dialog.source(set())
    assert new.publisher == "Press"                # the original stays
    assert translated(new, "publisher", "zh-CN") == "通讯社"
    dialog.deleteLater()


def test_groups_whose_translations_coincide_stay_apart_in_the_outline(translated_window, qtbot):
    window = translated_window
    model = window.document.model
    model.add_node(Node("risk", "Risk", kind="factor", group="Elsewhere", position=(0.0, 90.0)))
    model.set_group_translations(GROUPS.with_text("zh-CN", "Global", "其他")
                                 .with_text("zh-CN", "Elsewhere", "其他"))
    language.set_current("zh-CN")
    qtbot.waitUntil(lambda: _outline_rows(window.outline).count("其他 (1)") == 2)
    assert "其他 (2)" not in _outline_rows(window.outline)
