"""Results per participant: the current scenario run on each participant's map.

The *Participants' Results* dock (tabbed with Results) answers "would this option work on
everyone's map, or only on the average?". It follows the analysis: the current scenario
and the model. After each run of the analysis, the scenario runs on every participant's
map in one batch on a worker (:func:`~windtunnel.engine.run_participants`), and three tabs
show it:

- **Change** (per participant): for the chosen node (the selected node, or the first
  objective's; a picker to choose another), each participant's change from their own
  baseline over time, one thin line each (beyond :data:`MAX_LINES` participants, a band
  from the lowest to the highest and their median), the shared (aggregate) map's change as a thick
  black line, and the count in words: "4 of 6 participants' maps say Misuse risk rises".
- **Scorecard** (per participant): which objectives each participant's map says the scenario
  meets (a check or a cross with the change, never colour alone), how many are met, and
  the shared map's row for comparison.
- **Heat map of ratings**: every rating of every edge, disagreement first
  (:mod:`.participants_heatmap`).

*Monte Carlo over participants' maps* runs Monte Carlo where each sample is one
participant's map drawn by credibility (with *and their weights within bounds*, that map's
weights are then drawn within their bounds too); its bands and probabilities show in
Results.

Names follow the Participants dock's anonymous mode.
"""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtGui import Qt as GuiQt       # Qt.convertFromPlainText lives in QtGui
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from ..engine import run_participants
from ..engine.plans import objective_met
from ..model import translated
from .analysis.charts import OKABE_ITO
from .analysis.controller import soon
from .analysis.across import says_text
from .analysis.scorecard import COLUMN, MET, NOT_MET, change_text
from .canvas.wrapping import column_heading
from .participants_heatmap import RatingsHeatMap
from .elided import ElidedLabel
from .formats import time_units
from .scrolling import scrolling
from .analysis.axes import chart_plot
from .wheel_focus import WheelFocusComboBox

__all__ = ["ParticipantResults", "MAX_LINES"]

#: More participants than this are charted as a band (lowest to highest) and a median.
MAX_LINES = 24
#: The pixels between the last tab and the line beside the tabs.
CORNER_GAP = 8


class CornerLine(ElidedLabel):
    """The line beside a tab widget's tabs (its corner widget), asking for its whole
    text's width up to the room the tabs leave, where it shows the first of its versions
    that fits: asking for the text it showed, its first text cut short, it kept that
    width, and a projector's dock read "…：参加者 3…" with room to spare (the tab widget
    gives a corner what it asks, scrolling its own tabs for it)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width, tabs = self.text_width(), self.parentWidget()
        if isinstance(tabs, QTabWidget):
            width = min(width, max(0, tabs.width() - tabs.tabBar().sizeHint().width()
                                   - CORNER_GAP))
        return QSize(width, super().sizeHint().height())

    def set_full_text(self, text: str, shorter: tuple[str, ...] = ()) -> None:
        super().set_full_text(text, shorter)
        self.updateGeometry()               # the tab widget lays its corner out again


class ParticipantResults(QWidget):
    """The dock's content (see the module docstring)."""

    def __init__(self, controller, panel) -> None:
        super().__init__()
        self.controller = controller
        self.panel = panel                      # the Participants dock: names, anonymous
        self.voices = None                      # the last VoiceResults (current scenario)
        self.voices_for = None                  # (model, revision, scenario id) it describes
        self.runner = controller.add_runner()
        self.heading = CornerLine()
        self.node = WheelFocusComboBox()
        self.node.setToolTip(self.tr("The node whose change is charted per participant"))
        self.node.activated.connect(lambda _i: self._show())
        self.says = QLabel(wordWrap=True)
        self.says.setTextFormat(Qt.PlainText)
        font = QFont(self.says.font())
        font.setBold(True)
        self.says.setFont(font)
        self.plot = chart_plot()
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.getPlotItem().setLabel("left", self.tr("change"))
        self.plot.setMinimumHeight(90)
        self.key = QLabel(wordWrap=True)
        self.key.setTextFormat(Qt.RichText)
        # the words and the key beside the plot, so that the plot has the dock's height
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        side_layout.addWidget(self.node)
        side_layout.addWidget(self.says)
        side_layout.addWidget(self.key)
        self.monte_carlo = QPushButton(self.tr("Monte Carlo over participants' maps"))
        self.monte_carlo_tip = self.tr(
            "Run Monte Carlo where each sample is one participant's map, drawn by "
            "credibility (samples and seed in the engine settings); the bands and "
            "probabilities show in Results")
        self.monte_carlo.clicked.connect(
            lambda: controller.run_monte_carlo(
                sample="both" if self.with_weights.isChecked() else "participants"))
        self.with_weights = QCheckBox(self.tr("and their weights within bounds"))
        self.with_weights.setToolTip(self.tr(
            "Each sample draws a participant's map, then each edge they drew within its "
            "bounds around their weight (the uncertainty the weights' Monte Carlo uses)"))
        side_layout.addWidget(self.monte_carlo)
        side_layout.addWidget(self.with_weights)
        side_layout.addStretch(1)
        side_area = scrolling(side)
        side_area.setFixedWidth(270)
        chart = QWidget()
        chart_layout = QHBoxLayout(chart)
        chart_layout.setContentsMargins(4, 4, 4, 4)
        chart_layout.addWidget(side_area)
        chart_layout.addWidget(self.plot, 1)
        # in the plot's place while there is nobody to chart (it drew made-up axes)
        self.nobody = QLabel(self.tr(
            "No participants: nothing to chart per participant. Bring in their maps with "
            "File > Import Participants' Maps\u2026, or add participants in the Participants "
            "dock."), wordWrap=True, alignment=Qt.AlignCenter)
        self.nobody.hide()
        chart_layout.addWidget(self.nobody, 1)
        self.scorecard = QTableWidget()
        self.scorecard.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.scorecard.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        # the objectives' names wrap onto up to three lines of their column (one line cut
        # "Limit restricted a..." while the table had room), whole on hover; they end in
        # "..." themselves where three lines do not hold them (the header's own eliding
        # measures a wrapped heading as one line, and cut its second line to "の...")
        self.scorecard.horizontalHeader().setDefaultSectionSize(COLUMN)
        rows = self.scorecard.verticalHeader()
        rows.setMaximumWidth(260)
        rows.setSectionResizeMode(QHeaderView.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)   # rows fit a short dock
        self.scorecard_note = ElidedLabel(lines=2)      # whole in a laptop's dock
        card = QWidget()
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(4, 4, 4, 4)
        card_layout.addWidget(self.scorecard_note)
        card_layout.addWidget(self.scorecard, 1)
        self.heat_map = RatingsHeatMap(select_edge=lambda key: controller.scene.select(
            edges=[key]))
        self.tabs = QTabWidget()
        self.tabs.addTab(chart, self.tr("Change"))
        self.tabs.addTab(card, self.tr("Scorecard"))
        self.tabs.addTab(self.heat_map, self.tr("Heat map of ratings"))
        # the scenario's line beside the tabs (a bottom dock on a 768-pixel screen has
        # little height to spare)
        self.tabs.setCornerWidget(self.heading, Qt.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tabs, 1)
        later = soon(self, self.refresh)
        for signal in (controller.results_changed, controller.scenario_changed,
                       controller.document_changed):
            signal.connect(later)
        controller.selection_changed.connect(self._selection_changed)
        panel.anonymous.toggled.connect(lambda _on: self._show())
        panel.changed.connect(soon(self, self._show_heat_map))
        panel.changed.connect(soon(self, self.refresh))
        self._show_heat_map()
        self.refresh()

    # -- running ------------------------------------------------------------------------------

    def _wanted(self):
        session = self.controller.session
        model = session.model
        return (model, model.revision, session.scenario_id)

    def refresh(self) -> None:
        """Run the current scenario on every participant's map (on a worker) when what the
        shown results describe is not what the analysis shows."""
        session = self.controller.session
        model = session.model
        self._offer_monte_carlo(model is not None and bool(model.participants))
        if model is None or not model.participants or not session.scenario_id:
            self.runner.cancel()
            self.voices, self.voices_for = None, None
            self._show()
            return
        wanted = self._wanted()
        if wanted == self.voices_for:
            self._show()
            return
        snapshot, scenario = model.copy(), session.scenario_id
        settings = session.results.settings if session.results is not None else None
        self.heading.set_full_text(self.tr("Running the scenario on every participant's "
                                           "map\u2026"))
        self.runner.start(
            self.tr("Results per participant"),
            lambda progress, cancel: run_participants(snapshot, scenarios=[scenario],
                                                      settings=settings),
            on_finished=lambda voices: self._arrived(voices, wanted),
            on_failed=lambda exc: self._failed(exc))

    def _offer_monte_carlo(self, possible: bool) -> None:
        """Monte Carlo over participants' maps only where there are maps to draw: on a
        model without participants the button is off and says why (it would only fail)."""
        self.monte_carlo.setEnabled(possible)
        self.with_weights.setEnabled(possible)
        self.monte_carlo.setToolTip(self.monte_carlo_tip if possible else self.tr(
            "This model has no participants' maps to draw from: bring them in with File > "
            "Import Participants' Maps, or add participants in the Participants dock"))

    def _arrived(self, voices, wanted) -> None:
        if wanted != self._wanted():          # the model or scenario changed meanwhile
            self.refresh()
            return
        self.voices, self.voices_for = voices, wanted
        self._show()

    def _failed(self, exc) -> None:
        self.voices, self.voices_for = None, None
        self.heading.set_full_text(self.tr("No results per participant: {reason}").format(
            reason=exc))

    def _selection_changed(self, nodes) -> None:
        if self.voices is not None and nodes and nodes[0] in self.voices.node_ids:
            self.node.setCurrentIndex(self.voices.node_ids.index(nodes[0]))
            self._show()

    # -- showing ------------------------------------------------------------------------------

    def names(self) -> list[str]:
        return self.panel.names() if self.panel._model is self.controller.model else []

    def _show_heat_map(self) -> None:
        model = self.controller.session.model
        self.heat_map.show_model(model, self.names() if model is not None else [])

    def _show(self) -> None:
        model = self.controller.session.model
        voices = self.voices
        nobody = model is None or not model.participants
        self.nobody.setVisible(nobody)
        self.plot.setVisible(not nobody)
        self.node.setVisible(not nobody)
        if voices is None or not voices.scenarios:
            self.heading.set_full_text(
                self.tr("This model has no participants.") if nobody else
                # a combined model of plain maps has none: "choose" pointed at an empty list
                self.tr("This model has no scenarios yet: add one (the Scenarios dock) to "
                        "see it on every participant's map.") if not model.scenarios else
                self.tr("Choose a scenario to see it on every participant's map.")
                if not self.controller.session.scenario_id else
                self.tr("Running the scenario on every participant's map\u2026"))
            self._chart(None)
            self._scorecard(None)
            return
        scenario = voices.scenarios[0]
        where = dict(scenario=scenario.label, count=len(voices.participants))
        # a narrow dock drops the baseline's note, then the maps' wording, before the name
        self.heading.set_full_text(self.tr("{scenario} on each of {count} participants' maps "
                                           "(each against their own baseline)").format(**where),
                                   (self.tr("{scenario} on each of {count} participants' maps"
                                            ).format(**where),
                                    self.tr("{scenario}: {count} participants").format(**where)))
        self._fill_nodes(voices)
        self._chart(scenario)
        self._scorecard(scenario)

    def _fill_nodes(self, voices) -> None:
        current = self.node.currentData()
        if [self.node.itemData(i) for i in range(self.node.count())] != list(voices.node_ids):
            self.node.clear()
            for node_id, label in zip(voices.node_ids, voices.node_labels):
                self.node.addItem(label, node_id)
        if current in voices.node_ids:
            self.node.setCurrentIndex(voices.node_ids.index(current))
            return
        session, model = self.controller.session, self.controller.model
        first = next((n for n in session.selection if n in voices.node_ids), None) or next(
            (o.node for o in model.objectives if o.node in voices.node_ids), None)
        if first is None:                          # the node that moves most
            first = voices.node_ids[int(np.abs(voices.scenarios[0].final).max(axis=0).argmax())]
        self.node.setCurrentIndex(voices.node_ids.index(first))

    def _chart(self, scenario) -> None:
        plot = self.plot.getPlotItem()
        plot.clear()
        palette = self.palette()
        self.plot.setBackground(palette.color(QPalette.Base))
        if scenario is None:
            self.says.setText("")
            self.key.setText("")
            return
        voices = self.voices
        n = voices.node_ids.index(self.node.currentData())
        label = voices.node_labels[n]
        time = np.arange(scenario.change.shape[0], dtype=float)
        names = self.names()
        entries = []
        if len(names) > MAX_LINES:                # a band, not hundreds of lines
            self._envelope(plot, time, scenario.change[:, :, n])
            entries.append(escape(self.tr("shaded: lowest to highest of {count} participants' "
                                          "maps; thin line: their median").format(
                count=len(names))))
        else:
            for p, name in enumerate(names):
                colour = QColor(OKABE_ITO[p % (len(OKABE_ITO) - 1)])  # black: the shared map
                plot.plot(time, scenario.change[:, p, n], pen=pg.mkPen(colour, width=1.4))
                entries.append(f"<span style='color:{colour.name()}'>\u2501</span>&nbsp;"
                               f"{escape(name)}")
        shared = self.controller.session.results
        result = shared.scenario(scenario.scenario_id) if shared is not None else None
        if result is not None and voices.node_ids[n] in shared.node_ids:
            values = result.change[:, shared.node_index(voices.node_ids[n])]
            plot.plot(np.arange(len(values), dtype=float), values,
                      pen=pg.mkPen(palette.color(QPalette.Text), width=3.0))
            entries.insert(0, "<b>\u2501\u2501</b>&nbsp;" + escape(self.tr("shared map")))
        plot.setLabel("bottom", time_units(voices.settings.time_unit))
        self.key.setText("<br>".join(entries))
        self.says.setText(says_text(scenario.final[:, n], label))

    @staticmethod
    def _envelope(plot, time: np.ndarray, change: np.ndarray) -> None:
        """The participants' lowest to highest change (shaded) and their median."""
        fill = QColor(OKABE_ITO[0])
        fill.setAlpha(70)
        lower = plot.plot(time, change.min(axis=1), pen=pg.mkPen(None))
        upper = plot.plot(time, change.max(axis=1), pen=pg.mkPen(None))
        plot.addItem(pg.FillBetweenItem(lower, upper, brush=pg.mkBrush(fill)))
        plot.plot(time, np.median(change, axis=1), pen=pg.mkPen(OKABE_ITO[0], width=1.4))

    def _scorecard(self, scenario) -> None:
        table = self.scorecard
        table.clear()
        model = self.controller.model
        objectives = model.objectives if model is not None else ()
        if scenario is None or not objectives:
            table.setRowCount(0)
            table.setColumnCount(0)
            self.scorecard_note.set_full_text(
                self.tr("No objectives in this model: add them to score scenarios.")
                if scenario is not None else "")
            return
        voices = self.voices
        met = voices.met(scenario)                              # (objectives, participants)
        names = self.names()
        table.setColumnCount(len(objectives) + 1)
        headings = [translated(o) for o in objectives] + [self.tr("Met")]
        table.setHorizontalHeaderLabels([column_heading(h, COLUMN) for h in headings])
        for c, heading in enumerate(headings):
            table.horizontalHeaderItem(c).setToolTip(GuiQt.convertFromPlainText(heading))
        table.setRowCount(len(names) + 1)
        table.setVerticalHeaderLabels([self.tr("Shared map")] + names)
        shared = self.controller.session.results
        result = shared.scenario(scenario.scenario_id) if shared is not None else None
        for r in range(len(names) + 1):
            count = 0
            for c, objective in enumerate(objectives):
                if r == 0:
                    if result is None or objective.node not in shared.node_ids:
                        continue
                    change = float(result.final_change[shared.node_index(objective.node)])
                    ok = bool(objective_met(np.array([change]), objective)[0])
                else:
                    change = float(scenario.final[r - 1, voices.node_ids.index(objective.node)])
                    ok = bool(met[c, r - 1])
                count += ok
                mark = "\u2714" if ok else "\u2718"
                item = QTableWidgetItem(f"{mark} {change_text(change)}")
                item.setBackground(QColor(MET if ok else NOT_MET))
                item.setForeground(QColor("#1a1a1a"))
                table.setItem(r, c, item)
            total = QTableWidgetItem(f"{count} / {len(objectives)}")
            total.setTextAlignment(Qt.AlignCenter)
            table.setItem(r, len(objectives), total)
        holds = met.all(axis=0).sum()
        self.scorecard_note.set_full_text(self.tr(
            "{k} of {n} participants' maps meet every objective at once. \u2714 met, \u2718 not "
            "met on each participant's map (the change of the objective's node at the last "
            "step against its threshold).").format(k=int(holds), n=len(names)))
