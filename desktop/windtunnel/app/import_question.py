"""The question an ambiguous import asks: its answers as a column of radio buttons.

A message box lays its buttons in one row, which a workbook of many participants' sheets
(one answer per sheet) makes wider than a 1024-pixel screen, cutting off the first answers.
Here each answer is a line of its own, saying what choosing it does, with OK and Cancel
below; the first answer is chosen to begin with. Many answers scroll within the screen's
height.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton,
                               QScrollArea, QVBoxLayout, QWidget)

__all__ = ["ImportQuestion"]


class ImportQuestion(QDialog):
    """``answers`` are (answer, what it does) pairs; :meth:`answer` is the one chosen,
    or None when the dialog was cancelled."""

    def __init__(self, title: str, text: str, answers: list[tuple[str, str]],
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.question = QLabel(text, wordWrap=True, textFormat=Qt.PlainText)
        self.question.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.choices: dict[QRadioButton, str] = {}
        self._group = QButtonGroup(self)
        listing = QWidget()
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        for answer, label in answers:
            # a sheet's name is shown as written: its "&" (R&D) is no keyboard shortcut
            button = QRadioButton(label.replace("&", "&&"))
            self._group.addButton(button)
            column.addWidget(button)
            self.choices[button] = answer
        if self.choices:
            next(iter(self.choices)).setChecked(True)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(listing)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        # the answers show whole and unscrolled while they fit in half the screen's height
        scroll.setMinimumSize(listing.sizeHint().width(),
                              min(listing.sizeHint().height(), screen.height() // 2))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def answer(self) -> str | None:
        """The chosen answer once the dialog was accepted, else None."""
        if self.result() != QDialog.Accepted:
            return None
        return self.choices.get(self._group.checkedButton())
