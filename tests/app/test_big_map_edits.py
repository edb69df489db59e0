"""What an edit of a big map costs the window: the run and the views' refreshes in turns
of their own, a new node's free spot found among its neighbours, the selection ordered
without walking the map."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from windtunnel.app.analysis.colours import ColourColumn, change_colours
from windtunnel.app.document import Document
from windtunnel.app.layout import TakenSpots, free_spot, nearest_point

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from canvas_models import big_model  # noqa: E402


def _told(controller) -> list:
    told = []
    controller.results_changed.connect(lambda: told.append(controller.session.results))
    return told


def test_on_a_big_map_the_views_hear_of_new_results_in_the_next_turn(window, qtbot):
    window.set_document(Document(big_model(1200, 1200)))
    controller = window.extensions["analysis"].controller
    qtbot.waitUntil(lambda: controller.idle, timeout=30_000)
    told = _told(controller)
    window.editor.add_node((0.0, 0.0))
    controller.refresh()                       # the run, in this turn
    assert not controller.session.stale and told == [] and not controller.idle
    qtbot.waitUntil(lambda: told == [controller.session.results], timeout=10_000)
    assert controller.idle


def test_on_a_small_map_the_views_hear_of_new_results_at_once(window, qtbot):
    controller = window.extensions["analysis"].controller
    told = _told(controller)
    window.editor.add_node((0.0, 0.0))
    controller.refresh()
    assert told == [controller.session.results] and controller.idle


def _runs_on(monkeypatch, hold: threading.Event | None = None) -> list:
    """The threads the runs after edits go on, from now; with ``hold``, a run on a worker
    starts its work only once ``hold`` is set."""
    from windtunnel.app.analysis import controller as controller_module

    threads, real = [], controller_module.run_outcome

    def run_outcome(model, *, cancel=None):
        threads.append(threading.current_thread())
        if hold is not None:
            assert hold.wait(timeout=60), "the run was never released"
        return real(model, cancel=cancel)

    monkeypatch.setattr(controller_module, "run_outcome", run_outcome)
    monkeypatch.setattr(controller_module.AnalysisSession, "refresh", lambda session: (
        threads.append(threading.current_thread()),
        session.accept_run(real(session.model), session.model.revision)))
    return threads


def test_on_a_big_map_the_run_after_edits_goes_to_a_worker_and_only_the_last_is_shown(
        window, qtbot, monkeypatch):
    window.set_document(Document(big_model(1200, 1200)))
    controller = window.extensions["analysis"].controller
    qtbot.waitUntil(lambda: controller.idle, timeout=30_000)
    released = threading.Event()                # the first run lasts until the next edit
    threads = _runs_on(monkeypatch, released)
    stale_when_told = []
    controller.results_changed.connect(
        lambda: stale_when_told.append(controller.session.stale))
    window.editor.add_node((0.0, 0.0))
    qtbot.waitUntil(lambda: controller.run_runner.busy and bool(threads), timeout=10_000)
    window.editor.add_node((400.0, 0.0))        # overtakes the run under way
    released.set()
    qtbot.waitUntil(lambda: controller.idle and bool(stale_when_told), timeout=30_000)
    assert threads and threading.main_thread() not in threads
    assert stale_when_told == [False]               # one result shown: the last edit's
    assert controller.session.results_revision == window.document.model.revision


def test_on_a_big_map_a_run_overtaken_by_an_edit_stops_without_finishing(
        window, qtbot, monkeypatch):
    """A burst of edits does not queue a whole run each on the worker: the run an edit
    overtakes is cancelled and stops at its next check, and the edit's own run follows."""
    from windtunnel.engine import Cancelled
    from windtunnel.session import runs as session_runs

    window.set_document(Document(big_model(1200, 1200)))
    controller = window.extensions["analysis"].controller
    qtbot.waitUntil(lambda: controller.idle, timeout=30_000)
    overtaken, ends, real = threading.Event(), [], session_runs.run

    def run(model, *, cancel=None):
        if not overtaken.is_set():             # the first run waits until it is overtaken
            overtaken.set()
            assert cancel is not None and cancel.wait(timeout=60), "never cancelled"
        try:
            results = real(model, cancel=cancel)
        except Cancelled:
            ends.append("cancelled")
            raise
        ends.append("finished")
        return results

    monkeypatch.setattr(session_runs, "run", run)
    window.editor.add_node((0.0, 0.0))
    qtbot.waitUntil(overtaken.is_set, timeout=10_000)
    window.editor.add_node((400.0, 0.0))        # overtakes the run under way
    qtbot.waitUntil(lambda: controller.idle and not controller.run_runner.busy,
                    timeout=30_000)
    assert ends == ["cancelled", "finished"]
    assert controller.session.results_revision == window.document.model.revision


def test_on_a_small_map_the_run_after_an_edit_stays_on_the_window_thread(window, qtbot,
                                                                         monkeypatch):
    controller = window.extensions["analysis"].controller
    threads = _runs_on(monkeypatch)
    window.editor.add_node((0.0, 0.0))
    qtbot.waitUntil(lambda: controller.idle, timeout=10_000)
    assert threads == [threading.main_thread()]


_POINTS = st.lists(st.tuples(st.integers(-2000, 2000), st.integers(-2000, 2000)),
                   max_size=60)


@given(taken=_POINTS, spot=st.tuples(st.integers(-2000, 2000), st.integers(-2000, 2000)))
def test_a_spot_is_free_when_no_position_is_within_the_gap_on_both_axes(taken, spot):
    gap = (180.0, 80.0)
    near = any(abs(spot[0] - x) < gap[0] and abs(spot[1] - y) < gap[1] for x, y in taken)
    assert TakenSpots(taken, gap).free(spot) is not near


def test_a_new_node_on_a_crowded_map_lands_on_the_nearest_free_spot():
    taken = [(x * 100.0, y * 50.0) for x in range(-5, 6) for y in range(-5, 6)]

    def free(spot) -> bool:                    # asking every position
        return all(abs(spot[0] - x) >= 180 or abs(spot[1] - y) >= 80 for x, y in taken)

    spot = free_spot(taken, (0.0, 0.0))
    assert spot == nearest_point((0.0, 0.0), (180.0, 80.0), free) != (0.0, 0.0)


def test_the_selection_comes_in_document_order(window):
    model = window.document.model
    edges = [edge.key for edge in model.edges]
    window.scene.select(nodes=[model.nodes[-1].id, model.nodes[0].id], edges=edges[::-1])
    assert window.scene.selected_node_ids() == [model.nodes[0].id, model.nodes[-1].id]
    assert window.scene.selected_edge_keys() == edges
    window.scene.select(edges=edges[1:2])
    assert window.scene.selected_edge_keys() == edges[1:2]
    assert window.scene.selected_node_ids() == []


@given(st.lists(st.floats(-3, 3), max_size=20), st.floats(0.1, 2))
def test_the_results_table_colours_are_the_change_colours(values, span):
    import numpy as np

    column = ColourColumn(np.array(values), span)
    assert [column[i] for i in range(len(column))] == change_colours(np.array(values), span)


def test_a_big_map_shows_fitted_at_once_and_runs_in_the_next_turn(window, qtbot):
    assert window.painted and window.view.zoom == 1.0
    window.set_document(Document(big_model(1200, 1200)))
    controller = window.extensions["analysis"].controller
    assert window.view.fitted and window.view.zoom < 0.5       # no paint at the old zoom
    assert controller.session.results is None and not controller.idle
    qtbot.waitUntil(lambda: controller.session.results is not None, timeout=30_000)
