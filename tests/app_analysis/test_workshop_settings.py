"""Workshop mode, the engine settings dialog, the colour scale and the scenario commands."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QFontMetricsF, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from windtunnel.app.analysis import commands
from windtunnel.app.analysis.levers import NAME_LINES_COMPACT, NAME_MARGIN
from windtunnel.app.canvas.wrapping import line_starts
from windtunnel.session.levers import describe_levers, lever_setting
from windtunnel.app.analysis.colours import (MIN_SPAN, NEUTRAL, change_colours, legend_size,
                                             span_of)
from windtunnel.app.analysis.settings_dialog import SettingsDialog, edit_settings
from windtunnel.app.commands import execute
from windtunnel.app.document import Document
from windtunnel.errors import ModelError
from windtunnel.model import Edge, Settings, load, translated
from windtunnel.paths import bundled_model

from conftest import make_small_model
from .conftest import bundled_in, screen_resized, settle


def test_workshop_mode_hides_docks_and_steps_through_scenarios(bundled, qtbot):
    window, analysis = bundled
    workshop = analysis.workshop
    docks = [d for d in window.panels if d.isVisible()]
    assert docks
    qtbot.keyClick(window, Qt.Key_F11)
    assert workshop.active and window.isFullScreen()
    assert not any(d.isVisible() for d in docks)
    assert workshop.bar.isVisible() and analysis.toolbar.isVisible()
    assert window.font().pointSize() == 15
    assert analysis.map_results.flow_layer.scale > 1 and analysis.map_results.show_halos
    assert workshop.levers_folded                     # the laptop's screen is short
    qtbot.keyClick(window, Qt.Key_L)
    assert len(workshop.levers.rows) == 10 and workshop.levers.compact
    first = analysis.session.scenario_id
    scenarios = window.document.model.scenarios
    following = scenarios[([s.id for s in scenarios].index(first) + 1) % len(scenarios)]
    qtbot.keyClick(window, Qt.Key_PageDown)
    assert analysis.session.scenario_id == following.id
    assert following.label in workshop.title.text().replace("<br>", " ")   # its lines
    qtbot.keyClick(window, Qt.Key_PageUp)
    assert analysis.session.scenario_id == first
    qtbot.keyClick(window, Qt.Key_Space)
    assert analysis.controller.playing
    qtbot.keyClick(window, Qt.Key_Space)
    assert not analysis.controller.playing
    qtbot.keyClick(window, Qt.Key_F11)
    assert not workshop.active and not window.isFullScreen()
    assert all(d.isVisible() for d in docks)
    qtbot.waitUntil(lambda: not analysis.scenarios_dock.visibleRegion().isEmpty())
    assert window.outline_dock.visibleRegion().isEmpty()   # Scenarios still in front
    assert window.font().pointSize() != 15
    assert analysis.map_results.flow_layer.scale == 1 and not analysis.map_results.show_halos
    qtbot.keyClick(window, Qt.Key_PageDown)          # outside workshop mode: no effect
    assert analysis.session.scenario_id == first


def test_workshop_lever_bar_drives_the_live_run(bundled, qtbot):
    window, analysis = bundled
    analysis.workshop.set_active(True)
    analysis.workshop.set_levers_folded(False)   # folded on the laptop's short screen
    row = analysis.workshop.levers.rows["licensing"]
    row.slider.setSliderDown(True)
    row.slider.setSliderPosition(90)
    analysis.controller.flush_live()
    assert analysis.session.live_change is not None
    row.slider.setSliderDown(False)
    scenario = window.document.model.scenario(analysis.session.scenario_id)
    assert lever_setting(scenario, "licensing").value == pytest.approx(0.9)
    analysis.workshop.set_active(False)


def test_settings_dialog_presets_and_one_undo_command(small, qtbot):
    window, analysis = small
    model, stack = window.document.model, window.document.undo_stack
    dialog = SettingsDialog(model.settings, window)
    dialog.preset.setCurrentIndex(dialog.preset.findData("mental-modeler"))
    dialog.preset.activated.emit(dialog.preset.currentIndex())
    assert dialog.start.currentText() == "ones" and dialog.rule.currentText() == "Kosko"
    assert dialog.steps.value() == 1000
    dialog.steps.setValue(30)
    dialog.exec = lambda: True
    assert edit_settings(analysis.controller, dialog)
    assert model.settings.start == "ones" and model.settings.steps == 30
    assert stack.count() == 1
    settle(qtbot, analysis)
    assert analysis.session.steps == 30
    stack.undo()
    assert model.settings == make_small_model().settings


def test_settings_dialog_refuses_invalid_values(small):
    window, analysis = small
    dialog = SettingsDialog(window.document.model.settings, window)
    dialog.time_unit.setText("  ")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text().startswith("Time unit: ")       # its caption, not time_unit
    assert dialog.result() == 0


def test_float32_monte_carlo_is_a_setting_the_run_follows(small, qtbot):
    """The dialog's float32 box sets the model's Monte Carlo arithmetic (one undo step),
    and the app's next Monte Carlo run uses it."""
    window, analysis = small
    model = window.document.model
    dialog = SettingsDialog(model.settings, window)
    assert not dialog.precision.isChecked()
    dialog.precision.setChecked(True)
    dialog.exec = lambda: True
    assert edit_settings(analysis.controller, dialog)
    assert model.settings.precision == "float32"
    assert SettingsDialog(model.settings, window).precision.isChecked()
    settle(qtbot, analysis)
    analysis.controller.run_monte_carlo(50)
    with qtbot.waitSignal(analysis.controller.monte_carlo_changed, timeout=30_000):
        pass
    assert analysis.session.monte_carlo.settings.precision == "float32"
    window.document.undo_stack.undo()
    assert model.settings.precision == "float64"


def test_every_setting_has_an_explanation(small):
    window, _ = small
    dialog = SettingsDialog(Settings(), window)
    for name in ("rule", "activation", "steepness", "steps", "tolerance", "drivers", "seed",
                 "precision"):
        assert getattr(dialog, name).toolTip().endswith(".")


def test_colour_scale_is_symmetric_and_neutral_at_zero():
    values = np.array([-0.4, -0.2, 0.0, 0.2, 0.4])
    span = span_of(values)
    assert span == pytest.approx(0.4)
    fall, _, zero, _, rise = change_colours(values, span)
    assert zero.name() == NEUTRAL
    assert rise.blue() > rise.red() and fall.red() > fall.blue()
    assert span_of(np.zeros(3)) == MIN_SPAN
    assert change_colours(np.array([5.0]), 1.0)[0] == change_colours(np.array([1.0]), 1.0)[0]


def test_levers_are_described_in_words(small_model):
    text = describe_levers(small_model, small_model.scenario("strict"), "month")
    assert text == "Access ban held at +1.00 from month 2 to 8; edge lab \u2192 leak weight -0.50"


def test_scenario_commands_round_trip(small_model):
    from PySide6.QtGui import QUndoStack
    stack = QUndoStack()
    model = small_model
    execute(stack, commands.set_lever(small_model, "strict", "ban", value=0.4, end=None))
    assert model.scenario("strict").interventions[0].end is None
    execute(stack, commands.set_override(model, "strict", "ban", "leak", 0.9))
    execute(stack, commands.duplicate_scenario(model, "strict"))
    assert model.scenarios[1].overrides == model.scenarios[0].overrides
    execute(stack, commands.clear_override(model, "strict", "lab", "leak"))
    execute(stack, commands.clear_lever(model, "strict", "ban"))
    execute(stack, commands.delete_scenario(model, "strict-ban-copy"))
    with pytest.raises(ModelError):
        execute(stack, commands.set_lever(model, "strict", "ban", value=3.0))
    with pytest.raises(ModelError):
        commands.set_override(model, "strict", "ban", "lab", 0.5)    # no such edge
    assert stack.count() == 6
    while stack.canUndo():
        stack.undo()
    assert model == make_small_model()


def test_workshop_mode_draws_the_map_larger_and_restores_it(bundled, qtbot):
    from windtunnel.app.analysis.workshop import WORKSHOP_MAP_SCALE
    window, analysis = bundled
    scene = window.scene
    node = scene.node_items["misuse-risk"]
    edge = next(iter(scene.edge_items.values()))
    size, width = node.sceneBoundingRect().size(), edge.path.boundingRect()
    position = node.pos()
    analysis.workshop.set_active(True)
    analysis.workshop.set_levers_folded(False)   # folded on the laptop's short screen
    assert scene.presentation_scale == WORKSHOP_MAP_SCALE
    grown = node.sceneBoundingRect().size()
    assert grown.width() == pytest.approx(size.width() * WORKSHOP_MAP_SCALE)
    assert node.pos() == position and window.document.model.node("misuse-risk").position == \
        (position.x(), position.y())                         # the layout does not move
    assert edge.width == pytest.approx(WORKSHOP_MAP_SCALE * (0.75 + 4.5 * abs(edge.edge.weight)))
    start, end = edge.path.pointAtPercent(0), edge.path.pointAtPercent(1)
    for item, point in ((edge.source_item, start), (edge.target_item, end)):
        assert not item.sceneBoundingRect().adjusted(8, 8, -15, -8).contains(point)  # clipped
    assert not window.document.undo_stack.count()            # nothing to undo: not an edit
    analysis.workshop.set_active(False)
    assert scene.presentation_scale == 1.0
    assert node.sceneBoundingRect().size() == size and edge.path.boundingRect() == width


def test_the_workshop_change_legend_is_one_strip_beside_the_map(bundled, qtbot):
    """In the room's type the legend of title, bar and labels took four lines, a third of
    the fitted map's height on a projector; compact, it is one line under the map, with
    the scale's both ends, and gives back the map's height it no longer needs."""
    window, analysis = bundled
    legend, view = analysis.map_results.legend, window.view
    qtbot.waitUntil(legend.isVisible)
    normal_height = legend.height()
    analysis.workshop.set_active(True)
    analysis.workshop.set_levers_folded(False)   # folded on the laptop's short screen
    try:
        qtbot.waitUntil(lambda: legend.compact and legend.isVisible())
        font = legend.font()
        font.setPointSizeF(legend.point_size)
        line = QFontMetricsF(font).height()
        assert line > QFontMetricsF(window.font()).height() * 0.8     # the room's type
        assert legend.height() <= line + 12 < legend_size()[1]     # the four-line scale
        assert view.margin_rect("bottom").height() == legend.height() + 8
        viewport = view.viewport().geometry()
        assert not legend.geometry().intersects(viewport)             # never over the map
        assert legend.geometry().right() <= view.width()
    finally:
        analysis.workshop.set_active(False)
    qtbot.waitUntil(lambda: legend.height() == normal_height and not legend.compact)


def test_new_nodes_and_documents_get_the_presentation_scale(small, qtbot):
    from windtunnel.app.analysis.workshop import WORKSHOP_MAP_SCALE
    from windtunnel.app.document import Document
    from windtunnel.model import Node
    window, analysis = small
    window.scene.set_presentation_scale(1.5)
    window.document.model.add_node(Node("new", "A new node", position=(400.0, 0.0)))
    assert window.scene.node_items["new"].scale() == 1.5
    window.document.model.add_edge(Edge("new", "lab", 0.5))
    assert window.scene.edge_items[("new", "lab")].width == pytest.approx(1.5 * 3.0)
    window.scene.set_presentation_scale(1.0)
    analysis.workshop.set_active(True)
    analysis.workshop.set_levers_folded(False)   # folded on the laptop's short screen
    window.set_document(Document(make_small_model()))        # opened during the workshop
    settle(qtbot, analysis)
    assert window.scene.presentation_scale == WORKSHOP_MAP_SCALE
    analysis.workshop.set_active(False)
    assert window.scene.presentation_scale == 1.0


def test_analysis_help_opens_its_own_page(small, qtbot):
    from PySide6.QtWidgets import QTextBrowser
    from windtunnel.app.analysis import show_analysis_help
    window, analysis = small
    dialog = show_analysis_help(window)
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert dialog.current == "analysis"
    assert "Live what-if analysis" in dialog.windowTitle()
    assert "Monte Carlo" in text and "workshop" in text.lower()
    dialog.close()


def test_suggest_steepness_fills_the_largest_unique_lambda_and_says_why(bundled, qtbot):
    from windtunnel.engine import compiled_model, contraction, fcmconfr_steepness

    window, analysis = bundled
    model = window.document.model
    dialog = SettingsDialog(model.settings, window, model=model)
    assert dialog.suggest_button.isVisibleTo(dialog)
    dialog.suggest_button.click()
    network = compiled_model(model, model.settings)
    bound = contraction(network, model.settings)
    value = dialog.steepness.value()
    assert value == pytest.approx(int(bound.max_steepness * 1000) / 1000)   # 0.27x
    assert contraction(network, replace(model.settings, steepness=value)).holds
    text = dialog.suggestion.text()
    estimate = fcmconfr_steepness(network.matrix(), model.settings.activation)
    assert f"{estimate:.3g}" in text and "fcmconfr" in text
    assert "one answer" in text and "not guaranteed" in text     # lambda 1 is outside
    dialog.activation.setCurrentText("bivalent")                  # a step: no bound
    dialog.suggest_button.click()
    assert dialog.steepness.value() == value and "No steepness" in dialog.suggestion.text()
    assert SettingsDialog(model.settings, window).suggest_button.isHidden()   # no model


def test_a_layout_remembered_on_a_wider_screen_keeps_the_workshop_lever_bar(
        workspace, qtbot, on_screen):
    """The layout a window had on the 1366-pixel laptop, restored on a 1024-pixel projector
    where its docks do not fit: workshop mode there still lays out its lever bar below the
    map, across the screen, as a first window does."""
    laptop = workspace.windows[0]
    laptop.set_document(Document(load(bundled_model())))
    qtbot.waitUntil(lambda: laptop.extensions.complete and laptop.isMaximized(), timeout=20_000)
    laptop.layout().activate()
    state = laptop.saveState()
    laptop.extensions["analysis"].controller.cancel_all()
    laptop.extensions["analysis"].controller.wait()
    laptop.ask_save_changes = lambda: "discard"
    laptop.close()
    # the docks' layout alone: the geometry would bring the window back to the laptop,
    # which a projector on its own does not have
    workspace.preferences.save_window(QByteArray(), state)
    on_screen("projector")
    window = workspace.open_window()
    qtbot.waitUntil(lambda: window.extensions.complete, timeout=20_000)
    analysis = window.extensions["analysis"]
    workshop = analysis.workshop
    workshop.set_active(True)
    workshop.set_levers_folded(False)   # folded on the laptop's short screen
    qtbot.waitUntil(lambda: window.isFullScreen() and window.width() == 1024)
    window.layout().activate()
    try:
        assert window.toolBarArea(workshop.bar) == Qt.BottomToolBarArea
        bar = workshop.bar.geometry()
        assert workshop.bar.isVisible() and bar.width() == window.width()
        assert window.view.geometry().bottom() < bar.top() < analysis.toolbar.geometry().top()
    finally:
        workshop.set_active(False)
        analysis.controller.cancel_all()
        analysis.controller.wait()


_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc-\u30ff]+")


def _broken_katakana(lines: list[str]) -> list[str]:
    """The pairs of neighbouring lines that a line break cuts inside a katakana word."""
    return [f"{a} / {b}" for a, b in zip(lines, lines[1:])
            if a and b and _KATAKANA.fullmatch(a[-1]) and _KATAKANA.fullmatch(b[0])]


@pytest.mark.parametrize("tag", ["ja", "zh-CN", "zh-HK", "en"])
def test_the_workshop_bar_on_a_projector_shows_every_lever_name_whole(
        workspace, qtbot, on_screen, tag):
    """At 1024 pixels wide in workshop type the lever names fit the four columns a tall
    screen's bar gives them, on two lines
    where one is too short (two lines cut the longest English names with "..."), on three
    where two are, each broken between words (never inside a katakana word such as
    アクセス), with a margin: the lines leave NAME_MARGIN of the box free (at 180 pixels
    "Usage monitoring" fitted by 2); the scenario's name above them likewise. A name that three lines of its
    column cannot hold (none of the bundled ones) ends in "..." with the whole name on
    hover. On the 768-pixel projector's five columns each name takes one line, whole or
    ending in "..." with the whole name on hover."""
    on_screen("projector")
    with bundled_in(workspace, qtbot, tag) as (window, analysis):
        analysis.session.set_scenario("access-suspension")
        workshop = analysis.workshop
        workshop.set_active(True)
        screen_resized(window, 1080, 1024)  # a tall screen's four columns, 1024 wide
        qtbot.waitUntil(lambda: window.isFullScreen() and window.width() == 1024)
        window.layout().activate()
        rows = workshop.levers.list.bound
        qtbot.waitUntil(lambda: len(rows) == 10)
        nodes = {n.id: n for n in window.document.model.nodes}
        elided = []
        for lever_id, row in rows.items():
            lines = row.name.text().split("\n")
            name = translated(nodes[lever_id])
            assert len(lines) <= NAME_LINES_COMPACT and not _broken_katakana(lines), lines
            # another font's metrics must not change its lines: they leave a margin
            metrics = QFontMetricsF(row.name.font())
            widest = max(metrics.horizontalAdvance(line) for line in lines)
            assert widest <= row.name.width() * (1 - NAME_MARGIN), (name, widest)
            assert row.name.sizeHint().height() <= row.name.height() + 1, name
            if len(line_starts(name, row.name.font(), row.name.width() * (1 - NAME_MARGIN),
                               NAME_LINES_COMPACT)) > NAME_LINES_COMPACT:
                elided.append(name)       # more than three lines at this width
                assert lines[-1].endswith("\u2026") and name in row.name.toolTip()
                continue
            assert "\u2026" not in row.name.text() and not row.name.toolTip(), name
            assert "".join(lines).replace(" ", "") == name.replace(" ", "")
        assert not elided
        title = workshop.title.text()
        shown = title[:title.index("</span>")].split(">", 1)[1].split("<br>")
        assert "".join(shown).replace(" ", "") == translated(
            window.document.model.scenario("access-suspension")).replace(" ", "")
        assert not _broken_katakana(shown), shown
        screen_resized(window, 768, 1024)   # the projector's own height: one line each
        qtbot.keyClick(window, Qt.Key_L)     # folded there: the room unfolds them
        qtbot.waitUntil(lambda: workshop.levers.columns == 5 and len(rows) == 10)
        window.layout().activate()
        for lever_id, row in rows.items():
            name, shown = translated(nodes[lever_id]), row.name.text()
            assert "\n" not in shown
            widest = QFontMetricsF(row.name.font()).horizontalAdvance(shown)
            assert widest <= row.name.width() * (1 - NAME_MARGIN), (name, widest)
            assert shown == name or (shown.endswith("\u2026") and name in row.name.toolTip())


def test_settings_dialog_shows_each_explanation_at_its_height(bundled, qtbot):
    """Each explanation gets the height its wrapped lines take: the dialog opened taller
    than its contents, the spare room stretching one row; on a short screen (200 %) the
    rows were squeezed and the explanations cut. Now the form scrolls instead."""
    window, analysis = bundled
    dialog = SettingsDialog(window.document.model.settings, window,
                            model=window.document.model)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hints = [label for label in dialog.findChildren(QLabel)
             if label.wordWrap() and label.foregroundRole() == QPalette.PlaceholderText]
    assert len(hints) == 15

    def cut() -> list[tuple[str, int, int]]:
        QApplication.processEvents()
        return [(h.text()[:20], h.height(), h.heightForWidth(h.width())) for h in hints
                if h.height() < h.heightForWidth(h.width()) - 1]

    assert cut() == []
    form = dialog.form
    assert form.height() <= form.heightForWidth(form.width()) + 1      # no spare room
    dialog.resize(dialog.width(), 300)
    qtbot.waitUntil(lambda: dialog.height() <= 300)
    assert cut() == []
    assert dialog.form_area.verticalScrollBar().maximum() > 0


def test_the_workshop_bar_keeps_the_scenario_keys_on_one_line(workspace, qtbot):
    """In Chinese the bar's hint broke between the keys ("PageUp /" above "PageDown")."""
    from PySide6.QtGui import QTextDocument

    with bundled_in(workspace, qtbot, "zh-HK") as (window, analysis):
        analysis.workshop.set_active(True)
        analysis.workshop.set_levers_folded(False)   # folded on the laptop's short screen
        title = analysis.workshop.title
        page = QTextDocument()
        page.setDefaultFont(title.font())
        page.setDocumentMargin(0)                   # as QLabel lays its text out
        page.setHtml(title.text())
        page.setTextWidth(title.contentsRect().width())
        page.documentLayout()                       # laid out at the label's width
        block = page.lastBlock()
        lines = [block.text()[block.layout().lineAt(i).textStart():][
                 :block.layout().lineAt(i).textLength()]
                 for i in range(block.layout().lineCount())]
        assert any("PageUp" in line and "PageDown" in line for line in lines), lines


@pytest.mark.parametrize("tag", ["en", "ja", "zh-CN", "zh-HK"])
def test_the_rule_box_names_each_rule_whole_in_the_language(qtbot, tag):
    """The Rule box shows each rule by its name, translated ("modified_kosko", the file's
    spelling, showed even in Japanese, cut to "修正 Koskc"), and whole in the box."""
    from windtunnel.app.translations import apply_language

    apply_language(tag)
    try:
        dialog = SettingsDialog(Settings(rule="modified_kosko"))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        names = [dialog.rule.itemText(i) for i in range(dialog.rule.count())]
        assert all("_" not in name and name[0].isupper() or not name.isascii()
                   for name in names), names
        assert len(set(names)) == 3
        if tag == "en":
            assert names == ["Kosko", "Modified Kosko", "Rescaled"]
        else:
            assert names[1] not in ("Modified Kosko", "modified_kosko"), names
        metrics = dialog.rule.fontMetrics()
        room = dialog.rule.width() - dialog.rule.iconSize().width()
        assert all(metrics.horizontalAdvance(name) < room for name in names)
    finally:
        apply_language("en")
