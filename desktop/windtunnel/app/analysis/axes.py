"""Chart axes whose tick labels are written as the interface's language writes numbers.

pyqtgraph writes tick labels with Python's ``%f``; :class:`LocaleAxis` writes the same
values, with the same number of places, through :func:`windtunnel.app.formats.number`
(QLocale). Every chart's plot is made by :func:`chart_plot`, with :func:`locale_axes`;
:func:`title_above` titles a plot's vertical axis where a short dock still shows it.
"""

from __future__ import annotations

import math
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics

from ..formats import number

__all__ = ["LocaleAxis", "chart_plot", "locale_axes", "title_above"]


class LocaleAxis(pg.AxisItem):
    """A pyqtgraph axis with tick labels in the interface's number format, written as the
    values are: pyqtgraph would otherwise scale small ranges (a change of -0.4 to 0.1
    became "-400 ... 100" with "(x0.001)" added to the axis title, which a narrow dock
    cuts off), and every chart here plots levels, changes and shares of about one."""

    def __init__(self, orientation: str, **options) -> None:
        super().__init__(orientation, **options)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
        step = spacing * scale
        places = max(0, math.ceil(-math.log10(step))) if step > 0 else 0
        return [number(value * scale, places) for value in values]


def locale_axes() -> dict:
    """The ``axisItems`` of a plot: a :class:`LocaleAxis` on the left and at the bottom."""
    return {"left": LocaleAxis("left"), "bottom": LocaleAxis("bottom")}


def chart_plot() -> pg.PlotWidget:
    """A plot with :func:`locale_axes` whose options menu and the state of its controls
    go with it: pyqtgraph makes them without a parent, so, held in the reference cycles
    of a closed window, they lived until a full collection; now Qt deletes them with the
    plot. The menu is deleted with the plot rather than made its child: as a child its
    controls would count among the window's own (every number box, every control that
    takes the wheel), though no chart of the app opens it."""
    plot = pg.PlotWidget(axisItems=locale_axes())
    item = plot.getPlotItem()
    plot.destroyed.connect(item.ctrlMenu.deleteLater)
    item.stateGroup.setParent(plot)
    return plot


def title_above(item: pg.PlotItem, text: str, colour: QColor, font: QFont,
                width: int = 0) -> None:
    """Title ``item``'s vertical axis on one line above the plot's top-left corner, in
    ``font``, cut with "..." to ``width`` pixels where one is given. A title turned along
    the axis is centred on the plot's height: on a short dock (a laptop's, at 2x scale) it
    runs past both ends of the plot and is cut off there, and it would lay Chinese and
    Japanese characters on their sides."""
    metrics = QFontMetrics(font)
    shown = metrics.elidedText(text, Qt.ElideRight, width) if width > 0 else text
    item.setTitle(escape(shown), justify="left", color=colour.name(),
                  size=f"{font.pointSizeF():g}pt")
    height = metrics.height() + 4
    item.titleLabel.setMinimumWidth(0)            # a long title never widens the plot
    item.titleLabel.setMaximumHeight(height)
    item.layout.setRowFixedHeight(0, height)
