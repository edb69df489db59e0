"""The Results toolbar: current scenario, what the map shows, and the time replay.

Scenario chooser (the current scenario everywhere), a "Show" menu of what the map draws
(tints, halos, edge flows), then play/pause and a time slider with the step it shows
("month 12 of 36"). Dragging the time slider, or playing, replays the run step by step on
the map. Everything but the slider keeps to its text's width and the slider takes what is
left, so the bar fits a 1024-pixel screen beside the Monte Carlo button. The scenario
chooser asks once for the width of its widest name (at most :data:`WIDEST_LETTERS`
letters wide), so Play and the slider stay where they are as the scenario changes; a
name wider than the box is given (a longer name, a 1024-pixel projector in workshop type)
ends in an ellipsis and shows whole on hover.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as GuiQt      # Qt.convertFromPlainText lives in QtGui
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QMenu, QSlider, QStyle,
                               QStyleOptionComboBox, QStylePainter, QToolButton, QWidget)

from ...model import translated

__all__ = ["TimeBar", "ScenarioBox", "WIDEST_LETTERS"]

#: The most average letters' width the scenario chooser asks for: a longer name is cut.
WIDEST_LETTERS = 48


class ScenarioBox(QComboBox):
    """A chooser that asks for its widest name's whole width (within a cap, whichever name
    is current) and, given less, shows the name cut with an ellipsis (a plain QComboBox
    cuts it with no mark) and whole on hover."""

    def __init__(self, hint: str) -> None:
        super().__init__()
        self.hint = hint                    # what the tooltip always says
        self.currentIndexChanged.connect(self._show_tooltip)

    def _whole_size(self, text: str, width: int = 0) -> QSize:
        """The box's size with ``text`` (or contents ``width`` pixels wide) shown whole."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        return self.style().sizeFromContents(
            QStyle.CT_ComboBox, option,
            QSize(max(metrics.horizontalAdvance(text), width), metrics.height()), self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return hint.expandedTo(QSize(min(self.fitted_width(), self.maximumWidth()), 0))

    def fitted_width(self) -> int:
        """The width that shows its longest name whole, at most :data:`WIDEST_LETTERS`
        average letters wide."""
        cap = self._whole_size("", WIDEST_LETTERS * self.fontMetrics().averageCharWidth())
        return min(self.widest_width(), cap.width())

    def widest_width(self) -> int:
        """The width that shows its longest name whole."""
        widest = max((self.itemText(i) for i in range(self.count())),
                     key=self.fontMetrics().horizontalAdvance, default="")
        # the least contents as QComboBox counts them (letters X and room for an icon):
        # its own minimum size hint is not measured again when the type size changes
        least = self.minimumContentsLength() * self.fontMetrics().horizontalAdvance("X") \
            + self.iconSize().width() + 4
        return max(self._whole_size(widest).width(), self._whole_size("", least).width())

    def _field(self) -> tuple[QStyleOptionComboBox, int]:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.CC_ComboBox, option,
                                            QStyle.SC_ComboBoxEditField, self)
        return option, field.width() - 2      # the style draws the label 1 px in each side

    def _fitted(self, option: QStyleOptionComboBox, width: int) -> str:
        return self.fontMetrics().elidedText(option.currentText, Qt.ElideRight, width)

    def shown_text(self) -> str:
        """The current name as it fits the box: whole, or cut with an ellipsis."""
        return self._fitted(*self._field())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QStylePainter(self)
        option, width = self._field()       # once a paint: the style's layout is not cheap
        painter.drawComplexControl(QStyle.CC_ComboBox, option)
        option.currentText = self._fitted(option, width)
        painter.drawControl(QStyle.CE_ComboBoxLabel, option)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._show_tooltip()

    def _show_tooltip(self, *_) -> None:
        cut = self.shown_text() != self.currentText()
        self.setToolTip(GuiQt.convertFromPlainText(        # the name as typed
            f"{self.currentText()}\n\n{self.hint}" if cut else self.hint, Qt.WhiteSpaceNormal))


#: The time slider's least width in pixels, and in lines of the bar's type (more in
#: workshop mode's large type).
SLIDER_LEAST = 90
SLIDER_LINES = 6


class TimeBar(QWidget):
    """Scenario chooser, map toggles and the time slider."""

    def __init__(self, controller, map_results) -> None:
        super().__init__()
        self.controller = controller
        self.map_results = map_results
        self.scenario = ScenarioBox(self.tr(
            "The current scenario: what the levers edit and the map shows "
            "(PageUp / PageDown in workshop mode)"))
        self.scenario.setMinimumContentsLength(14)
        self.scenario.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.scenario.activated.connect(
            lambda i: controller.session.set_scenario(self.scenario.itemData(i)))
        self.tints = QAction(self.tr("Results on the map (tints)"), self, checkable=True,
                             checked=map_results.show_tints)
        self.halos = QAction(self.tr("Halos around changed nodes"), self, checkable=True,
                             checked=map_results.show_halos)
        self.flows = QAction(
            self.tr("Edge flows"), self, checkable=True, checked=map_results.show_flows
        )
        self.show_menu = QToolButton(
            text=self.tr("Show"),
            popupMode=QToolButton.InstantPopup,
            toolTip=self.tr("What the map draws after a run"),
        )
        menu = QMenu(self.show_menu)
        menu.addActions([self.tints, self.halos, self.flows])
        self.show_menu.setMenu(menu)
        self.tints.toggled.connect(lambda on: map_results.set_options(tints=on))
        self.halos.toggled.connect(lambda on: map_results.set_options(halos=on))
        self.flows.toggled.connect(lambda on: map_results.set_options(flows=on))
        self.play = QToolButton()
        self.play.setCheckable(True)
        self.play.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.play.setToolTip(self.tr("Replay the run step by step (Space in workshop mode)"))
        self.play.toggled.connect(controller.set_playing)
        self.slider = QSlider(Qt.Horizontal, minimum=0)
        self._fit_slider()
        self.slider.setAccessibleName(self.tr("Time step"))
        self.slider.valueChanged.connect(controller.session.set_step)
        self.step_label = QLabel(textFormat=Qt.PlainText)    # the time unit as typed
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(self.tr("Scenario:")))
        layout.addWidget(self.scenario)       # its name's width first, the slider the rest
        layout.addWidget(self.show_menu)
        layout.addSpacing(6)
        layout.addWidget(self.play)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.step_label)
        map_results.options_changed.connect(self._show_options)
        controller.results_changed.connect(self.refresh)
        controller.scenario_changed.connect(self.refresh)
        controller.step_changed.connect(self._show_step)
        controller.playing_changed.connect(self._show_playing)
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:      # workshop mode's large type
            QTimer.singleShot(0, self, self._fit_to_font)   # the children have it then

    def _fit_to_font(self) -> None:
        self._fit_step_label()
        self._fit_scenario_names()
        self._fit_slider()

    def _fit_slider(self) -> None:
        """Keep the slider :data:`SLIDER_LINES` lines of the bar's type wide at least: in
        workshop mode's large type on a projector the scenario chooser took its long
        name's width and left the slider a few pixels a step (the bar above names the
        scenario in full; the chooser elides it)."""
        self.slider.setMinimumWidth(max(SLIDER_LEAST, SLIDER_LINES * self.fontMetrics().height()))

    def _fit_step_label(self) -> None:
        """Room for the step's text at any step of the run, in the bar's type size and the
        interface's language: the text itself, with the model's own time unit and step
        count and the widest digits, so the label neither jumps while a run replays nor
        keeps an English-length gap beside a shorter text."""
        metrics = self.step_label.fontMetrics()
        digits = len(str(self.controller.session.steps))
        widest = max("0123456789", key=metrics.horizontalAdvance) * digits
        self.step_label.setMinimumWidth(metrics.horizontalAdvance(self._step_text(widest)))

    def _step_text(self, step: int | str) -> str:
        """The text of ``step`` ("month 12 of 36"), in the results' time unit."""
        results = self.controller.session.results
        unit = results.settings.time_unit if results is not None else self.tr("step")
        return self.tr("{unit} {step} of {steps}").format(
            unit=unit, step=step, steps=self.controller.session.steps)

    def refresh(self, *_) -> None:
        controller = self.controller
        self.scenario.blockSignals(True)
        self.scenario.clear()
        for scenario in controller.model.scenarios:
            self.scenario.addItem(translated(scenario), scenario.id)
        index = self.scenario.findData(controller.session.scenario_id)
        self.scenario.setCurrentIndex(index)
        self.scenario.blockSignals(False)
        self._fit_scenario_names()
        self._fit_step_label()              # the unit and the step count may be new
        self.slider.blockSignals(True)
        self.slider.setMaximum(controller.session.steps)
        self.slider.blockSignals(False)
        self._show_step(controller.session.step)
        self._show_playing(controller.playing)

    def _fit_scenario_names(self) -> None:
        """Let the chooser widen up to its longest scenario name (within its cap): on a
        wide enough bar a long name (a Chinese or Japanese one is about twice as wide per
        character as the 14 Latin characters it is sure of) shows whole instead of cut."""
        self.scenario.setMaximumWidth(self.scenario.fitted_width())
        self.scenario.updateGeometry()

    def _show_options(self) -> None:
        for box, on in ((self.tints, self.map_results.show_tints),
                        (self.halos, self.map_results.show_halos),
                        (self.flows, self.map_results.show_flows)):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)

    def _show_step(self, step: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(step)
        self.slider.blockSignals(False)
        self.step_label.setText(self._step_text(step))

    def _show_playing(self, on: bool) -> None:
        self.play.blockSignals(True)
        self.play.setChecked(on)
        self.play.blockSignals(False)
        self.play.setText(self.tr("Pause") if on else self.tr("Play"))
        self.play.setIcon(self.style().standardIcon(
            QStyle.SP_MediaPause if on else QStyle.SP_MediaPlay))
