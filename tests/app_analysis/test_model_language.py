"""The bundled model in the chosen language: the map, the outline, the scenario list, the
scorecard and the Inspector follow the current language, and the Inspector edits the text of
that language (the original in English), one undo step each."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from windtunnel import language
from windtunnel.app.source_dialog import SourceDialog

from .conftest import bundled_in, settle


@pytest.fixture(autouse=True)
def original_language():
    yield
    language.set_current(language.ORIGINAL)


def _shown(window, analysis) -> dict:
    return {
        "map": window.scene.node_items["misuse-risk"]._label,
        "outline": window.outline.visible_labels(),
        "scenarios": [analysis.scenarios_panel.list.item(i).text()
                      for i in range(analysis.scenarios_panel.list.count())],
        "scorecard": analysis.results_panel.scorecard.table.verticalHeaderItem(1).text(),
        "time bar": [analysis.time_bar.scenario.itemText(i)
                     for i in range(analysis.time_bar.scenario.count())],
        "chart labels": analysis.session.results.labels,
        "sources": [window.sources.table.item(r, 0).text()
                    for r in range(window.sources.table.rowCount())],
    }


def test_every_view_shows_the_model_in_the_chosen_language_and_back(bundled, qtbot):
    window, analysis = bundled
    english = _shown(window, analysis)
    assert english["map"] == "Misuse risk"
    language.set_current("ja")
    settle(qtbot, analysis)
    japanese = _shown(window, analysis)
    assert japanese["map"] == "悪用リスク"
    assert "悪用リスク" in japanese["outline"] and "Misuse risk" not in japanese["outline"]
    assert "現状維持" in japanese["scenarios"] and "Status quo" not in japanese["scenarios"]
    assert japanese["time bar"] == japanese["scenarios"]
    assert japanese["scorecard"].startswith("悪用リスクを抑える")
    assert "悪用リスク" in japanese["chart labels"]
    assert "ガバナンスの壁はAIの未来を阻めない" in japanese["sources"]
    language.set_current("zh-HK")
    settle(qtbot, analysis)
    assert window.scene.node_items["misuse-risk"]._label == "濫用風險"
    language.set_current("en")
    settle(qtbot, analysis)
    assert _shown(window, analysis) == english


def _misuse_risk_in_japanese(bundled, qtbot):
    """The bundled model's window in Japanese, Misuse risk selected; (window, analysis)."""
    window, analysis = bundled
    language.set_current("ja")
    settle(qtbot, analysis)
    window.scene.select(["misuse-risk"])
    return window, analysis


def test_the_inspector_edits_the_translation_and_shows_the_original(bundled, qtbot):
    model = bundled[0].document.model
    before = model.node("misuse-risk")
    window, analysis = _misuse_risk_in_japanese(bundled, qtbot)
    inspector = window.inspector
    field = inspector.node_form.editors["label"]
    assert field.text() == "悪用リスク"
    assert inspector.original.isVisible() and "Misuse risk" in inspector.original.text()
    field.setText("誤用リスク")
    field.editingFinished.emit()
    node = model.node("misuse-risk")
    assert node.translations.get("ja", "label") == "誤用リスク"
    assert node.label == "Misuse risk", "the original stays"
    assert window.scene.node_items["misuse-risk"]._label == "誤用リスク"
    stack = window.document.undo_stack
    assert "(ja)" in stack.text(stack.index() - 1)
    stack.undo()
    assert model.node("misuse-risk") == before
    field.setText("")                        # no Japanese text: the original shows again
    field.editingFinished.emit()
    assert model.node("misuse-risk").translations.get("ja", "label") is None
    assert field.text() == "Misuse risk"
    stack.undo()
    language.set_current("en")
    settle(qtbot, analysis)
    assert not inspector.original.isVisible()
    field.setText("Risk of misuse")          # in English: the original
    field.editingFinished.emit()
    node = model.node("misuse-risk")
    assert node.label == "Risk of misuse"
    assert node.translations.get("ja", "label") == "悪用リスク"


def test_the_original_shows_on_one_line_until_unfolded_so_the_fields_come_first(bundled,
                                                                               qtbot):
    """In Japanese or Chinese the English label and description above a node's form took
    most of the Inspector's first view: folded, they take one line (whole on hover) until
    the arrow unfolds them, and the choice holds for the next selection."""
    window, _ = _misuse_risk_in_japanese(bundled, qtbot)
    node = window.document.model.node("misuse-risk")
    original = window.inspector.original
    one_line = original.fontMetrics().lineSpacing()
    assert original.sizeHint().height() < 2 * one_line
    assert original.line.full_text == f"Original: Label: {node.label} \u00b7 Description: " \
        + " ".join(node.description[:300].split())
    assert original.line.text().endswith("\u2026")
    assert original.line.toolTip() == original.line.full_text     # cut: whole on hover
    original.arrow.click()
    assert original.whole.isVisible() and not original.line.isVisible()
    assert original.sizeHint().height() > 3 * one_line
    window.scene.select(["restricted-access"])
    assert window.inspector.node_form.editors["id"].text() == "restricted-access"
    assert not original.folded and original.whole.isVisible()


def _contrast(widget) -> float:
    """The contrast ratio (WCAG) of the darkest pixel ``widget`` paints against its
    window colour: its text's, for a label."""
    def luminance(colour: QColor) -> float:
        channels = [c / 255 for c in (colour.red(), colour.green(), colour.blue())]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
                  for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    image = widget.grab().toImage()
    darkest = min(luminance(image.pixelColor(x, y))
                  for x in range(image.width()) for y in range(image.height()))
    background = luminance(widget.palette().color(QPalette.Window))
    return (background + 0.05) / (darkest + 0.05)


def test_the_original_names_each_field_and_can_be_read(bundled, qtbot):
    """Above a translation, the original label and description are named (they ran
    together as one sentence) and drawn in the hints' grey, not in a grey the eye
    hardly finds against the window."""
    window, _ = _misuse_risk_in_japanese(bundled, qtbot)
    model = window.document.model
    node = model.node("misuse-risk")
    shown = window.inspector.original
    lines = shown.text().splitlines()
    assert lines[1:] == [f"Label: {node.label}", f"Description: {node.description[:300]}"]
    assert _contrast(shown.line) > 3
    source = model.sources[0]
    dialog = SourceDialog(source)
    lines = dialog.original_text.text().splitlines()
    assert lines[1] == f"Title: {source.title}"
    assert [line.split(":")[0] for line in lines[1:]] == (
        ["Title"] + ["Publisher"] * bool(source.publisher) + ["Note"] * bool(source.note))
    dialog.deleteLater()


def test_a_refusal_names_the_field_in_the_window_s_language(workspace, qtbot):
    """A refused edit names its field as the Inspector's row does in that language (a
    Japanese window said "Label: ..." in English)."""
    with bundled_in(workspace, qtbot, "ja") as (window, _):
        edge = next(e for e in window.document.model.edges if e.weight < 0.5)
        window.scene.select(edges=[(edge.source, edge.target)])
        inspector = window.inspector
        inspector.edge_form.editors["low"].setValue(0.95)       # above the weight
        caption = inspector.edge_form.captions()["low"]
        assert caption not in ("Low", "Low bound") and inspector.error.text().startswith(caption)


def test_tabbing_through_an_untranslated_field_adds_no_translation(small, qtbot):
    window, analysis = small
    model = window.document.model
    language.set_current("zh-CN")
    settle(qtbot, analysis)
    node_id = model.nodes[0].id
    window.scene.select([node_id])
    field = window.inspector.node_form.editors["label"]
    assert field.text() == model.nodes[0].label
    field.editingFinished.emit()
    assert not model.node(node_id).translations
    assert window.document.undo_stack.count() == 0


def test_scenarios_are_renamed_and_copied_in_the_chosen_language(bundled, qtbot):
    window, analysis = bundled
    model = window.document.model
    language.set_current("zh-CN")
    settle(qtbot, analysis)
    panel = analysis.scenarios_panel
    item = next(panel.list.item(i) for i in range(panel.list.count())
                if panel.list.item(i).data(256) == "hk-hub")
    item.setText("香港评估枢纽")                    # as the list's editor commits it
    scenario = model.scenario("hk-hub")
    assert scenario.translations.get("zh-CN", "label") == "香港评估枢纽"
    assert scenario.label == "Hong Kong as interoperable evaluation hub"
    analysis.session.set_scenario("hk-hub")
    panel.duplicate()
    copy = model.scenarios[model.index_of("scenario", "hk-hub") + 1]
    assert copy.label == "Hong Kong as interoperable evaluation hub (copy)"
    assert copy.translations.get("zh-CN", "label") == "香港评估枢纽 (copy)"
    assert copy.translations.get("ja", "label") is None, "no label naming the original"
    assert copy.translations.get("ja", "description") == scenario.translations.get(
        "ja", "description")


def test_the_models_own_text_and_time_unit_follow_the_language_and_are_edited_in_it(
        bundled, qtbot):
    """The title, description and time unit of the bundled model read in Japanese (the
    results and the window title too); the Inspector's model page edits the Japanese
    text, the original stays, one undo step."""
    window, analysis = bundled
    model = window.document.model
    language.set_current("ja")
    settle(qtbot, analysis)
    assert analysis.session.results.title == "AI輸出管理、2026年6月"
    assert analysis.session.results.settings.time_unit == "か月"
    assert model.settings.time_unit == "month", "the engine's settings keep the original"
    window.scene.select([])
    inspector = window.inspector
    title = inspector.model_form.editors["title"]
    unit = inspector.settings_form.editors["time_unit"]
    assert title.text() == "AI輸出管理、2026年6月" and unit.text() == "か月"
    title.setText("AI輸出規制、2026年6月")
    title.editingFinished.emit()
    assert model.title == "AI export controls, June 2026"
    assert model.translations.get("ja", "title") == "AI輸出規制、2026年6月"
    unit.setText("月")
    unit.editingFinished.emit()
    assert model.settings.time_unit == "month"
    assert model.translations.get("ja", "time_unit") == "月"
    settle(qtbot, analysis)
    assert analysis.session.results.settings.time_unit == "月"
    stack = window.document.undo_stack
    stack.undo()
    stack.undo()
    assert model.translations.get("ja", "title") == "AI輸出管理、2026年6月"
    assert model.translations.get("ja", "time_unit") == "か月"
    language.set_current("en")
    settle(qtbot, analysis)
    assert analysis.session.results.settings.time_unit == "month"
    assert title.text() == "AI export controls, June 2026"


@pytest.mark.parametrize("tag, unit", [("ja", "か月"), ("zh-CN", "月"), ("zh-HK", "月")])
def test_the_engine_settings_dialog_shows_and_edits_the_time_unit_in_the_chosen_language(
        bundled, qtbot, tag, unit):
    """The dialog shows the model's time unit in the chosen language (not the original
    "month") and OK edits that translation with the other settings, one undo step; the
    original time unit stays."""
    from windtunnel.app.analysis.settings_dialog import SettingsDialog, edit_settings

    window, analysis = bundled
    model = window.document.model
    language.set_current(tag)
    settle(qtbot, analysis)
    before = (model.settings, model.translations)
    dialog = SettingsDialog(model.settings, window, model=model)
    qtbot.addWidget(dialog)
    assert dialog.time_unit.text() == unit == model.translations.get(tag, "time_unit")
    dialog.time_unit.setText("季度" if tag != "ja" else "四半期")
    dialog.steps.setValue(model.settings.steps + 4)
    dialog.exec = lambda: True
    assert edit_settings(analysis.controller, dialog)
    assert model.settings.time_unit == "month", "the original stays"
    assert model.settings.steps == before[0].steps + 4
    assert model.translations.get(tag, "time_unit") == dialog.time_unit.text()
    settle(qtbot, analysis)
    assert analysis.session.results.settings.time_unit == dialog.time_unit.text()
    stack = window.document.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert (model.settings, model.translations) == before


def test_the_engine_settings_dialog_edits_the_original_time_unit_in_english(bundled, qtbot):
    from windtunnel.app.analysis.settings_dialog import SettingsDialog, edit_settings

    window, analysis = bundled
    model = window.document.model
    translations = model.translations
    dialog = SettingsDialog(model.settings, window, model=model)
    qtbot.addWidget(dialog)
    assert dialog.time_unit.text() == "month"
    dialog.time_unit.setText("quarter")
    dialog.exec = lambda: True
    assert edit_settings(analysis.controller, dialog)
    assert model.settings.time_unit == "quarter" and model.translations == translations



@pytest.mark.parametrize("tag", ["en", "ja", "zh-CN", "zh-HK"])
def test_the_charts_time_axis_title_shows_whole_on_a_laptop_screen(bundled, qtbot, tag):
    """At 1024x768 the chart's key wraps (to two lines in Japanese): its lines are taken
    from the plot, so the Charts tab does not scroll the time axis's title out of view."""
    window, analysis = bundled
    language.set_current(tag)
    window.resize(1024, 768)
    analysis.results_panel.tabs.setCurrentWidget(analysis.results_panel.pages["charts"])
    settle(qtbot, analysis)
    plot = analysis.results_panel.chart.plot
    title = plot.getPlotItem().getAxis("bottom").label
    qtbot.waitUntil(lambda: title.toPlainText().strip() != "")
    margin = title.document().documentMargin()          # blank around the text
    text = title.mapRectToScene(title.boundingRect().adjusted(margin, margin, -margin, -margin))
    box = plot.mapFromScene(text).boundingRect()
    shown = plot.viewport().visibleRegion().boundingRect()
    assert shown.contains(box), (box, shown)


def test_the_why_panel_loops_and_scenario_tips_name_the_time_step_in_the_chosen_language(
        bundled, qtbot):
    window, analysis = bundled
    panel = analysis.results_panel
    language.set_current("ja")
    analysis.session.set_scenario("whack-a-mole")
    window.scene.select(["misuse-risk"])
    panel.show_tab("why")
    why = panel.why
    qtbot.waitUntil(lambda: why.breakdown is not None, timeout=10_000)
    settle(qtbot, analysis)
    why.render()
    assert "か月" in why.heading.text() and "month" not in why.heading.text()
    assert "か月" in why.note.text() and "month" not in why.note.text()
    panel.show_tab("structure")
    chart = panel.structure.dominance
    panel.structure.tabs.setCurrentWidget(chart.parentWidget())
    qtbot.waitUntil(lambda: chart.computed is not None, timeout=20_000)
    settle(qtbot, analysis)
    assert "か月" in chart.dominance.text() and "month" not in chart.dominance.text()
    tips = analysis.scenarios_panel.list
    tip = next(tips.item(i).toolTip() for i in range(tips.count())
               if "か月" in tips.item(i).toolTip() or "month" in tips.item(i).toolTip())
    assert "month" not in tip


def test_the_results_line_punctuates_as_the_language_writes(bundled, qtbot):
    """The scenario's verdict and the trust verdict's reason are joined by the language's
    own colon and brackets, not by English punctuation inside Chinese text."""
    from windtunnel.app.translations import apply_language

    window, analysis = bundled
    analysis.session.set_scenario("access-suspension")
    try:
        apply_language("zh-CN")
        settle(qtbot, analysis)
        panel = analysis.results_panel
        qtbot.waitUntil(lambda: "试过的每个起始值" in panel.status.full_text, timeout=20_000)
        panel.refresh()
        label = analysis.session.result().label
        assert f"{label}：" in panel.status.full_text and f"{label}:" not in panel.status.full_text
        assert "（试过的每个起始值" in panel.status.full_text
    finally:
        apply_language("en")


def test_japanese_counts_the_steps_in_its_own_order(bundled, qtbot):
    """Japanese writes the n-th month as 36 か月目, not か月 36: the time bar, and the loops
    that dominate each stretch of months."""
    from windtunnel.app.translations import apply_language

    window, analysis = bundled
    panel = analysis.results_panel
    try:
        apply_language("ja")
        analysis.session.set_scenario("whack-a-mole")
        window.scene.select(["misuse-risk"])
        analysis.session.set_step(12)
        settle(qtbot, analysis)
        assert analysis.time_bar.step_label.text() == "12/36 か月目"
        panel.show_tab("structure")
        chart = panel.structure.dominance
        panel.structure.tabs.setCurrentWidget(chart.parentWidget())
        qtbot.waitUntil(lambda: chart.computed is not None, timeout=20_000)
        settle(qtbot, analysis)
        assert "1–5 か月目：ループなし" in chart.dominance.text()
        assert "か月 " not in chart.dominance.text()
    finally:
        apply_language("en")


@pytest.mark.parametrize("tag", ["ja", "zh-HK"])
def test_the_scenario_columns_headings_fit_their_columns(bundled, qtbot, tag):
    """A scenario's name heads its column in the scenario matrix and the scorecard whole:
    wrapped to the column's width (Chinese and Japanese names have no spaces to wrap at),
    never cut off at both ends by the header."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetricsF

    window, analysis = bundled
    language.set_current(tag)
    settle(qtbot, analysis)
    panel = analysis.results_panel
    metrics = QFontMetricsF(panel.font())
    tables = [panel.matrix.table, panel.scorecard.table]
    checked = 0
    for table in tables:
        header = table.horizontalHeader()
        model = table.model()
        for column in range(model.columnCount()):
            lines = str(model.headerData(column, Qt.Horizontal, Qt.DisplayRole)).split("\n")
            assert max(metrics.horizontalAdvance(line) for line in lines) \
                < header.sectionSize(column) - 8, lines
            checked += 1
    assert checked > 20


@pytest.mark.parametrize("tag", ["en", "ja", "zh-CN", "zh-HK"])
def test_the_time_bars_step_label_keeps_room_for_its_own_text_only(bundled, qtbot, tag):
    """The step label kept room for the English "month 1000 of 1000" in every language:
    a gap beside "12/36 か月目" taken from the slider. Its room is now its own text's, in
    the language shown, with the model's time unit and step count, at its widest step."""
    from windtunnel.app.translations import apply_language

    window, analysis = bundled
    bar = analysis.time_bar
    try:
        apply_language(tag)
        settle(qtbot, analysis)
        steps = analysis.session.steps
        metrics = bar.step_label.fontMetrics()
        texts = []
        for step in sorted({0, 1, steps // 2, steps - 1, steps}):
            analysis.session.set_step(step)
            texts.append(bar.step_label.text())
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        room = bar.step_label.minimumWidth()
        assert widest <= room <= widest + metrics.horizontalAdvance("0")
        if tag != "en":
            assert room < metrics.horizontalAdvance("month 1000 of 1000")
    finally:
        apply_language("en")
