"""Panels in scroll areas that scroll up and down: their scroll bar takes no room from
their controls, and a panel wider than a side panel need be scrolls sideways instead of
narrowing the map."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from windtunnel.app.scrolling import narrowest_panel, scrolling


def _panel() -> tuple[QWidget, QPushButton]:
    """A panel taller than its area, with a button as wide as it is (narrower than a side
    panel need be): the button (returned) is the one a scroll bar would cut off."""
    panel = QWidget()
    row = QHBoxLayout()
    for text in ("Add",):
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
    last.setText("Delete levers")                                # a longer word
    bar = area.verticalScrollBar().sizeHint().width()
    qtbot.waitUntil(lambda: panel.minimumSizeHint().width() + bar > before)   # laid out
    assert panel.minimumSizeHint().width() + bar < narrowest_panel(area)
    qtbot.waitUntil(lambda: dock.minimumSizeHint().width()
                    == panel.minimumSizeHint().width() + bar)
    last.setText("Delete this scenario and every lever it sets")   # wider than need be
    qtbot.waitUntil(lambda: dock.minimumSizeHint().width() == narrowest_panel(area))


def test_a_panel_wider_than_a_side_panel_need_be_scrolls_sideways(qtbot):
    panel, last = _panel()
    last.setText("Delete this scenario and every lever it sets, with its overrides")
    area = scrolling(panel)
    qtbot.addWidget(area)
    least = area.minimumSizeHint().width()
    assert least == narrowest_panel(area) < panel.minimumSizeHint().width()
    area.resize(least, 200)
    area.show()
    qtbot.waitExposed(area)
    qtbot.waitUntil(area.horizontalScrollBar().isVisible)   # the panel keeps its width
    assert panel.width() >= panel.minimumSizeHint().width()
