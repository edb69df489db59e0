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

A table may ask for some columns of figures to keep their header whole (``whole``): the
Participants dock's ratings read "W...", "Te...", "Co..." (Weight, Term, Confidence) in a
laptop's dock, which a facilitator cannot read aloud. Those columns are as wide as their
header too, and the columns of names give way first. Others keep their header whole only
where the first column of names keeps half the view beside them (``headed``), the other
columns of names then giving way to a glimpse (two letters' width, whole on hover): the
Participants dock's people read "Credib..." and "Edg..." in a laptop's dock, where Role
and Group showed two letters and an ellipsis anyway, and whole there; on a projector the
people's names keep half the table and those headers are cut. A column
given a few letters is never narrower than the header lets a section be: the columns
would overrun the view.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget

__all__ = ["SharedColumns", "shared_widths", "squeezed", "NAME_LETTERS", "cell_text_margin"]

#: Where a name's line may break: spaces, and after a hyphen ("Capability-| based").
_WORDS = re.compile(r"\s+|(?<=-)")
#: The least another column of names is cut to, in average letters of the table's font.
NAME_LETTERS = 3
#: The least it is cut to where figures keep their headers whole (``headed``).
GLIMPSE = 2


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
    ``names`` are its columns of names, the first the one that matters most. The header's
    texts show whole on hover."""

    def __init__(self, table: QTableWidget, names: tuple[int, ...],
                 whole: tuple[int, ...] = (), headed: tuple[int, ...] = ()) -> None:
        super().__init__(table)
        self.table, self.names, self.whole, self.headed = table, names, whole, headed
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.ElideRight)          # a header cut ends in "..." too
        if headed:                # the other names may give way to a glimpse (see above)
            header.setMinimumSectionSize(table.fontMetrics().averageCharWidth() * GLIMPSE)
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
        least = list(contents)
        letters = max(table.fontMetrics().averageCharWidth() * NAME_LETTERS,
                      header.minimumSectionSize())
        for rank, c in enumerate(self.names):
            least[c] = min(wanted[c], room // 2 if rank == 0 else letters)
        headed = self._headers_fit(wanted, least, room)
        if headed:                            # the other names a glimpse, the headers whole
            letters = header.minimumSectionSize()
            for c in self.names[1:]:
                least[c] = min(wanted[c], letters)
        whole = self.whole + (self.headed if headed else ())
        for c in whole:                       # their header whole (see the module docstring)
            least[c] = wanted[c]
        shared = shared_widths(wanted, least, room)
        floors = [min(width, letters) for width in shared]
        for c in whole:
            floors[c] = shared[c]
        first = self.names[0]                 # its longest word whole, up to its half
        floors[first] = min(least[first], self._longest_word(first))
        widths = (shared_widths(shared, floors, room) if sum(floors) <= room
                  else squeezed(shared, letters, room))
        for c, width in enumerate(widths):
            header.resizeSection(c, width)

    def _headers_fit(self, wanted: list[int], least: list[int], room: int) -> bool:
        """Whether the ``headed`` columns' headers fit whole beside the first column of
        names at half the ``room``, the other names at a glimpse and the other columns at
        their least (see the module docstring)."""
        if not self.headed:
            return False
        glimpse = self.table.horizontalHeader().minimumSectionSize()
        needed = [wanted[c] if c in self.whole + self.headed
                  else min(wanted[c], glimpse) if c in self.names[1:] else least[c]
                  for c in range(len(wanted))]
        return sum(needed) <= room

    def readable_width(self) -> int:
        """The table's width at which every figure shows whole and the first column of
        names its longest word: its frame and vertical scroll bar included."""
        table = self.table
        widths = [table.sizeHintForColumn(c) for c in range(table.columnCount())]
        widths[self.names[0]] = self._longest_word(self.names[0])
        return (sum(widths) + 2 * table.frameWidth()
                + table.verticalScrollBar().sizeHint().width())

    def _longest_word(self, column: int) -> int:
        """The width of the longest word in ``column``'s cells (a line may break after a
        hyphen too), with a cell's margins."""
        table = self.table
        words = {word for r in range(table.rowCount()) if table.item(r, column) is not None
                 for word in _WORDS.split(table.item(r, column).text())}
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
