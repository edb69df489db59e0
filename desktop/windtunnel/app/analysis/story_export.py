"""The story of a scenario as a multi-page PDF (A4 landscape, one chapter per page) or as
one PNG picture per chapter, for the report.

Each page: the model and the scenario, the chapter's title and place in the story ("3 of
6"), what it says, and the map tinted by the scenario's change at its last step with
everything not yet revealed faded, as on the screen in story mode. Pages are painted with
QPainter (PySide6-Essentials' QtGui), from an immutable snapshot, on the GUI thread (the
map is a graphics scene); the files are written on a worker.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from ... import __version__
from ...model import translated
from .pages import (PAGE_DPI, PAGE_MARGIN_MM, change_at, page_font, paint_map, paint_title,
                    pdf_document)
from .colours import run_span

__all__ = ["story_pdf_bytes", "story_png_pages"]

_A4_MM = (297, 210)


def story_pdf_bytes(snapshot, chapters) -> bytes:
    """The story as a PDF, one page per chapter."""
    scenario = snapshot.model.scenario(snapshot.scenario_id)
    title = QCoreApplication.translate("Brief", "{title}: {scenario}, the story").format(
        title=snapshot.results.title, scenario=translated(scenario))
    return pdf_document(title,
                        len(chapters), lambda painter, page, number: _paint_page(
                            painter, page, snapshot, chapters, number))


def story_png_pages(snapshot, chapters) -> list[bytes]:
    """The story as PNG pictures (A4 landscape at 144 dpi), one per chapter."""
    dots = round(PAGE_DPI / 0.0254)
    width = round((_A4_MM[0] - 2 * PAGE_MARGIN_MM) / 25.4 * PAGE_DPI)
    height = round((_A4_MM[1] - 2 * PAGE_MARGIN_MM) / 25.4 * PAGE_DPI)
    pages = []
    for number in range(len(chapters)):
        image = QImage(width, height, QImage.Format_RGB32)
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        image.fill(Qt.white)
        painter = QPainter(image)
        _paint_page(painter, QRectF(image.rect()), snapshot, chapters, number)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pages.append(bytes(data))
    return pages


def _paint_page(painter: QPainter, page: QRectF, snapshot, chapters, number: int) -> None:
    chapter = chapters[number]
    results = snapshot.results
    scenario = snapshot.model.scenario(snapshot.scenario_id)
    title_h = paint_title(painter, page, f"{translated(scenario)}: {chapter.title}")
    painter.setFont(page_font(9))
    painter.setPen(QColor("#555555"))
    small_h = painter.fontMetrics().height()
    painter.drawText(QRectF(page.left(), page.top() + title_h, page.width(), small_h),
                     int(Qt.AlignLeft | Qt.AlignVCenter),
                     QCoreApplication.translate(
                         "Brief", "{title} \u00b7 the story of a scenario, {number} of {count}"
                     ).format(title=results.title, number=number + 1, count=len(chapters))
                     + f" \u00b7 Windtunnel {__version__}")
    painter.setFont(page_font(12))
    painter.setPen(QColor("#1a1a1a"))
    top = page.top() + title_h + small_h + 8
    text_rect = painter.fontMetrics().boundingRect(
        QRectF(page.left(), top, page.width(), page.height() / 3).toRect(),
        int(Qt.TextWordWrap), chapter.text)
    painter.drawText(QRectF(page.left(), top, page.width(), text_rect.height()),
                     int(Qt.AlignLeft | Qt.TextWordWrap), chapter.text)
    map_top = top + text_rect.height() + 12
    last = snapshot.at(step=snapshot.last_step)
    span = run_span(results, last.change)
    scale = (span, change_at(results.settings.time_unit, last.step))
    paint_map(painter, QRectF(page.left(), map_top, page.width(), page.bottom() - map_top),
              last, span, scale, focus=(chapter.nodes, chapter.edges))
