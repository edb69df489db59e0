"""NodeCells: the nodes' bodies filed by cells of the map, for questions about an area.

A selected or hovered edge's weight label asks which nodes' bodies it may cover
(:mod:`.weight_place`). The scene's own index answers with every item meeting the area,
the long edges crossing it too: hundreds on a big map, some milliseconds a question. The
scene keeps the bodies filed here instead, made when first asked and dropped when a node
is added, removed, moved (a drag once it ends), relabelled or drawn larger.
"""

from __future__ import annotations

from collections import defaultdict

from .curves import Rect

__all__ = ["NodeCells", "body_box"]

#: The side of a cell, in scene units: a few nodes across.
CELL = 400.0


def body_box(item, grow: float = 0.0) -> Rect:
    """``item``'s body in scene units (left, top, right, bottom), ``grow`` units larger on
    every side; the presentation scale counted."""
    rect, pos, k = item.rect, item.pos(), item.scale()
    return (k * rect.left() + pos.x() - grow, k * rect.top() + pos.y() - grow,
            k * rect.right() + pos.x() + grow, k * rect.bottom() + pos.y() + grow)


def _cells(box: Rect):
    for cx in range(int(box[0] // CELL), int(box[2] // CELL) + 1):
        for cy in range(int(box[1] // CELL), int(box[3] // CELL) + 1):
            yield cx, cy


class NodeCells:
    """The bodies of ``items`` (node items), filed by the cells they meet."""

    def __init__(self, items) -> None:
        self._cells: dict[tuple[int, int], list[Rect]] = defaultdict(list)
        for item in items:
            box = body_box(item)
            for cell in _cells(box):
                self._cells[cell].append(box)

    def bodies_in(self, area: Rect) -> list[Rect]:
        """The bodies that meet ``area`` (left, top, right, bottom), each once."""
        found = set()
        for cell in _cells(area):
            for box in self._cells.get(cell, ()):
                if box[0] < area[2] and area[0] < box[2] and box[1] < area[3] and area[1] < box[3]:
                    found.add(box)
        return list(found)
