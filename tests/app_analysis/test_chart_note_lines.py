"""The Charts tab's note takes a second line after a Monte Carlo run on a narrow dock: the
line comes out of the plot's minimum height, so the tab needs no more height than before
and the time axis's title does not go below the fold."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from windtunnel.app.analysis.charts import MIN_PLOT_FLOOR

from .conftest import settle


def test_a_two_line_note_after_monte_carlo_takes_its_line_from_the_plot(bundled, qtbot):
    window, analysis = bundled
    analysis.results_panel.show_tab("charts")
    chart = analysis.results_panel.chart
    chart.setFixedWidth(700)                 # the Results dock on a 1024-pixel projector
    QApplication.processEvents()
    note_lines = lambda: round(chart.note.height() / chart.note.fontMetrics().lineSpacing())
    assert note_lines() == 1
    needed = chart.layout().minimumHeightForWidth(700)
    with qtbot.waitSignal(analysis.controller.monte_carlo_changed, timeout=60_000):
        analysis.controller.run_monte_carlo(200)
    settle(qtbot, analysis)
    QApplication.processEvents()
    assert "Monte Carlo" in chart.note.text() and note_lines() == 2
    assert chart.layout().minimumHeightForWidth(700) <= needed
    assert chart.plot.minimumHeight() >= MIN_PLOT_FLOOR
