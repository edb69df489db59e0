"""File > Export Results: the results workbook, CSV tables and the PDF brief.

- **Results workbook** (.xlsx): the io package's writer, run on a worker from a copy of the
  model (it can take seconds on big models), with the Monte Carlo bands when current.
- **CSV**: the scenario matrix (node, label, baseline at the last step, then the change in
  each scenario), or every trajectory: the engine's ``Results.to_frame("table")``, the same
  table the command line's ``run --out FILE.csv`` writes (with Monte Carlo bands when
  there are samples). Text a spreadsheet would run as a formula is written as text.
- **Map with results** (.png/.svg): the window's own map export; the analysis's change
  scale comes in as the window's map decoration (:class:`.map_layer.MapResults`).
- **PDF brief**: painted from a :class:`~windtunnel.session.ResultsSnapshot` of the current
  scenario at its last step, never by changing what the window shows; why its main
  outcomes changed (the engine's breakdown) is computed on a worker first.

Every file is written through the atomic writer under the output-path rules of
:mod:`..outputs` (never over the open model, a replaced file kept as ``.bak``), so a failed
export leaves no half file,
on the window's task runner (one long task at a time, progress and Cancel). The io package
(pandas, openpyxl) loads on the first table export, not at start-up.

When the Monte Carlo results describe an earlier version of the model, the workbook and the
brief ask first (:meth:`Exporter.ask_about_stale_monte_carlo`): run Monte Carlo again and
export when it is done (a cancelled or failed run writes nothing), export without bands,
or cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ...engine import Cancelled
from ...errors import WindtunnelError, shown_path
from ...model import translated
from ..map_export import file_stem
from ..outputs import write_export, write_exports
from ..participant_names import hides_names

__all__ = ["Exporter", "folder_kind", "matrix_csv_bytes", "trajectories_csv_bytes"]


def folder_kind(suffix: str) -> str:
    """The kind of file whose folder the save dialogs remember, for an export ending in
    ``suffix``: every workbook (the results workbook, the exploration workbook) starts
    where the last workbook was written, every CSV table where the last table was, and so
    on (:meth:`~windtunnel.app.window_folders.FileFolders.choose_save_path`)."""
    return f"results{suffix.lower()}"


def _picture(path: str, chapter: int) -> str:
    """The story's picture of ``chapter`` for the name chosen: ``NAME-1.png`` for
    ``NAME.png``."""
    return f"{path[:-len('.png')]}-{chapter}.png"


def _csv(frame, text_columns) -> bytes:
    from ...io import table_csv_bytes

    return table_csv_bytes(frame, text_columns)


def matrix_csv_bytes(results) -> bytes:
    """The scenario matrix as CSV: one row per node, one change column per scenario."""
    return _csv(results.to_frame("final").reset_index(), ["node", "label"])


def trajectories_csv_bytes(results) -> bytes:
    """Every run's trajectory as a long CSV table (see the module docstring)."""
    return _csv(results.to_frame("table"), ["run", "node", "label"])


class Exporter(QObject):
    """The File > Export Results actions: ask for a path, write on a worker, report."""

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window

    def _path(self, title: str, suffix: str, filters: str, extra: str = "", *,
              first=lambda path: path) -> str | None:
        """The path chosen for an export (``suffix`` added when missing), or None when the
        dialog was cancelled or the export may not be written there (said at once);
        ``first(path)``: the first file written for that name, the one checked."""
        name = file_stem(translated(self.controller.model, "title"), "results") + extra + suffix
        path = self.window.choose_save_path(folder_kind(suffix), title, name, filters)
        if not path:
            return None
        path = path if path.lower().endswith(suffix) else path + suffix
        return None if self.window.export_refused(first(path)) else path

    def _exported(self, path: str, shown: str | None = None) -> None:
        """Say ``shown`` (the file, or the files) was written, and start the next export of
        its kind (its suffix) in its folder."""
        self.window.written_to(folder_kind(Path(path).suffix), path)
        self.window.statusBar().showMessage(
            self.tr("Exported {path}").format(path=shown_path(shown or path)), 5000)

    def _ready(self) -> bool:
        session = self.controller.session
        if session.results is None:
            self.window.show_problem(self.tr("There are no results to export"), WindtunnelError(
                str(session.error or self.tr("the model could not be run"))))
            return False
        return self.window.map_exporter.free()

    def _write_later(self, label: str, path: str, build) -> bool:
        """Build the bytes (``build(progress, cancel)``) and write them on a worker; report
        success or the error."""
        return self._write_all_later(
            label, lambda progress, cancel: [(path, build(progress, cancel))], path, path)

    def _write_all_later(self, label: str, build, chosen: str, shown: str) -> bool:
        """Build (path, bytes) pairs (``build(progress, cancel)``) and write them all on a
        worker; report ``shown`` when done (``chosen``, the name the user chose, then
        gives the kind's next folder), or the error."""
        protect = self.controller.document.own_files   # never replaced by an export

        def work(progress, cancel):
            files = build(progress, cancel)
            if cancel.is_set():          # Cancel pressed while the files were built
                raise Cancelled("the export was cancelled")
            write_exports(files, protect=protect)      # one set: all of them or none
            return shown

        self.window.tasks.start(
            label,
            work,
            on_finished=lambda p: self._exported(chosen, p),
            on_failed=lambda exc: self.window.show_problem(
                self.tr("The file could not be written"), exc
            ),
        )
        return True

    def workbook(self) -> bool:
        """The results workbook, built on a worker (with Monte Carlo bands when current)."""
        if not self._ready():
            return False
        choice = self._stale_choice(self.tr(
            "The Monte Carlo results describe an earlier version of the model, so the "
            "workbook would have no uncertainty bands."))
        if choice is None:
            return False
        path = self._path(self.tr("Export results workbook"), ".xlsx",
                          self.tr("Excel workbooks (*.xlsx)"))
        if path is None:
            return False

        def write() -> bool:
            session = self.controller.session
            results = session.current_monte_carlo() or session.results
            stale = session.monte_carlo_stale          # left out as is: the file says so
            document = self.controller.document
            # its model sheets are the model as its file keeps it (the participants'
            # names, and the title and description an import gave naming them)
            snapshot = document.filed_model().copy()
            source = document.path.name if document.path is not None else ""

            def build(progress, cancel) -> bytes:   # the first export loads pandas: not here
                from ...io import results_workbook_bytes

                return results_workbook_bytes(results, snapshot, source=source,
                                              progress=progress, cancel=cancel,
                                              monte_carlo_stale=stale)
            return self._write_later(self.tr("Writing the workbook"), path, build)
        return self._export_after(choice, write)

    def _stale_choice(self, why: str) -> str | None:
        """How to export, the Monte Carlo results considered: "" (they are current, or
        there are none), "run" (run them again first), "as is" (without bands), or None
        (cancelled). ``why`` says what the file would lack."""
        if not self.controller.session.monte_carlo_stale:
            return ""
        return self.ask_about_stale_monte_carlo(why)

    def ask_about_stale_monte_carlo(self, why: str) -> str | None:
        """Ask what to do about Monte Carlo results that describe an earlier version of
        the model (a file never carries bands of another model; leaving them out silently
        hid that they were gone): "run", "as is", or None to cancel."""
        box = QMessageBox(QMessageBox.Warning, self.tr("Monte Carlo results out of date"),
                          why + "\n\n" + self.tr(
                              "Run Monte Carlo again first to include them: the export "
                              "follows when it is done, and cancelling the run writes "
                              "nothing."),
                          QMessageBox.Cancel, self.window)
        again = box.addButton(self.tr("Run Monte Carlo, Then Export"), QMessageBox.AcceptRole)
        as_is = box.addButton(self.tr("Export Without Bands"), QMessageBox.AcceptRole)
        box.setDefaultButton(again)
        box.exec()
        return {again: "run", as_is: "as is"}.get(box.clickedButton())

    def _export_after(self, choice: str, write: Callable[[], bool]) -> bool:
        """``write()`` now, or, when ``choice`` is "run", once Monte Carlo has run again
        (as the results out of date were sampled: weights, participants' maps or both)."""
        if choice != "run":
            return write()
        earlier = self.controller.session.monte_carlo
        self.controller.run_monte_carlo(sample=getattr(earlier, "sampled", "") or "weights",
                                        then=write)
        return True

    def story(self, kind: str) -> bool:
        """The current scenario's story: a PDF (``kind="pdf"``), or one PNG per page
        (``"png"``: NAME-1.png, NAME-2.png, ... beside the name chosen)."""
        from ...session.story import tell
        from .story_export import story_pdf_bytes, story_png_pages

        snapshot = self.controller.session.snapshot()
        chapters = tell(snapshot) if snapshot is not None else []
        if not chapters:
            self.window.show_problem(self.tr("The story needs a scenario"), WindtunnelError(
                self.tr("Choose a scenario (or add one) to tell its story.")))
            return False
        # the file named after the model, the scenario and the story, in the window's words
        named = self.tr(" - {scenario} - story").format(scenario=snapshot.result.label)
        # painted here: the map is a graphics scene, which lives on the GUI thread; written
        # on a worker
        if kind == "pdf":
            path = self._path(self.tr("Export the story (PDF)"), ".pdf",
                              self.tr("PDF documents (*.pdf)"), named)
            if path is None:
                return False
            data = story_pdf_bytes(snapshot, chapters)
            return self._write_later(self.tr("Writing the story"), path,
                                     lambda progress, cancel: data)
        path = self._path(self.tr("Export the story as pictures (one per page)"), ".png",
                          self.tr("PNG pictures (*.png)"), named,
                          first=lambda path: _picture(path, 1))
        if path is None:
            return False
        files = [(_picture(path, k), data)
                 for k, data in enumerate(story_png_pages(snapshot, chapters), 1)]
        return self._write_all_later(self.tr("Writing the story's pictures"),
                                     lambda progress, cancel: files, path,
                                     f"{_picture(path, 1)} ... -{len(files)}.png")

    def csv(self, kind: str) -> bool:
        """The scenario matrix (``kind="matrix"``) or the trajectories as a CSV table."""
        if not self._ready():
            return False
        extra = self.tr(" matrix") if kind == "matrix" else self.tr(" trajectories")
        path = self._path(self.tr("Export results as CSV"), ".csv", self.tr("CSV tables (*.csv)"),
                          extra)
        if path is None:
            return False
        session = self.controller.session
        if kind == "matrix":
            results = session.results
            return self._write_later(self.tr("Writing the CSV table"), path,
                                     lambda progress, cancel: matrix_csv_bytes(results))
        results = session.current_monte_carlo() or session.results
        return self._write_later(self.tr("Writing the CSV table"), path,
                                 lambda progress, cancel: trajectories_csv_bytes(results))

    def brief(self) -> bool:
        """The one-page PDF brief of the current scenario at its last step: why its main
        outcomes changed is worked out on a worker, then the page is painted and written."""
        session = self.controller.session
        snapshot = session.snapshot()
        if snapshot is None or snapshot.result is None:
            self.window.show_problem(self.tr("The brief needs a scenario"), WindtunnelError(
                self.tr("Choose a scenario (or add one) to write its brief.")))
            return False
        if not self.window.map_exporter.free():
            return False
        choice = self._stale_choice(self.tr(
            "The Monte Carlo results describe an earlier version of the model, so the "
            "brief would have no uncertainty bands."))
        if choice is None:
            return False
        label = snapshot.result.label
        path = self._path(self.tr("Export PDF brief"), ".pdf", self.tr("PDF documents (*.pdf)"),
                          f" - {label}")
        if path is None:
            return False
        return self._export_after(choice, lambda: self._write_brief(path))

    def _write_brief(self, path: str) -> bool:
        """Explain the current scenario's changes on a worker, then paint and write its
        brief to ``path``."""
        from .brief import brief_breakdowns, brief_pdf_bytes   # loaded on the first brief

        snapshot = self.controller.session.snapshot()
        if snapshot is None or snapshot.result is None:     # its scenario went meanwhile
            return False
        snapshot = snapshot.at(step=snapshot.last_step)
        stale = self.controller.session.monte_carlo_stale   # left out as is: the brief says so
        anonymous = hides_names(self.window)                # as the window names them now

        def write(breakdowns) -> None:       # painting needs the GUI thread (the map's scene)
            try:
                write_export(path, brief_pdf_bytes(snapshot, breakdowns,
                                                   monte_carlo_stale=stale,
                                                   anonymous=anonymous),
                             protect=self.controller.document.own_files)
            except (WindtunnelError, OSError) as exc:
                self.window.show_problem(self.tr("The file could not be written"), exc)
                return
            self._exported(path)

        self.window.tasks.start(
            self.tr("Explaining the changes for the brief"),
            lambda progress, cancel: brief_breakdowns(snapshot, progress=progress, cancel=cancel),
            on_finished=write,
            on_failed=lambda exc: self.window.show_problem(
                self.tr("The brief could not be made"), exc
            ),
        )
        return True
