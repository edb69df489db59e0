"""Boxes filed in a grid (:class:`Boxes`), and nodes' bodies on screen (:class:`Bodies`),
so that asking whether a map label's place meets any of them looks at a few nearby ones,
not all of a large map's. Pure geometry in viewport pixels, used by :mod:`.label_places`
and the modules placing and drawing map labels.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QRectF

__all__ = ["Bodies", "Boxes"]


class Boxes:
    """Boxes filed by the cells of a grid that they lie in, so that whether a box meets
    any of them asks a few nearby ones, not all of a large map's; a few boxes (the bodies
    an edit moved, most often one or two) are asked one by one, without the grid.
    ``cell``: the grid's step, about the size of the boxes asked about (the default
    suits labels in viewport pixels)."""

    #: Up to this many boxes, :meth:`meets` asks each (cheaper than finding the cells).
    _FEW = 8

    def __init__(self, boxes: Iterable[QRectF] = (), *, cell: float = 64.0) -> None:
        self._cell = cell
        self._cells: dict[tuple[int, int], list[QRectF]] = {}
        self._all: list[QRectF] = []
        self._bounds = QRectF()          # around them all: a place beyond meets none
        self.add(*boxes)

    def add(self, *boxes: QRectF) -> None:
        cells = self._cells
        self._all += boxes
        for box in boxes:
            self._bounds = self._bounds.united(box) if self._cells else QRectF(box)
            for cell in self._cells_of(box):
                bucket = cells.get(cell)
                if bucket is None:
                    cells[cell] = [box]
                else:
                    bucket.append(box)

    def boxes(self) -> list[QRectF]:
        """Every box added and not removed."""
        return self._all

    def remove(self, box: QRectF) -> None:
        """Forget ``box`` (one equal to it), added before."""
        self._all.remove(box)
        for cell in self._cells_of(box):
            self._cells[cell].remove(box)

    def _cells_of(self, box: QRectF) -> list[tuple[int, int]]:
        size = self._cell
        left, top, right, bottom = box.getCoords()
        rows = range(int(top // size), int(bottom // size) + 1)
        return [(x, y) for x in range(int(left // size), int(right // size) + 1) for y in rows]

    def _near(self, place: QRectF) -> list[QRectF]:
        """The boxes filed in the cells ``place`` lies in (one filed in several, as often)."""
        cells, near = self._cells, []
        for cell in self._cells_of(place):
            bucket = cells.get(cell)
            if bucket:
                near += bucket
        return near

    def meets(self, place: QRectF) -> bool:
        if not place.intersects(self._bounds):
            return False
        if len(self._all) <= self._FEW:
            return any(map(place.intersects, self._all))
        return any(map(place.intersects, self._near(place)))


class Bodies(Boxes):
    """Nodes' bodies on screen (a label asks whether it covers any of them)."""

    def covering(self, place: QRectF, own: QRectF) -> int:
        """How many bodies other than ``own`` ``place`` covers (by more than its
        antialiased edge)."""
        inner = place.adjusted(1, 1, -1, -1)
        return len({id(body) for body in filter(inner.intersects, self._near(place))
                    if body != own})

    def covers(self, place: QRectF, own: QRectF) -> bool:
        """Whether ``place`` covers any body other than ``own`` (:meth:`covering` without
        counting them: zoomed out on a map of thousands of nodes, a place covers hundreds)."""
        hits = place.adjusted(1, 1, -1, -1).intersects
        cells = self._cells
        for cell in self._cells_of(place):       # the first body covered ends the search,
            for body in cells.get(cell, ()):     # the other cells unread
                if hits(body) and body != own:
                    return True
        return False
