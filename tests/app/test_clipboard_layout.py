"""Copy/paste through the JSON clipboard format (also between windows) and node placement."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from conftest import answer_next_question, make_small_model
from windtunnel.app.clipboard import MIME_TYPE, fragment, from_mime, paste_command, to_mime
from windtunnel.app.document import Document
from windtunnel.app.layout import align, distribute
from windtunnel.engine.layout import auto_layout
from windtunnel.model import Model, Node, loads


def test_fragment_keeps_inner_edges_and_cited_sources():
    piece = fragment(make_small_model(), ["ban", "leak"])
    assert [n.id for n in piece.nodes] == ["ban", "leak"]
    assert [e.key for e in piece.edges] == [("ban", "leak")]
    assert [s.id for s in piece.sources] == ["doc"]


def test_a_rated_edge_is_copied_with_the_weight_it_shows_not_the_one_kept_under_it():
    """The participants stay behind, so a pasted edge has no weight from before their
    ratings to go back to: it keeps the one the map showed."""
    model = make_small_model()
    model.replace("edge", replace(model.edge("ban", "leak"), weight=0.2, unrated_weight=0.6))
    edge = fragment(model, ["ban", "leak"]).edge("ban", "leak")
    assert edge.weight == 0.2 and edge.unrated_weight is None


def test_mime_round_trip_is_the_model_file_format(qapp):
    piece = fragment(make_small_model(), ["ban", "leak"])
    data = to_mime(piece)
    assert loads(bytes(data.data(MIME_TYPE))) == piece
    assert data.text() == "Access ban\nLeakage"
    assert from_mime(data) == piece
    junk = QMimeData()
    junk.setText("{not json")
    assert from_mime(junk) is None


def test_paste_renames_taken_ids_offsets_and_reuses_equal_sources(qapp):
    model = make_small_model()
    command, new_ids = paste_command(model, fragment(model, ["ban", "leak"]))
    command.apply()
    assert new_ids == ["ban-2", "leak-2"]
    assert model.node("ban-2").position == (40.0, 40.0)
    assert model.edge("ban-2", "leak-2").sources == ("doc",)
    assert len(model.sources) == 1
    command.revert()
    assert model == make_small_model()


def test_copy_paste_between_windows_and_cut(window, workspace):
    window.scene.select(["ban", "leak"])
    assert window.copy()
    other = workspace.open_window(Document(Model()))
    other.paste()
    assert [n.id for n in other.document.model.nodes] == ["ban", "leak"]
    assert other.document.model.source("doc") is not None
    assert other.scene.selected_node_ids() == ["ban", "leak"]
    assert other.document.undo_stack.count() == 1
    answer_next_question("delete")        # the objective and scenario about them go too
    window.cut()
    assert [n.id for n in window.document.model.nodes] == ["lab"]
    window.document.undo_stack.undo()
    assert window.document.model == make_small_model()
    other.ask_save_changes = lambda: "discard"


def test_a_cut_cancelled_at_its_question_leaves_the_clipboard_as_it_was(window):
    QGuiApplication.clipboard().setText("kept words")
    window.scene.select(["ban", "leak"])
    seen = answer_next_question("cancel")      # the objective and scenario would go too
    window.cut()
    assert seen, "the cut asked nothing"
    assert window.document.model == make_small_model()
    assert QGuiApplication.clipboard().text() == "kept words"
    assert not QGuiApplication.clipboard().mimeData().hasFormat(MIME_TYPE)
    answer_next_question("delete")
    window.cut()                                # agreed: now it is on the clipboard
    assert [n.id for n in from_mime(QGuiApplication.clipboard().mimeData()).nodes] == \
        ["ban", "leak"]
    assert [n.id for n in window.document.model.nodes] == ["lab"]


def test_paste_with_nothing_useful_on_the_clipboard_changes_nothing(window):
    QGuiApplication.clipboard().setText("plain words")
    window.paste()
    assert window.document.model == make_small_model()


def test_align_and_distribute():
    positions = {"a": (0.0, 5.0), "b": (100.0, 40.0), "c": (30.0, -20.0)}
    assert align(positions, "left") == {"a": (0.0, 5.0), "b": (0.0, 40.0), "c": (0.0, -20.0)}
    assert align(positions, "middle")["b"] == (100.0, 10.0)
    spread = distribute({"a": (0.0, 0.0), "b": (10.0, 0.0), "c": (100.0, 0.0)}, "x")
    assert spread == {"a": (0.0, 0.0), "b": (50.0, 0.0), "c": (100.0, 0.0)}
    with pytest.raises(ValueError):
        align(positions, "diagonal")


def test_auto_layout_keeps_groups_together_and_is_repeatable():
    model = make_small_model()
    for k in range(6):
        model.add_node(Node(f"us{k}", f"US {k}", group="United States", position=(0.0, 0.0)))
        model.add_node(Node(f"cn{k}", f"CN {k}", group="China", position=(0.0, 0.0)))
    first = auto_layout(model)
    assert first == auto_layout(model)
    assert len(set(first.values())) == len(model.nodes)  # nobody on top of anybody

    def box(prefix):
        xs = [first[n][0] for n in first if n.startswith(prefix)]
        ys = [first[n][1] for n in first if n.startswith(prefix)]
        return min(xs), max(xs), min(ys), max(ys)
    us, cn = box("us"), box("cn")
    apart_x = us[1] < cn[0] or cn[1] < us[0]
    apart_y = us[3] < cn[2] or cn[3] < us[2]
    assert apart_x or apart_y


def test_auto_layout_action_is_one_undo_step(window):
    window.actions.auto_layout.trigger()
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.model == make_small_model()


def test_align_action_on_selection(window):
    window.scene.select(["ban", "lab"])
    window.actions.align["top"].trigger()
    assert window.document.model.node("lab").position == (100.0, 0.0)


def test_layered_layout_is_one_undo_step(window):
    model = window.document.model
    before = {n.id: n.position for n in model.nodes}
    window.actions.layered_layout.trigger()
    after = {n.id: n.position for n in model.nodes}
    assert after != before and after["ban"][0] < after["leak"][0]   # the lever on the left
    window.document.undo_stack.undo()
    assert {n.id: n.position for n in model.nodes} == before
