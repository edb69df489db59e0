"""Where map labels go: each label's places beside or over its node, and the greedy
placement of many labels, most important first, none overlapping another.

Pure geometry in viewport pixels (no view, no font), tested alone. :func:`label_places`
gives a label's places, best first: over its node, covering its body whole (centred, or
flush with one side), then just above, below, right or left of it; none covers another
node's body, unless the room must see the label (a selected node, say), which then takes
the places covering the fewest. :func:`place_labels` takes, for each label in turn, the
first of its places that stays clear of the labels placed before it, and after an edit
places again only the labels near what changed; :func:`widen_labels` then gives the labels
placed with a shortened name their whole names where there is room; :func:`places_kept` asks again only
whether the places a moved node meets cover a node. :class:`Boxes` and :class:`Bodies` file
boxes in a grid, so that asking whether a place meets any of them looks at a few.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from PySide6.QtCore import QRectF

__all__ = ["Bodies", "Boxes", "label_places", "place_labels", "places_kept", "rescue_labels",
           "widen_labels"]


def place_labels(options: list[list[QRectF]], gap: float = 2.0, last=None,
                 moved: Iterable[QRectF] = ()) -> list[tuple[int, QRectF]]:
    """Labels placed greedily, in priority order: for each label, the first of its
    ``options`` (its places, best first) that stays ``gap`` clear of every label placed
    before; a label with no such place is left out. Returns (index, place) pairs.

    Placing again after an edit, ``last`` says for each label where the last placement put
    it (a box, or None: left out) when its options and its rank among the labels of both
    placements are unchanged, else False; ``moved`` holds the boxes of the last placement
    that are gone or may have moved (labels dropped, or False in ``last``). A label whose
    places come near no box placed differently from the last time keeps its last place
    without trying them: the labels before it near those places are the same, so the
    result is the one a placement from scratch gives, and an edit places only the labels
    near what it changed."""
    kept, changed = Boxes(), Boxes(moved)
    placed: list[tuple[int, QRectF]] = []
    for index, places in enumerate(options):
        padded = [box.adjusted(-gap, -gap, gap, gap) for box in places]
        before = False if last is None else last[index]
        if before is not False and not any(changed.meets(box) for box in padded):
            chosen = before
        else:
            chosen = next((box for box, room in zip(places, padded) if not kept.meets(room)),
                          None)
            if before is False or chosen != before:
                changed.add(*(box for box in (before, chosen) if box))
        if chosen is not None:
            kept.add(chosen)
            placed.append((index, chosen))
    return placed


def widen_labels(placed: list[tuple[int, QRectF]], wider: dict[int, list[QRectF]],
                 gap: float = 2.0) -> list[tuple[int, QRectF]]:
    """The labels :func:`place_labels` ``placed`` (index, place), each of those listed in
    ``wider`` (by index: its places with the whole name, best first) moved, in priority
    order, to the first of those places that stays ``gap`` clear of every other label:
    every node is named first, on one short line where room is short, and then as many as
    have room take their whole names. Proportional to the labels placed."""
    boxes = Boxes(box for _index, box in placed)
    widened = []
    for index, box in placed:
        for place in wider.get(index, ()):
            boxes.remove(box)
            if not boxes.meets(place.adjusted(-gap, -gap, gap, gap)):
                box = place
            boxes.add(box)
            if box is place:
                break
        widened.append((index, box))
    return widened


def rescue_labels(placed: list[tuple[int, QRectF]], left_out: list[tuple[int, QRectF, QRectF]],
                  area: QRectF, others: "Bodies", gap: float = 2.0
                  ) -> list[tuple[int, QRectF]]:
    """Places for labels :func:`place_labels` left out, each (index, box centred on its
    node, its node's body) in ``left_out``, in priority order: the nearest place to its
    node, within five lines and three widths of it, that lies in ``area``,
    covers no node's body and stays ``gap`` clear of every label ``placed`` and rescued
    before it (the view joins it to its node by a leader line). Returns the rescued
    labels as (index, place); proportional to those asked for, never to the map."""
    kept = Boxes(box for _index, box in placed)
    rescued = []
    for index, box, body in left_out:
        for place in _nearby(box, body):
            if area.contains(place) and not others.covers(place, body) and \
                    not kept.meets(place.adjusted(-gap, -gap, gap, gap)):
                kept.add(place)
                rescued.append((index, place))
                break
    return rescued


#: The moves :func:`_nearby` tries, in half widths and whole heights of a label.
_MOVES = tuple((dx, dy) for dx in range(-6, 7) for dy in range(-5, 6))


def _nearby(box: QRectF, body: QRectF) -> Iterator[QRectF]:
    """``box`` moved by half widths and whole heights around its node, nearest first, off
    the node's ``body``; made one by one, as the caller most often takes one of the first."""
    width, height = box.width() / 2, box.height()
    moves = sorted(_MOVES, key=lambda move: (move[0] * width) ** 2 + (move[1] * height) ** 2)
    for dx, dy in moves:
        place = box.translated(dx * width, dy * height)
        if not place.intersects(body):
            yield place


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


def label_places(box: QRectF, body: QRectF, viewport: QRectF, others: Bodies, named: bool
                 ) -> tuple[list[QRectF], list[QRectF]]:
    """The places of a label ``box`` (centred on its node's ``body``), best first, and every
    place tried (which of them the label may take changes only when a body meets one).

    Over the node, the label covers its body whole (no frame drawn in a frame), centred on
    it or flush with one of its sides; beside it, the label keeps clear of the body; in no
    place does it cover another node (a room would lose that node from the map), and a
    label with no such place is left out, unless the room must see it ``named`` (selected,
    just added or edited, an objective's, a lever of the shown scenario): that one covers
    as few others as it can rather than go unnamed."""
    over = box.united(body)
    flush = [over.translated(dx, dy) for dx, dy in (
        (body.left() - over.left(), 0), (body.right() - over.right(), 0),
        (0, body.top() - over.top()), (0, body.bottom() - over.bottom()))]
    step_x = (box.width() + body.width()) / 2 + 2
    step_y = (box.height() + body.height()) / 2 + 2
    beside = [box.translated(dx, dy) for dx, dy in
              ((0, -step_y), (0, step_y), (step_x, 0), (-step_x, 0))]
    places = [_inside(place, viewport) for place in [over] + flush + beside]
    places = [place for i, place in enumerate(places)
              if i <= len(flush) or not place.intersects(body)]
    if named:
        covering = [others.covering(place, body) for place in places]
        clear = [place for place, count in zip(places, covering) if not count]
        return clear + [place for _count, _i, place in sorted(
            zip(covering, range(len(places)), places))], places
    # any node covered rules a place out: the first one found says so
    return [place for place in places if not others.covers(place, body)], places


def places_kept(tried: list[QRectF], places: list[QRectF], body: QRectF, others: Bodies,
                moved: Boxes, named: bool) -> list[QRectF] | None:
    """A label's places as :func:`label_places` made them before (``tried`` and
    ``places``), now that the bodies in ``moved`` moved, came or went, the label, its node
    and the view being as they were. Whether a place covers a node changes only where a
    moved body meets it: so the places no moved body meets stay as they were, and only the
    others are asked again. None when they must all be made again: a label that must be
    ``named`` ranks its places by how many nodes each covers."""
    meeting = [moved.meets(place) for place in tried]
    if not any(meeting):
        return places
    if named:
        return None
    return [place for place, met in zip(tried, meeting)
            if (not others.covers(place, body) if met else place in places)]


def _inside(box: QRectF, area: QRectF) -> QRectF:
    """``box`` moved the least needed to lie within ``area`` (a label at the edge of the
    view is shown whole, beside its node, rather than cut)."""
    if area.contains(box):
        return box
    dx = max(area.left() - box.left(), 0.0) + min(area.right() - box.right(), 0.0)
    dy = max(area.top() - box.top(), 0.0) + min(area.bottom() - box.bottom(), 0.0)
    return box.translated(dx, dy)
