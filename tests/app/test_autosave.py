"""Autosave into the recovery folder, and recovery after a crash (a real kill -9)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import make_small_model
from windtunnel.app.autosave import Autosaver, RecoverySession, find_crashed
from windtunnel.app.canvas import CanvasScene
from windtunnel.app.document import Document
from windtunnel.app.editor import Editor
from windtunnel.app.main import start
from windtunnel.model import load, save

from .crash_driver import apply_edits

HERE = Path(__file__).parent


def test_autosaver_writes_only_changed_documents_and_forgets_saved_ones(qapp, tmp_path):
    session = RecoverySession(tmp_path / "rec")
    document = Document(make_small_model())
    editor = Editor(document, CanvasScene(document.model))
    saver = Autosaver(document, session, 60)
    assert not saver.autosave()  # nothing changed yet
    editor.add_node((1.0, 2.0))
    assert saver.autosave()
    assert load(session.file_for(document)) == document.model
    assert not saver.autosave()  # no change since the last autosave
    document.save(tmp_path / "saved.wtm")
    assert not session.file_for(document).exists()  # the file on disk is the truth now
    session.close()
    assert not session.folder.exists()


def test_sessions_of_live_processes_are_not_crashed(qapp, tmp_path):
    live = RecoverySession(tmp_path / "rec")
    document = Document(make_small_model(), modified=True)
    live.write(document)
    assert find_crashed(tmp_path / "rec") == []  # locked by a running process (us)
    live.close()


def test_crashed_session_without_documents_is_cleaned_up(qapp, tmp_path):
    root = tmp_path / "rec"
    (root / "dead-session").mkdir(parents=True)
    assert find_crashed(root) == []
    assert not (root / "dead-session").exists()


def test_recovery_offer_declined_discards(qapp, tmp_path, preferences):
    root = tmp_path / "rec"
    folder = root / "old"
    folder.mkdir(parents=True)
    save(make_small_model(), folder / "doc-1.wtm")
    asked = []
    workspace = start(None, preferences=preferences, recovery_root=root, open_default=False,
                      ask=lambda parent, sessions: asked.append(sessions) or False)
    try:
        assert len(asked) == 1 and not folder.exists()
        assert len(workspace.windows) == 1 and workspace.windows[0].document.is_pristine()
    finally:
        for window in list(workspace.windows):
            window.close()


@pytest.mark.parametrize("reader, title", [
    ("en", "AI export controls, June 2026"), ("zh-CN", None), ("ja", None)])
def test_the_recovery_offer_names_a_document_by_its_title_in_the_current_language(
        qapp, tmp_path, reader, title):
    """Autosaved in a Japanese session, the model is offered for recovery by its title in
    the language of the session that starts next (the original where it has none)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from windtunnel.app.dialogs import ask_recover
    from windtunnel.app.translations import apply_language
    from windtunnel.model import translated
    from windtunnel.paths import bundled_model

    root = tmp_path / "rec"
    session = RecoverySession(root)
    apply_language("ja")
    try:
        model = load(bundled_model())
        session.write(Document(model, modified=True))
        session._lock.unlock()                 # the session's process is gone: a crash
        apply_language(reader)
        expected = title or translated(model, "title")
        ((document,),) = [crashed.documents for crashed in find_crashed(root)]
        assert translated(document, "title") == expected
        shown = []

        def answer() -> None:
            box = QApplication.activeModalWidget()
            shown.append(box.informativeText())
            box.reject()

        QTimer.singleShot(0, answer)
        ask_recover(None, find_crashed(root))
        assert f"\u2022 {expected}" in shown[0]
    finally:
        apply_language("en")


def test_a_recovered_window_is_named_by_the_models_title_in_the_language(qapp, tmp_path,
                                                                          preferences):
    # in Japanese the recovered bundled map was "復元：AI export controls, June 2026"
    from windtunnel.app.translations import apply_language
    from windtunnel.model import translated
    from windtunnel.paths import bundled_model

    root = tmp_path / "rec"
    folder = root / "old"
    folder.mkdir(parents=True)
    model = load(bundled_model())
    save(model, folder / "doc-1.wtm")
    preferences.language = "ja"
    apply_language("ja")
    try:
        japanese = translated(model, "title")
        assert japanese != model.title
        workspace = start(None, preferences=preferences, recovery_root=root,
                          open_default=False, ask=lambda parent, sessions: True)
        try:
            title = workspace.windows[0].windowTitle()
            assert japanese in title and model.title not in title
        finally:
            for window in list(workspace.windows):
                window.ask_save_changes = lambda: "discard"
                window.close()
    finally:
        apply_language("en")


@pytest.mark.slow
def test_kill_9_then_restart_recovers_the_edits(qapp, tmp_path, preferences):
    model_path = tmp_path / "small.wtm"
    save(make_small_model(), model_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=os.pathsep.join(
                   [str(HERE.parent)] + [p for p in sys.path if p]))
    child = subprocess.Popen([sys.executable, "-m", "app.crash_driver", str(model_path)],
                             cwd=HERE.parent, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline and not line.startswith("AUTOSAVED"):
            line = child.stdout.readline()
            if not line and child.poll() is not None:
                pytest.fail(f"the app exited early: {child.stderr.read()}")
        assert line.startswith("AUTOSAVED"), "no autosave within 60 s"
        root = Path(line.split(" ", 1)[1].strip())
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
    assert root.is_relative_to(tmp_path / "data")

    expected = Document(load(model_path))
    apply_edits(Editor(expected, CanvasScene(expected.model)))

    offered = []
    workspace = start(None, preferences=preferences, recovery_root=root, open_default=False,
                      ask=lambda parent, sessions: offered.append(sessions) or True)
    try:
        assert len(offered) == 1 and len(offered[0][0].documents) == 1
        assert offered[0][0].documents[0].original_path == str(model_path)
        recovered = workspace.windows[0].document
        assert recovered.model == expected.model
        assert recovered.path is None and recovered.modified  # a new unsaved document
        assert workspace.windows[0].windowTitle().startswith("Recovered: Small (unsaved)")
        assert load(model_path) == make_small_model()  # the user's file is untouched
        assert [p for p in root.iterdir() if p != workspace.session.folder] == []
    finally:
        for window in list(workspace.windows):
            window.ask_save_changes = lambda: "discard"
            window.close()


def test_an_autosave_that_fails_is_said_until_one_works_again(window, qtbot):
    """A failed autosave (a full disk, the recovery folder gone) was kept in a field no
    one read: the user edited on, believing a crash would be recovered. The status bar
    now says so, with the reason in its tooltip, until an autosave works again."""
    import shutil

    saver, folder = window.autosaver, window.workspace.session.folder
    window.edit(lambda editor: editor.add_node((1.0, 2.0)))
    lock = (folder / "session.lock").read_bytes()
    shutil.rmtree(folder)
    folder.write_text("a file where the recovery folder was")
    assert not saver.autosave()
    warning = window.autosave_warning
    assert warning.isVisibleTo(window) and "Autosave failed" in warning.text()
    assert str(folder) in warning.toolTip() and "save your work" in warning.toolTip()
    window.edit(lambda editor: editor.add_node((40.0, 2.0)))
    assert not saver.autosave() and warning.isVisibleTo(window)
    folder.unlink()
    folder.mkdir()
    (folder / "session.lock").write_bytes(lock)
    assert saver.autosave()
    assert not warning.isVisibleTo(window)
    assert load(window.workspace.session.file_for(window.document)) == window.document.model
