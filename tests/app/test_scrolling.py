"""Panels in scroll areas that scroll up and down only: their scroll bar takes no room from
their controls."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from windtunnel.app.scrolling import scrolling


def _panel() -> tuple[QWidget, QPushButton]:
    """A panel taller than its area, with a row of buttons as wide as it is: its last
    button (returned) is the one a scroll bar would cut off."""
    panel = QWidget()
    row = QHBoxLayout()
    for text in ("Add", "Duplicate", "Delete"):
        last = QPushButton(text)
        row.addWidget(last)
    layout = QVBoxLayout(panel)
    layout.addLayout(row)
    tall = QWidget()
    tall.setMinimumHeight(600)
    layout.addWidget(tall)
    return panel, last


def test_a_short_panel_keeps_its_least_width_beside_its_scroll_bar(qtbot):
    panel, last = _panel()
    area = scrolling(panel)
    qtbot.addWidget(area)
    area.resize(area.minimumSizeHint().width(), 200)      # a dock as narrow as it goes
    area.show()
    qtbot.waitExposed(area)
    assert area.verticalScrollBar().isVisible()
    assert panel.width() >= panel.minimumSizeHint().width()
    # the last button is whole, left of the scroll bar
    assert last.mapTo(area, last.rect().topRight()).x() < area.viewport().width()


def test_the_dock_follows_its_panels_least_width(qtbot):
    panel, last = _panel()
    dock = QWidget()                 # the dock's layout holds the area at its least width
    layout = QVBoxLayout(dock)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(area := scrolling(panel))
    qtbot.addWidget(dock)
    dock.show()
    qtbot.waitExposed(dock)
    before = dock.minimumSizeHint().width()
    last.setText("Delete this scenario and every lever it sets")   # a longer word
    bar = area.verticalScrollBar().sizeHint().width()
    qtbot.waitUntil(lambda: panel.minimumSizeHint().width() + bar > before)   # laid out
    qtbot.waitUntil(lambda: dock.minimumSizeHint().width()
                    == panel.minimumSizeHint().width() + bar)
