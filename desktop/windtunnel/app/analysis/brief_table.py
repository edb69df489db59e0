"""The brief's table of the largest changes from baseline at the last step.

One row a node (the levers left out), the largest change first: a swatch of the node's
tint on the map, its name, its baseline and scenario levels at the last step, the change
and, after Monte Carlo, its 5-95% band. Every figure column is as wide as its widest text
(its heading included, so "Baseline" and "Scenario" never run into each other in any
language); the names take the rest, each printed whole on as many lines as it needs (up
to :data:`NAME_LINES`), the row's figures on its first line: cut with "…", "Unmet demand
for US mod…" was not the node the reader looks for on the map. Every word the table
paints of its own is translated in context "Brief".
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ..formats import number
from .colours import change_colour
from .pages import heading, page_font, page_lines

__all__ = ["TOP_CHANGES", "NAME_LINES", "SWATCH", "ChangesTable", "changes_table", "column_edges",
           "paint_top_changes"]

#: The most rows the table has.
TOP_CHANGES = 10
#: The most lines a node's name takes (the bundled models' longest take two).
NAME_LINES = 3
#: Left of the names: the tint's swatch and its gap.
SWATCH = 16

#: Qt's catalogue lookup, by the name lupdate looks for (context "Brief").
translate = QCoreApplication.translate


def _cells(results, current, uncertainty, order) -> tuple[list[str], list[list[str]]]:
    """The table's header and each row's texts (the node's name, then its figures)."""
    header = [translate("Brief", "Node"), translate("Brief", "Baseline"),
              translate("Brief", "Scenario"), translate("Brief", "Change")] + (
        ["5\u201395%"] if uncertainty is not None else [])
    rows = [[results.labels[i], number(results.baseline[-1, i], 3),
             number(current.states[-1, i], 3), number(float(current.final_change[i]), 3,
                                                       signed=True)]
            + ([number(uncertainty.band(5)[-1, i], 2, signed=True) + " \u2026 "
                + number(uncertainty.band(95)[-1, i], 2, signed=True)]
               if uncertainty is not None else [])
            for i in order]
    return header, rows


def column_edges(metrics, width: float, header: list[str], rows: list[list[str]]):
    """Where each column of the table starts and ends: every figure column as wide as its
    widest text, the node column the rest."""
    gap = metrics.horizontalAdvance("  ")
    figures = [max(metrics.horizontalAdvance(text) for text in column) + gap
               for column in zip(header[1:], *(row[1:] for row in rows))]
    edges, right = [], width
    for figure in reversed(figures):
        edges.insert(0, (right - figure, right))
        right -= figure
    return [(0.0, right)] + edges


class ChangesTable(NamedTuple):
    """The table laid out in a painter's font: its header, each row's texts (the node's
    name, then its figures), where each column starts and ends (from the names' left),
    and each row's name on its lines."""

    header: list[str]
    rows: list[list[str]]
    edges: list[tuple[float, float]]
    names: list[list[str]]


def changes_table(painter: QPainter, width: float, results, current, uncertainty,
                  order: list[int]) -> ChangesTable:
    """The table of the nodes ``order`` (indices), its names' column and figures'
    columns ``width`` page pixels wide in all, in the painter's font."""
    header, rows = _cells(results, current, uncertainty, order)
    edges = column_edges(painter.fontMetrics(), width, header, rows)
    names = [page_lines(painter, row[0], edges[0][1] - edges[0][0] - 4, NAME_LINES)
             for row in rows]
    return ChangesTable(header, rows, edges, names)


def paint_top_changes(painter: QPainter, rect: QRectF, results, current, uncertainty,
                      span: float, outcomes: list[int]) -> float:
    """The table at the top of ``rect``, of the first :data:`TOP_CHANGES` of ``outcomes``
    (node indices); returns the y below it."""
    y = heading(painter, rect,
                translate("Brief", "Largest changes at the last step (levers left out)"))
    order = outcomes[:TOP_CHANGES]
    painter.setFont(page_font(8.5))
    line = painter.fontMetrics().height()
    h = line + 3
    table = changes_table(painter, rect.width() - SWATCH, results, current, uncertainty, order)
    edges = table.edges
    painter.setPen(QColor("#555555"))
    for text, (a, b) in zip(table.header, edges):
        _cell(painter, QRectF(rect.left() + SWATCH + a, y, b - a, h), text)
    y += h
    if not order:
        painter.drawText(QRectF(rect.left(), y, rect.width(), h), int(Qt.AlignLeft),
                         translate("Brief", "No node changes from baseline."))
        return y + h
    for i, cells, lines in zip(order, table.rows, table.names):
        painter.setPen(QPen(QColor("#888888"), 0.5))
        painter.setBrush(change_colour(float(current.final_change[i]), span))
        painter.drawRect(QRectF(rect.left(), y + 3, 11, h - 6))
        painter.setPen(QColor("#1a1a1a"))
        for text, (a, b) in zip(cells[1:], edges[1:]):
            _cell(painter, QRectF(rect.left() + SWATCH + a, y, b - a, h), text)
        name = QRectF(rect.left() + SWATCH, y, edges[0][1], h)
        for text in lines:
            _cell(painter, name, text)
            name.translate(0, line)
        y += h + (len(lines) - 1) * line
    return y


def _cell(painter: QPainter, cell: QRectF, text: str) -> None:
    """One line of a cell of the table (its columns are as wide as their texts)."""
    painter.drawText(cell, int(Qt.AlignLeft | Qt.AlignVCenter), text)
