"""Map labels: when the zoom makes node labels too small to read, fewer, bigger labels.

Zoomed out (a fitted map on a laptop or a projector), a node's own label would be a few
pixels high. Rather than drop every label, the view paints labels at a readable size
(:data:`MIN_LABEL_PX`, or the window's own type size when larger, as in workshop mode) for
as many nodes as fit without overlapping, the most important first: selected nodes, the
nodes just added or edited (the scene's ``recent_nodes``), the objectives' nodes, the nodes the results ask for first (the levers the scenarios
set: the scene's ``labelled_first``), the other levers, then by how connected a node is. Each label is drawn as a box
in its node's colour (its change tint after a run) and shape (:meth:`PlacedLabel.paint_box`),
over its node and at least as big as the node's body on screen, so a labelled node is simply
that node drawn large enough to read,
with one frame and one label at every zoom (the node paints no text of its own under it).
A label that would overlap one already placed (or come closer to it than a fifth of its
text size), or cover another node, tries a place flush with one side of its node's body,
then just above, below, right or left of it, joined to it by a stub ending in a dot in
its body (:mod:`.label_links`), the node keeping its shape without text. A label that has no such place is left out rather than hide another
node from the room, unless the room must see it named (a selected node, one just added or
edited, an objective's): that one takes the place clear of other
labels that covers the fewest nodes. A placement goes in two rounds, so that crowded whole
names do not leave nodes unnamed: the first places each node's name on one short line, cut
with an ellipsis (:func:`~.label_text.shortened`; a node that must be named, its whole
name), the second gives as many of those as have room their whole names, most important
first, on three lines about the node's width where two have no room
(:func:`~.label_places.widen_labels`, :func:`~.label_options.narrow_whole`; made only
for a label the first round placed), then a few still cut theirs a little way off, on a line
(:func:`~.label_options.whole_names_away`), off the places kept for the levers' whole
names, where the shown scenario's then show (:func:`~.label_options.named_whole`). Between the two rounds, when only a few labels
are left out (a small map), each is named in the first way that has room
(:mod:`.label_left_out`): its name cut shorter, down to its node's width (where nodes
stand closer than their short names are wide, as in workshop mode's larger type, or a
Japanese short name would cover its neighbours), its own place once its neighbours' short
names are cut shorter (:func:`~.label_places.make_room`), a place a little way from its node,
joined to it by a leader line (:func:`~.label_places.rescue_labels`), and last its own
place once the whole names round it (an objective's) show their short names. Names that
read alike are told apart first (:func:`~.label_options.told_apart_first`), the box made
for the text it shows; one cut in the middle whose twin then shows its whole
name (or no label) takes its short name back (:func:`~.label_options.plain_again`); and
a name cut to its node's width that reads as one shown already is cut in the middle. A box is as tall as its lines as drawn (a line of
Chinese or Japanese takes its font's taller ascent and descent) with a margin above and
below; a name that two lines would cut takes a box a quarter wider, or a third line,
before it is cut. A
highlighted node (found, or where an influence being drawn would go) has its label ringed
in the highlight colour. Nodes the focus view fades get no label. A node left without a
label (crowded out) paints its own text as at any other zoom, so an unnamed node is never
an empty box: zoomed out far, a small shape without text; nearer, its name in its own
smaller type. Hovering a node still shows its tooltip.

The placement is :mod:`.label_places` (pure geometry, tested alone), the labels' texts
:mod:`.label_text` and their order :mod:`.label_priority`; :class:`MapLabels`
paints in the view's foreground, in viewport pixels, placed by :meth:`MapLabels.prepare`
before the nodes paint (they ask which of them a label names). The placement is remembered until
something it depends on changes (the view's transform and size, the font, the language, the
model, the selection, the nodes' positions and fading), so a repaint that only changes
colours (each step of a lever drag) paints the boxes without placing them again, and their
texts without laying them out again (:mod:`.laid_text`). Labels are placed in the labels'
frame (:mod:`.label_frame`), which a view resized a little keeps: a dock's edge dragged
moves no label beside its node; while it is held (the labels' scale kept) the last
placement is only drawn again where the view now shows its nodes, no label placed again
or hidden, and placed again once the button is released (at the view's own scale if the
kept one would leave a label out). Each candidate node's body and centre in that frame
and its label as shown are kept while the labels' scale, the font and the language stay:
a placement after an edit maps only the nodes the edit changed.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QTimer
from PySide6.QtGui import (QColor, QFont, QFontInfo, QFontMetricsF, QPainter, QPen, QRegion,
                           QTransform)

from ...language import current as current_language
from ...model import translated
from .label_frame import FramedLabel, NodesInFrame, drawn_labels
from .label_links import PlacedLabel, paint_links
from .label_grid import Bodies, Boxes
from .label_left_out import LeftOutNames
from .label_places import label_places, place_labels, places_kept, widen_labels
from .label_options import (LabelOptions, RememberedTexts, around, label_box, named_whole,
                            narrow_whole, onto_bodies, plain_again, reserved_whole,
                            told_apart_first, whole_names_away, whole_places)
from .label_priority import LabelPriority
from .label_text import WIDTH_EM, told_apart
from .laid_text import CentredText, text_height
from .style import node_font

__all__ = ["MIN_LABEL_PX", "MapLabels", "node_label_px"]

#: The smallest label text, in pixels, that a room reads on a projector or a laptop.
MIN_LABEL_PX = 11.0
#: The margin above and below a label's text, and the gap kept between two labels, as
#: parts of the text size (a projector's labels keep margins in proportion).
_PAD_Y_EM = 0.15
_GAP_EM = 0.2
#: At most this many candidates are tried per paint (the rest stay unlabelled).
_MAX_TRIED = 800
#: Labels left out are placed away from their nodes, on leader lines, when there are at
#: most this many: a small map names every node it can; a big one zoomed out, whose
#: nodes no view could all name, stays as quick to place.
_MAX_RESCUED = 40


def node_label_px(zoom: float, presentation: float = 1.0) -> float:
    """The on-screen size, in pixels, of a node's own label text at ``zoom``."""
    return QFontInfo(node_font()).pixelSize() * zoom * presentation


class MapLabels:
    """Chooses and paints the map labels of a view (see the module docstring)."""

    def __init__(self, view) -> None:
        self.view = view
        self._priority = LabelPriority()
        self._variants = RememberedTexts(view.viewport())
        #: The last placement (node id, text, box in viewport pixels), kept while valid.
        self.placed: list[PlacedLabel] = []
        self._placed_key: tuple | None = None     # what the placement was computed for
        # what the last placement worked out, to place again only what an edit changed:
        # each label's options, the nodes' bodies, and the view, font and language
        self._last: dict[str, LabelOptions] = {}
        self._bodies: dict[str, QRectF] = {}
        self._context: tuple | None = None
        self._nodes = NodesInFrame(view, 4 * _MAX_TRIED)  # the candidates, as shown
        self._area = QRectF()                     # the view, in coordinates panning with it
        self._told: dict[str, tuple] = {}         # short names told apart (told_apart_first)
        self._apart: dict = {}                    # and the texts that told them apart
        self._framed: list[FramedLabel] = []      # the last placement, in the labels' frame
        self._held = False                        # drawn for a dock's edge being dragged
        self._release = QTimer(view, interval=40)  # looks for the button's release
        self._release.timeout.connect(self._released)
        #: The nodes labelled by the last paint (tests and the real-window probe read it).
        self.shown: list[str] = []
        #: The nodes a label names, over them or beside them (they paint no text of their
        #: own).
        self.labelled: frozenset[str] = frozenset()

    @property
    def dragged(self) -> bool:
        """Whether the labels shown are the last placement drawn over a dock's edge being
        dragged (placed again once the button is released)."""
        return self._held

    def active(self) -> bool:
        """Whether nodes' own labels are too small to read, so map labels take over."""
        return self.active_at(self.view.zoom)

    def active_at(self, zoom: float) -> bool:
        """Whether map labels take over at ``zoom`` (see :meth:`active`)."""
        scene = self.view.scene()
        if scene is None:
            return False
        return node_label_px(zoom, scene.presentation_scale) < self.pixel_size()

    def whole_name_sizes(self, items) -> list[tuple[float, float]]:
        """The width and height, in pixels, of the box each node of ``items`` shows its
        whole name in, as a map label: what a fitted view keeps room for (``.fit_area``)."""
        font = self.font()
        font_key, metrics = font.key(), QFontMetricsF(font)
        width = metrics.averageCharWidth() * WIDTH_EM
        pad_y = max(1.0, _PAD_Y_EM * font.pixelSize())
        sizes = []
        for item in items:
            _text, text_width, text_height = self._variants(
                translated(item.node), font, font_key, metrics, width)[0]
            box = label_box(text_width, text_height, QPointF(), pad_y)
            sizes.append((box.width(), box.height()))
        return sizes

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
            boxes = ({(label.node_id, label.drawn().getRect()) for label in before}
                     ^ {(label.node_id, label.drawn().getRect()) for label in labels})
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
        painter.setPen(QPen(QColor(colours.outline), 1.5))
        paint_links(painter, labels)
        for label in labels:
            item = scene.node_items[label.node_id]
            fill = scene.tint_of(label.node_id) or scene.palette.colour(item.node.group)
            label.paint_box(painter, item.node, fill, target if item.highlighted else
                            chosen if item.isSelected() else outline)
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

    def _choose(self, scene) -> list[PlacedLabel]:
        """The labels to paint: the remembered placement while nothing it depends on
        changed, else a new one."""
        view = self.view
        font = self.font()
        items = [scene.node_items[node_id]
                 for node_id in self._priority.order(scene)[:_MAX_TRIED]]
        t = view.viewportTransform()
        scale = view.label_scale.at(t.m11())
        where = [(item.scenePos().toTuple(), item.opacity()) for item in items]
        key = ((t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()),
               view.viewport().size().toTuple(), font.key(), current_language(),
               id(scene.model), scene.model.revision, self._priority.version,
               scene.named_whole, where, scale)
        if key == self._placed_key:
            return self.placed
        if self._dragged(key):
            # a dock's edge dragged, the labels' scale kept: the last placement drawn where
            # the view now shows its nodes, every label kept, none placed again, until the
            # button is released (:meth:`_released`)
            self.placed = drawn_labels(self._framed, t, QRectF(view.viewport().rect()),
                                       apart=False)[0]
            self._held = True
            self._release.start()
        else:
            self._held = False
            self.placed, crowded = self._place(items, where, font, scale, t)
            if crowded and scale != t.m11() and not view.label_scale.held():
                # the kept scale brings a label onto another: placed at the view's own
                scale = view.label_scale.settle(t.m11())
                key = (*key[:-1], scale)
                self.placed = self._place(items, where, font, scale, t)[0]
        self._placed_key = key
        return self.placed

    def _dragged(self, key: tuple) -> bool:
        """Whether the view is being resized by a dock's edge dragged (a pointer button
        held; resized since the last placement or already in this drag) and nothing else
        a placement reads (``key``: the model, the font, the nodes, the labels' scale)
        changed since it."""
        last = self._placed_key
        return (last is not None and key[2:] == last[2:] and (self._held or key[1] != last[1])
                and self.view.label_scale.held())

    def _released(self) -> None:
        """Once the button held over a drag is released, the labels placed for the view as
        it now is (at the labels' scale: the same labels beside their nodes, but where
        the view's edge came up against one or the view's scale brought two together)."""
        if not self.view.label_scale.held():
            self._release.stop()
            self._held, self._placed_key = False, None
            self.view.viewport().update()

    def _place(self, items, where, font: QFont, scale: float, transform: QTransform
               ) -> tuple[list[PlacedLabel], bool]:
        """Place the labels of ``items`` (most important first; ``where``: each one's
        position and opacity) in the viewport, whose ``transform`` maps the scene to it,
        at the labels' ``scale`` (:mod:`.label_frame`): after an edit or a pan (the same
        labels' scale, view size, font and language), only those near what changed are
        placed again (:func:`place_labels`), each label's places made again only when its
        node, its text or a body near them changed. Returns the labels as drawn and whether
        the view's scale, a little off the labels', left one out (:func:`drawn_labels`)."""
        view = self.view
        viewport = QRectF(view.viewport().rect())
        metrics = QFontMetricsF(font)
        width = metrics.averageCharWidth() * WIDTH_EM
        pad_y = max(1.0, _PAD_Y_EM * font.pixelSize())
        gap = max(2.0, _GAP_EM * font.pixelSize())
        # placed in the labels' frame, which pans with the map and keeps its scale while
        # a dock's edge is dragged: a view moved by an edit places again only the labels
        # at the edges of the view, and one resized places them all, at the same scale
        font_key = font.key()
        context = (scale, viewport.size().toTuple(), font_key, current_language())
        last = self._last if context == self._context else {}
        frame = transform.inverted()[0] * QTransform.fromScale(scale, scale)
        area = QRectF(*(round(edge) for edge in frame.mapRect(viewport).getRect()))
        stable = area.intersected(self._area) if last and area != self._area else None
        seen = self._nodes.seen(items, where, scale, (font_key, width, context[3]),
                          lambda item: self._variants(translated(item.node), font, font_key,
                                                      metrics, width))
        scene = view.scene()
        seen = told_apart_first(
            seen, area, lambda node_id: translated(scene.node_items[node_id].node), metrics,
            lambda text: (text, metrics.horizontalAdvance(text),
                          text_height(text, font, metrics, view.viewport(), font_key)),
            self._told, self._apart, font_key)
        bodies = {node_id: node.body for node_id, node in seen.items()}
        old_bodies = self._bodies if last else {}
        moved_bodies = Boxes(
            body for node_id in bodies.keys() | old_bodies.keys()
            if bodies.get(node_id) != old_bodies.get(node_id)
            for body in (bodies.get(node_id), old_bodies.get(node_id)) if body is not None)
        others = Bodies(body for body in bodies.values() if body.intersects(area))
        named = (set(scene.selected_node_ids()) | set(scene.recent_nodes)
                 | {objective.node for objective in scene.model.objectives})
        options: list[LabelOptions] = []
        for node_id, node in seen.items():
            centre = node.centre
            if not area.contains(centre):
                continue
            body = node.body
            must = node_id in named
            inputs = (node.inputs, must)
            known = last.get(node_id)
            places = whole = None
            if known is not None and known.inputs == inputs and (
                    stable is None or stable.contains(known.reach.adjusted(-1, -1, 1, 1))):
                if not moved_bodies.meets(known.reach):
                    places, whole = known.places, known.whole
                else:
                    places = places_kept(known.tried, known.places, body, others,
                                         moved_bodies, must)
                    if places is not None and known.whole is not None:
                        whole = (known.whole[0], places_kept(*known.whole, body, others,
                                                             moved_bodies, False))
            # the first round names a node on one short line, one that must be named whole
            text, text_width, height = node.texts[0 if must else -1]
            if places is not None:
                tried, reach = known.tried, known.reach
            else:
                places, tried = label_places(label_box(text_width, height, centre, pad_y),
                                             body, area, others, must)
                reach = around(tried)
            options.append(LabelOptions(node_id, node, text, inputs, tried, reach, places,
                                    self._priority.rank(node_id), whole=whole))
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
        taken = {index for index, _box in placed}
        left_out = [index for index in range(len(options)) if index not in taken]
        reserved = reserved_whole(placed, options, scene.labelled_first, pad_y, area, others,
                                  gap)
        rescued = {}
        names = LeftOutNames(options, lambda node_id: translated(scene.node_items[node_id].node),
                             font, metrics, view.viewport(), pad_y, area, others, gap, reserved)
        if len(left_out) <= _MAX_RESCUED:
            placed, rescued = names.named(placed, left_out)
        wider = whole_places(placed, options, pad_y, area, others, lambda entry: narrow_whole(
            entry, translated(scene.node_items[entry.node_id].node), font, metrics,
            lambda text: text_height(text, font, metrics, view.viewport(), font_key), pad_y,
            area, others))
        placed = widen_labels(placed, wider, gap, reserved)
        placed, away = whole_names_away(placed, options, rescued, pad_y, area, others, gap,
                                        _MAX_RESCUED, reserved)
        rescued |= away
        self._last, self._bodies, self._context, self._area = \
            {entry.node_id: entry for entry in options}, bodies, context, area
        shows = {options[index].node_id: options[index].text_in(box) for index, box in placed}
        shows |= {options[index].node_id: options[index].screen.texts[0][0] for index in away}
        shows |= plain_again(shows, self._told)
        shows |= told_apart(shows, lambda node_id: translated(scene.node_items[node_id].node),
                            metrics)
        before = dict(placed)
        placed, lifted, rescued = named_whole(
            placed, options, scene.named_whole, rescued, reserved, pad_y, area, others, gap,
            lambda index, box: names.shorter_places(options[index], box, True))
        shows |= {entry.node_id: entry.texts.get(box.getRect(), entry.screen.texts[0][0])
                  for index, box in lifted.items() for entry in (options[index],)}
        gave_way = {options[index].node_id: options[index].text_in(box)
                    for index, box in placed if index not in lifted and before.get(index) != box}
        if gave_way:          # names cut shorter to give a lever room, told apart again
            shows |= gave_way
            shows |= told_apart(shows, lambda node_id: translated(
                scene.node_items[node_id].node), metrics)
        placed, rescued = onto_bodies(placed, options, rescued)
        self._framed = [FramedLabel(options[index].node_id, shows[options[index].node_id],
                                    box, options[index].screen, rescued.get(index) == box)
                        for index, box in placed]
        return drawn_labels(self._framed, transform, viewport)
