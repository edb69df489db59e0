"""The sensitivity tornado: which edge weights, and which levers, move an objective most.

For the current scenario and a chosen objective, every edge is set in turn to its low and
its high bound (explicit, or from its confidence) and the objective's value (the change of
its node at the last step) is recomputed; the bars show the range each edge's uncertainty
spans around the central value, widest first. Below, each lever's effect: how much the
objective's value moves per unit of lever, and the elasticity. Beside the tornado, in a
tab, the Sobol' bars of the same scenario (explore_charts.SobolBars): the share of each
objective's variance over every future that each uncertain weight explains, alone and with
its interactions, with their intervals. Runs on a worker with the
status bar's progress bar and Cancel; a cancelled run keeps the previous bars. Results name
the scenario and objective they were computed for and are cleared (with their highlights)
as soon as the scenario, the objective or the model changes: a tornado is never shown for
a question nobody asked.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout, QWidget)

from ...model import translated
from ...engine import (WORK_LIMITS, WorkLimits, lever_elasticities, sobol_indices,
                       tornado)
from ...engine.budget import WorkRefused
from ...engine.designs import uncertainty_text
from ...errors import ModelError
from ..workers import part_of
from .explore_charts import SobolBars
from ..flow import FlowLayout, narrow
from ..formats import number
from ..shared_columns import SharedColumns
from .axes import chart_plot
from ..wheel_focus import WheelFocusComboBox

__all__ = ["TornadoView", "BARS", "SOBOL_BASE"]

BARS = 10
#: The least width, in pixels, at which the lever table stands beside the charts; in a
#: narrower dock it goes under them (beside them there, neither had room to be read).
SIDE_BY_SIDE = 600
#: The Sobol' design's base sample (128 x (uncertain weights + 2) futures of the scenario).
SOBOL_BASE = 128
#: Where the progress bar stands when the tornado and then the lever elasticities end, by
#: their shares of the time (the Sobol' indices take the rest, some nine tenths on the
#: bundled model: given 15 %, the bar stood at 85 % within a second and then crawled).
STAGE_ENDS = (0.10, 0.11)


class TornadoView(QWidget):
    """The Sensitivity tab of the results dock."""

    def __init__(self, controller, *, highlight) -> None:
        super().__init__()
        self.controller = controller
        self.highlight = highlight
        self.bars = []
        self.levers = []
        self.indices = None                     # the Sobol' indices, or why there are none
        #: (scenario, objective, the model's computed content) the results answer: an edit
        #: of words only, or an undo back to that content, keeps them.
        self.shown_for: tuple | None = None
        self.objective = WheelFocusComboBox()
        self.objective.currentIndexChanged.connect(self._forget_if_other)
        self.run_button = QPushButton(self.tr("Run sensitivity"))
        self.run_button.clicked.connect(self.run)
        self.note = QLabel(wordWrap=True, textFormat=Qt.PlainText)  # labels as typed
        self.plot = chart_plot()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.plot.setMinimumHeight(260)
        self.plot.setBackground(self.palette().color(QPalette.Base))
        self.plot.hide()                        # nothing to draw before the first run
        self.lever_table = QTableWidget(0, 4)
        self.lever_table.setHorizontalHeaderLabels(
            [self.tr("Lever"), self.tr("Value"), self.tr("Effect"), self.tr("Elasticity")]
        )
        # the lever's name first: at least half the table (its whole line where it fits),
        # wrapped; the figures as wide as they are, their headings cut with "..." and whole
        # on hover (sized to the headings, a 1024x768 window's table left the names 53 px
        # and read "Capa... based contr...")
        self.lever_table.columns = SharedColumns(self.lever_table, (0,))
        self.lever_table.setWordWrap(True)
        self.lever_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.lever_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.lever_table.verticalHeader().hide()
        top = FlowLayout()             # wrapping in a narrow dock (a 1024 x 768 projector)
        top.addWidget(QLabel(self.tr("Objective:")))
        top.add_stretching(narrow(self.objective))
        top.addWidget(self.run_button)
        self.sobol = SobolBars()
        self.charts = QTabWidget()
        self.charts.setDocumentMode(True)
        self.charts.addTab(self.plot, self.tr("One at a time"))
        self.charts.addTab(self.sobol, self.tr("Sobol' indices"))
        self.split = split = QSplitter(Qt.Horizontal)
        split.addWidget(self.charts)
        split.addWidget(self.lever_table)
        split.setSizes([600, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        controller.results_changed.connect(self._fill_objectives)
        controller.scenario_changed.connect(self._forget_if_other)
        controller.runner.ended.connect(lambda _: self.run_button.setEnabled(True))
        self._fill_objectives()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The lever table beside the charts, at least as wide as its figures and the
        names' longest word need (at 1024 x 768 it had two thirds of that), where the tab
        is wide enough; else under them, as wide as the tab."""
        beside = self.width() >= SIDE_BY_SIDE
        self.split.setOrientation(Qt.Horizontal if beside else Qt.Vertical)
        self.lever_table.setMinimumWidth(
            self.lever_table.columns.readable_width() if beside and self.levers else 0)

    def _fill_objectives(self, *_) -> None:
        """Name the objectives anew, the chosen one kept (the box says nothing while it is
        refilled: emptied for a moment, it would look like another question)."""
        current = self.objective.currentData()
        self.objective.blockSignals(True)
        self.objective.clear()
        for objective in self.controller.model.objectives:
            self.objective.addItem(translated(objective), objective.id)
        index = self.objective.findData(current)
        if index >= 0:
            self.objective.setCurrentIndex(index)
        self.objective.blockSignals(False)
        self._forget_if_other()

    def _question(self) -> tuple:
        controller = self.controller
        return (controller.session.scenario_id, self.objective.currentData(),
                controller.session.current_content.of(controller.model))

    def _forget_if_other(self, *_) -> None:
        """Clear results computed for another scenario, objective or model."""
        controller = self.controller
        ready = bool(controller.model.objectives) and bool(controller.session.scenario_id)
        self.run_button.setEnabled(ready and not controller.runner.busy)
        if self.shown_for == self._question():
            return
        if self.shown_for is not None:
            self.shown_for, self.bars, self.levers, self.indices = None, [], [], None
            self.plot.getPlotItem().clear()
            self.sobol.clear()
            self.lever_table.setRowCount(0)
            self.highlight((), ())
        self.plot.hide()
        scenario = controller.model.scenario(controller.session.scenario_id) \
            if controller.session.scenario_id else None
        self.note.setText(self.tr("Choose an objective and run the sensitivity analysis for "
                                  "\u201c{scenario}\u201d.").format(scenario=translated(scenario))
                          if ready and scenario else
                          self.tr("Sensitivity needs a scenario and an objective."))

    def run(self, *, limits: WorkLimits = WORK_LIMITS) -> None:
        """The tornado and the lever elasticities on a worker; past the work budget's
        ``limits`` the user is asked whether to run anyway."""
        controller = self.controller
        objective, scenario = self.objective.currentData(), controller.session.scenario_id
        if objective is None or not scenario:
            return
        snapshot, question = controller.model.copy(), self._question()

        def work(progress, cancel):
            tornado_end, levers_end = STAGE_ENDS
            bars = tornado(snapshot, scenario, objective, cancel=cancel, limits=limits,
                           progress=part_of(progress, 0.0, tornado_end))
            levers = lever_elasticities(snapshot, scenario, objective, cancel=cancel,
                                        progress=part_of(progress, tornado_end, levers_end),
                                        limits=limits)
            try:
                indices = sobol_indices(snapshot, scenario=scenario, base=SOBOL_BASE,
                                        workers=1, cancel=cancel, limits=limits,
                                        progress=part_of(progress, levers_end, 1.0))
            except WorkRefused:
                raise                          # asked about, as the tornado's own budget
            except ModelError as exc:          # no uncertain weight: say so beside the bars
                indices = str(exc)
            return bars, levers, indices

        self.run_button.setEnabled(False)
        controller.runner.start(self.tr("Sensitivity"), work,
                                on_finished=lambda result: self.show_result(result, question),
                                on_failed=controller.failure_handler(
                                    self.tr("The sensitivity analysis failed"),
                                    lambda larger: self.run(limits=larger)),
                                on_cancelled=lambda: controller.message.emit(
                                    self.tr("Sensitivity cancelled; the previous results are "
                                            "kept")))

    def take_over(self, old: "TornadoView") -> None:
        """Show ``old``'s results (the window was rebuilt in another language around the
        same model): its objective, and its bars, levers and Sobol' indices, named anew,
        when they still answer the question they were computed for."""
        index = self.objective.findData(old.objective.currentData())
        if index >= 0:
            self.objective.setCurrentIndex(index)
        self.charts.setCurrentIndex(old.charts.currentIndex())
        if old.shown_for is not None and old.shown_for == self._question():
            self.show_result((old.bars, old.levers, old.indices), old.shown_for)

    def show_result(self, result, question: tuple) -> None:
        """Show a run's bars, unless the question changed while it ran."""
        if question != self._question():
            self.controller.message.emit(self.tr("The scenario, objective or model changed "
                                                 "while the sensitivity ran: run it again"))
            return
        self.bars, self.levers, indices = result
        self.indices, self.shown_for = indices, question
        model = self.controller.model
        scenario = model.scenario(question[0])
        labels = {n.id: translated(n) for n in model.nodes}
        names = ({name: uncertainty_text(name, labels) for name in indices.uncertainties}
                 if not isinstance(indices, str) else {})
        self.sobol.show_indices(indices, {o.id: translated(o) for o in model.objectives},
                                translated(scenario) if scenario else "", names)
        self.sobol.objective.setCurrentIndex(self.sobol.objective.findData(question[1]))
        self.plot.show()
        shown = self.bars[:BARS]
        plot = self.plot.getPlotItem()
        plot.clear()
        palette = self.palette()
        self.plot.setBackground(palette.color(QPalette.Base))
        if not shown:
            self.note.setText(self.tr("This model has no edges to vary."))
            return
        base = shown[0].base
        ticks = []
        for k, bar in enumerate(shown):
            y = len(shown) - 1 - k
            for value, colour in ((bar.value_low, "#d55e00"), (bar.value_high, "#0072b2")):
                left, width = min(base, value), abs(value - base)
                plot.addItem(pg.BarGraphItem(x0=[left], y=[y], height=0.7, width=[width],
                                             brush=QColor(colour), pen=pg.mkPen(None)))
            ticks.append((y, f"{labels.get(bar.source, bar.source)} \u2192 "
                             f"{labels.get(bar.target, bar.target)}"))
        plot.addItem(pg.InfiniteLine(pos=base, angle=90, pen=pg.mkPen("#666666", width=1.2)))
        axis = plot.getAxis("left")
        axis.setTicks([ticks])
        axis.setTextPen(palette.color(QPalette.Text))
        plot.getAxis("bottom").setTextPen(palette.color(QPalette.Text))
        plot.setLabel("bottom", self.tr("objective value (change at the last step)"))
        objective = model.objective(self.objective.currentData())
        scenario = model.scenario(question[0])
        self.note.setText(self.tr(
            "{objective} under \u201c{scenario}\u201d: central value {base}. Each bar spans "
            "the value with one edge at its low bound (vermilion) and at its high bound (blue); "
            "the {shown} widest of {count} edges. Wide bars are the weights worth checking "
            "first.").format(objective=translated(objective) if objective else "",
                             scenario=translated(scenario), base=number(base, 3, signed=True), shown=len(shown),
                             count=len(self.bars)))
        self.highlight((), [(b.source, b.target) for b in shown[:3]])
        table = self.lever_table
        table.setRowCount(len(self.levers))
        for r, effect in enumerate(self.levers):
            cells = [labels.get(effect.lever, effect.lever),
                     number(effect.value, 2, signed=True),
                     number(effect.effect, 3, signed=True),
                     "\u2013" if effect.elasticity is None else number(effect.elasticity, 2, signed=True)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)                  # whole on hover where it is cut
                if c:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                table.setItem(r, c, item)
        self._arrange()
        table.columns.fit()
