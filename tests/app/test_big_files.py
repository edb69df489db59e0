"""Big models are read on the worker, the window free meanwhile; start-up tells an import's
notes as File > Import does."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from conftest import make_small_model
from windtunnel.app import files
from windtunnel.app.document import Document
from windtunnel.app.main import start
from windtunnel.app.mainwindow import MainWindow
from windtunnel.model import load, save

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from canvas_models import wordy_model  # noqa: E402


@pytest.fixture
def held_read(monkeypatch):
    """The model loader, held until the test's ``release`` is set; ``waited`` records
    whether the release came (False: the read held the GUI thread, where nothing set it);
    ``started`` is set as a read begins."""
    release, started, waited = threading.Event(), threading.Event(), []
    real = files.load_noted

    def held(path):
        started.set()
        waited.append(release.wait(5))
        return real(path)
    monkeypatch.setattr("windtunnel.app.files.load_noted", held)
    return release, started, waited


@pytest.fixture
def big(window, tmp_path, monkeypatch):
    """A model file the window reads as it reads a big one (on the worker): the small
    model, under a threshold of 0 bytes."""
    path = tmp_path / "big.wtm"
    save(make_small_model(), path)
    monkeypatch.setattr("windtunnel.app.files.READ_AT_ONCE_BYTES", 0)
    window.background_reads = True
    return path


def _unsaved_work(window):
    """Give the window's document an unsaved edit; return it and a copy of its model."""
    window.editor.add_node((5.0, 5.0))
    return window.document, window.document.model.copy()


def test_a_big_model_is_read_while_the_event_loop_turns(window, big, qtbot, held_read):
    """The read runs on the worker: a timer of the GUI thread fires while it reads (the
    timer releases the read), and the model opens as Open opens any model: in the pristine
    window, titled, in the recent files, nothing to undo."""
    release, _started, waited = held_read
    path = big
    window.set_document(Document())
    assert window.open_file(str(path))                  # started, not yet read
    assert window.tasks.busy and window.document.is_pristine()
    assert window.task_bar.isVisibleTo(window) and "big.wtm" in window.task_bar.label.text()
    QTimer.singleShot(10, release.set)
    qtbot.waitUntil(lambda: window.document.path is not None, timeout=10_000)
    assert waited == [True]
    assert window.document.path == path.resolve() and not window.document.modified
    assert window.document.model == load(path)
    assert window.document.undo_stack.count() == 0
    assert "big.wtm" in window.windowTitle()
    assert window.workspace.preferences.recent_files()[0] == str(path)
    assert len(window.workspace.windows) == 1 and not window.tasks.busy


def test_a_model_under_the_threshold_is_read_at_once(window, tmp_path):
    path = tmp_path / "small.wtm"
    save(make_small_model(), path)
    assert path.stat().st_size <= files.READ_AT_ONCE_BYTES
    assert not files.reads_slowly(path)
    window.set_document(Document())
    window.background_reads = True
    assert window.open_file(str(path)) and window.document.path == path.resolve()


def test_cancel_ends_a_big_read_at_once_and_opens_nothing(window, big, held_read, qtbot):
    """The loader cannot stop midway: Cancel, once the read has begun, frees the window at
    once, and the read's model, when it comes, is dropped; the open document (unsaved
    work) is untouched. (Cancelled before the worker takes it up, the read never begins.)"""
    release, started, waited = held_read
    before, model = _unsaved_work(window)
    assert window.open_file(str(big))
    qtbot.waitUntil(started.is_set)
    window.task_bar.cancel_button.click()
    assert not window.tasks.busy and window.task_bar.isHidden()     # before the read ended
    assert "cancelled" in window.statusBar().currentMessage()
    release.set()
    assert window.tasks.wait(10_000)
    QApplication.processEvents()     # the dropped read's own end, were it still delivered
    assert waited == [True]
    assert window.document is before and window.document.model == model
    assert len(window.workspace.windows) == 1


def test_a_big_model_opens_beside_unsaved_work(window, big, qtbot):
    before, model = _unsaved_work(window)
    assert window.open_file(str(big))
    qtbot.waitUntil(lambda: len(window.workspace.windows) == 2, timeout=10_000)
    assert window.document is before and window.document.model == model
    assert window.workspace.windows[-1].document.path == big.resolve()


def test_a_big_model_opened_again_while_read_opens_once(window, big, qtbot, held_read):
    """Opened again while the worker reads it (read at once then: the runner is busy), the
    file opens in one window; the worker's model, when it comes, raises that window."""
    release, _started, waited = held_read
    assert window.open_file(str(big)) and window.tasks.busy
    release.set()                                       # the second read is not held
    assert window.open_file(str(big)) and window.tasks.busy   # read at once meanwhile
    shown = [w for w in window.workspace.windows if w.document.path == big.resolve()]
    assert len(shown) == 1
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
    assert waited == [True, True]
    assert [w.document.path for w in window.workspace.windows].count(big.resolve()) == 1


@pytest.mark.slow
def test_a_60_mb_model_is_read_while_a_timer_keeps_firing(window, tmp_path, qtbot):
    """A real file of 60 MB (a map whose every influence carries its argument), no
    stand-in: the window's timers fire all through its reading."""
    path = tmp_path / "wordy.wtm"
    save(wordy_model(60, nodes=10_000, edges=40_000), path)
    assert path.stat().st_size > 55 * 2**20 and files.reads_slowly(path)
    window.set_document(Document())
    window.background_reads = True
    ticks = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(window.tasks.busy))
    timer.start()
    assert window.open_file(str(path))
    qtbot.waitUntil(lambda: window.document.path is not None, timeout=120_000)
    timer.stop()
    assert ticks.count(True) >= 5                      # fired while the read ran
    assert len(window.document.model.edges) == 40_000


def test_starting_on_an_import_shows_its_notes_as_import_does(qapp, tmp_path, preferences,
                                                               monkeypatch):
    edges = tmp_path / "edges.csv"
    edges.write_bytes("From,To,Weight\r\n需要,供給,0.5\r\nｱｸﾀｰ,需要,-0.3\r\n".encode("cp932"))
    shown = []
    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: shown.append(
        (self, title, [str(n) for n in notes])))
    workspace = start(str(edges), preferences=preferences, recovery_root=tmp_path / "rec",
                      ask=lambda parent, sessions: False)
    try:
        first = workspace.windows[0]
        assert len(shown) == 1 and shown[0][0] is first
        assert "Shift_JIS" in shown[0][2][0]
        first.background_reads = False
        assert first.open_file(str(edges))                 # File > Import, the same file
        assert shown[1][1:] == shown[0][1:] and shown[1][0] is workspace.windows[-1]
    finally:
        for window in list(workspace.windows):
            window.ask_save_changes = lambda: "discard"
            window.close()


def test_a_big_model_is_watched_without_reading_it_again_on_the_window_thread(
        window, big, qtbot, monkeypatch):
    """The worker that read the file remembers its digest for the window that watches it:
    the window's thread does not read a file of tens of megabytes a second time."""
    digests = []
    real = files._digest
    monkeypatch.setattr(files, "_digest", lambda path: digests.append(
        threading.current_thread() is threading.main_thread()) or real(path))
    window.set_document(Document())
    assert window.open_file(str(big))
    qtbot.waitUntil(lambda: window.document.path is not None, timeout=10_000)
    assert digests == [False]                              # once, on the worker
    assert window.watcher._known == real(big.resolve())


def test_a_file_changed_since_its_read_is_watched_as_it_is_now(tmp_path):
    path = tmp_path / "model.wtm"
    save(make_small_model(), path)
    files._remember_digest(path)
    before = files._digest(path)
    path.write_bytes(path.read_bytes() + b"\n")
    assert files._watched_digest(path) == files._digest(path) != before
