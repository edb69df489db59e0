"""The Participants dock in a short dock (a projector's): a bar at its foot says there is
more below while there is, hides none of the panel, scrolls down when clicked, and goes
once the end is in view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from windtunnel.app.document import Document
from windtunnel.model import load
from windtunnel.paths import bundled_model


def test_a_short_participants_dock_says_there_is_more_below_until_its_end(window, qtbot):
    window.set_document(Document(load(bundled_model("ai-export-controls-2026-voices.wtm"))))
    panel = window.extensions["participants"]
    window.resize(1024, 768)
    panel.dock.raise_()
    qtbot.waitUntil(lambda: not panel.dock.visibleRegion().isEmpty())
    window.resizeDocks([panel.dock], [260], Qt.Vertical)
    area, bar, more = panel.dock.widget(), panel.dock.widget().verticalScrollBar(), \
        panel.more_below
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(0)
    assert more.text().startswith("More below")

    def under_the_panel() -> bool:
        """Shown under the viewport, not over the panel, within the area."""
        bottom = area.viewport().mapTo(area, QPoint(0, area.viewport().height())).y()
        place = more.geometry()
        return more.isVisible() and place.top() >= bottom and place.bottom() <= area.rect().bottom()
    qtbot.waitUntil(under_the_panel)
    more.click()
    assert bar.value() > 0
    for _page in range(20):
        if not more.isVisible():
            break
        more.click()
        qtbot.wait(20)          # the bar follows in the next turn of the event loop
    assert not more.isVisible()
    assert bar.value() == bar.maximum() and bar.maximum() > 0
    assert area.viewport().height() == area.contentsRect().height()   # its room taken back
    bar.setValue(0)
    qtbot.waitUntil(more.isVisible)
    window.resizeDocks([panel.dock], [2000], Qt.Vertical)            # room for everything
    window.resize(1366, 2000)
    qtbot.waitUntil(lambda: bar.maximum() == 0 or not more.isVisible())
