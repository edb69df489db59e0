"""Columns of a table that share the width of its view, so that a narrow dock shows every
column and cuts a long text with "..." rather than at the view's edge.

A table whose columns are sized to their contents scrolls sideways in a narrow dock: the
Participants dock showed the first column of people, cut at the dock's edge without an
ellipsis ("China Daily opinion (Wang Dong, Zha"), and none of the others. Here every
column wants the width of its contents and its header, and gets it where they all fit;
where they do not, the widest are cut to one width (:func:`shared_widths`), each down to
the least it needs: a column of figures its figures (its header then ends in "...", whole
on hover), the first column of names (the participant) half the view, the other columns of
names (role, group) a few letters. A text cut ends in "..." (Qt elides an item's text);
the table's filler puts the whole text in the cell's tooltip. Only when even the least
widths do not fit (a table of four columns in a 1024x768 window's dock) do the others
give way in turn, the widest first, down to a few letters each, while the first column of
names keeps room for its longest word (squeezed with the rest, a lever's name got a third
of the Sensitivity tab's table and read "Decentra... safety protocols"): a figure or a
date ends in "..." and is whole on hover. Only where not even that fits do the names give way
too (:func:`squeezed`), and the table scrolls sideways only where not even that fits. The widths follow the view as the dock is resized,
and are set again after the table is filled (:meth:`SharedColumns.fit`).

A table whose columns must stay readable however narrow its dock (``scrolls``) never cuts
below that: the Participants dock's tables read "P...", "S..." and "R..." (Participant,
Sources, Rationale) in a projector's dock, and its people's Role and Group were slivers
showing only "..." on a laptop, which a facilitator cannot read aloud. There every column
keeps its header whole; a column of figures its figures too; a column of names at least
:data:`READABLE_LETTERS` letters (more where its header is wider), the first column of
names (the participant) half the view, or what the others leave of it, never less than
its longest word up to that half (a short name whole, up to twice those letters: a row
shows one line, so a Japanese name cut "between words" showed "佐藤 ..."), and, where the
table scrolls all the same, twice those letters. Room left over goes to the widest as above; where even the least
widths do not fit, the table scrolls sideways by the pixel rather than cutting a column to
a sliver; where all fit with room to spare, the columns of names share it (a role or a
group not yet given is then wide enough to type into).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget

__all__ = ["SharedColumns", "shared_widths", "squeezed", "NAME_LETTERS", "READABLE_LETTERS",
           "cell_text_margin"]

#: Where a name's line may break: spaces, after a hyphen ("Capability-| based"), and
#: beside every Chinese or Japanese character (those scripts break between any two).
#: Compiled when a column is first measured (``re`` keeps it compiled), not when the module
#: loads before the window's first paint: Python compiles a class of thousands of
#: characters one character at a time (about 30 M instructions).
_WIDE = "\u3000-\u9fff\uf900-\ufaff\uff00-\uffef"
_WORDS = rf"\s+|(?<=-)|(?<=[{_WIDE}])|(?=[{_WIDE}])"
#: The least another column of names is cut to, in average letters of the table's font.
NAME_LETTERS = 3
#: The least a column of names keeps in a table that scrolls rather than cut (``scrolls``).
READABLE_LETTERS = 8


def shared_widths(wanted: list[int], least: list[int], room: int) -> list[int]:
    """Widths for columns that want ``wanted`` and share ``room``: all as wanted where they
    fit, else the widest cut to one width, none below its ``least``."""
    if sum(wanted) <= room:
        return list(wanted)
    def widths(cap: int) -> list[int]:
        return [max(low, min(want, cap)) for want, low in zip(wanted, least)]

    low, high = 0, max(wanted)              # the widest cap whose widths fit the room
    while low < high:
        cap = (low + high + 1) // 2
        if sum(widths(cap)) <= room:
            low = cap
        else:
            high = cap - 1
    return widths(low)


def squeezed(widths: list[int], floor: int, room: int) -> list[int]:
    """``widths`` where they fit ``room``, else the widest cut to one width, none below
    ``floor`` (or its own width, if less): the last resort before a table scrolls."""
    return shared_widths(widths, [min(width, floor) for width in widths], room)


class SharedColumns(QObject):
    """Keeps ``table``'s columns sharing its view's width (see the module docstring);
    ``names`` are its columns of names, the first the one that matters most; with
    ``scrolls``, no column is cut below readable and the table scrolls sideways instead.
    The header's texts show whole on hover."""

    def __init__(self, table: QTableWidget, names: tuple[int, ...], *,
                 scrolls: bool = False) -> None:
        super().__init__(table)
        self.table, self.names, self.scrolls = table, names, scrolls
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.ElideRight)          # a header cut ends in "..." too
        if scrolls:
            table.setHorizontalScrollMode(QTableWidget.ScrollPerPixel)
        table.viewport().installEventFilter(self)
        for c in range(table.columnCount()):
            item = table.horizontalHeaderItem(c)
            if item is not None and not item.toolTip():
                item.setToolTip(item.text())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Size the columns to the view's width now."""
        table, header = self.table, self.table.horizontalHeader()
        room = table.viewport().width()
        contents = [table.sizeHintForColumn(c) for c in range(table.columnCount())]
        wanted = [max(width, header.sectionSizeHint(c)) for c, width in enumerate(contents)]
        widths = (self._readable(wanted, room) if self.scrolls
                  else self._shared(wanted, contents, room))
        for c, width in enumerate(widths):
            header.resizeSection(c, width)

    def _shared(self, wanted: list[int], contents: list[int], room: int) -> list[int]:
        """Widths that fit ``room``, the columns of figures cut before the first column of
        names' longest word, everything squeezed only as the last resort."""
        header = self.table.horizontalHeader()
        least = list(contents)
        letters = max(self.table.fontMetrics().averageCharWidth() * NAME_LETTERS,
                      header.minimumSectionSize())
        for rank, c in enumerate(self.names):
            least[c] = min(wanted[c], room // 2 if rank == 0 else letters)
        shared = shared_widths(wanted, least, room)
        floors = [min(width, letters) for width in shared]
        first = self.names[0]                 # its longest word whole, up to its half
        floors[first] = min(least[first], self._longest_word(first))
        return (shared_widths(shared, floors, room) if sum(floors) <= room
                else squeezed(shared, letters, room))

    def _readable(self, wanted: list[int], room: int) -> list[int]:
        """Widths no less than readable (``scrolls``: see the module docstring): every
        header whole, figures whole, names at least a few letters; over ``room`` where
        that is wider."""
        header = self.table.horizontalHeader()
        letters = self.table.fontMetrics().averageCharWidth() * READABLE_LETTERS
        least = list(wanted)
        for c in self.names[1:]:
            least[c] = min(wanted[c], max(header.sectionSizeHint(c), letters))
        # the first: half the view, or what the others leave, at least its header and its
        # longest word (a short name whole), and twice the others' letters where the table
        # scrolls all the same
        first = self.names[0]
        others = sum(least) - least[first]
        half = room // 2
        longest = min(self._least_name(first, min(half, 2 * letters)), half)
        fits = max(header.sectionSizeHint(first), min(half, room - others), longest)
        if others + min(wanted[first], fits) > room:
            fits = max(fits, min(2 * letters, half))
        least[first] = min(wanted[first], fits)
        return self._names_widened(shared_widths(wanted, least, room), room)

    def _names_widened(self, widths: list[int], room: int) -> list[int]:
        """``widths`` with the room they leave shared by the columns of names: the last
        column took it all (a count of edges over half the dock, beside a role and a
        group as narrow as their headers, too narrow to type one into)."""
        spare = room - sum(widths)
        if spare <= 0:
            return widths
        widened = list(widths)
        letters = self.table.fontMetrics().averageCharWidth() * READABLE_LETTERS
        for c in self.names[1:]:              # first a few letters' room each
            grown = min(spare, max(0, letters - widened[c]))
            widened[c] += grown
            spare -= grown
        share, rest = divmod(spare, len(self.names))
        for c in self.names:
            widened[c] += share
        widened[self.names[0]] += rest
        return widened

    def readable_width(self) -> int:
        """The table's width at which every figure shows whole and the first column of
        names its longest word: its frame and vertical scroll bar included."""
        table = self.table
        widths = [table.sizeHintForColumn(c) for c in range(table.columnCount())]
        widths[self.names[0]] = self._longest_word(self.names[0])
        return (sum(widths) + 2 * table.frameWidth()
                + table.verticalScrollBar().sizeHint().width())

    def _least_name(self, column: int, cap: int) -> int:
        """The width ``column``'s names keep in a table that scrolls rather than cut: a
        short name whole, where it takes no more than ``cap`` (a person's name, "佐藤 花子":
        a row shows one line of Chinese or Japanese, which read "佐藤 ..." cut to its
        longest word), else its longest word."""
        table = self.table
        margin = 2 * (cell_text_margin(table) + int(table.showGrid()))
        metrics = table.fontMetrics()
        whole = [metrics.horizontalAdvance(table.item(r, column).text()) + margin
                 for r in range(table.rowCount()) if table.item(r, column) is not None]
        return max([self._longest_word(column), *(w for w in whole if w <= cap)])

    def _longest_word(self, column: int) -> int:
        """The width of the longest word in ``column``'s cells (a line may break after a
        hyphen too), with a cell's margins."""
        table = self.table
        words = {word for r in range(table.rowCount()) if table.item(r, column) is not None
                 for word in re.split(_WORDS, table.item(r, column).text())}
        if not words:
            return 0
        margin = 2 * (cell_text_margin(table) + int(table.showGrid()))   # a pixel for the grid
        metrics = table.fontMetrics()
        return max(metrics.horizontalAdvance(word) for word in words) + margin


def cell_text_margin(widget, option=None) -> int:
    """The margin Qt's item delegate leaves on each side of a cell's text in ``widget``.

    QStyle is named here, when a cell is measured, not where a module is loaded: the
    Sources dock and the Outline load their modules before the window's first paint, and
    naming QStyle makes the Python types of its eleven enums (about 50 M instructions)."""
    from PySide6.QtWidgets import QStyle

    return widget.style().pixelMetric(QStyle.PM_FocusFrameHMargin, option, widget) + 1
