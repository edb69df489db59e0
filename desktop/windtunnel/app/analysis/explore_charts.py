"""The Explore dock's charts of an exploration: parallel coordinates and Sobol' bars.

- :class:`ParallelCoordinates`: one line per experiment (an even sample of at most
  :data:`LINES`), crossing one vertical axis per explored lever, per uncertain condition
  the failure boxes name (the weights, delays or participant that decide an option's
  fate) and per objective; each axis is scaled to its own range (its ends are written at
  the top and bottom; a participant axis by the first and last participants' labels). An
  objective's axis shows the progress toward it (``Experiments.toward``: its node's change,
  turned where the objective wants a decrease), so that up is better on every one of them.
  The end labels never touch: when the axes stand closer than a label is wide, every
  other axis writes its ends one line further out (each label then has two axes' room),
  and a label still too wide is elided to that room; they are laid out again whenever
  the plot is resized.
  Lines are coloured by whether every objective is met (blue) or not
  (vermilion), or by the progress toward one objective on a sequential scale (viridis:
  colour-blind safe and readable in grey, yellow the most). The axes are numbered under
  the plot, and their names (levers and conditions by their nodes' labels) listed beside
  the numbers, so long names wrap instead of overlapping on a narrow screen.
- :class:`SobolBars`: for one objective, the uncertain conditions with the largest total
  Sobol' index (up to :data:`SOBOL_BARS`, as many as the plot's height holds a line
  apart), each with its first-order bar (what it explains alone) and its total bar
  (what it has a hand in), and their 95% bootstrap intervals as whiskers. The
  one-at-a-time tornado of Results > Sensitivity moves one weight with the others fixed;
  these bars split the variance over every future. The conditions are named by their
  nodes' labels in the window's language; a line under the note warns when the design
  was too small for the chosen objective's indices to be read, and says which base sample
  to run instead (one line: the bars keep their height on a short dock; its tooltip says
  why, ``globalsensitivity.rough_warning``).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout,
                               QWidget)
from ...engine.globalsensitivity import rough_warning
from ...model import translated
from ..flow import FlowLayout, narrow
from ..formats import count
from .axes import chart_plot
from ..wheel_focus import WheelFocusComboBox

__all__ = ["ParallelCoordinates", "SobolBars", "LINES", "SOBOL_BARS", "MET", "MISSED",
           "SEQUENTIAL", "parallel_axes"]

#: Experiments drawn as lines at most (evenly spaced through the set).
LINES = 2_000
#: Uncertain conditions (largest total index first) drawn as Sobol' bars.
SOBOL_BARS = 10
#: Okabe-Ito blue and vermilion: every objective met, or not.
MET, MISSED = "#0072b2", "#d55e00"
#: viridis at six evenly spaced stops, low to high.
SEQUENTIAL = ("#440154", "#414487", "#2a788e", "#22a884", "#7ad151", "#fde725")
#: Conditions named by the failure boxes drawn as axes at most.
CONDITION_AXES = 4
#: Characters of an axis name in the numbered list under the plot before it is cut.
NAME_CHARACTERS = 48
#: Characters of a categorical axis's end (a participant's label) before it is cut.
END_CHARACTERS = 12
#: Lines of the axes' names shown under the parallel coordinates (more scroll).
NAMES_LINES = 3
#: Pixels kept free between the end labels of neighbouring axes.
LABEL_GAP = 6
#: Characters of a condition's name beside its Sobol' bars before it is cut (its full
#: name is in the workbook's Sobol sheet).
BAR_CHARACTERS = 30


def parallel_axes(experiments, discoveries, limit: int = CONDITION_AXES):
    """The axes (name, values (O, F)) of the parallel coordinates: the explored levers, the
    conditions the failure boxes name (first named first, at most ``limit``), and the
    objectives. A named scenario has no value on a lever axis (nan: its line skips it)."""
    n_options, n_futures, _ = experiments.outcomes.shape
    axes = []
    levers = experiments.lever_values
    for i, lever in enumerate(experiments.levers):
        axes.append((lever.node, np.repeat(levers[:, i:i + 1], n_futures, axis=1)))
    named = []
    for item in discoveries:
        for box in item.boxes:
            for restriction in box.restrictions:
                if restriction.name not in named:
                    named.append(restriction.name)
    for name in named[:limit]:
        column = experiments.futures[:, experiments.uncertainties.index(name)]
        axes.append((name, np.repeat(column[None, :], n_options, axis=0)))
    toward = experiments.toward()
    for j, objective in enumerate(experiments.objectives):
        axes.append((translated(objective), experiments.outcomes[:, :, j] * toward[j]))
    return axes


def _scaled(values: np.ndarray) -> tuple[np.ndarray, float, float]:
    """Values mapped to 0..1 by their finite range (0.5 when they do not vary)."""
    finite = values[np.isfinite(values)]
    low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 0.0)
    if high > low:
        return (values - low) / (high - low), low, high
    return np.where(np.isfinite(values), 0.5, np.nan), low, high


def _plot(parent: QWidget) -> pg.PlotWidget:
    plot = chart_plot()
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.setBackground(parent.palette().color(QPalette.Base))
    text = parent.palette().color(QPalette.Text)
    for axis in ("left", "bottom"):
        plot.getPlotItem().getAxis(axis).setTextPen(text)
    plot.setMinimumHeight(60)
    return plot


class ParallelCoordinates(QWidget):
    """Parallel coordinates of an exploration's experiments (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self.colour_by = narrow(WheelFocusComboBox())
        self.colour_by.currentIndexChanged.connect(self.draw)
        self.plot = _plot(self)
        self.plot.getPlotItem().hideAxis("left")
        self.names = QLabel(wordWrap=True, textFormat=Qt.PlainText)
        self.experiments = None
        self.axes: list[tuple[str, np.ndarray]] = []
        self.lines: list[pg.PlotCurveItem] = []
        self.ends: list[tuple[pg.TextItem, int, bool, str]] = []  # label, axis, top, text
        self.plot.getPlotItem().getViewBox().sigResized.connect(self._place_ends)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Colour by:")))
        top.addWidget(self.colour_by, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        # the axes' names under the plot, NAMES_LINES lines at most (the rest a scroll
        # away): a long list of Chinese or Japanese objectives took the plot's height
        names = QScrollArea(widgetResizable=True, frameShape=QFrame.NoFrame)
        names.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        names.setWidget(self.names)
        names.setMaximumHeight(NAMES_LINES * self.names.fontMetrics().lineSpacing() + 4)
        layout.addWidget(names)

    def show_experiments(self, experiments, discoveries) -> None:
        """Draw ``experiments`` with the conditions ``discoveries`` name as axes."""
        self.experiments = experiments
        self.axes = parallel_axes(experiments, discoveries)
        current = self.colour_by.currentData()
        self.colour_by.blockSignals(True)
        self.colour_by.clear()
        self.colour_by.addItem(self.tr("Every objective met or not"), None)
        for objective in experiments.objectives:
            self.colour_by.addItem(translated(objective), objective.id)
        index = self.colour_by.findData(current)
        self.colour_by.setCurrentIndex(max(index, 0))
        self.colour_by.blockSignals(False)
        titles = {**experiments.uncertainty_names(),
                  **{node.id: translated(node) for node in experiments.nodes}}
        self.names.setText("   ".join(f"{number}\u2002{_cut(titles.get(name, name))}"
                                       for number, (name, _) in enumerate(self.axes, 1)))
        self.draw()

    def clear(self) -> None:
        self.experiments, self.axes, self.lines, self.ends = None, [], [], []
        self.plot.getPlotItem().clear()
        self.names.clear()

    def draw(self, *_) -> None:
        """Draw the sampled experiments' lines, one curve per colour."""
        plot = self.plot.getPlotItem()
        plot.clear()
        self.lines, self.ends = [], []
        if self.experiments is None or not self.axes:
            return
        n_options, n_futures, _ = self.experiments.outcomes.shape
        step = max(1, (n_options * n_futures) // LINES)
        rows = np.arange(0, n_options * n_futures, step)
        columns = []
        ends = []
        for name, values in self.axes:
            scaled, low, high = _scaled(values.ravel()[rows])
            columns.append(scaled)
            ends.append((low, high))
        y = np.column_stack(columns)                               # (lines, axes)
        groups = self._colour_groups(rows)
        count = len(self.axes)
        x = np.tile(np.append(np.arange(count, dtype=float), np.nan), len(rows))
        for colour, chosen in groups:
            if not chosen.any():
                continue
            ys = np.column_stack([y[chosen], np.full(int(chosen.sum()), np.nan)]).ravel()
            pen = QColor(colour)
            pen.setAlpha(90)
            curve = pg.PlotCurveItem(x[:len(ys)], ys, pen=pg.mkPen(pen, width=1),
                                     connect="finite")
            plot.addItem(curve)
            self.lines.append(curve)
        text = self.palette().color(QPalette.Text)
        categories = self.experiments.categories
        for number, ((name, _), (low, high)) in enumerate(zip(self.axes, ends)):
            plot.addItem(pg.InfiniteLine(number, angle=90, pen=pg.mkPen(text, width=1)))
            labels = categories.get(name)
            for value, top in ((high, True), (low, False)):
                words = (_cut(labels[int(value)], END_CHARACTERS) if labels is not None
                         else f"{value:.2g}")
                # on the window's colour: an axis through a value's decimal point read
                # "1 1" for 1.1
                label = pg.TextItem(words, color=text, fill=self.palette().color(QPalette.Base))
                label.setPos(number, 1.0 if top else 0.0)
                plot.addItem(label)
                self.ends.append((label, number, top, words))
        plot.getAxis("bottom").setTicks([[(i, str(i + 1)) for i in range(count)]])
        plot.setXRange(-0.5, count - 0.5, padding=0)
        self._place_ends()

    def _place_ends(self, *_) -> None:
        """Lay the axes' end labels out for the plot's width: one line above and below
        the axes when every label fits between its neighbours, else every other axis one
        line further out, each label elided to the room it has."""
        if not self.ends:
            return
        plot = self.plot.getPlotItem()
        box = plot.getViewBox().sceneBoundingRect()
        spacing = box.width() / len(self.axes)         # the x range is one unit per axis
        item = self.ends[0][0].textItem
        metrics = QFontMetrics(item.font())
        margins = 2 * item.document().documentMargin()   # around the text in its item
        widest = max(metrics.horizontalAdvance(words) for *_, words in self.ends)
        staggered = len(self.axes) > 1 and widest + margins + LABEL_GAP > spacing
        room = max(1, int((2 if staggered else 1) * spacing - LABEL_GAP - margins))
        for label, number, top, words in self.ends:
            out = 1 if staggered and number % 2 else 0     # lines further out
            label.setText(metrics.elidedText(words, Qt.ElideRight, room))
            label.setAnchor((0.5, 1.0 + out) if top else (0.5, -out))
        # room above 1 and below 0 for the label lines, whatever the plot's height
        lines = (2 if staggered else 1) * (metrics.height() + margins)
        usable = max(box.height() - 2 * lines, 1.0)
        margin = min(lines / usable, 1.0)
        plot.setYRange(-margin, 1.0 + margin, padding=0)

    def _colour_groups(self, rows: np.ndarray):
        """(colour, which sampled experiments) pairs for the chosen colouring."""
        experiments = self.experiments
        chosen = self.colour_by.currentData()
        if chosen is None:
            met = experiments.met().all(axis=2).ravel()[rows]
            return [(MISSED, ~met), (MET, met)]
        j = [o.id for o in experiments.objectives].index(chosen)
        progress = experiments.outcomes[:, :, j] * experiments.toward()[j]
        scaled, _, _ = _scaled(progress.ravel()[rows])
        band = np.minimum((np.nan_to_num(scaled) * len(SEQUENTIAL)).astype(int),
                          len(SEQUENTIAL) - 1)
        return [(colour, band == b) for b, colour in enumerate(SEQUENTIAL)]


def _cut(name: str, limit: int = NAME_CHARACTERS) -> str:
    return name if len(name) <= limit else name[:limit - 1] + "\u2026"


class SobolBars(QWidget):
    """Sobol' indices of one objective as bars with their intervals (module docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self.objective = narrow(WheelFocusComboBox())
        self.objective.currentIndexChanged.connect(self.draw)
        self.note = QLabel(wordWrap=True, textFormat=Qt.PlainText)
        self.warning = QLabel(wordWrap=True, textFormat=Qt.PlainText)
        self.warning.setStyleSheet("font-weight: bold")
        self.warning.hide()
        self.plot = _plot(self)
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.plot.getPlotItem().getViewBox().sigResized.connect(self._refit)
        self.indices = None
        self.names: dict[str, str] = {}     # each condition's name -> how a reader reads it
        self.labels: dict[str, str] = {}    # each objective's id -> its label
        self.shown: list[str] = []          # the conditions drawn, top bar first
        top = FlowLayout()             # wrapping in a narrow dock (a 1024 x 768 projector)
        top.addWidget(QLabel(self.tr("Objective:")))
        top.add_stretching(self.objective)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.warning)
        layout.addWidget(self.plot, 1)

    def show_indices(self, indices, labels: dict[str, str], option_label: str,
                     names: dict[str, str]) -> None:
        """Draw ``indices``, or say why there are none (None: no uncertain condition; a
        text: the reason they were not computed); ``labels`` names objectives by id,
        ``names`` the conditions as a reader reads them."""
        reason = indices if isinstance(indices, str) else None
        indices = None if reason is not None else indices
        self.indices, self.names, self.labels = indices, names, labels
        current = self.objective.currentData()
        self.objective.blockSignals(True)
        self.objective.clear()
        for objective in (indices.objectives if indices is not None else ()):
            self.objective.addItem(labels.get(objective, objective), objective)
        index = self.objective.findData(current)
        self.objective.setCurrentIndex(max(index, 0))
        self.objective.blockSignals(False)
        if reason is not None:
            self.note.setText(self.tr("Sobol' indices not computed: {reason}").format(
                reason=reason))
        elif indices is None:
            self.note.setText(self.tr("Sobol' indices not computed: no uncertain condition."))
        else:
            self.note.setText(self.tr(
                "\u201c{option}\u201d, {futures} futures. Share of the objective's variance "
                "each condition explains: blue with its interactions (total), vermilion "
                "alone (first order); whiskers: 95% intervals.").format(
                    option=option_label, futures=count(indices.futures)))
        self.draw()

    def clear(self) -> None:
        self.indices, self.shown = None, []
        self.objective.clear()
        self.note.clear()
        self.warning.clear()
        self.warning.hide()
        self.plot.getPlotItem().clear()

    def draw(self, *_) -> None:
        plot = self.plot.getPlotItem()
        plot.clear()
        self.shown = []
        objective = self.objective.currentData()
        self._warn(objective)
        if self.indices is None or objective is None:
            return
        indices = self.indices
        j = indices.objectives.index(objective)
        order = np.argsort(-indices.total[j], kind="stable")[:self._bars_that_fit()]
        self.shown = [indices.uncertainties[d] for d in order]
        rows = np.arange(len(order), dtype=float)[::-1]          # the largest at the top
        for values, low, high, offset, colour in (
                (indices.total, indices.total_low, indices.total_high, 0.18, MET),
                (indices.first, indices.first_low, indices.first_high, -0.18, MISSED)):
            bars = pg.BarGraphItem(x0=0.0, y=rows + offset, height=0.34,
                                   width=values[j, order], brush=QColor(colour),
                                   pen=pg.mkPen(None))
            plot.addItem(bars)
            middle = (low[j, order] + high[j, order]) / 2
            plot.addItem(pg.ErrorBarItem(x=middle, y=rows + offset,
                                         width=high[j, order] - low[j, order],
                                         beam=0.12, pen=pg.mkPen(
                                             self.palette().color(QPalette.Text))))
        plot.getAxis("left").setTicks([[(row, _cut(self.names.get(name, name), BAR_CHARACTERS))
                                        for row, name in zip(rows, self.shown)]])
        plot.setLabel("bottom", self.tr("Sobol' index (share of variance)"))
        plot.setYRange(-0.6, len(order) - 0.4, padding=0)

    def _bars_that_fit(self) -> int:
        """As many bars as the plot's height holds with their names a line apart (at most
        :data:`SOBOL_BARS`, at least one): on a short dock the names never overlap."""
        height = self.plot.getPlotItem().getViewBox().height()
        return max(1, min(SOBOL_BARS, int(height // (self.fontMetrics().height() + 2))))

    def _refit(self, *_) -> None:
        if self.indices is not None and len(self.shown) != min(
                self._bars_that_fit(), len(self.indices.uncertainties)):
            self.draw()

    def _warn(self, objective) -> None:
        """Warn, in one line, when the design is too small to read ``objective``'s indices
        (the tooltip says why)."""
        indices = self.indices
        why = (rough_warning(indices, self.labels, (objective,))
               if indices is not None and objective is not None else None)
        self.warning.setText(self.tr(
            "Too few samples to trust these indices: run again with a Sobol' base "
            "sample of {base} or more.").format(base=count(indices.larger_base()))
            if why else "")
        self.warning.setToolTip(why or "")
        self.warning.setVisible(why is not None)
