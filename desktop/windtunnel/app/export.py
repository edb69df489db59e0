"""Export the canvas as a PNG or SVG picture of the whole map, with its legend.

The picture shows every node and edge at full quality (antialiased, labels on) whatever
the view's zoom, on the theme's background, with the legend in the top-left corner. PNG
is rendered at twice the scene scale so it stays sharp in reports and on slides. Both
are written through the atomic writer. The analysis exports and the PDF brief draw the same
picture with an overlay (the change-from-baseline scale).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ..errors import SaveError
from ..model.atomic import atomic_write
from .canvas import CanvasScene, paint_legend

__all__ = ["export_png", "export_svg", "MAX_PNG_SIDE", "Overlay", "map_rect", "render_map",
           "map_image", "png_bytes", "map_svg_bytes"]

_MARGIN = 40.0
MAX_PNG_SIDE = 12000

#: Paints extra legends over a rendered map: ``overlay(painter, target)``.
Overlay = Callable[[QPainter, QRectF], None]


def map_rect(scene: CanvasScene, margin: float = _MARGIN) -> QRectF:
    """The scene rectangle around every node and edge, with a margin."""
    rect = QRectF()
    for item in list(scene.node_items.values()) + list(scene.edge_items.values()):
        rect = rect.united(item.sceneBoundingRect())
    if rect.isEmpty():
        rect = QRectF(0, 0, 400, 300)
    return rect.adjusted(-margin, -margin, margin, margin)


def render_map(scene: CanvasScene, painter: QPainter, target: QRectF, *,
               groups: bool = True, overlay: Overlay | None = None) -> None:
    """Paint the whole map into ``target`` (aspect kept) at full quality, without the
    selection, with the group legend top left and then ``overlay``."""
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setRenderHint(QPainter.TextAntialiasing, True)
    painter.fillRect(target, QColor(scene.colours.background))
    selected = scene.selectedItems()
    for item in selected:
        item.setSelected(False)
    scene.render(painter, target, map_rect(scene), Qt.KeepAspectRatio)
    for item in selected:
        item.setSelected(True)
    painter.restore()
    painter.save()
    if groups:
        paint_legend(painter, QPointF(target.left() + 10, target.top() + 10), scene)
    if overlay is not None:
        overlay(painter, target)
    painter.restore()


def map_image(scene: CanvasScene, *, scale: float = 2.0,
              overlay: Overlay | None = None) -> QImage:
    """The map painted into an image (GUI thread: the scene is not thread-safe); ``scale``
    is capped so that no side exceeds MAX_PNG_SIDE pixels."""
    source = map_rect(scene)
    scale = min(scale, MAX_PNG_SIDE / max(source.width(), source.height()))
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    image = QImage(size, QImage.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    render_map(scene, painter, QRectF(0, 0, source.width(), source.height()), overlay=overlay)
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


def map_svg_bytes(scene: CanvasScene, *, title: str, description: str = "Exported from Windtunnel",
                  overlay: Overlay | None = None) -> bytes:
    """The map as an SVG drawing."""
    source = map_rect(scene)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    render_map(scene, painter, QRectF(0, 0, source.width(), source.height()), overlay=overlay)
    painter.end()
    buffer.close()
    return bytes(data)


def export_png(scene: CanvasScene, path: str | Path, *, scale: float = 2.0) -> QSize:
    """Write the map as a PNG; return the image size in pixels."""
    image = map_image(scene, scale=scale)
    try:
        data = png_bytes(image)
    except SaveError as exc:
        raise SaveError(f"{path}: {exc}") from None
    atomic_write(path, data)
    return image.size()


def export_svg(scene: CanvasScene, path: str | Path, *, title: str = "Windtunnel map") -> None:
    """Write the map as an SVG drawing."""
    atomic_write(path, map_svg_bytes(scene, title=title))
