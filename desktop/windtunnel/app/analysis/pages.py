"""The A4 landscape pages the brief and the story print: the PDF, the fonts, a page's title
and section headings, and the map tinted by change with its colour scale.

Drawn with QPainter on a QPdfWriter (both in PySide6-Essentials' QtGui), so text stays
text and the map stays vector around its image. Every word painted here of its own is
translated in context "Brief".
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import (QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF,
                            QPointF, QRectF, QSize, QSizeF, Qt)
from PySide6.QtGui import (QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter,
                           QPen)

from ... import __version__
from ..canvas import CanvasScene
from ..export import map_rect, render_map
from ..participants_lens import DisagreementLens, lens_legend_size, paint_lens_legend
from .colours import change_colours, change_scale, legend_size
from .pdf_text import readable_text_layer

__all__ = ["PAGE_DPI", "PAGE_MARGIN_MM", "pdf_document", "page_rect", "page_font", "paint_title", "heading",
           "change_at", "paint_map", "tinted_scene", "scale_room", "paint_scale", "MAP_SCALE"]

#: The map is painted at this many pixels per map unit before it is placed on the page.
MAP_SCALE = 1.5
#: The colour scale is painted at this many pixels per screen pixel.
LEGEND_PIXELS = 3
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


def scale_room(*, lens: bool = False) -> float:
    """The height (page pixels) the colour scale, and the lens's legend, take under a map."""
    lens_room = lens_legend_size(7.5)[1] + 8 if lens else 0.0
    return (legend_size(7.5)[1] + 16 + lens_room) * PAGE_DPI / 96.0


def paint_scale(painter: QPainter, strip: QRectF, scene, scale, *, lens: bool = False) -> None:
    """The colour scale (and, with ``lens``, the lens's legend) in ``strip``, laid out at
    the screen's size and painted sharp."""
    screen = PAGE_DPI / 96.0
    lens_room = lens_legend_size(7.5)[1] + 8 if lens else 0.0
    legend = QImage((strip.size() / screen * LEGEND_PIXELS).toSize(), QImage.Format_ARGB32)
    legend.setDevicePixelRatio(LEGEND_PIXELS)
    legend.fill(Qt.transparent)
    legend_painter = QPainter(legend)
    legend_painter.setRenderHint(QPainter.Antialiasing, True)
    laid_out = QRectF(QPointF(0, 0), strip.size() / screen)
    change_scale(scene, scale, point_size=7.5)(
        legend_painter, laid_out.adjusted(0, 0, 0, -lens_room))
    if lens:
        paint_lens_legend(legend_painter, laid_out.adjusted(0, 0, 10, 10), point_size=7.5)
    legend_painter.end()
    painter.drawImage(strip, legend)


def paint_map(painter: QPainter, rect: QRectF, snapshot, span: float, scale,
              focus=None, *, lens: bool = False) -> QRectF:
    """The snapshot's map, tinted by the change at its step, in a frame at the top of
    ``rect`` as tall as the map's shape needs, with the colour scale under the map; returns
    the frame.

    The map is painted (:func:`tinted_scene`) into an image at the screen's resolution and
    MAP_SCALE times the map's size, so that node labels wrap and show exactly as on the
    screen (painted straight into the PDF at its resolution, the labels would not fit their
    nodes), then drawn into the frame. ``focus`` fades the rest of the map; ``lens`` draws
    the disagreement lens on the map and its legend under the colour scale.
    """
    with tinted_scene(snapshot, span, focus, lens=lens) as scene:
        source = map_rect(scene)
        image = QImage(QSize(round(source.width() * MAP_SCALE),
                             round(source.height() * MAP_SCALE)), QImage.Format_RGB32)
        image_painter = QPainter(image)
        render_map(scene, image_painter, QRectF(image.rect()), groups=False)
        image_painter.end()
        under = scale_room(lens=lens)
        room = rect.adjusted(1, 1, -1, -under)
        fitted = QSizeF(image.size()).scaled(room.size(), Qt.KeepAspectRatio)
        frame = QRectF(rect.left(), rect.top(), rect.width(), fitted.height() + under + 2)
        target = QRectF(room.left() + (room.width() - fitted.width()) / 2, room.top(),
                        fitted.width(), fitted.height())
        painter.setPen(QPen(QColor("#cccccc"), 1))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(frame)
        painter.drawImage(target, image)
        paint_scale(painter, QRectF(frame.left() + 1, target.bottom(), frame.width() - 2, under),
                    scene, scale, lens=lens)
        return frame
