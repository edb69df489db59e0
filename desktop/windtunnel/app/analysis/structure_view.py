"""Structure views: feedback loops, node metrics and model statistics, chokepoints.

- **Loops**: every feedback loop (up to 12 nodes), strongest gain first, with its polarity
  (reinforcing: the product of its edge signs is positive, so a change feeds itself;
  balancing: negative, so it damps itself). Click a loop to highlight it on the map.
- **Loops over time**: which loops drive the selected node's change at each step of the
  current scenario, as a stacked chart, and the dominant loop per stretch of steps
  (:mod:`.loop_dominance`; this one does follow the run).
- **Metrics**: per node, edges in and out, weighted in/out degree, centrality, role (driver,
  receiver, ordinary) and betweenness (Mental Modeler's definitions); sortable. Above it the
  model statistics: density, complexity, hierarchy index.
- **Chokepoints**: choose actors and an outcome; the fewest nodes whose removal cuts every
  path of positive influence from the actors to the outcome. They are highlighted.

The others are computed from the structure alone, not from a run; they follow edits. Loops
and metrics run on a worker (betweenness alone takes half a minute on a 2,000-node map) and
only while the tab is shown: edits made meanwhile are picked up when it is shown again. The
tab has its own progress bar and Cancel (the engine's ``progress`` / ``cancel`` hooks);
cancelling keeps the tables as they were.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...model import translated
from ...engine import (WORK_LIMITS, WorkLimits, WorkRefused, chokepoints, compile_model,
                       find_loops, model_statistics, node_metrics, stop_if_asked)
from ...errors import WindtunnelError
from ..lazyview import LazyView
from ..choices import choice_text
from ..workers import TaskBar, part_of
from ..flow import FlowLayout, narrow
from ..formats import number
from ..wheel_focus import WheelFocusComboBox

__all__ = ["StructureView"]


def _sort_item(value, decimals: int = 3) -> QTableWidgetItem:
    """A cell that sorts numbers as numbers (the value itself is the display data)."""
    item = QTableWidgetItem()
    if isinstance(value, (int, float)):
        item.setData(Qt.DisplayRole, float(f"{value:.{decimals}g}") if isinstance(value, float)
                     else int(value))
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    else:
        item.setData(Qt.DisplayRole, str(value))
    return item


class StructureView(QWidget):
    """The Structure tab of the results dock."""

    def __init__(self, controller, *, highlight) -> None:
        super().__init__()
        self.controller = controller
        self.highlight = highlight
        self.loops_table = QTableWidget(0, 5)
        self.loops_table.setHorizontalHeaderLabels(
            [
                self.tr("Polarity"),
                self.tr("Length"),
                self.tr("Gain"),
                self.tr("Delay"),
                self.tr("Members"),
            ]
        )
        self.loops_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        self.loops_note = QLabel(wordWrap=True, textFormat=Qt.PlainText)
        self.metrics_table = QTableWidget(0, 8)
        self.metrics_table.setHorizontalHeaderLabels(
            [
                self.tr("Node"),
                self.tr("In"),
                self.tr("Out"),
                self.tr("Indegree"),
                self.tr("Outdegree"),
                self.tr("Centrality"),
                self.tr("Role"),
                self.tr("Betweenness"),
            ]
        )
        self.metrics_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.statistics = QLabel(wordWrap=True, textFormat=Qt.PlainText)
        for table in (self.loops_table, self.metrics_table):
            table.setEditTriggers(QAbstractItemView.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectRows)
            table.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # engine order
            table.setSortingEnabled(True)
            table.verticalHeader().hide()
        self.loops_table.currentCellChanged.connect(self._loop_chosen)
        self.actors = QListWidget()
        self.actors.setSelectionMode(QAbstractItemView.MultiSelection)
        self.outcome = WheelFocusComboBox()
        self.find_button = QPushButton(self.tr("Find chokepoints"))
        self.find_button.clicked.connect(self.find_chokepoints)
        self.choke_result = QLabel(wordWrap=True)
        self.choke_result.setTextFormat(Qt.RichText)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._page(self.loops_note, self.loops_table), self.tr("Loops"))
        self._dominance = LazyView(lambda: _loop_dominance_chart(controller))   # pyqtgraph
        self.tabs.addTab(self._dominance, self.tr("Loops over time"))
        self.tabs.addTab(self._page(self.statistics, self.metrics_table), self.tr("Metrics"))
        choke = QWidget()
        choke_layout = QVBoxLayout(choke)
        choke_layout.addWidget(QLabel(self.tr("Actors (choose one or more):")))
        choke_layout.addWidget(self.actors, 1)
        row = FlowLayout()             # wrapping in a narrow dock (a 1024 x 768 projector)
        row.addWidget(QLabel(self.tr("Outcome:")))
        row.add_stretching(narrow(self.outcome))
        row.addWidget(self.find_button)
        choke_layout.addLayout(row)
        choke_layout.addWidget(self.choke_result)
        self.tabs.addTab(choke, self.tr("Chokepoints"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.runner = controller.add_runner()
        self.task_bar = TaskBar(self.runner, wrapping=True)   # its own progress, Cancel
        layout.insertWidget(0, self.task_bar)
        self.loops = None
        self._dirty = True
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        controller.results_changed.connect(self._changed)

    def _changed(self, *_) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self._timer.start(0)

    @property
    def dominance(self):
        """The "Loops over time" tab's chart (built when first shown or asked for)."""
        return self._dominance.view

    @staticmethod
    def _page(note: QLabel, table: QTableWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(note)
        layout.addWidget(table, 1)
        return page

    def refresh(self, *, limits: WorkLimits = WORK_LIMITS) -> None:
        """Compute loops, metrics and statistics on a worker, from a snapshot of the model;
        past the work budget's ``limits`` the user is asked whether to run anyway."""
        self._dirty = False
        snapshot = self.controller.model.copy()
        self.loops_note.setText(self.tr("Finding feedback loops\u2026"))

        def work(progress, cancel):
            network = compile_model(snapshot)
            stop_if_asked(cancel, "structure")       # compiling a big map takes a while
            loops = find_loops(network, max_loops=2000, progress=part_of(progress, 0.0, 0.3),
                               cancel=cancel)
            metrics = node_metrics(network, progress=part_of(progress, 0.3, 1.0),
                                   cancel=cancel, limits=limits)
            return snapshot, loops, metrics, model_statistics(network, metrics)

        asked = self.controller.failure_handler(self.tr("The structure could not be found"),
                                                lambda larger: self.refresh(limits=larger))

        def failed(exc) -> None:
            self.loops_note.setText(self.tr("No structure: {reason}").format(reason=exc))
            if isinstance(exc, WorkRefused):    # too big: asked whether to run anyway
                asked(exc)

        self.runner.start(
            self.tr("Finding loops and metrics"),
            work,
            on_finished=self.show_structure,
            on_failed=failed,
            on_cancelled=self._cancelled,
        )

    def _cancelled(self) -> None:
        """Stopped by the user: the tables keep what they showed (if anything)."""
        self._dirty = True                 # shown again later: computed again
        self.loops_note.setText(
            self.tr("Stopped. The tables show the structure before the last edit; open the tab "
                    "again to compute it.") if self.loops is not None else
            self.tr("Stopped before the loops were found; open the tab again to compute them."))

    def show_structure(self, computed) -> None:
        model, self.loops, metrics, stats = computed
        labels = {n.id: translated(n) for n in model.nodes}
        table = self.loops_table
        table.setSortingEnabled(False)
        table.setRowCount(len(self.loops.loops))
        for r, loop in enumerate(self.loops.loops):
            polarity = _sort_item(choice_text(loop.polarity))
            polarity.setData(Qt.UserRole + 1, loop.members)
            table.setItem(r, 0, polarity)
            table.setItem(r, 1, _sort_item(loop.length))
            table.setItem(r, 2, _sort_item(loop.gain, 4))
            table.setItem(r, 3, _sort_item(loop.delay))
            table.setItem(r, 4, _sort_item(" \u2192 ".join(labels[m] for m in loop.members)))
        table.setSortingEnabled(True)
        reinforcing = sum(lp.polarity == "reinforcing" for lp in self.loops.loops)
        self.loops_note.setText(self.tr(
            "%n feedback loop(s): {reinforcing} reinforcing (a change feeds itself), "
            "{balancing} balancing (a change damps itself); {note}. Click a loop to highlight "
            "it.", "", len(self.loops.loops)).format(
            reinforcing=reinforcing, balancing=len(self.loops.loops) - reinforcing,
            note=self.loops.note))
        table = self.metrics_table
        table.setSortingEnabled(False)
        table.setRowCount(len(metrics.node_ids))
        for r, node_id in enumerate(metrics.node_ids):
            values = [labels[node_id], int(metrics.in_count[r]), int(metrics.out_count[r]),
                      metrics.indegree[r], metrics.outdegree[r], metrics.centrality[r],
                      choice_text(metrics.role[r]), metrics.betweenness[r]]
            for c, value in enumerate(values):
                table.setItem(r, c, _sort_item(value.item() if hasattr(value, "item") else value))
        table.setSortingEnabled(True)
        complexity = self.tr("n/a") if stats.complexity is None else number(stats.complexity, 2)
        hierarchy = self.tr("n/a") if stats.hierarchy is None else number(stats.hierarchy, 3)
        self.statistics.setText(self.tr(
            "{nodes} nodes, {edges} edges, density {density}, {per_node} edges per node; "
            "{drivers} drivers, {receivers} receivers, {ordinary} ordinary; complexity "
            "(receivers / drivers) {complexity}; hierarchy index {hierarchy}.").format(
            nodes=stats.nodes, edges=stats.edges, density=number(stats.density, 3),
            per_node=number(stats.edges_per_node, 2), drivers=stats.drivers,
            receivers=stats.receivers, ordinary=stats.ordinary, complexity=complexity,
            hierarchy=hierarchy))
        self._fill_choices(self.controller.model)

    def _fill_choices(self, model) -> None:
        chosen = {self.actors.item(i).data(Qt.UserRole) for i in range(self.actors.count())
                  if self.actors.item(i).isSelected()}
        outcome = self.outcome.currentData()
        self.actors.clear()
        actors = [n for n in model.nodes if n.kind == "actor"] or list(model.nodes)
        for node in actors:
            item = QListWidgetItem(translated(node))
            item.setData(Qt.UserRole, node.id)
            self.actors.addItem(item)
            item.setSelected(node.id in chosen)
        self.outcome.clear()
        factors = [n for n in model.nodes if n.kind == "factor"] or list(model.nodes)
        for node in factors:
            self.outcome.addItem(translated(node), node.id)
        objective_nodes = [o.node for o in model.objectives]
        wanted = outcome or (objective_nodes[0] if objective_nodes else None)
        if wanted is not None and self.outcome.findData(wanted) >= 0:
            self.outcome.setCurrentIndex(self.outcome.findData(wanted))

    def choose_actors(self, node_ids) -> None:
        for i in range(self.actors.count()):
            item = self.actors.item(i)
            item.setSelected(item.data(Qt.UserRole) in node_ids)

    def find_chokepoints(self) -> None:
        model = self.controller.model
        actors = [self.actors.item(i).data(Qt.UserRole) for i in range(self.actors.count())
                  if self.actors.item(i).isSelected()]
        outcome = self.outcome.currentData()
        if not actors or outcome is None:
            self.choke_result.setText(self.tr("Choose at least one actor and an outcome."))
            return
        try:
            found = chokepoints(compile_model(model), actors, outcome)
        except WindtunnelError as exc:
            self.choke_result.setText(self.tr("Not possible: {reason}").format(
                reason=html.escape(str(exc))))
            return
        label = {n.id: html.escape(translated(n)) for n in model.nodes}  # labels shown as text
        if not found.connected:
            self.choke_result.setText(self.tr("No path of positive influence leads from the "
                                              "chosen actors to <b>{outcome}</b>.").format(
                outcome=label[outcome]))
            self.highlight((), ())
            return
        names = ", ".join(f"<b>{label[n]}</b>" for n in found.nodes) or self.tr("none")
        direct = (self.tr(" Directly connected (no node can cut them): {actors}.").format(
            actors=", ".join(label[a] for a in found.direct)) if found.direct else "")
        self.choke_result.setText(self.tr("Cutting {nodes} removes every positive path to "
                                          "<b>{outcome}</b>.{direct}").format(
            nodes=names, outcome=label[outcome], direct=direct))
        self.highlight(found.nodes, ())

    def _loop_chosen(self, row: int, *_) -> None:
        item = self.loops_table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        members = list(item.data(Qt.UserRole + 1))
        self.highlight(members, list(zip(members, members[1:] + members[:1])))


def _loop_dominance_chart(controller):
    from .loop_dominance import LoopDominanceChart

    return LoopDominanceChart(controller)
