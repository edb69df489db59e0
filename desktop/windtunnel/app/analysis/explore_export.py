"""Explore's Export: the exploration workbook, written on a worker.

The user chooses where (the workbooks' folder: where the last workbook, this or the
results', was written); the workbook names the options, objectives and uncertain weights as
the panel shows them, and the model file it came from as the results workbook's About sheet
does. openpyxl and pandas load when a workbook is written, not with the window.

Its messages keep the Explore panel's translation context ("ExploreView"), where they were
first written, so that the catalogues need no change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...errors import shown_path
from ...model import translated
from ..map_export import file_stem
from ..outputs import write_export
from .exports import folder_kind

__all__ = ["export_exploration"]


def export_exploration(view) -> None:
    """Ask where, then write the exploration workbook of ``view``'s results (an
    :class:`~.explore_view.ExploreView` with a result); nothing without a result."""
    if view.result is None:
        return
    controller = view.controller
    window = controller.window
    name = file_stem(translated(controller.model, "title"), "results")   # as the others
    title = QCoreApplication.translate("ExploreView", "Export the exploration workbook")
    suggested = QCoreApplication.translate("ExploreView", "{title} - exploration")
    kinds = QCoreApplication.translate("ExploreView", "Excel workbook (*.xlsx)")
    path = window.choose_save_path(folder_kind(".xlsx"), title,
                                   suggested.format(title=name) + ".xlsx", kinds)
    if not path:
        return
    path = path if path.lower().endswith(".xlsx") else path + ".xlsx"
    if window.export_refused(path):
        return
    experiments, rows, discoveries = view.result
    document = controller.document
    protect = document.own_files
    source = document.path.name if document.path is not None else ""   # as the About
    indices = view.indices                                    # sheet of results names it
    model = controller.model.copy()

    def work(progress, cancel):
        from ...io.explorebook import explore_workbook_bytes

        write_export(path, explore_workbook_bytes(model, experiments, rows, discoveries,
                                                  indices, source=source),
                     protect=protect)
        return path

    def written(path: str) -> None:
        window.written_to(folder_kind(".xlsx"), path)    # the next workbook starts here
        wrote = QCoreApplication.translate("ExploreView", "Wrote {path}")
        controller.message.emit(wrote.format(path=shown_path(path)))

    def failed(exc) -> None:
        window.show_problem(QCoreApplication.translate(
            "ExploreView", "The workbook could not be written"), exc)

    controller.runner.start(QCoreApplication.translate("ExploreView", "Exploration workbook"),
                            work, on_finished=written, on_failed=failed)
