"""The Outline's edge rows in a narrow dock: the names give way, the weight stays whole."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QToolTip

from conftest import make_small_model
from windtunnel.app.outline import Outline
from windtunnel.model import Model


@pytest.fixture
def narrow_outline(qtbot):
    """The small map with long node labels, in an Outline 300 pixels wide, edges unfolded."""
    small = make_small_model()
    nodes = [replace(node, label=f"{node.label} across every frontier laboratory and market")
             for node in small.nodes]
    model = Model.from_elements(title=small.title, sources=small.sources, nodes=nodes,
                                edges=small.edges, scenarios=small.scenarios,
                                objectives=small.objectives)
    widget = Outline()
    qtbot.addWidget(widget)
    widget.set_model(model)
    widget.resize(300, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.tree.expandAll()
    return widget


def _edge_index(outline: Outline, source: str, target: str):
    return outline.proxy.mapFromSource(outline._rows[("edge", (source, target))].index())


def _painted_text(outline: Outline, index) -> tuple[str, int, int]:
    """The text the tree paints in the row, its width and the row's width."""
    option = QStyleOptionViewItem()
    option.initFrom(outline.tree)
    option.widget = outline.tree
    option.rect = outline.tree.visualRect(index)
    outline.tree.itemDelegate().initStyleOption(option, index)
    return option.text, option.fontMetrics.horizontalAdvance(option.text), option.rect.width()


def test_a_long_edge_row_elides_the_names_and_keeps_the_weight(narrow_outline):
    index = _edge_index(narrow_outline, "ban", "leak")
    text, width, room = _painted_text(narrow_outline, index)
    assert text.endswith("\u2026  (+0.60)"), text
    source, arrow, target = text.partition(" \u2192 ")     # both ends of the edge show
    assert source.startswith("Access") and source.endswith("\u2026"), text
    assert target.startswith("Leakage"), text
    assert width < room


def test_hovering_an_edge_row_shows_its_whole_text(narrow_outline, qtbot):
    tree = narrow_outline.tree
    index = _edge_index(narrow_outline, "ban", "leak")
    centre = tree.visualRect(index).center()
    QApplication.sendEvent(tree.viewport(), QHelpEvent(QEvent.ToolTip, centre,
                                                       tree.viewport().mapToGlobal(centre)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == ("Access ban across every frontier laboratory and market \u2192 "
                               "Leakage across every frontier laboratory and market  (+0.60)")


def test_a_name_cut_after_a_word_leaves_no_space_before_its_ellipsis(narrow_outline):
    index = _edge_index(narrow_outline, "ban", "leak")
    tree = narrow_outline.tree
    cuts = set()
    for width in range(160, 300, 3):      # wherever the dock's edge falls, cut mid-word or not
        tree.setColumnWidth(0, width)
        narrow_outline.resize(width + 40, 400)
        text = _painted_text(narrow_outline, index)[0]
        source, _, target = text.partition(" \u2192 ")
        for name in (source, target.rpartition("  (")[0]):
            if name.endswith("\u2026"):
                cuts.add(name)
                assert not name[:-1][-1:].isspace(), text
    assert len(cuts) > 5
