"""Number editors write a negative number with the minus sign (U+2212), as the rest of the
app writes figures, and take a typed hyphen or a pasted minus sign alike; the minus sign
has one definition, shared with the Qt-free session."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication

from windtunnel.app import formats
from windtunnel.app.number_boxes import NumberBox, WholeNumberBox
from windtunnel.app.wheel_focus import WheelFocusDoubleSpinBox, WheelFocusSpinBox
from windtunnel.model import load
from windtunnel.model.vocabulary import MINUS
from windtunnel.paths import bundled_model
from windtunnel.session.objectives import objective_problems

MINUS_SIGN = "\u2212"


@pytest.mark.parametrize("make", [
    lambda: NumberBox(minimum=-1.0, maximum=1.0, decimals=2),
    lambda: WheelFocusDoubleSpinBox(minimum=-1.0, maximum=1.0, decimals=2),
])
def test_a_decimal_box_shows_the_minus_sign_and_takes_a_typed_hyphen(make, qtbot):
    box = make()
    qtbot.addWidget(box)
    box.show()
    box.setValue(-0.5)
    assert box.text() == MINUS_SIGN + "0.50"
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "-0.3")
    assert box.lineEdit().text() == MINUS_SIGN + "0.3"        # shown as typed, at once
    qtbot.keyClick(box, Qt.Key_Return)
    assert box.value() == pytest.approx(-0.3) and box.text() == MINUS_SIGN + "0.30"
    box.lineEdit().selectAll()
    box.lineEdit().insert(MINUS_SIGN + "0.7")                # pasted from a table
    qtbot.keyClick(box, Qt.Key_Return)
    assert box.value() == pytest.approx(-0.7)
    box.setValue(0.25)
    assert box.text() == "0.25"


@pytest.mark.parametrize("kind", [WholeNumberBox, WheelFocusSpinBox])
def test_a_whole_number_box_shows_the_minus_sign(kind, qtbot):
    box = kind(minimum=-5, maximum=5)
    qtbot.addWidget(box)
    box.setValue(-3)
    assert box.text() == MINUS_SIGN + "3"
    assert box.valueFromText(MINUS_SIGN + "2") == -2 and box.valueFromText("-4") == -4


def test_the_inspector_edits_a_negative_weight_with_the_minus_sign(window, qtbot):
    window.scene.select(edges=[("lab", "leak")])               # weight -0.3
    QApplication.processEvents()
    boxes = [box for box in window.inspector.findChildren(QAbstractSpinBox)
             if box.isVisibleTo(window.inspector) and box.text().lstrip("-" + MINUS_SIGN)
             == "0.30"]
    assert boxes and all(box.text() == MINUS_SIGN + "0.30" for box in boxes)


def test_the_app_and_the_session_write_one_minus_sign():
    assert formats.MINUS is MINUS == MINUS_SIGN
    assert formats.number(-0.5).startswith(MINUS)
    model = load(bundled_model())
    objective = model.objectives[0]
    problems = objective_problems(model, replace(objective, threshold=5.0))
    assert any(MINUS in problem for problem in problems), problems
