"""A word-wrapped label that holds the height of its text: it gives the height back when its
panel widens again (the ranking under Explore's intro squeezed after a small window grew)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSplitter, QTableWidget, QVBoxLayout, QWidget

from windtunnel.app.flow import WrappedLabel

TEXT = ("Explore runs every scenario, and points of the levers you tick, in thousands of "
        "futures of the uncertain edge weights, and shows which option meets its objectives "
        "in most of them and where each one fails.")


def _text_height(width: int) -> int:
    """The height ``TEXT`` takes wrapped at ``width``, measured by a label holding nothing."""
    return QLabel(TEXT, wordWrap=True).heightForWidth(width)


def test_a_wrapped_label_gives_back_its_height_when_it_widens(qtbot):
    label = WrappedLabel()
    label.setText(TEXT)
    table = QTableWidget(3, 2)
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(table, 1)
    split = QSplitter()              # no height for width: the label holds its own height
    split.addWidget(column)
    qtbot.addWidget(split)
    split.resize(140, 400)
    split.show()
    qtbot.waitExposed(split)
    qtbot.waitUntil(lambda: label.height() >= _text_height(label.width()))
    narrow = label.height()
    split.resize(600, 400)
    qtbot.waitUntil(lambda: label.width() > 500)
    qtbot.waitUntil(lambda: label.height() == _text_height(label.width()))
    assert label.height() < narrow / 2
    assert label.minimumSizeHint().height() == _text_height(label.width())
    assert table.height() >= 400 - label.height() - 2 * layout.spacing()
