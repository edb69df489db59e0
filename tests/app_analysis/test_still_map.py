"""The map stays where it is while the user adds a scenario or a node: neither the change
scale's margin nor a scene rectangle that grows moves what the view shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest

from .conftest import settle


class ViewportSizes(QObject):
    """Records every size the view's viewport takes (a margin given back and taken again
    shows as two resizes)."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.sizes: list[tuple[int, int]] = []
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Resize:
            self.sizes.append(event.size().toTuple())
        return False


def _shown(view):
    return view.mapToScene(view.viewport().rect()).boundingRect().getRect()


def test_adding_a_scenario_leaves_the_map_still(bundled, qtbot):
    window, analysis = bundled
    view = window.view
    analysis.session.set_scenario(analysis.controller.model.scenarios[0].id)
    settle(qtbot, analysis)
    assert analysis.map_results.legend.isVisible()       # the scale shows the change
    before, resizes = _shown(view), ViewportSizes(view)
    analysis.scenarios_panel.add()
    settle(qtbot, analysis)
    assert analysis.session.scenario_id == analysis.controller.model.scenarios[-1].id
    assert resizes.sizes == []           # the scale kept its margin while the run came
    assert _shown(view) == before


def test_adding_a_node_leaves_the_map_still(bundled, qtbot):
    """The new node goes where the view has room; the scene's rectangle grows around it,
    and the view (fitted, its scene narrower than the viewport) does not centre it again."""
    window, analysis = bundled
    view = window.view
    before, area = _shown(view), window.scene.sceneRect()
    count = len(window.document.model.nodes)
    window.add_node("actor")
    assert window.namer.isVisible()
    QTest.keyClicks(window.namer, "Cloud resellers")
    QTest.keyClick(window.namer, Qt.Key_Return)
    settle(qtbot, analysis)
    assert len(window.document.model.nodes) == count + 1
    assert window.scene.sceneRect() != area            # the scene grew around the node
    assert _shown(view) == before


def _nodes_on_screen(window):
    """Where the map's nodes are in the window, and the zoom."""
    view = window.view
    nodes = view.mapFromScene(window.scene.nodes_bounding_rect()).boundingRect()
    return nodes.translated(view.viewport().mapTo(window, nodes.topLeft())
                            - nodes.topLeft()).getRect(), round(view.zoom, 6)


def test_the_first_scenario_gives_the_map_the_group_legends_room_at_its_zoom(bundled, qtbot):
    """With no scenario the group legend takes the view's left margin; the first scenario
    tints the nodes, so the change scale takes the bottom margin instead. The map, fitted,
    was fitted again (it grew by half and moved under the user), then kept still beside an
    empty strip where the legend had been. It keeps its zoom, every node in view, and
    takes the room: centred in the viewport."""
    window, analysis = bundled
    view, panel = window.view, analysis.scenarios_panel
    while analysis.controller.model.scenarios:
        analysis.session.set_scenario(analysis.controller.model.scenarios[0].id)
        panel.delete()
        settle(qtbot, analysis)
    qtbot.waitUntil(lambda: view.legend.isVisible())        # the group legend's margin
    assert view.fitted and view.margin_rect("left").width() > 0
    legend = view.margin_rect("left").width()
    before = _nodes_on_screen(window)
    panel.add()
    settle(qtbot, analysis)
    qtbot.waitUntil(lambda: analysis.map_results.legend.isVisible())
    assert view.margin_rect("left").width() == 0 and view.margin_rect("bottom").height() > 0
    after = _nodes_on_screen(window)
    assert after[1] == before[1]                                   # the same zoom
    (x, _, width, _), (old_x, _, old_width, _) = after[0], before[0]
    assert width == old_width and x < old_x - legend / 3, (before, after)   # moved into it
    shown = view.mapFromScene(window.scene.nodes_bounding_rect()).boundingRect()
    assert view.viewport().rect().adjusted(-1, -1, 1, 1).contains(shown)
    centre, middle = shown.center(), view.viewport().rect().center()
    assert abs(centre.x() - middle.x()) <= 1 and abs(centre.y() - middle.y()) <= 1
