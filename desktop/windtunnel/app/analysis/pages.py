"""The A4 landscape pages the brief and the story print: the PDF, the fonts, a page's title
and section headings, and the map tinted by change with its colour scale and the key to
its shapes and edge colours.

Drawn with QPainter on a QPdfWriter (both in PySide6-Essentials' QtGui). The map and its
colour scale are laid out at the screen's resolution, as on the screen, and drawn as the
PDF's own paths and text (:func:`draw_as_on_screen`): sharp at any zoom, their labels
selectable and searchable, and a page of map takes tens of kilobytes where an image of it
took a megabyte. Every word painted here of its own is translated in context "Brief".
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import (QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF,
                            QPointF, QRectF, QSize, QSizeF, Qt)
from PySide6.QtGui import (QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen,
                           QPicture)

from ... import __version__
from ..canvas import CanvasScene, key_height, key_size, paint_key
from ..canvas.wrapping import Breaks, wrapped_lines
from ..export import map_rect, render_map_part
from ..participants_lens import DisagreementLens, lens_legend_size, paint_lens_legend
from .colours import change_colours, change_scale, legend_size
from .pdf_text import readable_text_layer

__all__ = ["PAGE_DPI", "PAGE_MARGIN_MM", "pdf_document", "page_rect", "page_font", "paint_title", "heading",
           "page_lines", "change_at", "paint_map", "tinted_scene", "scale_room", "paint_scale",
           "draw_as_on_screen"]

PAGE_DPI = 144
#: The A4 landscape pages' margin on every side (brief and story).
PAGE_MARGIN_MM = 12

#: Qt's catalogue lookup, by the name lupdate looks for (context "Brief").
translate = QCoreApplication.translate


def pdf_document(title: str, pages: int, paint_page) -> bytes:
    """An A4 landscape PDF of ``pages`` pages at PAGE_DPI, as bytes; ``paint_page(painter,
    page_rect, number)`` paints each. Its text layer reads back as the characters drawn
    (:func:`~.pdf_text.readable_text_layer`)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    writer = _writer(buffer)
    writer.setTitle(title)
    writer.setCreator(f"Windtunnel {__version__}")
    painter = QPainter(writer)
    page = QRectF(0, 0, writer.width(), writer.height())
    for index in range(pages):
        if index:
            writer.newPage()
        paint_page(painter, page, index)
    painter.end()
    buffer.close()
    return readable_text_layer(bytes(data))


def _writer(device: QIODevice) -> QPdfWriter:
    """A PDF writer of the pages' size, margins and resolution onto ``device``."""
    writer = QPdfWriter(device)
    writer.setResolution(PAGE_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Landscape,
                                     QMarginsF(*[PAGE_MARGIN_MM] * 4),
                                     QPageLayout.Millimeter))
    return writer


def page_rect() -> QRectF:
    """The rectangle :func:`pdf_document` gives ``paint_page`` (inside the margins, in
    pixels at PAGE_DPI), for what must be laid out before the document is written."""
    writer = _writer(QBuffer())
    return QRectF(0, 0, writer.width(), writer.height())


def page_font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def paint_title(painter: QPainter, page: QRectF, text: str) -> float:
    """A page's title across its top, cut with "…" if it is wider (antialiased from here
    on); returns its height."""
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setPen(QColor("#1a1a1a"))
    painter.setFont(page_font(17, True))
    title_h = painter.fontMetrics().height()
    painter.drawText(QRectF(page.left(), page.top(), page.width(), title_h),
                     int(Qt.AlignLeft | Qt.AlignVCenter),
                     painter.fontMetrics().elidedText(text, Qt.ElideRight, int(page.width())))
    return title_h


def page_lines(painter: QPainter, text: str, width: float, limit: int) -> list[str]:
    """``text`` in the painter's font on lines of ``width`` page pixels, wrapped as the map
    wraps its node labels (balanced; Japanese between its phrases): a name is printed
    whole. Only text that needs more than ``limit`` lines is cut, with "…" on the last."""
    font, metrics = painter.font(), painter.fontMetrics()
    return wrapped_lines(text, font, width, limit,
                         lambda rest: metrics.elidedText(rest, Qt.ElideRight, int(width)),
                         Breaks(text, font, painter.device()))


def heading(painter: QPainter, rect: QRectF, text: str) -> float:
    painter.setFont(page_font(11, True))
    painter.setPen(QColor("#1a1a1a"))
    h = painter.fontMetrics().height()
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), h),
                     int(Qt.AlignLeft | Qt.AlignVCenter), text)
    return rect.top() + h + 4


def change_at(unit: str, step: int) -> str:
    """The colour scale's caption: the change from baseline at ``unit`` ``step``."""
    return translate("Brief", "Change from baseline at {unit} {step}").format(unit=unit,
                                                                              step=step)


@contextmanager
def tinted_scene(snapshot, span: float, focus=None, *, lens: bool = False):
    """A scene of the snapshot's map of its own (the window's map is never changed to
    paint a page), tinted by the change at its step; ``focus`` (nodes, edges) fades the
    rest of the map, as the story does; ``lens`` draws the disagreement lens on it."""
    scene = CanvasScene(snapshot.model, None, dark=False)
    try:
        if lens:
            marks = DisagreementLens()
            scene.addItem(marks)
            marks.update_marks(snapshot.model)
        colours = change_colours(snapshot.change[snapshot.step], span)
        scene.set_tints(dict(zip(snapshot.results.node_ids, colours)))
        if focus is not None:
            scene.set_focus(*focus)
        yield scene
    finally:
        scene.detach()
        scene.deleteLater()


def scale_room(scene, *, lens: bool = False) -> float:
    """The height (page pixels) the colour scale and the key beside it, and the lens's
    legend, take under ``scene``'s map: a map of any kinds of node keeps the room of one
    with every kind, and a marked lever's line adds to it."""
    lens_room = lens_legend_size(7.5)[1] + 8 if lens else 0.0
    key = max(key_height(7.5), key_size(scene, 7.5).height())
    return (max(legend_size(7.5)[1], key) + 16 + lens_room) * PAGE_DPI / 96.0


def paint_scale(painter: QPainter, strip: QRectF, scene, scale, *, lens: bool = False) -> None:
    """The colour scale and, right of it, the key to the map's shapes and edge colours
    (:func:`~..canvas.paint_key`, the window's legend's own painting) in ``strip``, and,
    with ``lens``, the lens's legend under them; laid out at the screen's size and
    painted sharp."""
    screen = PAGE_DPI / 96.0
    lens_room = lens_legend_size(7.5)[1] + 8 if lens else 0.0
    laid_out = QRectF(QPointF(0, 0), strip.size() / screen)

    def paint(legend_painter: QPainter) -> None:
        legend_painter.setRenderHint(QPainter.Antialiasing, True)
        scale_rect = change_scale(scene, scale, point_size=7.5)(
            legend_painter, laid_out.adjusted(0, 0, 0, -lens_room))
        key = key_size(scene, 7.5)
        paint_key(legend_painter, QPointF(scale_rect.right() + 10,
                                          scale_rect.bottom() - key.height()), scene, 7.5)
        if lens:
            paint_lens_legend(legend_painter, laid_out.adjusted(0, 0, 10, 10), point_size=7.5)
    draw_as_on_screen(painter, strip, laid_out.size(), paint)


def draw_as_on_screen(painter: QPainter, target: QRectF, size: QSizeF, paint) -> None:
    """What ``paint(recorder)`` paints in a rectangle of ``size`` screen pixels (at 96
    dpi, as on the screen, so that a node's label wraps and fits its node exactly as on
    the canvas), drawn into ``target`` as paths and text of the painter's device.

    Painted straight at the page's resolution, text would stand PAGE_DPI / 96 times larger
    beside the shapes than on the screen; recorded as a QPicture at the screen's resolution
    and played back, its fonts keep their size against the shapes.
    """
    picture = QPicture()
    recorder = QPainter(picture)
    paint(recorder)
    recorder.end()
    # playing a picture scales it by the device's resolution over its own: undone here
    ratio = picture.logicalDpiX() / painter.device().logicalDpiX()
    painter.save()
    painter.translate(target.topLeft())
    painter.scale(target.width() / size.width() * ratio, target.height() / size.height() * ratio)
    painter.setClipRect(QRectF(QPointF(0, 0), size / ratio), Qt.IntersectClip)
    painter.drawPicture(QPointF(0, 0), picture)
    painter.restore()


def paint_map(painter: QPainter, rect: QRectF, snapshot, span: float, scale,
              focus=None, *, lens: bool = False, part: QRectF | None = None) -> QRectF:
    """The snapshot's map (or its ``part``, in map units), tinted by the change at its
    step, in a frame at the top of ``rect`` as tall as the map's shape needs, with the
    colour scale under the map; returns the frame.

    The map (:func:`tinted_scene`) is drawn as on the screen (:func:`draw_as_on_screen`).
    ``focus`` fades the rest of the map; ``lens`` draws the disagreement lens on the map
    and its legend under the colour scale.
    """
    with tinted_scene(snapshot, span, focus, lens=lens) as scene:
        source = map_rect(scene) if part is None else part
        under = scale_room(scene, lens=lens)
        room = rect.adjusted(1, 1, -1, -under)
        fitted = source.size().scaled(room.size(), Qt.KeepAspectRatio)
        frame = QRectF(rect.left(), rect.top(), rect.width(), fitted.height() + under + 2)
        target = QRectF(room.left() + (room.width() - fitted.width()) / 2, room.top(),
                        fitted.width(), fitted.height())
        painter.setPen(QPen(QColor("#cccccc"), 1))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(frame)
        draw_as_on_screen(painter, target, source.size(), lambda map_painter: render_map_part(
            scene, map_painter, QRectF(QPointF(0, 0), source.size()), source))
        paint_scale(painter, QRectF(frame.left() + 1, target.bottom(), frame.width() - 2, under),
                    scene, scale, lens=lens)
        return frame
