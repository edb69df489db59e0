"""The status bar's message on a narrow window: it ends in "..." before the permanent
counts on its right (whole on hover), never running into them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

LONG = ("Monte Carlo done: 1,000 samples, seed 20260625; the spread of every objective is "
        "shaded on the Charts tab and counted in the scorecard, and the workbook has it all")


def _last_painted_column(before, after) -> int:
    """The rightmost pixel column where ``after`` differs from ``before`` (-1: none)."""
    for x in range(after.width() - 1, -1, -1):
        if any(before.pixel(x, y) != after.pixel(x, y) for y in range(after.height())):
            return x
    return -1


def test_a_long_message_ends_in_an_ellipsis_before_the_counts(window, qtbot):
    window.resize(1024, 700)
    bar = window.statusBar()
    QApplication.processEvents()
    quiet = bar.grab().toImage()
    bar.showMessage(LONG)
    QApplication.processEvents()
    shown = bar.grab().toImage()
    counts = window.counts.geometry()
    assert counts.width() > 0 and counts.left() > bar.width() // 2
    # what the message painted stops a few pixels short of the counts
    assert 0 < _last_painted_column(quiet, shown) < counts.left() - 3
    label = window.status_message
    assert label.text().endswith("\u2026") and LONG.startswith(label.text()[:-1])
    assert label.toolTip() == LONG
    bar.clearMessage()
    assert label.text() == "" and label.toolTip() == ""


def test_a_short_message_shows_whole(window, qtbot):
    window.resize(1024, 700)
    window.statusBar().showMessage("Saved")
    QApplication.processEvents()
    assert window.status_message.text() == "Saved"
    assert window.status_message.toolTip() == ""


def test_a_busy_status_bar_fits_its_parts_the_least_important_giving_way_first(window,
                                                                                qtbot):
    """On a projector with a task running, the autosave warning up and a message shown,
    the message was cut to "Export..." or to nothing and the task's name ran under its
    progress bar: each part keeps the least it reads in, the most important first, none
    overlaps another or leaves the bar, and a part cut short is whole on hover."""
    import threading

    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    gate = threading.Event()
    window.tasks.start("Explaining the changes for the brief of the export controls",
                       lambda progress, cancel: gate.wait(30), on_finished=lambda _: None,
                       on_failed=lambda _: None)
    try:
        window._autosave_failing("the disk is full")
        window.statusBar().showMessage(LONG)
        bar, message, task = window.statusBar(), window.status_message, window.task_bar
        parts = [message, task, window.autosave_warning, window.counts, window.zoom_label]
        qtbot.waitUntil(lambda: all(part.isVisible() for part in parts))
        qtbot.waitUntil(lambda: message.width() >= 16 * message.fontMetrics().averageCharWidth())
        shown = sorted((part.geometry() for part in parts if part.width()), key=lambda r: r.x())
        assert all(a.right() < b.left() for a, b in zip(shown, shown[1:])), shown
        assert shown[0].left() >= 0 and shown[-1].right() < bar.width()
        assert window.autosave_warning.text() == "\u26a0 Autosave failed: save your work"
        assert "the disk is full" in window.autosave_warning.toolTip()
        assert task.cancel_button.isVisible() and task.bar.width() == 200
        cut = [label for label in (message, task.label, window.counts)
               if label.text() != label.full_text]
        assert cut and all(label.toolTip().startswith(label.full_text) for label in cut)
    finally:
        gate.set()
        qtbot.waitUntil(lambda: task.isHidden())
