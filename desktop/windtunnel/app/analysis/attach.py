"""attach_analysis(window): add the live what-if analysis to a map editor window.

Uses only the window's public API: ``add_panel`` for the Scenarios and Results docks (and
the Inspector's layout, at whose foot the edge's weight in the current scenario shows),
the menu bar (an Analysis menu; File > Export Results; View > Workshop Mode), toolbars,
the status bar, ``document`` / ``scene`` / ``view`` / ``undo_group``, ``reveal`` and the
``ask_save_path`` / ``show_problem`` dialogs (which tests replace). Returns the
:class:`~.controller.AnalysisController`, with the views as attributes for tests.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QToolBar

from ...engine import Cancelled
from ...errors import SaveError, WindtunnelError
from ..dialogs import HelpDialog
from . import exports
from .controller import AnalysisController
from .map_layer import MapResults
from .override_box import attach_to_inspector
from .results_dock import ResultsPanel
from .scenarios_dock import ScenariosPanel
from .settings_dialog import edit_settings
from .timebar import TimeBar
from .workers import TaskBar
from .workshop import WorkshopMode

__all__ = ["attach_analysis", "Exporter", "show_analysis_help"]


def _menu(window, title: str):
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()
    return None


def _stop_if_cancelled(cancel) -> None:
    """Cancel pressed while a file was being built: nothing is written."""
    if cancel.is_set():
        raise Cancelled("the export was cancelled")


def _stem(title: str) -> str:
    stem = "".join(c if c.isalnum() or c in " -_" else "-" for c in title).strip()
    return stem[:80] or "results"


class Exporter(QObject):
    """The File > Export Results actions: ask for a path, write, report."""

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller

    @property
    def window(self):
        return self.controller.window

    def _path(self, title: str, suffix: str, filters: str, extra: str = "") -> str | None:
        controller = self.controller
        document = controller.document
        folder = document.path.parent if document.path is not None else Path.home()
        name = _stem(controller.model.title) + extra + suffix
        path = self.window.ask_save_path(title, str(folder / name), filters)
        if not path:
            return None
        return path if path.lower().endswith(suffix) else path + suffix

    def _ready(self) -> bool:
        if self.controller.results is None:
            self.window.show_problem("There are no results to export", WindtunnelError(
                str(self.controller.error or "the model could not be run")))
            return False
        return True

    def free(self) -> bool:
        """Whether a long export may start. The window runs one long task at a time and a
        new one cancels the running one, which must never happen to a Monte Carlo run
        unasked: while a task runs, exports say so and wait to be asked again."""
        runner = self.controller.runner
        if runner.busy:
            self.window.show_problem("Another task is running", WindtunnelError(
                f"{runner.task.label} is still running: wait for it to finish, or cancel it, "
                "then export again."))
            return False
        return True

    def _write(self, path: str, data: bytes) -> bool:
        try:
            exports.write_bytes(path, data)
        except (SaveError, OSError) as exc:
            self.window.show_problem("The file could not be written", exc)
            return False
        self.window.statusBar().showMessage(f"Exported {path}", 5000)
        return True

    def workbook(self) -> bool:
        """The results workbook, built on a worker (with Monte Carlo bands when current)."""
        if not self._ready() or not self.free():
            return False
        path = self._path("Export results workbook", ".xlsx", "Excel workbooks (*.xlsx)")
        if path is None:
            return False
        controller = self.controller
        results = (controller.monte_carlo if controller.monte_carlo is not None
                   and not controller.monte_carlo_stale else controller.results)
        snapshot = controller.model.copy()
        source = controller.document.path.name if controller.document.path is not None else ""

        def work(progress, cancel):     # the first export loads pandas: here, not in the GUI
            data = exports.workbook_writer()(results, snapshot, source=source)
            _stop_if_cancelled(cancel)
            exports.write_bytes(path, data)
            return path

        controller.runner.start("Writing the workbook", work, on_finished=lambda p: (
            self.window.statusBar().showMessage(f"Exported {p}", 5000)),
            on_failed=lambda exc: self.window.show_problem("The workbook could not be written",
                                                           exc))
        return True

    def _write_later(self, label: str, path: str, build) -> bool:
        """Build the bytes and write them on a worker; report success or the error."""
        def work(progress, cancel):
            data = build()
            _stop_if_cancelled(cancel)
            exports.write_bytes(path, data)
            return path

        self.controller.runner.start(label, work, on_finished=lambda p: (
            self.window.statusBar().showMessage(f"Exported {p}", 5000)),
            on_failed=lambda exc: self.window.show_problem("The file could not be written", exc))
        return True

    def csv(self, kind: str) -> bool:
        if not self._ready() or not self.free():
            return False
        extra = " matrix" if kind == "matrix" else " trajectories"
        path = self._path("Export results as CSV", ".csv", "CSV tables (*.csv)", extra)
        if path is None:
            return False
        build = exports.matrix_csv_bytes if kind == "matrix" else exports.trajectories_csv_bytes
        results = self.controller.results
        return self._write_later("Writing the CSV table", path, lambda: build(results))

    def map_picture(self, kind: str) -> bool:
        if kind == "png" and not self.free():
            return False
        path = self._path("Export map with results", f".{kind}",
                          "PNG images (*.png)" if kind == "png" else "SVG drawings (*.svg)",
                          " results")
        if path is None:
            return False
        return self.write_map(path, kind)

    def write_map(self, path: str, kind: str) -> bool:
        """The map as shown (with the change legend when results are on it) to a PNG or SVG
        file; a PNG is painted in strips and encoded on a worker, so the window never
        freezes (File > Export Map uses this too)."""
        controller = self.controller
        if kind == "png":
            if not self.free():
                return False
            self._paint_png(path)
            return True
        data = exports.map_svg_bytes(controller.scene, legend=self._legend(),
                                     title=controller.model.title)
        return self._write(path, data)

    def _legend(self) -> tuple[float, str] | None:
        legend = self.controller.map_results.legend
        return (legend.span, legend.title) if legend.isVisibleTo(self.window.view) else None

    def _stamp(self) -> tuple:
        """What the map shows (values, then objects compared by identity): when it changes
        while the strips are painted, the painting starts again."""
        c, m = self.controller, self.controller.map_results
        return ((c.revision, c.scenario_id, c.step, m.show_tints, m.show_halos, m.show_flows,
                 c.scene.presentation_scale, c.scene.colours),
                c.document, c.live_change)

    def _still(self, stamp: tuple) -> bool:
        now = self._stamp()
        return now[0] == stamp[0] and all(a is b for a, b in zip(now[1:], stamp[1:]))

    def _paint_png(self, path: str) -> None:
        """Paint the map in strips on the GUI thread (a stepped task with the progress bar),
        then encode and write the PNG on a worker."""
        controller = self.controller
        controller.set_playing(False)
        stamp = self._stamp()

        def painted(image) -> None:
            if not self._still(stamp):               # the map changed meanwhile: again
                self._paint_png(path)
                return
            self._write_later("Writing the image", path, lambda: exports.png_bytes(image))

        controller.runner.start_stepped(
            "Painting the map", exports.map_image_steps(controller.scene, legend=self._legend()),
            on_finished=painted,
            on_failed=lambda exc: self.window.show_problem("The map could not be painted", exc),
            on_cancelled=lambda: controller.message.emit("Image export cancelled"))

    def brief(self) -> bool:
        controller = self.controller
        if not self._ready() or controller.result() is None:
            self.window.show_problem("The brief needs a scenario", WindtunnelError(
                "Choose a scenario (or add one) to write its brief."))
            return False
        label = controller.result().label
        path = self._path("Export PDF brief", ".pdf", "PDF documents (*.pdf)", f" - {label}")
        if path is None:
            return False
        step, tints = controller.step, controller.map_results.show_tints
        marked = set(controller.map_results.flow_layer.highlight)
        controller.set_step(controller.steps)           # the brief shows the last step,
        controller.map_results.set_options(tints=True)  # tinted, without highlights
        controller.map_results.flow_layer.highlight = set()
        from .brief import brief_pdf_bytes   # loaded on the first brief, not at start-up

        try:
            data = brief_pdf_bytes(controller)
        finally:
            controller.map_results.flow_layer.highlight = marked
            controller.map_results.set_options(tints=tints)
            controller.set_step(step)
        return self._write(path, data)


def show_analysis_help(window) -> QDialog:
    dialog = HelpDialog(window, page="analysis")
    dialog.show()
    return dialog


class _CloseWatcher(QObject):
    """Cancel running work when the window closes, and wait for the worker to stop."""

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        controller.window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Close:
            self.controller.cancel_all()
            self.controller.wait(10_000)
        return False


def _action(window, text: str, slot, *, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda *_: slot())
    window.addAction(action)
    return action


def _place_docks(window, controller) -> None:
    """Scenarios shares the left column with the Outline (in front) and runs the full
    height of the window (the left corner belongs to the left docks); Results gets room."""
    window.setCorner(Qt.BottomLeftCorner, Qt.LeftDockWidgetArea)
    outline = next((d for d in window.findChildren(QDockWidget)
                    if d.objectName() == "dock-outline"), None)
    if outline is not None and window.dockWidgetArea(outline) == Qt.LeftDockWidgetArea:
        window.tabifyDockWidget(outline, controller.scenarios_dock)
    QTimer.singleShot(0, controller.scenarios_dock.raise_)
    window.resizeDocks([controller.scenarios_dock], [330], Qt.Horizontal)
    window.resizeDocks([controller.results_dock], [270], Qt.Vertical)


def attach_analysis(window) -> AnalysisController:
    """Add docks, menus, toolbars and the map's results to ``window``; return the controller.

    Idempotent: a window that has the analysis already (``window.analysis``) keeps it.
    """
    existing = getattr(window, "analysis", None)
    if isinstance(existing, AnalysisController):
        return existing
    controller = AnalysisController(window)
    window.analysis = controller
    controller.map_results = MapResults(controller)
    controller.scenarios_panel = ScenariosPanel(controller)
    controller.results_panel = ResultsPanel(controller, controller.map_results)
    controller.scenarios_dock = window.add_panel("Scenarios", controller.scenarios_panel,
                                                 Qt.LeftDockWidgetArea)
    controller.results_dock = window.add_panel("Results", controller.results_panel,
                                               Qt.BottomDockWidgetArea)
    _place_docks(window, controller)
    controller.override_box = attach_to_inspector(window, controller)
    controller.time_bar = TimeBar(controller, controller.map_results)
    toolbar = QToolBar("Results", window)
    toolbar.setObjectName("results-toolbar")
    toolbar.setMovable(False)
    toolbar.addWidget(controller.time_bar)
    window.addToolBar(Qt.BottomToolBarArea, toolbar)
    controller.toolbar = toolbar
    controller.task_bar = TaskBar(controller.runner)
    window.statusBar().addPermanentWidget(controller.task_bar)
    controller.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
    controller.workshop = WorkshopMode(controller, controller.map_results,
                                       keep_visible=[toolbar])
    exporter = controller.exporter = Exporter(controller)
    results = controller.results_panel
    a = controller.actions = {
        "monte_carlo": _action(window, "Run &Monte Carlo", controller.run_monte_carlo,
                               shortcut="Ctrl+M",
                               tip="Sample the uncertain edge weights (samples and seed in the "
                                   "engine settings) and show bands"),
        "cancel": _action(window, "&Cancel Long Task", controller.runner.cancel,
                          tip="Stop the running Monte Carlo, sensitivity or export"),
        "clear_mc": _action(window, "C&lear Monte Carlo Results", controller.clear_monte_carlo),
        "settings": _action(window, "&Engine Settings\u2026", lambda: edit_settings(controller),
                            shortcut="Ctrl+Shift+G",
                            tip="Rule, activation, presets, steps, tolerance, seed"),
        "why": _action(window, "&Why Did This Change?", lambda: (
            controller.results_dock.show(), results.show_tab("why")), shortcut="Ctrl+Shift+Y"),
        "sensitivity": _action(window, "&Sensitivity of an Objective\u2026", lambda: (
            controller.results_dock.show(), results.show_tab("sensitivity"))),
        "next": _action(window, "&Next Scenario", lambda: controller.step_scenario(1),
                        shortcut="Ctrl+PgDown"),
        "previous": _action(window, "&Previous Scenario", lambda: controller.step_scenario(-1),
                            shortcut="Ctrl+PgUp"),
        "play": _action(window, "&Play / Pause Replay", controller.toggle_playing,
                        shortcut="Ctrl+Shift+P"),
        "help": _action(window, "&Analysis Help", lambda: show_analysis_help(window)),
        "export_workbook": _action(window, "Results &Workbook (.xlsx)\u2026", exporter.workbook),
        "export_matrix": _action(window, "Scenario &Matrix (.csv)\u2026",
                                 lambda: exporter.csv("matrix")),
        "export_trajectories": _action(window, "&Trajectories (.csv)\u2026",
                                       lambda: exporter.csv("trajectories")),
        "export_png": _action(window, "Map with Results (.&png)\u2026",
                              lambda: exporter.map_picture("png")),
        "export_svg": _action(window, "Map with Results (.s&vg)\u2026",
                              lambda: exporter.map_picture("svg")),
        "export_brief": _action(window, "PDF &Brief\u2026", exporter.brief,
                                tip="One page: the map with results, top changes, scorecard, "
                                    "a chart"),
        "workshop": controller.workshop.action,
    }
    a["cancel"].setEnabled(False)
    controller.runner.started.connect(lambda _: a["cancel"].setEnabled(True))
    controller.runner.ended.connect(lambda _: a["cancel"].setEnabled(False))
    toolbar.addSeparator()
    toolbar.addAction(a["monte_carlo"])
    analysis = window.menuBar().addMenu("A&nalysis")
    help_menu = _menu(window, "Help")
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu.menuAction(), analysis)
        help_menu.addAction(a["help"])
    analysis.addActions([a["monte_carlo"], a["cancel"], a["clear_mc"]])
    analysis.addSeparator()
    analysis.addActions([a["why"], a["sensitivity"]])
    analysis.addSeparator()
    analysis.addActions([a["previous"], a["next"], a["play"]])
    analysis.addSeparator()
    analysis.addAction(a["settings"])
    file_menu = _menu(window, "File")
    export = (file_menu.addMenu("Export &Results") if file_menu is not None
              else analysis.addMenu("Export &Results"))
    export.addActions([a["export_workbook"], a["export_matrix"], a["export_trajectories"]])
    export.addSeparator()
    export.addActions([a["export_png"], a["export_svg"], a["export_brief"]])
    if file_menu is not None:
        close = getattr(getattr(window, "actions", None), "close", None)
        if close is not None:
            file_menu.insertMenu(close, export)
            file_menu.insertSeparator(close)
    view = _menu(window, "View")
    if view is not None:
        view.addSeparator()
        view.addAction(a["workshop"])
    _CloseWatcher(controller)
    return controller
