"""OverviewLayer: the whole map drawn in batches when zoomed out.

Painting thousands of items one Python call at a time is what makes big maps slow, and
labels are unreadable at that zoom anyway. In overview mode the items keep their place in
the scene (selectable, movable, hit-testable) but paint nothing; this layer draws every
edge as two chords through the curve's middle (one ``drawLines`` per sign colour) and every
node as a rectangle (one ``drawRects`` per fill colour), plus selection and find marks.

The direction of influence stays visible: each edge ends in a short V (two more lines in
its colour, no antialiasing) where its last chord meets the target's body, ``ARROW_PX``
pixels long whatever the zoom. Heads are left out where they would only be clutter: on
edges shorter than a few heads on screen, and on the whole map below ``ARROW_MIN_ZOOM``,
where a node is a few pixels across. The heads are computed per zoom level for the edges
painted, and cached until the zoom changes.

The layer is rebuilt only after a change of the whole map (:meth:`clear`: theme, focus,
presentation, language); new tints only change the fills of the nodes whose tint changed
(:meth:`recolour`). It is binned on a coarse grid so that a pan step, which repaints only
the strip that scrolled into view (the view caches the background), draws only the lines
and nodes that touch that strip. Editing or moving nodes and edges does not rebuild it
(on a map of 40,000 edges a rebuild holds the window for over a second): :meth:`add_node`,
:meth:`change_node`, :meth:`move_node`, :meth:`remove_node` and their edges' kin replace
the entries concerned (and return the area to repaint, but for a change of colour: then the
scene repaints the layer whole, whose long lines a partial repaint would clip otherwise);
an entry moved or deleted leaves the grid cells of its old place.

The lines are drawn one colour after another, in the order in which a rebuild would meet
the colours among the edges (crossings of two colours look the same however the layer came
to be): each colour's first line is kept up to date (``_pen_first``). The nodes are drawn
one colour after another in the order of the colours' entries (``_brushes``), never in the
order met in the repainted area: overlapping bodies then show the same colour on top in
an edit's repaint of its own area as in the map drawn whole.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

__all__ = ["OverviewLayer", "CELL", "ARROW_PX", "ARROW_MIN_ZOOM"]

#: Grid cell size in scene units for culling.
CELL = 1500.0
#: Length of an overview arrow head on screen, in pixels.
ARROW_PX = 7.0
#: Below this zoom a node is a few pixels across: no arrow heads at all.
ARROW_MIN_ZOOM = 0.035
#: An edge gets a head only if its last chord is at least this many heads long on screen.
_ARROW_ROOM = 2.5
_ARROW_SPREAD = math.radians(26)
_COS, _SIN = math.cos(_ARROW_SPREAD), math.sin(_ARROW_SPREAD)


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
        self._brush_of: dict[str, int] = {}         # a colour's name: its brush's index
        self._pen_of: dict[str, int] = {}           # a colour's name: its pen's index
        self._pen_first: list[float] = []           # per pen: the index of its first line
        # per cell: the indexes of the lines and of the nodes that touch it (dicts as
        # ordered sets: an entry moved or removed leaves its old cells)
        self._grid: dict[tuple[int, int], tuple[dict[int, None], dict[int, None]]] = {}
        self._edge_at: dict[tuple[str, str], int] = {}
        self._node_at: dict[str, int] = {}
        # arrow heads: per last-chord index (tip x, y, unit direction x, y, chord length),
        # and the two lines of each head at ``_head_zoom`` (None: too short for a head)
        self._heads: dict[int, tuple[float, float, float, float, float]] = {}
        self._head_lines: dict[int, tuple[QLineF, QLineF] | None] = {}
        self._head_zoom = 0.0

    def clear(self) -> None:
        """Forget the cached geometry (after any change of nodes, edges or colours)."""
        self._lines = None

    @property
    def built(self) -> bool:
        return self._lines is not None

    def build(self, scene) -> None:
        for _ in self.building(scene, len(scene.node_items) + len(scene.edge_items) + 1):
            pass

    def building(self, scene, batch: int):
        """Build the layer from the scene's items, yielding after every ``batch`` of them
        how many are done (a big map's window builds it between event-loop turns)."""
        colours = scene.colours
        pens: dict[str, int] = {}
        brushes: dict[str, int] = {}
        lines, rects, grid, heads = [], [], {}, {}
        edge_at, node_at = {}, {}
        # each group's and each sign's colour name at each opacity, made once: a map has
        # few groups, three signs and two opacities, and many nodes and edges
        names: dict[tuple[str, float], str] = {}
        signs: dict[tuple[str, float], str] = {}
        for item in scene.node_items.values():
            brush = brushes.setdefault(_fill(scene, item, names), len(brushes))
            rect = _body(item)
            node_at[item.node_id] = len(rects)
            rects.append((brush, rect))
            _bin(grid, 1, len(rects) - 1, _rect_box(rect))
            if len(rects) % batch == 0:
                yield len(rects)
        for done, item in enumerate(scene.edge_items.values(), len(rects) + 1):
            pen = pens.setdefault(_stroke(colours, item, signs), len(pens))
            edge_at[item.key] = first = len(lines)
            ends = _chord_ends(item)
            for index, (x1, y1, x2, y2) in enumerate(ends, first):
                lines.append((pen, QLineF(x1, y1, x2, y2)))
                _bin(grid, 0, index, _line_box(x1, y1, x2, y2))
            target = rects[node_at[item.target_item.node_id]][1]
            heads[first + 1] = _head(ends[1], target)
            if done % batch == 0:
                yield done
        self._lines, self._rects, self._grid, self._heads = lines, rects, grid, heads
        self._head_lines = {}
        self._edge_at, self._node_at = edge_at, node_at
        self._pens = [QPen(QColor(c), 0) for c in pens]
        self._pen_first = [math.inf] * len(pens)
        for index in range(len(lines) - 2, -1, -2):   # each edge's first chord, last first
            self._pen_first[lines[index][0]] = index
        self._brushes = [QColor(c) for c in brushes]
        self._brush_of, self._pen_of = brushes, pens

    def recolour(self, scene, node_ids) -> QRectF:
        """Follow new fills of some nodes (a run's tints, many times a second while a lever
        is dragged) without rebuilding the rest; return the scene area to repaint."""
        if self._lines is None:
            return QRectF()
        if len(self._brushes) > 2 * len(self._rects) + 64:
            self.clear()                 # a long drag's stale colours: start afresh
            return QRectF()
        names: dict[tuple[str, float], str] = {}
        dirty = QRectF()
        for node_id in node_ids:
            index = self._node_at.get(node_id)
            if index is None:
                continue
            brush = self._brush_index(_fill(scene, scene.node_items[node_id], names))
            box = self._rects[index][1]
            self._rects[index] = (brush, box)
            dirty = dirty.united(box)
        return dirty.adjusted(-2, -2, 2, 2) if not dirty.isEmpty() else dirty

    def add_node(self, scene, item) -> QRectF:
        """Follow an added node without rebuilding the rest (on a map of 10,000 nodes and
        40,000 edges a rebuild holds the window for seconds); return the area to repaint."""
        if self._lines is None:
            return QRectF()
        brush = self._brush_index(_fill(scene, item, {}))
        rect = _body(item)
        self._node_at[item.node_id] = len(self._rects)
        self._rects.append((brush, rect))
        _bin(self._grid, 1, len(self._rects) - 1, _rect_box(rect))
        return rect.adjusted(-2, -2, 2, 2)

    def add_edge(self, scene, item) -> QRectF:
        """Follow an added edge without rebuilding the rest; return the area to repaint."""
        target = self._node_at.get(item.target_item.node_id) if self._lines is not None else None
        if target is None:
            return QRectF()
        self._edge_at[item.key] = first = len(self._lines)
        pen = self._pen_index(_stroke(scene.colours, item, {}))
        self._pen_first[pen] = min(self._pen_first[pen], first)
        ends = _chord_ends(item)
        dirty = QRectF()
        for index, (x1, y1, x2, y2) in enumerate(ends, first):
            line = QLineF(x1, y1, x2, y2)
            self._lines.append((pen, line))
            _bin(self._grid, 0, index, _line_box(x1, y1, x2, y2))
            dirty = dirty.united(_line_rect(line))
        self._heads[first + 1] = _head(ends[1], self._rects[target][1])
        size = ARROW_PX / self._head_zoom if self._head_zoom else 0.0
        return dirty.adjusted(-size, -size, size, size)

    def remove_node(self, node_id: str) -> QRectF:
        """Stop drawing a removed node (its entry stays, empty, until the next rebuild);
        return the area to repaint."""
        index = self._node_at.pop(node_id, None) if self._lines is not None else None
        if index is None:
            return QRectF()
        brush, box = self._rects[index]
        self._rects[index] = (brush, None)
        _unbin(self._grid, 1, index, _rect_box(box))
        return box.adjusted(-2, -2, 2, 2)

    def remove_edge(self, key) -> QRectF:
        """Stop drawing a removed edge (as :meth:`remove_node`); return the area to repaint."""
        index = self._edge_at.pop(key, None) if self._lines is not None else None
        if index is None:
            return QRectF()
        dirty = QRectF()
        for k in (index, index + 1):
            pen, line = self._lines[k]
            self._lines[k] = (pen, None)
            _unbin(self._grid, 0, k, _qline_box(line))
            dirty = dirty.united(_line_rect(line))
        self._forget_first(pen, index)
        self._heads.pop(index + 1, None)
        self._head_lines.pop(index + 1, None)
        size = ARROW_PX / self._head_zoom if self._head_zoom else 0.0
        return dirty.adjusted(-size, -size, size, size)

    def change_node(self, scene, item) -> None:
        """Follow a node given another label, kind or group (its fill and body; its edges
        follow as moved ones). The caller repaints the whole layer: a colour changed."""
        index = self._node_at.get(item.node_id) if self._lines is not None else None
        if index is not None:
            brush = self._brush_index(_fill(scene, item, {}))
            self._rects[index] = (brush, self._rects[index][1])
            self.move_node(item)

    def change_edge(self, scene, item) -> None:
        """Follow an edge given another weight (its sign's colour, its chords and head).
        The caller repaints the whole layer: a colour changed."""
        index = self._edge_at.get(item.key) if self._lines is not None else None
        if index is None:
            return
        old = self._lines[index][0]
        pen = self._pen_index(_stroke(scene.colours, item, {}))
        if pen != old:
            for k in (index, index + 1):
                self._lines[k] = (pen, self._lines[k][1])
            self._pen_first[pen] = min(self._pen_first[pen], index)
            self._forget_first(old, index)
        self.move_edge(item)

    def _forget_first(self, pen: int, index: int) -> None:
        """The edge whose first chord is at ``index`` no longer draws in ``pen``: if it was
        that pen's first, find the next (the colour is seldom rare: a short look)."""
        if self._pen_first[pen] != index:
            return
        lines = self._lines
        self._pen_first[pen] = next(
            (k for k in range(index + 2, len(lines), 2)
             if lines[k][0] == pen and lines[k][1] is not None), math.inf)

    def _brush_index(self, colour: str) -> int:
        brush = self._brush_of.get(colour)
        if brush is None:
            brush = self._brush_of[colour] = len(self._brushes)
            self._brushes.append(QColor(colour))
        return brush

    def _pen_index(self, colour: str) -> int:
        pen = self._pen_of.get(colour)
        if pen is None:
            pen = self._pen_of[colour] = len(self._pens)
            self._pens.append(QPen(QColor(colour), 0))
            self._pen_first.append(math.inf)
        return pen

    def move_edge(self, item) -> QRectF:
        """Follow a moved edge; return the scene area to repaint (old and new place)."""
        index = self._edge_at.get(item.key) if self._lines is not None else None
        if index is None:
            return QRectF()
        dirty = QRectF()
        ends = _chord_ends(item)
        for k, (x1, y1, x2, y2) in enumerate(ends):
            pen, old = self._lines[index + k]
            line = QLineF(x1, y1, x2, y2)
            dirty = dirty.united(_line_rect(old)).united(_line_rect(line))
            self._lines[index + k] = (pen, line)
            _unbin(self._grid, 0, index + k, _qline_box(old))
            _bin(self._grid, 0, index + k, _line_box(x1, y1, x2, y2))
        last = index + 1
        self._heads[last] = _head(ends[1], _body(item.target_item))
        self._head_lines.pop(last, None)
        size = ARROW_PX / self._head_zoom if self._head_zoom else 0.0
        return dirty.adjusted(-size, -size, size, size)

    def move_node(self, item) -> QRectF:
        """Follow a moved node; return the scene area to repaint."""
        index = self._node_at.get(item.node_id) if self._lines is not None else None
        if index is None:
            return QRectF()
        brush, old = self._rects[index]
        new = _body(item)
        self._rects[index] = (brush, new)
        _unbin(self._grid, 1, index, _rect_box(old))
        _bin(self._grid, 1, index, _rect_box(new))
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
            if line is not None:               # else a removed edge's
                by_pen[pen].append(line)
        self._add_heads(painter.worldTransform().m11(), line_ids, by_pen)
        by_brush: dict[int, list[QRectF]] = {}
        for index in rect_ids:
            brush, box = self._rects[index]
            if box is not None:                # else a removed node's
                by_brush.setdefault(brush, []).append(box)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing, False)
        painter.setBrush(Qt.NoBrush)
        for pen in sorted(range(len(self._pens)), key=self._pen_first.__getitem__):
            if by_pen[pen]:
                painter.setPen(self._pens[pen])
                painter.drawLines(by_pen[pen])
        painter.setPen(Qt.NoPen)
        for brush in sorted(by_brush):     # overlapping nodes: the same on top in any repaint
            painter.setBrush(self._brushes[brush])
            painter.drawRects(by_brush[brush])
        marks = [(i, scene.colours.selection) for i in scene.selected_node_items()]
        marks += [(i, scene.colours.highlight) for i in scene.node_items.values() if i.highlighted]
        for item, colour in marks:       # faded with their node (the focus view, the story)
            painter.setBrush(QColor(_faded(colour, item.opacity())))
            painter.drawRect(item.sceneBoundingRect())
        painter.restore()

    def _add_heads(self, zoom: float, line_ids, by_pen) -> None:
        """Add the arrow heads of the painted edges to the lines to draw, at this zoom."""
        if zoom < ARROW_MIN_ZOOM:
            return
        if zoom != self._head_zoom:
            self._head_zoom, self._head_lines = zoom, {}
        cache, heads, lines = self._head_lines, self._heads, self._lines
        size = ARROW_PX / zoom
        shortest = _ARROW_ROOM * size
        for index in line_ids:
            head = cache.get(index, False)
            if head is False:
                geometry = heads.get(index)
                head = None if geometry is None or geometry[4] < shortest \
                    else _head_lines(geometry, size)
                cache[index] = head
            if head is not None:
                by_pen[lines[index][0]].extend(head)


def _fill(scene, item, names: dict[tuple[str, float], str]) -> str:
    """A node's fill: its run's tint, else its group's colour (``names`` keeps each group's
    colour name at each opacity, made once), at the item's opacity."""
    tint = scene.tint_of(item.node_id)
    if tint is not None:
        return _faded(tint, item.opacity())
    colour = names.get(key := (item.node.group, item.opacity()))
    if colour is None:
        colour = names[key] = _faded(scene.palette.colour(key[0]), key[1])
    return colour


def _stroke(colours, item, signs: dict[tuple[str, float], str]) -> str:
    """An edge's colour: its sign's, at the item's opacity (``signs`` keeps each made)."""
    weight = item.edge.weight
    key = (colours.positive if weight > 0 else colours.negative if weight < 0
           else colours.zero, item.opacity())
    colour = signs.get(key)
    if colour is None:
        colour = signs[key] = _faded(*key)
    return colour


def _faded(colour, opacity: float) -> str:
    """The colour's name, with an item's opacity (the focus view fades items)."""
    faded = QColor(colour)
    faded.setAlphaF(faded.alphaF() * opacity)
    return faded.name(QColor.HexArgb)


def _head(chord: tuple[float, float, float, float], body: QRectF
          ) -> tuple[float, float, float, float, float]:
    """Where an edge's last chord (its ends' x1, y1, x2, y2) meets its target's ``body``,
    the chord's direction there (unit vector) and the chord's length up to that point."""
    x1, y1, x2, y2 = chord
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    if length < 1e-9:
        return x2, y2, 0.0, 0.0, 0.0
    # the chord ends inside the target's body (at its centre): back up to the border
    back = min((x2 - body.left()) / dx if dx > 0 else (body.right() - x2) / -dx if dx < 0
               else math.inf,
               (y2 - body.top()) / dy if dy > 0 else (body.bottom() - y2) / -dy if dy < 0
               else math.inf)
    back = min(max(back, 0.0), 1.0)
    tip_x, tip_y = x2 - dx * back, y2 - dy * back
    return tip_x, tip_y, dx / length, dy / length, length * (1.0 - back)


def _head_lines(geometry, size: float) -> tuple[QLineF, QLineF]:
    """A V of two lines ``size`` long, opening backwards from the tip."""
    x, y, ux, uy, _ = geometry
    ax, ay = ux * _COS - uy * _SIN, ux * _SIN + uy * _COS
    bx, by = ux * _COS + uy * _SIN, -ux * _SIN + uy * _COS
    return (QLineF(x, y, x - ax * size, y - ay * size),
            QLineF(x, y, x - bx * size, y - by * size))


def _chord_ends(item) -> tuple[tuple[float, float, float, float], ...]:
    """An edge as two chords through its curve's middle (close enough when zoomed out):
    each chord's x1, y1, x2, y2 (plain floats: this runs for every edge when a big map
    opens, and a QLineF's getters cost a Python call each)."""
    (x0, y0), _, (x2, y2) = item.curve
    mid = item.midpoint
    mx, my = mid.x(), mid.y()
    return (x0, y0, mx, my), (mx, my, x2, y2)


def _body(item) -> QRectF:
    return item.sceneBoundingRect().adjusted(6, 6, -13, -6)


def _line_rect(line: QLineF) -> QRectF:
    return QRectF(line.p1(), line.p2()).normalized().adjusted(-2, -2, 2, 2)


def _line_box(x1: float, y1: float, x2: float, y2: float
              ) -> tuple[float, float, float, float]:
    """A chord's box for the grid (left, top, right, bottom), two units round it."""
    left, right = (x1, x2) if x1 < x2 else (x2, x1)
    top, bottom = (y1, y2) if y1 < y2 else (y2, y1)
    return left - 2, top - 2, right + 2, bottom + 2


def _qline_box(line: QLineF) -> tuple[float, float, float, float]:
    return _line_box(line.x1(), line.y1(), line.x2(), line.y2())


def _rect_box(rect: QRectF) -> tuple[float, float, float, float]:
    return rect.left(), rect.top(), rect.right(), rect.bottom()


def _bin(grid, slot: int, index: int, box: tuple[float, float, float, float]) -> None:
    """Add an entry to the grid cells its ``box`` (left, top, right, bottom) touches.

    Plain float arithmetic: this runs for every chord and node when a big map opens.
    """
    left, top, right, bottom = box
    rows = range(int(top // CELL), int(bottom // CELL) + 1)
    for cx in range(int(left // CELL), int(right // CELL) + 1):
        for cy in rows:
            entry = grid.get((cx, cy))
            if entry is None:
                entry = grid[cx, cy] = ({}, {})
            entry[slot][index] = None


def _unbin(grid, slot: int, index: int, box: tuple[float, float, float, float]) -> None:
    """Take an entry out of the grid cells its old ``box`` touched (it moved or went):
    the cells hold what is there now, however often the map is edited."""
    for cell in _cells(*box):
        entry = grid.get(cell)
        if entry is not None:
            entry[slot].pop(index, None)
