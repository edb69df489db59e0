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
