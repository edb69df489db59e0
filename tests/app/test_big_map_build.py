"""A big map read on the worker is made into the window's views between event-loop turns:
the window answers meanwhile, shows the map only complete, and Cancel or closing the
window leaves the open document as it was."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from windtunnel.app.document import Document
from windtunnel.app.workers import SteppedTask
from windtunnel.model import Node, save

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from canvas_models import big_model, wordy_model  # noqa: E402


@pytest.fixture
def reading(window, monkeypatch):
    """The window reads every model on its worker (as it reads one over 1 MB)."""
    monkeypatch.setattr("windtunnel.app.files.READ_AT_ONCE_BYTES", 0)
    window.background_reads = True
    return window


@pytest.fixture
def big_file(tmp_path):
    """A map of 2,000 nodes and 6,000 edges (0.8 MB), more than the window shows at once."""
    save(big_model(), tmp_path / "big.wtm")
    return tmp_path / "big.wtm"


def _building(window) -> bool:
    return isinstance(window.tasks.task, SteppedTask)


def _turns_while_building(window, qtbot, timeout=60_000):
    """Open nothing; count the event-loop turns (a zero-interval timer's) while the window
    builds the views of the model it has read, until the build ends; return them and
    what the window showed at each: (document, whether it is the old one)."""
    seen = []
    timer = QTimer(interval=0)
    timer.timeout.connect(lambda: seen.append((_building(window), window.document)))
    timer.start()
    qtbot.waitUntil(lambda: window.tasks.task is None, timeout=timeout)
    timer.stop()
    return [document for building, document in seen if building]


def test_a_big_map_is_built_while_the_event_loop_turns_and_shown_complete(
        reading, big_file, qtbot):
    window = reading
    window.set_document(Document())
    old = window.document
    assert window.open_file(str(big_file))
    qtbot.waitUntil(lambda: _building(window), timeout=30_000)
    assert window.task_bar.isVisibleTo(window) and "big.wtm" in window.task_bar.label.text()
    shown_meanwhile = _turns_while_building(window, qtbot)
    assert len(shown_meanwhile) >= 5                   # the window answered between steps
    assert all(document is old for document in shown_meanwhile)    # never half a map
    assert window.document.path == big_file.resolve()
    scene, model = window.scene, window.document.model
    assert len(scene.node_items) == 2000 and len(scene.edge_items) == 6000
    assert scene.built and not window.document.modified
    assert window.view.scene() is scene and scene.parent() is window
    rows = window.outline.visible_labels()
    window.outline.rebuild()                               # the rows a model's edit makes
    assert window.outline.visible_labels() == rows and len(rows) > 2000
    qtbot.waitUntil(lambda: not scene.edge_layer._unfiled, timeout=30_000)  # filed in turns
    model.move_nodes({"n0": (-500.0, -500.0)})             # the scene follows the model
    assert scene.node_items["n0"].pos().toTuple() == (-500.0, -500.0)


def test_cancel_during_the_build_keeps_the_open_document(reading, big_file, qtbot):
    window = reading
    window.editor.add_node((5.0, 5.0))                     # unsaved work
    before, model = window.document, window.document.model.copy()
    assert window.open_file(str(big_file))
    qtbot.waitUntil(lambda: _building(window), timeout=30_000)
    QApplication.processEvents()                           # a step or two made
    window.task_bar.cancel_button.click()
    qtbot.waitUntil(lambda: window.tasks.task is None, timeout=10_000)
    for _ in range(5):
        QApplication.processEvents()
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.document is before and window.document.model == model
    assert window.scene.model is before.model and len(window.scene.node_items) == 4
    assert len(window.workspace.windows) == 1


def test_closing_the_window_during_the_build_opens_nothing(reading, big_file, qtbot):
    window = reading
    workspace = window.workspace
    window.editor.add_node((5.0, 5.0))
    model = window.document.model
    assert window.open_file(str(big_file))
    qtbot.waitUntil(lambda: _building(window), timeout=30_000)
    window.ask_save_changes = lambda: "discard"
    assert window.close()
    for _ in range(20):
        QApplication.processEvents()
    assert window not in workspace.windows
    assert not any(w.document.path == big_file.resolve() for w in workspace.windows)
    assert len(model.nodes) == 4                           # the model let go as it was


def _opened(window, path, qtbot) -> Document:
    """Open the big file ``path`` in ``window`` and return its document once shown."""
    window.set_document(Document())                        # pristine: the file opens here
    assert window.open_file(str(path))
    qtbot.waitUntil(lambda: window.document.path == path.resolve(), timeout=60_000)
    qtbot.waitUntil(lambda: window.tasks.task is None, timeout=30_000)
    return window.document


def test_a_big_map_reloaded_is_read_and_built_in_turns_the_old_one_shown_meanwhile(
        reading, big_file, qtbot):
    window = reading
    old = _opened(window, big_file, qtbot)
    changed = big_model()
    changed.add_node(Node("outside", "Edited outside", position=(9.0, 9.0)))
    asked = []
    window.ask_reload = lambda path: asked.append(path) or True
    save(changed, big_file, backup=False)                  # another program writes the file
    qtbot.waitUntil(lambda: bool(asked), timeout=15_000)
    assert window.document is old and window.tasks.task is not None   # read on the worker
    qtbot.waitUntil(lambda: _building(window), timeout=30_000)
    assert "big.wtm" in window.task_bar.label.text()
    shown_meanwhile = _turns_while_building(window, qtbot)
    assert len(shown_meanwhile) >= 5 and all(document is old for document in shown_meanwhile)
    assert window.document is not old and window.document.path == big_file.resolve()
    assert window.document.model.node("outside") is not None
    assert len(window.scene.node_items) == 2001 and window.scene.built
    assert "Edited outside" in window.outline.visible_labels()


def test_a_big_template_is_built_in_turns_and_cancel_opens_nothing(reading, big_file, qtbot):
    window = reading
    window.editor.add_node((5.0, 5.0))                     # unsaved work: opens beside it
    before = window.document
    window.new_from_template(big_file)
    assert _building(window) and window.document is before
    window.task_bar.cancel_button.click()
    qtbot.waitUntil(lambda: window.tasks.task is None, timeout=10_000)
    assert "cancelled" in window.statusBar().currentMessage()
    assert len(window.workspace.windows) == 1 and window.document is before
    window.new_from_template(big_file)
    shown_meanwhile = _turns_while_building(window, qtbot)
    assert len(shown_meanwhile) >= 5 and all(document is before for document in shown_meanwhile)
    new = window.workspace.windows[-1]
    assert new is not window and new.document.path is None and not new.document.modified
    assert len(new.scene.node_items) == 2000 and new.scene.built


@pytest.mark.slow
def test_a_60_mb_map_opens_with_the_event_loop_turning_from_read_to_paint(window, tmp_path,
                                                                         qtbot):
    """The real size: between Open and the map's first paint the window's event loop
    turns at least every half second or so, counted in turns, not timed: the work after
    the read is done in at least as many steps as the seconds it took before."""
    path = tmp_path / "wordy.wtm"
    save(wordy_model(60, nodes=10_000, edges=40_000), path)
    window.set_document(Document())
    window.background_reads = True
    turns = []
    timer = QTimer(interval=0)
    timer.timeout.connect(lambda: turns.append(_building(window)))
    timer.start()
    assert window.open_file(str(path))
    qtbot.waitUntil(lambda: window.document.path is not None, timeout=180_000)
    timer.stop()
    assert turns.count(True) >= 40
    assert len(window.scene.edge_items) == 40_000 and window.scene.built


def test_edges_filed_in_turns_are_found_by_a_paint_before_their_turn(qapp, qtbot):
    """While a big map's edges are filed a slice per turn, a paint (the user zoomed in at
    once) files only the edges near what it paints, and finds the very edges it would
    have found with every edge filed."""
    from PySide6.QtCore import QRectF

    from windtunnel.app.canvas import CanvasScene

    model = big_model()
    scene, everything = CanvasScene(model), CanvasScene(model)
    layer = scene.edge_layer
    area = QRectF(1000, 1000, 800, 500)
    scene.file_edges_in_turns()
    assert layer.filed_in_turns
    found = [item.key for item in layer.edges_in(area)]
    assert 0 < len(found) and 0 < len(layer._unfiled) < 6000 - len(found)  # not all filed
    assert found == [item.key for item in everything.edge_layer.edges_in(area)]
    qtbot.waitUntil(lambda: not layer.filed_in_turns, timeout=30_000)
    assert not layer._unfiled
    assert found == [item.key for item in layer.edges_in(area)]


@pytest.fixture
def english_afterwards(qapp):
    yield
    from windtunnel.app.translations import apply_language

    apply_language("en")


def _big_map_in_two_languages(window):
    """The window on a big map whose first node has a Japanese label; return its document."""
    from windtunnel.model import with_text

    model = big_model()
    first = model.nodes[0]
    model.update_node(first.id, translations=with_text(first, "label", "最初のノード",
                                                       "ja").translations)
    window.set_document(Document(model))
    return window.document


def _switching(window, tag: str) -> list:
    """Choose ``tag`` in View > Language; count the turns while the window makes its views
    in it, and what the workspace showed at each (its windows, the language)."""
    from windtunnel import language

    workspace = window.workspace
    window.actions.languages[tag].trigger()
    assert _building(window)
    seen = []
    timer = QTimer(interval=0)
    timer.timeout.connect(lambda: seen.append((list(workspace.windows), language.current())))
    timer.start()
    return seen, timer


def test_a_language_switch_on_a_big_map_builds_in_turns_the_old_window_shown_meanwhile(
        window, qtbot, english_afterwards):
    from windtunnel import language
    from windtunnel.app.canvas import CanvasScene
    from windtunnel.model import translated

    workspace = window.workspace
    document = _big_map_in_two_languages(window)
    seen, timer = _switching(window, "ja")
    assert "日本語" in window.task_bar.label.text()
    qtbot.waitUntil(lambda: workspace.windows[0] is not window, timeout=60_000)
    timer.stop()
    meanwhile = [shown for shown in seen if shown[0] == [window]]
    assert len(meanwhile) >= 5 and all(tag == "en" for _, tag in meanwhile)
    new = workspace.windows[0]
    assert language.current() == "ja" and workspace.preferences.language == "ja"
    assert new.document is document and new.scene.built
    assert len(new.scene.node_items) == 2000 and len(new.scene.edge_items) == 6000
    at_once = CanvasScene(document.model)                  # made in the new language
    assert ([item._label for item in new.scene.node_items.values()]
            == [at_once.node_items[i]._label for i in new.scene.node_items])
    def texts(outline):
        return [(key, row.text()) for key, row in outline._rows.items()]

    rows = texts(new.outline)
    new.outline.rebuild()                                  # made at once in the language
    assert texts(new.outline) == rows
    assert new.outline._rows[("kind", "actor")].text().startswith("アクター")
    assert translated(document.model.nodes[0]) == "最初のノード"
    assert "最初のノード" in new.outline.visible_labels()


def test_cancelling_a_language_switch_on_a_big_map_keeps_the_old_language(
        window, qtbot, english_afterwards):
    from windtunnel import language

    workspace = window.workspace
    document = _big_map_in_two_languages(window)
    _, timer = _switching(window, "ja")
    timer.stop()
    QApplication.processEvents()
    window.task_bar.cancel_button.click()
    qtbot.waitUntil(lambda: window.tasks.task is None, timeout=10_000)
    for _ in range(5):
        QApplication.processEvents()
    assert workspace.windows == [window] and window.document is document
    assert language.current() == "en" and workspace.preferences.language != "ja"
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.actions.languages["en"].isChecked()
    assert not window.actions.languages["ja"].isChecked()


def test_an_edit_during_a_language_switch_is_in_the_new_window(window, qtbot,
                                                               english_afterwards):
    workspace = window.workspace
    document = _big_map_in_two_languages(window)
    _, timer = _switching(window, "ja")
    timer.stop()
    for _ in range(3):
        QApplication.processEvents()
    window.editor.add_node((-900.0, -900.0))               # while the views are made
    added = document.model.nodes[-1]
    qtbot.waitUntil(lambda: workspace.windows[0] is not window, timeout=60_000)
    new = workspace.windows[0]
    assert new.document is document and len(new.scene.node_items) == 2001
    assert new.scene.node_items[added.id].pos().toTuple() == (-900.0, -900.0)
    new.document.model.move_nodes({added.id: (-800.0, -800.0)})    # and follows the model
    assert new.scene.node_items[added.id].pos().toTuple() == (-800.0, -800.0)


@pytest.mark.parametrize("show_the_file", [False, True])
def test_an_edit_made_while_a_big_map_is_reloaded_is_not_dropped_unasked(
        reading, big_file, qtbot, show_the_file):
    window = reading
    old = _opened(window, big_file, qtbot)
    changed = big_model()
    changed.add_node(Node("outside", "Edited outside", position=(9.0, 9.0)))
    window.ask_reload = lambda path: True
    asked = []
    window.ask_reload_over_edits = lambda name: asked.append(name) or show_the_file
    save(changed, big_file, backup=False)                  # another program writes the file
    qtbot.waitUntil(lambda: _building(window), timeout=30_000)
    window.editor.add_node((-700.0, -700.0))               # while the file is made ready
    added = old.model.nodes[-1].id
    qtbot.waitUntil(lambda: window.tasks.task is None, timeout=60_000)
    assert asked == ["big.wtm"]
    if show_the_file:
        assert window.document is not old and window.document.model.node("outside")
    else:
        assert window.document is old and old.modified
        assert old.model.node(added) is not None and "outside" not in window.scene.node_items
        assert "kept" in window.statusBar().currentMessage()


def test_a_big_map_reloaded_without_edits_meanwhile_is_shown_unasked(reading, big_file,
                                                                    qtbot):
    window = reading
    old = _opened(window, big_file, qtbot)
    window.ask_reload = lambda path: True
    window.ask_reload_over_edits = lambda name: pytest.fail("asked with nothing to lose")
    save(big_model(nodes=2001), big_file, backup=False)
    qtbot.waitUntil(lambda: window.document is not old, timeout=60_000)
    assert len(window.scene.node_items) == 2001


def test_a_file_opened_during_a_language_switch_stops_it(window, qtbot, english_afterwards,
                                                          tmp_path):
    """The window's document replaced while the big map's views are made in the new
    language: the switch stops (the views made are of a map no longer shown), the file
    opened is shown, every window in the old language."""
    from windtunnel import language

    workspace = window.workspace
    _big_map_in_two_languages(window)
    small = tmp_path / "small.wtm"
    save(big_model(nodes=20, edges=30), small)
    _, timer = _switching(window, "ja")
    timer.stop()
    QApplication.processEvents()
    window.document.is_pristine = lambda: True                # opens in this window
    assert window.open_file(str(small))
    for _ in range(5):
        QApplication.processEvents()
    assert workspace.windows == [window] and window.tasks.task is None
    assert language.current() == "en" and window.document.path == small.resolve()
    assert len(window.scene.node_items) == 20
    assert "cancelled" in window.statusBar().currentMessage()


def test_closing_the_only_big_map_during_a_language_switch_finishes_the_switch(
        window, qtbot, english_afterwards):
    """The switch waits only for the big maps' views: once the last big map's window is
    closed, the other windows change language at once."""
    from windtunnel import language

    workspace = window.workspace
    big = workspace.open_window()
    _big_map_in_two_languages(big)
    big.ask_save_changes = lambda: "discard"
    _, timer = _switching(big, "ja")
    timer.stop()
    for _ in range(3):
        QApplication.processEvents()
    assert big.close()
    qtbot.waitUntil(lambda: language.current() == "ja", timeout=10_000)
    assert big not in workspace.windows and len(workspace.windows) == 1
    assert workspace.preferences.language == "ja"
    new = workspace.windows[0]
    assert new is not window and new.actions.languages["ja"].isChecked()
    assert not new.actions.languages["en"].isChecked()


def test_views_made_ahead_for_a_switch_measure_labels_in_the_new_languages_font(
        window, english_afterwards):
    from windtunnel import language
    from windtunnel.app.canvas.node_item import node_rect
    from windtunnel.app.canvas.style import node_font
    from windtunnel.app.fonts import language_font
    from windtunnel.app.translations import apply_language

    label = "香港的出口管制與司法協助"
    now = node_font()
    with language.speaking("zh-HK"):
        ahead, ahead_rect = node_font(), node_rect(label)
    assert ahead.families() == language_font(tag="zh-HK").families() != now.families()
    apply_language("zh-HK")                                # the switch itself
    assert node_font().key() == ahead.key() and node_rect(label) == ahead_rect
