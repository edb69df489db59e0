"""The Results dock: charts, scenario matrix, scorecard, "why?", structure, sensitivity.

One tab per view; every view follows the controller (results, current scenario, selected
nodes, shown step). A line above the tabs states what the numbers are: which scenario, the
verdict of its run (converged, limit cycle, not converged) and whether Monte Carlo bands
are current.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ..scrolling import scrolling
from .charts import TrajectoryChart
from .matrix import ScenarioMatrix
from .scorecard import Scorecard
from .structure_view import StructureView
from .tornado import TornadoView
from .why import WhyPanel

__all__ = ["ResultsPanel"]


class ResultsPanel(QWidget):
    """The contents of the Results dock."""

    def __init__(self, controller, map_results) -> None:
        super().__init__()
        self.controller = controller
        highlight = map_results.highlight
        self.status = QLabel(wordWrap=True, textFormat=Qt.PlainText)  # labels as typed
        self.chart = TrajectoryChart(controller)
        self.matrix = ScenarioMatrix(controller, reveal=lambda n: controller.window.reveal(
            "node", n))
        self.scorecard = Scorecard(controller)
        self.why = WhyPanel(controller, highlight=highlight)
        self.structure = StructureView(controller, highlight=highlight)
        self.tornado = TornadoView(controller, highlight=highlight)
        self.tabs = QTabWidget()
        self.pages = {}                    # tab name -> its page (the view in a scroll area)
        for name, widget, title in (
                ("charts", self.chart, "Charts"), ("matrix", self.matrix, "Scenario matrix"),
                ("scorecard", self.scorecard, "Scorecard"), ("why", self.why, "Why?"),
                ("structure", self.structure, "Structure"),
                ("sensitivity", self.tornado, "Sensitivity")):
            self.pages[name] = scrolling(widget, horizontal=True)
            self.tabs.addTab(self.pages[name], title)
        self.tabs.currentChanged.connect(lambda _: highlight((), ()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        for signal in (controller.results_changed, controller.scenario_changed,
                       controller.monte_carlo_changed, controller.live_changed):
            signal.connect(self.refresh)
        self.refresh()

    def show_tab(self, name: str) -> None:
        """Show a tab by name: charts, matrix, scorecard, why, structure or sensitivity."""
        self.tabs.setCurrentWidget(self.pages[name])

    def refresh(self, *_) -> None:
        controller = self.controller
        if controller.session.results is None:
            self.status.setText(f"No results: {controller.session.error}" if controller.session.error
                                else "No results yet.")
            return
        results = controller.session.results
        parts = [f"Baseline {results.baseline_verdict}"]
        current = controller.session.result()
        if current is not None:
            verdict = (controller.session.live.verdict if controller.session.live_change is not None
                       and controller.session.live is not None else current.verdict)
            parts.append(f"{current.label}: {verdict}")
            if controller.session.live_change is not None:
                parts.append("live preview (release the slider to keep it)")
        if controller.session.monte_carlo is not None:
            mc = controller.session.monte_carlo
            parts.append(f"Monte Carlo {mc.samples:,} samples, seed {mc.seed}"
                         + (" (stale: the model changed)" if controller.session.monte_carlo_stale
                            else ""))
        s = results.settings
        parts.append(f"{s.rule}, {s.activation} \u03bb={s.steepness:g}, {len(results.time) - 1} "
                     f"{s.time_unit}s")
        self.status.setText(" \u00b7 ".join(parts))
