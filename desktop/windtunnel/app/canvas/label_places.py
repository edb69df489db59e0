"""Where map labels go: each label's places beside or over its node, and the greedy
placement of many labels, most important first, none overlapping another.

Pure geometry in viewport pixels (no view, no font), tested alone. :func:`label_places`
gives a label's places, best first: over its node, covering its body whole (centred, or
flush with one side), then just above, below, right or left of it; none covers another
node's body, unless the room must see the label (a selected node, say), which then takes
the places covering the fewest. :func:`place_labels` takes, for each label in turn, the
first of its places that stays clear of the labels placed before it, and after an edit
places again only the labels near what changed; :func:`widen_labels` then gives the labels
placed with a shortened name their whole names where there is room, and
:func:`widen_away` where there is room a little way off, on a leader line; for the labels
left out, :func:`place_more` takes other places (a name cut shorter, a leader line's:
:func:`rescue_labels`) and :func:`make_room` moves the labels that block one to places of
a shorter name; :func:`places_kept` asks again only
whether the places a moved node meets cover a node. The boxes placed and the nodes'
bodies are filed in a grid (:mod:`.label_grid`).
"""

from __future__ import annotations

import math
from functools import lru_cache
from itertools import chain
from typing import Callable, Iterable, Iterator

from PySide6.QtCore import QPointF, QRectF

from .label_grid import Bodies, Boxes

__all__ = ["label_places", "leader_ends", "make_room", "moved_inside",
           "place_labels", "place_more", "places_kept", "rescue_labels", "widen_away",
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
                 gap: float = 2.0, reserved: dict[int, QRectF] | None = None
                 ) -> list[tuple[int, QRectF]]:
    """The labels :func:`place_labels` ``placed`` (index, place), each of those listed in
    ``wider`` (by index: its places with the whole name, best first) moved, in priority
    order, to the first of those places that stays ``gap`` clear of every other label:
    every node is named first, on one short line where room is short, and then as many as
    have room take their whole names. ``reserved``: places kept for some labels' whole
    names (by index), which no other label takes. Proportional to the labels placed."""
    reserved = reserved or {}
    boxes = Boxes([box for _index, box in placed] + list(reserved.values()))
    widened = []
    for index, box in placed:
        own = reserved.get(index)
        if own is not None:
            boxes.remove(own)
        for place in wider.get(index, ()):
            boxes.remove(box)
            if not boxes.meets(place.adjusted(-gap, -gap, gap, gap)):
                box = place
            boxes.add(box)
            if box is place:
                break
        if own is not None:
            boxes.add(own)
        widened.append((index, box))
    return widened


def widen_away(placed: list[tuple[int, QRectF]], whole: list[tuple[int, QRectF, QRectF]],
               area: QRectF, others: Bodies, gap: float = 2.0,
               lines: dict[int, tuple[QPointF, QPointF]] | None = None,
               reserved: dict[int, QRectF] | None = None
               ) -> tuple[list[tuple[int, QRectF]], dict[int, QRectF]]:
    """The labels ``placed`` (index, place), those :func:`widen_labels` left with a short
    name (``whole``: index, its whole name's box centred on its node, its node's body; in
    priority order) moved, whole, a little way off, where :func:`rescue_labels` (strict)
    finds a place clear of labels and nodes, a box's height from the edges of ``area``:
    a whole name on a line reads better than a cut one where the map leaves room (a
    story's chapter, most nodes faded), a line squeezed between labels or over a node
    worse. ``lines``: those drawn, by label; ``reserved``: places kept for some labels'
    whole names (by index), which no other label takes. Returns the labels and those
    moved."""
    boxes, moved, lines = dict(placed), {}, dict(lines or {})
    for index, box, body in whole:
        rest = [(other, place) for other, place in (*boxes.items(), *(reserved or {}).items())
                if other != index]
        edge = box.height()             # kept off the view's edges, which a dock moves
        found = rescue_labels(rest, [(index, box, body)],
                              area.adjusted(edge, edge, -edge, -edge), others, gap,
                              [ends for other, ends in lines.items() if other != index],
                              strict=True)
        if found:
            place = boxes[index] = moved[index] = found[0][1]
            lines[index] = leader_ends(place, body)
    return sorted(boxes.items(), key=lambda pair: pair[0]), moved


def rescue_labels(placed: list[tuple[int, QRectF]], left_out: list[tuple[int, QRectF, QRectF]],
                  area: QRectF, others: Bodies, gap: float = 2.0,
                  lines: Iterable[tuple[QPointF, QPointF]] = (), strict: bool = False
                  ) -> list[tuple[int, QRectF]]:
    """Places for labels :func:`place_labels` left out, each (index, box centred on its
    node, its node's body) in ``left_out``, in priority order: the nearest place to its
    node, within five lines and three widths of it, that lies in ``area``,
    covers no node's body and stays ``gap`` clear of every label ``placed`` and rescued
    before it (the view joins it to its node by a leader line), its line crossing no
    label and no other leader line where one of the next few places gives such a line
    (:data:`_CROSSING_TRIES`); if ``strict``, only a place no line crosses whose line
    crosses no node and comes no nearer a label than ``gap``. ``lines``: the leader lines
    drawn already (their ends). Returns the rescued labels as (index, place);
    proportional to those asked for, never to the map.

    A label tries up to 143 places, most of them taken on a crowded map: the labels and
    bodies within its reach first rule out, by arithmetic, the places each surely meets
    (:class:`_Moves`), and only the others are asked, exactly."""
    kept = [box for _index, box in placed]
    bodies = others.boxes()
    rescued: list[tuple[int, QRectF]] = []
    lines = list(lines)
    for index, box, body in left_out:
        moves = _Moves(box)
        moves.keep_within(area)
        reach = moves.reach(gap)
        labels = [other for other in kept if reach.intersects(other)]
        covered = [other for other in bodies if other != body and reach.intersects(other)]
        rules = chain(((body.getCoords(), 0.0),),                   # meeting its own node
                      ((other.getCoords(), gap) for other in labels),  # near another label
                      ((other.getCoords(), -1.0) for other in covered))  # over another node
        for coords, pad in rules:
            moves.rule_out(coords, pad)
            if moves.exhausted:          # no place left (most whole names on a full map):
                break                    # the rest would rule out nothing more
        if moves.exhausted:
            continue
        crossed = [o.adjusted(-gap, -gap, gap, gap) for o in labels] + covered if strict else labels
        chosen, last = None, _MOVE_COUNT
        for rank, place in moves.places():
            if rank > last:
                break
            if not area.contains(place) or place.intersects(body):
                continue
            room, inner = place.adjusted(-gap, -gap, gap, gap), place.adjusted(1, 1, -1, -1)
            if not any(map(room.intersects, labels)) and \
                    not any(map(inner.intersects, covered)):
                ends = leader_ends(place, body)
                if not any(_crosses(ends, other) for other in crossed) and \
                        not any(_segments_cross(ends, line) for line in lines) and \
                        not (strict and any(_crosses(line, room) for line in lines)):
                    chosen = place
                    break
                if chosen is None and not strict:  # the nearest, if no line nearby
                    chosen, last = place, rank + _CROSSING_TRIES     # crosses nothing
        if chosen is not None:
            kept.append(chosen)
            lines.append(leader_ends(chosen, body))
            rescued.append((index, chosen))
    return rescued


#: After the nearest place whose leader line crosses a label or another leader line,
#: this many more are tried for one whose line crosses none.
_CROSSING_TRIES = 24


def leader_ends(box: QRectF, body: QRectF) -> tuple[QPointF, QPointF]:
    """The ends of a leader line from a label's ``box`` to its node's ``body``: the point
    of the body nearest the box's centre, and the point of the box nearest that."""
    centre = box.center()
    on_body = QPointF(min(max(centre.x(), body.left()), body.right()),
                      min(max(centre.y(), body.top()), body.bottom()))
    on_box = QPointF(min(max(on_body.x(), box.left()), box.right()),
                     min(max(on_body.y(), box.top()), box.bottom()))
    return on_body, on_box


def _crosses(ends: tuple[QPointF, QPointF], box: QRectF) -> bool:
    """Whether the segment between ``ends`` passes through the inside of ``box``
    (Liang-Barsky clipping; touching its edge does not count)."""
    (x0, y0), (x1, y1) = ends[0].toTuple(), ends[1].toTuple()
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for step, room in ((-dx, x0 - box.left()), (dx, box.right() - x0),
                       (-dy, y0 - box.top()), (dy, box.bottom() - y0)):
        if step == 0:
            if room <= 0:
                return False
            continue
        at = room / step
        if step < 0:
            low = max(low, at)
        else:
            high = min(high, at)
        if low >= high:
            return False
    return True


def _segments_cross(one: tuple[QPointF, QPointF], other: tuple[QPointF, QPointF]) -> bool:
    """Whether two segments cross (each one's ends strictly on either side of the other)."""
    def side(a: QPointF, b: QPointF, c: QPointF) -> float:
        return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x())

    (a, b), (c, d) = one, other
    return side(a, b, c) * side(a, b, d) < 0 and side(c, d, a) * side(c, d, b) < 0


def place_more(placed: list[tuple[int, QRectF]],
               left_out: Iterable[tuple[int, Iterable[QRectF]]], gap: float = 2.0
               ) -> list[tuple[int, QRectF]]:
    """Labels left out placed after those ``placed``, each (index, its places, best first,
    made as they are asked for) in ``left_out``, in priority order: the first place that
    stays ``gap`` clear of every label placed before. Returns those placed, (index,
    place)."""
    kept = Boxes(box for _index, box in placed)
    added = []
    for index, places in left_out:
        chosen = next((place for place in places
                       if not kept.meets(place.adjusted(-gap, -gap, gap, gap))), None)
        if chosen is not None:
            kept.add(chosen)
            added.append((index, chosen))
    return added


def make_room(placed: list[tuple[int, QRectF]], left_out: list[tuple[int, list[QRectF]]],
              shorter: Callable[[int, QRectF], list[QRectF]], gap: float = 2.0
              ) -> list[tuple[int, QRectF]]:
    """Room for labels left out, each (index, its places over and beside its node) in
    ``left_out``: a place of its own that only labels that could show a shorter name
    block (an objective's whole name, say, or a short name where a name cut to its
    node's width would do), those moved to a place of their shorter name
    (``shorter(index, box)``: those places, best first, of the label shown in ``box``;
    an empty list for one that has no shorter name) clear of every other label (a place
    that labels placed since the first round left clear is simply taken). A node named
    short beats a node not named at all; the whole name comes back where there is room
    (:func:`widen_labels`). Returns the labels placed, in priority order."""
    boxes = dict(placed)
    for index, places in left_out:
        for place in places:
            room = place.adjusted(-gap, -gap, gap, gap)
            blocking = [other for other, box in boxes.items() if room.intersects(box)]
            moved = _moved_aside(boxes, blocking, place, shorter, gap)
            if moved is not None:
                boxes.update(moved)
                boxes[index] = place
                break
    return sorted(boxes.items(), key=lambda pair: pair[0])


def _moved_aside(boxes: dict[int, QRectF], blocking: list[int], place: QRectF,
                 shorter: Callable[[int, QRectF], list[QRectF]], gap: float
                 ) -> dict[int, QRectF] | None:
    """The ``blocking`` labels each moved to the first of its shorter places (``shorter``)
    clear of ``place`` and of every other label in ``boxes``, or None if one has none."""
    kept = [box for other, box in boxes.items() if other not in blocking] + [place]
    moved = {}
    for other in blocking:
        clear = next((short for short in shorter(other, boxes[other])
                      if not any(short.adjusted(-gap, -gap, gap, gap).intersects(box)
                                 for box in kept)), None)
        if clear is None:
            return None
        moved[other] = clear
        kept.append(clear)
    return moved


#: How far a rescued label may go from its node: whole heights up and down, half widths
#: left and right.
_UP_DOWN, _ACROSS = 5, 6
#: A box this much (in pixels) inside another's reach is surely within it, whatever the
#: rounding: :class:`_Moves` rules out only those, and the exact test decides the rest.
_SURELY = 1e-6
#: How many moves there are.
_MOVE_COUNT = (2 * _ACROSS + 1) * (2 * _UP_DOWN + 1)


#: The moves of one column (the same move across, every move up and down), and each
#: number of neighbouring columns as the bits of their first moves (a rectangle of moves
#: is its column's run of bits times that).
_ROWS = 2 * _UP_DOWN + 1
_COLUMNS = tuple(sum(1 << (_ROWS * k) for k in range(count))
                 for count in range(2 * _ACROSS + 2))
#: Every move ruled out.
_ALL_OUT = (1 << _MOVE_COUNT) - 1


class _Moves:
    """A label's ``box`` moved by half widths and whole heights around its node, up to
    :data:`_ACROSS` and :data:`_UP_DOWN` of them, nearest first, less the moves ruled
    out (:meth:`rule_out`), kept as the bits of one integer (a rectangle of moves ruled
    out in a few operations, whatever its size)."""

    def __init__(self, box: QRectF) -> None:
        self.box = box
        self._coords = box.getCoords()
        self._half, self._height = box.width() / 2, box.height()
        self._out = 0

    @property
    def exhausted(self) -> bool:
        """Whether every move is ruled out."""
        return self._out == _ALL_OUT

    def reach(self, pad: float) -> QRectF:
        """Where the moved boxes lie, ``pad`` round."""
        across, up_down = _ACROSS * self._half + pad, _UP_DOWN * self._height + pad
        return self.box.adjusted(-across, -up_down, across, up_down)

    def keep_within(self, area: QRectF) -> None:
        """Rule out the moves whose box surely sticks out of ``area``."""
        left, top, right, bottom = self._coords
        half, height = self._half, self._height
        first = math.ceil((area.left() - left - _SURELY) / half)
        last = math.floor((area.right() - right + _SURELY) / half)
        rows = (max(math.ceil((area.top() - top - _SURELY) / height), -_UP_DOWN),
                min(math.floor((area.bottom() - bottom + _SURELY) / height), _UP_DOWN))
        self._mark(-_ACROSS, min(first - 1, _ACROSS), -_UP_DOWN, _UP_DOWN)
        self._mark(max(last + 1, -_ACROSS), _ACROSS, -_UP_DOWN, _UP_DOWN)
        self._mark(-_ACROSS, _ACROSS, -_UP_DOWN, min(rows[0] - 1, _UP_DOWN))
        self._mark(-_ACROSS, _ACROSS, max(rows[1] + 1, -_UP_DOWN), _UP_DOWN)

    def rule_out(self, other: tuple[float, float, float, float], pad: float) -> None:
        """Rule out the moves whose box, ``pad`` round (inside for a negative ``pad``),
        surely overlaps ``other`` (its left, top, right and bottom) by more than
        :data:`_SURELY`."""
        left, top, right, bottom = self._coords
        half, height = self._half, self._height
        # overlap across: left + k * half - pad < other's right, and
        # other's left < right + k * half + pad
        self._mark(math.ceil((other[0] - pad - right + _SURELY) / half),
                   math.floor((other[2] + pad - left - _SURELY) / half),
                   math.ceil((other[1] - pad - bottom + _SURELY) / height),
                   math.floor((other[3] + pad - top - _SURELY) / height))

    def _mark(self, first: int, last: int, top: int, bottom: int) -> None:
        """Rule out the moves from ``first`` to ``last`` across and ``top`` to ``bottom``
        down (each clipped to the moves there are)."""
        top, bottom = max(top, -_UP_DOWN) + _UP_DOWN, min(bottom, _UP_DOWN) + _UP_DOWN + 1
        first, last = max(first, -_ACROSS) + _ACROSS, min(last, _ACROSS) + _ACROSS
        if top < bottom and first <= last:
            run = ((1 << (bottom - top)) - 1) << top     # the rows, in the first column
            self._out |= (run * _COLUMNS[last - first + 1]) << (first * _ROWS)

    def places(self) -> Iterator[tuple[int, QRectF]]:
        """The boxes of the moves not ruled out, nearest first, each with its rank among
        all the moves, made one by one (the caller most often takes one of the first)."""
        out, translated = self._out, self.box.translated
        half, height = self._half, self._height
        for rank, (slot, across, row) in enumerate(_nearest_moves(round(half / height, 2))):
            if not out >> slot & 1:
                yield rank, translated(across * half, row * height)


@lru_cache(maxsize=64)
def _nearest_moves(ratio: float) -> tuple[tuple[int, int, int], ...]:
    """Every move (its slot in :class:`_Moves`, half widths across, heights down), nearest
    first for a label whose half width is ``ratio`` heights (labels of one font share a
    few shapes, so each sorts them once)."""
    distances = [(across * ratio) ** 2 + row ** 2 for _slot, across, row in _MOVES]
    return tuple(_MOVES[index] for index in sorted(range(_MOVE_COUNT),
                                                   key=distances.__getitem__))


#: Every move (its slot in :class:`_Moves`, half widths across, heights down), by slot.
_MOVES = tuple(((across + _ACROSS) * _ROWS + row + _UP_DOWN, across, row)
               for across in range(-_ACROSS, _ACROSS + 1)
               for row in range(-_UP_DOWN, _UP_DOWN + 1))


def label_places(box: QRectF, body: QRectF, viewport: QRectF, others: Bodies, named: bool
                 ) -> tuple[list[QRectF], list[QRectF]]:
    """The places of a label ``box`` (centred on its node's ``body``), best first, and every
    place tried (which of them the label may take changes only when a body meets one).

    Over the node, the label covers its body whole (no frame drawn in a frame), centred on
    it or flush with one of its sides; beside it, the label keeps clear of the body; in no
    place does it cover another node (a room would lose that node from the map), and a
    label with no such place is left out, unless the room must see it ``named`` (selected,
    just added or edited, an objective's): that one covers
    as few others as it can rather than go unnamed."""
    over = box.united(body)
    flush = [over.translated(dx, dy) for dx, dy in (
        (body.left() - over.left(), 0), (body.right() - over.right(), 0),
        (0, body.top() - over.top()), (0, body.bottom() - over.bottom()))]
    step_x = (box.width() + body.width()) / 2 + 2
    step_y = (box.height() + body.height()) / 2 + 2
    beside = [box.translated(dx, dy) for dx, dy in
              ((0, -step_y), (0, step_y), (step_x, 0), (-step_x, 0))]
    places = [moved_inside(place, viewport) for place in [over] + flush + beside]
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


def moved_inside(box: QRectF, area: QRectF) -> QRectF:
    """``box`` moved the least needed to lie within ``area`` (a label at the edge of the
    view is shown whole, beside its node, rather than cut)."""
    if area.contains(box):
        return box
    dx = max(area.left() - box.left(), 0.0) + min(area.right() - box.right(), 0.0)
    dy = max(area.top() - box.top(), 0.0) + min(area.bottom() - box.bottom(), 0.0)
    return box.translated(dx, dy)
