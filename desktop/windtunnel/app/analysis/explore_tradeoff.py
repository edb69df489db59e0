"""The Explore dock's trade-off chart: the experiments of the most robust options on the
progress toward two objectives the user chooses.

Each experiment is plotted by its progress toward the two objectives
(``Experiments.toward``: the node's change, turned where the objective wants a decrease),
so that right and up are better whatever the objectives' directions, coloured by option
(the ranking's rank cells show the same colours), with each objective's threshold as a
dashed line. Its axes and tooltip say so: the axes briefly ("progress →", each title on
one line as wide as the plot at most, whole in the tooltip: a long label on the short
vertical axis of a 768-pixel window is cut), the tooltip in full.
"""

from __future__ import annotations

from html import escape

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...model import translated
from ..flow import narrow
from ..wheel_focus import WheelFocusComboBox
from .axes import chart_plot, title_above

__all__ = ["TradeOff", "SCATTER_POINTS", "COLOURS"]

#: Experiments drawn in the trade-off scatter at most (evenly spaced through the set).
SCATTER_POINTS = 20_000
#: Okabe-Ito colours of the eight most robust options in the scatter (their rank cells in
#: the ranking show them).
COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#f0e442",
           "#000000")


class TradeOff(QWidget):
    """The two objectives' choices above the scatter of the experiments."""

    def __init__(self, controller) -> None:
        super().__init__()
        self.controller = controller
        self.result = None              # (experiments, rows), named in the window's language
        self.x_objective, self.y_objective = WheelFocusComboBox(), WheelFocusComboBox()
        for box in (self.x_objective, self.y_objective):
            narrow(box)
            box.currentIndexChanged.connect(self.draw)
        self.scatter = chart_plot()   # its legend: the ranks' colours
        self.scatter.setMenuEnabled(False)
        self.scatter.setBackground(self.palette().color(QPalette.Base))
        self.axis_titles = ("", "")     # the scatter's (across, up) titles, whole
        self.scatter.getPlotItem().getViewBox().sigResized.connect(self._title_axes)
        axes = QHBoxLayout()
        axes.addWidget(QLabel(self.tr("Trade-off:")))
        axes.addWidget(self.x_objective, 1)
        axes.addWidget(QLabel(self.tr("against")))
        axes.addWidget(self.y_objective, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(axes)
        layout.addWidget(self.scatter, 1)

    def follow(self, model) -> None:
        """Offer the model's objectives (the choices kept where they still exist; two
        different ones where the model has two)."""
        for box in (self.x_objective, self.y_objective):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for objective in model.objectives:
                box.addItem(translated(objective), objective.id)
            index = box.findData(current)
            box.setCurrentIndex(index if index >= 0 else 0)
            box.blockSignals(False)
        if self.y_objective.count() > 1 and self.y_objective.currentIndex() == \
                self.x_objective.currentIndex():
            self.y_objective.setCurrentIndex(1)

    def show_experiments(self, experiments, rows) -> None:
        """Plot ``experiments``, their options coloured by ``rows``' ranks."""
        self.result = (experiments, rows)
        self.draw()

    def clear(self) -> None:
        self.result = None
        self.scatter.getPlotItem().clear()

    def draw(self, *_) -> None:
        """The experiments of the most robust options on the progress toward the two
        chosen objectives (more is better on both), their thresholds as dashed lines."""
        plot = self.scatter.getPlotItem()
        plot.clear()
        self.scatter.setToolTip("")
        if self.result is None:
            return
        experiments, rows = self.result
        ids = [o.id for o in experiments.objectives]
        x_id, y_id = self.x_objective.currentData(), self.y_objective.currentData()
        if x_id not in ids or y_id not in ids:
            return
        x, y = ids.index(x_id), ids.index(y_id)
        toward = experiments.toward()
        n_options, n_futures, _ = experiments.outcomes.shape
        step = max(1, (n_options * n_futures) // SCATTER_POINTS)
        order = {row.option: row.rank for row in rows}
        shown = sorted(range(n_options), key=lambda o: order[experiments.options[o].id])
        for rank, o in enumerate(shown[:len(COLOURS)]):
            values = experiments.outcomes[o, ::step]
            colour = QColor(COLOURS[rank])
            colour.setAlpha(140)
            plot.addItem(pg.ScatterPlotItem(values[:, x] * toward[x], values[:, y] * toward[y],
                                            size=4, pen=pg.mkPen(None), brush=colour))
        text = self.palette().color(QPalette.Text)
        across, up = experiments.objectives[x], experiments.objectives[y]
        for objective, angle in ((across, 90), (up, 0)):
            plot.addItem(pg.InfiniteLine(objective.threshold, angle=angle,
                                         pen=pg.mkPen(text, width=1, style=Qt.DashLine)))
        self.axis_titles = (
            self.tr("{objective}: progress \u2192").format(
                objective=self.x_objective.currentText()),
            self.tr("{objective}: progress \u2191").format(
                objective=self.y_objective.currentText()))
        self._title_axes()
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setTextPen(text)
        self.scatter.setToolTip(self.tr(
            "Each point is one option in one future. Across: progress toward "
            "\u201c{across}\u201d, the {across_change} of {across_node} from the baseline; "
            "up: progress toward \u201c{up}\u201d, the {up_change} of {up_node}. More is "
            "better on both; each objective is met from its dashed line on (to its right, "
            "above it).").format(
                across=self.x_objective.currentText(), up=self.y_objective.currentText(),
                across_change=self._change_word(across), up_change=self._change_word(up),
                across_node=self._node_label(across), up_node=self._node_label(up)))

    def _title_axes(self, *_) -> None:
        """The scatter's axis titles, each on one line as wide as the plot at most (cut
        with "...", whole in the scatter's tooltip): across under it, up above its top-left
        corner (:func:`~.axes.title_above`; turned along the axis, a 1366x768 laptop's
        short dock cut it at both ends)."""
        plot = self.scatter.getPlotItem()
        width = int(plot.getViewBox().width())
        across, up = self.axis_titles
        if across:
            plot.setLabel("bottom", escape(self.fontMetrics().elidedText(
                across, Qt.ElideRight, width) if width > 0 else across))
        title_above(plot, up, self.palette().color(QPalette.Text), self.font(), width)

    def _change_word(self, objective) -> str:
        return self.tr("rise") if objective.direction == "increase" else self.tr("fall")

    def _node_label(self, objective) -> str:
        node = self.controller.model.node(objective.node)
        return translated(node) if node is not None else objective.node
