"""The disagreement lens: where participants disagree, drawn on the map.

Under every edge that two or more participants rated, a translucent amber band whose width
grows with the spread of their ratings (the widest band is the largest spread on the map);
at the middle of an edge with a sign conflict (some participants say it raises its
target, others that it lowers it) a ring with "±". The figures come from the engine
(:func:`~windtunnel.engine.disagreement`); the legend is in the Participants dock, never
over the map. One graphics item in the window's scene, below the edges; the editor's own
items are not touched.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ..engine import disagreement, rating_table

__all__ = ["DisagreementLens", "LENS_COLOUR", "lens_marks"]

#: The lens's colour: amber, apart from the blue/red of the edges' signs.
LENS_COLOUR = "#e69f00"
#: Widest band, in scene units at scale 1.
WIDEST = 18.0


def lens_marks(model) -> tuple[list[tuple[tuple[str, str], float]], list[tuple[str, str]]]:
    """(edge, band size 0..1) for the shared edges rated by two or more participants, and
    the shared edges with a sign conflict."""
    if not model.participants:
        return [], []
    table = rating_table(model)
    found = disagreement(table)
    shared = slice(0, table.shared)
    spread = found.spread[shared]
    raters = found.raters[shared]
    largest = float(spread[raters > 1].max(initial=0.0))
    bands = [(table.edges[j], float(spread[j] / largest))
             for j in np.flatnonzero((raters > 1) & (spread > 0))] if largest > 0 else []
    conflicts = [table.edges[j] for j in np.flatnonzero(found.conflict[shared])]
    return bands, conflicts


class DisagreementLens(QGraphicsItem):
    """The lens's graphics item; :meth:`update_marks` recomputes it from the model."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-0.6)                      # under the edges and the result flows
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.setAcceptHoverEvents(False)
        self.bands: list[tuple[tuple[str, str], float]] = []
        self.conflicts: list[tuple[str, str]] = []

    def update_marks(self, model) -> None:
        self.bands, self.conflicts = lens_marks(model)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        scene = self.scene()
        return scene.sceneRect() if scene is not None else QRectF()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self.scene()
        painter.setRenderHint(QPainter.Antialiasing, not scene.interacting)
        for key, size in self.bands:
            item = scene.edge_items.get(key)
            if item is None:
                continue
            colour = QColor(LENS_COLOUR)
            colour.setAlpha(110)
            painter.setPen(QPen(colour, 4.0 + WIDEST * size, Qt.SolidLine, Qt.FlatCap))
            painter.drawPath(item.path)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        for key in self.conflicts:
            item = scene.edge_items.get(key)
            if item is None:
                continue
            centre = item.midpoint
            ring = QRectF(centre - QPointF(11, 11), centre + QPointF(11, 11))
            painter.setPen(QPen(QColor(LENS_COLOUR), 3.0))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(ring)
            painter.setPen(QColor("black"))
            painter.drawText(ring, Qt.AlignCenter, "±")
