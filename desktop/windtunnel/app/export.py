"""Export the canvas as a PNG or SVG picture of the whole map, with its legend.

The picture shows every node and edge at full quality (antialiased, labels on) whatever
the view's zoom, on the theme's background, with the legend in the top-left corner. PNG
is rendered at twice the scene scale so it stays sharp in reports and on slides. Both
are written through the atomic writer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ..errors import SaveError
from ..model.atomic import atomic_write
from .canvas import CanvasScene, paint_legend

__all__ = ["export_png", "export_svg", "MAX_PNG_SIDE"]

_MARGIN = 40.0
MAX_PNG_SIDE = 12000


def _source_rect(scene: CanvasScene) -> QRectF:
    rect = QRectF()
    for item in list(scene.node_items.values()) + list(scene.edge_items.values()):
        rect = rect.united(item.sceneBoundingRect())
    if rect.isEmpty():
        rect = QRectF(0, 0, 400, 300)
    return rect.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)


def _render(scene: CanvasScene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setRenderHint(QPainter.TextAntialiasing, True)
    painter.fillRect(target, QColor(scene.colours.background))
    selected = scene.selectedItems()
    for item in selected:
        item.setSelected(False)
    scene.render(painter, target, source)
    for item in selected:
        item.setSelected(True)
    paint_legend(painter, QPointF(12, 12), scene)


def export_png(scene: CanvasScene, path: str | Path, *, scale: float = 2.0) -> QSize:
    """Write the map as a PNG; return the image size in pixels."""
    source = _source_rect(scene)
    scale = min(scale, MAX_PNG_SIDE / max(source.width(), source.height()))
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    image = QImage(size, QImage.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    _render(scene, painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SaveError(f"{path}: could not encode the PNG image")
    buffer.close()
    atomic_write(path, bytes(data))
    return size


def export_svg(scene: CanvasScene, path: str | Path, *, title: str = "Windtunnel map") -> None:
    """Write the map as an SVG drawing."""
    source = _source_rect(scene)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    generator.setDescription("Exported from Windtunnel")
    painter = QPainter(generator)
    _render(scene, painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    buffer.close()
    atomic_write(path, bytes(data))
