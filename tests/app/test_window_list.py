"""A model opened beside another opens in a window that does not hide it: cascaded beside
a window that is not maximised, maximised (and saying what stays open) beside a maximised
one; the Window menu lists the open windows and brings one forward."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from windtunnel.paths import bundled_model


def _second(window, qtbot):
    """File > New from Template in ``window``, which shows a model: a new window."""
    window.new_from_template(bundled_model())
    other = window.workspace.windows[-1]
    assert other is not window
    qtbot.waitExposed(other)
    return other


def _not_maximised(window, qtbot, rect: QRect) -> None:
    window.showNormal()
    window.setGeometry(rect)
    qtbot.waitUntil(lambda: window.geometry() == rect and not window.isMaximized())


def test_beside_a_window_not_maximised_a_new_one_opens_cascaded(window, qtbot):
    _not_maximised(window, qtbot, QRect(60, 40, 900, 600))
    second = _second(window, qtbot)
    third = _second(second, qtbot)
    assert not second.isMaximized() and not third.isMaximized()
    step = second.frameGeometry().topLeft() - window.frameGeometry().topLeft()
    assert step.x() == step.y() >= 24                       # a title bar's height
    assert third.frameGeometry().topLeft() - second.frameGeometry().topLeft() == step
    assert second.size() == window.size() == third.size()


def test_a_cascade_that_would_leave_the_screen_starts_again_at_its_corner(window, qtbot):
    screen = window.screen().availableGeometry()
    _not_maximised(window, qtbot, QRect(screen.right() - 700, screen.bottom() - 500, 690, 490))
    second = _second(window, qtbot)
    assert screen.contains(second.frameGeometry())
    assert second.frameGeometry().topLeft() == screen.topLeft()


def test_beside_a_maximised_window_a_new_one_opens_maximised_and_says_what_stays_open(
        window, qtbot):
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    second = _second(window, qtbot)
    qtbot.waitUntil(second.isMaximized)
    message = second.statusBar().currentMessage()
    assert window.document.plain_name in message and "Window menu" in message, message


def test_the_window_menu_lists_the_open_windows_and_brings_one_forward(window, qtbot):
    second = _second(window, qtbot)
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    menu = second.menus.windows
    menu.aboutToShow.emit()
    items = [action for action in menu.actions() if not action.isSeparator()]
    assert [action.text() for action in items] == [
        f"&1 {window.document.plain_name}" + ("*" if window.document.modified else ""),
        f"&2 {second.document.plain_name}" + ("*" if second.document.modified else "")]
    assert [action.isChecked() for action in items] == [False, True]
    items[0].trigger()
    qtbot.waitUntil(window.isActiveWindow)
    titles = [action.text() for action in second.menuBar().actions()]
    assert titles.index("&Window") == titles.index("&Help") - 1
    QApplication.processEvents()
