"""The Charts tab gives the plot the height first: the note keeps one line (a Monte Carlo
run's bands dropped first, the whole note on hover), and the key stands in a column at
the plot's right on a dock much wider than it is tall, above the plot on a narrow one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from windtunnel.app.analysis.chart_key import ABOVE_MAX_LINES, ChartKey
from windtunnel.app.analysis.charts import MIN_PLOT_FLOOR, MIN_PLOT_HEIGHT, TrajectoryChart

from .conftest import settle


def _lines(label) -> int:
    return round(label.height() / label.fontMetrics().lineSpacing())


def test_the_note_keeps_one_line_after_monte_carlo_and_says_the_whole_on_hover(bundled,
                                                                              qtbot):
    window, analysis = bundled
    analysis.results_panel.show_tab("charts")
    chart = analysis.results_panel.chart
    chart.setFixedWidth(700)                 # the Results dock on a 1024-pixel projector
    QApplication.processEvents()
    assert _lines(chart.note) == 1
    needed = chart.layout().minimumHeightForWidth(700)
    with qtbot.waitSignal(analysis.controller.monte_carlo_changed, timeout=60_000):
        analysis.controller.run_monte_carlo(200)
    settle(qtbot, analysis)
    QApplication.processEvents()
    note = chart.note
    assert "Monte Carlo" in note.full_text and _lines(note) == 1
    assert note.text() != note.full_text and note.full_text in note.toolTip()
    assert chart.layout().minimumHeightForWidth(700) <= needed


def _eight_nodes_charted(window, analysis, qtbot):
    """A chart of its own (not in a scrolled page) with the eight longest-named nodes."""
    model = window.document.model
    longest = sorted(model.nodes, key=lambda n: -len(n.label))[:8]
    window.scene.select([n.id for n in longest])
    settle(qtbot, analysis)
    chart = TrajectoryChart(analysis.controller)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


@pytest.mark.parametrize("width, height", [(1050, 210), (720, 200)])
def test_on_a_dock_wider_than_tall_the_key_stands_beside_the_plot(bundled, qtbot, width,
                                                                 height):
    """The Results dock under the map on a laptop (1050 x 210) and on a projector or at
    2x scale (720 x 200): the plot takes the chart's height but the note's line."""
    window, analysis = bundled
    chart = _eight_nodes_charted(window, analysis, qtbot)
    chart.resize(width, height)
    qtbot.waitUntil(lambda: chart.key.beside and chart.height() == height)
    QApplication.processEvents()
    key, plot = chart.key.geometry(), chart.plot.geometry()
    assert key.left() >= plot.right() and key.width() <= 0.3 * width + 1
    assert plot.height() >= height - chart.note.height() - 20
    assert plot.width() >= 400 and chart.plot.minimumHeight() == MIN_PLOT_HEIGHT
    assert chart.key.text().count("<br>") == 7          # one entry a line


def test_on_a_narrow_dock_the_key_wraps_above_the_plot_in_two_lines_that_scroll(bundled,
                                                                               qtbot):
    """Its second line comes from the plot's minimum height, the rest scroll."""
    window, analysis = bundled
    chart = _eight_nodes_charted(window, analysis, qtbot)
    chart.resize(420, 600)
    qtbot.waitUntil(lambda: chart.height() == 600)
    QApplication.processEvents()
    assert not chart.key.beside and "<br>" not in chart.key.text()
    key, plot = chart.key.geometry(), chart.plot.geometry()
    line = chart.key.label.heightForWidth(100_000)
    # the eight entries wrap onto more lines than the key shows: the rest scroll
    assert chart.key.label.heightForWidth(key.width()) > ABOVE_MAX_LINES * line
    assert key.bottom() < plot.top() and key.height() == ABOVE_MAX_LINES * line
    assert chart.key.verticalScrollBar().maximum() > 0
    assert chart.plot.minimumHeight() == max(MIN_PLOT_HEIGHT - key.height() + line,
                                             MIN_PLOT_FLOOR)
    chart.resize(1000, 600)                  # wider, but as tall as wide: still above
    qtbot.waitUntil(lambda: chart.width() == 1000)
    assert not chart.key.beside


@pytest.mark.parametrize("beside", [True, False])
def test_a_key_without_entries_takes_no_room_beside_or_above(qtbot, beside):
    """Without results there is nothing to key: no empty strip at the plot's right
    (a scroll bar's width) nor above it."""
    key = ChartKey()
    qtbot.addWidget(key)
    key.set_entries([])
    key.place(beside, 1000)
    assert (key.maximumWidth() if beside else key.maximumHeight()) == 0
    key.set_entries([("#0072b2", "Tax")])
    key.place(beside, 1000)
    assert (key.maximumWidth() if beside else key.maximumHeight()) > 0


@pytest.mark.parametrize("beside", [False, True])
def test_each_swatch_stands_before_its_own_label_in_any_script(qtbot, beside):
    """Hebrew and Arabic labels side by side, first in the key: each colour still stands
    at the left of its own label, entries left to right (above the plot) or one a line
    at the left (beside it), as the app reads."""
    from PySide6.QtGui import QTextDocument

    entries = [("#0072b2", "מחירי הדלק"), ("#009e73", "أسعار الوقود"), ("#e69f00", "Tax")]
    key = ChartKey()
    qtbot.addWidget(key)
    key.set_entries(entries)
    key.place(beside, 2000)
    document = QTextDocument()
    document.setDefaultFont(key.label.font())
    document.setHtml(key.text())
    document.setTextWidth(5000)
    document.size()                                  # lays the document out
    layout = document.firstBlock().layout()
    text = document.firstBlock().text()

    def x(position: int) -> tuple[float, int]:
        """Where the cursor before ``position`` stands: x, and on which line."""
        line = layout.lineForTextPosition(position)
        return line.cursorToX(position)[0], line.lineNumber()

    swatches = [text.rindex("\u2501\u2501", 0, text.index(label)) for _, label in entries]
    for (_, label), swatch in zip(entries, swatches):
        start = text.index(label)
        (left, line), right = x(swatch), x(swatch + 2)[0]
        letters = [x(p) for p in range(start, start + len(label) + 1)]
        assert all(row == line for _, row in letters), label       # on the swatch's line
        assert min(at for at, _ in letters) >= right - 0.5, label    # right of its swatch
        if beside:
            assert left < 1, label
    if not beside:
        assert x(swatches[0])[0] < x(swatches[1])[0] < x(swatches[2])[0]


_UNSPACED = [("#0072b2", "Donaudampfschifffahrtsgesellschaftskapitänsmützenhalter"),
             ("#e69f00", "国際的な人工知能輸出規制に関する多国間協議枠組み"),
             ("#009e73", "人工智能出口管制多边协商框架与技术标准协调机制"),
             ("#cc79a7", "Tax")]


@pytest.mark.parametrize("beside, width", [(True, 700), (False, 300)])
def test_a_label_without_spaces_ends_in_an_ellipsis_and_is_whole_on_hover(qtbot, beside,
                                                                          width):
    """German compounds and Chinese and Japanese names have no space to wrap at: the key
    was as wide as the longest and cut at its edge in the middle of a glyph. Each is
    cut to the room with "...", the short one kept, and the tooltip names them all."""
    from html import unescape

    key = ChartKey()
    qtbot.addWidget(key)
    key.resize(width, 200)
    key.show()
    key.set_entries(_UNSPACED)
    key.place(beside, width)
    key.resize(key.maximumWidth() if beside else width, key.height())
    qtbot.waitUntil(lambda: key.widget().width() <= key.viewport().width())
    entries = key.text().split("<br>" if beside else " &emsp; ")
    shown = [unescape(entry.split("&nbsp;", 1)[1]).strip("\u200e") for entry in entries]
    assert len(shown) == 4 and shown[3] == "Tax"
    for (_, label), text in zip(_UNSPACED[:3], shown):
        assert text.endswith("\u2026") and label.startswith(text[:-1]), text
    for _, label in _UNSPACED:
        assert label in key.label.toolTip()
    key.set_entries(_UNSPACED[3:])          # nothing cut: no tooltip
    key.place(beside, width)
    assert key.label.toolTip() == ""


def test_a_dock_both_narrow_and_short_fits_the_chart_without_scrolling(bundled, qtbot):
    """Docked at the side under the Inspector of a 1024x768 window, the Results dock is
    about 256 x 148: its status took two lines and the Charts tab scrolled, the plot below
    the fold. The status is left out (whole on the tabs' hover), the key takes the note's
    line beside "All scenarios" (the note whole in the plot's tooltip), and the plot the
    height left; a taller dock has them back where they were."""
    from windtunnel.app.analysis.charts import SHORT_PLOT_FLOOR

    window, analysis = bundled
    panel, dock = analysis.results_panel, analysis.results_dock
    panel.show_tab("charts")
    settle(qtbot, analysis)
    dock.setFloating(True)
    dock.resize(256, 148 + dock.height() - panel.height())
    dock.show()
    chart, page = panel.chart, panel.pages["charts"]
    # the status line's height goes to the page a turn of the event loop later
    qtbot.waitUntil(lambda: panel.height() <= 150 and chart.note.isHidden()
                    and page.verticalScrollBar().maximum() == 0)
    QApplication.processEvents()
    assert panel.status.isHidden() and panel.status.full_text != ""
    assert panel.status.full_text in panel.tabs.tabBar().toolTip()
    assert page.verticalScrollBar().maximum() == 0 and page.horizontalScrollBar().maximum() == 0
    assert chart.plot.isVisible() and chart.plot.height() >= SHORT_PLOT_FLOOR
    assert chart.plot.geometry().bottom() < page.viewport().height()
    key, box = chart.key.geometry(), chart.all_scenarios.geometry()
    assert abs(key.center().y() - box.center().y()) <= 4 and key.right() <= box.left()
    assert chart.key.entries and chart.plot.toolTip() == chart.note.full_text != ""
    dock.resize(731, 274 + dock.height() - panel.height())       # under the map
    qtbot.waitUntil(lambda: panel.height() >= 270 and not chart.note.isHidden())
    QApplication.processEvents()
    assert panel.status.lines == 2 and chart.plot.toolTip() == ""
    assert not panel.status.isHidden() and panel.tabs.tabBar().toolTip() == ""
    assert chart.plot.minimumHeight() >= MIN_PLOT_FLOOR
    assert chart.plot.getPlotItem().titleLabel.isVisible()
    assert chart.plot.getPlotItem().getAxis("bottom").label.isVisible()


def test_new_curves_keep_the_axes_pens_until_the_palette_changes(small, qtbot, monkeypatch):
    """Another set of curves (another node selected, a node added) leaves the axes' pens
    as they are: a new pen makes an axis work out its ticks and labels again. A palette
    of other colours (a dark theme) still colours them anew."""
    import pyqtgraph as pg
    from PySide6.QtGui import QColor, QPalette

    window, analysis = small
    chart = analysis.results_panel.chart
    pens = []
    set_pen = pg.AxisItem.setPen
    monkeypatch.setattr(pg.AxisItem, "setPen",
                        lambda self, *args, **kw: pens.append(1) or set_pen(self, *args, **kw))
    for node_id in ("ban", "leak", "lab"):
        window.scene.select([node_id])
        settle(qtbot, analysis)
        chart.refresh()
    assert chart.series and pens == []
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.Base, QColor("#202020"))
    dark.setColor(QPalette.Text, QColor("#eeeeee"))
    chart.setPalette(dark)
    chart.refresh()
    assert len(pens) == 2
    axis = chart.plot.getPlotItem().getAxis("left")
    assert axis.textPen().color() == QColor("#eeeeee")
