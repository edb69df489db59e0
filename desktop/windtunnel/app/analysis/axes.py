"""Chart axes whose tick labels are written as the interface's language writes numbers.

pyqtgraph writes tick labels with Python's ``%f``; :class:`LocaleAxis` writes the same
values, with the same number of places, through :func:`windtunnel.app.formats.number`
(QLocale). Every chart's plot is made with :func:`locale_axes`.
"""

from __future__ import annotations

import math

import pyqtgraph as pg

from ..formats import number

__all__ = ["LocaleAxis", "locale_axes"]


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
