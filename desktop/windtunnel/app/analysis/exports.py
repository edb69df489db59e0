"""Exports from the analysis: the results workbook, CSV tables, the map picture with results.

- **Results workbook** (.xlsx): the io package's writer, run on a worker from a snapshot
  (it can take seconds on big models).
- **CSV**: the scenario matrix (node, label, baseline at the last step, then the change in
  each scenario), or every trajectory (run, step, node, label, value, change). Text that a
  spreadsheet would run as a formula is quoted (io's ``csv_text``).
- **Map with results** (.png/.svg): the whole map as tinted now, with the group legend at the
  top left and the change scale at the bottom left.

Every file is written through the atomic writer, so a failed export leaves no half file.
The io package (pandas, openpyxl) loads on the first table export, not at start-up.
Building CSV tables and encoding PNG images take a few hundred milliseconds on the bundled
model, so the window does them on a worker; only painting the scene stays on the GUI thread,
a strip per event-loop turn (:func:`map_image_steps`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from ...model.atomic import atomic_write
from .. import export as picture
from ..export import png_bytes, render_map
from .colours import legend_size, paint_change_legend

__all__ = ["matrix_csv_bytes", "trajectories_csv_bytes", "change_scale", "render_map",
           "map_image_steps", "png_bytes", "map_svg_bytes", "workbook_writer",
           "write_bytes"]

if TYPE_CHECKING:
    import pandas as pd


def _csv(frame: pd.DataFrame, text_columns) -> bytes:
    from ...io import table_csv_bytes

    return table_csv_bytes(frame, text_columns)


def matrix_csv_bytes(results) -> bytes:
    """The scenario matrix as CSV: one row per node, one change column per scenario."""
    frame = results.to_frame("final").reset_index()
    return _csv(frame, ["node", "label"])


def trajectories_csv_bytes(results) -> bytes:
    """Every run's trajectory as a long CSV table, with the change from baseline."""
    frame = results.to_frame("trajectories")
    frame.insert(3, "label", frame["node"].map(dict(zip(results.node_ids, results.labels))))
    change = results.to_frame("change").rename(columns={"scenario": "run"})
    frame = frame.merge(change, on=["run", "step", "node"], how="left")
    frame["change"] = frame["change"].fillna(0.0)
    return _csv(frame, ["run", "node", "label"])


def write_bytes(path: str | Path, data: bytes) -> None:
    atomic_write(path, data)


def workbook_writer():
    """The io package's results-workbook builder (results, model) -> bytes."""
    from ...io import results_workbook_bytes

    return results_workbook_bytes


# -- the map picture ---------------------------------------------------------------------
# Rendering and encoding are the editor's (app/export.py); results add the change scale.

def change_scale(scene, legend: tuple[float, str] | None, *, point_size: float = 8.5):
    """An overlay painting the change-from-baseline scale bottom left, or None."""
    if legend is None:
        return None
    span, title = legend

    def paint(painter: QPainter, target: QRectF) -> None:
        width, height = legend_size(point_size)
        width = max(width, painter.fontMetrics().horizontalAdvance(title) + 30)
        rect = QRectF(target.left() + 10, target.bottom() - height - 10, width, height)
        paint_change_legend(painter, rect, span, title=title, text=QColor(scene.colours.text),
                            background=QColor(scene.colours.label_background),
                            point_size=point_size)
    return paint


def map_image_steps(scene, *, legend, scale: float = 2.0):
    """The map with results painted into an image, a strip per step (GUI thread; see
    ``app.export.map_image_steps``)."""
    return picture.map_image_steps(scene, scale=scale, overlay=change_scale(scene, legend))


def map_svg_bytes(scene, *, legend, title: str) -> bytes:
    return picture.map_svg_bytes(scene, title=title, overlay=change_scale(scene, legend),
                                 description="Results map exported from Windtunnel")
