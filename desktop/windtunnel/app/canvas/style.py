"""How the map looks: group colours, node shapes by kind, edge colours by sign, weight words.

Everything visual that several items, the legend and the inspector share lives here, so
that one change of palette or wording reaches all of them. Colours are colour-blind safe
(Okabe-Ito for signs; light ColorBrewer "Set3"/"Pastel" hues for groups, read with dark
text in both light and dark themes).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from ..fonts import speaking_font

__all__ = ["GROUP_COLOURS", "CanvasColours", "LIGHT", "DARK", "GroupPalette", "kind_path",
           "paint_node_shape", "solid_brush",
           "weight_term", "WEIGHT_TERMS", "node_font", "NODE_WIDTH", "NODE_MIN_HEIGHT",
           "KIND_NAMES", "kind_name"]

NODE_WIDTH = 150.0
NODE_MIN_HEIGHT = 46.0

#: Group fills, in the order groups first appear in the model.
GROUP_COLOURS = ("#8dd3c7", "#fdb462", "#bebada", "#fb8072", "#80b1d3", "#b3de69",
                 "#fccde5", "#ccebc5", "#ffed6f", "#d9d9d9", "#bc80bd", "#e5c494")
NO_GROUP_COLOUR = "#e8e8e8"

#: The name of each kind of node (translated where shown: see :func:`kind_name`).
KIND_NAMES = {"actor": QT_TRANSLATE_NOOP("style", "Actor"),
              "restriction": QT_TRANSLATE_NOOP("style", "Restriction (lever)"),
              "factor": QT_TRANSLATE_NOOP("style", "Factor")}

#: Upper bounds of |weight| and their words, positive and negative (translated where shown).
WEIGHT_TERMS = ((0.2, QT_TRANSLATE_NOOP("style", "very weak positive"),
                 QT_TRANSLATE_NOOP("style", "very weak negative")),
                (0.4, QT_TRANSLATE_NOOP("style", "weak positive"),
                 QT_TRANSLATE_NOOP("style", "weak negative")),
                (0.6, QT_TRANSLATE_NOOP("style", "moderate positive"),
                 QT_TRANSLATE_NOOP("style", "moderate negative")),
                (0.8, QT_TRANSLATE_NOOP("style", "strong positive"),
                 QT_TRANSLATE_NOOP("style", "strong negative")),
                (1.0, QT_TRANSLATE_NOOP("style", "very strong positive"),
                 QT_TRANSLATE_NOOP("style", "very strong negative")))


def kind_name(kind: str) -> str:
    """The name of a kind of node in the interface's language."""
    return QCoreApplication.translate("style", KIND_NAMES[kind])


def weight_term(weight: float) -> str:
    """The words for an edge weight: ``0.65`` -> ``"strong positive"``."""
    size = abs(weight)
    if size < 1e-9:
        return QCoreApplication.translate("style", "none")
    for bound, positive, negative in WEIGHT_TERMS:
        if size <= bound + 1e-9:
            break
    return QCoreApplication.translate("style", positive if weight > 0 else negative)


@dataclass(frozen=True)
class CanvasColours:
    """The colours of one theme for the canvas."""

    background: str
    grid: str
    text: str
    node_text: str
    outline: str
    selection: str
    highlight: str
    positive: str
    negative: str
    zero: str
    label_background: str


LIGHT = CanvasColours(background="#fbfbfa", grid="#eeeeec", text="#222222",
                      node_text="#1a1a1a", outline="#5c5c5c", selection="#1f6fd1",
                      highlight="#ffb000", positive="#0072b2", negative="#d55e00",
                      zero="#8a8a8a", label_background="#eeffffff")
DARK = CanvasColours(background="#1f2124", grid="#2a2d31", text="#e6e6e6",
                     node_text="#1a1a1a", outline="#101010", selection="#6cb4ff",
                     highlight="#ffc933", positive="#56b4e9", negative="#f08a3c",
                     zero="#9a9a9a", label_background="#ee2b2e33")


class GroupPalette:
    """Colours by group, assigned in the order groups first appear among the nodes.

    First appearance keeps colours stable while a map grows (a new group at the end takes
    the next colour; nobody else changes).
    """

    def __init__(self) -> None:
        self._order: list[str] = []

    def assign(self, groups_in_order) -> bool:
        """Recompute from the nodes' groups in document order; True when anything changed."""
        order = [g for g in dict.fromkeys(groups_in_order) if g]
        changed = order != self._order
        self._order = order
        return changed

    def colour(self, group: str) -> QColor:
        if not group or group not in self._order:
            return QColor(NO_GROUP_COLOUR)
        return QColor(GROUP_COLOURS[self._order.index(group) % len(GROUP_COLOURS)])

    def entries(self) -> list[tuple[str, QColor]]:
        """(group, colour) pairs for the legend, in order."""
        return [(g, self.colour(g)) for g in self._order]


def kind_path(kind: str, rect: QRectF) -> QPainterPath:
    """The outline of a node of ``kind`` in ``rect``: actor pill, restriction octagon, factor box.

    Made once per kind and rectangle (a map's nodes share a few sizes) and returned as a
    copy, which Qt shares until someone changes it.
    """
    return QPainterPath(_kind_path(kind, rect.left(), rect.top(), rect.width(), rect.height()))


@lru_cache(maxsize=512)
def _kind_path(kind: str, left: float, top: float, width: float, height: float) -> QPainterPath:
    rect = QRectF(left, top, width, height)
    path = QPainterPath()
    if kind == "actor":
        radius = rect.height() / 2
        path.addRoundedRect(rect, radius, radius)
    elif kind == "restriction":
        cut = min(14.0, rect.height() / 3)
        l, t, r, b = rect.left(), rect.top(), rect.right(), rect.bottom()
        path.addPolygon(QPolygonF([QPointF(l + cut, t), QPointF(r - cut, t), QPointF(r, t + cut),
                                   QPointF(r, b - cut), QPointF(r - cut, b), QPointF(l + cut, b),
                                   QPointF(l, b - cut), QPointF(l, t + cut), QPointF(l + cut, t)]))
        path.closeSubpath()
    else:
        path.addRoundedRect(rect, 5, 5)
    return path


def solid_brush(colour: QColor) -> QBrush:
    """A brush of ``colour``, as ``QBrush(colour)`` makes it. Given the style too, PySide6
    picks the constructor among those of two arguments; given the colour alone it weighs
    the one that takes a gradient first, which makes QGradient's Python type and its
    enums (a hundred and seventy presets) at the first node painted."""
    return QBrush(colour, Qt.SolidPattern)


def paint_node_shape(painter: QPainter, kind: str, path: QPainterPath, fill: QColor,
                     outline: QColor, width: float = 1.2, *, lever: bool = False) -> None:
    """Paint a node's body, ``path`` (its :func:`kind_path`), filled and outlined: the map's
    nodes and the legend's key to their kinds are drawn by this one function, so the key
    shows the shape a node has. ``lever``: a node of another kind marked as a lever gets a
    dashed outline inside its own (a restriction is always one)."""
    painter.setPen(QPen(outline, width))
    painter.setBrush(solid_brush(fill))
    painter.drawPath(path)
    if lever and kind != "restriction":
        inset = path.boundingRect().adjusted(3, 3, -3, -3)
        painter.setPen(QPen(outline, 1.0, Qt.DashLine))
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(kind_path(kind, inset))


def node_font() -> QFont:
    font = speaking_font()
    font.setPointSizeF(9.5)
    return font
