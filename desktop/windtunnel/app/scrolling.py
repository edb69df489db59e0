"""Panels that scroll instead of forcing the window's size.

A dock's minimum size adds up into the window's: a panel of levers or a tab with a tall
chart would make the window taller than a 768-pixel screen. Wrapped in a scroll area, a
panel keeps its layout at the size it needs and the dock scrolls when the screen is small.

A panel that never scrolls sideways is as wide as the area: the area's least width is the
panel's least width and the width of the vertical scroll bar, which shows when the dock
is short (a 2x screen, a projector). Without the scroll bar's room the bar took it from
the panel: the right end of its rows of buttons and of its tables was cut off. The room
is kept whether the bar shows or not, so the dock does not widen (and the map narrow)
when the bar comes and goes.

In a small window (one whose :data:`NARROW_PANELS` property is set, see
:mod:`.window_places`) that least width stops at :func:`narrowest_panel`, some 24
characters, and a column narrower than its panel scrolls sideways: the side docks of an
800 x 600 window held the map to a third of it. A window as wide as a projector's or a
2x screen's keeps every panel whole.

A panel whose rows wrap (height for width) would, once it is a few pixels short, be laid
out at its full preferred height by Qt's scroll area, and a dock 14 pixels short would
scroll by hundreds, its top (a table's header row) easily scrolled out of sight. A panel
that may scroll sideways is therefore held in a column that reports, for a width, the
panel's least height with its rows wrapped at that width: it gets the room there is, or
that least height, and scrolls by the difference only. Its least height without the
wrapping (one row of buttons) would squeeze its table to nothing when its buttons take
three rows in a short, narrow dock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

__all__ = ["NARROW_PANELS", "narrowest_panel", "reveal", "scrolling"]

#: Pixels shown around what :func:`reveal` brings into view, so it does not sit on the edge.
REVEAL_MARGIN = 8

#: The window's property that, when true, lets its side panels narrow to
#: :func:`narrowest_panel` (set by the window while it is small).
NARROW_PANELS = "narrowPanels"

#: Average characters across the narrowest a side panel of a small window need be.
NARROWEST_PANEL_CHARS = 24


def narrowest_panel(widget: QWidget) -> int:
    """The least width a side panel keeps in a small window, in ``widget``'s font: some 24
    characters, so that two side docks leave an 800-pixel window's map half of it."""
    return widget.fontMetrics().averageCharWidth() * NARROWEST_PANEL_CHARS


def scrolling(widget: QWidget, *, horizontal: bool = False) -> QScrollArea:
    """``widget`` in a frameless scroll area that resizes it to the room there is; with
    ``horizontal`` False the content scrolls sideways only in a small window (see the
    module's note): elsewhere it gets the area's width."""
    if not horizontal:
        area = _Column()
        area.setWidget(widget)
        return area
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    holder = QWidget()
    _LeastHeightForWidth(holder).addWidget(widget)
    area.setWidget(holder)
    return area


class _Column(QScrollArea):
    """A scroll area that scrolls up and down, at least as wide as its panel's least width
    and the vertical scroll bar beside it; in a small window at least
    :func:`narrowest_panel` wide, scrolling sideways below the panel's width (see the
    module's note)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

    def narrow(self) -> bool:
        """Whether the column is in a small window (see the module's note)."""
        return bool(self.window().property(NARROW_PANELS))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        widget = self.widget()
        if widget is None:
            return hint
        # the app's one style on every system puts the bar beside the panel, not over it
        beside = self.verticalScrollBar().sizeHint().width()
        least = max(widget.minimumSizeHint().width(), widget.minimumWidth()) + beside
        if self.narrow():
            least = min(least, narrowest_panel(self))
        return QSize(max(hint.width(), least), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # sideways only in a small window: elsewhere the panel always has its width
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded if self.narrow()
                                          else Qt.ScrollBarAlwaysOff)
        super().resizeEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.LayoutRequest:      # the panel's least width may change
            self.updateGeometry()
        return super().viewportEvent(event)


class _LeastHeightForWidth(QVBoxLayout):
    """A margin-less column that lets its scroll area size its panel from the panel's least
    height at the area's width (its rows wrapped), not from the preferred one (see the
    module's note)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)

    def _wrapping(self) -> QLayout | None:
        """The panel's layout when its rows wrap, else None."""
        panel = self.itemAt(0).widget() if self.count() else None
        layout = panel.layout() if panel is not None else None
        return layout if layout is not None and layout.hasHeightForWidth() else None

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return self._wrapping() is not None

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        panel = self.itemAt(0).widget()
        return max(panel.minimumSizeHint().height(), panel.minimumHeight(),
                   self._wrapping().minimumHeightForWidth(width))


def reveal(widget: QWidget, rect: QRect | None = None) -> None:
    """Scroll every scroll area holding ``widget`` so that ``rect`` of it (the whole widget
    by default) is in view: a row of a table just added in a short dock, whose table
    scrolls to it but sits itself below the dock's end."""
    rect = widget.rect() if rect is None else rect
    holder = widget.parentWidget()
    while holder is not None:
        area = holder.parentWidget()
        if isinstance(area, QScrollArea) and holder is area.viewport() and area.widget():
            centre = widget.mapTo(area.widget(), rect.center())
            area.ensureVisible(centre.x(), centre.y(), rect.width() // 2 + REVEAL_MARGIN,
                               rect.height() // 2 + REVEAL_MARGIN)
        holder = holder.parentWidget()
