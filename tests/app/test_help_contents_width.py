"""The help's contents at the width a small screen gives them: every title whole, long
ones wrapped onto more lines, never cut at the tree's edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication


def _rows(tree) -> list:
    rows = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        rows.append(top)
        rows += [top.child(k) for k in range(top.childCount())]
    return rows


@pytest.mark.parametrize("width", [200, 260, 360])
def test_every_contents_title_shows_whole_at_the_trees_width(window, qtbot, width):
    help_window = window.workspace.show_help()
    tree = help_window.contents
    tree.expandAll()
    tree.setFixedWidth(width)
    qtbot.waitUntil(lambda: tree.viewport().width() < width)
    QApplication.processEvents()
    metrics = tree.fontMetrics()
    cut, wrapped = [], 0
    for item in _rows(tree):
        rect = tree.visualItemRect(item)
        if not rect.isValid():
            continue
        # the title's lines at the row's width (less the text's margins, 3 pixels a side)
        need = metrics.boundingRect(QRect(0, 0, rect.width() - 6, 10_000),
                                    int(Qt.AlignLeft | Qt.TextWordWrap), item.text(0))
        if need.height() > rect.height() or rect.right() > tree.viewport().width():
            cut.append((item.text(0), rect.width(), rect.height(), need.height()))
        wrapped += rect.height() > 1.5 * metrics.height()
    assert not cut, cut[:3]
    assert wrapped         # some titles are longer than the tree is wide
