"""The lever sliders of the current scenario.

One row per lever (every restriction, and any node marked as a lever): how the scenario
sets it (not set = it follows the model; clamp = held at the value over steps
[start, end]; pulse = set once at ``start``), the value on a slider over the levels the
activation gives (0..+1 or -1..+1; a file's value outside in red), and the steps. Dragging a slider re-runs the scenario live (the controller's fast path) without
touching the model; releasing it pushes one undo command. The other controls commit at
once, each as one command. A bar at the left edge of a row, and its value in full colour,
mark the levers the scenario sets. A name too long for its row goes onto a second line
(beyond two, it ends in "..."; in the workshop bar, whose type is large, a third line
comes first, as the workshop map's labels take one), and the row is as tall as its name's
lines: the panel measures them by the name's own wrapping at the width the row gives it.

Maps can have hundreds of levers, so the rows live in a :class:`~.lever_list.LeverList`
that builds only the rows in view, and a filter box above them ("Filter levers...", with
"Set only" to list just the levers the scenario sets) finds a lever by name, id or group.

``compact=True`` gives the workshop's slim lever bar: label over slider and value only,
in several columns, at most ``COMPACT_ROWS`` rows high (the filter shows when there are more
levers than fit); :meth:`LeverPanel.set_shape` gives it more columns, fewer rows and
names of fewer lines (a short screen's bar).
"""

from __future__ import annotations

from collections.abc import Mapping
from math import ceil

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette
from PySide6.QtGui import Qt as GuiQt       # Qt.convertFromPlainText lives in QtGui
from PySide6.QtWidgets import (QGridLayout, QLabel, QLineEdit, QSlider, QToolButton,
                               QVBoxLayout, QWidget)

from ...model import group_name, translated
from ...model.choice_words import choice_text
from ...model.lever_range import in_lever_range, lever_range
from ...model.vocabulary import MAX_STEPS
from ...session.levers import lever_setting
from . import commands
from ..elided import ElidedLabel
from ..fields import placeholder_width
from ..wheel_focus import WheelFocusComboBox, WheelFocusSlider, WheelFocusSpinBox
from .lever_list import LeverList
from ..formats import number
from ..theme import OUTSIDE_COLOUR

__all__ = ["LeverPanel", "LeverRow", "SCALE", "COMPACT_ROWS", "NAME_MARGIN"]

#: Slider units per lever unit: the slider runs -100..100 for -1..+1.
SCALE = 100
#: The workshop bar shows at most this many rows of levers (it scrolls beyond).
COMPACT_ROWS = 4
_MODES = (
    ("", QT_TRANSLATE_NOOP("LeverRow", "not set")),
    ("clamp", QT_TRANSLATE_NOOP("LeverRow", "clamp")),
    ("pulse", QT_TRANSLATE_NOOP("LeverRow", "pulse")),
)
#: The most lines a lever's name takes before it ends in "...": in the panel, and in the
#: workshop bar (the room's large type on a projector's width).
NAME_LINES, NAME_LINES_COMPACT = 2, 3
#: The share of a workshop lever name's box its lines leave free: another machine's font
#: may run a few per cent wider, and a name that fitted by 2 pixels would take another
#: line (a taller bar, a smaller map) or end in "...".
NAME_MARGIN = 0.05
#: Room at a row's left edge for the "set in this scenario" mark (a bar 3 pixels wide),
#: in the panel and in the workshop bar, where each pixel is a lever name's.
_MARK_ROOM, _MARK_ROOM_COMPACT = 9, 6


class LeverRow(QWidget):
    """The controls of one lever; rows are re-used for other levers as the list scrolls."""

    def __init__(self, panel: "LeverPanel", *, compact: bool) -> None:
        super().__init__()
        self.panel, self.node_id = panel, ""
        self.is_set = False
        # the name wraps onto a second line where the column is too narrow for it (a
        # long name, Japanese at the room's type size), balanced and never inside a
        # word; beyond two lines (three in the workshop bar, where the room's type cut
        # names such as "Usage monitoring & watermarks" on a narrow screen) it is
        # elided, whole on hover. The panel measures each row's height by the same
        # wrapping (``line_count``), so no name is clipped and no row is taller than
        # its name
        self.name = ElidedLabel(lines=NAME_LINES_COMPACT, margin=NAME_MARGIN) if compact \
            else ElidedLabel(lines=NAME_LINES)
        # the wheel scrolls the list, not the lever's controls (until one is clicked); the
        # list walks Tab through the rows itself (see lever_list), in list order
        self.slider = WheelFocusSlider(Qt.Horizontal, minimum=-SCALE, maximum=SCALE,
                                       singleStep=5, pageStep=10, focus=Qt.ClickFocus)
        self.slider.setTickPosition(QSlider.TicksBelow)
        self.slider.setTickInterval(50)
        self.value = QLabel()
        self._fit_value()
        self.value.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.mode = WheelFocusComboBox(focus=Qt.ClickFocus)
        for key, text in _MODES:
            self.mode.addItem(self.tr(text), key)
        self.start = WheelFocusSpinBox(minimum=0, maximum=MAX_STEPS, prefix=self.tr("from "),
                                       focus=Qt.ClickFocus)
        self.end = WheelFocusSpinBox(minimum=-1, maximum=MAX_STEPS, prefix=self.tr("to "),
                                     specialValueText=self.tr("to end"), focus=Qt.ClickFocus)
        self._pressed_at = 0
        self.slider.sliderPressed.connect(self._pressed)
        self.slider.sliderMoved.connect(self._moved)
        self.slider.sliderReleased.connect(self._released)
        self.slider.valueChanged.connect(self._value_changed)
        self.mode.activated.connect(self._mode_chosen)
        self.start.editingFinished.connect(self._steps_edited)
        self.end.editingFinished.connect(self._steps_edited)
        if compact:
            # the name over its slider: beside it, a third of a projector's width cut
            # names to six letters in the room's type size
            grid = QGridLayout(self)
            grid.setContentsMargins(_MARK_ROOM_COMPACT, 2, 0, 2)
            grid.setVerticalSpacing(0)
            grid.addWidget(self.name, 0, 0, 1, 2)
            grid.addWidget(self.slider, 1, 0)
            grid.addWidget(self.value, 1, 1)
            for w in (self.mode, self.start, self.end):
                w.setParent(self)   # not laid out, but deleted with the row, not left to
                w.hide()            # the collection of the closed window's cycles
        else:
            grid = QGridLayout(self)
            grid.setContentsMargins(_MARK_ROOM, 4, 2, 6)
            grid.setVerticalSpacing(2)
            grid.addWidget(self.name, 0, 0, 1, 3)
            grid.addWidget(self.value, 0, 3)
            grid.addWidget(self.slider, 1, 0, 1, 4)
            grid.addWidget(self.mode, 2, 0)
            grid.addWidget(self.start, 2, 1)
            grid.addWidget(self.end, 2, 2, 1, 2)
            grid.setColumnStretch(0, 1)
            grid.setRowStretch(0, 1)        # a two-line name takes the extra height

    @property
    def controller(self):
        return self.panel.controller

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:          # workshop mode's large type
            self._fit_value()

    def _fit_value(self) -> None:
        """One width for every value, so the name beside it has the width the panel
        measured its height at."""
        metrics = QFontMetricsF(self.value.font())
        self.value.setFixedWidth(max(44, ceil(max(
            metrics.horizontalAdvance(number(v, 2, signed=True)) for v in (-1.0, 1.0))) + 2))

    def focus_stops(self) -> list[QWidget]:
        """The controls Tab visits in this row, in order."""
        return [w for w in (self.slider, self.mode, self.start, self.end)
                if w.isVisibleTo(self) and w.isEnabled()]

    def busy(self) -> bool:
        """The user is working in this row: it must keep its lever while the list scrolls."""
        focus = self.focusWidget()
        return self.slider.isSliderDown() or self.mode.view().isVisible() or \
            (focus is not None and focus.hasFocus())

    def load(self, node, setting, steps: int) -> None:
        """Show lever ``node`` and its ``setting`` (an Intervention or None); no edits."""
        if self.slider.isSliderDown() and node.id == self.node_id:
            return
        for w in (self.slider, self.mode, self.start, self.end):
            w.blockSignals(True)
        self.node_id = node.id
        self.setToolTip(GuiQt.convertFromPlainText(   # the whole name, shown as typed
            f"{translated(node)}\n\n{translated(node, 'description')[:400]}" if node.description
            else translated(node)))
        self.slider.setAccessibleName(self.tr("{lever} lever").format(lever=translated(node)))
        self.mode.setAccessibleName(self.tr("{lever}: how the scenario sets it").format(
            lever=translated(node)))
        self.name.set_full_text(translated(node))
        value = setting.value if setting is not None else node.initial
        activation = self.controller.model.settings.activation
        low, high = lever_range(activation)
        self.slider.setRange(round(low * SCALE), round(high * SCALE))
        self.slider.setToolTip(self._range_words(low, high, choice_text(activation)))
        self.slider.setValue(round(value * SCALE))
        self.mode.setCurrentIndex([k for k, _ in _MODES].index(setting.mode if setting else ""))
        self.start.setMaximum(max(steps, 0))
        self.end.setMaximum(max(steps, 0))
        self.start.setValue(setting.start if setting else 0)
        self.end.setValue(-1 if setting is None or setting.end is None else setting.end)
        for w in (self.start, self.end):
            w.setEnabled(setting is not None)
        if not self.panel.compact:
            self.end.setVisible(setting is None or setting.mode == "clamp")
        self._show_value(value, setting is not None)
        for w in (self.slider, self.mode, self.start, self.end):
            w.blockSignals(False)

    def _range_words(self, low: float, high: float, activation: str) -> str:
        """What the slider's ends mean under the model's activation."""
        ends = dict(low=number(low, 0, signed=True), high=number(high, 0, signed=True),
                    activation=activation)
        if low < 0:
            return self.tr("From {low} to {high}, the levels the {activation} activation "
                           "gives a node: {low} holds it at the full opposite, 0 at none of "
                           "it, {high} at all of it").format(**ends)
        return self.tr("From 0 to {high}, the levels the {activation} activation gives a "
                       "node: 0 holds it at none of it, {high} at all of it").format(**ends)

    def _show_value(self, value: float, set_: bool) -> None:
        self.value.setText(number(value, 2, signed=True))
        # a palette role, not a style sheet: style sheets drop the inherited (workshop) font
        self.value.setForegroundRole(QPalette.WindowText if set_ else QPalette.PlaceholderText)
        activation = self.controller.model.settings.activation
        outside = set_ and not in_lever_range(value, activation)
        palette = QPalette(self.palette())
        if outside:                          # a file's value the slider cannot show
            palette.setColor(QPalette.WindowText, QColor(OUTSIDE_COLOUR))
        self.value.setPalette(palette)
        low, high = lever_range(activation)
        self.value.setToolTip(self.tr(
            "{value} is outside {low} to {high}, the levels the {activation} activation gives "
            "a node: the slider shows its nearest end; move it to set a value within the "
            "range").format(value=number(value, 2, signed=True), low=number(low, 0),
                            high=number(high, 0), activation=choice_text(activation))
            if outside else "")
        if set_ != self.is_set:
            self.is_set = set_
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        """The mark of a lever the scenario sets: a bar at the row's left edge."""
        if self.is_set:
            painter = QPainter(self)
            painter.fillRect(1, 4, 3, self.height() - 8, self.palette().color(QPalette.Highlight))

    def _moved(self, position: int) -> None:
        self._show_value(position / SCALE, True)
        self.controller.preview_lever(self.node_id, position / SCALE)

    def _pressed(self) -> None:
        self._pressed_at = self.slider.value()
        self.controller.begin_drag()

    def _released(self) -> None:
        """Keep the dragged value as one undo step; a drag that came back to where it
        started changes nothing (no undo entry, the preview ends, the row as it was)."""
        controller = self.controller
        controller.end_drag()
        if self.slider.value() == self._pressed_at:
            controller.end_preview()
            scenario = controller.model.scenario(controller.session.scenario_id)
            node = controller.model.node(self.node_id)
            if scenario is not None and node is not None:
                self.load(node, lever_setting(scenario, self.node_id), controller.session.steps)
            return
        controller.commit_lever(self.node_id, value=self.slider.value() / SCALE)

    def _value_changed(self, position: int) -> None:
        if not self.slider.isSliderDown():  # keys, wheel, clicks on the groove
            self._show_value(position / SCALE, True)
            self.controller.commit_lever(self.node_id, value=position / SCALE, merge=True)

    def _mode_chosen(self, index: int) -> None:
        controller, mode = self.controller, _MODES[index][0]
        if not controller.session.scenario_id:
            return
        if mode:
            controller.commit_lever(self.node_id, mode=mode)
        else:
            controller.run_command(commands.clear_lever(controller.model, controller.session.scenario_id,
                                                        self.node_id))

    def _steps_edited(self) -> None:
        end = self.end.value()
        self.controller.commit_lever(self.node_id, start=self.start.value(),
                                     end=None if end < 0 else end)


class _Rows(Mapping):
    """A read-only view of a LeverList's rows that builds a row when it is looked up."""

    def __init__(self, lever_list: LeverList) -> None:
        self._list = lever_list

    def __getitem__(self, lever_id: str) -> LeverRow:
        row = self._list.ensure_visible(lever_id)
        if row is None:
            raise KeyError(lever_id)
        return row

    def __iter__(self):
        return iter(list(self._list.ids))

    def __len__(self) -> int:
        return len(self._list.ids)


class LeverPanel(QWidget):
    """The controller's current scenario's levers: a filter and the (virtualised) rows."""

    def __init__(self, controller, *, compact: bool = False, columns: int = 1) -> None:
        super().__init__()
        self.controller = controller
        self.compact, self.columns = compact, columns
        self.name_lines = NAME_LINES_COMPACT if compact else NAME_LINES
        self._stale = True
        self._nodes: dict = {}
        self._settings: dict = {}
        self._template = LeverRow(self, compact=compact)   # measures row heights
        self._template.setParent(self)
        self._template.hide()
        self._heights: tuple[int, ...] | None = None    # rows for names of 1, 2, ... lines
        self.filter = QLineEdit(
            placeholderText=self.tr("Filter levers\u2026"), clearButtonEnabled=True
        )
        self.filter.setToolTip(
            self.tr("Show the levers whose name, id or group contains these words")
        )
        self.filter.setAccessibleName(self.tr("Filter levers"))
        self.filter.textChanged.connect(self._filter_changed)
        self.set_only = QToolButton(text=self.tr("Set only"), checkable=True)
        self.set_only.setToolTip(self.tr("List only the levers this scenario sets"))
        self.set_only.toggled.connect(self._filter_changed)
        self.summary = QLabel()
        self.summary.setForegroundRole(QPalette.PlaceholderText)
        self.tools = QWidget()
        tools = QGridLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.filter, 0, 0)
        tools.addWidget(self.set_only, 0, 1)
        tools.addWidget(self.summary, 0, 2)
        if compact:                     # a wide bar: a filter box of a usual size, left
            self.filter.setMinimumWidth(self.filter.fontMetrics().averageCharWidth() * 36)
            tools.setColumnStretch(3, 1)
        else:
            tools.setColumnStretch(0, 1)
        self.empty = QLabel(wordWrap=True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.list = LeverList(self._new_row, self._bind,
                              self._row_heights, columns=columns,
                              max_visible_rows=COMPACT_ROWS if compact else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.tools)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        controller.results_changed.connect(self.refresh)
        controller.scenario_changed.connect(self.refresh)
        controller.document_changed.connect(self.refresh)
        self.refresh()

    def _new_row(self) -> LeverRow:
        row = LeverRow(self, compact=self.compact)
        row.name.set_lines(self.name_lines)
        return row

    def set_shape(self, columns: int, rows: int, name_lines: int) -> None:
        """Lay the levers out in ``columns`` columns, ``rows`` of them in view (the list
        scrolls beyond, and the filter shows), each name on at most ``name_lines`` lines
        (beyond, it ends in "...", whole on hover)."""
        self.columns, self.name_lines = columns, name_lines
        for row in (self._template, *self.list.pooled_rows()):
            row.name.set_lines(name_lines)
        self._heights = None
        self.list.set_grid(columns, rows)
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_summary()

    def _place_summary(self) -> None:
        """The count of levers beside the filter box, or under it when beside it the box
        would cut its placeholder short (a narrow dock, a long translation)."""
        if self.compact:
            return
        tools = self.tools.layout()
        spacing = tools.horizontalSpacing()
        beside = placeholder_width(self.filter) + spacing + self.set_only.sizeHint().width() \
            + spacing + self.summary.sizeHint().width()
        row, column = (0, 2) if beside <= self.width() else (1, 0)
        if tools.getItemPosition(tools.indexOf(self.summary))[:2] != (row, column):
            tools.removeWidget(self.summary)
            tools.addWidget(self.summary, row, column, 1, 1 if row == 0 else 2)

    # -- what the panel offers ----------------------------------------------------------------

    @property
    def rows(self) -> Mapping[str, LeverRow]:
        """The listed levers' rows by lever id, in list order; looking a row up scrolls it
        into view (only the rows in view exist: ``self.list.bound`` holds those)."""
        return _Rows(self.list)

    def row(self, lever_id: str) -> LeverRow | None:
        """The row of a listed lever, scrolled into view (None if it is filtered out)."""
        return self.list.ensure_visible(lever_id)

    @property
    def shown_ids(self) -> list[str]:
        """The levers listed, after the filter, in model order."""
        return list(self.list.ids)

    def lever_nodes(self):
        return [n for n in self.controller.model.nodes if n.is_lever]

    # -- refresh ------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:   # workshop mode's large type: taller rows
            self._heights = None
            QTimer.singleShot(0, self.list, self.list.heights_changed)   # rows have the font then

    def refresh(self, *_) -> None:
        if not self.isVisible():          # e.g. workshop mode's lever bar: refreshed when shown
            self._stale = True
            return
        self._stale = False
        controller = self.controller
        levers = self.lever_nodes()
        scenario = controller.model.scenario(controller.session.scenario_id) \
            if controller.session.scenario_id else None
        self._nodes = {n.id: n for n in levers}
        self._settings = {v.node: v for v in scenario.interventions} if scenario else {}
        words = self.filter.text().casefold().split()
        set_only = self.set_only.isChecked()
        ids = [n.id for n in levers
               if (not set_only or n.id in self._settings)
               and all(w in f"{n.label}\n{translated(n)}\n{n.id}\n{n.group}\n"
                            f"{group_name(controller.model, n.group)}".casefold()
                       for w in words)]
        self.setEnabled(scenario is not None)
        self.tools.setVisible(bool(levers) and (
            not self.compact or len(levers) > self.list.max_visible_rows * self.columns))
        set_count = sum(1 for n in levers if n.id in self._settings)
        self.summary.setText(self.tr("{shown} of {count}").format(shown=len(ids),
                                                                   count=len(levers))
                             if len(ids) < len(levers)
                             else self.tr("%Ln lever(s)", "", len(levers)))
        self.summary.setToolTip(self.tr("{shown} of {count} levers listed; {set} set in this "
                                        "scenario").format(shown=len(ids), count=len(levers),
                                                           set=set_count))
        self._place_summary()
        if not levers:
            self.empty.setText(
                self.tr(
                    "This model has no levers. Restrictions are levers; any node "
                    "can be marked as one in the Inspector."
                )
            )
        elif scenario is None:
            self.empty.setText(self.tr("Add a scenario to set its levers."))
        elif not ids and set_only and not words:
            self.empty.setText(self.tr("This scenario sets no levers yet."))
        elif not ids:
            self.empty.setText(self.tr("No lever matches the filter."))
        self.empty.setVisible(not ids or scenario is None)
        self.list.set_ids(ids)
        self.list.rebind()

    def _filter_changed(self, *_) -> None:
        """Another filter: list the levers it keeps from the top."""
        self.refresh()
        self.list.verticalScrollBar().setValue(0)

    def _bind(self, row: LeverRow, lever_id: str) -> None:
        row.load(self._nodes[lever_id], self._settings.get(lever_id), self.controller.session.steps)

    def _row_heights(self, ids: list[str], width: int) -> list[int]:
        """Each lever's row height at this column width: as tall as its name's lines
        (longer names are cut at the row's most lines; the row's tooltip has the whole
        name), by the name's own wrapping (:meth:`ElidedLabel.line_count`) at the width
        the row gives it."""
        if self._heights is None:
            self._heights = self._measure()
        name = self._template.name
        # the template row laid out at this width: what it leaves its name
        self._template.layout().setGeometry(QRect(0, 0, width, self._heights[-1]))
        nodes, heights = self._nodes, self._heights
        return [heights[name.line_count(translated(nodes[i]), name.width()) - 1] for i in ids]

    def _measure(self) -> tuple[int, ...]:
        """Row heights for a name of one line, two lines, ... up to the row's most, from a
        template row in the panel's font."""
        row = self._template
        row.value.setText("+0.00")
        layout = row.layout()
        heights = []
        # in the language's own script: a Chinese or Japanese line is taller than a Latin
        # one in the same font
        for lines in range(1, row.name.lines + 1):
            row.name.setText("\n".join([self.tr("Lever")] * lines))
            layout.invalidate()
            heights.append(layout.sizeHint().height())
        return tuple(heights)
