"""EdgeLayer: the map's edges painted by one item, from a grid of where each curve runs.

Qt calls an item's ``paint()`` for every item whose bounding box meets the repainted area.
A long diagonal curve's box is mostly empty, and each call into Python costs more than
drawing a short edge: a 40-pixel pan strip at 100% made about 370 edge paint calls of
which about 100 drew anything. So edge items paint nothing themselves (``ItemHasNoContents``:
they stay selectable, hoverable and hit-testable), and this one item, at the edges' depth,
draws them: each edge is filed under the grid cells (``CELL`` scene units) its curve
passes through, so a repaint looks up the few cells it meets and draws only the edges
found there, in the order they were added. A selected or hovered edge paints itself (its
glow and weight label too) and the layer leaves it out, except in a picture of the map,
which marks neither (the layer draws every edge; the edges painting themselves, listed in
:attr:`EdgeLayer.marked`, are silenced meanwhile by the scene).

Qt does not repaint for items without contents, so the edge items tell the layer what
changed (:meth:`moved`, :meth:`repaint`); in the scene's overview mode the layer draws
nothing (the overview layer draws the whole map).

A big map's edges are filed in batches after it shows (:meth:`EdgeLayer.filing`): their
cells worked out with numpy and kept in one sorted array (:mod:`.edge_cells`); an edge
added or moved afterwards is filed in a dictionary of cells, and its entries in the array
are passed over from then on. Filed a batch at a time, the edges are kept in an array per
batch until the last is filed, then in one array merged from them all.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem

__all__ = ["EdgeLayer", "CELL", "cell_key", "curve_cells"]

#: Grid cell size in scene units: about half a node spacing, a few cells per pan strip.
CELL = 160.0

#: How far beyond an edge's bounds its pen and arrow head may reach (scene units): an edge
#: this near the repainted area is filed before the paint.
_NEAR = 40.0


class EdgeLayer(QGraphicsItem):
    """Draws a CanvasScene's edge items (see module docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.setAcceptHoverEvents(False)
        # paint() gets the exposed rectangle (a pan step's strip), not the whole scene
        self.setFlag(QGraphicsItem.ItemUsesExtendedStyleOption, True)
        self._grid: dict[int, dict] = {}   # cell (cell_key) -> {when added: edge item}
        self._cells_of: dict = {}            # edge item -> the cells it is filed under
        self._order: dict = {}               # edge item -> when it was added
        self._items: dict = {}               # when added -> edge item
        self._serial = 0
        self._static: list = []              # StaticCells of the edges filed in batches
        self._not_static: set[int] = set()   # serials whose entries there are out of date
        self._batched = False                # whether it files in batches (numpy loaded)
        self._unfiled: set = set()
        self._bounds = QRectF()              # around every edge it has drawn (never shrinks)
        #: The edge items that paint themselves (selected or hovered), which it leaves out.
        self.marked: set = set()
        #: How many edges the last paint drew (what the tests and benchmarks look at).
        self.drawn = 0
        #: True while the edges not filed yet are filed a slice per event-loop turn
        #: (:meth:`filing`, a big map's): a paint files only those it meets, at once.
        self.filed_in_turns = False

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def _grow(self, rect: QRectF) -> None:
        if not self._bounds.contains(rect):
            self.prepareGeometryChange()
            self._bounds = self._bounds.united(rect)

    # -- following the edge items -----------------------------------------------------------

    def add(self, item) -> None:
        self._serial += 1
        self._order[item] = self._serial
        self._items[self._serial] = item
        self._unfiled.add(item)
        self._grow(item.rect())
        self.update(item.rect())

    def remove(self, item) -> None:
        self.marked.discard(item)
        self._unfile(item)
        self._unfiled.discard(item)
        serial = self._order.pop(item, None)
        if serial is not None:
            del self._items[serial]
            self._not_static.add(serial)
        self.update(item.rect())

    def moved(self, item, old: QRectF) -> None:
        """``item``'s curve changed (it was in ``old``): file it again, repaint both places."""
        if item in self._order:
            self._unfiled.add(item)
            self._not_static.add(self._order[item])
            self._grow(item.rect())
            self.update(old.united(item.rect()))

    def repaint(self, item) -> None:
        """``item`` looks different where it is (colour, dash)."""
        self.update(item.rect())

    def painted_by_itself(self, item, on: bool) -> None:
        """``item`` paints itself from now on (``on``: selected or hovered), or leaves it to
        the layer again."""
        if on:
            self.marked.add(item)
        else:
            self.marked.discard(item)
        self.repaint(item)

    def _unfile(self, item) -> None:
        serial = self._order.get(item)
        for cell in self._cells_of.pop(item, ()):
            self._grid[cell].pop(serial, None)

    def _file(self, item) -> None:
        """File ``item`` under every cell its curve (with pen and arrow head) passes through."""
        self._unfile(item)
        cells = curve_cells(item.curve, _pad(item))
        grid, serial = self._grid, self._order[item]
        self._not_static.add(serial)
        for cell in cells:
            bucket = grid.get(cell)
            if bucket is None:
                bucket = grid[cell] = {}
            bucket[serial] = item
        self._cells_of[item] = cells

    def filing(self, batch: int):
        """File the edges not filed yet ``batch`` at a time, each batch's cells worked out
        at once and kept in a sorted array of its own, yielding after each batch while
        some are left (:meth:`edges_in` files those it needs meanwhile in a batch of their
        own; those that move meanwhile are filed in the dictionary). Once all are filed,
        the arrays are merged into one: a paint searches one, not one for each batch."""
        self._batched = True
        items = list(self._unfiled)
        for start in range(0, len(items), batch):
            self._file_batch(items[start:start + batch])
            if start + batch < len(items):
                yield
        if len(self._static) > 1:      # one array to search at each paint, not one a batch
            from .edge_cells import StaticCells

            self._static = [StaticCells.merged(self._static, self._not_static)]

    def _file_batch(self, items) -> None:
        """File those of ``items`` still unfiled and not moved since in a sorted array."""
        import numpy as np

        from .edge_cells import StaticCells, edges_cells

        order, not_static = self._order, self._not_static
        chunk = [item for item in items if item in self._unfiled and item in order
                 and order[item] not in not_static]
        if chunk:
            which, cells = edges_cells(
                [value for item in chunk for point in item.curve for value in point],
                [_pad(item) for item in chunk], CELL, _COLUMN)
            self._static.append(StaticCells(cells, np.array([order[i] for i in chunk])[which]))
            self._unfiled.difference_update(chunk)

    def edges_in(self, rect: QRectF) -> list:
        """The edge items filed under the cells that ``rect`` meets, in the order added."""
        columns = range(int(rect.left() // CELL), int(rect.right() // CELL) + 1)
        rows = range(int(rect.top() // CELL), int(rect.bottom() // CELL) + 1)
        if self.filed_in_turns:    # the rest are being filed: those near these cells now
            cells = QRectF(columns[0] * CELL, rows[0] * CELL, len(columns) * CELL,
                           len(rows) * CELL).adjusted(-_NEAR, -_NEAR, _NEAR, _NEAR)
            meeting = [item for item in self._unfiled if item.rect().intersects(cells)]
            if self._batched:              # numpy is loaded: the most of them at once
                self._file_batch(meeting)
                meeting = [item for item in meeting if item in self._unfiled]
        else:
            meeting = list(self._unfiled)
        for item in meeting:
            self._file(item)
        self._unfiled.difference_update(meeting)
        found: dict = {}
        grid = self._grid
        for column in columns:
            for row in rows:
                cell = grid.get(cell_key(column, row))
                if cell:
                    found.update(cell)
        if self._static:
            firsts = [cell_key(column, rows[0]) for column in columns]
            lasts = [cell_key(column, rows[-1]) for column in columns]
            not_static, items = self._not_static, self._items
            for batch in self._static:
                found.update((serial, items[serial]) for serial in batch.serials_in(
                    firsts, lasts) if serial not in not_static)
        return [found[serial] for serial in sorted(found)]

    # -- painting ---------------------------------------------------------------------------

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self.scene()
        self.drawn = 0
        if scene.overview:
            return
        exposed = option.exposedRect
        if painter.hasClipping():          # scene.render (a picture's strip) exposes it all
            exposed = exposed.intersected(painter.clipBoundingRect())
        lod = painter.worldTransform().m11()   # the view never rotates or shears
        opacity = painter.opacity()
        drawn = 0
        picture = scene.picture      # every edge, none marked as selected or hovered
        for item in self.edges_in(exposed):
            if item.paints_itself and not picture:
                continue
            faded = item.opacity()
            if faded != 1.0:                   # the focus view fades edges
                painter.setOpacity(opacity * faded)
            drawn += item.draw(painter, exposed, lod)
            if faded != 1.0:
                painter.setOpacity(opacity)
        self.drawn = drawn


#: Cells are numbered ``column * _COLUMN + row`` (:func:`cell_key`): an int is hashed and
#: made faster than a pair, and a column's cells are a range of numbers.
_COLUMN = 1 << 24


def _pad(item) -> float:
    """How far from its curve an edge item's pen and arrow head reach (scene units)."""
    return item.width + 10 + 1.6 * item.width


def cell_key(column: int, row: int) -> int:
    """The number of the grid cell in ``column`` and ``row`` (rows of less than 2**23 cells
    either way: a map 1,300 km across)."""
    return column * _COLUMN + row


def curve_cells(curve, pad: float) -> list[int]:
    """The grid cells that the quadratic ``curve`` ((p0, control, p2)) passes within ``pad``
    of (its pen and arrow head): the curve is followed in chords about a cell long, each
    chord's box widened by ``pad`` and by how far the curve strays from it, and each column
    of cells those boxes meet is taken from its highest to its lowest cell met.

    Speed: a map of 40,000 long edges files about 40 cells an edge; a chord of half a cell
    and a set of every cell each chord's box met took twice as long for the same cells
    (a column's cells between two met, where the curve came back, are a few more)."""
    (x0, y0), (cx, cy), (x2, y2) = curve
    ax, ay = x0 - 2 * cx + x2, y0 - 2 * cy + y2
    length = math.hypot(cx - x0, cy - y0) + math.hypot(x2 - cx, y2 - cy)
    steps = max(1, math.ceil(length / CELL))
    h = 1.0 / steps
    # the curve strays from each chord by at most |a| h^2 / 4
    margin = math.hypot(ax, ay) * h * h / 4 + pad
    spans: dict[int, list[int]] = {}
    last_x, last_y = x0, y0
    for k in range(1, steps + 1):
        t = k * h
        u = 1.0 - t
        a, b, c = u * u, 2 * u * t, t * t
        x, y = a * x0 + b * cx + c * x2, a * y0 + b * cy + c * y2
        if x < last_x:
            left, right = int((x - margin) // CELL), int((last_x + margin) // CELL)
        else:
            left, right = int((last_x - margin) // CELL), int((x + margin) // CELL)
        if y < last_y:
            top, bottom = int((y - margin) // CELL), int((last_y + margin) // CELL)
        else:
            top, bottom = int((last_y - margin) // CELL), int((y + margin) // CELL)
        for column in range(left, right + 1):
            span = spans.get(column)
            if span is None:
                spans[column] = [top, bottom]
            else:
                if top < span[0]:
                    span[0] = top
                if bottom > span[1]:
                    span[1] = bottom
        last_x, last_y = x, y
    cells: list[int] = []
    for column, (top, bottom) in spans.items():
        first = column * _COLUMN
        cells.extend(range(first + top, first + bottom + 1))
    return cells
