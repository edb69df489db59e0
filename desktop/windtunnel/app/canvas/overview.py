"""OverviewLayer: the whole map drawn in batches when zoomed out.

Painting thousands of items one Python call at a time is what makes big maps slow, and
labels are unreadable at that zoom anyway. In overview mode the items keep their place in
the scene (selectable, movable, hit-testable) but paint nothing; this layer draws every
edge as two chords through the curve's middle (one ``drawLines`` per sign colour) and every
node as a rectangle (one ``drawRects`` per fill colour), plus selection and find marks.

The layer is rebuilt only after a change (:meth:`clear`), and it is binned on a coarse
grid so that a pan step, which repaints only the strip that scrolled into view (the view
caches the background), draws only the lines and nodes that touch that strip. Moving
nodes does not rebuild it: :meth:`move_node` and :meth:`move_edge` replace the entries of
the moved node and its edges and return the area to repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

__all__ = ["OverviewLayer", "CELL"]

#: Grid cell size in scene units for culling.
CELL = 1500.0


def _cells(left: float, top: float, right: float, bottom: float):
    for cx in range(int(left // CELL), int(right // CELL) + 1):
        for cy in range(int(top // CELL), int(bottom // CELL) + 1):
            yield cx, cy


class OverviewLayer:
    """Batched drawing of a CanvasScene's nodes and edges (see module docstring)."""

    def __init__(self) -> None:
        self._lines: list[tuple[int, QLineF]] | None = None
        self._rects: list[tuple[int, QRectF]] = []
        self._pens: list[QPen] = []
        self._brushes: list[QColor] = []
        self._grid: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
        self._edge_at: dict[tuple[str, str], int] = {}
        self._node_at: dict[str, int] = {}

    def clear(self) -> None:
        """Forget the cached geometry (after any change of nodes, edges or colours)."""
        self._lines = None

    @property
    def built(self) -> bool:
        return self._lines is not None

    def build(self, scene) -> None:
        colours = scene.colours
        pens: dict[str, int] = {}
        brushes: dict[str, int] = {}
        lines, rects, grid = [], [], {}
        edge_at, node_at = {}, {}
        for item in scene.edge_items.values():
            weight = item.edge.weight
            colour = colours.positive if weight > 0 else colours.negative if weight < 0 \
                else colours.zero
            pen = pens.setdefault(colour, len(pens))
            edge_at[item.key] = len(lines)
            for line in _chords(item):
                index = len(lines)
                lines.append((pen, line))
                _bin(grid, 0, index, line)
        for item in scene.node_items.values():
            tint = scene.tint_of(item.node_id)
            colour = (tint or scene.palette.colour(item.node.group)).name()
            brush = brushes.setdefault(colour, len(brushes))
            rect = _body(item)
            node_at[item.node_id] = len(rects)
            rects.append((brush, rect))
            _bin(grid, 1, len(rects) - 1, rect)
        self._lines, self._rects, self._grid = lines, rects, grid
        self._edge_at, self._node_at = edge_at, node_at
        self._pens = [QPen(QColor(c), 0) for c in pens]
        self._brushes = [QColor(c) for c in brushes]

    def move_edge(self, item) -> QRectF:
        """Follow a moved edge; return the scene area to repaint (old and new place)."""
        index = self._edge_at.get(item.key) if self._lines is not None else None
        if index is None:
            return QRectF()
        dirty = QRectF()
        for k, line in enumerate(_chords(item)):
            pen, old = self._lines[index + k]
            dirty = dirty.united(_line_rect(old)).united(_line_rect(line))
            self._lines[index + k] = (pen, line)
            _bin(self._grid, 0, index + k, line)
        return dirty

    def move_node(self, item) -> QRectF:
        """Follow a moved node; return the scene area to repaint."""
        index = self._node_at.get(item.node_id) if self._lines is not None else None
        if index is None:
            return QRectF()
        brush, old = self._rects[index]
        new = _body(item)
        self._rects[index] = (brush, new)
        _bin(self._grid, 1, index, new)
        return old.united(new).adjusted(-2, -2, 2, 2)

    def paint(self, scene, painter: QPainter, rect: QRectF) -> None:
        """Draw what touches ``rect`` (scene coordinates)."""
        if self._lines is None:
            self.build(scene)
        line_ids: set[int] = set()
        rect_ids: set[int] = set()
        for cell in _cells(rect.left(), rect.top(), rect.right(), rect.bottom()):
            found = self._grid.get(cell)
            if found:
                line_ids.update(found[0])
                rect_ids.update(found[1])
        by_pen: list[list[QLineF]] = [[] for _ in self._pens]
        for index in line_ids:
            pen, line = self._lines[index]
            by_pen[pen].append(line)
        by_brush: list[list[QRectF]] = [[] for _ in self._brushes]
        for index in rect_ids:
            brush, box = self._rects[index]
            by_brush[brush].append(box)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing, False)
        painter.setBrush(Qt.NoBrush)
        for pen, lines in zip(self._pens, by_pen):
            if lines:
                painter.setPen(pen)
                painter.drawLines(lines)
        painter.setPen(Qt.NoPen)
        for brush, boxes in zip(self._brushes, by_brush):
            if boxes:
                painter.setBrush(brush)
                painter.drawRects(boxes)
        marks = [(i, scene.colours.selection) for i in scene.selected_node_items()]
        marks += [(i, scene.colours.highlight) for i in scene.node_items.values() if i.highlighted]
        for item, colour in marks:
            painter.setBrush(QColor(colour))
            painter.drawRect(item.sceneBoundingRect())
        painter.restore()


def _chords(item) -> tuple[QLineF, QLineF]:
    """An edge as two chords through its curve's middle (close enough when zoomed out)."""
    (x0, y0), _, (x2, y2) = item.curve
    mid = item.midpoint
    return QLineF(x0, y0, mid.x(), mid.y()), QLineF(mid.x(), mid.y(), x2, y2)


def _body(item) -> QRectF:
    return item.sceneBoundingRect().adjusted(6, 6, -13, -6)


def _line_rect(line: QLineF) -> QRectF:
    return QRectF(line.p1(), line.p2()).normalized().adjusted(-2, -2, 2, 2)


def _bin(grid, slot: int, index: int, shape) -> None:
    """Add an entry to the grid cells its box touches (stale cells only cost a redraw)."""
    box = _line_rect(shape) if isinstance(shape, QLineF) else shape
    for cell in _cells(box.left(), box.top(), box.right(), box.bottom()):
        entry = grid.setdefault(cell, ([], []))
        if not entry[slot] or entry[slot][-1] != index:
            entry[slot].append(index)
