"""The trajectory chart's key: which colour is which node, above the plot or beside it.

Above the plot the entries run on in lines that wrap with the width, and every line is
height the plot does not get: beyond :data:`ABOVE_MAX_LINES` lines (eight long names on a
narrow dock) the key scrolls on its own. On a dock wider than it is tall (the Results dock under the
map on a laptop or at 2x scale, where three lines of key and two of notes left the plot a
strip) the entries stand one under another in a column at the plot's right, as narrow as
the longest entry allows (at most :data:`BESIDE_SHARE` of the chart), so the plot gets
the whole height; a column taller than the plot scrolls on its own. The key never covers
a line.

A label wider than the room for it (a German compound, a Chinese or Japanese name, which
have no spaces to wrap at) ends in "..." at a whole letter, and the key's tooltip gives the
whole labels: the label of a line is never cut at the key's edge in the middle of a glyph.
"""

from __future__ import annotations

from html import escape
from math import ceil

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea

__all__ = ["ChartKey", "ABOVE_MAX_LINES", "BESIDE_SHARE"]

#: The most of the chart's width a key beside the plot takes.
BESIDE_SHARE = 0.3
#: The most lines a key above the plot takes; the rest scroll.
ABOVE_MAX_LINES = 2
_SWATCH = "\u2501\u2501"
#: Marks that set a paragraph's direction whatever its first letter.
_LTR_MARK, _RTL_MARK = "\u200e", "\u200f"
#: Qt's largest widget size: no limit.
_UNLIMITED = 16_777_215


class ChartKey(QScrollArea):
    """The entries (colour, label) of the chart's lines, in a row or in a column."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(textFormat=Qt.RichText, wordWrap=True)
        self.label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.entries: list[tuple[str, str]] = []
        self.beside = False
        self.room = _UNLIMITED          # the width an entry may take, swatch and all

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        """Show ``entries``: (colour name, label) per line of the chart."""
        self.entries = list(entries)
        self._write()

    def text(self) -> str:
        """The key as shown (rich text)."""
        return self.label.text()

    def place(self, beside: bool, width: int, share: float = BESIDE_SHARE,
              lines: int = ABOVE_MAX_LINES) -> None:
        """Lay the key out beside the plot (a column at most ``share`` of ``width``) or
        above it (rows as wide as ``width``, as tall as their lines, at most ``lines``)."""
        self.beside = beside
        bar = self.verticalScrollBar().sizeHint().width()
        column = min(self.column_width() + bar, int(width * share))
        self.room = (column if beside else width) - bar   # the bar may show either way
        self._write()
        if beside:             # no entries (no results to chart): no column either
            self.setFixedWidth(column if self.entries else 0)
            self.setMinimumHeight(0)
            self.setMaximumHeight(_UNLIMITED)
        else:
            self.setMinimumWidth(0)
            self.setMaximumWidth(_UNLIMITED)
            line = self.label.heightForWidth(_UNLIMITED)
            self.setFixedHeight(min(self.label.heightForWidth(width), lines * line)
                                if self.entries else 0)

    def column_width(self) -> int:
        """The width of the longest entry on one line (the column's natural width)."""
        metrics = QFontMetricsF(self.label.font())
        return ceil(max((metrics.horizontalAdvance(f"{_SWATCH}\u00a0{label}")
                         for _, label in self.entries), default=0)) + self._margin()

    def _margin(self) -> int:
        """The label's room around its text, both sides together."""
        return 2 * (self.label.margin() + self.label.contentsMargins().left() + 2)

    def _write(self) -> None:
        """The entries as rich text, each label cut with "..." to the room there is (the
        whole labels in the tooltip) and held in the app's reading direction by a mark
        before its swatch and after its label: without them a first label in Hebrew or
        Arabic turns the whole key right to left, and between two such labels the second
        swatch joins the first label (each colour shown beside the other's node)."""
        metrics = QFontMetricsF(self.label.font())
        room = self.room - self._margin() - metrics.horizontalAdvance(f"{_SWATCH}\u00a0")
        labels = [metrics.elidedText(label, Qt.ElideRight, max(room, 0.0))
                  for _, label in self.entries]
        cut = [label for (_, label), shown in zip(self.entries, labels) if shown != label]
        mark = _LTR_MARK if self.layoutDirection() == Qt.LeftToRight else _RTL_MARK
        shown = [f"{mark}<span style='color:{colour}'>{_SWATCH}</span>&nbsp;"
                 f"{escape(label)}{mark}" for (colour, _), label in zip(self.entries, labels)]
        text = ("<br>" if self.beside else " &emsp; ").join(shown)
        if text != self.label.text():
            self.label.setText(text)
        self.label.setToolTip("\n".join(label for _, label in self.entries) if cut else "")
