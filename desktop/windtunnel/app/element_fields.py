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

__all__ = ["WeightField", "SourcesField", "WEIGHT_DECIMALS"]

#: The decimals a typed weight keeps (0.0001 stays 0.0001); the box shows at least two.
WEIGHT_DECIMALS = 6

#: How far beyond [-1, 1] a weight may be typed, so that the model refuses it and the
#: Inspector says why (a spin box limited to [-1, 1] ignored the 5 of a weight of 5).
TYPED_LIMIT = 100.0


class WeightBox(WheelFocusDoubleSpinBox):
    """The weight's spin box: any number up to :data:`TYPED_LIMIT` may be typed (the
    model refuses one outside [-1, 1], saying why), the arrow keys step within [-1, 1],
    and a weight shows its decimals without trailing zeros (0.6 as 0.60, 0.0001 whole)."""

    def __init__(self) -> None:
        super().__init__(decimals=WEIGHT_DECIMALS, minimum=-TYPED_LIMIT, maximum=TYPED_LIMIT,
                         singleStep=0.05)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        text = super().textFromValue(value)
        point = self.locale().decimalPoint()
        whole, _, decimals = text.partition(point)
        return f"{whole}{point}{decimals.rstrip('0').ljust(2, '0')}"

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        self.setValue(min(1.0, max(-1.0, self.value() + steps * self.singleStep())))


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
        self.spin = WeightBox()
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
        return round(self.spin.value(), WEIGHT_DECIMALS)

    def _set(self, value: float) -> None:
        value = round(value, WEIGHT_DECIMALS)
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
