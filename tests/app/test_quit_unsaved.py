"""Quit with unsaved changes in several windows: one question first (review each, discard
them all, or stay), instead of one question per window with no way to let them all go."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from windtunnel.app.document import Document
from windtunnel.model import Model


def _edited(workspace, count):
    """``count`` more windows, each with unsaved changes (as an import opens)."""
    windows = [workspace.open_window(Document(Model(), modified=True)) for _ in range(count)]
    assert all(w.document.modified for w in windows)
    return windows


@pytest.fixture
def quits(monkeypatch):
    calls = []
    monkeypatch.setattr(QApplication, "quit", lambda: calls.append(1))
    return calls


@pytest.mark.parametrize("answer", ["discard", "cancel", "review"])
def test_two_unsaved_windows_ask_once(window, workspace, quits, answer):
    edited = _edited(workspace, 2)
    asked, reviewed = [], []
    for w in workspace.windows:
        w.ask_quit_unsaved = lambda count: asked.append(count) or answer
        w.ask_save_changes = lambda w=w: reviewed.append(w) or "discard"
    window.quit_all()
    assert asked == [2]
    if answer == "cancel":
        assert not quits and all(w in workspace.windows for w in edited)
        assert all(w.document.modified for w in edited)
        for w in list(workspace.windows):
            w.close()
        return
    assert quits and not workspace.windows
    assert reviewed == ([] if answer == "discard" else edited)


def test_one_unsaved_window_is_asked_about_as_on_closing(window, workspace, quits):
    (edited,) = _edited(workspace, 1)
    edited.ask_quit_unsaved = lambda count: pytest.fail("asked about several windows")
    window.ask_quit_unsaved = edited.ask_quit_unsaved
    kept = []
    edited.ask_save_changes = lambda: kept.append(edited) or "cancel"
    window.quit_all()
    assert kept == [edited] and edited in workspace.windows and not quits
    assert not edited._discarding             # a later close asks again
    edited.ask_save_changes = lambda: "discard"
    edited.close()
