"""The brief's **Sources**: the evidence its pages cite, on pages of their own at its end.

The sources listed (:func:`cited_sources`) are those cited by what the brief shows: the
map's nodes and edges (the whole map is on its first page) and, in a model with
participants, their ratings (the second page shows where they disagree). They come in the
order of the model's list of sources, numbered, each with its title, publisher and date,
its link and its citation; the title, publisher and date in the interface's language
where the source has a translation, the headings in it always.

A :class:`SourcesLayout` lays the list out once, before the PDF is written (the brief
must know how many pages it has), with a text document measured at the page's
resolution: two columns a page, as many pages as the list takes. A long title, an
unbroken link and CJK text wrap within their column (at any character where no word
boundary is near); an entry is never split between two columns unless it is taller than
a whole column (a citation may run to thousands of characters).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import (QColor, QFontMetricsF, QImage, QPainter, QTextBlockFormat,
                           QTextCursor, QTextDocument, QTextOption)

from ...model import Model, Source, translated
from ..formats import date
from .pages import PAGE_DPI, page_font, paint_title

__all__ = ["cited_sources", "SourcesLayout", "COLUMNS", "COLUMN_GAP"]

#: Columns on a page of sources.
COLUMNS = 2
#: Space between the columns, in the page's pixels (PAGE_DPI).
COLUMN_GAP = 28

#: Qt's catalogue lookup, by the name lupdate looks for (context "Brief").
translate = QCoreApplication.translate


def cited_sources(model: Model) -> list[Source]:
    """The model's sources that its nodes, edges or participants' ratings cite, in the
    order of its list of sources."""
    cited = {source for element in (*model.nodes, *model.edges) for source in element.sources}
    cited.update(source for participant in model.participants
                 for rating in participant.ratings for source in rating.sources)
    return [source for source in model.sources if source.id in cited]


def _entry_html(number: int, source: Source) -> str:
    """One source's entry: its number and title, then publisher and date, link, citation."""
    lines = [f"<b>{number}. {escape(translated(source, 'title'))}</b>"]
    publisher, when = translated(source, "publisher"), date(source.date)
    if publisher and when:
        lines.append(escape(translate("Brief", "{publisher}, {date}").format(
            publisher=publisher, date=when)))
    elif publisher or when:
        lines.append(escape(publisher or when))
    if source.url:
        lines.append(f'<a href="{escape(source.url)}" style="color:#1f5f99">'
                     f"{escape(source.url)}</a>")
    if source.citation:
        lines.append(f'<span style="color:#555555">{escape(source.citation)}</span>')
    return "<br/>".join(lines)


class SourcesLayout:
    """The sources of a brief laid out in columns of ``page``'s size (see the module
    docstring); :attr:`pages` of them, each painted by :meth:`paint`."""

    def __init__(self, sources: list[Source], page: QRectF, title: str,
                 participants: bool = False) -> None:
        self.sources = sources
        self.title = translate("Brief", "Sources")
        self.subtitle = (translate(
            "Brief", "{title} \u00b7 the %n source(s) cited by the map's nodes and edges and "
                     "by the participants' ratings", None, len(sources)) if participants else
            translate("Brief", "{title} \u00b7 the %n source(s) cited by the map's nodes and "
                               "edges", None, len(sources))).format(title=title)
        # measured at the page's resolution, so that it draws on the page as laid out
        self._device = QImage(1, 1, QImage.Format_RGB32)
        dots = round(PAGE_DPI / 0.0254)
        self._device.setDotsPerMeterX(dots)
        self._device.setDotsPerMeterY(dots)
        self._top = self._heading_height()
        width = (page.width() - COLUMN_GAP * (COLUMNS - 1)) / COLUMNS
        #: Each column's width and height.
        self.column = QSizeF(width, page.height() - self._top)
        self.document = self._document()
        #: The document's (top, bottom) spans that fill the columns, in order; none
        #: without sources (no page).
        self.spans = self._fill_columns() if sources else []

    @property
    def pages(self) -> int:
        return -(-len(self.spans) // COLUMNS)

    def _heading_height(self) -> float:
        """The title's and subtitle's height, and the space under them."""
        return (QFontMetricsF(page_font(17, True), self._device).height() + 2
                + QFontMetricsF(page_font(9), self._device).height() + 14)

    def _document(self) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self._device)
        document.setDefaultFont(page_font(8.5))
        document.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)   # links, long words
        document.setDefaultTextOption(option)
        document.setTextWidth(self.column.width())
        indent = QFontMetricsF(page_font(8.5, True), self._device).horizontalAdvance(
            f"{len(self.sources)}. ")
        cursor = QTextCursor(document)
        for number, source in enumerate(self.sources, start=1):
            if number > 1:
                cursor.insertBlock()
            cursor.insertHtml(_entry_html(number, source))
            entry = QTextBlockFormat()             # the number hangs left of the text
            entry.setLeftMargin(indent)
            entry.setTextIndent(-indent)
            entry.setBottomMargin(12)
            cursor.setBlockFormat(entry)
        return document

    def _fill_columns(self) -> list[tuple[float, float]]:
        """The document's spans (top, bottom) that fill the columns, in order: whole
        entries while they fit; an entry taller than a column is split between lines."""
        height = self.column.height()
        pieces = []
        block = self.document.begin()
        while block.isValid():
            lines = _line_spans(block)
            if lines:
                whole = (lines[0][0], lines[-1][1])
                pieces.extend([whole] if whole[1] - whole[0] <= height else lines)
            block = block.next()
        columns: list[tuple[float, float]] = []
        for top, bottom in pieces:
            if columns and bottom - columns[-1][0] <= height:
                columns[-1] = (columns[-1][0], bottom)
            else:
                columns.append((top, bottom))
        return columns

    def paint(self, painter: QPainter, page: QRectF, index: int) -> None:
        """Sources page ``index`` (from 0): the title, then its columns of entries."""
        title_h = paint_title(painter, page, self.title)
        painter.setFont(page_font(9))
        painter.setPen(QColor("#555555"))
        line = QRectF(page.left(), page.top() + title_h + 2, page.width(),
                      painter.fontMetrics().height())
        painter.drawText(line, int(Qt.AlignLeft | Qt.AlignVCenter), painter.fontMetrics()
                         .elidedText(self.subtitle, Qt.ElideRight, int(line.width())))
        top = page.top() + self._top
        for column, (start, end) in enumerate(self.spans[index * COLUMNS:(index + 1) * COLUMNS]):
            left = page.left() + column * (self.column.width() + COLUMN_GAP)
            painter.save()
            painter.translate(left, top - start)
            self.document.drawContents(painter, QRectF(0, start, self.column.width(),
                                                       end - start))
            painter.restore()


def _line_spans(block) -> list[tuple[float, float]]:
    """The (top, bottom) of each line of ``block`` in the document."""
    text = block.layout()
    top = text.position().y()
    return [(top + line.y(), top + line.y() + line.height())
            for line in (text.lineAt(i) for i in range(text.lineCount()))]
