"""The Monte Carlo bands of the Charts tab, drawn thick enough to see.

After a Monte Carlo run the chart (:mod:`.charts`) shades the current scenario's 5-95% band
(light) and 25-75% band (darker) around each node's line. A band narrower than
:data:`MIN_BAND_PX` on the screen (+-0.02 on a chart of levels from -1 to 1 was three
pixels: no one saw it) is drawn that thick around its middle, where it has any width; its
true edges, not the drawn ones, set the axes' range, so drawing a band thicker never moves
the axes. Hovering a band's shading gives its true numbers at the step under the pointer
(the text is the chart's to write).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

__all__ = ["Band", "MIN_BAND_PX", "draw_bands"]

#: The thinnest a Monte Carlo band is drawn, in pixels, by its percentiles.
MIN_BAND_PX = {(5, 95): 8.0, (25, 75): 4.0}


class Band:
    """One shaded band: its true edges (invisible; they set the axes' range) and the
    edges drawn, at least a given thickness apart around the band's middle (they do not
    count in the range, so a thicker band never moves the axes)."""

    def __init__(self, plot, colour: QColor, alpha: int, text) -> None:
        fill = QColor(colour)
        fill.setAlpha(alpha)
        self.true_lower, self.true_upper, self.drawn_lower, self.drawn_upper = (
            pg.PlotDataItem(pen=pg.mkPen(None)) for _ in range(4))
        plot.addItem(self.true_lower)
        plot.addItem(self.true_upper)
        plot.addItem(self.drawn_lower, ignoreBounds=True)
        plot.addItem(self.drawn_upper, ignoreBounds=True)
        self.fill = _BandFill(self.drawn_lower, self.drawn_upper, text,
                              brush=pg.mkBrush(fill))
        plot.addItem(self.fill, ignoreBounds=True)
        self.time = self.lower = self.upper = np.zeros(0)
        self.widened = False

    def set_edges(self, time, lower, upper) -> None:
        self.time, self.lower, self.upper = time, lower, upper
        self.true_lower.setData(time, lower)
        self.true_upper.setData(time, upper)

    def draw(self, thinnest: float) -> None:
        """Draw the band, at least ``thinnest`` (in levels) thick where it has a width (a
        step where every sample agrees, before a lever acts, stays a line)."""
        middle, half = (self.lower + self.upper) / 2, (self.upper - self.lower) / 2
        narrow = (half > 0) & (half < thinnest / 2)
        self.widened = bool(np.any(narrow))
        half = np.where(narrow, thinnest / 2, half)
        self.drawn_lower.setData(self.time, middle - half)
        self.drawn_upper.setData(self.time, middle + half)


def draw_bands(bands: dict, box) -> None:
    """Draw each band of ``bands`` ((node id, (low, high) percentiles) -> :class:`Band`)
    at least its :data:`MIN_BAND_PX` thick at the scale of the view box ``box``."""
    if not bands:
        return
    low, high = box.viewRange()[1]
    per_pixel = (high - low) / box.height() if box.height() > 0 else 0.0
    for (_, levels), band in bands.items():
        band.draw(MIN_BAND_PX[levels] * per_pixel)


class _BandFill(pg.FillBetweenItem):
    """A band's shading, whose tooltip gives the bands' numbers at the step under the
    pointer."""

    def __init__(self, lower, upper, text, **options) -> None:
        super().__init__(lower, upper, **options)
        self._text = text

    def hoverEvent(self, event) -> None:  # noqa: N802 - pyqtgraph's hover
        if not event.isExit():
            self.setToolTip(self._text(event.pos().x()))
