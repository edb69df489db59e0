"""Line charts of chosen nodes over time: baseline against scenarios, with Monte Carlo bands.

The chart shows the nodes selected on the map (or, with nothing selected, the nodes the
objectives are about): each node's **baseline** as a dashed line and its level in the **current
scenario** as a solid line of the same colour; "All scenarios" adds the other scenarios as thin
lines. After a Monte Carlo run, the current scenario's 5-95% band (light) and 25-75% band
(darker) are shaded around it, drawn thick enough to see (:mod:`.chart_bands`); hovering a
band gives its true numbers at the step under the pointer. A vertical line marks the step
shown on the map; drag it to replay.
Colours are the Okabe-Ito palette (colour-blind safe).

The plot gets the dock's height first. The note saying which line is which and the "All
scenarios" box share one line above it: the note takes one line whatever its length (a Monte
Carlo run's bands dropped first, then cut with "..."; whole on hover). The key (which colour is
which node, :mod:`.chart_key`) stands in a column at the plot's right on a dock wider than
:data:`KEY_BESIDE_RATIO` times its height (the Results dock under the map on a laptop, at 2x
scale, on a projector: there two lines of note and three of key left the plot a strip), else
above the plot in at most two wrapped lines (the rest scroll), the second counted in the plot's
minimum height so that a two-line key (long labels, CJK) does not push the time axis's title out
of view. Either way it never covers a line. The level axis is titled on one line above the
plot's top-left corner, which stays in view however little of the plot a short dock shows.

Speed: creating pyqtgraph items costs ~40 ms for a dozen curves, so the curves, bands and legend
are built only when the set of lines changes (other nodes, scenario, "All scenarios", bands
appearing); new numbers move the existing curves (``setData``, ~2 ms). During a lever drag the
map follows every step and the chart catches up at most every :data:`LIVE_CHART_MAX_MS` of
continuous dragging, or once the hand has paused for :data:`LIVE_CHART_PAUSE_MS` after the map's
repaint, always in the turn after a map's repaint (never between a drag step and its map). While
a lever is dragged the axes keep their range (a re-fit regenerates both axes and their grid and
repaints the whole plot); the range grows only when a curve would leave it, and the chart fits
its curves again, as before the drag, once the lever is released.
"""

from __future__ import annotations

from html import escape

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QAbstractScrollArea, QBoxLayout, QCheckBox, QHBoxLayout,
                               QSizePolicy, QVBoxLayout, QWidget)

from .controller import soon
from ..elided import ElidedLabel
from ..formats import count, number, time_units
from .axes import chart_plot, title_above
from .chart_bands import Band, draw_bands
from .chart_key import ABOVE_MAX_LINES, ChartKey

__all__ = ["TrajectoryChart", "OKABE_ITO", "chart_nodes"]

OKABE_ITO = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442",
             "#000000")
MAX_LINES = 8
#: The plot's height on the smallest dock with a key of one line; below it the Charts tab
#: scrolls. Each further line of a wrapped key is taken from it, down to MIN_PLOT_FLOOR, so
#: the key and the plot (its time-axis title included) keep the height they need together.
MIN_PLOT_HEIGHT = 140
MIN_PLOT_FLOOR = 100
#: The least height of the plot in a dock both narrow and short, where the tab would
#: otherwise scroll: its level and time axes and a strip of lines between them.
SHORT_PLOT_FLOOR = 40
#: Below this height the plot leaves out its axes' titles (their lines go to the curves).
TITLED_PLOT = 64
ONE_LINE = 100_000      # a width at which the key takes one line
#: The key stands beside the plot when the chart is this many times wider than the height
#: it shows (a dock under the map), and at least KEY_BESIDE_MIN_WIDTH pixels wide.
KEY_BESIDE_RATIO = 2.0
KEY_BESIDE_MIN_WIDTH = 560
#: While a lever is dragged the map follows every step and the chart catches up when the
#: hand has paused this long after the map's repaint, or at the latest every
#: LIVE_CHART_MAX_MS of continuous dragging: a chart repaint costs 10-20 ms, which would
#: otherwise sit between most drag steps and their map repaint.
LIVE_CHART_PAUSE_MS = 120
LIVE_CHART_MAX_MS = 500


def chart_nodes(controller) -> list[str]:
    """The nodes to chart: the selection, else the objectives' nodes (at most MAX_LINES)."""
    chosen = list(controller.session.selection) or list(dict.fromkeys(
        o.node for o in controller.model.objectives))
    return chosen[:MAX_LINES]


class TrajectoryChart(QWidget):
    """The Charts tab of the results dock."""

    def __init__(self, controller) -> None:
        super().__init__()
        self.controller = controller
        self.plot = chart_plot()
        # the plot takes the height the tab has: its preferred 480 px would make the
        # scrolled page (whose wrapped labels ask for height-for-width) taller than a
        # laptop's dock, with the time axis below the fold
        self.plot.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Ignored)
        self.plot.setMinimumHeight(MIN_PLOT_HEIGHT)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.key = ChartKey()
        self.cursor = pg.InfiniteLine(angle=90, movable=True,
                                      pen=pg.mkPen("#888888", width=1.5, style=Qt.DashLine))
        self.cursor.sigPositionChangeFinished.connect(
            lambda line: controller.session.set_step(round(line.value())))
        self.cursor.sigDragged.connect(lambda line: controller.session.set_step(round(line.value())))
        self.series: dict = {}       # (node id, "baseline" or scenario id) -> curve
        self.bands: dict = {}        # (node id, (low, high) percentiles) -> Band
        self._layout = None          # what the curves were built for
        self._held = None            # while a lever is dragged: the auto-range to restore
        self._themed = None          # the (background, text) colours the plot was given
        self._due = False            # a live catch-up waits for the next map repaint
        self.all_scenarios = QCheckBox(self.tr("All scenarios"))
        self.all_scenarios.toggled.connect(self.refresh)
        self.note = ElidedLabel()          # one line; labels as typed; whole on hover
        self.top = top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.all_scenarios)
        # the key above the plot (bottom to top) or at its right (left to right)
        self.body = QBoxLayout(QBoxLayout.BottomToTop)
        self.body.addWidget(self.plot, 1)
        self.body.addWidget(self.key)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(self.body, 1)
        # The chart follows in an event-loop turn after the map's (coalesced): a drag or a
        # release never pays for the map and the chart in one turn.
        later = soon(self, self.refresh)
        self.pause_timer = QTimer(self, singleShot=True, interval=LIVE_CHART_PAUSE_MS)
        self.pause_timer.timeout.connect(self._catch_up)
        self.longest_timer = QTimer(self, singleShot=True, interval=LIVE_CHART_MAX_MS)
        self.longest_timer.timeout.connect(self._fall_due)
        self._map_painted = soon(self, self._after_map)
        controller.live_changed.connect(self._live_step)
        for signal in (controller.results_changed, controller.scenario_changed,
                       controller.selection_changed, controller.monte_carlo_changed):
            signal.connect(later)
        controller.step_changed.connect(self._move_cursor)
        box = self.plot.getPlotItem().getViewBox()
        box.sigRangeChanged.connect(self._draw_bands)      # a pixel's worth of level
        box.sigResized.connect(self._draw_bands)
        self.refresh()

    def _live_step(self) -> None:
        """A live step (or the end of a preview): the map repaints in this turn; what the
        chart does is decided in the turn after the map's repaint."""
        self.pause_timer.stop()                   # counted from the map's repaint
        if not self.longest_timer.isActive():
            self.longest_timer.start()
        self._map_painted()

    def _after_map(self) -> None:
        """The turn after a live step's map repaint: catch up if the longest interval has
        passed (or the preview ended), else wait for a pause."""
        if self._due or self.controller.session.live_change is None:
            self._catch_up()
        else:
            self.pause_timer.start()

    def _fall_due(self) -> None:
        self._due = True          # caught up after the next map repaint, or on a pause

    def _catch_up(self) -> None:
        self.pause_timer.stop()
        self.longest_timer.stop()
        self._due = False
        self.refresh()

    def _theme(self) -> None:
        """Colour the plot and its axes as the palette says, when it says otherwise than
        before: each new pen makes an axis work out its ticks and labels again, which
        every new set of curves (a node selected, added) paid for nothing."""
        palette = self.palette()
        base, text = palette.color(QPalette.Base), palette.color(QPalette.Text)
        if self._themed == (base.rgba(), text.rgba()):
            return
        self._themed = (base.rgba(), text.rgba())
        self.plot.setBackground(base)
        for axis in ("left", "bottom"):
            self.plot.getPlotItem().getAxis(axis).setTextPen(text)
            self.plot.getPlotItem().getAxis(axis).setPen(pg.mkPen(text))
        self._title_level_axis(text)

    def _title_level_axis(self, colour: QColor) -> None:
        """Title the level axis on one line above the plot (:func:`~.axes.title_above`),
        in view however little of the plot a short dock shows."""
        title_above(self.plot.getPlotItem(), self.tr("level"), colour, self.font())

    def refresh(self, *_) -> None:
        """Show the current results: rebuild the curves only when the set of curves changed,
        otherwise move the existing ones (``setData``; about a millisecond)."""
        controller = self.controller
        results = controller.session.results
        if results is not None and controller.session.stale and not set(
                chart_nodes(controller)) <= set(results.node_ids):
            return     # a node added since the run: the chart waits for the edit's run,
            # rather than emptying its plot and key and laying them out twice over
        current = controller.session.result()
        nodes = [n for n in chart_nodes(controller)
                 if results is not None and n in results.node_ids]
        # an empty map's chart is its message alone: axes with no curve to hold drew a
        # chart of nothing under "No nodes yet"
        self.plot.setVisible(bool(controller.model.nodes))
        self.all_scenarios.setVisible(bool(controller.model.nodes))
        if results is None or not nodes:
            self._build(None, (), None, (), False)
            self.note.set_full_text(
                self.tr("No nodes yet: add some to the map to chart them.")
                if not controller.model.nodes
                else self.tr("Select nodes on the map to chart them.") if results is not None
                else self.tr("No results: {reason}").format(
                    reason=controller.session.error or self.tr("nothing to run")))
            if results is not None:
                self._show_time_axis(results)
            self._fit_key()
            return
        uncertainty = controller.session.uncertainty()
        others = ([r for r in results.scenarios if r is not current]
                  if self.all_scenarios.isChecked() else [])
        layout = (tuple(nodes), tuple(results.labels[results.node_index(n)] for n in nodes),
                  current.scenario_id if current is not None else None,
                  tuple(r.scenario_id for r in others), uncertainty is not None,
                  self.palette().color(QPalette.Base).name())
        if layout != self._layout:
            self._build(results, nodes, current, others, uncertainty is not None)
            self._layout = layout
        live = controller.session.live_change is not None
        self._hold_range(live)
        self._fill(results, current, uncertainty)
        if live:
            self._keep_in_view()
        self._label_time_axis(results)
        self.cursor.setBounds((0, float(results.time[-1])))
        self._move_cursor(controller.session.step)
        bands = ""
        if uncertainty is not None:
            bands = self.tr("; shaded: 5-95% and 25-75% of {samples} Monte Carlo "
                            "samples").format(samples=count(uncertainty.samples))
        elif controller.session.monte_carlo is not None and controller.session.monte_carlo_stale:
            bands = self.tr("; Monte Carlo bands hidden: the model changed since the run")
        scenario = current.label if current else self.tr("no scenario")
        text = (self.tr("Selected nodes: dashed = baseline, solid = {scenario}{bands}.")
                if controller.session.selection else
                self.tr("The objectives' nodes: dashed = baseline, solid = {scenario}{bands}."))
        # where the whole note does not fit its line, the bands' part goes first
        self.note.set_full_text(text.format(scenario=scenario, bands=bands),
                                shorter=(text.format(scenario=scenario, bands=""),))
        self._fit_key()

    def _label_time_axis(self, results) -> None:
        bottom = self.plot.getPlotItem().getAxis("bottom")
        unit = time_units(results.settings.time_unit)
        if bottom.labelText != unit:             # setting it redraws the axis
            self.plot.getPlotItem().setLabel("bottom", unit)

    def _show_time_axis(self, results) -> None:
        """An empty chart still spans the run's steps, labelled in its unit (not an
        unlabelled 0 to 1); the curves of the next selection range it again."""
        self._label_time_axis(results)
        box = self.plot.getPlotItem().getViewBox()
        box.setXRange(0.0, float(results.time[-1]), padding=0.02)
        box.enableAutoRange(box.XAxis, True)

    def _hold_range(self, on: bool) -> None:
        """While a lever is dragged, keep the axes' range (no re-fit per step); after the
        drag, auto-range again as it was (a range the user zoomed to stays)."""
        box = self.plot.getPlotItem().getViewBox()
        if on and self._held is None:
            self._held = box.autoRangeEnabled()
            box.disableAutoRange()
        elif not on and self._held is not None:
            held, self._held = self._held, None
            for axis, enable in zip((box.XAxis, box.YAxis), held):
                box.enableAutoRange(axis, enable)

    def _keep_in_view(self) -> None:
        """A held, auto-ranged axis grows to a curve that would leave it (during a drag)."""
        box = self.plot.getPlotItem().getViewBox()
        for axis, shown, wanted, auto in zip(("xRange", "yRange"), box.viewRange(),
                                             box.childrenBounds(), self._held):
            if auto and wanted is not None and (wanted[0] < shown[0] or wanted[1] > shown[1]):
                box.setRange(**{axis: wanted})

    def _build(self, results, nodes, current, others, bands: bool) -> None:
        """Create the (empty) curves, bands and legend entries for this set of lines."""
        plot = self.plot.getPlotItem()
        plot.clear()
        self.key.set_entries([])
        self._theme()
        self.series, self.bands = {}, {}
        self._layout = None
        if results is None:
            return
        entries = []
        for k, node_id in enumerate(nodes):
            colour = QColor(OKABE_ITO[k % len(OKABE_ITO)])
            label = results.labels[results.node_index(node_id)]
            entries.append((colour.name(), label))
            if current is not None and bands:
                for levels, alpha in (((5, 95), 45), ((25, 75), 80)):
                    self.bands[(node_id, levels)] = Band(plot, colour, alpha, self._band_text)
            # One key entry per node (its colour); the note above says which line is which.
            self.series[(node_id, "baseline")] = plot.plot(
                pen=pg.mkPen(colour, width=1.6, style=Qt.DashLine))
            if current is not None:
                self.series[(node_id, current.scenario_id)] = plot.plot(
                    pen=pg.mkPen(colour, width=2.6))
            faded = QColor(colour)
            faded.setAlpha(110)
            for other in others:
                self.series[(node_id, other.scenario_id)] = plot.plot(
                    pen=pg.mkPen(faded, width=1.0))
        self.key.set_entries(entries)
        self._fit_key()
        plot.addItem(self.cursor)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_key()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A new type size (workshop mode entered or left) titles the level axis again in
        it: a title set while the large type was on kept it after workshop mode ended."""
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self._title_level_axis(self.palette().color(QPalette.Text))

    def _fit_key(self) -> None:
        """Put the key beside the plot on a dock much wider than the height it shows, else
        above it, taking its lines beyond the first from the plot's minimum height. On a
        tab too short for that (a dock both narrow and short: at the side under the
        Inspector) the key takes the note's line, beside "All scenarios", in one line
        that scrolls (the note whole in the plot's tooltip), and the plot takes the height
        there is, down to SHORT_PLOT_FLOOR, below TITLED_PLOT without the axes' titles:
        the tab does not scroll."""
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        shown = self._shown_height()
        beside = width >= KEY_BESIDE_MIN_WIDTH and width >= KEY_BESIDE_RATIO * shown
        line = self.key.label.fontMetrics().lineSpacing()
        in_body = self.body.indexOf(self.key) >= 0
        others = (self.layout().minimumSize().height() - self.plot.minimumHeight()
                  - (self.key.minimumHeight() if in_body else 0))
        # (a key with no entries never takes the note's line: the note says why)
        short = (bool(self.key.entries) and not beside
                 and shown < others + ABOVE_MAX_LINES * line + MIN_PLOT_FLOOR)
        self._key_in_note_line(short)
        self.body.setDirection(QBoxLayout.LeftToRight if beside else QBoxLayout.BottomToTop)
        if short:
            self.key.place(False, width - self.all_scenarios.sizeHint().width()
                           - self.top.spacing(), lines=1)
        else:
            self.key.place(beside, width)
        wrapped = 0 if beside or short or not self.key.entries or width <= 0 else max(
            self.key.minimumHeight() - self.key.label.heightForWidth(ONE_LINE), 0)
        least = max(MIN_PLOT_HEIGHT - wrapped, MIN_PLOT_FLOOR)
        room = shown - others - (self.key.minimumHeight() if not (beside or short) else 0)
        plot = max(min(least, room), SHORT_PLOT_FLOOR)
        self.plot.setMinimumHeight(plot)
        self.plot.setToolTip(self.note.full_text if short else "")
        self._title_axes(plot >= TITLED_PLOT)

    def _key_in_note_line(self, on: bool) -> None:
        """The key on the note's line (the note hidden) or above or beside the plot."""
        if self.note.isHidden() == on:
            return
        self.note.setVisible(not on)
        (self.body if on else self.top).removeWidget(self.key)
        if on:
            self.top.insertWidget(0, self.key, 1)
        else:
            self.body.addWidget(self.key)

    def _title_axes(self, on: bool) -> None:
        """Show the axes' titles (the level above the plot, the time unit under it), or on
        a plot too short for them leave their lines to the curves."""
        item = self.plot.getPlotItem()
        bottom = item.getAxis("bottom")
        titled = on and bool(bottom.labelText)     # each asked apart: a new time unit or
        if bottom.label.isVisible() != titled:     # a rebuilt chart shows its title again
            bottom.showLabel(titled)
        if item.titleLabel.isVisible() != on:
            item.titleLabel.setVisible(on)
            item.layout.setRowFixedHeight(0, item.titleLabel.maximumHeight() if on else 0)

    def _shown_height(self) -> int:
        """The height the chart shows: the scrolled page's, not its own (which is the
        page's minimum when that is taller)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        return parent.viewport().height() if parent is not None else self.height()

    def _fill(self, results, current, uncertainty) -> None:
        """Put the numbers into the curves (the live ones while a lever is dragged)."""
        time = results.time.astype(float)
        states = self.controller.session.states()
        for (node_id, run_id), line in self.series.items():
            i = results.node_index(node_id)
            if run_id == "baseline":
                values = results.baseline[:, i]
            elif current is not None and run_id == current.scenario_id:
                values = states[:, i]
            else:
                values = results.scenario(run_id).states[:, i]
            line.setData(time, values)
        for (node_id, (low, high)), band in self.bands.items():
            i = results.node_index(node_id)
            band.set_edges(time, results.baseline[:, i] + uncertainty.band(low)[:, i],
                           results.baseline[:, i] + uncertainty.band(high)[:, i])
        self._draw_bands()

    def _draw_bands(self, *_) -> None:
        """Draw each band at least its :data:`~.chart_bands.MIN_BAND_PX` thick at the
        plot's scale."""
        draw_bands(self.bands, self.plot.getPlotItem().getViewBox())

    def _band_text(self, x: float) -> str:
        """The true numbers of the bands at the step nearest ``x``, for a band's tooltip."""
        results, uncertainty = self.controller.session.results, \
            self.controller.session.uncertainty()
        if results is None or uncertainty is None or not self.bands:
            return ""
        step = int(min(max(round(x), 0), len(results.time) - 1))
        lines = []
        for node_id in dict.fromkeys(node_id for node_id, _ in self.bands):
            outer, inner = self.bands[(node_id, (5, 95))], self.bands[(node_id, (25, 75))]
            lines.append(self.tr(
                "{node}, {unit} {step}: 5-95% from {low} to {high}, 25-75% from "
                "{inner_low} to {inner_high} ({samples} Monte Carlo samples)").format(
                    node=escape(results.labels[results.node_index(node_id)]),
                    unit=escape(results.settings.time_unit), step=count(step),
                    low=number(outer.lower[step], 3, signed=True),
                    high=number(outer.upper[step], 3, signed=True),
                    inner_low=number(inner.lower[step], 3, signed=True),
                    inner_high=number(inner.upper[step], 3, signed=True),
                    samples=count(uncertainty.samples)))
        if any(band.widened for band in self.bands.values()):
            lines.append(self.tr("A band narrower than a few pixels is drawn that thick "
                                 "around its middle, so that it shows."))
        return "<br>".join(lines)

    def _move_cursor(self, step: int) -> None:
        self.cursor.blockSignals(True)
        self.cursor.setValue(float(step))
        self.cursor.blockSignals(False)

