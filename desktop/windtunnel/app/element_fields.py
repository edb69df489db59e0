"""The editors only the Inspector's node and edge pages use: an edge's weight (a slider, a
spin box and the weight in words) and the sources an element cites (a checked list).

They live apart from :mod:`.fields` because those pages are made when first shown: the
first paint shows the model's page, and PySide6 makes a Qt class's Python type, with all
of its enums, when a module first names the class (the slider's and the list widget's).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import Qt as GuiQt      # Qt.convertFromPlainText lives in QtGui
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSlider, QWidget

from ..model import translated
from .canvas.style import weight_term
from .formats import date
from .wheel_focus import WheelFocusDoubleSpinBox, WheelFocusSlider

__all__ = ["WeightField", "SourcesField"]


class WeightField(QWidget):
    """An edge weight: a slider from -1 to 1, an exact spin box, and the weight in words.

    The slider commits as it moves (its steps merge into one undo step); the spin box
    commits a typed value when editing finishes and an arrow-key step at once."""

    value_changed = Signal(float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.slider = WheelFocusSlider(Qt.Horizontal)
        self.slider.setRange(-100, 100)
        self.slider.setTickPosition(QSlider.TicksBelow)
        self.slider.setTickInterval(20)
        self.slider.setPageStep(10)
        self.spin = WheelFocusDoubleSpinBox(decimals=2, minimum=-1.0, maximum=1.0, singleStep=0.05)
        # typed text commits when editing finishes (Enter, Tab, focus out): "-0.7" must not
        # commit "-0" on its way, and what is half typed ("-", "0.") stays as typed
        self.spin.setKeyboardTracking(False)
        self.term = QLabel()
        self.term.setMinimumWidth(120)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.spin)
        self.slider.valueChanged.connect(lambda v: self._set(v / 100.0))
        self.spin.valueChanged.connect(self._set)

    def set_value(self, value: float) -> None:
        for widget in (self.slider, self.spin):
            widget.blockSignals(True)
        self.slider.setValue(round(value * 100))
        self.spin.setValue(value)
        self.term.setText(weight_term(value))
        for widget in (self.slider, self.spin):
            widget.blockSignals(False)

    def value(self) -> float:
        return round(self.spin.value(), 2)

    def _set(self, value: float) -> None:
        value = round(value, 2)
        self.set_value(value)
        self.value_changed.emit(value)


class SourcesField(QListWidget):
    """The model's sources with a check box each: checked ones are cited by the element."""

    changed = Signal(tuple)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFixedHeight(96)
        self._loading = False
        self.itemChanged.connect(self._item_changed)

    def load(self, cited: tuple[str, ...], sources) -> None:
        self._loading = True
        self.clear()
        for source in sources:
            item = QListWidgetItem(translated(source, "title"))
            item.setToolTip(GuiQt.convertFromPlainText(      # shown as typed, never HTML
                f"{source.id}: {translated(source, 'publisher')} {date(source.date)}".strip()))
            item.setData(Qt.UserRole, source.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if source.id in cited else Qt.Unchecked)
            self.addItem(item)
        if not sources:
            placeholder = QListWidgetItem(self.tr("No sources yet: add them in the Sources panel"))
            placeholder.setFlags(Qt.NoItemFlags)
            self.addItem(placeholder)
        self._loading = False

    def _item_changed(self, _item) -> None:
        if self._loading:
            return
        chosen = tuple(self.item(i).data(Qt.UserRole) for i in range(self.count())
                       if self.item(i).checkState() == Qt.Checked)
        self.changed.emit(chosen)
