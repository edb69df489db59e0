"""The brief's chart of the most changed nodes over time.

Up to three nodes, each in an Okabe-Ito colour: its baseline dashed, its scenario solid,
a shaded 5-95% band after Monte Carlo; a line at 0, marked on the axis, when the levels lie
either side of it; the axis as wide as its widest figure. Under the plot, the key names
each node whole, on as many lines as its third of the width needs (up to
:data:`~.brief_table.NAME_LINES`), the plot giving up the height. Every word the chart
paints of its own is translated in context "Brief".
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from ..formats import number
from .brief_table import NAME_LINES
from .charts import OKABE_ITO
from .pages import heading, page_font, page_lines

__all__ = ["key_lines", "paint_chart"]

#: Qt's catalogue lookup, by the name lupdate looks for (context "Brief").
translate = QCoreApplication.translate


def key_lines(painter: QPainter, width: float, labels: list[str]) -> list[list[str]]:
    """Each of ``labels`` on the lines of its entry of the key under a plot ``width`` page
    pixels wide (a third of it, less the entry's line), in the painter's font."""
    return [page_lines(painter, label, width / 3 - 24, NAME_LINES) for label in labels]


def paint_chart(painter: QPainter, rect: QRectF, results, current, uncertainty,
                nodes: list[int]) -> None:
    """The chart of ``nodes`` (indices, at most three) in ``rect``, when it has room."""
    if rect.height() < 80 or not nodes:
        return
    y = heading(painter, rect,
                 translate("Brief", "Most changed nodes over time (dashed: baseline)"))
    series = [results.baseline[:, i] for i in nodes] + [current.states[:, i] for i in nodes]
    if uncertainty is not None:
        series += [results.baseline[:, i] + uncertainty.band(p)[:, i] for i in nodes
                   for p in (5, 95)]
    low, high = float(np.min(series)), float(np.max(series))
    if high - low < 1e-6:
        low, high = low - 0.5, high + 0.5
    pad = (high - low) * 0.08
    ticks = [(v, number(v, 2)) for v in (low, high)]
    crosses = low < 0 < high                 # levels on both sides of 0: its line and tick
    low, high = low - pad, high + pad
    painter.setFont(page_font(7.5))
    # the axis as wide as its widest figure ("−0.88" was cut to "0.88" at the page's edge)
    axis = max(painter.fontMetrics().horizontalAdvance(text) for _v, text in ticks)
    line = painter.fontMetrics().height()   # CJK fonts stand taller than Latin ones
    key = key_lines(painter, rect.width() - axis - 16, [results.labels[i] for i in nodes])
    plot = QRectF(rect.left() + axis + 6, y + 4, rect.width() - axis - 16,
                  rect.bottom() - y - 8 - (1 + max(map(len, key))) * line)
    steps = len(results.time) - 1 or 1

    def point(t, v):
        return QPointF(plot.left() + plot.width() * t / steps,
                       plot.bottom() - plot.height() * (v - low) / (high - low))

    painter.setPen(QPen(QColor("#bbbbbb"), 0.8))
    painter.setBrush(Qt.NoBrush)
    painter.drawRect(plot)
    if crosses:
        zero = point(0, 0.0).y()
        painter.setPen(QPen(QColor("#8c8c8c"), 0.8))
        painter.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))
        if all(abs(point(0, v).y() - zero) >= line for v, _text in ticks):
            ticks.append((0.0, number(0.0, 0)))       # not over an end's figure
    painter.setPen(QColor("#555555"))
    for v, text in ticks:
        p = point(0, v)
        painter.drawText(QRectF(rect.left(), p.y() - 8, axis, 16),
                         int(Qt.AlignRight | Qt.AlignVCenter), text)
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), line),
                     int(Qt.AlignRight | Qt.AlignTop), translate("Brief", "{unit} {step}").format(
                         unit=results.settings.time_unit, step=steps))
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), line),
                     int(Qt.AlignLeft | Qt.AlignTop), "0")
    legend_y = plot.bottom() + 4 + line
    for k, i in enumerate(nodes):
        colour = QColor(OKABE_ITO[k % len(OKABE_ITO)])
        if uncertainty is not None:
            lo = results.baseline[:, i] + uncertainty.band(5)[:, i]
            hi = results.baseline[:, i] + uncertainty.band(95)[:, i]
            polygon = QPolygonF([point(t, v) for t, v in enumerate(hi)]
                                + [point(t, v) for t, v in reversed(list(enumerate(lo)))])
            fill = QColor(colour)
            fill.setAlpha(50)
            painter.setPen(Qt.NoPen)
            painter.setBrush(fill)
            painter.drawPolygon(polygon)
        painter.setBrush(Qt.NoBrush)
        for values, style, width in ((results.baseline[:, i], Qt.DashLine, 1.2),
                                     (current.states[:, i], Qt.SolidLine, 2.0)):
            path = QPainterPath(point(0, values[0]))
            for t, v in enumerate(values[1:], start=1):
                path.lineTo(point(t, v))
            painter.setPen(QPen(colour, width, style))
            painter.drawPath(path)
        x = plot.left() + k * plot.width() / 3
        painter.setPen(QPen(colour, 2.0))
        painter.drawLine(QPointF(x, legend_y + line / 2), QPointF(x + 16, legend_y + line / 2))
        painter.setPen(QColor("#1a1a1a"))
        for row, text in enumerate(key[k]):
            painter.drawText(QRectF(x + 20, legend_y + row * line, plot.width() / 3 - 24, line),
                             int(Qt.AlignLeft | Qt.AlignVCenter), text)
