"""Legends keep margins of their own (never over the map); the map stays fitted until the
user zooms or pans; pictures keep room for their legends."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication

from windtunnel.app.canvas import legend_size, paint_legend
from windtunnel.app.document import Document
from windtunnel.app.export import OVERLAY_ROOM, map_rect, picture_rect


def _viewport_rect(view) -> QRect:
    return view.viewport().geometry()


def test_the_group_legend_sits_beside_the_viewport(window):
    view = window.view
    window.extensions["analysis"].map_results.set_options(tints=False)   # group colours
    assert view.legend.isVisible()
    assert not view.legend.geometry().intersects(_viewport_rect(view))
    assert view.legend.width() >= legend_size(window.scene).width()
    window.toggle_legend(False)
    assert not view.legend.isVisible() and view.margin_rect("left").width() == 0


def test_a_view_too_narrow_for_the_group_legend_keeps_its_map(window, qtbot):
    """At a window's smallest the legend covered the whole map: a view that cannot leave
    the map half its width shows no legend (the map's pictures still do), and a wider one
    shows it again."""
    view = window.view
    window.extensions["analysis"].map_results.set_options(tints=False)   # group colours
    wide = view.width()
    legend_width = legend_size(window.scene).width() + 16
    assert view.legend.isVisible() and wide > 2 * legend_width
    view.resize(round(1.5 * legend_width), view.height())
    qtbot.waitUntil(lambda: not view.legend.isVisible())
    assert view.margin_rect("left").width() == 0
    assert _viewport_rect(view).left() == view.frameWidth()       # the map from the left
    assert view.group_legend_shown                      # pictures keep it
    view.resize(wide, view.height())
    qtbot.waitUntil(view.legend.isVisible)
    assert view.margin_rect("left").width() == round(legend_width)


def test_the_change_scale_takes_the_bottom_margin_and_the_group_legend_gives_way(window, qtbot):
    analysis = window.extensions["analysis"]
    qtbot.waitUntil(lambda: analysis.map_results.legend.isVisible())
    view, scale = window.view, analysis.map_results.legend
    assert not scale.geometry().intersects(_viewport_rect(view))
    assert not view.legend.isVisible()                  # tints colour the nodes now
    analysis.map_results.set_options(tints=False)
    assert not scale.isVisible() and view.legend.isVisible()
    assert view.margin_rect("bottom").height() == 0


def test_the_map_stays_fitted_until_the_user_zooms(window, qtbot):
    view = window.view
    view.fit()
    window.resize(900, 700)
    qtbot.waitUntil(lambda: view.mapFromScene(window.scene.nodes_bounding_rect()).boundingRect()
                    .intersects(view.viewport().rect()))
    QApplication.processEvents()
    nodes = view.mapFromScene(window.scene.nodes_bounding_rect()).boundingRect()
    assert view.viewport().rect().contains(nodes)
    view.zoom_in()
    assert not view.fitted
    zoom = view.zoom
    window.resize(1100, 760)
    QApplication.processEvents()
    assert view.zoom == zoom                            # the user's zoom is kept


def test_pictures_keep_room_for_their_legends(window):
    scene = window.scene
    legend = legend_size(scene)
    plain, room = map_rect(scene), picture_rect(scene, overlay=True)
    assert plain.left() - room.left() >= legend.width()
    assert room.bottom() - plain.bottom() >= OVERLAY_ROOM
    for item in scene.node_items.values():
        node = item.sceneBoundingRect()
        assert not QRectF(room.left(), room.top(), legend.width() + 10,
                          legend.height() + 10).intersects(node)


def test_a_picture_shows_the_group_legend_exactly_when_the_view_does(window, qtbot, tmp_path):
    """While results tint the nodes their group colours are not shown, so a picture of the
    map leaves the group legend out, as the view does (it listed colours that appeared
    nowhere in the picture); with the tints off it is back."""
    analysis = window.extensions["analysis"]
    qtbot.waitUntil(lambda: analysis.map_results.legend.isVisible())
    words = ("positive", "negative")                # the group legend's edge signs

    def exported(name):
        target = tmp_path / name
        window.ask_save_path = lambda title, suggested, filters: str(target)
        assert window.map_exporter.export("svg")
        return target.read_text(encoding="utf-8")

    assert not window.view.group_legend_shown
    assert not any(word in exported("tinted.svg") for word in words)
    analysis.map_results.set_options(tints=False)
    assert window.view.group_legend_shown
    assert all(word in exported("groups.svg") for word in words)


def test_the_legend_tells_the_kinds_apart_by_their_corners(window):
    """Each kind's glyph has the corners of a node on the map: the factor's box has square
    ones, the actor's pill and the restriction's octagon none (drawn at the glyph's small
    size, all three were one rounded bar)."""
    scene, zoom = window.scene, 4
    size = legend_size(scene)
    image = QImage(round(size.width() * zoom), round(size.height() * zoom),
                   QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.scale(zoom, zoom)
    paint_legend(painter, QPointF(0, 0), scene)
    painter.end()
    from windtunnel.app.canvas.legend import GLYPH_HEIGHT, _legend_font, _lines

    groups = len(scene.palette.entries())
    kinds = ("actor", "restriction", "factor")    # the legend's order; the small model has each
    line, kind_line = _lines(QFontMetricsF(_legend_font()))

    def corner_inked(row: int) -> bool:
        top = 5 + groups * line + row * kind_line + (kind_line - GLYPH_HEIGHT) / 2
        left = 8                                             # the glyph's top left corner
        pixel = image.pixelColor(round((left + 0.5) * zoom), round((top + 0.5) * zoom))
        return pixel.lightness() < 160

    inked = {kind: corner_inked(row) for row, kind in enumerate(kinds)}
    assert inked == {"actor": False, "restriction": False, "factor": True}


def test_the_legend_follows_what_a_new_map_has(window, qtbot):
    """Building a map from nothing: the legend appears with the first node (it waited for a
    reopening), lists a kind or a sign once the map has one, and drops the negative sign
    with the map's last negative edge (it kept listing it)."""
    from windtunnel.model import Model

    window.set_document(Document(Model()))
    view, editor = window.view, window.editor
    assert not view.group_legend_shown
    actor = editor.add_node((0, 0), kind="actor", label="Regulator")
    qtbot.waitUntil(view.legend.isVisible)
    lines = legend_size(window.scene).height()
    factor = editor.add_node((300, 0), kind="factor", label="Misuse risk")
    assert legend_size(window.scene).height() > lines          # "factor" listed
    with_kinds = legend_size(window.scene).height()
    editor.connect(actor, factor, weight=-0.5)
    with_negative = legend_size(window.scene).height()
    assert with_negative > with_kinds                       # "negative" listed
    editor.update("edge", (actor, factor), weight=0.5)
    assert legend_size(window.scene).height() == with_negative   # "positive" instead
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert legend_size(window.scene).height() == with_kinds
    qtbot.waitUntil(lambda: view.margin_rect("left").width()
                    >= legend_size(window.scene).width())


def test_actual_size_centres_on_the_selection(window, qtbot):
    """Ctrl+1 zoomed about the view's middle: a node selected on a zoomed-out map was then
    off-screen. With a selection it is now in the middle at 100 %."""
    view, scene = window.view, window.scene
    far = max(scene.node_items.values(), key=lambda item: item.sceneBoundingRect().right())
    view.set_zoom(0.3)
    view.centerOn(-2000, -2000)
    scene.select([far.node_id])
    window.actions.actual_size.trigger()
    middle = view.mapToScene(view.viewport().rect().center())
    assert abs(view.zoom - 1.0) < 1e-6
    assert (middle - far.sceneBoundingRect().center()).manhattanLength() <= 3   # pixels


def test_the_group_legend_lists_groups_in_counting_order(window):
    """Gephi's modularity classes read 1, 8, 6, 7, 2, 0, 3, 4, 5 (the order they first
    appear among the nodes): the legend lists them 0 to 8, their colours unchanged."""
    from pathlib import Path

    from windtunnel.app.canvas.legend import _legend_entries
    from windtunnel.io import import_model

    real = Path(__file__).parents[1] / "data" / "real" / "gephilite_les_miserables.gexf"
    model = import_model(real).model
    window.set_document(Document(model))
    names = [name for name, _ in _legend_entries(window.scene)[0]]
    firsts = list(dict.fromkeys(n.group for n in model.nodes if n.group))
    assert len(names) == len(firsts) > 3 and names != firsts
    assert [int(name.split()[-1]) for name in names] == sorted(
        int(name.split()[-1]) for name in names)
    colours = dict(window.scene.palette.entries())
    assert dict(_legend_entries(window.scene)[0]) == colours


def _drawn(image: QImage, x: int, y: int) -> bool:
    return QColor(image.pixel(x, y)).lightness() < 200


def test_the_legend_keys_each_kind_by_the_shape_its_nodes_have(qapp):
    """The legend's key to the kinds of node is their outline drawn as a node is
    (``paint_node_shape``), large enough to tell apart: at a line's height (10 pixels) the
    restriction's octagon read as the actor's pill. Each glyph is at least 16 pixels high,
    and the pill, the octagon and the box differ in their outlines' pixels."""
    from windtunnel.app.canvas import CanvasScene
    from windtunnel.app.canvas.legend import GLYPH_WIDTH
    from windtunnel.model import Model, Node

    scene = CanvasScene(Model.from_elements(nodes=[
        Node(kind, kind.title(), kind=kind, position=(200.0 * i, 0.0))
        for i, kind in enumerate(("actor", "restriction", "factor"))]))
    size = legend_size(scene)
    image = QImage(int(size.width()) + 4, int(size.height()) + 4, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing, True)
    paint_legend(painter, QPointF(0, 0), scene)
    painter.end()
    middle = 8 + round(GLYPH_WIDTH / 2)                 # each outline's top and bottom
    rows = [y for y in range(image.height()) if _drawn(image, middle, y)
            and not _drawn(image, middle, y - 1)]
    assert len(rows) == 6, rows                         # three glyphs, top and bottom each
    heights = [bottom - top + 1 for top, bottom in zip(rows[::2], rows[1::2])]
    assert min(heights) >= 16, heights
    height = min(heights)
    glyphs = [[[_drawn(image, x, top + y) for x in range(8, 8 + round(GLYPH_WIDTH))]
               for y in range(height)] for top in rows[::2]]

    def apart(one, other) -> int:
        return sum(a != b for row_a, row_b in zip(one, other) for a, b in zip(row_a, row_b))

    actor, restriction, factor = glyphs
    assert apart(actor, restriction) >= 10 and apart(restriction, factor) >= 10


def test_nodes_and_edges_are_filled_with_the_brush_of_their_colour(qapp):
    """``solid_brush``, which fills a node's body and an edge's arrow head, is the brush
    ``QBrush(colour)`` makes (the same colour, alpha included, solid, untransformed), made
    without weighing the gradient constructor (the first paint's test of unused types)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush

    from windtunnel.app.canvas.style import GROUP_COLOURS, NO_GROUP_COLOUR, solid_brush

    for name in (*GROUP_COLOURS, NO_GROUP_COLOUR, "#80d55e00", "#00000000"):
        colour = QColor(name)
        brush = solid_brush(colour)
        assert brush == QBrush(colour), name
        assert brush.style() == Qt.SolidPattern and brush.color().rgba() == colour.rgba()
