"""LeverList: a scrolling list of lever rows that builds only the rows in view.

A map can have hundreds of levers; a widget row per lever (label, slider, mode box, two
spin boxes) and the layout of all of them made opening such a map take seconds. This list
keeps a small pool of row widgets and binds them to the levers whose rows are in the
viewport (plus ``MARGIN_ROWS`` above and below); scrolling re-binds the pool, so the cost
of building and laying out the list does not grow with the number of levers.

The rows stay real widgets, so mouse, keyboard and accessibility work as with any form:

- A row that has the keyboard focus, or whose slider is held down, is never re-bound while
  the user works with it, even when it scrolls out of view.
- Tab and Shift+Tab walk through the controls of every lever in list order, scrolling the
  next lever into view; past the first or the last lever they leave the list for the
  widgets before or after it. Tabbing into the list lands on the first (or, backwards, the
  last) lever in view. The row controls themselves take focus by click only, so that Qt's
  focus chain, which knows nothing of the pool's order, never picks one.
- The wheel scrolls the list; it moves a control only when that control has the focus.

Rows are laid out in ``columns`` columns (the workshop bar uses four, or five on a
short screen: :meth:`LeverList.set_grid`), row-major; each grid
row has its own height (a row whose lever name needs two lines is taller), given by the
``heights`` callable. The owner binds a row to a lever with its ``bind`` callable.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QWidget

__all__ = ["LeverList", "MARGIN_ROWS", "COLUMN_GAP"]

#: Rows bound beyond each edge of the viewport, so that short scrolls find them ready.
MARGIN_ROWS = 3
#: Horizontal gap between columns, in pixels (each row keeps room for its mark at its left
#: edge too): at 18, 1024 pixels left the workshop bar's columns 9 pixels short of two
#: lines for "Usage monitoring & watermarks", whose third line cost the map 48 pixels.
COLUMN_GAP = 6


class LeverList(QAbstractScrollArea):
    """The lever rows of a panel, virtualised (see the module docstring).

    ``make_row()`` builds an unbound row widget (it must offer ``focus_stops()`` and
    ``busy()``); ``bind(row, lever_id)`` shows a lever in it; ``heights(ids, width)``
    returns the height of each grid row for these lever ids at this viewport width.
    """

    def __init__(self, make_row, bind, heights, *, columns: int = 1,
                 max_visible_rows: int = 0) -> None:
        super().__init__()
        self._make_row, self._bind, self._heights_of = make_row, bind, heights
        self.columns = max(1, columns)
        self.max_visible_rows = max_visible_rows
        self.ids: list[str] = []
        self.bound: dict[str, QWidget] = {}
        self._free: list[QWidget] = []
        self._tops: list[int] = [0]
        self._width = -1
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.verticalScrollBar().setFocusPolicy(Qt.NoFocus)
        self.viewport().setFocusPolicy(Qt.NoFocus)
        self.viewport().setAutoFillBackground(False)
        self.setFocusPolicy(Qt.TabFocus)
        self.setAccessibleName(QCoreApplication.translate("LeverList", "Levers"))
        self.verticalScrollBar().valueChanged.connect(self._place)

    # -- contents ---------------------------------------------------------------------------

    def set_ids(self, ids: list[str]) -> None:
        """Show these levers, in this order; rows of levers that stay keep their widgets."""
        self.ids = list(ids)
        self._width = -1              # heights depend on the levers and their names
        self.setFocusPolicy(Qt.TabFocus if self.ids else Qt.NoFocus)
        self._relayout()

    def rebind(self) -> None:
        """Show the levers' current settings in every bound row."""
        for lever_id, row in self.bound.items():
            self._bind(row, lever_id)

    def heights_changed(self) -> None:
        """Row heights may differ now (a font or label change)."""
        self._width = -1
        self._relayout()

    def set_grid(self, columns: int, max_visible_rows: int) -> None:
        """Lay the rows out in ``columns`` columns, at most ``max_visible_rows`` grid rows
        in view (0: as many as the list's height holds; it scrolls beyond)."""
        self.columns, self.max_visible_rows = max(1, columns), max_visible_rows
        self.heights_changed()
        self.updateGeometry()

    def pooled_rows(self) -> list[QWidget]:
        """Every row widget the list holds, bound to a lever or free."""
        return [*self.bound.values(), *self._free]

    @property
    def grid_rows(self) -> int:
        return -(-len(self.ids) // self.columns)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        if self.max_visible_rows:
            self._ensure_heights()
            shown = min(self.grid_rows, self.max_visible_rows)
            hint.setHeight(self._tops[shown] + 2 * self.frameWidth())
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        if self.max_visible_rows and self.grid_rows:
            self._ensure_heights()
            hint.setHeight(self._tops[1] + 2 * self.frameWidth())
        return hint

    # -- geometry ---------------------------------------------------------------------------

    def _ensure_heights(self) -> None:
        width = self.viewport().width()
        if width == self._width:
            return
        self._width = width
        ids, columns = self.ids, self.columns
        heights = self._heights_of(ids, self._column_width())
        rows = [max(heights[i:i + columns]) for i in range(0, len(heights), columns)]
        tops = [0, *accumulate(rows)]
        if self.max_visible_rows and tops[:self.max_visible_rows + 1] != \
                self._tops[:self.max_visible_rows + 1]:
            self.updateGeometry()     # the size hint follows the first rows
        self._tops = tops

    def _column_width(self) -> int:
        width = self.viewport().width()
        return max(40, (width - COLUMN_GAP * (self.columns - 1)) // self.columns)

    def _relayout(self) -> None:
        self._ensure_heights()
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, self._tops[-1] - self.viewport().height()))
        bar.setPageStep(max(1, self.viewport().height()))
        bar.setSingleStep(max(8, self._tops[1] // 2 if len(self._tops) > 1 else 8))
        self._place()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._relayout()

    def _visible_ids(self) -> list[str]:
        """The levers in the grid rows touching the viewport, plus the margins."""
        top = self.verticalScrollBar().value()
        first = max(0, bisect_right(self._tops, top) - 1 - MARGIN_ROWS)
        last = min(self.grid_rows, bisect_right(self._tops, top + self.viewport().height())
                   + MARGIN_ROWS)
        return self.ids[first * self.columns:last * self.columns]

    def _place(self, *_) -> None:
        """Bind the pool to the levers in view and put each row in its place."""
        wanted = self._visible_ids()
        present = set(self.ids)
        keep = {i: row for i, row in self.bound.items()
                if i in present and (i in wanted or row.busy())}
        for lever_id, row in self.bound.items():
            if lever_id not in keep:
                row.hide()
                self._free.append(row)
        bound = dict(keep)
        for lever_id in wanted:
            if lever_id not in bound:
                row = self._free.pop() if self._free else self._new_row()
                self._bind(row, lever_id)
                bound[lever_id] = row
        order = {lever_id: k for k, lever_id in enumerate(self.ids)}
        self.bound = dict(sorted(bound.items(), key=lambda item: order[item[0]]))
        offset = self.verticalScrollBar().value()
        column_width = self._column_width()
        for lever_id, row in self.bound.items():
            index = order[lever_id]
            grid_row, column = divmod(index, self.columns)
            top = self._tops[grid_row]
            row.setGeometry(column * (column_width + COLUMN_GAP), top - offset, column_width,
                            self._tops[grid_row + 1] - top)
            row.show()

    def _new_row(self) -> QWidget:
        row = self._make_row()
        row.setParent(self.viewport())
        return row

    def ensure_visible(self, lever_id: str) -> QWidget | None:
        """Scroll ``lever_id``'s row into view; its (bound) row, or None if not listed."""
        if lever_id not in self.ids:
            return None
        self._ensure_heights()
        grid_row = self.ids.index(lever_id) // self.columns
        top, bottom = self._tops[grid_row], self._tops[grid_row + 1]
        bar = self.verticalScrollBar()
        if top < bar.value():
            bar.setValue(top)
        elif bottom > bar.value() + self.viewport().height():
            bar.setValue(bottom - self.viewport().height())
        if lever_id not in self.bound:
            self._place()
        return self.bound.get(lever_id)

    # -- keyboard ---------------------------------------------------------------------------

    def _row_with_focus(self) -> tuple[str, QWidget] | None:
        focus = QApplication.focusWidget()
        for lever_id, row in self.bound.items():
            if focus is not None and row.isAncestorOf(focus):
                return lever_id, row
        return None

    def focus_lever(self, lever_id: str, *, last: bool = False,
                    reason=Qt.OtherFocusReason) -> bool:
        """Put the focus on a lever's first (or last) control, scrolling it into view."""
        row = self.ensure_visible(lever_id)
        stops = row.focus_stops() if row is not None else []
        if not stops:
            return False
        stops[-1 if last else 0].setFocus(reason)
        return True

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Tabbing into the list: on to the first lever in view (the last, backwards)."""
        super().focusInEvent(event)
        visible = [i for i in self._visible_ids() if self._in_view(i)] or self.ids
        if not visible:
            return
        backwards = event.reason() == Qt.BacktabFocusReason
        self.focus_lever(visible[-1] if backwards else visible[0], last=backwards,
                         reason=event.reason())

    def _in_view(self, lever_id: str) -> bool:
        grid_row = self.ids.index(lever_id) // self.columns
        top = self.verticalScrollBar().value()
        return self._tops[grid_row] >= top and \
            self._tops[grid_row + 1] <= top + self.viewport().height()

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 - Qt override
        """Tab inside the list: the next control of this lever, then the next lever."""
        found = self._row_with_focus()
        if found is None:
            return super().focusNextPrevChild(next_)
        lever_id, row = found
        focus = QApplication.focusWidget()
        stops = row.focus_stops()
        here = next((k for k, w in enumerate(stops) if w is focus or w.isAncestorOf(focus)), 0)
        step = 1 if next_ else -1
        reason = Qt.TabFocusReason if next_ else Qt.BacktabFocusReason
        if 0 <= here + step < len(stops):
            stops[here + step].setFocus(reason)
            return True
        index = self.ids.index(lever_id) + step
        if 0 <= index < len(self.ids):
            return self.focus_lever(self.ids[index], last=not next_, reason=reason)
        return self._leave(next_, reason)

    def _leave(self, next_: bool, reason) -> bool:
        """Focus the first focusable widget after (before) the list in the window's chain."""
        widget = self
        for _ in range(10_000):   # the chain is a ring; bounded in case it is broken
            widget = widget.nextInFocusChain() if next_ else widget.previousInFocusChain()
            if widget is None or widget is self:
                return False
            if self.isAncestorOf(widget) or widget.focusProxy() is not None:
                continue
            if widget.focusPolicy() & Qt.TabFocus and widget.isVisible() and \
                    widget.isEnabled():
                widget.setFocus(reason)
                return True
        return False
