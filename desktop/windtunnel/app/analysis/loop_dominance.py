"""Loops over time: which feedback loops drive a node's change at each step (Structure view).

For the node selected on the map (else the first objective's node) and the current
scenario, a stacked chart of each feedback loop's share of the loop activity reaching the
node, step by step: the engine's loop scores (:func:`~windtunnel.engine.loop_scores`, in
the spirit of Loops that Matter: the product of the loop's link scores, each link's exact
share of its target's change), taken over the loops through the node or upstream of it
and divided by their absolute sum, so the bands stack to 1 at every step where a loop
moves anything. Above zero: loops that amplify the change then; below: loops that damp it.
The :data:`SHOWN` loops with the largest shares over the run (the largest areas) get
colours, the others one grey band.
Under the chart, the dominant loop per stretch of steps (``LoopScores.dominant``).

Loops are found with a time budget (:data:`TIME_BUDGET`; the caption says when the search
stopped early) and scored on a worker from a snapshot of the model, once per model
revision and scenario, and only while the tab is shown; choosing another node re-draws
without computing anything.
"""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...model import translated
from ...engine import compiled_model, find_loops, loop_scores, stop_if_asked
from ...engine.compile import compile_scenario
from ..choices import choice_text
from .charts import OKABE_ITO, chart_nodes
from .axes import chart_plot

__all__ = ["LoopDominanceChart", "SHOWN", "TIME_BUDGET", "loop_shares"]

#: Loops drawn in a colour of their own (the others share one grey band).
SHOWN = 6
#: Seconds the loop search may take before it stops and says so.
TIME_BUDGET = 2.0
MAX_LOOPS = 2000
_OTHER = "#bbbbbb"


def loop_shares(scores, node: str) -> tuple[list[int], np.ndarray]:
    """(loop indices, (T, C) shares): the loops through or upstream of ``node`` and each
    one's signed share of their absolute sum at every step (rows sum to 1 in absolute
    value; 0 where no loop moves)."""
    candidates = scores.upstream(node)
    values = scores.scores[:, candidates]
    total = np.abs(values).sum(axis=1, keepdims=True)
    return candidates, np.divide(values, total, out=np.zeros_like(values), where=total > 0)


class LoopDominanceChart(QWidget):
    """The "Loops over time" tab of the Structure view."""

    def __init__(self, controller) -> None:
        super().__init__()
        self.controller = controller
        self.runner = controller.add_runner()
        self.computed = None           # (key, model copy, LoopSearch, LoopScores)
        self.shown: list[int] = []     # loop indices drawn in colour, largest first
        self.caption = QLabel(wordWrap=True)
        self.plot = chart_plot()
        self.plot.setMinimumHeight(170)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        item = self.plot.getPlotItem()
        item.setLabel("left", self.tr("share of loop activity"))
        self.legend = QLabel(wordWrap=True)
        self.dominance = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.dominance)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        for signal in (controller.results_changed, controller.scenario_changed,
                       controller.selection_changed):
            signal.connect(lambda *_: self.isVisible() and self._timer.start())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._timer.start(0)

    def _key(self):
        model = self.controller.model
        return (id(model), model.revision, self.controller.session.scenario_id)

    def refresh(self) -> None:
        """Score the loops on a worker when the model or scenario changed; else re-draw."""
        session = self.controller.session
        scenario = self.controller.model.scenario(session.scenario_id)
        if session.results is None or scenario is None:
            self._empty(self.tr("Run a scenario to see which loops drive its changes over time."))
            return
        if self.computed is not None and self.computed[0] == self._key():
            self.draw()
            return
        key, snapshot = self._key(), self.controller.model.copy()
        self.caption.setText(self.tr("Scoring the feedback loops over time\u2026"))

        def work(progress, cancel):
            network = compiled_model(snapshot, snapshot.settings)
            stop_if_asked(cancel, "loop scoring")    # compiling a big map takes a while
            search = find_loops(network, max_loops=MAX_LOOPS,
                                time_budget=TIME_BUDGET, cancel=cancel)
            stop_if_asked(cancel, "loop scoring")
            plan = compile_scenario(network, snapshot.scenario(key[2]))
            return key, snapshot, search, loop_scores(network, plan, snapshot.settings,
                                                      search.loops)

        self.runner.start(self.tr("Scoring loops over time"), work, on_finished=self._arrived,
                          on_failed=lambda exc: self._empty(
                              self.tr("No loop scores: {reason}").format(reason=exc)))

    def _arrived(self, computed) -> None:
        self.computed = computed
        self.draw()

    def _empty(self, text: str) -> None:
        self.plot.clear()
        self.shown = []
        self.caption.setText(text)
        self.legend.clear()
        self.dominance.clear()

    def node(self) -> str | None:
        """The node the chart is about: the selected one, else the first objective's."""
        nodes = [n for n in chart_nodes(self.controller) if self.controller.model.node(n)]
        return nodes[0] if nodes else None

    def draw(self) -> None:
        """Stack the loops' shares for the chosen node."""
        _, model, search, scores = self.computed
        node = self.node()
        if node is None:
            self._empty(self.tr("Select a node on the map to see which loops drive it over time."))
            return
        labels = {n.id: translated(n) for n in model.nodes}
        label = labels.get(node, node)
        candidates, shares = loop_shares(scores, node)
        unit = translated(model, "time_unit")     # as the results name it
        if not candidates:
            self._empty(self.tr("No feedback loop runs through or into <b>{node}</b>{note}.")
                        .format(node=escape(label), note=f" ({escape(search.note)})"
                                if search.timed_out else ""))
            return
        order = np.argsort(-np.abs(shares).mean(axis=0), kind="stable")   # the largest area
        top = [int(k) for k in order[:SHOWN] if np.abs(shares[:, k]).max() > 0]
        self.shown = [candidates[k] for k in top]
        rest = [int(k) for k in order if int(k) not in top]
        series = [(shares[:, k], OKABE_ITO[i % len(OKABE_ITO)]) for i, k in enumerate(top)]
        if rest:
            series.append((shares[:, rest].sum(axis=1), _OTHER))
        self._stack(series)
        self.caption.setText(self.tr(
            "Loops driving <b>{node}</b> in <b>{scenario}</b> (above 0 they amplify its change, "
            "below they damp it)").format(
            node=escape(label), scenario=escape(translated(model.scenario(self.computed[0][2])))))
        self.caption.setToolTip(self.tr(
            "Each loop's share of the loop activity reaching {node}, {unit} by {unit}. "
            "{reaching} of {count} loops reach it; {note}.").format(
            node=label, unit=unit, reaching=len(candidates), count=len(search.loops),
            note=search.note))
        self.legend.setText(" &nbsp; ".join(
            f"<span style='color:{colour}'>\u25a0</span> {escape(_loop_text(scores.loops[i], labels))}"
            f" ({choice_text(scores.loops[i].polarity)})"
            for i, (_, colour) in zip(self.shown, series))
            + (f" &nbsp; <span style='color:{_OTHER}'>\u25a0</span> "
               + self.tr("%n other loop(s)", "", len(rest)) if rest else ""))
        self.dominance.setText(self.tr("<b>Dominant:</b> ") + "; ".join(
            self.tr("{steps}: {loop}").format(
                steps=self._steps(escape(unit), first, last),
                loop=escape(_loop_text(scores.loops[k], labels)) if k >= 0 else self.tr("no loop"))
            for first, last, k, _ in scores.dominant(node)))

    def _steps(self, unit: str, first: int, last: int) -> str:
        """A stretch of steps as the language writes it (month 1–5, 第 1–5 月, 1–5 か月目)."""
        if last > first:
            return self.tr("{unit} {first}\u2013{last}").format(unit=unit, first=first, last=last)
        return self.tr("{unit} {step}").format(unit=unit, step=first)

    def _stack(self, series) -> None:
        """Positive shares stacked upwards from zero, negative ones downwards."""
        self.plot.clear()
        palette = self.palette()
        self.plot.setBackground(palette.color(QPalette.Base))
        steps = np.arange(1, len(series[0][0]) + 1, dtype=float)
        up = np.zeros_like(steps)
        down = np.zeros_like(steps)
        for values, colour in series:
            for part, base in ((np.clip(values, 0, None), up), (np.clip(values, None, 0), down)):
                if not part.any():
                    continue
                lower = pg.PlotCurveItem(steps, base.copy(), pen=pg.mkPen(None))
                upper = pg.PlotCurveItem(steps, base + part, pen=pg.mkPen(colour, width=1))
                fill = QColor(colour)
                fill.setAlpha(170)
                self.plot.addItem(lower)
                self.plot.addItem(upper)
                self.plot.addItem(pg.FillBetweenItem(lower, upper, brush=fill))
                base += part
        self.plot.addItem(pg.InfiniteLine(0, angle=0, pen=pg.mkPen("#888888")))
        self.plot.setXRange(1, steps[-1], padding=0.01)
        self.plot.setYRange(min(down.min(), 0.0), max(up.max(), 0.0), padding=0.05)


def _loop_text(loop, labels) -> str:
    names = [labels.get(m, m) for m in loop.members]
    return " \u2192 ".join(names + names[:1])
