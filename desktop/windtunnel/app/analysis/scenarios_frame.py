"""The Scenarios dock's controls without their behaviour, and the width they need.

:class:`ScenariosFrame` lays out what :class:`~.scenarios_dock.ScenariosPanel` shows: the
list of scenarios with Add, Duplicate and Delete; the Levers box (empty here, the panel puts
its lever rows in it); the edge-weight overrides table with "Override selected edge" and
Remove. The panel is a ScenariosFrame around its lever rows that connects the controls to the
analysis.

Its least width is the width of its widest row of buttons, which depends on the language
(and on the style's least button width), and, in the dock's scroll area, the vertical
scroll bar's beside it. The dock's frame is placed before the window's
first paint and the panel fills it after that paint (see :mod:`.frames`): the frame asks
:func:`least_width` for that width, measured on the same controls with the same texts, so
that the Scenarios column already has its final width in the first paint. This module
imports nothing of the analysis, so measuring it costs no start-up import.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView,
                               QListWidget, QPushButton, QSplitter, QTableWidget, QVBoxLayout,
                               QWidget)

from ..scrolling import scrolling

__all__ = ["ScenariosFrame", "ScenarioList", "least_width"]

#: Spelled out at each call, with the panel's context, so that lupdate finds every text.
translate = QCoreApplication.translate


class ScenarioList(QListWidget):
    """The list of scenarios, which says what a scenario is and how to make one while the
    model has none (an imported map has none: a newcomer saw an empty white box)."""

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.PlaceholderText))
        painter.drawText(self.viewport().rect().adjusted(6, 4, -6, -4),
                         Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap, self.hint())

    @staticmethod
    def hint() -> str:
        return translate("ScenariosPanel", "No scenarios yet. A scenario is a policy option: "
                                           "Add one, then set its levers below.")


class ScenariosFrame(QWidget):
    """The Scenarios dock's controls, laid out, connected to nothing; ``levers`` (the lever
    rows) goes in the Levers box, in the order Tab walks: the scenarios' buttons, the levers,
    the overrides."""

    def __init__(self, levers: QWidget | None = None) -> None:
        super().__init__()
        self.list = ScenarioList()
        self.list.setEditTriggers(QAbstractItemView.DoubleClicked
                                  | QAbstractItemView.EditKeyPressed)
        self.list.setMinimumHeight(90)
        # a long name wraps within the dock's width: no sideways scrolling on a small screen
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("ScenariosPanel", "Add"))
        self.add_button.setToolTip(translate("ScenariosPanel", "Add an empty scenario"))
        self.duplicate_button = QPushButton(translate("ScenariosPanel", "Duplicate"))
        self.duplicate_button.setToolTip(translate("ScenariosPanel",
                                                   "Copy the current scenario"))
        self.delete_button = QPushButton(translate("ScenariosPanel", "Delete"))
        self.delete_button.setToolTip(translate("ScenariosPanel",
                                                "Delete the current scenario (undoable)"))
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        lever_box = QGroupBox(translate("ScenariosPanel", "Levers"))
        lever_layout = QVBoxLayout(lever_box)
        if levers is not None:
            lever_layout.addWidget(levers)      # it scrolls its own rows
        self.overrides = QTableWidget(0, 3)
        self.overrides.setHorizontalHeaderLabels([translate("ScenariosPanel", "Edge"),
                                                  translate("ScenariosPanel", "Model"),
                                                  translate("ScenariosPanel", "Scenario")])
        self.overrides.verticalHeader().hide()
        self.overrides.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2):
            self.overrides.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeToContents)
        # an edge's two names on two lines, elided at their ends, whole on hover: cut at
        # the column's end, "Foreign-national access ban → Mis..." lost the target
        self.overrides.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.overrides.setWordWrap(False)
        self.overrides.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.override_button = QPushButton(translate("ScenariosPanel", "Override selected edge"))
        self.override_button.setToolTip(translate(
            "ScenariosPanel", "Give the edge selected on the map another weight in this scenario"))
        self.remove_override_button = QPushButton(translate("ScenariosPanel", "Remove"))
        override_box = QGroupBox(translate("ScenariosPanel", "Edge-weight overrides"))
        box_layout = QVBoxLayout(override_box)
        box_layout.addWidget(self.overrides)
        row = QHBoxLayout()
        row.addWidget(self.override_button)
        row.addWidget(self.remove_override_button)
        box_layout.addLayout(row)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list, 1)
        top_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Vertical)
        for part in (top, lever_box, override_box):
            self.splitter.addWidget(part)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 600, 110])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)


def least_width() -> int:
    """The least width of the Scenarios panel's controls in the current language and style
    (its lever rows fit in it: they squeeze further than its rows of buttons), in the
    scroll area the dock holds it in (with room for its vertical scroll bar)."""
    return scrolling(ScenariosFrame()).minimumSizeHint().width()
