"""The status bar's parts fitted to its width, the least important giving way first.

The status bar holds, most important first: the warning that autosave fails, the running
task (its name, progress bar and Cancel), the last message, the counts of nodes, edges and
sources, and the zoom. Laid out by Qt on a projector (1024 pixels) with a task running and
the warning up, the message was cut to "Export…" or to nothing and the task's name ran
under its progress bar; in Japanese, wider still.

So each part says the least width it reads in (the warning as "⚠ Autosave failed", the
task as its progress bar and Cancel, a message as some sixteen characters, the counts as
"41 nodes") and its whole width; every part gets its least width, most important first,
while the bar has room (a part that gets none is left out, the zoom first); then the room
left goes to the parts' whole widths in the same order, the message's last (a long message
ends before the counts rather than shorten them). A part shown short ends in "…" and shows
its whole text on hover (:class:`~.elided.ElidedLabel`).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSizePolicy, QStatusBar, QWidget

from .elided import ElidedLabel

__all__ = ["StatusFit"]

#: Pixels of the bar that its layout keeps round and between the parts: its margins, the
#: gap between two parts, and a little slack for the styles' rounding.
_MARGINS, _GAP = 12, 6


class _Part:
    """One part of the bar: its widget, its least and whole widths, whether it stretches.
    A plain class: a dataclass's methods are compiled from source when its module loads,
    before the app's first paint."""

    __slots__ = ("widget", "least", "whole", "stretch")

    def __init__(self, widget: QWidget, least: Callable[[], int], whole: Callable[[], int],
                 stretch: bool) -> None:
        self.widget, self.least, self.whole, self.stretch = widget, least, whole, stretch


class StatusFit(QObject):
    """Fits the parts of ``bar`` (added most important first) to its width."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self._parts: list[_Part] = []
        # its own timer: a pending QTimer.singleShot with a callable kept the window alive
        # after it closed
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(self.fit)
        bar.installEventFilter(self)

    def add(self, widget: QWidget, least: Callable[[], int], whole: Callable[[], int], *,
            stretch: bool = False) -> None:
        """Fit ``widget``, less important than those added before it: ``least()`` the
        fewest pixels it reads in, ``whole()`` the pixels it takes whole; with
        ``stretch``, it takes whatever room the others leave too (the message)."""
        self._parts.append(_Part(widget, least, whole, stretch))
        # laid out by the widths given here: a width the layout would ignore (an elided
        # label's) it counted as none, and gave the next parts' room to the message
        widget.setSizePolicy(QSizePolicy.Preferred, widget.sizePolicy().verticalPolicy())
        widget.installEventFilter(self)

    def add_label(self, label: ElidedLabel, *, stretch: bool = False,
                  least_characters: int = 0) -> None:
        """Fit ``label``: whole, or as short as its shortest version (or, with
        ``least_characters``, as that many average characters), see :meth:`add`."""
        def least() -> int:
            if least_characters:
                return min(label.text_width(),
                           least_characters * label.fontMetrics().averageCharWidth())
            return label.least_width()
        self.add(label, least, label.text_width, stretch=stretch)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Resize, QEvent.Show, QEvent.Hide) and watched is self.bar \
                or event.type() in (QEvent.Show, QEvent.Hide) and watched is not self.bar:
            self.fit_soon()
        return False

    def fit_soon(self) -> None:
        """Fit the parts in the next turn of the event loop (a text changed, a part came
        or went)."""
        self._soon.start()

    def widths(self, room: int) -> dict[QWidget, int]:
        """Each shown part's width in ``room`` pixels (see the module docstring)."""
        shown = [part for part in self._parts if not part.widget.isHidden()]
        room -= _MARGINS + _GAP * max(0, len(shown) - 1)
        widths = {}
        for part in shown:                      # the least widths, most important first
            least = part.least()
            widths[part.widget] = least if least <= room else 0
            room -= widths[part.widget]
        # then the whole widths, in the same order, the message's last: it has its least
        # width and then what is left (a long one ends in "..." before the counts)
        for part in sorted(shown, key=lambda part: part.stretch):
            if widths[part.widget]:
                more = max(0, min(room, part.whole() - widths[part.widget]))
                widths[part.widget] += more
                room -= more
        return widths

    def fit(self) -> None:
        grip = sum(child.width() for child in self.bar.children()
                   if isinstance(child, QWidget) and child.isVisible()
                   and type(child).__name__ == "QSizeGrip")
        widths = self.widths(self.bar.width() - grip)
        for part in self._parts:
            if part.widget in widths:
                width = widths[part.widget]
                if part.stretch:
                    part.widget.setMinimumWidth(width)
                    part.widget.setMaximumWidth(16777215 if width else 0)
                else:
                    part.widget.setFixedWidth(width)
        # a status bar takes a layout request as a call to repaint, not to lay out again
        self.bar.layout().invalidate()
        self.bar.layout().activate()
