"""ElidedLabel: one line of text that shortens itself with "..." to the width it is given.

Names in this app can be long (a 300-character label is valid): a label that wraps grows
its panel line by line, one that is clipped hides the end silently. This one keeps one
line, ends with an ellipsis when it must, and shows the whole text on hover (followed by
an optional hint that is always shown, such as what the line's terms mean).

A line made of parts of unequal worth (a status line: verdicts, then their reasons) can
offer shorter versions of itself, each leaving out what matters least: the label shows the
first version that fits whole, and elides only the shortest, so a narrow window loses a
reason in brackets rather than the end of the line wherever the width falls.

With ``lines`` above one the text wraps, balanced, onto at most that many lines where one
does not hold it (the lever names), the first version those lines hold whole is shown, and
only the last line of the shortest is elided. With a ``margin`` (a share of the width)
the lines are laid out that much narrower than the label, so that a font whose metrics
run a few per cent wider on another machine still fits them (the workshop bar's lever
names: "Usage monitoring" fitted a 180-pixel box by 2 pixels). With ``fewer_lines_first`` a shorter version
on one line goes before a longer one on more (a status line above a chart: a line it
takes is the chart's), and the lines are taken only where no version fits one. How many lines it takes is
measured as it is laid out, in fractional pixels (:meth:`ElidedLabel.line_count`), so that a
list that sizes its rows by it gives every label the height its lines take.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel, QSizePolicy

from .canvas.wrapping import line_starts, wrapped_lines

__all__ = ["ElidedLabel"]


class ElidedLabel(QLabel):
    """A label of one line (or ``lines``) showing as much of its full text as fits (see
    the module docstring)."""

    def __init__(self, text: str = "", parent=None, *, lines: int = 1,
                 fewer_lines_first: bool = False, margin: float = 0.0) -> None:
        super().__init__(parent)
        self._lines, self._fewer_lines_first = lines, fewer_lines_first
        self._margin = margin
        self._full = ""
        self._shorter: tuple[str, ...] = ()
        self._hint = ""
        self.setTextFormat(Qt.PlainText)                 # labels shown as typed
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.set_full_text(text)

    @property
    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str, shorter: tuple[str, ...] = ()) -> None:
        """Show ``text``, or where it does not fit the first of the ``shorter`` versions
        that does (see the module's note)."""
        self._full, self._shorter = text, shorter
        self._elide()

    def set_hint(self, hint: str) -> None:
        """Text the tooltip always shows, after the full text when that is elided."""
        self._hint = hint
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.StyleChange):
            self._elide()

    def text_width(self, text: str | None = None) -> int:
        """The pixels this label takes to show ``text`` (its full text when None) whole on
        one line."""
        text = " ".join((self._full if text is None else text).split())
        margins = self.contentsMargins()
        return ceil(QFontMetricsF(self.font()).horizontalAdvance(text)) + margins.left() \
            + margins.right() + 2 * self.margin()

    def least_width(self) -> int:
        """The pixels this label takes to show its shortest version whole on one line."""
        return self.text_width(self._shorter[-1] if self._shorter else None)

    @property
    def lines(self) -> int:
        """The most lines the label shows."""
        return self._lines

    def set_lines(self, lines: int) -> None:
        """Show at most ``lines`` lines from now on."""
        if lines != self._lines:
            self._lines = lines
            self._elide()

    def line_count(self, text: str, width: float) -> int:
        """How many lines of ``width`` ``text`` takes in this label's font (at most
        :attr:`lines`)."""
        text = " ".join(text.split())
        width *= 1 - self._margin
        if self._lines == 1 or QFontMetricsF(self.font()).horizontalAdvance(text) <= width:
            return 1
        return min(len(line_starts(text, self.font(), width, self._lines)), self._lines)

    def shown_text(self, text: str, shorter: tuple[str, ...], width: float) -> tuple[str, bool]:
        """What the label shows of ``text`` (or the first fitting of its ``shorter``
        versions) when ``width`` wide, its lines joined by newlines, and whether that is
        less than ``text``."""
        metrics, full_width = QFontMetricsF(self.font()), max(width, 1)
        width = full_width * (1 - self._margin)
        versions = [" ".join(version.split()) for version in (text, *shorter)]
        shown = None
        if self._lines == 1 or self._fewer_lines_first or \
                self.line_count(versions[0], full_width) == 1:
            # one line: the first version that fits it
            shown = next((version for version in versions
                          if metrics.horizontalAdvance(version) <= width), None)
        if shown is not None:
            cut = shown != versions[0]
        elif self._lines > 1:
            # the first version whose lines hold it whole, else the last one elided
            for version in versions:
                lines = wrapped_lines(version, self.font(), width, self._lines,
                                      lambda rest: metrics.elidedText(rest, Qt.ElideRight, width))
                if version.endswith(lines[-1]):
                    break
            shown = "\n".join(lines)
            cut = version is not versions[0] or not version.endswith(lines[-1])
        else:
            shown, cut = metrics.elidedText(versions[-1], Qt.ElideRight, width), True
        return shown, cut

    def _elide(self) -> None:
        shown, cut = self.shown_text(self._full, self._shorter, self.width())
        self.setText(shown)
        whole = self._full if cut else ""
        self.setToolTip("\n\n".join(part for part in (whole, self._hint) if part))
