"""The canvas as a PNG or SVG picture of the whole map, with its legend.

The picture shows every node and edge at full quality (antialiased, labels on) whatever
the view's zoom, and nothing of what the user is doing with the map: a picture for a report
shows no selection outline or glow, no connect handle (the view's alone), no hovered edge's
label and no find halo, whatever the window shows, on the theme's background, with the legend in a margin of its own on the
left and an overlay (the change scale) in a margin at the bottom: no legend covers a node. PNG
is rendered at twice the scene scale so it stays sharp in reports and on slides. The
window's map exporter (map_export.py) writes them through the atomic writer; the PDF
brief draws the same picture.

Painting the scene must happen on the GUI thread (QGraphicsScene is not thread-safe), and
painting the bundled model's PNG takes 90-240 ms in one go. :func:`map_image_steps` paints
the same image one horizontal strip per step, each strip's height adapted so that a step
takes about :data:`STRIP_MS`; the window runs one step per event-loop turn (a stepped task
with the progress bar), so the GUI never stalls, and encodes the PNG on a worker.
:func:`map_image` is the same generator run to the end in one strip (CLI, self-test). A
strip is the scene's source rectangle cut to the strip's rows, clipped to whole pixel rows,
so the strips add up to the one-go picture (a test compares them).
"""

from __future__ import annotations

import math
import re
import time
from typing import Callable, Generator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ..errors import SaveError
from .canvas import CanvasScene, legend_size, paint_legend
from .workers import run_steps

__all__ = ["MAX_PNG_SIDE", "STRIP_MS", "Overlay", "OVERLAY_ROOM", "map_rect", "picture_rect",
           "render_map", "render_map_part", "map_image", "map_image_steps", "run_steps", "png_bytes",
           "map_svg_bytes"]

_MARGIN = 40.0
MAX_PNG_SIDE = 12000
#: GUI-thread time to aim at per painted strip of a stepped PNG (well under 100 ms).
STRIP_MS = 30.0
_FIRST_STRIP_ROWS = 128
_MIN_STRIP_ROWS, _MAX_STRIP_ROWS = 32, 4096

#: Paints an extra legend in the bottom margin of a picture: ``overlay(painter, target)``.
Overlay = Callable[[QPainter, QRectF], None]
#: The bottom margin a picture keeps for its overlay.
OVERLAY_ROOM = 72.0


def map_rect(scene: CanvasScene, margin: float = _MARGIN) -> QRectF:
    """The scene rectangle around every node and edge, with a margin."""
    rect = QRectF()
    for item in list(scene.node_items.values()) + list(scene.edge_items.values()):
        rect = rect.united(item.sceneBoundingRect())
    if rect.isEmpty():
        rect = QRectF(0, 0, 400, 300)
    return rect.adjusted(-margin, -margin, margin, margin)


def _margins(scene: CanvasScene, *, groups: bool, overlay: bool) -> tuple[float, float, float]:
    """(left, bottom, least height) a picture keeps for its legends."""
    legend = legend_size(scene) if groups else None
    left = legend.width() + 20 if legend is not None else 0.0
    tall = legend.height() + 20 if legend is not None else 0.0
    return left, OVERLAY_ROOM if overlay else 0.0, tall


def picture_rect(scene: CanvasScene, *, groups: bool = True, overlay: bool = False) -> QRectF:
    """The scene rectangle a picture shows: the map, and room for its legends beside it."""
    rect = map_rect(scene)
    left, bottom, tall = _margins(scene, groups=groups, overlay=overlay)
    rect.adjust(-left, 0, 0, bottom)
    if rect.height() < tall:
        rect.setHeight(tall)
    return rect


def _paint_scene(scene: CanvasScene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    """The scene's ``source`` rectangle into ``target``, drawn as a picture (see
    ``CanvasScene.drawn_as_picture``): in full at any zoom of the view, and without what
    marks the user's work on the map (selection, hover, find halo). The selection itself is
    left alone."""
    with scene.drawn_as_picture():
        scene.render(painter, target, source, Qt.KeepAspectRatio)


def _paint_legends(scene: CanvasScene, painter: QPainter, target: QRectF, *, groups: bool,
                   overlay: Overlay | None) -> None:
    painter.save()
    if groups:
        paint_legend(painter, QPointF(target.left() + 10, target.top() + 10), scene)
    if overlay is not None:
        overlay(painter, target)
    painter.restore()


def render_map(scene: CanvasScene, painter: QPainter, target: QRectF, *,
               groups: bool = True, overlay: Overlay | None = None) -> None:
    """Paint the whole map into ``target`` (aspect kept) at full quality, without the
    selection's or the pointer's marks, with the group legend in a left margin and ``overlay`` in a bottom one."""
    left, bottom, _ = _margins(scene, groups=groups, overlay=overlay is not None)
    render_map_part(scene, painter, target, map_rect(scene),
                    into=target.adjusted(left, 0, 0, -bottom))
    _paint_legends(scene, painter, target, groups=groups, overlay=overlay)


def render_map_part(scene: CanvasScene, painter: QPainter, target: QRectF, source: QRectF,
                    *, into: QRectF | None = None) -> None:
    """Fill ``target`` with the map's background and paint the scene's ``source``
    rectangle (the whole map or a part of it) into ``into`` (default: ``target``), aspect
    kept, at full quality and without the marks of the user's work."""
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setRenderHint(QPainter.TextAntialiasing, True)
    painter.fillRect(target, QColor(scene.colours.background))
    _paint_scene(scene, painter, into if into is not None else target, source)
    painter.restore()


def map_image_steps(scene: CanvasScene, *, scale: float = 2.0, overlay: Overlay | None = None,
                    groups: bool = True,
                    strip_ms: float = STRIP_MS) -> Generator[float, None, QImage]:
    """Paint the map into an image one horizontal strip per step (GUI thread).

    Yields the share of rows painted after each strip and returns the image (the value of
    ``StopIteration``). Each strip renders only the scene rectangle behind its rows, clipped
    to whole pixel rows; the next strip's height is adapted so that a strip takes about
    ``strip_ms`` (see :func:`next_strip_rows`; ``math.inf``: the whole image in one strip).
    ``scale`` is capped so that no side exceeds MAX_PNG_SIDE pixels; ``groups``: with the
    group legend in the left margin. The caller must not
    change the scene between steps if the strips are to match (the window's exporter starts
    again when what the map shows changes).
    """
    source = picture_rect(scene, groups=groups, overlay=overlay is not None)
    scale = min(scale, MAX_PNG_SIDE / max(source.width(), source.height()))
    width = max(1, round(source.width() * scale))
    height = max(1, round(source.height() * scale))
    image = QImage(QSize(width, height), QImage.Format_ARGB32_Premultiplied)
    background = QColor(scene.colours.background)
    rows = height if not math.isfinite(strip_ms) else _FIRST_STRIP_ROWS
    top = 0
    measured: list[tuple[int, float]] = []
    while top < height:
        bottom = min(height, top + rows)
        started = time.perf_counter()
        painter = QPainter(image)
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setRenderHint(QPainter.TextAntialiasing, True)
        strip = QRect(0, top, width, bottom - top)                  # whole device rows
        painter.fillRect(strip, background)        # a big image is filled a strip at a time
        painter.setClipRect(strip)
        painter.scale(scale, scale)
        band = QRectF(0.0, top / scale, source.width(), (bottom - top) / scale)
        _paint_scene(scene, painter, band, QRectF(source.left(), source.top() + band.top(),
                                                  band.width(), band.height()))
        painter.end()
        if math.isfinite(strip_ms):
            measured.append((bottom - top, (time.perf_counter() - started) * 1000))
            rows = next_strip_rows(measured, strip_ms)
        top = bottom
        yield top / height
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setRenderHint(QPainter.TextAntialiasing, True)
    painter.scale(scale, scale)
    _paint_legends(scene, painter, QRectF(0, 0, source.width(), source.height()), groups=groups,
                   overlay=overlay)
    painter.end()
    image.setDevicePixelRatio(scale)
    return image


def next_strip_rows(measured: list[tuple[int, float]], strip_ms: float) -> int:
    """The next strip's height from the (rows, ms) of the strips so far.

    A strip costs a fixed part (everything crossing it: long edges are stroked whole) plus a
    part per row: ``ms = fixed + per_row * rows``, fitted by least squares once two heights
    were tried (the second strip is twice or half the first). The next strip aims at
    ``strip_ms``; when the fixed part alone is near that, at a row part as big as the fixed
    part, so that thin strips do not multiply it.
    """
    (rows, ms), count = measured[-1], len(measured)
    if count == 1:
        wanted = rows * 2 if ms < strip_ms else rows // 2
    else:
        x = [float(r) for r, _ in measured]
        y = [t for _, t in measured]
        mean_x, mean_y = sum(x) / count, sum(y) / count
        spread = sum((v - mean_x) ** 2 for v in x)
        per_row = (sum((a - mean_x) * (b - mean_y) for a, b in zip(x, y)) / spread
                   if spread > 0 else mean_y / mean_x)
        per_row = max(per_row, 0.05 * mean_y / mean_x, 1e-6)  # timing noise: stay positive
        fixed = min(max(mean_y - per_row * mean_x, 0.0), max(y))
        wanted = max(strip_ms - fixed, fixed) / per_row
    return int(min(max(wanted, _MIN_STRIP_ROWS), _MAX_STRIP_ROWS))


def map_image(scene: CanvasScene, *, scale: float = 2.0,
              overlay: Overlay | None = None) -> QImage:
    """The map painted into an image in one go (GUI thread: the scene is not thread-safe);
    ``scale`` is capped so that no side exceeds MAX_PNG_SIDE pixels."""
    return run_steps(map_image_steps(scene, scale=scale, overlay=overlay, strip_ms=math.inf))


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
                  overlay: Overlay | None = None, groups: bool = True) -> bytes:
    """The map as an SVG drawing (``groups``: with the group legend)."""
    source = picture_rect(scene, groups=groups, overlay=overlay is not None)
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
    render_map(scene, painter, QRectF(0, 0, source.width(), source.height()), groups=groups,
               overlay=overlay)
    painter.end()
    buffer.close()
    return _generic_fallback(bytes(data))


def _generic_fallback(svg: bytes) -> bytes:
    """The SVG keeps its text as text, with the app's family list (app/fonts.py) as
    ``font-family``; ending each list with CSS's ``sans-serif`` lets a viewer that has
    none of them (a browser on another system) still pick a font with the glyphs."""
    return re.sub(rb'font-family="([^"]*)"', rb'font-family="\1,sans-serif"', svg)
