"""The Explore panel: which option holds up across thousands of futures.

Choose the levers to explore (a range, and levels or not), how many lever points and
futures, and the sampler; Run explores every scenario and lever point of the model in the
futures on a worker (the status bar's progress bar and Cancel; a process pool that keeps a
core free for the window), then shows the robustness table (share of futures meeting every
objective and each one, regret), the boxes of conditions under which the most robust
options fail as sentences (clicking one marks its edges on the map), and, in tabs, a
trade-off scatter of two objectives coloured by option (explore_tradeoff.py), parallel
coordinates of the experiments and the Sobol' indices of the most robust option, from a
design of the base sample the user chooses (explore_charts.py). Where
the cluster extra is installed, a "Run on" row sends the work to a Dask cluster whose
address the user gives (explore_cluster.py). Export writes the exploration workbook
(explore_export.py).

Results name the model revision they were computed for. When the model changes (an edge
rated, a weight edited) they stay in view marked as out of date, with a note saying so over
the ranking, and cannot be exported as the map's (a change undone is a change too: the
model's revision counts every change). They were cleared at once, losing a long run to
one rating, without a word. An exploration whose futures are not participants' maps
read them only through the map's weights: a participant added who has rated nothing yet
leaves it current (:mod:`.explore_stale`).
They are shown (and exported) with the options, objectives and uncertain weights named in
the current language (``engine.named_exploration``), so a window rebuilt in another
language shows the same exploration in it; :meth:`ExploreView.take_over` carries every
choice the user made (futures, lever points, sampler, Sobol' base sample, ticked levers
and their ranges, the Futures tab, where it runs, the charts' choices and the tab in
front).

Neither a run's start nor its results move the window: the dock keeps the size it has
(the user's to change), its contents fit it down to a 1024 x 768 projector's, and results
that need more make it scroll. Results fold the run's settings into a line summing them
up, so that the ranking, Explore's answer, has the room. (A dock that grew when a run started took the map's height
from under the user, and still scrolled on a projector.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import Qt as GuiQt      # Qt.convertFromPlainText lives in QtGui
from PySide6.QtWidgets import (QHeaderView, QListWidget,
                               QLabel, QListWidgetItem, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QTabWidget, QToolButton,
                               QVBoxLayout, QWidget)

from ...model import translated
from ...model.lever_range import lever_range
from ...engine import LeverRange, discover, explore, robustness, sobol_indices
from ...engine.budget import WorkRefused
from ...engine.designs import edge_of
from ...engine.executors import local_workers
from ...engine.globalsensitivity import MAX_BASE, option_point
from ...engine.naming import named_exploration
from ...session.content import ComputedOn
from .explore_export import export_exploration
from .explore_stale import StaleNote
from ..carry import carry_controls
from ..canvas.wrapping import column_heading
from ..flow import FlowLayout, WrappedLabel, captioned, narrow
from ..workers import part_of
from .explore_charts import ParallelCoordinates, SobolBars
from .explore_tradeoff import COLOURS, TradeOff
from .explore_cluster import ClusterSetting
from .explore_futures import wrap_first_column
from .explore_ranking import RankingTable
from .explore_futures import FutureChoices
from ..formats import count, number, part
from ..wheel_focus import WheelFocusComboBox, WheelFocusDoubleSpinBox, WheelFocusSpinBox
from ..participant_names import hides_names, shown_names

__all__ = ["ExploreView", "BOXES", "SOBOL_BASE"]

#: Options (most robust first) whose failure boxes are sought.
BOXES = 3
#: The ranking's rows shown at least (what a 1024 x 768 projector's dock has room for
#: under the line summing up the run's settings).
RANKING_ROWS = 5
#: The ranking's rows shown at least under the settings (before a run, under what
#: Explore does).
SETTINGS_RANKING_ROWS = 1
#: The least height of the levers, results and charts (a shorter dock scrolls).
CHARTS_HEIGHT = 150
#: The Sobol' design's base sample for the most robust option, unless the user chooses
#: another (the command line's default).
SOBOL_BASE = 128
#: The width (pixels) an objective's column of the ranking wraps its name to (on up to
#: three lines, whole on hover): one column per objective, each as wide as its one-line
#: name, pushed the last objectives and their shares out of a laptop's dock.
OBJECTIVE_COLUMN = 100


class ExploreView(QWidget):
    """The Explore dock."""

    def __init__(self, controller, *, highlight) -> None:
        super().__init__()
        self.controller = controller
        self.highlight = highlight
        self.result = None              # (experiments, rows, discoveries)
        self.shown = None               # (what the exploration returned, its revision)
        self.indices = None             # Sobol' indices of the most robust option
        self.shown_for = None           # the model the result describes (ComputedOn)
        #: Says over the ranking that the results are of the map before the latest change.
        self.stale_note = StaleNote()
        self.futures = WheelFocusSpinBox(minimum=10, maximum=1_000_000, value=1000,
                                         singleStep=500)
        self.policies = WheelFocusSpinBox(minimum=1, maximum=10_000, value=16)
        self.sobol_base = WheelFocusSpinBox(minimum=16, maximum=MAX_BASE, value=SOBOL_BASE,
                                            singleStep=128)
        self.sobol_base.setToolTip(self.tr(
            "The Sobol' indices of the most robust option run this many futures times the "
            "uncertainties plus two: a larger base sample gives narrower intervals"))
        self.sampler = WheelFocusComboBox()
        self.sampler.addItem(self.tr("Latin hypercube"), "lhs")
        self.sampler.addItem(self.tr("Every combination of levels"), "factorial")
        self.levers = QTableWidget(0, 4)
        self.levers.setHorizontalHeaderLabels(
            [self.tr("Explore lever"), self.tr("Low"), self.tr("High"), self.tr("Levels")]
        )
        wrap_first_column(self.levers)
        self.run_button = QPushButton(self.tr("Run exploration"))
        self.run_button.clicked.connect(self.run)
        self.export_button = QPushButton(self.tr("Export workbook\u2026"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        self.intro = WrappedLabel()      # what Explore does, over the ranking until a run
        self.note = WrappedLabel()       # what it found, over the boxes
        self.summary = QLabel(textFormat=Qt.PlainText)
        self.settings_button = QToolButton(text=self.tr("Settings"), checkable=True)
        self.settings_button.setToolTip(self.tr("Show the settings of the exploration"))
        self.settings_button.toggled.connect(self._open_settings)
        self.table = RankingTable()
        self.boxes = QListWidget()
        self.boxes.setWordWrap(True)
        self.boxes.currentItemChanged.connect(self._show_box)
        self.trade_off = TradeOff(controller)
        self.parallel = ParallelCoordinates()
        self.sobol = SobolBars()
        self.cluster = ClusterSetting(controller.add_runner())
        self.future_choices = FutureChoices()
        self._layout()
        controller.results_changed.connect(self._follow_model)
        controller.runner.ended.connect(lambda _: self._enable())
        self._follow_model()

    def _layout(self) -> None:
        """A row of the run's settings and buttons (wrapping onto a second row when the
        dock is narrow) above two columns: the ranking (under what Explore does, until a
        run), and tabs of the levers and futures to explore, of where the most robust
        options fail (the note of what was found over the boxes) and of the charts.

        The dock shares the window's bottom with Results, down to a 1024 x 768 projector's
        two hundred pixels: once a run has results its settings collapse to a line that
        sums them up (Settings opens them again), and the ranking, Explore's answer, takes
        the column's whole height (rows a line tall, five of them at least); nothing in
        the dock is wider than it, and a dock shorter than its contents scrolls."""
        top = FlowLayout()
        self.choices = [captioned(label, widget) for label, widget in (
            (self.tr("Futures:"), self.futures),
            (self.tr("Lever points:"), self.policies),
            (self.tr("Sampler:"), self.sampler),
            (self.tr("Sobol' base sample:"), self.sobol_base))] + [self.cluster]
        for widget in self.choices[:-1]:
            top.addWidget(widget)
        top.addWidget(self.run_button)
        top.addWidget(self.export_button)
        top.addWidget(self.cluster)          # beside the buttons where the row has room
        top.addWidget(self.summary)
        top.addWidget(self.settings_button)
        narrow(self.sampler)
        self.findings = QWidget()
        column = QVBoxLayout(self.findings)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.note)
        column.addWidget(self.boxes, 1)
        self.charts = right = QTabWidget()
        right.setDocumentMode(True)
        # names of a word or two, the whole on hover: the six tabs fit the column of a
        # 1024 x 768 projector in every language, without scroll arrows
        for page, name, whole in (
                (self.levers, self.tr("Levers"), ""),
                (self.future_choices, self.tr("Futures"), ""),
                (self.findings, self.tr("Failures"), self.tr(
                    "Where the most robust options fail: the futures in which they miss "
                    "their objectives")),
                (self.trade_off, self.tr("Trade-off"), ""),
                (self.parallel, self.tr("Parallel axes"), self.tr(
                    "Parallel coordinates: one line per experiment across the levers, the "
                    "uncertain weights and the objectives")),
                (self.sobol, self.tr("Sobol'"), self.tr(
                    "Sobol' indices: how much of each objective's variance each uncertain "
                    "weight explains"))):
            right.setTabToolTip(right.addTab(page, name), whole)
        ranking = QWidget()
        column = QVBoxLayout(ranking)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.intro)
        column.addWidget(self.stale_note)
        column.addWidget(self.table, 1)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(ranking)
        split.addWidget(right)
        split.setSizes([400, 680])         # the tabs' names whole on a projector
        for widget in (self.levers, self.trade_off.scatter):
            widget.setMinimumHeight(60)
        self.boxes.setMinimumHeight(        # two lines of a box's sentence, under the note
            2 * self.boxes.fontMetrics().lineSpacing() + 2 * self.boxes.frameWidth() + 4)
        # rows a line tall: the style's taller rows took the height the ranking needs
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        right.setMinimumHeight(CHARTS_HEIGHT)     # below it the dock scrolls, charts stay
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._open_settings(True)

    def _open_settings(self, shown: bool) -> None:
        """Show the run's choices, or (once there are results) the line summing them up
        in their place, to give the results the room."""
        shown = shown or self.result is None
        for widget in self.choices:
            widget.setVisible(shown)
        self.summary.setVisible(not shown)
        self.settings_button.setVisible(self.result is not None)
        self.settings_button.setChecked(shown)
        rows = SETTINGS_RANKING_ROWS if shown else RANKING_ROWS
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(        # its header (objectives' names may wrap) and
            max(row, self.table.horizontalHeader().sizeHint().height())   # first rows,
            + rows * row                                                   # over a scroll bar
            + self.table.horizontalScrollBar().sizeHint().height()
            + 2 * self.table.frameWidth())

    def _summarise_settings(self) -> str:
        """The settings of the run on screen, on one line."""
        experiments, _, _ = self.result
        n_options, n_futures, _ = experiments.outcomes.shape
        return self.tr("{options} options \u00d7 {futures} futures, {sampler}").format(
            options=count(n_options), futures=count(n_futures),
            sampler=self.sampler.currentText())

    # -- following the model --------------------------------------------------------------

    def _follow_model(self, *_) -> None:
        """Refill the lever and objective choices; mark the results out of date when the
        model is no longer the one they describe."""
        model = self.controller.model
        self._mark_stale(self.stale)
        known = {self.levers.item(r, 0).data(Qt.UserRole): r
                 for r in range(self.levers.rowCount()) if self.levers.item(r, 0)}
        self.future_choices.follow(model)
        levers = [n for n in model.nodes if n.is_lever]
        if [n.id for n in levers] != list(known):
            self.levers.setRowCount(len(levers))
            for r, node in enumerate(levers):
                item = QTableWidgetItem(translated(node))
                item.setToolTip(GuiQt.convertFromPlainText(translated(node)))
                item.setData(Qt.UserRole, node.id)
                item.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled)
                item.setCheckState(Qt.Unchecked)
                self.levers.setItem(r, 0, item)
                for c, value in ((1, 0.0), (2, 1.0)):
                    spin = WheelFocusDoubleSpinBox(minimum=-1.0, maximum=1.0, singleStep=0.1,
                                                   decimals=2, value=value)
                    self.levers.setCellWidget(r, c, spin)
                levels = WheelFocusSpinBox(minimum=0, maximum=101, value=0)
                levels.setSpecialValueText(self.tr("any"))
                self.levers.setCellWidget(r, 3, levels)
        low, high = lever_range(model.settings.activation)   # the levels a lever may take
        for r in range(self.levers.rowCount()):
            for c in (1, 2):
                self.levers.cellWidget(r, c).setRange(low, high)
        self.trade_off.follow(model)
        self._enable()
        if self.result is None:
            self.intro.setText(
                self.tr("Explore runs every scenario, and points of the levers you tick, in "
                        "thousands of futures of the uncertain edge weights, and shows which "
                        "option meets its objectives in most of them and where each one fails.")
                if model.objectives else
                self.tr("Explore judges options by their objectives: add an objective first."))
            self.note.setText(self.tr("After a run, the futures in which the most robust "
                                      "options fail are described here."))

    def _mark_stale(self, stale: bool) -> None:
        """Say over the results whether they are of the map as it was before a change."""
        if stale and self.stale_note.isHidden():
            self.highlight((), ())            # a box's edges may be gone from the map
        self.stale_note.show_for(stale, self.shown_for, self.controller.session)

    @property
    def stale(self) -> bool:
        """Whether the results shown are of the map before a change of what they read (an
        edit of words only, or undoing back to the map they ran on, leaves them current)."""
        session = self.controller.session
        return self.shown_for is not None and not self.shown_for.matches(
            session.model, session.current_content)

    def _enable(self) -> None:
        model = self.controller.model
        self.run_button.setEnabled(bool(model.objectives) and not self.controller.runner.busy)
        self.export_button.setEnabled(self.result is not None and not self.stale)
        self.export_button.setToolTip(self.tr("The results are out of date: run the "
                                              "exploration again to export them")
                                      if self.stale else "")

    def chosen_levers(self) -> list[LeverRange]:
        out = []
        for r in range(self.levers.rowCount()):
            item = self.levers.item(r, 0)
            if item.checkState() != Qt.Checked:
                continue
            low, high = (self.levers.cellWidget(r, c).value() for c in (1, 2))
            levels = self.levers.cellWidget(r, 3).value() or None
            out.append(LeverRange(item.data(Qt.UserRole), min(low, high), max(low, high),
                                  levels))
        return out

    # -- running ----------------------------------------------------------------------------

    def run(self) -> None:
        controller = self.controller
        with_participants = self.future_choices.with_participants()
        snapshot = controller.model.copy()
        computed_on = ComputedOn(controller.model, participants=with_participants)
        levers, sampler = self.chosen_levers(), self.sampler.currentData()
        if sampler == "factorial" and not levers:
            sampler = "lhs"
        futures, policies, base = (self.futures.value(), self.policies.value(),
                                   self.sobol_base.value())
        where = dict(workers=local_workers(keep_free=1), scheduler=self.cluster.scheduler(),
                     delays=self.future_choices.delay_ranges(),
                     participants=with_participants)
        if where["scheduler"] == "":
            controller.window.show_problem(self.tr("The exploration did not start"), self.tr(
                "Give the Dask scheduler's address (such as tcp://host:8786), or run on "
                "this computer."))
            return

        def work(progress, cancel):
            experiments = explore(snapshot, levers=levers, policies=policies, futures=futures,
                                  sampler=sampler, cancel=cancel,
                                  progress=part_of(progress, 0.0, 0.7), **where)
            rows = robustness(experiments)
            discoveries = [discover(experiments, row.option) for row in rows[:BOXES]]
            indices = None          # or why the Sobol' indices were not computed
            if experiments.uncertainties:
                try:
                    indices = sobol_indices(snapshot, base=base, cancel=cancel,
                                            progress=part_of(progress, 0.75, 1.0),
                                            **option_point(experiments, rows[0].option),
                                            **where)
                except WorkRefused as exc:
                    indices = str(exc)
            progress(1.0)
            return experiments, rows, discoveries, indices

        self.run_button.setEnabled(False)
        controller.runner.start(self.tr("Exploration"), work,
                                on_finished=lambda result: self.show_result(result, computed_on),
                                on_failed=lambda exc: controller.window.show_problem(
                                    self.tr("The exploration failed"), exc),
                                on_cancelled=lambda: controller.message.emit(
                                    self.tr("Exploration cancelled; the previous results are "
                                            "kept")))

    def show_result(self, result, computed_on: ComputedOn, *, carried: bool = False) -> None:
        """Show an exploration's ``result``, run on the model as ``computed_on`` describes
        it: dropped when the model changed while it ran, unless ``carried`` (the one the
        window showed before it was rebuilt in another language), which shows again as it
        was, out of date or not."""
        session = self.controller.session
        current = computed_on.matches(session.model, session.current_content)
        if not current and not carried:
            self.controller.message.emit(self.tr("The model changed while the exploration "
                                                 "ran: run it again"))
            return
        self.shown = (result, computed_on)  # as it came: a rebuilt window shows it again
        *result, indices = result
        # named in the language of the window showing it, which may not be the one it ran in
        # and its participants as the Participants dock names them (numbers when anonymous)
        anonymous = hides_names(self.controller.window)
        self.result = named_exploration(self.controller.model, *result, participants=lambda
                                        labels: shown_names(labels, anonymous))
        self.shown_for = computed_on
        self.indices = indices if not isinstance(indices, str) else None
        experiments, rows, discoveries = self.result
        goals = [o for o in experiments.objectives]
        names = [translated(o) for o in goals]
        header = [self.tr("Rank"), self.tr("Option"), self.tr("All met")] + \
            [column_heading(name, OBJECTIVE_COLUMN) for name in names] + [self.tr("Regret p90")]
        self.table.setColumnCount(len(header))
        self.table.setHorizontalHeaderLabels(header)
        for c, name in enumerate(names, start=3):
            self.table.horizontalHeaderItem(c).setToolTip(GuiQt.convertFromPlainText(name))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [str(row.rank), row.label, part(row.all_met)] + [
                part(row.met[o.id]) for o in goals] + [number(row.regret_p90, 3)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c != 1:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(r, c, item)
            if r < len(COLOURS):            # the scatter's colour of this option
                self.table.item(r, 0).setBackground(QColor(COLOURS[r]))
                self.table.item(r, 0).setForeground(QColor("#ffffff" if r != 6 else "#000000"))
        self.table.fit_columns()
        self.boxes.clear()
        for item in discoveries:
            texts = item.sentences() or [item.summary()]
            for box, text in zip(list(item.boxes) or [None], texts):
                entry = QListWidgetItem(text)
                entry.setData(Qt.UserRole, box)
                self.boxes.addItem(entry)
        n_options, n_futures, _ = experiments.outcomes.shape
        self.note.setText(self.tr(
            "{experiments} experiments ({options} options x {futures} futures). Most robust: "
            "\u201c{best}\u201d, every objective met in {share} of futures. Click a box to "
            "mark its edges on the map.").format(
            experiments=count(experiments.count), options=count(n_options),
            futures=count(n_futures), best=rows[0].label, share=part(rows[0].all_met)))
        self.trade_off.show_experiments(experiments, rows)
        self.parallel.show_experiments(experiments, discoveries)
        self.sobol.show_indices(indices, {o.id: translated(o) for o in goals}, rows[0].label,
                                experiments.uncertainty_names())
        if self.charts.currentWidget() in (self.levers, self.future_choices):
            self.charts.setCurrentWidget(self.findings)
        self.intro.hide()
        self.summary.setText(self._summarise_settings())
        self._open_settings(False)
        self._mark_stale(not current)
        self._enable()

    def rename_participants(self) -> None:
        """Show the exploration again with its participants named as the Participants dock
        names them now (Anonymous was ticked or unticked), as it was otherwise."""
        if self.shown is None:
            return
        row, settings = self.boxes.currentRow(), self.settings_button.isChecked()
        chart = self.charts.currentWidget()
        self.show_result(*self.shown, carried=True)
        self.charts.setCurrentWidget(chart)
        self._open_settings(settings)
        self.boxes.setCurrentRow(row)

    def take_over(self, old: "ExploreView") -> None:
        """Carry on ``old``'s exploration (the window was rebuilt in another language):
        every choice the user made in it, and its result, named in the current language."""
        carry_controls(old, self, ("futures", "policies", "sampler", "sobol_base", "levers"))
        carry_controls(old.future_choices, self.future_choices, ("participants", "delays"))
        carry_controls(old.cluster, self.cluster, ("where", "address"))
        if old.shown is not None:
            self.show_result(*old.shown, carried=True)
        carry_controls(old.trade_off, self.trade_off, ("x_objective", "y_objective"))
        carry_controls(old, self, ("charts",))
        carry_controls(old.parallel, self.parallel, ("colour_by",))
        carry_controls(old.sobol, self.sobol, ("objective",))
        self.boxes.setCurrentRow(old.boxes.currentRow())

    # -- views --------------------------------------------------------------------------------

    def _show_box(self, item, _previous=None) -> None:
        box = item.data(Qt.UserRole) if item is not None else None
        if box is None or self.stale:        # a stale box's edges may be gone from the map
            self.highlight((), ())
            return
        edges = [edge for edge in (edge_of(r.name) for r in box.restrictions) if edge]
        self.highlight(sorted({node for edge in edges for node in edge}), edges)

    # -- export -----------------------------------------------------------------------------

    def export(self) -> None:
        """Write the exploration workbook where the user chooses (explore_export.py)."""
        export_exploration(self)
