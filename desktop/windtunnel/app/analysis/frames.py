"""The analysis's frames: its docks, toolbar and menu, placed empty before the first paint.

A window's first paint shows its final layout (the map's size does not jump when the
analysis arrives); :class:`~windtunnel.app.analysis.attach.Analysis` fills the frames in the
event-loop turn after that paint (see :mod:`windtunnel.app.extensions`). The Scenarios dock
takes the panel's least width before the paint (measured on the panel's own controls, see
:mod:`.scenarios_frame`), as the toolbar holds the time bar's height, and the map's group
legend gives way before the paint when results will tint the map. This module imports
nothing of the analysis's engine or charts, so placing the frames costs no start-up import.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QDockWidget, QMenu, QToolBar, QToolButton, QWidget

from .scenarios_frame import least_width

__all__ = ["AnalysisFrames", "analysis_frames"]


@dataclass(frozen=True)
class AnalysisFrames:
    """The analysis's places in one window, empty until the analysis fills them."""

    window: QWidget
    scenarios_dock: QDockWidget
    results_dock: QDockWidget
    explore_dock: QDockWidget
    toolbar: QToolBar
    menu: QMenu
    #: Holds the toolbar at the time bar's height until the time bar takes its place.
    toolbar_placeholder: QAction

    def fill_scenarios(self, widget: QWidget) -> None:
        """Put ``widget`` (the Scenarios panel, in its scroll area) in the Scenarios dock,
        whose least width is from then on the panel's own."""
        self.scenarios_dock.setWidget(widget)
        self.window.set_least_width(self.scenarios_dock, 0)

    def fill_toolbar(self, widget: QWidget) -> None:
        """Put ``widget`` (the time bar) in the toolbar, in place of the placeholder."""
        self.toolbar.removeAction(self.toolbar_placeholder)
        self.toolbar_placeholder.deleteLater()     # with its widget
        self.toolbar.addWidget(widget)


def analysis_frames(window) -> AnalysisFrames:
    """Place the analysis's docks (Scenarios tabbed with the Outline, Results and Explore
    tabbed at the bottom), its toolbar (the time bar's row) and its menu in ``window``."""
    translate = QCoreApplication.translate
    scenarios = window.add_panel(translate("Analysis", "Scenarios"), None,
                                 Qt.LeftDockWidgetArea, name="scenarios",
                                 tab_with=window.outline_dock, icon="scenarios")
    results = window.add_panel(translate("Analysis", "Results"), None,
                               Qt.BottomDockWidgetArea, name="results", share=0.4)
    explore = window.add_panel(translate("Analysis", "Explore"), None,
                               Qt.BottomDockWidgetArea, name="explore", tab_with=results)
    # the panel's least width (its rows of buttons, in this language), so that the map
    # keeps its size when the panel arrives (a small window's map keeps its share)
    window.set_least_width(scenarios, least_width())
    window.setCorner(Qt.BottomLeftCorner, Qt.LeftDockWidgetArea)
    QTimer.singleShot(0, window, scenarios.raise_)   # in front of the Outline
    QTimer.singleShot(0, window, results.raise_)     # in front of Explore
    toolbar = QToolBar(translate("Analysis", "Results"), window)
    toolbar.setObjectName("results-toolbar")
    toolbar.setMovable(False)
    window.add_toolbar(toolbar, Qt.BottomToolBarArea)
    placeholder = QWidget()
    placeholder.setFixedHeight(_time_bar_height())
    menu = window.add_menu(translate("Analysis", "A&nalysis"))
    # a model with scenarios opens with one shown, whose results tint the map, and the
    # group legend then gives way to the change scale: given way before the paint, the
    # fitted map keeps its zoom when the results arrive (in a real window the legend's
    # margin made it grow by half, a moment after it appeared)
    if window.document.model.scenarios:
        window.view.set_group_legend_hidden(True)
    return AnalysisFrames(window, scenarios, results, explore, toolbar, menu,
                          toolbar.addWidget(placeholder))


def _time_bar_height() -> int:
    """The time bar's height, so that the map keeps its size when the time bar arrives: its
    tallest control and its 2 px margins. The tallest is the scenario box (it makes room
    for an icon) or, where the language's font has taller lines (Chinese, Japanese), the
    Play button, its text beside its icon.

    The button is measured with a blank icon of its icon size, not the style's Play icon:
    its height is that of its icon size or its text, whatever the icon shows, and asking
    the style for the icon would make QStyle's Python type, with some 600 enum members,
    before the first paint."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    play = QToolButton(text=QCoreApplication.translate("TimeBar", "Play"),
                       toolButtonStyle=Qt.ToolButtonTextBesideIcon)
    play.setIcon(QIcon(QPixmap(play.iconSize())))
    return max(box.sizeHint().height(), play.sizeHint().height()) + 4
