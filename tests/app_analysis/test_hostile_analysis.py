"""The analysis side of hostile input: exports under the command line's output-path rules,
work-budget refusals as questions (never tracebacks), and node labels shown as text, never
as HTML."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt

from windtunnel.engine import WorkLimits, WorkRefused
from windtunnel.model import save

from .conftest import settle


def _answer(window, path):
    window.ask_save_path = lambda title, suggested, filters: str(path)


@pytest.fixture
def saved(small, tmp_path):
    """The small model saved as model.wtm and open in the window."""
    window, analysis = small
    path = tmp_path / "model.wtm"
    save(window.document.model, path)
    window.document.path = path
    return window, analysis, path


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_an_export_through_a_link_to_the_open_model_is_refused(saved, qtbot, tmp_path):
    window, analysis, path = saved
    before = path.read_bytes()
    link = tmp_path / "results.xlsx"
    link.symlink_to(path)
    _answer(window, link)
    assert not analysis.exporter.workbook()          # said at once: nothing is built
    settle(qtbot, analysis)
    assert window.problems and "model.wtm" in window.problems[0][1]
    assert "nothing was written" in window.problems[0][1]
    svg = tmp_path / "map.svg"
    svg.symlink_to(path)
    _answer(window, svg)
    assert not window.map_exporter.export("svg")
    assert len(window.problems) == 2
    assert path.read_bytes() == before and link.is_symlink()


def test_an_export_that_replaces_a_file_keeps_it_as_bak(saved, qtbot, tmp_path):
    window, analysis, _path = saved
    target = tmp_path / "matrix.csv"
    target.write_text("the user's own table", encoding="utf-8")
    _answer(window, target)
    assert analysis.exporter.csv("matrix")
    settle(qtbot, analysis)
    assert not window.problems
    assert (tmp_path / "matrix.csv.bak").read_text(encoding="utf-8") == "the user's own table"
    assert target.read_text(encoding="utf-8-sig").startswith("node,label")


def test_an_export_onto_a_folder_is_refused_with_a_message(saved, qtbot, tmp_path):
    window, analysis, _path = saved
    (tmp_path / "brief.pdf").mkdir()
    _answer(window, tmp_path / "brief.pdf")
    analysis.exporter.brief()            # the brief is explained on a worker, then written
    qtbot.waitUntil(lambda: bool(window.problems), timeout=30_000)
    assert "folder" in window.problems[-1][1]
    assert (tmp_path / "brief.pdf").is_dir()


def test_a_monte_carlo_run_past_the_budget_asks_and_runs_when_told(small, qtbot):
    window, analysis = small
    controller = analysis.controller
    asked = []
    controller.ask_past_limits = lambda error: asked.append(error) or True
    controller.run_monte_carlo(50, limits=WorkLimits(memory=1_000, seconds=600))
    with qtbot.waitSignal(controller.monte_carlo_changed, timeout=30_000):
        pass
    assert len(asked) == 1 and isinstance(asked[0], WorkRefused)
    assert "more than the limit of" in str(asked[0])
    assert analysis.session.monte_carlo.samples == 50
    assert not window.problems


def test_a_monte_carlo_run_past_the_budget_refused_by_the_user_is_a_message(small, qtbot):
    window, analysis = small
    controller = analysis.controller
    controller.ask_past_limits = lambda error: False
    controller.run_monte_carlo(50, limits=WorkLimits(memory=1_000, seconds=600))
    settle(qtbot, analysis)
    assert analysis.session.monte_carlo is None
    assert window.problems and window.problems[0][0] == "The Monte Carlo run failed"
    assert "memory" in window.problems[0][1]


def test_chokepoint_text_shows_labels_literally(small, qtbot):
    window, analysis = small
    model = window.document.model
    hostile = '<b style="font-size:40pt;color:red">big</b><img src="/etc/x.png">'
    for node in model.nodes:
        if node.kind != "restriction":
            model.update_node(node.id, label=hostile + node.id)
    settle(qtbot, analysis)
    view = analysis.results_panel.structure
    analysis.results_panel.show_tab("structure")
    qtbot.waitUntil(lambda: view.loops is not None and view.outcome.count() > 0,
                    timeout=10_000)
    view.choose_actors([view.actors.item(0).data(Qt.UserRole)])
    view.outcome.setCurrentIndex(view.outcome.count() - 1)
    assert hostile in view.outcome.currentText()             # a label with markup
    view.find_chokepoints()
    text = view.choke_result.text()
    assert "<img" not in text and "<b style" not in text
    assert "&lt;img src=&quot;/etc/x.png&quot;&gt;" in text


def test_no_label_anywhere_renders_user_text_as_html(small, qtbot):
    """Every QLabel that shows a node label, a scenario label or the time unit shows it as
    typed: plain text, or rich text with the markup escaped."""
    from PySide6.QtGui import Qt as GuiQt           # Qt.mightBeRichText is in QtGui
    from PySide6.QtWidgets import QLabel

    window, analysis = small
    model = window.document.model
    markup = "<b>M</b><img src=x>"
    node = model.nodes[1]
    model.update_node(node.id, label=markup + "node")
    model.update("scenario", model.scenarios[0].id, label=markup + "scenario")
    settle(qtbot, analysis)
    window.scene.select([node.id])
    for tab in ("structure", "sensitivity", "charts"):
        try:
            analysis.results_panel.show_tab(tab)
        except (KeyError, ValueError):
            continue
        settle(qtbot, analysis)
    shown = [label for label in window.findChildren(QLabel) if "<img src=x>" in label.text()]
    assert shown, "no label shows the hostile text: the test reaches nothing"
    for label in shown:
        rich = (label.textFormat() == Qt.RichText or (
            label.textFormat() == Qt.AutoText and GuiQt.mightBeRichText(label.text())))
        assert not rich, (label.objectName(), label.text())


def test_lever_tooltips_show_labels_as_typed(small, qtbot):
    window, analysis = small
    model = window.document.model
    panel = analysis.scenarios_panel.levers
    lever_id = panel.shown_ids[0]
    model.update_node(lever_id, label="<b>L</b><img src=x>")
    settle(qtbot, analysis)
    tip = panel.row(lever_id).toolTip()
    assert "&lt;img" in tip and "<img" not in tip and "<b>" not in tip


def test_scorecard_tooltips_show_labels_as_typed(small, qtbot):
    window, analysis = small
    model = window.document.model
    model.update("scenario", model.scenarios[0].id, label="<img src=s>")
    model.update("objective", model.objectives[0].id, label="<img src=o>")
    settle(qtbot, analysis)
    analysis.results_panel.show_tab("scorecard")
    settle(qtbot, analysis)
    table = analysis.results_panel.scorecard.table
    tips = [table.horizontalHeaderItem(0).toolTip()] + [
        table.item(r, c).toolTip() for r in range(table.rowCount())
        for c in range(table.columnCount()) if table.item(r, c) is not None]
    tips = [t for t in tips if "img" in t]
    assert tips and all("&lt;img" in t and "<img" not in t for t in tips)


def test_the_structure_past_the_budget_asks_and_runs_when_told(small, qtbot):
    window, analysis = small
    controller, view = analysis.controller, analysis.results_panel.structure
    asked = []
    controller.ask_past_limits = lambda error: asked.append(error) or True
    view.refresh(limits=WorkLimits(memory=1, seconds=600))
    qtbot.waitUntil(lambda: view.loops is not None and len(asked) == 1, timeout=30_000)
    assert isinstance(asked[0], WorkRefused) and not window.problems
    assert view.loops_table.rowCount() == len(view.loops.loops) > 0
