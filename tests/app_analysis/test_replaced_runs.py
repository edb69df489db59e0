"""A run of the structure (loops), loop-dominance or Why? view that is replaced or cancelled
before it starts never compiles the model: on a big map compiling alone takes a while, and
the window's next run waits behind it on the view's one thread."""

from __future__ import annotations

import threading
from contextlib import contextmanager

import pytest

from windtunnel.app.analysis import loop_dominance, structure_view, why
from windtunnel.app.workers import Task, TaskRunner

from .conftest import settle


@contextmanager
def thread_held(runner: TaskRunner):
    """The runner's one thread busy until the block ends, so the runs asked meanwhile
    wait for it (as they do behind a long run on a big map)."""
    gate, holding = threading.Event(), threading.Event()

    def hold(progress, cancel):
        holding.set()
        gate.wait(20)

    runner.start("Holding", hold, on_finished=lambda _: None, on_failed=lambda _: None)
    # the next start replaces (cancels) this task: had its thread not taken it yet, it
    # would end at once without holding anything (the pool's thread starts late under load)
    assert holding.wait(20)
    try:
        yield
    finally:
        gate.set()


def counted(monkeypatch, module, name: str) -> list:
    """The calls of ``module.name`` from now on (their first arguments: models, networks)."""
    calls: list = []
    real = getattr(module, name)
    monkeypatch.setattr(module, name, lambda model, *rest, **options: calls.append(model)
                        or real(model, *rest, **options))
    return calls


def test_a_task_cancelled_before_its_thread_is_free_never_runs(qtbot):
    ran, ended = [], []
    runner = TaskRunner()
    with thread_held(runner):
        task = runner.start("Waiting", lambda progress, cancel: ran.append(1),
                            on_finished=ended.append, on_failed=ended.append,
                            on_cancelled=lambda: ended.append("cancelled"))
        runner.cancel()
    assert runner.wait()
    qtbot.waitUntil(lambda: task.done.is_set() and ended == ["cancelled"],
                    timeout=20_000)           # the pool's thread may start late under load
    assert ran == [] and isinstance(task, Task)


@pytest.mark.parametrize("module, compiler, view, done", [
    (structure_view, "compile_model", lambda panel: panel.structure,
     lambda view: view.loops is not None),
    (loop_dominance, "compiled_model", lambda panel: panel.structure.dominance,
     lambda chart: chart.computed is not None)])
def test_a_replaced_loops_run_never_compiles(bundled, qtbot, monkeypatch, module, compiler,
                                             view, done):
    window, analysis = bundled
    view = view(analysis.results_panel)
    compiled = counted(monkeypatch, module, compiler)
    with thread_held(view.runner):
        view.refresh()
        view.refresh()                              # an edit came: the first is replaced
    qtbot.waitUntil(lambda: done(view), timeout=20_000)
    assert view.runner.wait()
    assert len(compiled) == 1


@pytest.mark.parametrize("stop", ["replaced", "cancelled"])
def test_a_replaced_or_cancelled_explanation_never_compiles(bundled, qtbot, monkeypatch, stop):
    window, analysis = bundled
    panel = analysis.results_panel.why
    analysis.results_panel.show_tab("why")
    window.scene.select(["misuse-risk"])
    settle(qtbot, analysis)
    qtbot.waitUntil(lambda: panel.breakdown is not None, timeout=20_000)
    # every explanation asked so far (the selection's, any refresh after it) finished, so
    # that only the two asked below are counted
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=20_000)
    settle(qtbot, analysis)
    compiled = counted(monkeypatch, why, "compiled_model")
    with thread_held(panel.runner):
        panel.ask()
        if stop == "replaced":
            panel.ask()                             # the time slider moved, say
        else:
            panel.stop_button.click()
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=20_000)
    assert panel.runner.wait()
    assert len(compiled) == (1 if stop == "replaced" else 0)


def test_a_structure_run_cancelled_while_it_compiles_searches_no_loops(bundled, qtbot,
                                                                      monkeypatch):
    window, analysis = bundled
    view = analysis.results_panel.structure
    compile_model = structure_view.compile_model

    def cancelled_meanwhile(model):
        view.runner.task.cancel_event.set()         # Cancel pressed while it compiled
        return compile_model(model)

    monkeypatch.setattr(structure_view, "compile_model", cancelled_meanwhile)
    searched = counted(monkeypatch, structure_view, "find_loops")
    view.refresh()
    qtbot.waitUntil(lambda: "Stopped" in view.loops_note.text(), timeout=20_000)
    assert searched == [] and view.loops is None
