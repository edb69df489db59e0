"""attach_analysis(window): the live what-if analysis, plugged into a map editor window.

The composition root (app/main.py) registers it as a window extension. It uses only the
window's typed places (see :mod:`windtunnel.app.mainwindow`): ``add_panel`` for the
Scenarios dock (tabbed with the Outline), the Results dock and the Explore dock (tabbed
with Results), ``add_menu`` for the
Analysis menu, ``add_export_menu`` for File > Export Results, ``menus.view`` and
``menus.help``, ``add_toolbar`` for the time bar, the Inspector's footer, the window's task
runner, ``add_map_decoration`` for the change scale in map pictures, and ``show_problem`` /
``ask_save_path`` for dialogs (which tests replace).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QToolBar

from ..actions import make_action
from ..lazyview import LazyView
from ..scrolling import scrolling
from .controller import AnalysisController
from .exports import Exporter
from .focus import FocusView
from .map_layer import MapResults
from .override_box import OverrideBox
from .results_dock import ResultsPanel
from .scenarios_dock import ScenariosPanel
from .settings_dialog import edit_settings
from .story import StoryMode
from .timebar import TimeBar
from .workshop import WorkshopMode

__all__ = ["Analysis", "attach_analysis", "show_analysis_help"]


def show_analysis_help(window):
    """The app's help window, turned to the analysis page."""
    return window.workspace.show_help("analysis")


class Analysis(QObject):
    """The analysis of one window: its controller (and session), views, actions, exports."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        controller = self.controller = AnalysisController(window)
        self.session = controller.session
        self.map_results = MapResults(controller)
        window.add_map_decoration(self.map_results)
        window.map_export_started.connect(lambda: controller.set_playing(False))
        self.scenarios_panel = ScenariosPanel(controller)
        self.results_panel = ResultsPanel(controller, self.map_results)
        self.scenarios_dock = window.add_panel(
            self.tr("Scenarios"),
            scrolling(self.scenarios_panel),
            Qt.LeftDockWidgetArea,
            name="scenarios",
            tab_with=window.outline_dock,
        )
        self.results_dock = window.add_panel(self.tr("Results"), self.results_panel,
                                             Qt.BottomDockWidgetArea, name="results", share=0.4)
        # built when its tab is first shown (its scatter plot loads pyqtgraph)
        self._explore_view = LazyView(lambda: _explore_view(controller,
                                                            self.map_results.highlight))
        # scrolls sideways on a narrow screen rather than widening the window (its tables
        # and scatter want ~810 px)
        self.explore_dock = window.add_panel(self.tr("Explore"), scrolling(self._explore_view,
                                                                           horizontal=True),
                                             Qt.BottomDockWidgetArea, name="explore",
                                             tab_with=self.results_dock)
        self._explore_view.built.connect(
            lambda view: view.results_shown.connect(self._make_room_for_explore))
        window.setCorner(Qt.BottomLeftCorner, Qt.LeftDockWidgetArea)
        QTimer.singleShot(0, self.scenarios_dock.raise_)   # in front of the Outline
        QTimer.singleShot(0, self.results_dock.raise_)     # in front of Explore
        self.override_box = OverrideBox(controller)
        window.inspector.add_footer(self.override_box)
        self.time_bar = TimeBar(controller, self.map_results)
        self.toolbar = QToolBar(self.tr("Results"), window)
        self.toolbar.setObjectName("results-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.time_bar)
        window.add_toolbar(self.toolbar, Qt.BottomToolBarArea)
        controller.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
        self.workshop = WorkshopMode(controller, self.map_results, keep_visible=[self.toolbar])
        self.exporter = Exporter(controller)
        self.focus = FocusView(controller)
        self.story = StoryMode(controller, self.focus, self.workshop)
        self.actions = self._actions()
        self._menus()
        window.window_closing.connect(self._close)

    @property
    def explore_view(self):
        """The Explore dock's view (built when the dock is first shown, or now)."""
        return self._explore_view.view

    def _actions(self) -> dict:
        window, controller, session = self.window, self.controller, self.session
        exporter, results = self.exporter, self.results_panel

        def show_tab(name: str):
            return lambda: (self.results_dock.show(), results.show_tab(name))

        def action(text, slot, **options):
            return make_action(window, text, lambda *_: slot(), **options)

        a = {
            "monte_carlo": action(
                self.tr("Run &Monte Carlo"),
                controller.run_monte_carlo,
                shortcut="Ctrl+M",
                tip=self.tr(
                    "Sample the uncertain edge weights (samples and seed in "
                    "the engine settings) and show bands"
                ),
            ),
            "cancel": action(
                self.tr("&Cancel Long Task"),
                window.tasks.cancel,
                tip=self.tr("Stop the running Monte Carlo, sensitivity or export"),
            ),
            "clear_mc": action(self.tr("C&lear Monte Carlo Results"), session.clear_monte_carlo),
            "settings": action(
                self.tr("&Engine Settings\u2026"),
                lambda: edit_settings(controller),
                shortcut="Ctrl+Shift+G",
                tip=self.tr("Rule, activation, presets, steps, tolerance, seed"),
            ),
            "why": action(
                self.tr("&Why Did This Change?"), show_tab("why"), shortcut="Ctrl+Shift+Y"
            ),
            "sensitivity": action(
                self.tr("&Sensitivity of an Objective\u2026"), show_tab("sensitivity")
            ),
            "next": action(
                self.tr("&Next Scenario"), lambda: session.step_scenario(1), shortcut="Ctrl+PgDown"
            ),
            "previous": action(
                self.tr("&Previous Scenario"),
                lambda: session.step_scenario(-1),
                shortcut="Ctrl+PgUp",
            ),
            "play": action(
                self.tr("&Play / Pause Replay"), controller.toggle_playing, shortcut="Ctrl+Shift+P"
            ),
            "help": action(self.tr("&Analysis Help"), lambda: show_analysis_help(window)),
            "export_workbook": action(
                self.tr("Results &Workbook (.xlsx)\u2026"), exporter.workbook
            ),
            "export_matrix": action(
                self.tr("Scenario &Matrix (.csv)\u2026"), lambda: exporter.csv("matrix")
            ),
            "export_trajectories": action(
                self.tr("&Trajectories (.csv)\u2026"), lambda: exporter.csv("trajectories")
            ),
            "export_png": action(
                self.tr("Map with Results (.&png)\u2026"), lambda: window.map_exporter.export("png")
            ),
            "export_svg": action(
                self.tr("Map with Results (.s&vg)\u2026"), lambda: window.map_exporter.export("svg")
            ),
            "export_brief": action(
                self.tr("PDF &Brief\u2026"),
                exporter.brief,
                tip=self.tr("One page: the map with results, top changes, " "scorecard, a chart"),
            ),
            "export_story_pdf": action(
                self.tr("The &Story (.pdf)\u2026"),
                lambda: exporter.story("pdf"),
                tip=self.tr("The current scenario told chapter by chapter, " "one page each"),
            ),
            "export_story_png": action(
                self.tr("The Story as P&ictures (.png)\u2026"), lambda: exporter.story("png")
            ),
            "workshop": self.workshop.action,
            "focus": self.focus.action,
            "story": self.story.action,
        }
        a["cancel"].setEnabled(False)
        window.tasks.started.connect(lambda _: a["cancel"].setEnabled(True))
        window.tasks.ended.connect(lambda _: a["cancel"].setEnabled(False))
        return a

    def _menus(self) -> None:
        window, a = self.window, self.actions
        self.toolbar.addSeparator()
        self.toolbar.addAction(a["monte_carlo"])
        analysis = window.add_menu(self.tr("A&nalysis"))
        analysis.addActions([a["monte_carlo"], a["cancel"], a["clear_mc"]])
        analysis.addSeparator()
        analysis.addActions([a["why"], a["sensitivity"]])
        analysis.addSeparator()
        analysis.addActions([a["previous"], a["next"], a["play"]])
        analysis.addSeparator()
        analysis.addAction(a["settings"])
        export = window.add_export_menu(self.tr("Export &Results"))
        export.addActions([a["export_workbook"], a["export_matrix"], a["export_trajectories"]])
        export.addSeparator()
        export.addActions([a["export_png"], a["export_svg"], a["export_brief"]])
        export.addActions([a["export_story_pdf"], a["export_story_png"]])
        window.menus.view.addSeparator()
        window.menus.view.addActions([a["focus"], a["story"], a["workshop"]])
        window.menus.help.addAction(a["help"])

    def _make_room_for_explore(self) -> None:
        """An exploration's results arrived: give the docked Explore panel half the
        window's height when it has less (the user's larger size is kept)."""
        dock = self.explore_dock
        if dock.isFloating() or not dock.isVisible():
            return
        wanted = self.window.height() // 2
        if dock.height() < wanted:
            self.window.resizeDocks([dock], [wanted], Qt.Vertical)

    def _close(self) -> None:
        """The window is closing: stop the views' work and wait for it, and let go of the
        model (which may outlive the window)."""
        self.controller.cancel_all()
        self.controller.wait(10_000)
        self.session.release()

    def take_over(self, old: "Analysis") -> None:
        """Carry on ``old``'s analysis of the same document (the window was rebuilt in
        another language): the session (results, Monte Carlo, trust, scenario, step), the
        Results tab in front and the Explore dock's last exploration."""
        self.session.take_over(old.session)
        results = old.results_panel
        front = results.tabs.currentWidget()
        self.results_panel.show_tab(next(name for name, page in results.pages.items()
                                         if page is front))
        if old._explore_view.is_built and old.explore_view.shown is not None:
            self.explore_view.show_result(*old.explore_view.shown)


def attach_analysis(window) -> Analysis:
    """Plug the analysis into ``window``; return it (also as ``window.extensions``'s
    ``"analysis"`` entry when the workspace attached it)."""
    return Analysis(window)


def _explore_view(controller, highlight):
    from .explore_view import ExploreView

    return ExploreView(controller, highlight=highlight)
