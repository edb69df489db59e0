"""The diverging colour scale for changes from baseline, and its legend.

Changes are coloured on a symmetric scale around zero: **blue for a rise, red for a fall**,
near-white for no change. The stops are ColorBrewer's RdBu (Brewer, colorbrewer2.org),
which ColorBrewer marks colour-blind safe; the two darkest classes are left out so that the
map's dark node labels stay readable on every tint. Blue-up / red-down matches the map's
edge colours (blue positive, vermilion negative), so one reading serves the whole canvas.

The legend is a title over the bar and its labels, or, compact (workshop mode, where the
type is large and the map's height is scarce), one strip: the title, then the bar between
its two end values. The scenario matrix's scale is such a strip too, laid out its own way
(:class:`StripLayout`): both are painted by :func:`paint_scale_strip`.

The scale's range is the largest absolute change on the map (at least :data:`MIN_SPAN`, so
that rounding noise never looks like a result), or a fixed span the user chooses.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPen
from ..formats import MINUS, number

__all__ = [
    "STOPS",
    "MIN_SPAN",
    "change_colour",
    "change_colours",
    "ColourColumn",
    "span_of",
    "paint_scale_bar",
    "StripLayout",
    "COMPACT_STRIP",
    "paint_scale_strip",
    "fitted_title",
    "longest_title",
    "scale_ends",
    "scale_labels",
    "paint_change_legend",
    "legend_size",
    "change_scale",
    "run_span",
    "NEUTRAL",
]

#: From the largest fall (-1) through no change (0) to the largest rise (+1).
STOPS = ("#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3")
NEUTRAL = "#f7f7f7"
#: The smallest range of the scale: changes below 1 % of it show as neutral.
MIN_SPAN = 0.01

_RGB = np.array([[int(c[i:i + 2], 16) for i in (1, 3, 5)] for c in STOPS], dtype=float)
_POS = np.linspace(-1.0, 1.0, len(STOPS))


def span_of(values: np.ndarray) -> float:
    """The scale's half-range for ``values``: max |value|, at least MIN_SPAN."""
    values = np.asarray(values, dtype=float)
    finite = values[np.isfinite(values)]
    return max(float(np.abs(finite).max()) if finite.size else 0.0, MIN_SPAN)


def run_span(results, *extra: np.ndarray) -> float:
    """One scale for a whole run: the largest |change| of any scenario at any step (and of
    ``extra`` changes, such as a live preview), so that tints compare across scenarios."""
    parts = [r.change for r in results.scenarios] + [np.asarray(e) for e in extra]
    return max((span_of(p) for p in parts), default=MIN_SPAN)


def _rgb(values: np.ndarray, span: float) -> np.ndarray:
    x = np.clip(np.nan_to_num(np.asarray(values, dtype=float)) / span, -1.0, 1.0)
    return np.stack([np.interp(x, _POS, _RGB[:, k]) for k in range(3)], axis=-1)


def change_colours(values: np.ndarray, span: float) -> list[QColor]:
    """One colour per value on the scale of half-range ``span``."""
    return [QColor(int(r + 0.5), int(g + 0.5), int(b + 0.5)) for r, g, b in _rgb(values, span)]


def change_rgbs(values: np.ndarray, span: float) -> list[int]:
    """:func:`change_colours` as ``0xRRGGBB`` numbers (``QColor(number)`` makes the colour):
    cheap to compare, so that the map makes a colour only for the nodes whose tint changed
    (2,000 colours made after each edit held a big map's window for milliseconds)."""
    rgb = np.floor(_rgb(values, span) + 0.5).astype(np.int64)
    return (rgb[:, 0] << 16 | rgb[:, 1] << 8 | rgb[:, 2]).tolist()


class ColourColumn:
    """:func:`change_colours` of ``values``, each QColor made when it is first asked for: a
    table of a big map's results (10,000 nodes by eight scenarios) shows a few dozen rows,
    and making 80,000 colours for it held the window for most of a second after each edit."""

    def __init__(self, values: np.ndarray, span: float) -> None:
        self._rgb = np.floor(_rgb(values, span) + 0.5).astype(int)

    def __len__(self) -> int:
        return len(self._rgb)

    def __getitem__(self, index: int) -> QColor:
        red, green, blue = self._rgb[index]
        return QColor(int(red), int(green), int(blue))


def change_colour(value: float, span: float) -> QColor:
    return change_colours(np.array([value]), span)[0]


def scale_ends(span: float) -> tuple[str, str]:
    """The texts at the two ends of the scale: ``−1.00 fall`` and ``rise +1.00``."""
    return (QCoreApplication.translate("colours", "\u2212{span} fall").format(span=number(span, 2)),
            QCoreApplication.translate("colours", "rise +{span}").format(span=number(span, 2)))


def paint_scale_bar(painter: QPainter, bar: QRectF) -> None:
    """The diverging scale, fall (left) to rise (right), as a framed bar filling ``bar``."""
    gradient = QLinearGradient(bar.topLeft(), bar.topRight())
    for i, stop in enumerate(STOPS):
        gradient.setColorAt(i / (len(STOPS) - 1), QColor(stop))
    painter.setPen(QPen(QColor("#777777"), 0.8))
    painter.setBrush(gradient)
    painter.drawRect(bar)


class StripLayout(NamedTuple):
    """How a one-line scale is laid out (:func:`paint_scale_strip`): the title, then the
    colour bar between its two end values."""

    #: The bar's least width; it widens up to ``widest_bar`` where the line has room.
    bar: float
    widest_bar: float
    #: Space between an end value and the bar, and between the title and the scale.
    gap: float
    title_gap: float
    #: How a title too long for its room is cut.
    elide: Qt.TextElideMode
    #: The scale at the line's right end (else right after the title).
    flush_right: bool

    def scale_width(self, ends: tuple[str, str], metrics: QFontMetricsF) -> float:
        """The scale at its least (end values, bar and gaps) with the gap before it."""
        return (metrics.horizontalAdvance(ends[0]) + metrics.horizontalAdvance(ends[1])
                + self.bar + 2 * self.gap + self.title_gap)


#: The fewest letters of the scenario a cut change legend title shows before the step;
#: where fewer would fit, it shows the scenario without the step.
NAME_LETTERS = 4

#: The change legend as one strip (workshop mode): the title whole where it fits (both
#: its ends kept where it must be cut), the scale right after it.
COMPACT_STRIP = StripLayout(bar=120.0, widest_bar=360.0, gap=8.0, title_gap=8.0,
                            elide=Qt.ElideMiddle, flush_right=False)


def fitted_title(title: str | tuple[str, ...], metrics: QFontMetricsF, room: float,
                 elide: Qt.TextElideMode) -> str:
    """A title as ``room`` shows it: ``title`` is one text, cut by ``elide`` where it must
    be, or its forms, longest first (the change legend's ``Change from baseline ·
    <scenario> · month 36 of 36``, then ``<scenario> · month 36 of 36``): the first form
    that fits is shown whole, else the last with its end after the last `` · `` whole (the
    step) and the start cut (the scenario), so the words that matter least go first; where
    that would leave fewer than :data:`NAME_LETTERS` letters of the scenario ("D… · month
    24 of 24"), the scenario alone, cut at its end (the time bar shows the step)."""
    if isinstance(title, str):
        return metrics.elidedText(title, elide, room)
    for form in title:
        if metrics.horizontalAdvance(form) <= room:
            return form
    head, dot, tail = title[-1].rpartition(" \u00b7 ")
    head_room = room - metrics.horizontalAdvance(dot + tail)
    if not dot:
        return metrics.elidedText(title[-1], elide, room)
    if head_room < metrics.horizontalAdvance(head[:NAME_LETTERS] + "\u2026"):
        return metrics.elidedText(head, Qt.ElideRight, room)
    return metrics.elidedText(head, Qt.ElideRight, head_room) + dot + tail


def longest_title(title: str | tuple[str, ...]) -> str:
    """The fullest form of a title that :func:`fitted_title` fits."""
    return title if isinstance(title, str) else title[0]


def paint_scale_strip(painter: QPainter, rect: QRectF, title: str | tuple[str, ...],
                      ends: tuple[str, str], metrics: QFontMetricsF, layout: StripLayout,
                      bar_height: float) -> None:
    """A scale as one line across ``rect`` in the painter's pen and font: ``title`` (see
    :func:`fitted_title`) in what the scale leaves of the line, then ``ends`` either side
    of the colour bar (``bar_height`` tall, centred), laid out by ``layout``."""
    low, high = ends
    low_width, high_width = metrics.horizontalAdvance(low), metrics.horizontalAdvance(high)
    room = max(rect.width() - layout.scale_width(ends, metrics), 0.0)
    shown = fitted_title(title, metrics, room, layout.elide)
    title_width = min(metrics.horizontalAdvance(shown), room)
    middle = int(Qt.AlignLeft | Qt.AlignVCenter)
    painter.drawText(QRectF(rect.left(), rect.top(), title_width, rect.height()), middle, shown)
    after_title = rect.left() + title_width + layout.title_gap
    bar_width = min(rect.right() - after_title - low_width - high_width - 2 * layout.gap,
                    layout.widest_bar)
    left = (rect.right() - low_width - high_width - 2 * layout.gap - bar_width
            if layout.flush_right else after_title)
    painter.drawText(QRectF(left, rect.top(), low_width, rect.height()), middle, low)
    left += low_width + layout.gap
    pen = painter.pen()
    paint_scale_bar(painter, QRectF(left, rect.center().y() - bar_height / 2, bar_width,
                                    bar_height))
    painter.setPen(pen)
    left += bar_width + layout.gap
    painter.drawText(QRectF(left, rect.top(), high_width, rect.height()), middle, high)


def _legend_font(point_size: float) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    return font


def strip_ends(span: float, title: str | tuple[str, ...], metrics: QFontMetricsF,
               width: float) -> tuple[str, str]:
    """The change strip's end texts across ``width``: with their words (``−1.00 fall``,
    ``rise +1.00``) while a form of ``title`` fits whole beside them, else the bare numbers,
    so that the scenario and the step keep the room (the signs and colours still say
    which end falls)."""
    worded = scale_ends(span)
    room = width - COMPACT_STRIP.scale_width(worded, metrics)
    forms = (title,) if isinstance(title, str) else title
    if any(metrics.horizontalAdvance(form) <= room for form in forms):
        return worded
    return MINUS + number(span, 2), number(span, 2, signed=True)


def paint_change_legend(painter: QPainter, rect: QRectF, span: float, *,
                        title: str | tuple[str, ...],
                        text: QColor, background: QColor, point_size: float = 8.5,
                        compact: bool = False) -> None:
    """The colour bar with its end values and title (see :func:`fitted_title`), filling
    ``rect`` (as one strip when ``compact``: see the module docstring)."""
    font = _legend_font(point_size)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setPen(QPen(QColor(text.red(), text.green(), text.blue(), 60), 1))
    painter.setBrush(background)
    painter.drawRoundedRect(rect, 6, 6)
    painter.setFont(font)
    painter.setPen(text)
    if compact:
        inner = rect.adjusted(10, 0, -10, 0)
        paint_scale_strip(painter, inner, title, strip_ends(span, title, metrics, inner.width()),
                          metrics, COMPACT_STRIP, max(8.0, line * 0.6))
        painter.restore()
        return
    inner = rect.adjusted(10, 6, -10, -6)
    # a narrow legend keeps the title's both ends (the change, and the step)
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line),
                     int(Qt.AlignLeft | Qt.AlignVCenter),
                     fitted_title(title, metrics, inner.width(), Qt.ElideMiddle))
    bar = QRectF(inner.left(), inner.top() + line + 4, inner.width(), max(8.0, line * 0.8))
    paint_scale_bar(painter, bar)
    labels = QRectF(bar.left(), bar.bottom() + 2, bar.width(), line)
    painter.setPen(text)
    low, middle, high = scale_labels(span, metrics, bar.width())
    # on one baseline: aligned by their tops, an end with a Chinese or Japanese word (its
    # fallback font stands taller) sat lower than the "0"
    baseline = labels.top() + metrics.ascent()
    painter.drawText(QPointF(labels.left(), baseline), low)
    painter.drawText(QPointF(labels.center().x() - metrics.horizontalAdvance(middle) / 2,
                             baseline), middle)
    painter.drawText(QPointF(labels.right() - metrics.horizontalAdvance(high), baseline), high)
    painter.restore()


def scale_labels(span: float, metrics: QFontMetricsF, width: float) -> tuple[str, str, str]:
    """The scale's left, middle and right labels that fit ``width`` without touching:
    the words go first, then the middle "0"; the end values always stay."""
    gap = metrics.horizontalAdvance("  ")

    def fits(low: str, middle: str, high: str) -> bool:
        half = width / 2
        return (metrics.horizontalAdvance(low) + gap + metrics.horizontalAdvance(middle) / 2
                <= half and metrics.horizontalAdvance(high) + gap
                + metrics.horizontalAdvance(middle) / 2 <= half)

    low, high = MINUS + number(span, 2), number(span, 2, signed=True)
    fall, rise = scale_ends(span)
    for choice in ((fall, "0", rise), (low, "0", high), (low, "", high)):
        if fits(*choice):
            return choice
    return low, "", high


def legend_size(point_size: float = 8.5, *, title: str | tuple[str, ...] = "",
                span: float = 1.0, compact: bool = False) -> tuple[float, float]:
    """Width and height that :func:`paint_change_legend` needs at ``point_size``: its least
    width; compact, the width that shows ``title`` whole beside the scale of ``span``."""
    metrics = QFontMetricsF(_legend_font(point_size))
    line = metrics.height()
    if compact:
        return (metrics.horizontalAdvance(longest_title(title)) + COMPACT_STRIP.title_gap
                + COMPACT_STRIP.scale_width(scale_ends(span), metrics) + 20, line + 10)
    width = metrics.horizontalAdvance("\u22120.00 fall   0   rise +0.00") + 40
    return max(width, 200.0), 12 + 3 * line + 10 + max(8.0, line * 0.8)


def change_scale(scene, legend: tuple[float, str] | None, *, point_size: float = 8.5):
    """An overlay ``paint(painter, target)`` drawing the change-from-baseline scale at the
    bottom left of a map picture, in ``scene``'s colours, and returning where it drew it;
    None without a legend."""
    if legend is None:
        return None
    span, title = legend

    def paint(painter: QPainter, target: QRectF) -> QRectF:
        width, height = legend_size(point_size)
        width = max(width, painter.fontMetrics().horizontalAdvance(longest_title(title)) + 30)
        rect = QRectF(target.left() + 10, target.bottom() - height - 10, width, height)
        paint_change_legend(painter, rect, span, title=title, text=QColor(scene.colours.text),
                            background=QColor(scene.colours.label_background),
                            point_size=point_size)
        return rect
    return paint
