"""The brief's chart of the most changed nodes writes its axis figures whole: a negative
figure keeps its minus sign, however wide the figure is."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from windtunnel.app.analysis.brief import _outcomes
from windtunnel.app.analysis.brief_chart import paint_chart
from windtunnel.app.analysis.pages import PAGE_DPI, page_font
from windtunnel.app.formats import number

from .conftest import settle


def _page_image(width: int, height: int) -> QImage:
    """A white image whose type is as big as on the brief's page."""
    image = QImage(width, height, QImage.Format_RGB32)
    image.fill(QColor("white"))
    dots_per_metre = round(PAGE_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def _dark(image: QImage, x: int, y: int) -> bool:
    return QColor(image.pixel(x, y)).value() < 150      # text, not the grey frame


def test_the_chart_writes_its_lowest_figure_whole_with_its_minus_sign(bundled, qtbot):
    window, analysis = bundled
    analysis.session.set_scenario("access-suspension")     # US frontier labs fall below -0.8
    settle(qtbot, analysis)
    snapshot = analysis.session.snapshot()
    results, current = snapshot.results, snapshot.result
    nodes = _outcomes(snapshot, results, current)[:3]
    lowest = min(float(min(results.baseline[:, i].min(), current.states[:, i].min()))
                 for i in nodes)
    figure = number(lowest, 2)
    assert lowest < -0.5          # a figure with a minus sign
    image = _page_image(760, 300)
    area = QRectF(10, 0, 740, 300)
    painter = QPainter(image)
    paint_chart(painter, area, results, current, None, nodes)
    painter.end()
    # the figures stand left of the plot's frame, the lowest in the lower half
    frame = next(x for x in range(image.width())
                 if sum(QColor(image.pixel(x, y)).saturation() < 10
                        and 150 <= QColor(image.pixel(x, y)).value() < 250
                        for y in range(image.height())) > image.height() // 2)
    columns = [x for x in range(frame) if any(_dark(image, x, y)
                                              for y in range(image.height() // 2, 280))]
    drawn = columns[-1] - columns[0] + 1
    whole = QFontMetricsF(page_font(7.5), image).tightBoundingRect(figure).width()
    assert drawn >= whole - 2, (figure, drawn, whole)
