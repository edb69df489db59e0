"""A layout that wraps its items onto more rows when its width runs out.

A row of choices and buttons laid out with a QHBoxLayout asks for the sum of their widths:
in a narrow dock (a 1024 x 768 projector) it forces the dock to scroll sideways. A
:class:`FlowLayout` places its items left to right and starts a new row when the next one
would not fit, so its least width is that of its widest item and its height follows its
width (``heightForWidth``), as text wraps in a label. An item that should stay beside its
caption goes in as one widget (:func:`captioned`), and a choice box with long choices
(an objective's label) as wide as a few words (:func:`narrow`).

A word-wrapped label in a splitter is squeezed: a splitter knows nothing of height for
width and gives it the height of one line. A :class:`WrappedLabel` holds as its least
height the height its text takes at its width.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLayout, QWidget

__all__ = ["FlowLayout", "WrappedLabel", "captioned", "narrow", "CHOICE_CHARACTERS"]

#: Characters a choice box of the dock shows at least (longer names are cut in the box,
#: whole in its list): its width then never widens the dock.
CHOICE_CHARACTERS = 14


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new row when the width runs out; each row's
    items centred on its height (as a QHBoxLayout's), and a stretching item (see
    :meth:`add_stretching`) given the room its row leaves."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items = []
        self._stretching = []           # the items that take their row's spare width
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def add_stretching(self, widget: QWidget) -> None:
        """Add ``widget`` to take the width its row leaves (a filter box beside its
        choices, as wide as the dock allows)."""
        self.addWidget(widget)
        self._stretching.append(self._items[-1])

    # -- QLayout's item list ----------------------------------------------------------------

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes --------------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientations:
        return Qt.Orientations()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        """Every item on one row."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest item (every item on its own row at the narrowest)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def _shown(self):
        return [i for i in self._items if not i.isEmpty()]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (when ``move``); return the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows, x = [[]], area.x()             # each row: its items with their size hints
        for item in self._shown():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append((item, hint))
            x += hint.width() + self.spacing()
        y = area.y()
        for row in rows:
            height = max((hint.height() for _, hint in row), default=0)
            if move:
                self._place_row(row, area, y, height)
            y += height + self.spacing()
        return y - self.spacing() - rect.y() + margins.bottom()

    def _place_row(self, row, area: QRect, y: int, height: int) -> None:
        """Set the geometry of one row's items: centred on its ``height``, its stretching
        items sharing what the others leave of the row's width."""
        used = sum(hint.width() for _, hint in row) + self.spacing() * (len(row) - 1)
        stretching = [item for item, _ in row if item in self._stretching]
        spare = max(0, area.width() - used) // max(1, len(stretching))
        x = area.x()
        for item, hint in row:
            width = min(hint.width() + (spare if item in stretching else 0), area.width())
            item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2),
                                   QSize(width, hint.height())))
            x += width + self.spacing()


def captioned(caption: str, widget: QWidget) -> QWidget:
    """``widget`` after its caption, as one item that a :class:`FlowLayout` keeps whole."""
    pair = QWidget()
    layout = QHBoxLayout(pair)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(caption)
    label.setBuddy(widget)
    layout.addWidget(label)
    layout.addWidget(widget, 1)             # the pair's extra width, if stretching
    return pair


class WrappedLabel(QLabel):
    """A word-wrapped label at least as tall as its text at its width (see the module's
    note).

    The height is held as the label's least size hint, not as its minimum height: Qt's
    ``QLabel.heightForWidth`` never answers less than the minimum height a label holds, so
    a label that held the height of its text in a narrow window measured that height
    again once the window grew, and kept it (the ranking under it squeezed)."""

    def __init__(self) -> None:
        super().__init__(wordWrap=True)
        self._held = 0                  # the height of the text at the label's width

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self._hold_height()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._hold_height()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._held))

    def _hold_height(self) -> None:
        height = max(self.heightForWidth(self.width()), 0)
        if height != self._held:
            self._held = height
            self.updateGeometry()


def narrow(box: QComboBox) -> QComboBox:
    """``box`` as wide as :data:`CHOICE_CHARACTERS` characters at least, not as its
    longest choice (an objective's label would widen a 1024-pixel dock)."""
    box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(CHOICE_CHARACTERS)
    return box
