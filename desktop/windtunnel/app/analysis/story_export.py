"""The story of a scenario as a multi-page PDF (A4 landscape) or as one PNG picture per
page, for the report.

Each page: the model and the scenario, the chapter's title and place in the story ("3 of
6"), what it says, and the map tinted by the scenario's change at its last step with
everything not yet revealed faded, as on the screen in story mode. The map shows the part
of it the chapter has revealed (:func:`story_pages`), its node labels printing at
:data:`~.map_pages.MIN_LABEL_POINTS` at least: when the revealed part is too large for
that, the chapter takes a page for each part of it, cut as the brief's map pages are
(:func:`~.map_pages.map_parts`). Pages are painted with QPainter (PySide6-Essentials'
QtGui), from an immutable snapshot, on the GUI thread (the map is a graphics scene); the
files are written on a worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSizeF,
                            Qt)
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from ... import __version__
from ...model import translated
from ..export import map_rect
from .colours import run_span
from .map_pages import label_points, map_parts
from .pages import (PAGE_DPI, PAGE_MARGIN_MM, change_at, page_font, page_rect, paint_map,
                    paint_title, pdf_document, scale_room, tinted_scene)

__all__ = ["story_pdf_bytes", "story_png_pages", "story_pages", "StoryPage"]

_A4_MM = (297, 210)
#: The largest size (points) a chapter's labels print at: a chapter that reveals a node or
#: two shows them among their neighbours rather than filling the page with them.
MAX_LABEL_POINTS = 11.0
#: Map units kept around what a chapter reveals (as a picture of the map keeps).
MARGIN = 40.0


@dataclass(frozen=True)
class StoryPage:
    """A page of the story: its chapter (an index), the part of the map it shows (map
    units), and which of the chapter's parts it is (from 1, of ``parts``)."""

    chapter: int
    part: QRectF
    number: int
    parts: int


def story_pdf_bytes(snapshot, chapters) -> bytes:
    """The story as a PDF, a page for each of :func:`story_pages`."""
    scenario = snapshot.model.scenario(snapshot.scenario_id)
    title = QCoreApplication.translate("Brief", "{title}: {scenario}, the story").format(
        title=snapshot.results.title, scenario=translated(scenario))
    pages = story_pages(snapshot, chapters, page_rect())
    return pdf_document(title, len(pages), lambda painter, page, number: _paint_page(
        painter, page, snapshot, chapters, pages[number]))


def story_png_pages(snapshot, chapters) -> list[bytes]:
    """The story as PNG pictures (A4 landscape at 144 dpi), one for each of
    :func:`story_pages`."""
    width = round((_A4_MM[0] - 2 * PAGE_MARGIN_MM) / 25.4 * PAGE_DPI)
    height = round((_A4_MM[1] - 2 * PAGE_MARGIN_MM) / 25.4 * PAGE_DPI)
    pages = story_pages(snapshot, chapters, QRectF(0, 0, width, height))
    pictures = []
    for page in pages:
        image = _page_image(width, height)
        image.fill(Qt.white)
        painter = QPainter(image)
        _paint_page(painter, QRectF(image.rect()), snapshot, chapters, page)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pictures.append(bytes(data))
    return pictures


def _page_image(width: int, height: int) -> QImage:
    """An image at the pages' resolution (PAGE_DPI)."""
    image = QImage(width, height, QImage.Format_RGB32)
    dots = round(PAGE_DPI / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    return image


def story_pages(snapshot, chapters, page: QRectF) -> list[StoryPage]:
    """The pages of the story on pages of ``page`` (pixels at PAGE_DPI): for each chapter,
    the part of the map it has revealed (every node and edge shown so far, the whole map
    when none is), widened until its labels print at MAX_LABEL_POINTS at most, on one
    page when its labels print at MIN_LABEL_POINTS there, else cut into parts that do."""
    device = _page_image(1, 1)
    last = snapshot.at(step=snapshot.last_step)
    pages = []
    with tinted_scene(last, run_span(snapshot.results, last.change)) as scene:
        whole = map_rect(scene)
        for index, chapter in enumerate(chapters):
            # the map's frame (paint_map) keeps a pixel each side, and the scale under it
            room = _map_room(page, chapter, device).size() - QSizeF(2, scale_room(scene) + 2)
            shown = _widened(_revealed(scene, chapter) or whole, room)
            parts = map_parts(shown, room)
            pages += [StoryPage(index, part, k, len(parts)) for k, part in enumerate(parts, 1)]
    return pages


def _revealed(scene, chapter) -> QRectF | None:
    """The rectangle (map units) around the chapter's nodes and edges, with the margin a
    picture of the map keeps; None when it reveals none."""
    items = ([scene.node_items[n] for n in chapter.nodes if n in scene.node_items]
             + [scene.edge_items[e] for e in chapter.edges if e in scene.edge_items])
    if not items:
        return None
    rect = QRectF()
    for item in items:
        rect = rect.united(item.sceneBoundingRect())
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def _widened(source: QRectF, room: QSizeF) -> QRectF:
    """``source`` grown about its centre until, fitted to ``room``, its labels print at
    MAX_LABEL_POINTS at most."""
    per_unit = MAX_LABEL_POINTS / label_points(1.0)
    width = max(source.width(), room.width() / per_unit)
    height = max(source.height(), room.height() / per_unit)
    rect = QRectF(0, 0, width, height)
    rect.moveCenter(source.center())
    return rect


def _map_room(page: QRectF, chapter, device) -> QRectF:
    """Where a page of ``chapter`` puts its map and colour scale: under the title, the
    line and the chapter's text (measured with ``device``'s fonts)."""
    title_h = QFontMetricsF(page_font(17, True), device).height()
    small_h = QFontMetricsF(page_font(9), device).height()
    top = page.top() + title_h + small_h + 8
    text_h = QFontMetricsF(page_font(12), device).boundingRect(
        QRectF(page.left(), top, page.width(), page.height() / 3), int(Qt.TextWordWrap),
        chapter.text).height()
    map_top = top + text_h + 12
    return QRectF(page.left(), map_top, page.width(), page.bottom() - map_top)


def _paint_page(painter: QPainter, page: QRectF, snapshot, chapters,
                story_page: StoryPage) -> None:
    chapter = chapters[story_page.chapter]
    results = snapshot.results
    scenario = snapshot.model.scenario(snapshot.scenario_id)
    title_h = paint_title(painter, page, QCoreApplication.translate(
        "Brief", "{scenario}: {chapter}").format(scenario=translated(scenario),
                                                  chapter=chapter.title))
    painter.setFont(page_font(9))
    painter.setPen(QColor("#555555"))
    small_h = painter.fontMetrics().height()
    line = QCoreApplication.translate(
        "Brief", "{title} \u00b7 the story of a scenario, {number} of {count}").format(
        title=results.title, number=story_page.chapter + 1, count=len(chapters))
    if story_page.parts > 1:
        line += " \u00b7 " + QCoreApplication.translate(
            "Brief", "map part {part} of {count} (left to right, then top to bottom)").format(
            part=story_page.number, count=story_page.parts)
    painter.drawText(QRectF(page.left(), page.top() + title_h, page.width(), small_h),
                     int(Qt.AlignLeft | Qt.AlignVCenter),
                     f"{line} \u00b7 Windtunnel {__version__}")
    painter.setFont(page_font(12))
    painter.setPen(QColor("#1a1a1a"))
    room = _map_room(page, chapter, painter.device())
    top = page.top() + title_h + small_h + 8
    painter.drawText(QRectF(page.left(), top, page.width(), room.top() - 12 - top),
                     int(Qt.AlignLeft | Qt.TextWordWrap), chapter.text)
    last = snapshot.at(step=snapshot.last_step)
    span = run_span(results, last.change)
    scale = (span, change_at(results.settings.time_unit, last.step))
    paint_map(painter, room, last, span, scale, focus=(chapter.nodes, chapter.edges),
              part=story_page.part)
