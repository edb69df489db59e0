"""Map labels: zoomed out, the view labels the most important nodes at a readable size."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication

from windtunnel.app.canvas import label_options, label_text, map_labels
from windtunnel.app.canvas.label_grid import Bodies
from windtunnel.app.canvas.label_places import (leader_ends, make_room, place_labels,
                                                rescue_labels, widen_labels)
from windtunnel.app.canvas.label_frame import NodesInFrame
from windtunnel.app.canvas.label_links import DOT_RADIUS, stub_ends
from windtunnel.app.canvas.laid_text import CentredText, text_height
from windtunnel.app.canvas.label_text import shown as _shown
from windtunnel.app.canvas.map_labels import MIN_LABEL_PX, node_label_px
from windtunnel.app.canvas.wrapping import widest_word, wrapped_lines
from windtunnel.app.files import open_document
from windtunnel.paths import bundled_model


def test_placement_keeps_the_first_box_and_every_later_one_that_fits():
    boxes = [QRectF(0, 0, 50, 20), QRectF(40, 5, 50, 20), QRectF(60, 0, 50, 20),
             QRectF(0, 21, 50, 20)]
    # the second overlaps the first; the third fits beside it; the fourth is 1 px below
    # the first, closer than the gap
    assert [i for i, _box in place_labels([[b] for b in boxes], gap=2.0)] == [0, 2]
    assert [i for i, _box in place_labels([[b] for b in boxes], gap=0.5)] == [0, 2, 3]


def test_a_label_that_does_not_fit_takes_its_next_place():
    first, crowded, free = QRectF(0, 0, 50, 20), QRectF(10, 5, 50, 20), QRectF(10, 40, 50, 20)
    assert place_labels([[first], [crowded, free]]) == [(0, first), (1, free)]


def _paint(window, qtbot):
    QApplication.processEvents()          # the zoom's own deferred work first
    window.view.viewport().grab()         # paints now, whether or not the screen shows it


def test_zoomed_out_the_view_labels_objectives_first_and_nodes_keep_no_tiny_text(window,
                                                                                 qtbot):
    view = window.view
    view.set_zoom(0.2)
    _paint(window, qtbot)
    assert node_label_px(view.zoom) < MIN_LABEL_PX
    assert view.labels_by_view
    shown = view.map_labels.shown
    assert shown[0] == "leak"                      # the objective's node comes first
    assert set(shown) <= {"ban", "leak", "lab"} and view.map_labels.pixel_size() >= MIN_LABEL_PX


def test_a_selected_node_is_labelled_before_the_objectives(window, qtbot):
    window.scene.select(nodes=["lab"])
    window.view.set_zoom(0.2)
    _paint(window, qtbot)
    assert window.view.map_labels.shown[0] == "lab"


def test_at_a_readable_zoom_nodes_label_themselves(window, qtbot):
    window.view.set_zoom(1.0)
    _paint(window, qtbot)
    assert not window.view.labels_by_view and window.view.map_labels.shown == []


def _ink(image: QImage) -> int:
    """How many pixels of ``image`` are as dark as node text."""
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).lightness() < 90)


def test_pictures_of_the_scene_keep_the_nodes_own_labels(window, qtbot):
    """The view's choice never reaches a picture: rendering the scene draws labels."""
    window.view.set_zoom(0.3)        # map labels on, the scene not in its overview mode
    _paint(window, qtbot)
    assert window.view.labels_by_view and not window.scene.overview
    scene = window.scene
    item = scene.node_items["leak"]
    source = item.sceneBoundingRect()
    image = QImage(int(source.width()), int(source.height()), QImage.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    assert _ink(image) > 40     # the label's glyphs (the grey outline is lighter)


def test_another_document_in_the_window_gets_labels_of_its_own(window, qtbot):
    """The label order belongs to one model: a new document (same revision count) in the
    same window is labelled by its own nodes."""
    from windtunnel.app.document import Document
    from windtunnel.model import Model, Node

    window.view.set_zoom(0.2)
    _paint(window, qtbot)
    other = Model.from_elements(title="Other", nodes=[Node("stay-home", "Stay home")])
    window.set_document(Document(other))
    window.view.set_zoom(0.2)
    _paint(window, qtbot)
    assert window.view.map_labels.shown == ["stay-home"]


def test_a_repaint_that_only_changes_colours_keeps_the_placement(window, qtbot):
    """Tints change (a lever drag): the labels are not placed nor laid out again; a moved
    node or another zoom places them again."""
    view, scene = window.view, window.scene
    view.set_zoom(0.2)
    _paint(window, qtbot)
    labels = view.map_labels
    placed = labels.placed
    assert placed and labels.shown
    laid = [label.laid for label in placed]
    assert None not in laid                             # laid out on the first paint
    scene.set_tints({node_id: QColor("#d55e00") for node_id in scene.node_items})
    _paint(window, qtbot)
    assert labels.placed is placed                      # the same placement, repainted
    assert all(label.laid is text for label, text in zip(placed, laid))   # nor laid out
    first = placed[0]
    item = scene.node_items[first.node_id]
    item.setPos(item.pos() + QPointF(40, 0))
    _paint(window, qtbot)
    assert labels.placed is not placed
    moved = next(label for label in labels.placed if label.node_id == first.node_id)
    assert moved.box != first.box                       # placed for where it is now
    placed = labels.placed
    view.set_zoom(0.25)
    _paint(window, qtbot)
    assert labels.placed is not placed


def _always_elided(label, font, metrics, width, limit=2, _breaks=None):
    """A label as shown, every line passed through Qt's eliding and then measured (what a
    line that fits skips), wrapped afresh (not by the caller's breaks)."""
    lines = wrapped_lines(" ".join(label.split()), font, width, limit,
                          lambda rest: metrics.elidedText(rest, Qt.ElideRight, width))
    lines = [metrics.elidedText(line, Qt.ElideRight, width) for line in lines]
    return ("\n".join(lines), max(metrics.horizontalAdvance(line) for line in lines),
            len(lines))


def test_a_label_is_shown_as_if_every_line_were_elided(qapp):
    """Every length from one character to past two lines, in Latin and Chinese, at the
    sizes map labels take: measuring each line once gives what eliding every line gives."""
    for size in (11, 14, 22):
        font = QFont()
        font.setPixelSize(size)
        metrics = QFontMetricsF(font)
        width = metrics.averageCharWidth() * 15
        for sentence in ("Export controls on dual use research equipment and its software",
                         "出口管制与两用研究设备及其软件的关系很复杂",
                         "Anexceptionallylongwordwithoutanyspacesinitatall and more"):
            for end in range(1, len(sentence) + 1):
                label = sentence[:end]
                assert _shown(label, font, metrics, width) == \
                    _always_elided(label, font, metrics, width), (size, label)


def test_the_bundled_models_labels_paint_the_same_pixels_as_elided_ones(window, qtbot,
                                                                        monkeypatch):
    """The fitted bundled model, its labels shown the quick way and then with every line
    elided: the same picture."""
    window.set_document(open_document(bundled_model())[0])
    window.view.fit()
    _paint(window, qtbot)
    labels = window.view.map_labels
    assert window.view.labels_by_view and labels.shown
    quick = window.view.viewport().grab().toImage()
    monkeypatch.setattr(label_text, "shown", _always_elided)
    labels._variants.clear()
    labels._placed_key = None
    elided = window.view.viewport().grab().toImage()
    assert quick == elided



def _crowded(window):
    """A window on sixteen nodes in a tight grid (their labels cannot all sit over them)
    at a medium zoom: nodes drawn with their frames, labels by the view."""
    from windtunnel.app.canvas.node_item import LABEL_LOD
    from windtunnel.app.document import Document
    from windtunnel.model import Model, Node

    nodes = [Node(f"n{row}{column}", f"Factor {row}-{column} of the map",
                  position=(column * 170.0, row * 60.0))
             for row in range(4) for column in range(4)]
    nodes.append(Node("far", "Far away", position=(3000.0, 2000.0)))   # room to scroll
    window.set_document(Document(Model.from_elements(title="Crowded", nodes=nodes)))
    view = window.view
    view.set_zoom(0.5)
    view.centerOn(255.0, 90.0)                      # the grid's middle
    view.settle()
    assert view.zoom >= LABEL_LOD and node_label_px(view.zoom) < MIN_LABEL_PX
    return view


def _marks(image: QImage) -> int:
    """How many pixels of ``image`` are well darker than a node's fill: small text, drawn
    in greys by its antialiasing, is seldom as dark as :func:`_ink` asks."""
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).lightness() < 170)


def _marks_off(image: QImage, area, stub) -> int:
    """:func:`_marks` in ``area`` of ``image``, but for those near the ``stub`` (its ends)
    that joins a label beside its node to the node's body, and its dot."""
    (x0, y0), (x1, y1) = stub[0].toTuple(), stub[1].toTuple()
    reach = DOT_RADIUS + 2

    def near(x: int, y: int) -> bool:
        length = max((x1 - x0) ** 2 + (y1 - y0) ** 2, 1e-9)
        along = min(max(((x - x0) * (x1 - x0) + (y - y0) * (y1 - y0)) / length, 0.0), 1.0)
        return ((x0 + along * (x1 - x0) - x) ** 2
                + (y0 + along * (y1 - y0) - y) ** 2) <= reach ** 2

    return sum(1 for y in range(area.top(), area.bottom() + 1)
               for x in range(area.left(), area.right() + 1)
               if image.pixelColor(x, y).lightness() < 170 and not near(x, y))


def _body(view, node_id: str) -> QRectF:
    item = view.scene().node_items[node_id]
    return QRectF(view.mapFromScene(item.mapRectToScene(item.rect)).boundingRect())


def test_a_node_whose_label_sits_beside_it_shows_its_name_once_in_the_label(window, qtbot,
                                                                            monkeypatch):
    """A node labelled beside it showed its name twice: large in the label, small in its
    box. The box now paints no text; the label beside it names it, and a label over its
    node still shows one frame and one text. (Names are not shortened here, so that the
    crowded grid's labels must sit beside their nodes.)"""
    monkeypatch.setattr(label_options, "shortened", label_text.roomiest)
    view = _crowded(window)
    _paint(window, qtbot)
    labels = view.map_labels
    image = view.viewport().grab().toImage()
    beside = [node_id for node_id in view.scene().node_items
              if labels.box_of(node_id) is not None
              and not labels.labels_near(_body(view, node_id))]
    assert len(beside) >= 4            # crowded out of their nodes, placed beside them
    for node_id in beside:
        body = _body(view, node_id)
        inner = body.adjusted(5, 5, -5, -5).toRect()
        label = next(label for label in labels.placed if label.node_id == node_id)
        stub = (stub_ends(label.box, body) if label.leader is None   # or the leader
                else (body.center(), leader_ends(label.box, label.leader)[0]))  # line's end
        assert _marks_off(image, inner, stub) == 0, f"{node_id}: its name in the box too"
        assert _marks(image.copy(labels.box_of(node_id).adjusted(2, 2, -2, -2).toRect())) > 30
    assert set(labels.labelled) == {label.node_id for label in labels.placed}


def test_a_label_beside_its_node_is_joined_to_its_body(window, qtbot, monkeypatch):
    """Where bodies crowd, a label sat beside its node's small tinted body with nothing
    joining them, so a room guessed which body "US-C…" named. A label not over its node
    is now joined to it: beside it by a stub into the body's middle ending in a dot, a
    little way off by a leader line on into the body's middle, ending in a dot too (the
    body read as an empty label with the line stopping at its edge)."""
    monkeypatch.setattr(label_options, "shortened", label_text.roomiest)
    view = _crowded(window)
    _paint(window, qtbot)
    labels = view.map_labels
    image = view.viewport().grab().toImage()
    beside = [label for label in labels.placed if not label.box.intersects(
        _body(view, label.node_id))]
    assert len(beside) >= 4
    for label in beside:
        body = _body(view, label.node_id)
        joined = label.leader or label.beside   # the body as the labels' frame holds it,
        assert all(abs(a - b) <= 1 for a, b in zip(joined.getRect(), body.getRect())), \
            (label.node_id, joined, body)      # within the pixel it is rounded to
        if not any(other.box.intersects(body) for other in labels.placed):
            centre = body.center().toPoint()  # the dot, dark on the body's light fill
            assert _marks(image.copy(centre.x() - 1, centre.y() - 1, 3, 3)) == 9, \
                label.node_id
    for label in labels.placed:          # a label over its node has no line at all
        if label.box.intersects(_body(view, label.node_id)):
            assert label.leader is None and label.beside is None


def test_a_node_left_without_a_label_shows_its_own_text(window, qtbot):
    """A node whose centre is just out of view gets no map label: the part of it in view
    shows its text, not part of an empty box."""
    view = _crowded(window)
    _paint(window, qtbot)
    body = _body(view, "n00")
    view.pan(body.center().x() + 8, 0)       # its centre 8 pixels left of the view
    view.settle()
    _paint(window, qtbot)
    body = _body(view, "n00")
    assert body.center().x() < 0 < body.right()
    assert view.map_labels.box_of("n00") is None
    visible = body.intersected(QRectF(view.viewport().rect())).adjusted(0, 5, -5, -5)
    assert _marks(view.viewport().grab().toImage().copy(visible.toRect())) > 10


def test_the_nodes_the_results_ask_for_are_labelled_right_after_the_objectives(window, qtbot):
    # the levers a scenario sets come before the other levers (ban is the small model's
    # lever; lab is asked for here to show the order is the one given)
    window.view.set_zoom(0.2)
    window.scene.set_labelled_first(("lab",))
    _paint(window, qtbot)
    assert window.view.map_labels.shown[:2] == ["leak", "lab"]
    window.scene.set_labelled_first(())
    _paint(window, qtbot)
    assert window.view.map_labels.shown[:2] == ["leak", "ban"]


def test_a_long_name_takes_the_room_it_needs_before_it_is_cut(qapp):
    """Two lines of the usual width cut "Geofencing & loophole closing" (its second line is
    wider); a label a little wider, or a third line, shows the name whole, and a katakana
    word a little wider than the usual width widens the label rather than break."""
    font = QFont()
    font.setPixelSize(22)
    metrics = QFontMetricsF(font)
    width = metrics.averageCharWidth() * label_text.WIDTH_EM
    for name in ("Geofencing & loophole closing", "Foreign-national access ban",
                 "Security research capacity", "Friction for legitimate users"):
        text, text_width = label_text.roomiest(name, font, metrics, width)
        assert text.replace("\n", " ") == name and text.count("\n") <= 2, text
        assert text_width <= 1.25 * width
    word = "ジオフェンシング"
    long_word = widest_word(word + "と抜け穴封じ", font)
    narrow = long_word / 1.1                     # the word a tenth wider than the label
    text, _width = label_text.roomiest(word + "と抜け穴封じ", font, metrics, narrow)
    assert word in text.split("\n"), text
    assert "\u2026" in label_text.roomiest("word " * 40, font, metrics, width)[0]


def test_a_node_just_added_keeps_its_label_on_the_fitted_map_once_deselected(window, qtbot):
    """On the bundled map fitted to a laptop, a factor just added (one edge: the least
    connected of 42 nodes) lost its name as soon as an edge was drawn from it and selected:
    an unnamed box. The nodes just added or renamed are named right after the selection."""
    from windtunnel.app.document import Document
    from windtunnel.model import Edge, Node, load

    window.set_document(Document(load(bundled_model())))
    view = window.view
    view.fit()
    view.settle()
    model = window.document.model
    centre = model.node("restricted-access").position
    model.add_node(Node("new-factor", "Chip smuggling",
                        position=(centre[0] + 40.0, centre[1] + 30.0)))
    model.add_edge(Edge("new-factor", "misuse-risk", 0.4))
    window.scene.select(edges=[("new-factor", "misuse-risk")])
    _paint(window, qtbot)
    assert node_label_px(view.zoom) < MIN_LABEL_PX and view.labels_by_view
    assert "new-factor" in view.map_labels.labelled
    assert window.scene.recent_nodes[0] == "new-factor"
    model.remove_node("new-factor")
    assert "new-factor" not in window.scene.recent_nodes


def test_where_whole_names_crowd_every_node_is_named_on_a_short_line(window, qtbot):
    """On a crowded grid the whole names left nodes unlabelled (tinted shapes a room cannot
    read): every node in view now has a label, its name on one short line cut with an
    ellipsis where the whole name finds no room, and whole where it does."""
    view = _crowded(window)
    _paint(window, qtbot)
    labels = view.map_labels
    names = {node_id: item.node.label for node_id, item in view.scene().node_items.items()}
    in_view = {label.node_id for label in labels.placed} | {
        node_id for node_id in names if node_id != "far"}
    assert {label.node_id for label in labels.placed} == in_view
    texts = {label.node_id: label.text for label in labels.placed}
    short = {node_id for node_id, text in texts.items() if text.endswith("\u2026")}
    assert short and len(short) < len(texts)       # cut only where the whole name is crowded
    for node_id, text in texts.items():
        whole = "".join(names[node_id].split())
        assert "".join(text.split()) == whole or (
            "\n" not in text and whole.startswith("".join(text[:-1].split()))
            and len(text) >= 5), text


def test_shortened_labels_are_widened_back_where_their_whole_name_fits():
    """The first round names every node on a short line; a label whose whole name has room
    beside the others then takes it, in priority order."""
    short_a, whole_a = QRectF(0, 0, 40, 16), QRectF(-20, -8, 80, 32)
    short_b, whole_b = QRectF(100, 0, 40, 16), QRectF(50, -8, 80, 32)
    placed = place_labels([[short_a], [short_b]])
    assert widen_labels(placed, {0: [whole_a], 1: [whole_b]}) == [(0, whole_a), (1, short_b)]


def test_a_label_left_out_is_placed_nearby_clear_of_labels_and_nodes():
    """A node hemmed in by other labels gets its label a little way off (joined by a
    leader line), the nearest place that covers no node and meets no label."""
    body = QRectF(100, 100, 40, 12)
    box = QRectF(95, 97, 50, 18)                       # its label, over it
    around = [QRectF(x, y, 60, 22) for x, y in ((90, 70), (90, 116), (40, 95), (150, 95))]
    placed = [(index, place) for index, place in enumerate(around)]
    rescued = rescue_labels(placed, [(9, box, body)], QRectF(0, 0, 400, 400),
                            Bodies([body]), gap=2.0)
    assert len(rescued) == 1 and rescued[0][0] == 9
    place = rescued[0][1]
    assert not place.intersects(body)
    assert not any(place.adjusted(-2, -2, 2, 2).intersects(other) for other in around)
    assert place.size() == box.size()
    hemmed = QRectF(0, 0, 400, 400)
    assert rescue_labels([(0, hemmed)], [(9, box, body)], hemmed, Bodies([body])) == []



def test_a_hemmed_in_node_is_named_by_shortening_the_whole_name_beside_it():
    """A node whose every place meets an objective's whole name (and whose leader line
    found no room) takes its place once that name moves to a place of its short name;
    a blocker without a shorter name is left alone."""
    objective_whole, objective_short = QRectF(0, 0, 110, 32), QRectF(60, 0, 50, 18)
    hemmed = QRectF(0, 33, 50, 18)                  # its only place, under the whole name
    placed = [(0, objective_whole)]
    shorter = {0: [QRectF(0, 20, 50, 18), objective_short]}   # the first meets it
    assert make_room(placed, [(1, [hemmed])], lambda index, _box: shorter[index]) == \
        [(0, objective_short), (1, hemmed)]
    assert make_room(placed, [(1, [hemmed])], lambda index, _box: []) == placed


def test_a_labels_height_is_measured_without_a_layout_as_a_layout_gives_it(qapp):
    """A placement measures every node's name; the height comes from the font's ascent
    and descent when the font holds every character, and equals the laid-out text's,
    Latin or (through the fallback font) Chinese and Japanese, on one line or three."""
    for pixels in (11, 13, 22):
        font = QFont()
        font.setPixelSize(pixels)
        metrics = QFontMetricsF(font)
        for text in ("Share\u2026", "Shared safety\nstandards", "a\nb\nc",
                     "\u4e2d\u56fd\u81ea\u4e3b\n\u53ef\u63a7", "\u30b8\u30aa\u30d5\u30a7\u30f3"):
            assert text_height(text, font, metrics) == CentredText(text, font).height, text


def test_a_name_no_label_shows_is_not_wrapped(window, qtbot, monkeypatch):
    """A placement measures every node's short name, but wraps a whole name only for a
    node it names (placed short, a whole name may have room) or one that must be named
    whole: in a small window most nodes go unnamed, and wrapping their whole names was
    most of what the labels cost the first paint."""
    wrapped = []

    def counted(label, *args):
        wrapped.append(label)
        return label_text.roomiest(label, *args)

    monkeypatch.setattr(label_options, "roomiest", counted)
    window.set_document(open_document(bundled_model())[0])
    window.resize(640, 480)
    QApplication.processEvents()
    window.view.fit()
    _paint(window, qtbot)
    labels = window.view.map_labels
    labels._variants.clear()                       # this view's placement, from scratch
    labels._nodes, labels._placed_key = NodesInFrame(window.view, 3200), None
    wrapped.clear()
    _paint(window, qtbot)
    scene = window.scene
    named = {label.node_id for label in labels.placed}
    assert window.view.labels_by_view and len(named) < len(scene.node_items)
    must = {objective.node for objective in scene.model.objectives} | set(
        scene.labelled_first) | set(scene.recent_nodes) | set(scene.selected_node_ids())
    assert wrapped and set(wrapped) <= {
        scene.node_items[node_id].node.label for node_id in named | must}


def test_a_label_over_its_node_has_the_node_s_shape(window, qtbot, monkeypatch):
    """A labelled node is its node drawn larger: its box has the node's shape, drawn by
    the function that draws the nodes and the legend's key, not one rounded box for every
    kind (the restriction's octagon and the actor's pill showed as the factor's box, the
    legend beside them showing the shapes)."""
    from windtunnel.app.canvas import label_links
    from windtunnel.app.canvas.style import kind_path

    drawn = []
    paint = label_links.paint_node_shape
    monkeypatch.setattr(label_links, "paint_node_shape", lambda painter, kind, path, *args,
                        **kwargs: drawn.append((kind, path)) or paint(painter, kind, path,
                                                                      *args, **kwargs))
    view = window.view
    view.set_zoom(0.3)
    _paint(window, qtbot)
    image = view.viewport().grab().toImage()
    scale = image.width() / view.viewport().width()
    background = image.pixelColor(2, 2).lightness()
    model = window.document.model
    on_their_nodes = {label.node_id: label.box for label in view.map_labels.placed
                      if label.leader is None and label.beside is None}
    kinds = {model.node(node_id).kind: box for node_id, box in on_their_nodes.items()}
    assert set(kinds) == {"actor", "restriction", "factor"}, kinds
    assert all((kind, kind_path(kind, box)) in drawn for kind, box in kinds.items())

    def corner_ink(box) -> int:
        """The pixels of the box's top left 4 x 4 corner drawn on: a box's rounded corner
        fills more of it than a pill's or an octagon's cut one."""
        left, top = round(box.left() * scale), round(box.top() * scale)
        return sum(abs(image.pixelColor(left + x, top + y).lightness() - background) > 12
                   for x in range(4) for y in range(4))

    ink = {kind: corner_ink(box) for kind, box in kinds.items()}
    assert max(ink["actor"], ink["restriction"]) < ink["factor"], ink
