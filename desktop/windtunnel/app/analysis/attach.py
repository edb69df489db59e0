"""attach_analysis(window): the live what-if analysis, plugged into a map editor window.

The composition root (app/main.py) registers it as a window extension, built after the
window's first paint into the frames placed before it (:mod:`.frames`: the Scenarios dock
tabbed with the Outline, the Results and Explore docks, the time bar's toolbar, the
Analysis menu). Besides those it uses only the window's typed places (see
:mod:`windtunnel.app.mainwindow`): ``add_export_menu`` for File > Export Results,
``menus.view``, ``add_help_page`` for Help > Analysis Help, the Inspector's footer,
``add_map_menu`` (a node's *Why Did This Change?* and *Make an Objective of ...*), the
window's task runner,
``add_map_decoration`` for the change scale in map pictures, and ``show_problem`` /
``ask_save_path`` for dialogs (which tests replace).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..actions import make_action
from ..carry import carry_controls
from ..lazyview import LazyView
from ..scrolling import scrolling
from .controller import AnalysisController
from .exports import Exporter
from .focus import FocusView
from .frames import AnalysisFrames, analysis_frames
from .map_layer import MapResults
from .objective_editor import NodeObjectivesBox, ObjectiveEditor
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

    def __init__(self, window, frames: AnalysisFrames) -> None:
        super().__init__(window)
        self.window = window
        controller = self.controller = AnalysisController(window)
        self.session = controller.session
        self.map_results = MapResults(controller)
        window.add_map_decoration(self.map_results)
        window.map_export_started.connect(lambda: controller.set_playing(False))
        self.scenarios_panel = ScenariosPanel(controller)
        self.objectives = ObjectiveEditor(controller)
        window.add_map_menu(self._why_menu)
        window.add_map_menu(self.objectives.contribute)
        self.results_panel = ResultsPanel(controller, self.map_results, self.objectives)
        self.scenarios_dock = frames.scenarios_dock
        frames.fill_scenarios(scrolling(self.scenarios_panel))
        self.results_dock = frames.results_dock
        self.results_dock.setWidget(self.results_panel)
        # built when its tab is first shown (its scatter plot loads pyqtgraph)
        self._explore_view = LazyView(lambda: _explore_view(controller,
                                                            self.map_results.highlight))
        # its rows wrap down to ~530 px (a 1024-pixel window); narrower, it scrolls
        # sideways rather than widening the window
        self.explore_dock = frames.explore_dock
        self.explore_dock.setWidget(scrolling(self._explore_view, horizontal=True))
        self.override_box = OverrideBox(controller)
        window.inspector.add_footer(self.override_box)
        self.node_objectives = NodeObjectivesBox(self.objectives)
        window.inspector.add_footer(self.node_objectives)
        self.time_bar = TimeBar(controller, self.map_results)
        self.toolbar = frames.toolbar
        frames.fill_toolbar(self.time_bar)
        controller.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
        self.workshop = WorkshopMode(controller, self.map_results, keep_visible=[self.toolbar])
        self.exporter = Exporter(controller)
        self.focus = FocusView(controller)
        self.story = StoryMode(controller, self.focus, self.workshop)
        self.actions = self._actions()
        self._menus(frames.menu)
        window.window_closing.connect(self._close)

    @property
    def explore_view(self):
        """The Explore dock's view (built when the dock is first shown, or now)."""
        return self._explore_view.view

    def _why_menu(self, menu, kind: str, _key) -> None:
        """The map's right-click menu on a node (which the click selected): why did it
        change, the Why? tab's answer."""
        if kind == "node":
            menu.addAction(self.actions["why"])

    def rename_participants(self) -> None:
        """Name the participants again where the analysis names them: the Participants
        dock's Anonymous was ticked or unticked."""
        if self._explore_view.is_built:
            self.explore_view.rename_participants()

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
            "new_objective": action(
                self.tr("New &Objective\u2026"),
                lambda: self.objectives.new(),
                tip=self.tr("What a scenario should do to a node: the Scorecard, Explore "
                            "and Sensitivity score scenarios by their objectives"),
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
                self.tr("Play / Pause &Replay"), controller.toggle_playing, shortcut="Ctrl+Shift+P"
            ),
            "help": action(self.tr("A&nalysis Help"), lambda: show_analysis_help(window)),
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

    def _menus(self, analysis) -> None:
        window, a = self.window, self.actions
        self.toolbar.addSeparator()
        self.toolbar.addAction(a["monte_carlo"])
        analysis.addActions([a["monte_carlo"], a["cancel"], a["clear_mc"]])
        analysis.addSeparator()
        analysis.addActions([a["why"], a["sensitivity"], a["new_objective"]])
        analysis.addSeparator()
        analysis.addActions([a["previous"], a["next"], a["play"]])
        analysis.addSeparator()
        analysis.addAction(a["settings"])
        export = window.add_export_menu(self.tr("&Export Results"))
        export.addActions([a["export_workbook"], a["export_matrix"], a["export_trajectories"]])
        export.addSeparator()
        export.addActions([a["export_png"], a["export_svg"], a["export_brief"]])
        export.addActions([a["export_story_pdf"], a["export_story_png"]])
        window.menus.view.addSeparator()
        window.menus.view.addActions([a["focus"], a["story"], a["workshop"]])
        window.add_help_page(a["help"])

    def _close(self) -> None:
        """The window is closing: remember the scenario shown of its file, stop the views'
        work and wait for it, and let go of the model (which may outlive the window)."""
        self.controller.remember_scenario()
        self.controller.cancel_all()
        self.controller.wait(10_000)
        self.session.release()

    def take_over(self, old: "Analysis") -> None:
        """Carry on ``old``'s analysis of the same document (the window was rebuilt in
        another language): the session (results, Monte Carlo, trust, scenario, step), the
        Results tab in front, what the map draws, the levers' filter, the scenario matrix's
        and the chart's choices, the Sensitivity tab's objective and results, and the
        Explore dock's choices and last exploration."""
        self.session.take_over(old.session)
        results = old.results_panel
        front = results.tabs.currentWidget()
        self.results_panel.show_tab(next(name for name, page in results.pages.items()
                                         if page is front))
        carry_controls(old.time_bar, self.time_bar, ("tints", "halos", "flows"))
        carry_controls(old.scenarios_panel.levers, self.scenarios_panel.levers,
                       ("filter", "set_only"))
        carry_controls(results.matrix, self.results_panel.matrix,
                       ("filter", "at_step", "show_box", "across"))
        if results._chart.is_built:
            carry_controls(results.chart, self.results_panel.chart, ("all_scenarios",))
        if old._explore_view.is_built:
            self.explore_view.take_over(old.explore_view)
        if results._tornado.is_built:
            self.results_panel.tornado.take_over(results.tornado)

    def leave_modes(self) -> dict:
        """End workshop, story and focus mode (the window is about to be rebuilt); return
        which were on, and the story's chapter, for :meth:`resume_modes`."""
        modes = {"workshop": self.workshop.active, "focus": self.focus.active,
                 "story": self.story.index if self.story.active else None}
        if self.story.active:
            self.story.set_active(False)
        if self.focus.active:
            self.focus.set_active(False)
        self.workshop.set_active(False)
        return modes

    def resume_modes(self, modes: dict) -> None:
        """Enter again the modes :meth:`leave_modes` ended in the old window: workshop
        mode, the story at the same chapter, focus (on the selection carried over)."""
        if modes["workshop"]:
            self.workshop.set_active(True)
        if modes["story"] is not None:
            self.story.set_active(True)
            self.story.turn(modes["story"])
        elif modes["focus"]:
            self.focus.set_active(True)


def attach_analysis(window, frames: AnalysisFrames | None = None) -> Analysis:
    """Plug the analysis into ``window``, into ``frames`` when they were placed before
    (:func:`~windtunnel.app.analysis.frames.analysis_frames`); return it (also as
    ``window.extensions``'s ``"analysis"`` entry when the workspace attached it)."""
    return Analysis(window, frames if frames is not None else analysis_frames(window))


def _explore_view(controller, highlight):
    from .explore_view import ExploreView

    return ExploreView(controller, highlight=highlight)
