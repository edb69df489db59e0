"""Python's cyclic collector runs on the GUI thread only, so a Qt object in a garbage
cycle is never destroyed on a worker's thread while a task allocates there (which crashed
the app, and the test run, a moment later in the GUI thread's event processing)."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QObject

from windtunnel.app.collector import GuiCollector, collect_on_gui_thread
from windtunnel.app.workers import TaskRunner


class Cycle(QObject):
    """A Python-owned Qt object that only a reference cycle keeps; it notes the name of the
    thread that destroys it."""

    def __init__(self, destroyed_on: list[str]) -> None:
        super().__init__()
        self.me = self
        self.destroyed_on = destroyed_on

    def __del__(self) -> None:
        self.destroyed_on.append(threading.current_thread().name)


def allocate(progress, cancel) -> list[list]:
    """A task's work that makes many objects and hands them back, as reading a file does:
    far past the young generation's threshold of collection."""
    return [[] for _ in range(50 * gc.get_threshold()[0])]


def test_a_qt_object_in_a_cycle_is_destroyed_on_the_gui_thread_while_a_task_allocates(
        qapp, qtbot):
    runner = TaskRunner()
    destroyed_on: list[str] = []
    gc.collect()                       # the cycle is young, the first a collection frees
    Cycle(destroyed_on)
    results = []
    runner.start("Allocating", allocate, on_finished=results.append, on_failed=results.append)
    assert runner.wait()               # the GUI thread waits, runs no Python meanwhile
    qtbot.waitUntil(lambda: bool(results and destroyed_on), timeout=10_000)
    assert destroyed_on == [threading.main_thread().name]   # the GUI thread's
    assert not gc.isenabled()          # and no thread of the app starts one on its own


@pytest.mark.parametrize("pending, collected", [(249, 1), (250, 2)])
def test_the_oldest_generation_is_collected_in_full_only_once_a_quarter_more_reached_it(
        qapp, monkeypatch, pending, collected):
    """Python's rule, kept: a full collection walks every object, so it waits until the
    objects that reached the oldest generation since the last one are a quarter of those
    it held then; meanwhile the generation below is collected."""
    collector = GuiCollector(None)
    collector.long_lived, collector.pending = 1000, pending
    asked = []
    monkeypatch.setattr(gc, "get_count", lambda: (2001, 11, 11))
    monkeypatch.setattr(gc, "collect", lambda generation=2: asked.append(generation) or 0)
    collector.collect_due()
    assert asked == [collected]


def test_the_application_has_one_collector_whatever_the_calls(qapp):
    first = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is first
    assert qapp.findChildren(GuiCollector) == [first]


def test_the_oldest_generation_is_counted_when_first_due_not_at_start(qapp, monkeypatch):
    """Listing the oldest generation costs a few ms: not on the way to the first paint."""
    collector = GuiCollector(None)
    assert collector.long_lived is None
    monkeypatch.setattr(gc, "get_count", lambda: (2001, 11, 11))
    monkeypatch.setattr(gc, "collect", lambda generation=2: 0)
    collector.collect_due()
    assert collector.long_lived > 0                 # counted once it was needed


def test_the_app_loads_with_the_collector_already_off(monkeypatch):
    """Starting the app from the command line turns Python's automatic collector off
    before the app's modules load (their objects live as long as the app; the app
    collects on its GUI thread), not only once the QApplication is made, and freezes
    what they made, which no collection walks again."""
    import windtunnel.app.main as app_main
    from windtunnel.cli import gui

    seen = []
    monkeypatch.delenv("WINDTUNNEL_STARTUP_PROBE", raising=False)
    monkeypatch.setattr(app_main, "run_app", lambda file=None, language=None: seen.append(
        (gc.isenabled(), gc.get_freeze_count() > 0)) or 0)
    was = gc.isenabled()
    gc.enable()
    try:
        assert gui._open(None, None) == 0
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()
    assert seen == [(False, True)]
