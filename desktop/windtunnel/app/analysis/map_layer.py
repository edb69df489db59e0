"""Results on the map: tints, halos, edge flows, hover text, the colour legend, highlights.

- **Tint**: every node is filled by its change from baseline in the current scenario at
  the shown step, on the diverging scale of :mod:`.colours` (the scene's ``set_tints``
  hook). One scale serves the whole run: it spans the largest change of any scenario at
  any step (:func:`.colours.run_span`), so a replay and paging through scenarios in a
  workshop compare like with like.
- **Halo** (optional): a glow around each node whose size grows with |change|.
- **Edge flows** (optional): each edge is underlaid by a band whose width is its
  *contribution*: how much more (blue) or less (red) it pushes its target than in the
  baseline at that step (the engine's ``edge_contributions``), so the ripple's paths
  stand out.
- **Hover** (:mod:`.hover`): a node's tooltip gives baseline, scenario and change at the
  shown step; an edge's tooltip adds to the editor's text the edge's contribution at the
  shown step (the change in its push, as for the flows).
- **Highlights**: paths and loops chosen in the results dock are drawn in amber.

All of it lives in two graphics items added to the window's scene (below the edges and
between edges and nodes) and a legend widget on the view; the map editor's items are not
changed beyond their fill colour and tooltip. :class:`MapResults` is also the window's map
decoration: File > Export Map paints its change scale over the map.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QWidget

from ...engine import compile_scenario, compiled_model
from ...engine.contributions import edge_contributions
from ...errors import WindtunnelError
from ..canvas.scene_layer import SceneLayer
from .colours import (change_rgbs, change_scale, legend_size, longest_title,
                      paint_change_legend, run_span, span_of)
from .halo_room import halo_rooms
from .hover import HoverText, Shown

__all__ = ["MapResults", "ResultsLayer", "ChangeLegend"]

_HIGHLIGHT = "#ffb000"
#: A halo reaches this far round its node (scene units) for the least change shown, and
#: this much further for the largest; thicker by the line scale in workshop mode, but never
#: past half the gap to the nearest node (:mod:`.halo_room`), nor thinner than the last.
HALO_LEAST, HALO_GROWTH, HALO_THINNEST = 4.0, 16.0, 1.5
#: Edges whose contribution is below this share of the largest get no flow band.
FLOW_FLOOR = 0.08
#: At most this many edges get a flow band (the strongest): the ripple's main paths.
MAX_FLOWS = 40


class ResultsLayer(SceneLayer):
    """Halos (``kind="halo"``) or edge flows and highlights (``kind="flow"``)."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind
        self.setZValue(0.5 if kind == "halo" else -0.5)
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.setAcceptHoverEvents(False)
        # paint() gets the exposed rectangle: halos and bands outside it are skipped (a
        # repaint of part of the view, a strip of an exported picture)
        self.setFlag(QGraphicsItem.ItemUsesExtendedStyleOption, True)
        self.halos: list[tuple[str, float, QColor]] = []     # node id, magnitude 0..1, glow
        self.flows: list[tuple[tuple[str, str], float, bool]] = []   # key, width 0..1, rise
        self.highlight: set[tuple[str, str]] = set()
        self.scale = 1.0         # workshop mode draws thicker
        #: (the halos, line scale and nodes' boxes the rooms were measured for, the rooms)
        self._rooms: tuple[object, float, dict, dict[str, float]] = (None, 0.0, {}, {})

    def halo_shapes(self) -> list[tuple[QRectF, float, QColor]]:
        """Each halo's rectangle in the scene, how far it reaches round its node, and its
        colour."""
        nodes = self.scene().node_items
        rooms = self._halo_rooms(nodes)
        shapes = []
        for node_id, size, colour in self.halos:
            item = nodes.get(node_id)
            if item is None:
                continue
            grow = min((HALO_LEAST + HALO_GROWTH * size) * self.scale,
                       max(rooms.get(node_id, 0.0), HALO_THINNEST))
            shapes.append((item.mapRectToScene(item.rect).adjusted(-grow, -grow, grow, grow),
                           grow, colour))
        return shapes

    def _halo_rooms(self, nodes: dict) -> dict[str, float]:
        """How far each node's halo may reach (see :mod:`.halo_room`): looked at again when
        the halos are set anew (each result shown, each change of the map) or thickened,
        and measured again only where the nodes' boxes moved (a lever's drag moves none)."""
        halos, scale, boxes, rooms = self._rooms
        if halos is not self.halos or scale != self.scale:
            now = {node_id: item.mapRectToScene(item.rect).getCoords()
                   for node_id, item in nodes.items()}
            if now != boxes or scale != self.scale:
                rooms = halo_rooms(now, now, (HALO_LEAST + HALO_GROWTH) * self.scale)
            self._rooms = (self.halos, self.scale, now, rooms)
        return rooms

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self.scene()
        exposed = option.exposedRect
        if painter.hasClipping():          # scene.render (a picture's strip) exposes it all
            exposed = exposed.intersected(painter.clipBoundingRect())
        painter.setRenderHint(QPainter.Antialiasing, not scene.interacting)  # fast while dragging
        if self.kind == "halo":
            painter.setPen(Qt.NoPen)
            for rect, grow, colour in self.halo_shapes():
                if not rect.intersects(exposed):                        # (scaled too)
                    continue
                path = QPainterPath()
                path.addRoundedRect(rect, 12 + grow, 12 + grow)
                painter.setBrush(colour)
                painter.drawPath(path)
            return
        widest = 8.0 if scene.interacting else 16.0      # narrower bands paint faster
        # two pens whose width is set per band: making a QPen costs more than drawing it
        rise, fall = (_band_pen(scene.colours.positive), _band_pen(scene.colours.negative))
        edges = scene.edge_items
        for key, size, up in self.flows:
            item = edges.get(key)
            width = (3.0 + widest * size) * self.scale
            if item is None or not _touches(item.path, width, exposed):
                continue
            pen = rise if up else fall
            pen.setWidthF(width)
            painter.setPen(pen)
            painter.drawPath(item.path)
        for key in self.highlight:
            item = edges.get(key)
            if item is not None and _touches(item.path, 12.0 * self.scale, exposed):
                painter.setPen(QPen(QColor(_HIGHLIGHT), 12.0 * self.scale, Qt.SolidLine,
                                    Qt.RoundCap))
                painter.drawPath(item.path)


def _band_pen(colour: str) -> QPen:
    """The pen of a flow band (translucent, flat ends); its width is set per band."""
    translucent = QColor(colour)
    translucent.setAlpha(70)
    return QPen(translucent, 1.0, Qt.SolidLine, Qt.FlatCap)


def _touches(path: QPainterPath, width: float, exposed: QRectF) -> bool:
    """Whether a band of ``width`` along ``path`` can reach into ``exposed``: the curve itself
    must pass through the rectangle grown by half the width (its box alone is not enough
    for a long diagonal curve; a box wholly inside needs no closer look)."""
    half = width / 2 + 1
    grown = exposed.adjusted(-half, -half, half, half)
    box = path.controlPointRect()
    return grown.contains(box) or (box.intersects(grown) and path.intersects(grown))


def _glow(colour: QColor) -> QColor:
    """A node's tint as its halo paints it (translucent)."""
    glow = QColor(colour)
    glow.setAlpha(200)
    return glow


#: A map view shorter than this (a laptop's at 768 pixels, any at 200 % scaling) gets the
#: one-line strip: the four-line scale took a quarter to a third of its height.
SHORT_VIEW = 360


class ChangeLegend(QWidget):
    """The colour scale in the canvas view's bottom margin (never over the map); while it
    shows, the view's group legend gives way (the nodes' colours are the changes). Compact
    (workshop mode, or a view shorter than :data:`SHORT_VIEW`), it is one strip, the title
    beside the scale, so that it takes a line of the map's height rather than four."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.span = 1.0
        self.title = ""
        self.point_size = 8.5
        self.compact = False
        self._shown = None          # (span, title, type, view width) last laid out
        # (results tint the nodes, the scale shows); None until the first results or their
        # absence are known, so that the first call always tells the group legend (hidden
        # before the first paint when the model has scenarios, see .frames)
        self._state = (None, None)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)    # a scroll bar shown or hidden
        self.hide()

    def set_shown(self, on: bool) -> None:
        """Show or hide the scale (``on``: results tint the nodes, so the group legend gives
        way), taking or giving back the view's bottom margin; while the user hides the
        map's legends (*View > Show Legend*), the scale stays hidden too."""
        shown = on and self.view.show_legend
        if (on, shown) == self._state:
            return
        self._state = (on, shown)
        self.setVisible(shown)
        self.view.set_group_legend_hidden(on)
        self.view.reserve_margin("bottom", self.height() + 8 if shown else 0)
        self._place()

    def follow_choice(self) -> None:
        """The user showed or hid the map's legends: show or hide the scale with them (it
        is the legend the map shows while results tint it)."""
        self.set_shown(self._state[0])

    def set_type(self, point_size: float, *, compact: bool) -> None:
        """The legend's type size, and whether it is the compact strip."""
        self.point_size, self.compact = point_size, compact
        self.set_scale(self.span, self.title)

    def set_scale(self, span: float, title: str | tuple[str, ...]) -> None:
        """Show ``span`` under ``title`` (one text, or its forms longest first: the first
        that fits is shown, see :func:`~windtunnel.app.analysis.colours.fitted_title`);
        nothing is laid out again or repainted while neither they, the type nor the view's
        width change (each step of a lever drag asks)."""
        strip = self.as_strip()
        key = (span, title, self.point_size, strip, self.view.width())
        if key == self._shown:
            self._place()                       # a taller or shorter view moves it
            return
        self._shown = key
        self.span, self.title = span, title
        width, height = legend_size(self.point_size, title=title, span=span, compact=strip)
        if not strip:
            font = QFont()
            font.setPointSizeF(self.point_size)
            width = max(width,
                        QFontMetricsF(font).horizontalAdvance(longest_title(title)) + 24)
        room = self.view.width() - 20
        old_height = self.height()
        self.resize(round(max(120.0, min(width, room))), round(height))
        if self.isVisibleTo(self.view) and self.height() != old_height:
            self.view.reserve_margin("bottom", self.height() + 8)
        self._place()
        self.update()

    def as_strip(self) -> bool:
        """Whether the scale is the one-line strip (asked for, or the view is short)."""
        return self.compact or self.view.height() < SHORT_VIEW

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Resize:
            if watched is self.view:            # a narrower or shorter view: another scale
                self.set_scale(self.span, self.title)
            else:                               # the map's viewport: above its scroll bar
                self._place()
        return False

    def _place(self) -> None:
        margin = self.view.margin_rect("bottom")
        self.move(round(margin.left()) + 6, round(margin.top()) + 4)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        scene = self.view.scene()
        colours = scene.colours if scene is not None else None
        text = QColor(colours.text if colours else "#222222")
        background = QColor(colours.label_background if colours else "#eeffffff")
        painter = QPainter(self)
        paint_change_legend(painter, QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5),
                            self.span, title=self.title, text=text, background=background,
                            point_size=self.point_size, compact=self.as_strip())
        painter.end()


class MapResults(QObject):
    """Keeps the map's results picture in step with the controller."""

    #: Tints, halos or flows were switched on or off.
    options_changed = Signal()

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.show_tints = True
        self.show_halos = False
        self.show_flows = True
        self.legend = ChangeLegend(controller.window.view)
        controller.window.actions.legend.triggered.connect(
            lambda _on: self.legend.follow_choice())
        self.halo_layer = ResultsLayer("halo")
        self.flow_layer = ResultsLayer("flow")
        self._network = None
        self._plan_weight = None
        self._run_span = (None, 0.0)    # a run and the span of its scenarios' changes
        #: The tint (0xRRGGBB) this layer gave each node of the scene, to hand the scene
        #: only the tints that change (:meth:`~.CanvasScene.retint`).
        self._tinted: dict[str, int] = {}
        #: The model and scenario shown when the map last named their levers first, and
        #: those levers (:meth:`_levers_named_first`).
        self._named_first: tuple[object, str, tuple[str, ...]] = (None, "", ())
        self.hover = HoverText(controller.window.view)
        controller.results_changed.connect(self._compile)
        controller.scenario_changed.connect(self._compile)
        controller.document_changed.connect(self._attach_layers)
        for signal in (controller.live_changed, controller.step_changed):
            signal.connect(self.update)
        self._attach_layers()

    def _attach_layers(self) -> None:
        scene = self.controller.scene
        self._tinted = {}                  # a new scene: none of its nodes tinted yet
        for layer in (self.halo_layer, self.flow_layer):
            old = layer.scene()
            if old is not scene:
                if old is not None:
                    old.removeItem(layer)
                scene.addItem(layer)
        self.hover.forget()
        self._compile()

    def _compile(self, *_) -> None:
        controller = self.controller
        self._network = self._plan_weight = None
        scenario = controller.model.scenario(controller.session.scenario_id) \
            if controller.session.scenario_id else None
        if controller.session.results is not None and scenario is not None:
            try:
                self._network = compiled_model(controller.model)
                self._plan_weight = compile_scenario(self._network, scenario).weight
            except WindtunnelError:
                self._network = None
        self.update()

    def set_line_scale(self, scale: float) -> None:
        """Thicker halos, flows and highlights (workshop mode, for a projector)."""
        for layer in (self.halo_layer, self.flow_layer):
            layer.scale = scale
            layer.update()

    def set_options(self, *, tints: bool | None = None, halos: bool | None = None,
                    flows: bool | None = None) -> None:
        if tints is not None:
            self.show_tints = tints
        if halos is not None:
            self.show_halos = halos
        if flows is not None:
            self.show_flows = flows
        self.update()
        self.options_changed.emit()

    def update(self, *_) -> None:
        """Repaint the map's results for the current scenario and step."""
        controller, scene = self.controller, self.controller.scene
        change = controller.session.change()
        result = controller.session.result()
        if change is None or result is None or not self.show_tints:
            # a scenario whose run is still to come (one just added) keeps the scale's
            # margin until its results tint the map: the map does not jump down and back
            self._clear(scene, keep_scale=self.show_tints and bool(controller.session.scenario_id)
                        and not controller.idle)
            return
        results, step = controller.session.results, min(controller.session.step, controller.session.steps)
        ids = results.node_ids
        if self._run_span[0] is not results:           # each drag step asks again
            self._run_span = (results, run_span(results))
        span = max(self._run_span[1], span_of(change))
        now = change[step]
        rgbs = change_rgbs(now, span)
        scene.set_labelled_first(self._levers_named_first())
        shown = controller.model.scenario(controller.session.scenario_id)
        scene.set_named_whole(() if shown is None else
                              (intervention.node for intervention in shown.interventions))
        self._retint(scene, dict(zip(ids, rgbs)))
        states = results.baseline + change
        size = np.abs(now)
        self.halo_layer.halos = ([(ids[i], min(size[i] / span, 1.0), _glow(QColor(rgbs[i])))
                                  for i in np.flatnonzero(size >= 0.05 * span)]
                                 if self.show_halos else [])
        push = self._push(results, states, step)
        self.flow_layer.flows = self._flows(push) if self.show_flows and push is not None \
            else []
        for layer in (self.halo_layer, self.flow_layer):
            layer.update()
        self.hover.show(Shown(results, result.label, states, change, step, push,
                              self._network, self._plan_weight))
        unit = results.settings.time_unit
        where = dict(scenario=result.label, unit=unit, step=step,
                     steps=controller.session.steps)
        # a narrow strip drops "Change from baseline" first: the scenario and the step show
        self.legend.set_scale(span, (
            self.tr("Change from baseline \u00b7 {scenario} \u00b7 {unit} {step} of {steps}"
                    ).format(**where),
            self.tr("{scenario} \u00b7 {unit} {step} of {steps}").format(**where)))
        self.legend.set_shown(True)

    def _retint(self, scene, tints: dict[str, int]) -> None:
        """Tint the scene's nodes with ``tints`` (0xRRGGBB by node id; a node left out gets
        its group colour again), making colours only for the nodes whose tint changed."""
        old, self._tinted = self._tinted, tints
        changes = {node_id: QColor(rgb) for node_id, rgb in tints.items()
                   if old.get(node_id) != rgb}
        changes.update(dict.fromkeys(old.keys() - tints.keys()))
        scene.retint(changes)

    def _push(self, results, states, step: int) -> np.ndarray | None:
        """Each edge's contribution at ``step`` (see :func:`edge_contributions`), or None."""
        network = self._network
        if network is None or network.n_nodes != len(results.node_ids):
            return None
        return edge_contributions(network, self._plan_weight, results.baseline, states, step,
                                  results.settings.rule)

    def _flows(self, push: np.ndarray):
        biggest = float(np.abs(push).max()) if push.size else 0.0
        if biggest < 1e-6:
            return []
        network = self._network
        ids = network.node_ids
        strongest = np.argsort(-np.abs(push), kind="stable")[:MAX_FLOWS]
        return [((ids[network.source[e]], ids[network.target[e]]), abs(push[e]) / biggest,
                 push[e] > 0) for e in strongest if abs(push[e]) >= FLOW_FLOOR * biggest]

    def _levers_named_first(self) -> tuple[str, ...]:
        """The levers any scenario sets, in the map's order: their labels come first on a
        zoomed-out map (the scenarios are about them). Every scenario's alike, so that
        paging through the scenarios (PageDown in a workshop) moves no label: changing
        the scenario is not changing the map, and a neighbour's name that showed whole
        stays whole (the shown scenario's levers stand out by their tints). Kept while
        the scenario stays shown: a lever set for the first time (a slider moved, an
        undo) would name its node first and move its neighbours' labels, which the room
        reads as the map changing; the next scenario shown names it first with the rest."""
        model, scenario_id = self.controller.model, self.controller.session.scenario_id
        if self._named_first[0] is not model or self._named_first[1] != scenario_id:
            set_levers = {i.node for scenario in model.scenarios
                          for i in scenario.interventions}
            levers = tuple(node.id for node in model.nodes if node.id in set_levers)
            self._named_first = (model, scenario_id, levers)
        return self._named_first[2]

    def _clear(self, scene, *, keep_scale: bool = False) -> None:
        if not keep_scale:      # (a run to come for the scenario shown keeps its levers)
            scene.set_labelled_first(())
            scene.set_named_whole(())
            self._named_first = (None, "", ())
        scene.clear_tints()
        self._tinted = {}
        self.halo_layer.halos, self.flow_layer.flows = [], []
        for layer in (self.halo_layer, self.flow_layer):
            layer.update()
        self.hover.show(None)
        if not keep_scale:
            self.legend.set_shown(False)

    # -- the window's map decoration (File > Export Map) ------------------------------------

    def map_overlay(self):
        """The change scale, when results are on the map (see :mod:`..map_export`)."""
        legend = self.legend
        if not legend.isVisibleTo(self.controller.window.view):
            return None
        return change_scale(self.controller.scene, (legend.span, legend.title))

    def map_state(self) -> tuple:
        session = self.controller.session
        return (session.scenario_id, session.step, self.show_tints, self.show_halos,
                self.show_flows, id(session.live_change), id(session.results),
                frozenset(self.flow_layer.highlight))

    def highlight(self, nodes=(), edges=()) -> None:
        """Mark a path or loop on the map (empty: clear)."""
        self.controller.scene.set_highlight(list(nodes))
        self.flow_layer.highlight = set(map(tuple, edges))
        self.flow_layer.update()

