"""Points beside an edge's curve, and how wide a mark across the curve shows on screen."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from windtunnel.app.canvas.curves import bezier


def beside(item, scene_units: float, t: float = 0.5) -> QPointF:
    """The scene point ``scene_units`` beside the edge item's curve at parameter ``t``
    (along the normal of its chord: nearly the curve's own for a gentle bend)."""
    (x0, y0), control, (x2, y2) = item.curve
    mx, my = bezier((x0, y0), control, (x2, y2), t)
    length = math.hypot(x2 - x0, y2 - y0)
    nx, ny = -(y2 - y0) / length, (x2 - x0) / length
    return QPointF(mx + nx * scene_units, my + ny * scene_units)


def pixels_across(view, item, image, differs, t: float = 0.3) -> float:
    """How many screen pixels across the curve at ``t`` (in half-pixel steps, 20 pixels
    either side) ``differs(colour)`` holds in ``image`` (a grab of the view's viewport)."""
    zoom, marked = view.zoom, 0
    for step in range(-40, 41):
        pixel = view.mapFromScene(beside(item, step * 0.5 / zoom, t))
        marked += bool(differs(pixel, QColor(image.pixel(pixel.x(), pixel.y()))))
    return marked * 0.5
