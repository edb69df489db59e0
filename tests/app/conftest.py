"""Fixtures for GUI tests: isolated preferences and recovery folder, a window on a model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from windtunnel.app.document import Document

from conftest import make_small_model


@pytest.fixture
def window(workspace, qtbot):
    """The first window, showing the small model, 1200x800, answering 'discard' on close."""
    win = workspace.windows[0]
    win.background_reads = False   # imports and big models read at once; test_hostile_files reads
    win.set_document(Document(make_small_model()))  # them on the worker too
    win.resize(1200, 800)
    qtbot.waitExposed(win)
    QApplication.processEvents()  # the deferred fit-to-view runs first
    win.view.reset_zoom()
    win.view.centerOn(100, 75)
    win.view.settle()                   # the pan's fast painting ends now, not in 180 ms
    assert win.view.antialiased
    return win


@pytest.fixture
def accepted_questions(monkeypatch) -> list[tuple[str, list[str], str]]:
    """Every import question shown, answered OK with the answer chosen to begin with: its
    text, its answers' buttons and that answer, in the order asked."""
    from windtunnel.app.import_question import ImportQuestion

    shown = []

    def accept(dialog):
        checked = next(button for button in dialog.choices if button.isChecked())
        shown.append((dialog.question.text(), [button.text() for button in dialog.choices],
                      dialog.choices[checked]))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ImportQuestion, "exec", accept)
    return shown


def view_point(view, x: float, y: float) -> QPoint:
    """The viewport pixel of scene point (x, y)."""
    return view.mapFromScene(QPointF(x, y))


def send_mouse(widget, kind, pos: QPoint, button=Qt.LeftButton, buttons=None,
               modifiers=Qt.NoModifier) -> None:
    """Send one mouse event with explicit buttons (QTest.mouseMove cannot hold a button)."""
    buttons = button if buttons is None else buttons
    global_pos = widget.mapToGlobal(pos)
    event = QMouseEvent(kind, QPointF(pos), QPointF(global_pos), button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def drag(view, start: QPoint, end: QPoint, steps: int = 6, modifiers=Qt.NoModifier) -> None:
    """Press at start, move in steps holding the left button, release at end."""
    viewport = view.viewport()
    send_mouse(viewport, QEvent.MouseButtonPress, start, modifiers=modifiers)
    for k in range(1, steps + 1):
        p = start + (end - start) * (k / steps)
        send_mouse(viewport, QEvent.MouseMove, p, button=Qt.NoButton, buttons=Qt.LeftButton,
                   modifiers=modifiers)
    send_mouse(viewport, QEvent.MouseButtonRelease, end, buttons=Qt.NoButton, modifiers=modifiers)
    QApplication.processEvents()
