"""Exports from the analysis: the results workbook, CSV tables, the map picture with results.

- **Results workbook** (.xlsx): the io package's writer, run on a worker from a snapshot
  (it can take seconds on big models); when the io package has no results writer yet, the
  action says so instead of failing.
- **CSV**: the scenario matrix (node, label, baseline at the last step, then the change in
  each scenario), or every trajectory (run, step, node, label, value, change). Text that a
  spreadsheet would run as a formula is quoted (io's ``csv_text``).
- **Map with results** (.png/.svg): the whole map as tinted now, with the group legend at the
  top left and the change scale at the bottom left.

Every file is written through the atomic writer, so a failed export leaves no half file.
Building CSV tables and encoding PNG images take a few hundred milliseconds on the bundled
model, so the window does them on a worker; only painting the scene stays on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ... import io as wio
from ...errors import SaveError
from ...model.atomic import atomic_write
from ..canvas import paint_legend
from .colours import legend_size, paint_change_legend

__all__ = ["matrix_csv_bytes", "trajectories_csv_bytes", "map_rect", "render_map",
           "map_png_bytes", "map_image", "png_bytes", "map_svg_bytes", "workbook_writer", "write_bytes"]


def _csv(frame: pd.DataFrame, text_columns) -> bytes:
    frame = frame.copy()
    for column in text_columns:
        frame[column] = frame[column].map(wio.csv_text)
    return frame.to_csv(index=False, float_format="%.6g").encode("utf-8")


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
    """The io package's results-workbook builder (results, model) -> bytes, or None."""
    return getattr(wio, "results_workbook_bytes", None)


# -- the map picture -------------------------------------------------------------------------

def map_rect(scene, margin: float = 40.0) -> QRectF:
    """The scene rectangle around every node and edge."""
    rect = QRectF()
    for item in list(scene.node_items.values()) + list(scene.edge_items.values()):
        rect = rect.united(item.sceneBoundingRect())
    if rect.isEmpty():
        rect = QRectF(0, 0, 400, 300)
    return rect.adjusted(-margin, -margin, margin, margin)


def render_map(scene, painter: QPainter, target: QRectF, *, legend: tuple[float, str] | None,
               groups: bool = True, point_size: float = 8.5) -> None:
    """Paint the whole map into ``target`` (aspect kept) with its legends."""
    source = map_rect(scene)
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setRenderHint(QPainter.TextAntialiasing, True)
    painter.fillRect(target, QColor(scene.colours.background))
    selected = scene.selectedItems()
    for item in selected:
        item.setSelected(False)
    scene.render(painter, target, source, Qt.KeepAspectRatio)
    for item in selected:
        item.setSelected(True)
    painter.restore()
    painter.save()
    if groups:
        paint_legend(painter, QPointF(target.left() + 10, target.top() + 10), scene)
    if legend is not None:
        span, title = legend
        width, height = legend_size(point_size)
        width = max(width, painter.fontMetrics().horizontalAdvance(title) + 30)
        rect = QRectF(target.left() + 10, target.bottom() - height - 10, width, height)
        paint_change_legend(painter, rect, span, title=title, text=QColor(scene.colours.text),
                            background=QColor(scene.colours.label_background),
                            point_size=point_size)
    painter.restore()


def map_png_bytes(scene, *, legend, scale: float = 2.0, max_side: int = 12000) -> bytes:
    return png_bytes(map_image(scene, legend=legend, scale=scale, max_side=max_side))


def map_image(scene, *, legend, scale: float = 2.0, max_side: int = 12000) -> QImage:
    """The map painted into an image (GUI thread: the scene is not thread-safe)."""
    source = map_rect(scene)
    scale = min(scale, max_side / max(source.width(), source.height()))
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    image = QImage(size, QImage.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    render_map(scene, painter, QRectF(0, 0, source.width(), source.height()), legend=legend)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """PNG-encode an image (safe on a worker thread: the image is not shared)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SaveError("could not encode the PNG image")
    buffer.close()
    return bytes(data)


def map_svg_bytes(scene, *, legend, title: str) -> bytes:
    source = map_rect(scene)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    generator.setDescription("Results map exported from Windtunnel")
    painter = QPainter(generator)
    render_map(scene, painter, QRectF(0, 0, source.width(), source.height()), legend=legend)
    painter.end()
    buffer.close()
    return bytes(data)
