"""The brief's map at a readable size, on pages of its own after the first.

The first page gives the map a column beside the figures: for any but a small map its
node labels print there at 3 or 4 points, too small to read on paper. When they would
print smaller than :data:`MIN_LABEL_POINTS`, the brief adds map pages: the whole map on
one A4 landscape page when its labels are readable there, else the map cut into parts
(left to right, then top to bottom), each printed at that size on a page of its own,
neighbouring parts sharing :data:`OVERLAP` of the map so that a node cut at one part's
edge shows whole on the next. The first page's map stays as the overview, and says on
which pages the map is readable.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ..canvas.style import node_font
from ..export import map_rect, render_map_part
from .pages import (PAGE_DPI, change_at, draw_as_on_screen, page_font, paint_scale, paint_title,
                    scale_room)

__all__ = ["MIN_LABEL_POINTS", "label_points", "map_parts", "needs_map_pages", "MapPages",
           "paint_map_note"]

#: The smallest size (points) a node label may print at on a map page.
MIN_LABEL_POINTS = 7.0
#: Map units neighbouring parts share.
OVERLAP = 60.0
#: Parts of the map a side at most (a very large map prints its labels smaller than
#: MIN_LABEL_POINTS rather than on dozens of pages).
PARTS_A_SIDE = 3
#: The share of the first page's body its map column may take at most (brief.py's 0.56
#: of the width, and the height the title lines leave).
FIRST_PAGE_COLUMN = (0.56, 0.85)

#: Qt's catalogue lookup, by the name lupdate looks for (context "Brief").
translate = QCoreApplication.translate


def label_points(page_pixels_per_unit: float) -> float:
    """The printed size (points) of a node label on a map drawn at ``page_pixels_per_unit``
    page pixels (PAGE_DPI) per map unit (a screen pixel at 96 dpi)."""
    return node_font().pointSizeF() * page_pixels_per_unit * 96.0 / PAGE_DPI


def _fit(source: QRectF, room: QSizeF) -> float:
    return min(room.width() / source.width(), room.height() / source.height())


def needs_map_pages(source: QRectF, page: QRectF) -> bool:
    """Whether a map of ``source`` (map units) prints its labels too small on the first
    page (judged on the largest column that page could give it)."""
    wide, tall = FIRST_PAGE_COLUMN
    return label_points(_fit(source, QSizeF(page.width() * wide, page.height() * tall))) \
        < MIN_LABEL_POINTS


def map_parts(source: QRectF, room: QSizeF) -> list[QRectF]:
    """The parts (map units) of ``source`` that map pages of ``room`` (page pixels) show:
    the whole map when its labels are readable at the size that fits it, else parts of
    a size that prints them at :data:`MIN_LABEL_POINTS`, overlapping by :data:`OVERLAP`,
    and never more than :data:`PARTS_A_SIDE` a side."""
    if label_points(_fit(source, room)) >= MIN_LABEL_POINTS:
        return [QRectF(source)]
    per_unit = min(MIN_LABEL_POINTS / label_points(1.0),       # no more parts a side than
                   PARTS_A_SIDE * room.width() / (source.width() + 2 * OVERLAP),   # allowed
                   PARTS_A_SIDE * room.height() / (source.height() + 2 * OVERLAP))
    width = min(room.width() / per_unit, source.width())
    height = min(room.height() / per_unit, source.height())

    def starts(start: float, whole: float, part: float) -> list[float]:
        count = max(1, math.ceil((whole - OVERLAP) / (part - OVERLAP) - 1e-9))
        step = (whole - part) / (count - 1) if count > 1 else 0.0
        return [start + i * step for i in range(count)]

    return [QRectF(x, y, width, height)
            for y in starts(source.top(), source.height(), height)
            for x in starts(source.left(), source.width(), width)]


def paint_map_note(painter: QPainter, column: QRectF, top: float, note: str) -> float:
    """``note`` (:meth:`MapPages.where`) in bold across ``column`` at ``top``, under a
    page's small map; returns the y below it."""
    painter.setFont(page_font(8.5, True))
    painter.setPen(QColor("#1a1a1a"))
    height = painter.fontMetrics().height()
    painter.drawText(QRectF(column.left(), top + 4, column.width(), height),
                     int(Qt.AlignLeft | Qt.AlignVCenter),
                     painter.fontMetrics().elidedText(note, Qt.ElideRight, int(column.width())))
    return top + 4 + height


def _head_height() -> float:
    """The height (page pixels) kept above a map page's map for its title (17 points) and
    its line (9 points): each line 1.5 times its size, more than any font needs."""
    return (17 + 9) * 1.5 * PAGE_DPI / 72.0 + 12


class MapPages:
    """The map pages of a brief, of the tinted ``scene`` (:func:`~.pages.tinted_scene`):
    how many (:attr:`pages`, 0 when the first page's map is readable), each painted by
    :meth:`paint`; with ``lens`` (the scene shows the disagreement lens), the lens's legend
    under each part's colour scale."""

    def __init__(self, scene, snapshot, span: float, page: QRectF, title: str, *,
                 lens: bool = False):
        self.scene, self.snapshot, self.span, self.title = scene, snapshot, span, title
        self.lens = lens
        source = map_rect(scene)
        room = QSizeF(page.width(),
                      page.height() - _head_height() - scale_room(scene, lens=lens))
        self.parts = map_parts(source, room) if needs_map_pages(source, page) else []

    @property
    def pages(self) -> int:
        return len(self.parts)

    def where(self, first: int, *, lens: bool = False) -> str:
        """What the first page says under its map: the pages (numbered from 1, the map
        pages from ``first``) where the map is readable; with ``lens``, what the
        participants' page says: where the map shows the disagreement lens."""
        last = first + self.pages - 1
        if lens and self.pages == 1:
            return translate("Brief", "The map with the disagreement lens, at a readable "
                                      "size, is on page {page}.").format(page=first)
        if lens:
            return translate("Brief", "The map with the disagreement lens, at a readable "
                                      "size, is on pages {first}\u2013{last}.").format(
                first=first, last=last)
        if self.pages == 1:
            return translate("Brief", "The map at a readable size is on page {page}.").format(
                page=first)
        return translate("Brief", "The map at a readable size is on pages {first}\u2013{last}, "
                                  "in {count} parts.").format(
            first=first, last=last, count=self.pages)

    def paint(self, painter: QPainter, page: QRectF, index: int) -> None:
        """Map page ``index`` (from 0): its title, the part of the map, the colour scale."""
        title_h = paint_title(painter, page, self.title)
        painter.setFont(page_font(9))
        painter.setPen(QColor("#555555"))
        painter.drawText(QRectF(page.left(), page.top() + title_h + 2, page.width(),
                                painter.fontMetrics().height()),
                         int(Qt.AlignLeft | Qt.AlignVCenter), self._line(index))
        top = page.top() + _head_height()
        part = self.parts[index]
        under = scale_room(self.scene, lens=self.lens)
        fitted = part.size().scaled(QSizeF(page.width(), page.bottom() - top - under),
                                    Qt.KeepAspectRatio)
        target = QRectF(page.left() + (page.width() - fitted.width()) / 2, top,
                        fitted.width(), fitted.height())
        draw_as_on_screen(painter, target, part.size(), lambda map_painter: render_map_part(
            self.scene, map_painter, QRectF(QPointF(0, 0), part.size()), part))
        painter.setPen(QPen(QColor("#cccccc"), 1))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(target)
        results = self.snapshot.results
        paint_scale(painter, QRectF(target.left(), target.bottom() + 2, target.width(), under),
                    self.scene, (self.span, change_at(results.settings.time_unit,
                                                      self.snapshot.step)), lens=self.lens)

    def _line(self, index: int) -> str:
        """The line under a map page's title: what the page shows of the map."""
        if self.pages == 1:
            return translate("Brief", "The map, its labels at a size to read on paper")
        return translate("Brief", "The map, part {part} of {count} (left to right, then top "
                                  "to bottom; neighbouring parts overlap a little)").format(
            part=index + 1, count=self.pages)
