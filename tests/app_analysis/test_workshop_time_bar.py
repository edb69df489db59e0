"""Workshop mode's time bar on a projector: its slider keeps room to scrub through the
run in the workshop's large type, the scenario chooser beside it giving way (the bar
above names the scenario in full)."""

from __future__ import annotations

#: Pixels per step a facilitator can aim at with a mouse on a projector.
AIMABLE = 4


def test_on_a_projector_the_workshop_time_slider_keeps_room_to_scrub(bundled, qtbot):
    """At 1024 pixels the chooser took its long name's width and left the slider its
    90-pixel floor: 2.5 pixels a month for 36 months, in 24-pixel type."""
    window, analysis = bundled
    bar = analysis.time_bar
    window.showNormal()
    window.resize(1024, 768)
    analysis.workshop.set_active(True)
    window.showNormal()                 # full screen is the offscreen screen's size
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: bar.fontMetrics().height() > 20 and bar.width() <= 1024)
    steps = analysis.session.steps
    qtbot.waitUntil(lambda: bar.slider.width() >= AIMABLE * steps, timeout=3000)
    assert bar.scenario.width() >= bar.scenario.minimumSizeHint().width()
    analysis.workshop.set_active(False)
    qtbot.waitUntil(lambda: bar.fontMetrics().height() < 20)
    assert bar.slider.width() > bar.slider.minimumWidth()     # the window's bar: no change
