"""A model whose nodes have no positions, or stand at one spot, opens laid out (and modified),
whether opened, reloaded after a script rewrote it, or given at start-up; one stacking only
some nodes opens as written."""

from __future__ import annotations

from conftest import make_small_model

from windtunnel.model import load, save


TINY = """{
  "format": "windtunnel-model", "version": 4, "title": "Tiny",
  "nodes": [
    {"id": "lev", "label": "Lever", "kind": "restriction"},
    {"id": "a", "label": "A", "kind": "factor", "initial": 0.2},
    {"id": "b", "label": "B", "kind": "factor"}
  ],
  "edges": [
    {"source": "lev", "target": "a", "weight": 0.5},
    {"source": "a", "target": "b", "weight": 0.8, "delay": 1},
    {"source": "b", "target": "a", "weight": -0.3}
  ]
}"""


def test_a_model_without_positions_opens_laid_out_and_modified(window, tmp_path):
    """A hand-written .wtm gives no node a position: every node sat at (0, 0), one on top
    of another. It opens laid out, says so, and Save keeps the places."""
    import math

    path = tmp_path / "tiny.wtm"
    path.write_text(TINY, encoding="utf-8")
    assert window.open_file(str(path))
    window = window.workspace.windows[-1]          # the window showing the file
    model = window.document.model
    spots = [n.position for n in model.nodes]
    assert min(math.dist(p, q) for i, p in enumerate(spots) for q in spots[i + 1:]) > 100
    assert [e.key for e in model.edges] == [e.key for e in load(path).edges]   # meaning kept
    assert window.document.path == path.resolve() and window.isWindowModified()
    assert "tiny.wtm" in window.statusBar().currentMessage()
    assert "laid out" in window.statusBar().currentMessage()
    window.actions.save.trigger()
    assert [n.position for n in load(path).nodes] == spots and not window.isWindowModified()


def test_a_model_stacking_only_some_nodes_opens_as_written(window, tmp_path):
    """Nodes stacked on purpose beside others are the author's picture: left as they are."""
    model = make_small_model()
    first = model.nodes[0]
    model.update_node(model.nodes[1].id, position=first.position)
    path = tmp_path / "stacked.wtm"
    save(model, path)
    assert window.open_file(str(path))
    window = window.workspace.windows[-1]
    assert window.document.path == path.resolve()
    assert window.document.model == load(path) and not window.isWindowModified()
    assert "laid out" not in window.statusBar().currentMessage()


def test_a_script_rewriting_the_open_file_with_every_node_at_one_spot_reloads_laid_out(
        window, tmp_path, qtbot):
    """A script saves the open model again with every node at (0, 0): the reload lays
    them out and says so, as opening the file does."""
    path = tmp_path / "watched.wtm"
    save(make_small_model(), path)
    assert window.open_file(str(path))
    target = next(w for w in window.workspace.windows if w.document.path == path)
    target.ask_reload = lambda p: True
    path.write_text(TINY, encoding="utf-8")
    qtbot.waitUntil(lambda: target.document.model.node("lev") is not None, timeout=15000)
    assert len({n.position for n in target.document.model.nodes}) == 3
    assert target.isWindowModified() and "laid out" in target.statusBar().currentMessage()


def test_a_model_without_positions_given_at_start_up_opens_laid_out(qapp, tmp_path,
                                                                    preferences):
    """``windtunnel tiny.wtm`` (the file given on the command line, or double-clicked)
    opens the same way as File > Open does: laid out, modified, and the status bar says so."""
    from windtunnel.app.main import start

    path = tmp_path / "tiny.wtm"
    path.write_text(TINY, encoding="utf-8")
    workspace = start(str(path), preferences=preferences, recovery_root=tmp_path / "rec")
    try:
        window = workspace.windows[0]
        assert len({n.position for n in window.document.model.nodes}) == 3
        assert window.document.path == path.resolve() and window.isWindowModified()
        assert "laid out" in window.statusBar().currentMessage()
    finally:
        for window in list(workspace.windows):
            window.ask_save_changes = lambda: "discard"
            window.close()
