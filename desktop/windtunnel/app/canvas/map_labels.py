"""Map labels: when the zoom makes node labels too small to read, fewer, bigger labels.

Zoomed out (a fitted map on a laptop or a projector), a node's own label would be a few
pixels high. Rather than drop every label, the view paints labels at a readable size
(:data:`MIN_LABEL_PX`, or the window's own type size when larger, as in workshop mode) for
as many nodes as fit without overlapping, the most important first: selected nodes, the
nodes just added or edited (the scene's ``recent_nodes``), the objectives' nodes, the nodes the results ask for first (the levers the shown scenario
sets: the scene's ``labelled_first``), the other levers, then by how connected a node is. Each label is drawn as a box
in its node's colour (its change tint after a run), over its node and at least as big as the
node's body on screen, so a labelled node is simply that node drawn large enough to read,
with one frame and one label at every zoom (the node paints no text of its own under it).
A label that would overlap one already placed (or come closer to it than a fifth of its
text size), or cover another node, tries a place flush with one side of its node's body,
then just above, below, right or left of it instead, the node keeping its shape beside
it, without text: its name shows once, large, in the label beside it, not a second time
small in the box. A label that has no such place is left out rather than hide another
node from the room, unless the room must see it named (a selected node, one just added or
edited, an objective's, a lever of the shown scenario): that one takes the place clear of other labels that covers
the fewest nodes. A box is as tall as its lines as drawn (a line of Chinese or Japanese
takes its font's taller ascent and descent) with a margin above and below; a name that
two lines would cut takes a box a quarter wider, or a third line, before it is cut. A
highlighted node (found, or where an influence being drawn would go) has its label ringed
in the highlight colour. Nodes the focus view fades get no label. A node left without a
label (crowded out) paints its own text as at any other zoom, so an unnamed node is never
an empty box: zoomed out far, a small shape without text; nearer, its name in its own
smaller type. Hovering a node still shows its tooltip.

:func:`place_labels` is the placement (pure geometry, tested alone); :class:`MapLabels`
paints in the view's foreground, in viewport pixels, placed by :meth:`MapLabels.prepare`
before the nodes paint (they ask which of them a label names). The placement is remembered until
something it depends on changes (the view's transform and size, the font, the language, the
model, the selection, the nodes' positions and fading), so a repaint that only changes
colours (each step of a lever drag) paints the boxes without placing them again, and their
texts without laying them out again (:mod:`.laid_text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QPainter, QPen, QRegion

from ...language import current as current_language
from ...model import translated
from .laid_text import CentredText
from .style import node_font
from .wrapping import widest_word, wrapped_lines

__all__ = ["MIN_LABEL_PX", "MapLabels", "place_labels", "node_label_px"]

#: The smallest label text, in pixels, that a room reads on a projector or a laptop.
MIN_LABEL_PX = 11.0
_WIDTH_EM = 15          # a label wraps at about this many characters' width
_MAX_LINES = 2
#: A name that two lines of the usual width would cut may take a label this much wider
#: (then one more line) before it is cut.
_WIDER = 1.25
_PAD = 3.0
#: The margin above and below a label's text, and the gap kept between two labels, as
#: parts of the text size (a projector's labels keep margins in proportion).
_PAD_Y_EM = 0.15
_GAP_EM = 0.2
#: At most this many candidates are tried per paint (the rest stay unlabelled).
_MAX_TRIED = 800
#: A line narrower than the wrapping width by this many pixels needs no eliding.
_FITS_MARGIN = 1.0


def node_label_px(zoom: float, presentation: float = 1.0) -> float:
    """The on-screen size, in pixels, of a node's own label text at ``zoom``."""
    return QFontInfo(node_font()).pixelSize() * zoom * presentation


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
    kept, changed = _Boxes(), _Boxes(moved)
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


@dataclass
class _Label:
    node_id: str
    text: str
    box: QRectF
    laid: CentredText | None = field(default=None, compare=False, repr=False)  # on 1st paint


@dataclass
class _Options:
    """A label's places as a placement worked them out, what they were made from (the
    node's body and centre on screen, the text and its size, whether it must be named),
    the rectangle around every place tried, the node's priority (:meth:`MapLabels._priority`)
    and where the placement put it (None: left out)."""

    node_id: str
    text: str
    inputs: tuple
    reach: QRectF
    places: list[QRectF]
    rank: tuple | None
    box: QRectF | None = None


class MapLabels:
    """Chooses and paints the map labels of a view (see the module docstring)."""

    def __init__(self, view) -> None:
        self.view = view
        self._order: list[str] = []
        self._order_key: tuple | None = None
        self._order_model = None          # the model the order is of (a window opens others)
        self._texts: dict[tuple, tuple[str, float, int]] = {}
        #: The last placement (node id, text, box in viewport pixels), kept while valid.
        self.placed: list[_Label] = []
        self._placed_key: tuple | None = None     # what the placement was computed for
        # what the last placement worked out, to place again only what an edit changed:
        # each label's options, the nodes' bodies, and the view, font and language
        self._last: dict[str, _Options] = {}
        self._bodies: dict[str, QRectF] = {}
        self._context: tuple | None = None
        self._area = QRectF()                     # the view, in coordinates panning with it
        self._ranks: dict[str, tuple] = {}        # node id -> its priority's sort key
        #: The nodes labelled by the last paint (tests and the real-window probe read it).
        self.shown: list[str] = []
        #: The nodes a label names, over them or beside them (they paint no text of their
        #: own).
        self.labelled: frozenset[str] = frozenset()

    def active(self) -> bool:
        """Whether nodes' own labels are too small to read, so map labels take over."""
        scene = self.view.scene()
        if scene is None:
            return False
        return node_label_px(self.view.zoom, scene.presentation_scale) < self.pixel_size()

    def pixel_size(self) -> float:
        """The map labels' text size: the minimum, or the window's type when larger."""
        return max(MIN_LABEL_PX, float(self.view.fontInfo().pixelSize()))

    def font(self) -> QFont:
        font = QFont(self.view.font())
        font.setPixelSize(round(self.pixel_size()))
        return font

    def prepare(self, painting: QRegion) -> None:
        """Place the labels for the paint under way (over ``painting``, viewport pixels),
        before the nodes paint (each asks whether a label names it), and repaint outside
        that area the nodes a new placement labels or leaves unlabelled and the boxes a
        label left or took (else a label moved by the focus view's fading stays half drawn
        where it was, another's text over it)."""
        scene = self.view.scene()
        before, before_key = self.placed, self._placed_key
        labels = self._choose(scene) if scene is not None and scene.node_items else []
        labelled = frozenset(label.node_id for label in labels)
        for node_id in labelled.symmetric_difference(self.labelled):
            item = scene.node_items.get(node_id) if scene is not None else None
            if item is not None:
                item.update()
        self.labelled = labelled
        # a pan or a zoom (the view's transform or size changed) repaints the map whole
        # once it settles: no boxes to chase meanwhile
        if labels is not before and before_key is not None and \
                before_key[:2] == self._placed_key[:2]:
            boxes = ({(label.node_id, label.box.getRect()) for label in before}
                     ^ {(label.node_id, label.box.getRect()) for label in labels})
            moved = QRegion()
            for _node_id, box in boxes:   # the frame's pen reaches 2 px outside the box
                moved += QRectF(*box).toAlignedRect().adjusted(-3, -3, 3, 3)
            moved -= painting
            if not moved.isEmpty():
                self.view.viewport().update(moved)

    def paint(self, painter: QPainter) -> None:
        """Paint the labels :meth:`prepare` placed, in viewport pixels (the painter is in
        scene coordinates)."""
        self.shown = []
        scene = self.view.scene()
        if scene is None or not scene.node_items:
            return
        labels = self.placed
        if not labels:
            return
        colours = scene.colours
        outline = QPen(QColor(colours.outline), 1.0)
        chosen = QPen(QColor(colours.selection), 2.0)
        target = QPen(QColor(colours.highlight), 4.0)   # where a drawn influence would go
        text = QPen(QColor(colours.node_text))
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setFont(self.font())
        for label in labels:
            item = scene.node_items[label.node_id]
            fill = scene.tint_of(label.node_id) or scene.palette.colour(item.node.group)
            painter.setPen(target if item.highlighted else
                           chosen if item.isSelected() else outline)
            painter.setBrush(fill)
            painter.drawRoundedRect(label.box, 4, 4)
            painter.setPen(text)
            if label.laid is None:                 # wrapped already; laid out once
                label.laid = CentredText(label.text, painter.font(), painter.device(),
                                         painter.layoutDirection())
            label.laid.draw(painter, label.box)
        painter.restore()
        self.shown = [label.node_id for label in labels]

    def box_of(self, node_id: str) -> QRectF | None:
        """Where the last paint put ``node_id``'s label (viewport pixels), or None."""
        return next((label.box for label in self.placed if label.node_id == node_id), None)

    def label_at(self, pos: QPointF) -> str | None:
        """The node whose label the last paint put at ``pos``, or None."""
        return next((label.node_id for label in self.placed if label.box.contains(pos)), None)

    def labels_near(self, area: QRectF) -> list[str]:
        """The nodes whose labels the last paint put in or across ``area``."""
        return [label.node_id for label in self.placed if label.box.intersects(area)]

    def _choose(self, scene) -> list[_Label]:
        """The labels to paint: the remembered placement while nothing it depends on
        changed, else a new one."""
        view = self.view
        font = self.font()
        items = [scene.node_items[node_id] for node_id in self._priority(scene)[:_MAX_TRIED]]
        t = view.viewportTransform()
        key = ((t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()),
               view.viewport().size().toTuple(), font.key(), current_language(),
               self._order_key, [(item.scenePos().toTuple(), item.opacity()) for item in items])
        if key != self._placed_key:
            self.placed, self._placed_key = self._place(items, font), key
        return self.placed

    def _place(self, items, font: QFont) -> list[_Label]:
        """Place the labels of ``items`` (most important first) in the viewport: after an
        edit (the same view, font and language), only those near what changed are placed
        again (:func:`place_labels`), each label's places made again only when its node,
        its text or a body near them changed."""
        view = self.view
        viewport = QRectF(view.viewport().rect())
        metrics = QFontMetricsF(font)
        width = metrics.averageCharWidth() * _WIDTH_EM
        pad_y = max(1.0, _PAD_Y_EM * font.pixelSize())
        gap = max(2.0, _GAP_EM * font.pixelSize())
        # placed in coordinates that pan with the map, so that a view moved by an edit
        # (a fitted map's scene grew, and the view centres it) places again only the
        # labels at the edges of the view
        t = view.viewportTransform()
        shift = QPointF(t.dx(), t.dy())
        context = ((t.m11(), t.m12(), t.m21(), t.m22()), viewport.size().toTuple(),
                   font.key(), current_language())
        last = self._last if context == self._context else {}
        area = viewport.translated(-shift)
        stable = area.intersected(self._area) if last and area != self._area else None
        shown = [item for item in items if item.opacity() == 1.0]   # faded: no label
        bodies = {item.node_id: QRectF(view.mapFromScene(
            item.mapRectToScene(item.rect)).boundingRect()).translated(-shift)
            for item in shown}
        old_bodies = self._bodies if last else {}
        moved_bodies = _Boxes(
            body for node_id in bodies.keys() | old_bodies.keys()
            if bodies.get(node_id) != old_bodies.get(node_id)
            for body in (bodies.get(node_id), old_bodies.get(node_id)) if body is not None)
        others = _Bodies(body for body in bodies.values() if body.intersects(area))
        scene = view.scene()
        named = (set(scene.selected_node_ids()) | set(scene.recent_nodes)
                 | set(scene.labelled_first)
                 | {objective.node for objective in scene.model.objectives})
        options: list[_Options] = []
        for item in shown:
            centre = QPointF(view.mapFromScene(item.scenePos())) - shift
            if not area.contains(centre):
                continue
            node_id = item.node_id
            text, text_width, text_height = self._text(translated(item.node), font, metrics,
                                                       width)
            body = bodies[node_id]
            inputs = (body.getRect(), centre.toTuple(), text, text_width, text_height,
                      node_id in named)
            known = last.get(node_id)
            if known is not None and known.inputs == inputs \
                    and not moved_bodies.meets(known.reach) and (
                        stable is None or stable.contains(known.reach.adjusted(-1, -1, 1, 1))):
                places, reach = known.places, known.reach
            else:
                box = QRectF(0, 0, text_width + 2 * _PAD, text_height + 2 * pad_y)
                box.moveCenter(centre)
                places, reach = _places(box, body, area, others, node_id in named)
            options.append(_Options(node_id, text, inputs, reach, places,
                                    self._ranks.get(node_id)))
        unchanged = [known is not None and known.rank == entry.rank
                     and known.places == entry.places
                     for entry in options for known in (last.get(entry.node_id),)]
        kept_places = {entry.node_id for entry, same in zip(options, unchanged) if same}
        moved = [known.box for node_id, known in last.items()
                 if known.box is not None and node_id not in kept_places]
        placed = place_labels(
            [entry.places for entry in options], gap,
            [last[entry.node_id].box if same else False
             for entry, same in zip(options, unchanged)] if last else None, moved)
        for index, box in placed:
            options[index].box = box
        self._last, self._bodies, self._context, self._area = \
            {entry.node_id: entry for entry in options}, bodies, context, area
        return [_Label(options[index].node_id, options[index].text, box.translated(shift))
                for index, box in placed]

    def _text(self, label: str, font: QFont, metrics: QFontMetricsF, width: float
              ) -> tuple[str, float, int]:
        """A label as shown (wrapped, :func:`_roomiest`), its width and its height as
        drawn; remembered per label and font, since every repaint (each step of a slider
        drag) asks again."""
        key = (label, font.key(), width)
        known = self._texts.get(key)
        if known is None:
            if len(self._texts) > 4096:
                self._texts.clear()
            text, text_width = _roomiest(label, font, metrics, width)
            # the lines' height as drawn: a line of Chinese or Japanese takes the CJK
            # font's taller ascent and descent, not the Latin font's line spacing
            height = CentredText(text, font, self.view.viewport()).height
            known = self._texts[key] = (text, text_width, height)
        return known

    def _priority(self, scene) -> list[str]:
        """Node ids, most important first (recomputed when the model or selection changes)."""
        model = scene.model
        selected = tuple(scene.selected_node_ids())
        key = (id(model), model.revision, len(scene.node_items), selected,
               scene.recent_nodes, scene.labelled_first)
        if key != self._order_key or self._order_model is not model:
            goals = {objective.node for objective in model.objectives}
            degree: dict[str, float] = {}
            for edge in model.edges:
                for end in (edge.source, edge.target):
                    degree[end] = degree.get(end, 0.0) + abs(edge.weight)
            chosen, recent = set(selected), set(scene.recent_nodes)
            first = {node_id: rank for rank, node_id in enumerate(scene.labelled_first)}
            items = scene.node_items
            self._ranks = {
                n.id: (n.id not in chosen, n.id not in recent, n.id not in goals,
                       first.get(n.id, len(first)), not n.is_lever, -degree.get(n.id, 0.0),
                       n.id)
                for n in model.nodes if n.id in items}
            self._order = sorted(self._ranks, key=self._ranks.__getitem__)
            self._order_key, self._order_model = key, model
        return self._order


class _Boxes:
    """Boxes filed by the cells of a grid that they lie in, so that whether a box meets
    any of them asks a few nearby ones, not all of a large map's."""

    _CELL = 64.0

    def __init__(self, boxes: Iterable[QRectF] = ()) -> None:
        self._cells: dict[tuple[int, int], list[QRectF]] = {}
        self.add(*boxes)

    def add(self, *boxes: QRectF) -> None:
        for box in boxes:
            for cell in self._cells_of(box):
                self._cells.setdefault(cell, []).append(box)

    def _cells_of(self, box: QRectF):
        size = self._CELL
        for x in range(int(box.left() // size), int(box.right() // size) + 1):
            for y in range(int(box.top() // size), int(box.bottom() // size) + 1):
                yield x, y

    def _near(self, place: QRectF):
        return (box for cell in self._cells_of(place) for box in self._cells.get(cell, ()))

    def meets(self, place: QRectF) -> bool:
        return any(place.intersects(box) for box in self._near(place))


class _Bodies(_Boxes):
    """Nodes' bodies on screen (a label asks whether it covers any of them)."""

    def covering(self, place: QRectF, own: QRectF) -> int:
        """How many bodies other than ``own`` ``place`` covers (by more than its
        antialiased edge)."""
        inner = place.adjusted(1, 1, -1, -1)
        return len({id(body) for body in self._near(place)
                    if body != own and inner.intersects(body)})

    def covers(self, place: QRectF, own: QRectF) -> bool:
        """Whether ``place`` covers any body other than ``own`` (:meth:`covering` without
        counting them: zoomed out on a map of thousands of nodes, a place covers hundreds)."""
        inner = place.adjusted(1, 1, -1, -1)
        return any(body != own and inner.intersects(body) for body in self._near(place))


def _places(box: QRectF, body: QRectF, viewport: QRectF, others: _Bodies, named: bool
            ) -> tuple[list[QRectF], QRectF]:
    """The places of a label ``box`` (centred on its node's ``body``), best first, and the
    rectangle around every place tried.

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
    reach = QRectF()
    for place in places:
        reach = reach.united(place)
    if named:
        covering = [others.covering(place, body) for place in places]
        clear = [place for place, count in zip(places, covering) if not count]
        return clear + [place for _count, _i, place in sorted(
            zip(covering, range(len(places)), places))], reach
    # any node covered rules a place out: the first one found says so
    return [place for place in places if not others.covers(place, body)], reach


def _inside(box: QRectF, area: QRectF) -> QRectF:
    """``box`` moved the least needed to lie within ``area`` (a label at the edge of the
    view is shown whole, beside its node, rather than cut)."""
    dx = max(area.left() - box.left(), 0.0) + min(area.right() - box.right(), 0.0)
    dy = max(area.top() - box.top(), 0.0) + min(area.bottom() - box.bottom(), 0.0)
    return box.translated(dx, dy)


def _roomiest(label: str, font: QFont, metrics: QFontMetricsF, width: float
              ) -> tuple[str, float]:
    """``label`` as shown and its width: on two lines of ``width`` when it fits there,
    else on two lines a quarter wider (:data:`_WIDER`), else on three; a name that none
    of them holds is cut on the last. A word a little wider than ``width`` (a long
    katakana word, ジオフェンシング) widens the label rather than break."""
    wider = _WIDER * width
    fitted = max(width, min(widest_word(label, font) + 2 * _FITS_MARGIN, wider))
    for line_width, limit in ((fitted, _MAX_LINES), (wider, _MAX_LINES),
                              (fitted, _MAX_LINES + 1)):
        text, text_width, _lines = _shown(label, font, metrics, line_width, limit)
        if "\u2026" not in text or "\u2026" in label:
            break
    return text, text_width


def _shown(label: str, font: QFont, metrics: QFontMetricsF, width: float,
           limit: int = _MAX_LINES) -> tuple[str, float, int]:
    """``label`` as shown, its width and its number of lines: on at most ``limit`` lines of
    ``width`` (broken between words, or between characters in Chinese and Japanese), the
    rest elided with an ellipsis.

    Each line is measured once, and that measure is also its width: a line clearly
    narrower than ``width`` is shown as it is, so only a line within a pixel of the width
    is passed through Qt's eliding (which would measure it again, and leaves a line that
    fits as it is), and no rounding can make the two ways differ."""
    text = " ".join(label.split())
    lines = wrapped_lines(text, font, width, limit,
                          lambda rest: metrics.elidedText(rest, Qt.ElideRight, width))
    widest = 0.0
    for index, line in enumerate(lines):
        advance = metrics.horizontalAdvance(line)
        if advance >= width - _FITS_MARGIN:
            line = lines[index] = metrics.elidedText(line, Qt.ElideRight, width)
            advance = metrics.horizontalAdvance(line)
        widest = max(widest, advance)
    return "\n".join(lines), widest, len(lines)
