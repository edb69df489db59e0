"""The Results dock: charts, scenario matrix, scorecard, "why?", structure, sensitivity.

One tab per view; every view follows the controller (results, current scenario, selected
nodes, shown step). One line above the tabs states what the numbers are: which scenario,
the verdict of its run (converged, limit cycle, not converged), whether its answer is the
only one (the trust verdict, computed on a worker after each run), whether Monte Carlo
bands are current, and the engine's settings. Where it does not fit, the trust verdict's
reason goes first, then the settings, then the baseline's verdict when it converged (the
ordinary case, which the scenario's own verdict is measured against); where even that does
not fit one line (a projector's width), the line takes a second line rather than cut a
verdict, and only beyond two is it cut with "..."; the whole line is on hover. In a dock
shorter than :data:`SHORT_PANEL` (docked at the side, under the Inspector) the line keeps
to one line: the tab below gets the height; in one shorter than :data:`COMPACT_PANEL` (a
small floating dock) it is left out, whole on the tabs' hover: there the line took the
height that made the chart a strip of lines without a level to read.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...engine.verdict import CONVERGED
from ...model import translated
from ..elided import ElidedLabel
from ..lazyview import LazyView
from ..choices import choice_text
from ..scrolling import scrolling
from .matrix import ScenarioMatrix
from .scorecard import Scorecard
from .structure_view import StructureView
from .why import WhyPanel
from ..formats import count

__all__ = ["ResultsPanel", "SHORT_PANEL", "COMPACT_PANEL"]

#: A Results dock shorter than this, in pixels, gives its status one line.
SHORT_PANEL = 180
#: A Results dock shorter than this, in pixels, leaves its status line out (on hover).
COMPACT_PANEL = 160


class ResultsPanel(QWidget):
    """The contents of the Results dock."""

    def __init__(self, controller, map_results, objectives) -> None:
        super().__init__()
        self.controller = controller
        highlight = map_results.highlight
        # one line where a version of it fits one (a wrapped line took the chart's height
        # on a laptop), else two: at 1024 px one line cut the trust verdict itself; the
        # whole line and what the trust verdict means are on hover
        self.status = ElidedLabel(lines=2, fewer_lines_first=True)
        self.status.set_hint(self._trust_help())
        # the charts (pyqtgraph) are built after the window's first paint (LazyView)
        self._chart = LazyView(lambda: _trajectory_chart(controller))
        self.matrix = ScenarioMatrix(controller, reveal=lambda n: controller.window.reveal(
            "node", n))
        self.scorecard = Scorecard(controller, objectives)
        self.why = WhyPanel(controller, highlight=highlight)
        self.structure = StructureView(controller, highlight=highlight)
        self._tornado = LazyView(lambda: _tornado_view(controller, highlight))
        self.tabs = QTabWidget()
        self.pages = {}                    # tab name -> its page (the view in a scroll area)
        for name, widget, title in (
                ("charts", self._chart, self.tr("Charts")),
                ("matrix", self.matrix, self.tr("Scenario matrix")),
                ("scorecard", self.scorecard, self.tr("Scorecard")),
                ("why", self.why, self.tr("Why?")),
                ("structure", self.structure, self.tr("Structure")),
                ("sensitivity", self._tornado, self.tr("Sensitivity"))):
            self.pages[name] = scrolling(widget, horizontal=True)
            self.tabs.addTab(self.pages[name], title)
        self.tabs.currentChanged.connect(lambda _: highlight((), ()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        for signal in (controller.results_changed, controller.scenario_changed,
                       controller.monte_carlo_changed, controller.live_changed,
                       controller.trust_changed):
            signal.connect(self.refresh)
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.status.set_lines(1 if self.height() < SHORT_PANEL else 2)
        # in the next turn: hiding the line inside a resize, which the main window's dock
        # layout may be running (raising a tabbed dock), changed that layout under it and
        # crashed Qt
        QTimer.singleShot(0, self, self._compact)

    def _compact(self) -> None:
        """In a dock shorter than COMPACT_PANEL, the status line left out and whole on the
        tabs' hover; else shown."""
        compact = self.height() < COMPACT_PANEL
        self.status.setHidden(compact)
        self.tabs.tabBar().setToolTip(self.status.toolTip() if compact else "")

    @property
    def chart(self):
        """The Charts tab's :class:`~.charts.TrajectoryChart` (built on first use)."""
        return self._chart.view

    @property
    def tornado(self):
        """The Sensitivity tab's :class:`~.tornado.TornadoView` (built on first use)."""
        return self._tornado.view

    def show_tab(self, name: str) -> None:
        """Show a tab by name: charts, matrix, scorecard, why, structure or sensitivity."""
        self.tabs.setCurrentWidget(self.pages[name])

    def _trust_text(self, *, reason: bool = True) -> str:
        """The current run's trust verdict in plain words, with its reason unless not
        ``reason``."""
        session = self.controller.session
        trust = session.trust_of()
        if trust is None:
            return self.tr("checking whether the answer is the only one\u2026")
        if not reason:
            return trust.headline
        model = session.model

        def label(node_id: str) -> str:
            node = model.node(node_id)
            return translated(node) if node is not None else node_id

        self.status.set_hint(self._trust_help(trust.reason(label)))   # the evidence
        return self.tr("{headline} ({reason})").format(headline=trust.headline,
                                                       reason=trust.meaning)

    def refresh(self, *_) -> None:
        controller = self.controller
        if controller.session.results is None:
            self.status.set_full_text(self.tr("No results: {error}").format(
                error=controller.session.error)
                                      if controller.session.error else self.tr("No results yet."))
            self._compact()
            return
        results = controller.session.results
        self.status.set_hint(self._trust_help())      # with the evidence once there is some
        parts = [self.tr("Baseline {verdict}").format(verdict=results.baseline_verdict)]
        trust = None                                # the trust part: (with reason, without)
        current = controller.session.result()
        if current is not None:
            verdict = (controller.session.live.verdict if controller.session.live_change is not None
                       and controller.session.live is not None else current.verdict)
            parts.append(self.tr("{scenario}: {verdict}").format(scenario=current.label,
                                                                verdict=verdict))
            if controller.session.live_change is not None:
                parts.append(self.tr("live preview (release the slider to keep it)"))
            else:
                trust = (self._trust_text(), self._trust_text(reason=False))
                parts.append(trust[0])
        if controller.session.monte_carlo is not None:
            mc = controller.session.monte_carlo
            of = (self.tr(" of participants' maps") if mc.sampled == "participants" else
                  self.tr(" of participants' maps and their weights") if mc.sampled == "both"
                  else "")
            parts.append(self.tr("Monte Carlo {samples} samples{of}, seed {seed}").format(
                samples=count(mc.samples), of=of, seed=mc.seed)
                         + (self.tr(" (stale: the model changed)")
                            if controller.session.monte_carlo_stale else ""))
        s = results.settings
        settings = self.tr("{rule}, {activation} \u03bb={steepness}, {steps} "
                           "{unit}s").format(rule=choice_text(s.rule),
                                            activation=choice_text(s.activation),
                                            steepness=f"{s.steepness:g}",
                                            steps=len(results.time) - 1,
                                            unit=s.time_unit)
        # where the line does not fit: first the trust verdict's reason goes, then the
        # engine settings, then a baseline that converged (all in the tooltip), before
        # the line takes a second one
        short = [trust[1] if trust and part is trust[0] else part for part in parts]
        shorter = [" \u00b7 ".join([*short, settings]), " \u00b7 ".join(short)]
        if results.baseline_verdict.kind == CONVERGED and len(short) > 1:
            shorter.append(" \u00b7 ".join(short[1:]))
        self.status.set_full_text(" \u00b7 ".join([*parts, settings]), shorter=tuple(shorter))
        self._compact()

    def _trust_help(self, evidence: str = "") -> str:
        """What the trust verdict means, for the status line's tooltip, after the current
        run's ``evidence`` (the technical reason) when there is one."""
        detail = self.tr("In detail: {evidence}.").format(evidence=evidence) if evidence else ""
        return "\n\n".join(part for part in (detail, self._trust_terms()) if part)

    def _trust_terms(self) -> str:
        """What each trust verdict means."""
        return self.tr(
            "Is the answer the only one? \"The only possible answer\": the map damps every "
            "difference between two states, so every start vector ends at this answer. "
            "\"The same answer from every start tried\": not proven, but runs from 8 "
            "different start vectors end at the same state. \"May depend on the start\": "
            "they settle in different places; another start vector gives another answer. "
            "\"May cycle\": they are still moving at the last step. Engine Settings > "
            "Suggest steepness proposes a steepness for which the answer is unique.")


def _trajectory_chart(controller):
    from .charts import TrajectoryChart

    return TrajectoryChart(controller)


def _tornado_view(controller, highlight):
    from .tornado import TornadoView

    return TornadoView(controller, highlight=highlight)
