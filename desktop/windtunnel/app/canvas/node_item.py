"""NodeItem: the picture of one model node; a projection that holds no state of its own.

The item shows its node's label (wrapped, at most four lines, the last one ending in "..."
when the label is longer; the tooltip has all of it), kind (shape), group (colour) and
position. It caches its outline and shown text, recomputed only when the node's label or
kind changes. While the user drags, Qt moves the item; the scene turns the drag into one
command on release, and the model's ``node_changed`` then sets the position for good.

Speed: the bounds live on the C++ side (a QGraphicsRectItem's rectangle, no pen), so Qt's
many bounding-rect queries per frame never call Python; no ``itemChange`` override (it would be a Python call for every flag, position
and tooltip change of 2,000 items); tooltips are made on first hover; the font metrics are
shared; below ``LABEL_LOD`` (zoomed out) only the filled shape is painted, and in the
scene's overview mode the item is not painted at all (the scene draws all nodes at once).
Where the view's map labels take over (:mod:`.map_labels`), a node a label covers paints no
text of its own; any other node paints its text, so none is drawn as an empty box.
The connect handle is the view's (:mod:`.connect_handle`), drawn in screen pixels.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem

from ...model import Node, group_name, translated
from .style import NODE_MIN_HEIGHT, NODE_WIDTH, kind_path, node_font, paint_node_shape
from .wrapping import Breaks, hyphenated, inside_word

__all__ = ["NodeItem", "LABEL_LOD", "node_rect", "shown_label"]

#: Below this scale (view zoom), labels and outlines are not painted.
LABEL_LOD = 0.4
_PAD = 9.0
_MAX_LINES = 4
_FLAGS = QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable
_NO_PEN = QPen(Qt.NoPen)


def _metrics() -> QFontMetricsF:
    """The node font's metrics, measured once per font (the app's font follows the
    language, app/fonts.py)."""
    font = node_font()
    return _metrics_of(font.key(), tuple(font.families()))


@lru_cache(maxsize=4)
def _metrics_of(_key: str, _families: tuple) -> QFontMetricsF:
    return QFontMetricsF(node_font())


def node_rect(label: str) -> tuple[QRectF, QRectF]:
    """The body (centred on 0, 0) and the text rectangle of a node with ``label``."""
    return _laid_out(label)[:2]


def shown_label(label: str) -> str:
    """The label as the node shows it: wrapped to the node's width (between words, and
    between characters in Chinese and Japanese, :mod:`.wrapping`; a word longer than the
    width is broken with a hyphen at the end of its line); a last line shorter
    than half the width is mended by balancing the lines (the narrowest width that needs
    no more of them), so no word or character is left alone; and
    when it needs more than four lines, the fourth ends with "..." after its last whole
    word (never cut off)."""
    return _laid_out(label)[2]


def _laid_out(label: str) -> tuple[QRectF, QRectF, str]:
    """:func:`node_rect` and :func:`shown_label` of ``label``, the label measured once."""
    metrics = _metrics()
    width = NODE_WIDTH - 2 * _PAD
    one_line = "\n" not in label and metrics.horizontalAdvance(label) <= width
    shown = label if one_line else _wrapped(label, width)    # one line: most labels
    if one_line and label.isascii():
        # one line of the app font's own glyphs: what boundingRect says, ten times faster
        text_height = metrics.height()
    else:
        # the lines as drawn: a line with Chinese or Japanese in it takes the CJK font's
        # taller line height, so four lines are not four times the Latin line spacing
        text = metrics.boundingRect(QRectF(0, 0, width, 1000),
                                    int(Qt.AlignHCenter | Qt.TextWordWrap), shown)
        text_height = text.height()
    height = max(NODE_MIN_HEIGHT, text_height + 2 * _PAD)
    body = QRectF(-NODE_WIDTH / 2, -height / 2, NODE_WIDTH, height)
    return (body, QRectF(body.left() + _PAD, -text_height / 2, NODE_WIDTH - 2 * _PAD,
                         text_height), shown)


def _wrapped(label: str, width: float) -> str:
    """A label wider than the node as :func:`shown_label` shows it."""
    text = label.replace("\n", "\u2028")           # a typed line break stays one
    breaks = Breaks(text, node_font())
    starts = breaks.starts(width, _MAX_LINES)
    if len(starts) <= _MAX_LINES:
        if "\n" in label or _metrics().horizontalAdvance(text[starts[-1]:]) > width / 2:
            if not any(inside_word(text, start) for start in starts):
                return label        # broken by its author, or no short last line to mend
        else:
            starts = breaks.balanced(width, starts)
        return "\n".join(hyphenated(text, starts + [len(text)]))
    lines = hyphenated(text, starts[:_MAX_LINES])
    rest = " ".join(text[starts[_MAX_LINES - 1]:].replace("\u2028", " ").split())
    last = _metrics().elidedText(rest, Qt.ElideRight, width)
    kept = last.rstrip("\u2026")
    if last != rest and " " in kept and not rest[len(kept)].isspace():
        last = kept[:kept.rfind(" ")].rstrip() + "\u2026"     # end on a whole word
    lines.append(last)
    return "\n".join(lines)


class NodeItem(QGraphicsRectItem):
    """A node on the canvas, centred on the node's position."""

    Type = QGraphicsItem.UserType + 1

    def __init__(self, node: Node) -> None:
        super().__init__()
        self.setPen(_NO_PEN)  # the rectangle is only the bounds, kept on the C++ side
        self.setFlags(_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(1.0)
        self.highlighted = False
        self.node = node
        self._apply(node)
        self.setPos(QPointF(*node.position))

    def type(self) -> int:
        return self.Type

    @property
    def node_id(self) -> str:
        return self.node.id

    def set_node(self, node: Node) -> None:
        """Follow a model change of this node."""
        old, self.node = self.node, node
        if (translated(old), old.kind) != (translated(node), node.kind):
            self._apply(node)
        if tuple(node.position) != (self.pos().x(), self.pos().y()):
            self.setPos(QPointF(*node.position))
        if self.toolTip():
            self.setToolTip(self._tooltip())
        self.update()

    def reshow(self) -> None:
        """Show the label and tooltip again (the current language changed)."""
        self._apply(self.node)
        if self.toolTip():
            self.setToolTip(self._tooltip())
        self.update()

    def _apply(self, node: Node) -> None:
        label = translated(node)
        self._rect, self._text_rect, shown = _laid_out(label)
        # drawn as shown: its lines balanced where Qt's wrapping would leave a word or a
        # character alone on the last line (对美国模型的未满足需 / 求), a broken word's hyphen,
        # a fourth line's ending elided; most labels are shown as written
        self._label = shown
        self._path = kind_path(node.kind, self._rect)
        # bounds on the C++ side: Qt asks for them thousands of times per frame
        self.setRect(self._rect.adjusted(-6, -6, 6, 6))

    def _tooltip(self) -> str:
        from html import escape  # on the first hover, not at start-up

        node = self.node
        kind = "restriction (lever)" if node.kind == "restriction" else node.kind
        scene = self.scene()
        group = group_name(scene.model, node.group) if scene is not None else node.group
        extra = f" \u00b7 {group}" if group else ""
        text = f"<b>{escape(translated(node))}</b><br>{kind}{escape(extra)}"
        if node.description:
            text += f"<br><i>{escape(translated(node, 'description')[:300])}</i>"
        return text

    # -- geometry ---------------------------------------------------------------------------

    @property
    def rect(self) -> QRectF:
        """The node's body in item coordinates (centred on 0, 0)."""
        return self._rect

    def shape(self) -> QPainterPath:
        return QPainterPath(self._path)

    # -- painting ---------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self.scene()  # colours, group palette and tints live in the scene
        colours = scene.colours
        lod = painter.worldTransform().m11()  # the view never rotates or shears
        selected = self.isSelected() and not scene.picture     # a picture shows no selection
        fill = scene.tint_of(self.node.id) or scene.palette.colour(self.node.group)
        if lod < LABEL_LOD:
            painter.fillPath(self._path, QColor(colours.selection) if selected else fill)
            return
        if self.highlighted and not scene.picture:
            painter.setPen(QPen(QColor(colours.highlight), 8))
            painter.setBrush(Qt.NoBrush)
            painter.drawPath(self._path)
        outline = QColor(colours.selection) if selected else QColor(colours.outline)
        paint_node_shape(painter, self.node.kind, self._path, fill, outline,
                         3.0 if selected else 1.2, lever=self.node.is_lever)
        view = widget.parent() if widget is not None else None
        if not (getattr(view, "labels_by_view", False)     # else a map label over or
                and self.node.id in view.map_labels.labelled):  # beside it shows its name
            painter.setFont(node_font())
            painter.setPen(QColor(colours.node_text))
            painter.drawText(self._text_rect, int(Qt.AlignCenter | Qt.TextWordWrap),
                             self._label)

    # -- interaction ------------------------------------------------------------------------

    def tooltip(self) -> str:
        """The node's tooltip (its whole name, kind, group and description), made on
        first asked: what hovering it, or its map label, shows."""
        if not self.toolTip():
            self.setToolTip(self._tooltip())
        return self.toolTip()

    def hoverEnterEvent(self, event) -> None:
        self.tooltip()
        super().hoverEnterEvent(event)

