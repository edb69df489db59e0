"""The Scenarios list in a narrow dock (a 1024-pixel screen): long names wrap within its
width, whole, and the list never scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from windtunnel.model import translated


def test_long_scenario_names_wrap_within_a_narrow_list(bundled):
    window, analysis = bundled
    scenarios = analysis.scenarios_panel.list
    scenarios.resize(200, 400)
    QApplication.processEvents()
    viewport = scenarios.viewport()
    assert scenarios.horizontalScrollBar().maximum() == 0
    assert not scenarios.horizontalScrollBar().isVisible()
    metrics = scenarios.fontMetrics()
    for row in range(scenarios.count()):
        item = scenarios.item(row)
        rect = scenarios.visualItemRect(item)
        assert rect.right() <= viewport.width(), item.text()
        # the whole name fits the row at the row's width: wrapped, not cut
        need = metrics.boundingRect(QRect(0, 0, rect.width() - 6, 10_000),
                                    int(Qt.AlignLeft | Qt.TextWordWrap), item.text())
        assert need.height() <= rect.height(), item.text()
    names = [translated(s) for s in window.document.model.scenarios]
    assert [scenarios.item(row).text() for row in range(scenarios.count())] == names
    assert any(metrics.horizontalAdvance(name) > viewport.width() for name in names)
