"""How the Outline paints an edge row: the nodes' names give way, the weight stays.

An edge row reads ``Source → Target  (+0.60)``. In a dock of the usual width Qt elided
the end of the text, the weight first, which is what the row is there to tell; this
delegate elides the two names instead (each keeps a share of the room, so both ends of
the edge stay recognisable) and keeps the weight whole, and shows the whole row on hover.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QToolTip

from .shared_columns import cell_text_margin

__all__ = ["ARROW", "EdgeRowDelegate", "WEIGHT_GAP"]

#: Between an edge row's names and its weight in brackets (the last such in the text).
WEIGHT_GAP = "  ("
#: Between an edge row's source and target names (the first such in the text).
ARROW = " \u2192 "


class EdgeRowDelegate(QStyledItemDelegate):
    """Paints the rows whose ``key_role`` holds ``("edge", key)`` with their weight whole."""

    def __init__(self, key_role: int, parent=None) -> None:
        super().__init__(parent)
        self._key_role = key_role

    def _is_edge(self, index) -> bool:
        key = index.data(self._key_role)
        return bool(key) and key[0] == "edge"

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        if option.rect.width() <= 0 or not self._is_edge(index):
            return
        names, gap, weight = option.text.rpartition(WEIGHT_GAP)
        if not gap:
            return
        margin = 2 * cell_text_margin(option.widget, option) if option.widget is not None else 6
        tail = gap + weight
        metrics = option.fontMetrics
        room = option.rect.width() - margin - metrics.horizontalAdvance(tail) - 2
        if metrics.horizontalAdvance(option.text) > option.rect.width() - margin:
            option.text = _elided_names(names, metrics, max(room, 0)) + tail

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 - Qt override
        """Hovering an edge row shows its whole text (names and weight)."""
        if event.type() == QEvent.ToolTip and self._is_edge(index):
            QToolTip.showText(event.globalPos(), index.data(), view)
            return True
        return super().helpEvent(event, view, option, index)


def _elided_names(names: str, metrics, room: float) -> str:
    """``Source → Target`` in ``room`` pixels: a name shorter than its half keeps it whole
    and leaves the rest to the other; longer names are elided at their ends."""
    source, arrow, target = names.partition(ARROW)
    if not arrow:
        return _elided(names, metrics, room)
    room -= metrics.horizontalAdvance(arrow)
    source_width = metrics.horizontalAdvance(source)
    target_width = metrics.horizontalAdvance(target)
    half = room / 2
    if source_width <= half:
        source_room, target_room = source_width, room - source_width
    elif target_width <= half:
        source_room, target_room = room - target_width, target_width
    else:
        source_room = target_room = half
    return (_elided(source, metrics, source_room) + arrow
            + _elided(target, metrics, target_room))


def _elided(name: str, metrics, room: float) -> str:
    """``name`` cut at its end to ``room`` pixels, with no space left before the ellipsis
    (``Chinese AI …`` read as a word dropped, not as a name cut: ``Chinese AI…``)."""
    shown = metrics.elidedText(name, Qt.ElideRight, int(max(room, 0)))
    if shown != name and shown.endswith("\u2026"):
        shown = shown[:-1].rstrip() + "\u2026"
    return shown
